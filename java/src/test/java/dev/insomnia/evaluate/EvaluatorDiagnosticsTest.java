package dev.insomnia.evaluate;

import static dev.insomnia.evaluate.Profiles.failure;
import static dev.insomnia.evaluate.Profiles.path;
import static dev.insomnia.evaluate.Profiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way an evaluation fails, as the user's diagnostic: code, message, file and line. */
class EvaluatorDiagnosticsTest {
  @TempDir Path tmp;
  Path dir;
  Path main;

  @BeforeEach
  void setUp() throws IOException {
    dir = tmp.toRealPath();
    main = dir.resolve("main.lua");
  }

  private Diagnostic fails(String source) {
    write(main, source);
    return failure(path(main));
  }

  private void assertAt(Diagnostic d, DiagnosticCode code, Path file, int line) {
    assertEquals(code, d.code(), d::toString);
    assertEquals(Optional.of(file.toString()), d.file(), d::toString);
    assertEquals(line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), d.line(), d::toString);
    assertTrue(d.isError());
    assertTrue(!d.help().isBlank());
  }

  @Test
  void syntaxErrorIsProfileSyntaxAtItsLine() {
    Diagnostic d = fails("local x = 1\nreturn {\n  slug = ,\n}");
    assertAt(d, DiagnosticCode.PROFILE_SYNTAX, main, 3);
    assertTrue(d.message().contains("unexpected symbol near ','"), d.message());
  }

  @Test
  void syntaxErrorInAModuleNamesTheModulesFile() {
    Path shared = write(dir.resolve("lib/shared.lua"), "return {{");
    Diagnostic d = fails("return require('lib.shared')");
    assertAt(d, DiagnosticCode.PROFILE_SYNTAX, shared, 1);
  }

  @Test
  void runtimeErrorIsProfileRuntimeErrorWithItsMessage() {
    Diagnostic d = fails("local t = nil\n\nreturn { n = t.field }");
    assertAt(d, DiagnosticCode.PROFILE_RUNTIME_ERROR, main, 3);
    assertTrue(d.message().contains("attempt to index a nil value (local 't')"), d.message());
  }

  @Test
  void errorRaisedInALocalModuleIsLocatedInThatModule() {
    Path helper = write(dir.resolve("helpers/init.lua"), "local x = 1\nerror('helper broke')");
    Diagnostic d = fails("return require('helpers')");
    assertAt(d, DiagnosticCode.PROFILE_RUNTIME_ERROR, helper, 2);
    assertEquals("helper broke", d.message());
  }

  @Test
  void longModulePathsAreMappedBackAfterLuaShortensThem() {
    String name = "aaaaaaaaaa.bbbbbbbbbb.cccccccccc.dddddddddd.eeeeeeeeee.ffffffffff";
    Path deep = write(dir.resolve(name.replace('.', '/') + ".lua"), "\n\nerror('deep')");
    Diagnostic d = fails("return require('" + name + "')");
    assertAt(d, DiagnosticCode.PROFILE_RUNTIME_ERROR, deep, 3);
  }

  @Test
  void argumentErrorOfAHostFunctionIsAtTheProfilesLine() {
    Diagnostic d = fails("local compact = require('insomnia.compact')\n\n"
        + "return { compaction = compact.ratio(2) }");
    assertAt(d, DiagnosticCode.PROFILE_RUNTIME_ERROR, main, 3);
    assertTrue(d.message().startsWith("compact.ratio(r) expects"), d.message());
  }

  @Test
  void unknownModelIsAtTheProfilesLine() {
    Diagnostic d = fails("local models = require('insomnia.models')\n"
        + "return { model = models.catalog('openai/gpt-9') }");
    assertAt(d, DiagnosticCode.PROFILE_UNKNOWN_MODEL, main, 2);
    assertTrue(d.message().startsWith("model 'openai/gpt-9' is not in the catalog; did you mean"),
        d.message());
    assertTrue(d.help().contains("models.custom"), d.help());
  }

  @Test
  void profileReturnFromProfileIsAtTheCallersLine() {
    Diagnostic d = fails("local profile = require('insomnia.profile')\n"
        + "local p = profile('coder')\nreturn p");
    assertAt(d, DiagnosticCode.PROFILE_RETURN, main, 2);
    assertEquals("profile { ... } expects a table of Profile fields, got string", d.message());
  }

  @Test
  void profileReturnThroughATailCallNamesTheProfileWithoutALine() {
    // `return profile(x)` is a tail call: Lua drops the profile's frame, so no line is known
    Diagnostic d = fails("local profile = require('insomnia.profile')\nreturn profile(42)");
    assertAt(d, DiagnosticCode.PROFILE_RETURN, main, 0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "return nil|the profile returned nothing; it must return a table of Profile fields",
        "return|the profile returned nothing; it must return a table of Profile fields",
        "return 'coder'|the profile returned a string, not a table of Profile fields",
        "return 42|the profile returned a number, not a table of Profile fields",
        "return -1.5|the profile returned a number, not a table of Profile fields",
        "return true|the profile returned a boolean, not a table of Profile fields",
        "return false|the profile returned a boolean, not a table of Profile fields",
        "return { 'a', 'b' }|the profile returned a list, not a table of Profile fields",
        "return function() end|the profile returned a function, which has no JSON form",
        "return 0/0|the profile returned NaN or an infinity, which has no JSON form"
      })
  void returningSomethingOtherThanATableIsProfileReturn(String source, String message) {
    Diagnostic d = fails(source);
    assertAt(d, DiagnosticCode.PROFILE_RETURN, main, 0);
    assertEquals(message, d.message());
  }

  @Test
  void emptyTableIsAnObject() throws Exception {
    write(main, "return {}");
    assertEquals("{}", Profiles.evaluate(path(main)).jsonText());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{ worker = { tools = { 'a', print } } }|worker.tools[2]|"
            + "expected a string, a finite number, a boolean or a table, found a function",
        "{ worker = { temperature = 1/0 } }|worker.temperature|"
            + "expected a finite number, found NaN or an infinity",
        "{ env = { [1] = 'x', A = 'y' } }|env|"
            + "expected either a list or a table of named fields, found a table that mixes"
            + " list items and named fields",
        "{ instructions = { [1] = 'a', [3] = 'c' } }|instructions|"
            + "expected a list without holes, found a list with holes",
        "{ model = { [true] = 1 } }|model|"
            + "expected a list (keys 1..n) or a table with string keys, found a table with a"
            + " boolean key",
        "{ slug = '\\xff' }|slug|expected a UTF-8 string, found a string that is not valid UTF-8"
      })
  void valuesWithoutAJsonFormAreTypeErrorsAtTheirPath(
      String table, String path, String message) {
    Diagnostic d = fails("return " + table);
    assertAt(d, DiagnosticCode.PROFILE_TYPE, main, 0);
    assertEquals(Optional.of(path), d.path());
    assertTrue(d.message().startsWith(message), d.message());
  }

  @Test
  void cyclicTablesAreTypeErrors() {
    Diagnostic d = fails("local t = { slug = 'x' }\nt.self = t\nreturn t");
    assertEquals(DiagnosticCode.PROFILE_TYPE, d.code());
    assertEquals(Optional.of("self"), d.path());
    assertEquals("expected a table that does not contain itself, found a cycle", d.message());
  }

  @Test
  void sandboxDenialPassesThrough() {
    Diagnostic d = fails("local x = 1\nos.exit(1)");
    assertAt(d, DiagnosticCode.SANDBOX_DENIED, main, 2);
    assertTrue(d.message().contains("'os' is not available in profiles"), d.message());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "require('nope')|REQUIRE_NOT_FOUND",
        "require('../up')|REQUIRE_INVALID_NAME",
        "require('main')|REQUIRE_CYCLE",
        "require('both')|REQUIRE_AMBIGUOUS",
        "require('insomnia.nope')|REQUIRE_NOT_FOUND"
      })
  void requireRefusalsPassThrough(String call, DiagnosticCode code) {
    write(dir.resolve("both.lua"), "return 1");
    write(dir.resolve("both/init.lua"), "return 2");
    Diagnostic d = fails("local x = 1\nlocal m = " + call + "\nreturn {}");
    assertAt(d, code, main, 2);
  }

  @Test
  void requireEscapePassesThrough() throws IOException {
    Path outside = write(tmp.resolve("../" + tmp.getFileName() + "-outside.lua"), "return 1");
    try {
      Files.createSymbolicLink(dir.resolve("leak.lua"), outside);
      Diagnostic d = fails("return require('leak')");
      assertAt(d, DiagnosticCode.REQUIRE_ESCAPE, main, 1);
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void instructionLimitPassesThrough() {
    write(main, "local n = 0\nwhile true do n = n + 1 end");
    Diagnostic d = failure(path(main), EvaluationLimits.DEFAULT.withInstructions(100_000));
    assertEquals(DiagnosticCode.LIMIT_INSTRUCTIONS, d.code(), d::toString);
    assertEquals(Optional.of(main.toString()), d.file());
  }

  @Test
  void memoryLimitPassesThrough() {
    write(main, "local t = {}\nfor i = 1, 1e9 do t[i] = ('x'):rep(64) .. i end");
    Diagnostic d = failure(path(main), EvaluationLimits.DEFAULT.withMemoryBytes(4L << 20));
    assertEquals(DiagnosticCode.LIMIT_MEMORY, d.code(), d::toString);
  }

  @Test
  void timeLimitPassesThrough() {
    write(main, "while true do end");
    Diagnostic d =
        failure(
            path(main),
            EvaluationLimits.DEFAULT
                .withInstructions(Long.MAX_VALUE / 2)
                .withTime(Duration.ofMillis(50)));
    assertEquals(DiagnosticCode.LIMIT_TIME, d.code(), d::toString);
  }

  @Test
  void missingFileIsProfileRead() {
    Path missing = dir.resolve("missing.lua");
    Diagnostic d = failure(path(missing));
    assertEquals(DiagnosticCode.PROFILE_READ, d.code());
    assertEquals("cannot read the profile " + missing + ": the file does not exist", d.message());
    assertEquals(Optional.of(missing.toString()), d.file());
  }

  @Test
  void directoryIsProfileRead() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub.lua"));
    Diagnostic d = failure(path(sub));
    assertEquals(DiagnosticCode.PROFILE_READ, d.code());
    assertTrue(d.message().endsWith("it is not a regular file"), d.message());
  }

  @Test
  void profileLargerThanTheMemoryLimitIsProfileRead() {
    write(main, "return { slug = '" + "x".repeat(5000) + "' }");
    Diagnostic d = failure(path(main), EvaluationLimits.DEFAULT.withMemoryBytes(1000));
    assertEquals(DiagnosticCode.PROFILE_READ, d.code());
    assertTrue(d.message().contains("larger than the memory limit"), d.message());
  }

  @Test
  void missingBuiltinIsProfileRead() {
    Diagnostic d =
        failure(
            new ProfileSource(
                "builtin:nope", Origin.BUILTIN, new ProfileLocation.Builtin("nope.lua"),
                Optional.empty()));
    assertEquals(DiagnosticCode.PROFILE_READ, d.code());
    assertEquals(Optional.of("builtin/nope.lua"), d.file());
  }

  @Test
  void limitHitInsideAHostModuleNamesTheHostModule() {
    // the unknown-model suggestions run in insomnia/models/unknown.lua: a small budget trips there
    write(main, "local models = require('insomnia.models')\n"
        + "return { model = models.catalog(('x'):rep(100)) }");
    Diagnostic d = failure(path(main), EvaluationLimits.DEFAULT.withInstructions(50_000));
    assertEquals(DiagnosticCode.LIMIT_INSTRUCTIONS, d.code(), d::toString);
    assertEquals(Optional.of("insomnia/models/unknown.lua"), d.file(), d::toString);
    assertTrue(d.line().isPresent(), d::toString);
  }

  @Test
  void printedOutputIsKept() throws Exception {
    write(main, "print('hello', 42)\nreturn {}");
    assertEquals("hello\t42\n", Profiles.evaluate(path(main)).output());
  }
}
