package dev.insomnia.discovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.Rejections;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code --profile} grammar on arbitrary text (seeds in SelectorFuzzTestInputs/parse: one
 * selector per file). Either one {@code selector.not-found}, or a selector that matches the
 * text it came from and that its own written form parses back to.
 */
class SelectorFuzzTest {

  @FuzzTest
  @Timeout(10) // also libFuzzer's per-input limit while fuzzing
  void parse(byte[] input) throws DiagnosticException {
    // Command-line arguments reach the JVM decoded, so the grammar only ever sees valid text.
    String text = new String(input, UTF_8);
    Selector selector;
    try {
      selector = Selector.parse(text);
    } catch (DiagnosticException e) {
      assertEquals(1, e.diagnostics().size(), e::getMessage);
      Rejections.check(e, EnumSet.of(DiagnosticCode.SELECTOR_NOT_FOUND), Optional.empty());
      return;
    }
    assertFalse(text.isBlank());
    if (selector instanceof Selector.Default) {
      assertEquals(Selector.DEFAULT, text);
    } else if (selector instanceof Selector.Name n) {
      assertEquals(text, n.name());
      assertTrue(text.indexOf(':') < 0 && !Selector.looksLikePath(text), text);
    } else if (selector instanceof Selector.Qualified q) {
      assertEquals(q.source().label() + ":" + q.name(), text);
      assertFalse(q.name().isEmpty());
      assertFalse(Selector.looksLikePath(text), text);
    } else {
      Selector.ExplicitPath p = (Selector.ExplicitPath) selector;
      assertFalse(p.path().isEmpty());
      assertTrue(
          text.equals(Selector.PATH_PREFIX + p.path())
              || (text.equals(p.path()) && Selector.looksLikePath(text)),
          text);
    }
    assertEquals(selector, Selector.parse(written(selector)), "stable under its written form");
  }

  /** The form a selector is written in: what a user would type to get it back. */
  private static String written(Selector selector) {
    if (selector instanceof Selector.Name n) return n.name();
    if (selector instanceof Selector.Qualified q) return q.source().label() + ":" + q.name();
    if (selector instanceof Selector.ExplicitPath p) return Selector.PATH_PREFIX + p.path();
    return Selector.DEFAULT;
  }
}
