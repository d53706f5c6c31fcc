package dev.insomnia.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the fuzz tests require of every rejection, whatever the input: errors only, codes the
 * reader is documented to give, the file named, and the problem cap kept.
 */
public final class Rejections {
  private Rejections() {}

  /**
   * @param codes the codes this reader may reject with
   * @param file the file every diagnostic must name (empty: none may name one)
   */
  public static void check(
      DiagnosticException e, Set<DiagnosticCode> codes, Optional<String> file) {
    List<Diagnostic> ds = e.diagnostics();
    assertFalse(ds.isEmpty(), "a rejection carries a diagnostic");
    assertTrue(
        ds.size() <= ProblemCap.LISTED + 1,
        () -> ds.size() + " diagnostics, more than the cap of " + ProblemCap.LISTED + " + 1");
    for (int i = 0; i < ds.size(); i++) {
      Diagnostic d = ds.get(i);
      assertTrue(d.isError(), d::toString);
      assertTrue(codes.contains(d.code()), () -> "unexpected code: " + d);
      assertEquals(file, d.file(), d::toString);
      assertFalse(d.message().isBlank(), d::toString);
      if (d.code() == DiagnosticCode.INPUT_TOO_MANY_PROBLEMS) {
        assertEquals(ProblemCap.LISTED, i, "the count closes a full list");
        assertEquals(ds.size() - 1, i, "the count closes a full list");
      }
    }
  }
}
