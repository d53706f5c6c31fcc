package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_RETURN;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonReader;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import java.util.Optional;

/**
 * Turns the canonical JSON of a profile's returned table into a {@link Profile}, or rejects it
 * with every problem found: secrets and runtime-only fields first (they take precedence over
 * "unknown field"), then the whole schema, strictly, at every level.
 */
public final class ProfileReader {
  private ProfileReader() {}

  /**
   * @param json the profile's value as the evaluator encodes it
   * @param fileForDiagnostics the profile file, as diagnostics should name it
   */
  public static Profile read(byte[] json, String fileForDiagnostics) throws DiagnosticException {
    JsonValue value = JsonReader.read(json, fileForDiagnostics);
    if (!(value instanceof JsonValue.JsonObject profile)) {
      throw new DiagnosticException(
          PROFILE_RETURN
              .error(PROFILE_RETURN.text("not-a-table", value.type().displayName()))
              .in(fileForDiagnostics));
    }
    ReadContext context = new ReadContext(fileForDiagnostics);
    SecretScan.scan(profile, context);
    RuntimeFields.scan(profile, context);
    Optional<Profile> read = Profile.TABLE.read(profile, JsonPath.root(), context);
    context.throwIfProblems();
    return read.orElseThrow(() -> new IllegalStateException("rejected without a diagnostic"));
  }
}
