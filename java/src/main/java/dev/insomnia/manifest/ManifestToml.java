package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.MANIFEST_INVALID;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.source.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one-file manifest ({@code --manifest FILE.toml}): the explicit, low-level escape hatch.
 * Exactly that file is read; its keys are the manifest's, as TOML tables; it may set what a
 * profile may not (the pod name, a concrete scope). Relative paths resolve against the file's
 * directory, the builtin defaults fill whatever it leaves out, and the result passes the same
 * {@link PodManifestConfig} boundary as every manifest. {@code instructions} is a list of prompt
 * refs, resolved through {@link PromptAssets}; {@code profile.source} is recorded by insomnia.
 * Every problem is a {@code manifest.invalid}, located at the file's line and column.
 */
public final class ManifestToml {
  private ManifestToml() {}

  /**
   * @param podNameOverride {@code --profile-pod-name}: wins over the file's {@code [pod] name}
   * @param workspace the launch's workspace, used when the file names none
   */
  public static PodManifest read(
      Path file, Optional<String> podNameOverride, Path workspace, PromptAssets assets)
      throws DiagnosticException {
    String display = file.toString();
    if (podNameOverride.isPresent()) PodName.validate(podNameOverride.get());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DiagnosticException(
          MANIFEST_INVALID.error(MANIFEST_INVALID.text("read", e.toString())).in(display));
    }
    Path absolute = file.toAbsolutePath().normalize();
    Optional<Path> directory = Optional.ofNullable(absolute.getParent());

    ReadContext parsing = new ReadContext(display, Map.of(), directory);
    TomlTree.Parsed parsed = TomlTree.parse(new String(bytes, StandardCharsets.UTF_8), parsing);
    if (parsing.hasProblems()) {
      throw Boundary.as(MANIFEST_INVALID, parsing.problems(), true);
    }

    ReadContext context = new ReadContext(display, parsed.positions(), directory);
    JsonValue.JsonObject fromFile = instructions(parsed.tree(), assets, context);
    checkInsomniaOwnsTheSource(fromFile, context);
    if (podNameOverride.isEmpty() && podName(fromFile).isEmpty()) {
      context.report(
          JsonPath.of("pod", "name"), MANIFEST_INVALID.error(MANIFEST_INVALID.text("no-pod-name")));
      context.claim(JsonPath.of("pod"));
    }

    PodManifestConfig config =
        PodManifestConfig.defaults()
            .merge(PodManifestConfig.partial(launch(workspace)))
            .merge(PodManifestConfig.partial(fromFile, parsed.positions()))
            .merge(PodManifestConfig.partial(bound(absolute, bytes, podNameOverride)));
    try {
      return config.validate(context);
    } catch (DiagnosticException e) {
      throw Boundary.as(MANIFEST_INVALID, e.diagnostics(), true);
    }
  }

  /** What the launch supplies: the workspace, unless the file names its own. */
  private static JsonValue.JsonObject launch(Path workspace) {
    return JsonValue.JsonObject.of(
        Map.of("workspace", new JsonValue.JsonString(workspace.toAbsolutePath().normalize().toString())));
  }

  /** What insomnia records and the file cannot change: the source, the overriding pod name. */
  private static JsonValue.JsonObject bound(Path file, byte[] bytes, Optional<String> podName) {
    JsonValue.JsonObject source =
        JsonValue.JsonObject.of(
            Map.of(
                "selector", new JsonValue.JsonString(file.toString()),
                "origin", new JsonValue.JsonString(Origin.MANIFEST.label()),
                "path", new JsonValue.JsonString(file.toString()),
                "sha256", new JsonValue.JsonString(Digests.sha256(bytes))));
    JsonValue.JsonObject bound =
        JsonValue.JsonObject.of(Map.of("profile", JsonValue.JsonObject.of(Map.of("source", source))));
    if (podName.isPresent()) {
      bound =
          bound.with(
              "pod", JsonValue.JsonObject.of(Map.of("name", new JsonValue.JsonString(podName.get()))));
    }
    return bound;
  }

  private static Optional<JsonValue> podName(JsonValue.JsonObject tree) {
    if (tree.get("pod").orElse(null) instanceof JsonValue.JsonObject pod) return pod.get("name");
    return Optional.empty();
  }

  private static void checkInsomniaOwnsTheSource(JsonValue.JsonObject tree, ReadContext context) {
    if (tree.get("profile").orElse(null) instanceof JsonValue.JsonObject profile
        && profile.get("source").isPresent()) {
      context.report(
          JsonPath.of("profile", "source"), MANIFEST_INVALID.error(MANIFEST_INVALID.text("source")));
    }
  }

  /** {@code instructions = ["$insomnia/..."]} resolved to {@code {ref, sha256}} entries. */
  private static JsonValue.JsonObject instructions(
      JsonValue.JsonObject tree, PromptAssets assets, ReadContext context) {
    if (!(tree.get("instructions").orElse(null) instanceof JsonValue.JsonArray refs)) return tree;
    Optional<List<InstructionRef>> resolved = Instructions.resolve(refs.elements(), assets, context);
    if (resolved.isEmpty()) {
      context.claim(JsonPath.of("instructions"));
      return tree;
    }
    List<JsonValue> entries = new ArrayList<>();
    for (InstructionRef ref : resolved.get()) entries.add(InstructionRef.TABLE.write(ref));
    return tree.with("instructions", new JsonValue.JsonArray(entries));
  }
}
