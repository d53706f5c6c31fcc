package dev.insomnia.manifest;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.json.KeyOrder;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.SourcePosition;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one validation boundary of manifests. A config is a manifest tree in which, while it is
 * partial, every field is optional: partial configs {@link #merge} over each other (builtin
 * defaults, launch values, a one-file manifest) and {@link #validate} into a {@link
 * PodManifest}. A complete config (a snapshot, a resolver's result) is validated as it is:
 * nothing is defaulted or derived, so a snapshot with a field missing is rejected.
 *
 * <p>While partial, two things are derived before validation: {@code compaction.trigger_ratio}
 * becomes concrete {@code trigger_tokens} (from the final {@code model.context_window}), and a
 * {@code scope} with an intent but no {@code allow}/{@code deny} is resolved against the
 * workspace as a profile's would be; {@code scope.access} follows from the intent.
 */
public final class PodManifestConfig {
  /**
   * Tables a later config replaces whole rather than merging into: their fields describe one
   * thing together (another model's window must not keep the default's output limit; a ratio
   * and tokens must not mix; a scope's paths belong to its intent).
   */
  private static final Set<String> REPLACED_WHOLE = Set.of("model", "compaction", "scope");

  private final JsonValue.JsonObject tree;
  private final Map<JsonPath, SourcePosition> positions;
  private final boolean partial;

  private PodManifestConfig(
      JsonValue.JsonObject tree, Map<JsonPath, SourcePosition> positions, boolean partial) {
    this.tree = tree;
    this.positions = Map.copyOf(positions);
    this.partial = partial;
  }

  /** The builtin defaults ({@code defaults.toml}), read once, when first needed. */
  public static PodManifestConfig defaults() {
    return ManifestDefaults.config();
  }

  /** A partial config; {@code positions} locate its values in its file, where known. */
  public static PodManifestConfig partial(
      JsonValue.JsonObject tree, Map<JsonPath, SourcePosition> positions) {
    return new PodManifestConfig(tree, positions, true);
  }

  public static PodManifestConfig partial(JsonValue.JsonObject tree) {
    return partial(tree, Map.of());
  }

  /** A complete manifest tree, such as a snapshot: validated exactly as it is. */
  public static PodManifestConfig complete(JsonValue.JsonObject tree) {
    return new PodManifestConfig(tree, Map.of(), false);
  }

  /** A manifest built in code, to pass it through the boundary. */
  public static PodManifestConfig of(PodManifest manifest) {
    return complete(PodManifest.TABLE.write(manifest));
  }

  /** This config with {@code over}'s values on top; the result is partial. */
  public PodManifestConfig merge(PodManifestConfig over) {
    Map<JsonPath, SourcePosition> merged = new HashMap<>(positions);
    merged.putAll(over.positions);
    return new PodManifestConfig(merge(tree, over.tree, true), merged, true);
  }

  /** The tree as it stands (before derivation). */
  public JsonValue.JsonObject tree() {
    return tree;
  }

  /** Validates, naming {@code fileForDiagnostics}; absolute paths only. */
  public PodManifest validate(String fileForDiagnostics) throws DiagnosticException {
    return validate(new ReadContext(fileForDiagnostics, positions, Optional.empty()));
  }

  /**
   * Validates within {@code context} (its file, base directory and earlier problems); throws
   * with every problem of the context, earlier ones included. Problems carry the schema's codes
   * ({@code profile.type}, ...): the caller reports them under its own boundary's code.
   */
  public PodManifest validate(ReadContext context) throws DiagnosticException {
    JsonValue.JsonObject complete = partial ? ConfigDerivation.derive(tree, context) : tree;
    Optional<PodManifest> manifest = PodManifest.TABLE.read(complete, JsonPath.root(), context);
    context.throwIfProblems();
    return manifest.orElseThrow(() -> new IllegalStateException("rejected without a diagnostic"));
  }

  /** The positions this config knows, for a context that validates it. */
  public Map<JsonPath, SourcePosition> positions() {
    return positions;
  }

  private static JsonValue.JsonObject merge(
      JsonValue.JsonObject base, JsonValue.JsonObject over, boolean topLevel) {
    TreeMap<String, JsonValue> out = new TreeMap<>(KeyOrder.INSTANCE);
    out.putAll(base.members());
    for (Map.Entry<String, JsonValue> member : over.members().entrySet()) {
      String key = member.getKey();
      JsonValue below = out.get(key);
      boolean whole = topLevel && REPLACED_WHOLE.contains(key);
      if (!whole
          && below instanceof JsonValue.JsonObject b
          && member.getValue() instanceof JsonValue.JsonObject o) {
        out.put(key, merge(b, o, false));
      } else {
        out.put(key, member.getValue());
      }
    }
    return new JsonValue.JsonObject(out);
  }
}
