package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.INPUT_TOO_MANY_PROBLEMS;
import static dev.insomnia.diagnostics.DiagnosticCode.JSON_DUPLICATE_KEY;
import static dev.insomnia.diagnostics.DiagnosticCode.JSON_SYNTAX;
import static dev.insomnia.diagnostics.DiagnosticCode.JSON_TOO_DEEP;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_MISSING_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_PROMPT_SOURCE_UNSUPPORTED;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_RETURN;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_RUNTIME_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_SECRET;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_TYPE;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_UNKNOWN_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_VALUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.Rejections;
import dev.insomnia.json.JsonWriter;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Timeout;

/**
 * The JSON to Profile binder and validator on arbitrary bytes (seeds: the builtin profiles'
 * evaluated JSON, in ProfileReaderFuzzTestInputs/read). A rejection is a normal outcome; any
 * other exception, a hang, a broken cap or an accepted profile that does not survive its own
 * canonical form is a finding.
 */
class ProfileReaderFuzzTest {
  private static final String FILE = "fuzz.lua";
  private static final Set<DiagnosticCode> CODES =
      EnumSet.of(
          JSON_SYNTAX, JSON_TOO_DEEP, JSON_DUPLICATE_KEY, PROFILE_RETURN, PROFILE_UNKNOWN_FIELD,
          PROFILE_TYPE, PROFILE_VALUE, PROFILE_MISSING_FIELD, PROFILE_RUNTIME_FIELD,
          PROFILE_SECRET, PROFILE_PROMPT_SOURCE_UNSUPPORTED, INPUT_TOO_MANY_PROBLEMS);

  @FuzzTest
  @Timeout(10) // also libFuzzer's per-input limit while fuzzing
  void read(byte[] json) throws DiagnosticException {
    Profile profile;
    try {
      profile = ProfileReader.read(json, FILE);
    } catch (DiagnosticException e) {
      Rejections.check(e, CODES, Optional.of(FILE));
      return;
    }
    // Accepted: the canonical form reads back to the same profile and is a fixed point.
    byte[] canonical = canonical(profile);
    Profile again = ProfileReader.read(canonical, FILE);
    assertEquals(profile, again);
    assertArrayEquals(canonical, canonical(again));
  }

  private static byte[] canonical(Profile profile) {
    return JsonWriter.write(Profile.TABLE.write(profile));
  }
}
