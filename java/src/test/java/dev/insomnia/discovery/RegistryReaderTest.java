package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The profiles.toml format and every way a registry can be invalid, with positions. */
class RegistryReaderTest {
  private static final Path FILE = Path.of("/cfg/insomnia/profiles.toml");
  private static final RegistryFile USER = RegistryFile.onDisk(Origin.USER, FILE);
  private static final RegistryFile PROJECT =
      RegistryFile.onDisk(Origin.PROJECT, Path.of("/repo/.insomnia/profiles.toml"));

  private static Registry read(String toml) {
    return RegistryReader.read(USER, toml);
  }

  private static List<Diagnostic> problems(RegistryFile file, String toml) {
    Registry r = RegistryReader.read(file, toml);
    assertTrue(!r.problems().isEmpty(), "expected problems");
    for (Diagnostic d : r.problems()) {
      assertEquals(DiagnosticCode.REGISTRY_INVALID, d.code());
      assertEquals(Optional.of(file.displayName()), d.file());
      String source = file.source().label();
      assertTrue(d.message().contains(source), "names the " + source + " source: " + d.message());
    }
    return r.problems();
  }

  private static Diagnostic onlyProblem(String toml) {
    List<Diagnostic> all = problems(USER, toml);
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  private static void assertAt(Diagnostic d, int line, int column) {
    assertEquals(OptionalInt.of(line), d.line(), d.toString());
    assertEquals(OptionalInt.of(column), d.column(), d.toString());
  }

  @Test
  void shortAndTableEntriesResolveAgainstTheRegistryDirectory() {
    Registry r =
        read(
            "default = \"coder\"\n"
                + "[profile]\n"
                + "coder = \"profiles/coder.lua\"\n"
                + "abs = \"/opt/p/abs.lua\"\n"
                + "up = \"../shared/up.lua\"\n"
                + "[profile.reviewer]\n"
                + "path = \"profiles/reviewer.lua\"\n"
                + "description = \"Project reviewer\"\n");
    assertEquals(List.of(), r.problems());
    assertEquals(
        List.of("abs", "coder", "reviewer", "up"),
        r.entries().stream().map(RegistryEntry::name).toList());
    RegistryEntry abs = r.entries().get(0);
    RegistryEntry coder = r.entries().get(1);
    RegistryEntry reviewer = r.entries().get(2);
    RegistryEntry up = r.entries().get(3);
    assertEquals(new ProfileLocation.File(Path.of("/opt/p/abs.lua")), abs.location());
    assertEquals(
        new ProfileLocation.File(Path.of("/cfg/insomnia/profiles/coder.lua")), coder.location());
    assertEquals("profiles/coder.lua", coder.declaredPath());
    assertEquals(Optional.empty(), coder.description());
    assertEquals(new RegistryPosition(FILE.toString(), 3, 1), coder.position());
    assertEquals(Optional.of("Project reviewer"), reviewer.description());
    assertEquals(
        new ProfileLocation.File(Path.of("/cfg/insomnia/profiles/reviewer.lua")),
        reviewer.location());
    assertEquals(new ProfileLocation.File(Path.of("/cfg/shared/up.lua")), up.location());
    DefaultDeclaration declared = r.declaredDefault().orElseThrow();
    assertEquals("coder", declared.name());
    assertEquals(Optional.empty(), declared.qualifier());
    assertEquals(Origin.USER, declared.target(Origin.USER));
  }

  @Test
  void inlineTablesAndDottedKeysAreTheSameEntries() {
    Registry r =
        read(
            "profile = { a = \"a.lua\", b = { path = \"b.lua\", description = \"B\" } }\n");
    assertEquals(List.of(), r.problems());
    assertEquals(List.of("a", "b"), r.entries().stream().map(RegistryEntry::name).toList());
    Registry dotted = read("profile.c = \"c.lua\"\n");
    assertEquals("c", dotted.entries().get(0).name());
  }

  @Test
  void qualifiedDefaultNamesItsSource() {
    DefaultDeclaration d = read("default = \"builtin:reviewer\"\n").declaredDefault().orElseThrow();
    assertEquals(Optional.of(Origin.BUILTIN), d.qualifier());
    assertEquals("reviewer", d.name());
    assertEquals(Origin.BUILTIN, d.target(Origin.PROJECT));
  }

  @Test
  void emptyRegistryIsFine() {
    Registry r = read("# nothing yet\n");
    assertEquals(List.of(), r.problems());
    assertEquals(List.of(), r.entries());
    assertEquals(Optional.empty(), r.declaredDefault());
  }

  @Test
  void syntaxErrorsAreAllReportedWithPositions() {
    List<Diagnostic> all = problems(USER, "default = \n[profile\nx = = 2\n");
    assertTrue(all.size() >= 2, all.toString());
    Diagnostic first = all.get(0);
    assertAt(first, 1, 11);
    assertTrue(first.message().startsWith("invalid TOML in the user registry: "), first.message());
    assertTrue(first.help().startsWith("Fix the user registry file;"), first.help());
  }

  /** Found by fuzzing: tomlj threw this syntax error out of Toml.parse instead of listing it. */
  @Test
  void aBadEscapeInATableNameIsASyntaxError() {
    Diagnostic d = onlyProblem("[profile]\ncoder = \"a.lua\"\n[\"\\E\"]\n");
    assertAt(d, 3, 3);
    assertTrue(d.message().contains("Invalid escape sequence"), d.message());
  }

  @Test
  void syntaxErrorNamesTheProjectSource() {
    Diagnostic d = problems(PROJECT, "[profile\n").get(0);
    assertTrue(d.message().startsWith("invalid TOML in the project registry"), d.message());
    assertEquals(Optional.of("/repo/.insomnia/profiles.toml"), d.file());
  }

  @Test
  void duplicateNamesAreReportedAtTheSecondDeclaration() {
    Diagnostic d = onlyProblem("[profile]\ncoder = \"a.lua\"\ncoder = \"b.lua\"\n");
    assertAt(d, 3, 1);
    assertTrue(d.message().contains("coder previously defined at line 2"), d.message());
    Diagnostic mixed = onlyProblem("[profile]\ncoder = \"a.lua\"\n[profile.coder]\npath = \"b\"\n");
    assertAt(mixed, 3, 1);
    assertTrue(mixed.message().contains("profile.coder previously defined"), mixed.message());
  }

  @Test
  void wrongTypesSayWhatWasExpected() {
    List<Diagnostic> all =
        problems(
            USER,
            "default = 3\n"
                + "[profile]\n"
                + "coder = 42\n"
                + "[profile.reviewer]\n"
                + "path = \"r.lua\"\n"
                + "description = [\"x\"]\n"
                + "[profile.writer]\n"
                + "path = true\n");
    assertEquals(4, all.size(), all.toString());
    assertEquals(
        "in the user registry, 'default' must be of type string, not integer",
        all.get(0).message());
    assertEquals(Optional.of("default"), all.get(0).path());
    assertAt(all.get(0), 1, 1);
    assertEquals(
        "in the user registry, 'profile.coder' must be of type string or table, not integer",
        all.get(1).message());
    assertAt(all.get(1), 3, 1);
    assertEquals(
        "in the user registry, 'profile.reviewer.description' must be of type string, not array",
        all.get(2).message());
    assertAt(all.get(2), 6, 1);
    assertEquals(Optional.of("profile.writer.path"), all.get(3).path());
    assertTrue(all.get(3).message().endsWith("not boolean"), all.get(3).message());
  }

  @Test
  void profileMustBeATable() {
    Diagnostic d = onlyProblem("profile = \"coder.lua\"\n");
    assertEquals("in the user registry, 'profile' must be of type table, not string", d.message());
  }

  @Test
  void unknownKeysSuggestTheClosest() {
    List<Diagnostic> all =
        problems(
            USER,
            "profiles = 1\n"
                + "[profile.coder]\n"
                + "path = \"c.lua\"\n"
                + "descripton = \"typo\"\n"
                + "colour = \"red\"\n");
    assertEquals(3, all.size(), all.toString());
    assertEquals(
        "unknown key 'profiles' in the user registry; did you mean 'profile'?",
        all.get(0).message());
    assertAt(all.get(0), 1, 1);
    assertEquals(
        "unknown key 'descripton' in the user registry; did you mean 'description'?",
        all.get(1).message());
    assertEquals(Optional.of("profile.coder.descripton"), all.get(1).path());
    assertAt(all.get(1), 4, 1);
    assertEquals("unknown key 'colour' in the user registry", all.get(2).message());
    assertTrue(all.get(2).help().contains("`path` and `description`"), all.get(2).help());
  }

  @Test
  void tableEntryNeedsAPath() {
    Diagnostic d = onlyProblem("[profile.coder]\ndescription = \"no path\"\n");
    assertEquals("profile 'coder' in the user registry has no path", d.message());
    assertEquals(Optional.of("profile.coder"), d.path());
    assertAt(d, 1, 1);
    assertTrue(d.help().contains("path = \"profiles/coder.lua\""), d.help());
  }

  @Test
  void emptyPathIsInvalid() {
    assertEquals(
        "profile 'coder' in the user registry has an empty path",
        onlyProblem("[profile]\ncoder = \"\"\n").message());
  }

  @Test
  void pathWithANulCharacterIsInvalid() {
    Diagnostic d = onlyProblem("[profile]\ncoder = \"a\\u0000b.lua\"\n");
    assertTrue(
        d.message().startsWith("profile 'coder' in the user registry has a path that is not valid"),
        d.message());
  }

  @Test
  void profileNamesFollowTheRule() {
    List<Diagnostic> all =
        problems(
            USER,
            "[profile]\nCoder = \"a.lua\"\n\"1st\" = \"b.lua\"\n"
                + "\"a.b\" = \"c.lua\"\nok = \"d.lua\"\n");
    assertEquals(3, all.size(), all.toString());
    assertEquals("'Coder' in the user registry is not a valid profile name", all.get(0).message());
    assertAt(all.get(0), 2, 1);
    assertTrue(all.get(0).help().startsWith("Profile names are 1 to 63 characters"));
  }

  @Test
  void defaultMustBeANameOrAQualifiedName() {
    for (String bad : new String[] {"foo:bar", "path:x.lua", "Not A Name", "user:", ""}) {
      Diagnostic d = onlyProblem("default = \"" + bad + "\"\n");
      assertEquals(
          "default '" + bad + "' in the user registry is neither a profile name nor a"
              + " source-qualified name",
          d.message());
      assertAt(d, 1, 1);
    }
  }

  @Test
  void builtinPathsAreRelativeToTheBuiltinRoot() {
    Registry r =
        RegistryReader.read(RegistryFile.builtin(), "[profile]\na = \"./x/../a.lua\"\n");
    assertEquals(new ProfileLocation.Builtin("a.lua"), r.entries().get(0).location());
    List<Diagnostic> all =
        problems(
            RegistryFile.builtin(),
            "[profile]\nb = \"../b.lua\"\nc = \"/etc/c.lua\"\nd = \".\"\n");
    assertEquals(3, all.size(), all.toString());
    assertEquals(
        "builtin profile 'b' has the path '../b.lua', which leaves the builtin profile root",
        all.get(0).message());
    assertEquals(Optional.of("builtin/profiles.toml"), all.get(0).file());
  }

  @Test
  void problemsAreInFileOrder() {
    List<Diagnostic> all =
        problems(USER, "zzz = 1\n[profile]\nB = \"b.lua\"\nA = \"a.lua\"\n[profile.c]\n");
    assertEquals(
        List.of(1, 3, 4, 5), all.stream().map(d -> d.line().orElse(0)).toList(), all.toString());
  }
}
