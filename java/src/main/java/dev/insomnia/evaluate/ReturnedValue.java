package dev.insomnia.evaluate;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import java.util.Optional;

/** The returned value must be a table of named fields: a JSON object at the top. */
final class ReturnedValue {
  private ReturnedValue() {}

  /** Why canonical {@code json} is not an object, if it is not. */
  static Optional<Diagnostic> problem(byte[] json, String mainFile) {
    String returned;
    switch (json.length == 0 ? 'n' : (char) json[0]) {
      case '{':
        return Optional.empty();
      case 'n':
        return Optional.of(
            DiagnosticCode.PROFILE_RETURN
                .error("the profile returned nothing; it must return a table of Profile fields")
                .in(mainFile));
      case '[':
        returned = "a list";
        break;
      case '"':
        returned = "a string";
        break;
      case 't':
      case 'f':
        returned = "a boolean";
        break;
      default:
        returned = "a number";
    }
    return Optional.of(
        DiagnosticCode.PROFILE_RETURN
            .error("the profile returned " + returned + ", not a table of Profile fields")
            .in(mainFile));
  }
}
