package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.SNAPSHOT_INVALID;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonReader;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;

/**
 * Reads a manifest snapshot (a pod's {@code manifest.json}, or one being adopted) through the
 * {@link PodManifestConfig} boundary, as a complete manifest: nothing defaulted, nothing
 * derived, every key known, every path absolute. Anything wrong, from a truncated file to an
 * unknown key, is a {@code snapshot.invalid}: a snapshot is used whole or not at all.
 */
public final class ManifestJson {
  private ManifestJson() {}

  public static PodManifest read(byte[] json, String fileForDiagnostics) throws DiagnosticException {
    try {
      JsonValue value = JsonReader.read(json, fileForDiagnostics);
      ReadContext context = new ReadContext(fileForDiagnostics);
      if (!(value instanceof JsonValue.JsonObject manifest)) {
        context.wrongType(JsonPath.root(), Rules.type(JsonType.OBJECT), value);
        throw new DiagnosticException(context.problems());
      }
      return PodManifestConfig.complete(manifest).validate(context);
    } catch (DiagnosticException e) {
      throw Boundary.as(SNAPSHOT_INVALID, e.diagnostics(), false);
    }
  }
}
