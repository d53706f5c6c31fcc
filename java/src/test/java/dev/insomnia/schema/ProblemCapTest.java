package dev.insomnia.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.profile.ProfileReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document with thousands of problems reports the first 100 and counts the rest. */
class ProblemCapTest {
  @Test
  void problemsBeyondTheCapAreCountedInOneDiagnostic() {
    StringBuilder json =
        new StringBuilder(
            "{\"slug\":\"x\",\"model\":{\"provider\":\"p\",\"id\":\"m\",\"context_window\":9}");
    for (int i = 0; i < 5000; i++) json.append(",\"field").append(i).append("\":1");
    json.append('}');
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> ProfileReader.read(json.toString().getBytes(UTF_8), "big.lua"));
    List<Diagnostic> ds = e.diagnostics();
    assertEquals(ReadContext.MAX_REPORTED + 1, ds.size());
    assertEquals(DiagnosticCode.PROFILE_UNKNOWN_FIELD, ds.get(0).code());
    Diagnostic last = ds.get(ds.size() - 1);
    assertEquals(DiagnosticCode.INPUT_TOO_MANY_PROBLEMS, last.code());
    assertEquals("4900 more problems were found and not listed", last.message());
  }
}
