package dev.insomnia.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Variant wordings of one code: CODE.message.VARIANT and CODE.help.VARIANT. */
class DiagnosticVariantsTest {

  @Test
  void variantUsesItsOwnMessageAndHelp() {
    Diagnostic d =
        DiagnosticCode.SELECTOR_NOT_FOUND.errorVariant(
            "missing-path", "./x.lua", "/w/x.lua", "/w");
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(DiagnosticCode.SELECTOR_NOT_FOUND, d.code());
    assertEquals("the profile file /w/x.lua does not exist or is not a file", d.message());
    assertEquals(
        "Check the path; relative paths resolve against the working directory (/w).", d.help());
  }

  @Test
  void variantWithoutHelpFallsBackToTheCodesHelp() {
    Diagnostic d = DiagnosticCode.SELECTOR_NOT_FOUND.errorVariant("suggest", "codr", "'coder'");
    assertEquals("no profile matches 'codr'; did you mean 'coder'?", d.message());
    assertEquals(Messages.help(DiagnosticCode.SELECTOR_NOT_FOUND), d.help());
  }

  @Test
  void argumentsAreSubstitutedOnceEvenWhenTheyLookLikePlaceholders() {
    assertEquals("a {1} b x c", Messages.format("a {0} b {1} c", "{1}", "x"));
    String untouched = "{0} stays without arguments, {x} and {} too";
    assertEquals(untouched, Messages.format(untouched));
    assertEquals("[10th]", Messages.format("[{10}]", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "10th"));
    Diagnostic d = DiagnosticCode.SELECTOR_NOT_FOUND.errorVariant("suggest", "{1}", "'x'");
    assertEquals("no profile matches '{1}'; did you mean 'x'?", d.message());
  }

  @Test
  void unknownVariantIsABug() {
    assertThrows(
        IllegalStateException.class,
        () -> DiagnosticCode.SELECTOR_NOT_FOUND.errorVariant("no-such-variant"));
  }

  /** A typo in a key would silently never be used; every key must belong to a code. */
  @Test
  void everyCatalogKeyBelongsToACodeAndEveryHelpVariantToAMessageVariant() {
    Set<String> keys = Messages.keys();
    for (String key : keys) {
      DiagnosticCode code = codeOf(key);
      String part = key.substring(code.code().length() + 1);
      // base texts, message/help variants (errorVariant), and named texts (DiagnosticCode.text)
      assertTrue(!part.isEmpty() && !part.endsWith("."), "malformed key " + key);
      if (part.startsWith("help.")) {
        String message = code.code() + ".message." + part.substring("help.".length());
        assertTrue(keys.contains(message), key + " has no " + message);
      }
    }
  }

  private static DiagnosticCode codeOf(String key) {
    DiagnosticCode best = null;
    for (DiagnosticCode c : DiagnosticCode.values()) {
      boolean matches = key.startsWith(c.code() + ".");
      if (matches && (best == null || c.code().length() > best.code().length())) best = c;
    }
    assertTrue(best != null, "key " + key + " names no diagnostic code");
    return best;
  }
}
