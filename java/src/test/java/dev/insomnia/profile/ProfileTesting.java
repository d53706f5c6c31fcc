package dev.insomnia.profile;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Profiles written as JSON with single quotes, read and rejected. */
final class ProfileTesting {
  static final String MODEL =
      "'model':{'provider':'codex-oauth','id':'gpt-5.5','context_window':400000,'max_output_tokens':128000}";

  private ProfileTesting() {}

  /** {@code 'x'} to {@code "x"}. */
  static byte[] json(String singleQuoted) {
    return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  /** A minimal valid profile plus {@code extra} members (a comma-led JSON fragment or ""). */
  static String minimal(String extra) {
    return "{'slug':'coder'," + MODEL + extra + "}";
  }

  static Profile read(String singleQuoted) throws DiagnosticException {
    return ProfileReader.read(json(singleQuoted), "coder.lua");
  }

  static List<Diagnostic> problems(String singleQuoted) {
    return assertThrows(DiagnosticException.class, () -> read(singleQuoted)).diagnostics();
  }
}
