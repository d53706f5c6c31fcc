package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every selector form against builtin, user and project registries. */
class SelectionTest {
  @TempDir Path temporary;
  Fixture fx;
  Path userRegistry;

  @BeforeEach
  void setUp() {
    fx = new Fixture(temporary);
    fx.profile(fx.configDir.resolve("profiles/coder.lua"));
    fx.profile(fx.configDir.resolve("helper.lua"));
    fx.profile(fx.configDir.resolve("old.nix"));
    userRegistry =
        fx.userRegistry(
            "[profile]\n"
                + "coder = \"profiles/coder.lua\"\n"
                + "helper = \"helper.lua\"\n"
                + "gone = \"gone.lua\"\n"
                + "old = \"old.nix\"\n"
                + "tilde = \"~/profiles/t.lua\"\n");
    fx.profile(fx.workspace.resolve(".insomnia/coder.lua"));
    fx.profile(fx.workspace.resolve(".insomnia/codex.lua"));
    fx.projectRegistry(
        "[profile]\n"
            + "coder = \"coder.lua\"\n"
            + "[profile.codex]\n"
            + "path = \"codex.lua\"\n"
            + "description = \"Project codex\"\n");
  }

  private static Diagnostic only(List<Diagnostic> all, DiagnosticCode code) {
    assertEquals(1, all.size(), all.toString());
    assertEquals(code, all.get(0).code());
    return all.get(0);
  }

  @Test
  void defaultSelectsTheEffectiveDefault() throws DiagnosticException {
    assertEquals(
        new ProfileSource(
            "default",
            Origin.BUILTIN,
            new ProfileLocation.Builtin("default.lua"),
            Optional.empty()),
        fx.select("default"));
  }

  @Test
  void uniqueNameSelectsItsEntry() throws DiagnosticException {
    assertEquals(
        new ProfileSource(
            "helper",
            Origin.USER,
            new ProfileLocation.File(fx.configDir.resolve("helper.lua")),
            Optional.empty()),
        fx.select("helper"));
    ProfileSource codex = fx.select("codex");
    assertEquals(Origin.PROJECT, codex.origin());
    assertEquals(Optional.of("Project codex"), codex.description());
  }

  @Test
  void eachQualifiedForm() throws DiagnosticException {
    ProfileSource builtin = fx.select("builtin:coder");
    assertEquals(Origin.BUILTIN, builtin.origin());
    assertEquals(new ProfileLocation.Builtin("coder.lua"), builtin.location());
    assertEquals("builtin:coder", builtin.selector());
    ProfileSource user = fx.select("user:coder");
    assertEquals(Origin.USER, user.origin());
    assertEquals(
        new ProfileLocation.File(fx.configDir.resolve("profiles/coder.lua")), user.location());
    ProfileSource project = fx.select("project:coder");
    assertEquals(Origin.PROJECT, project.origin());
    assertEquals(
        new ProfileLocation.File(fx.workspace.resolve(".insomnia/coder.lua")), project.location());
    assertEquals(Optional.of("Builtin reviewer"), fx.select("builtin:reviewer").description());
  }

  @Test
  void nameInSeveralSourcesFailsClosedListingTheAlternatives() {
    Diagnostic d = only(fx.selectionFails("coder"), DiagnosticCode.SELECTOR_AMBIGUOUS);
    assertEquals(
        "'coder' is defined by more than one source: builtin:coder, user:coder, project:coder",
        d.message());
    assertEquals(
        "Select one of them by its qualified name: builtin:coder, user:coder, project:coder.",
        d.help());
  }

  @Test
  void unknownNameSuggestsCloseNamesWithTheirQualifiedForms() {
    Diagnostic d = only(fx.selectionFails("codr"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertEquals(
        "no profile matches 'codr'; did you mean 'coder' (builtin:coder, user:coder,"
            + " project:coder), 'codex' (project:codex)?",
        d.message());
    assertTrue(d.help().contains("profiles list"), d.help());
  }

  @Test
  void qualifiedNameAbsentFromItsSourceSuggestsWhereItIs() {
    Diagnostic d = only(fx.selectionFails("user:codex"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertEquals(
        "no profile matches 'user:codex'; did you mean 'codex' (project:codex), 'coder'"
            + " (builtin:coder, user:coder, project:coder)?",
        d.message());
  }

  @Test
  void unknownNameWithNothingCloseSaysSo() {
    Diagnostic d = only(fx.selectionFails("zzzzzzzz"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertEquals("no profile matches 'zzzzzzzz'", d.message());
  }

  @Test
  void missingProfileFileIsReportedWhenSelectedAtItsRegistryEntry() {
    Diagnostic d = only(fx.selectionFails("gone"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertEquals(
        "'gone' selects user:gone, whose file "
            + fx.configDir.resolve("gone.lua")
            + " does not exist or is not a file",
        d.message());
    assertTrue(d.help().contains("in the user registry"), d.help());
    assertEquals(Optional.of(userRegistry.toString()), d.file());
    assertEquals(OptionalInt.of(4), d.line());
    assertEquals(Optional.of("profile.gone"), d.path());
  }

  @Test
  void tildeInARegistryPathIsNotExpandedAndTheErrorSaysSo() {
    Diagnostic d = only(fx.selectionFails("user:tilde"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertTrue(d.message().endsWith("'~' is not expanded in registry paths"), d.message());
    assertTrue(
        d.message().contains(fx.configDir.resolve("~/profiles/t.lua").toString()), d.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"old", "user:old"})
  void nixEntryIsNeverSelectable(String selector) {
    Diagnostic d = only(fx.selectionFails(selector), DiagnosticCode.SELECTOR_NIX_UNSUPPORTED);
    assertEquals(
        "'"
            + selector
            + "' selects user:old, which points at a Nix profile ("
            + fx.configDir.resolve("old.nix")
            + "); Nix profiles are no longer evaluated",
        d.message());
    assertTrue(d.help().contains("--manifest"), d.help());
    assertEquals(OptionalInt.of(5), d.line());
  }

  @Test
  void explicitPathFormsResolveAgainstTheWorkingDirectory() throws DiagnosticException {
    Path cwd = fx.workingDirectory;
    fx.profile(cwd.resolve("x.lua"));
    fx.profile(cwd.resolve("a/b.lua"));
    fx.profile(cwd.resolve("profiles/plain"));
    assertPath("./x.lua", cwd.resolve("x.lua"));
    assertPath("x.lua", cwd.resolve("x.lua"));
    assertPath("a/b.lua", cwd.resolve("a/b.lua"));
    assertPath("path:profiles/plain", cwd.resolve("profiles/plain"));
    assertPath("path:x.lua", cwd.resolve("x.lua"));
    assertPath(cwd.resolve("a/b.lua").toString(), cwd.resolve("a/b.lua"));
    assertPath("./a/../x.lua", cwd.resolve("x.lua"));
  }

  private void assertPath(String selector, Path expected) throws DiagnosticException {
    assertEquals(
        new ProfileSource(
            selector, Origin.PATH, new ProfileLocation.File(expected), Optional.empty()),
        fx.select(selector));
  }

  @Test
  void missingExplicitPathIsNotFound() {
    Diagnostic d = only(fx.selectionFails("./missing.lua"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertEquals(
        "the profile file "
            + fx.workingDirectory.resolve("missing.lua")
            + " does not exist or is not a file",
        d.message());
    assertTrue(d.help().contains(fx.workingDirectory.toString()), d.help());
    Diagnostic directory = only(fx.selectionFails("path:."), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertTrue(directory.message().endsWith("is not a file"), directory.message());
  }

  @Test
  void quotedTildeInAPathSelectorIsNotExpanded() {
    Diagnostic d = only(fx.selectionFails("path:~/p.lua"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertTrue(d.message().endsWith("'~' is not expanded in selectors"), d.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"./old.nix", "path:old.nix", "old.nix", "/abs/legacy/p.NIX"})
  void nixPathsAreUnsupportedEvenWhenTheFileExists(String selector) {
    fx.profile(fx.workingDirectory.resolve("old.nix"));
    Diagnostic d = only(fx.selectionFails(selector), DiagnosticCode.SELECTOR_NIX_UNSUPPORTED);
    assertEquals(
        "'" + selector + "' is a Nix profile; Nix profiles are no longer evaluated", d.message());
    assertEquals(
        "Write the profile in Lua (see docs/profiles.md), or pass a complete manifest with"
            + " --manifest FILE.toml.",
        d.help());
  }

  @Test
  void emptySelectorAndUnknownPrefixAreNotFound() {
    only(fx.selectionFails(""), DiagnosticCode.SELECTOR_NOT_FOUND);
    Diagnostic d = only(fx.selectionFails("foo:bar"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertTrue(d.help().startsWith("Select a profile with one of: default, NAME"), d.help());
  }

  @Test
  void explicitPathsNeedNoRegistryButNamesDo() throws DiagnosticException {
    fx.userRegistry("[profile\n");
    fx.profile(fx.workingDirectory.resolve("x.lua"));
    fx.builtins = BuiltinIndex.of("this is not [toml", n -> true);
    assertEquals(Origin.PATH, fx.select("./x.lua").origin());
    List<Diagnostic> all = fx.selectionFails("helper");
    assertEquals(DiagnosticCode.REGISTRY_INVALID, all.get(0).code());
  }

  @Test
  void discoverySelectsExplicitPathsToo() throws DiagnosticException {
    fx.profile(fx.workingDirectory.resolve("x.lua"));
    ProfileSource source = fx.discover().select("./x.lua");
    assertEquals(new ProfileLocation.File(fx.workingDirectory.resolve("x.lua")), source.location());
  }

  @Test
  void defaultWithoutAnyDefaultIsNotFound() {
    fx.builtins = BuiltinIndex.empty();
    Diagnostic d = only(fx.selectionFails("default"), DiagnosticCode.SELECTOR_NOT_FOUND);
    assertEquals(
        "no default profile: no registry declares a default and there is no builtin:default",
        d.message());
  }

  @Test
  void defaultPointingAtAMissingOrNixEntryFailsLikeTheEntry() {
    fx.projectRegistry("default = \"user:gone\"\n");
    only(fx.selectionFails("default"), DiagnosticCode.SELECTOR_NOT_FOUND);
    fx.projectRegistry("default = \"user:old\"\n");
    only(fx.selectionFails("default"), DiagnosticCode.SELECTOR_NIX_UNSUPPORTED);
  }

  @Test
  void userDefinedProfileNamedDefaultIsReachedQualified() throws DiagnosticException {
    fx.userRegistry("[profile]\ndefault = \"helper.lua\"\n");
    assertEquals(Origin.BUILTIN, fx.select("default").origin());
    assertEquals(Origin.USER, fx.select("user:default").origin());
  }
}
