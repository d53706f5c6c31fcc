package dev.insomnia.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PodNameTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "coder-1a2b3c4d", "9-lives", "a12345678901234567890123456789012345678901234567890123456789012"})
  void safeNamesAreValid(String name) throws DiagnosticException {
    assertEquals(name, PodName.validate(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "Coder", "a_b", "a.b", "a/b", "..", "a b", "a123456789012345678901234567890123456789012345678901234567890123"})
  void otherNamesAreRefused(String name) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> PodName.validate(name));
    assertEquals(DiagnosticCode.POD_INVALID_NAME, e.diagnostics().get(0).code());
    assertEquals("'" + name + "' is not a valid pod name", e.diagnostics().get(0).message());
  }
}
