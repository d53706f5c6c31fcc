package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The selector grammar, before any lookup. */
class SelectorTest {

  @Test
  void defaultIsTheRegistryDefault() throws DiagnosticException {
    assertEquals(new Selector.Default(), Selector.parse("default"));
  }

  @Test
  void bareWordIsAName() throws DiagnosticException {
    assertEquals(new Selector.Name("coder"), Selector.parse("coder"));
    assertEquals(new Selector.Name("Coder"), Selector.parse("Coder"));
  }

  @Test
  void sourceQualifiedNames() throws DiagnosticException {
    assertEquals(new Selector.Qualified(Origin.BUILTIN, "coder"), Selector.parse("builtin:coder"));
    assertEquals(new Selector.Qualified(Origin.USER, "coder"), Selector.parse("user:coder"));
    assertEquals(new Selector.Qualified(Origin.PROJECT, "coder"), Selector.parse("project:coder"));
    assertEquals(
        new Selector.Qualified(Origin.BUILTIN, "default"), Selector.parse("builtin:default"));
  }

  @Test
  void pathPrefixTakesTheRestVerbatim() throws DiagnosticException {
    assertEquals(new Selector.ExplicitPath("coder"), Selector.parse("path:coder"));
    assertEquals(new Selector.ExplicitPath("user:x.lua"), Selector.parse("path:user:x.lua"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"./x.lua", "a/b.lua", "x.lua", "/abs/p.lua", ".hidden", "../up", "dir/noext",
        "old.nix", "user:x.lua"})
  void pathLikeValuesAreExplicitPaths(String text) throws DiagnosticException {
    assertEquals(new Selector.ExplicitPath(text), Selector.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void emptySelectorIsNotFoundWithTheForms(String text) {
    Diagnostic d = fails(text);
    assertEquals("the profile selector is empty", d.message());
    assertFormsHelp(d);
  }

  @Test
  void unknownSourcePrefixIsNotFoundWithTheForms() {
    Diagnostic d = fails("foo:bar");
    assertEquals("'foo:bar' starts with 'foo:', which is not a profile source", d.message());
    assertFormsHelp(d);
    assertEquals(
        "'manifest:x' starts with 'manifest:', which is not a profile source",
        fails("manifest:x").message());
  }

  @Test
  void prefixWithoutNameIsNotFound() {
    assertEquals("'user:' names nothing after 'user:'", fails("user:").message());
    assertEquals("'path:' names nothing after 'path:'", fails("path:").message());
  }

  private static Diagnostic fails(String text) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> Selector.parse(text));
    assertEquals(1, e.diagnostics().size());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(DiagnosticCode.SELECTOR_NOT_FOUND, d.code());
    return d;
  }

  private static void assertFormsHelp(Diagnostic d) {
    assertEquals(
        "Select a profile with one of: default, NAME, builtin:NAME, user:NAME, project:NAME,"
            + " path:PATH, or a path (it contains '/', starts with '.' or ends in .lua).",
        d.help());
  }
}
