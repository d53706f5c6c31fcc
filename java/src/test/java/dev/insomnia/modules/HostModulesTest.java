package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.lua.LuaError;
import dev.insomnia.lua.ModuleAnswer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The host modules as profiles use them: insomnia, profile, compact, scope, secrets. */
class HostModulesTest {
  @TempDir Path dir;
  LocalProfile profile;

  @BeforeEach
  void setUp() {
    profile = new LocalProfile(dir);
  }

  /** Asserts a runtime error raised at the profile's line {@code line} mentioning {@code text}. */
  private void assertArgumentError(String source, int line, String text) {
    LuaError e = profile.error(source);
    assertEquals("lua.runtime", e.code(), e::toString);
    assertEquals(Optional.of("main.lua"), e.chunk(), e::toString);
    assertEquals(OptionalInt.of(line), e.line(), e::toString);
    assertTrue(e.message().contains(text), e.message());
  }

  @Test
  void everyHostModuleIsServedAsTrustedSourceWithItsChunkName() {
    for (String name : HostModules.names()) {
      var source = assertInstanceOf(ModuleAnswer.Source.class, HostModules.answer(name));
      assertTrue(source.trusted(), name);
      String expected = name.equals("insomnia") ? "@insomnia.lua"
          : "@" + name.replace('.', '/') + ".lua";
      assertEquals(expected, source.chunkName());
    }
    assertEquals(
        "@insomnia/models/catalog.lua",
        ((ModuleAnswer.Source) HostModules.answer("insomnia.models.catalog")).chunkName());
  }

  @Test
  void unknownHostModuleIsNotFoundListingTheHostModules() {
    LuaError e = profile.error("local x = 1\nreturn require('insomnia.nope')");
    assertEquals("require.not-found", e.code());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(
        e.message().contains("insomnia, insomnia.profile, insomnia.models, insomnia.compact,"
            + " insomnia.scope, insomnia.secrets"), e.message());
  }

  @Test
  void hostModuleBytesAreCachedPerProcess() {
    var first = (ModuleAnswer.Source) HostModules.answer("insomnia.scope");
    var second = (ModuleAnswer.Source) HostModules.answer("insomnia.scope");
    assertTrue(first == second, "the same cached answer");
  }

  @Test
  void codeOnlySomeProfilesNeedIsLoadedOnFirstUse() {
    profile.json(
        "local models = require('insomnia.models')\n"
            + "local scope = require('insomnia.scope')\n"
            + "return { m = models.catalog('openai/gpt-5.5'), s = scope.workspace_write() }");
    assertEquals(
        List.of("main", "insomnia.models", "insomnia.models.catalog", "insomnia.scope"),
        profile.modules.loaded().stream().map(LoadedModule::name).toList());
    profile.json(
        "local models = require('insomnia.models')\n"
            + "local scope = require('insomnia.scope')\n"
            + "return { m = models.custom { provider = 'p', id = 'i', context_window = 9 },\n"
            + "  s = scope.workspace_write { protect = {} },\n"
            + "  u = pcall(models.catalog, 'nope/x') }");
    assertEquals(
        List.of("main", "insomnia.models", "insomnia.models.catalog", "insomnia.scope",
            "insomnia.models.custom", "insomnia.scope.options", "insomnia.models.unknown"),
        profile.modules.loaded().stream().map(LoadedModule::name).toList());
  }

  // insomnia.profile

  @Test
  void profileReturnsItsTableUnchanged() {
    assertEquals(
        "{\"same\":true,\"slug\":\"x\"}",
        profile.json(
            "local profile = require('insomnia.profile')\n"
                + "local t = { slug = 'x' }\n"
                + "t.same = profile(t) == t\n"
                + "return t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "'coder'", "nil", "true", "function() end"})
  void profileRefusesANonTableAtTheCallersLine(String value) {
    LuaError e =
        profile.error(
            "local profile = require('insomnia.profile')\n\nlocal p = profile(" + value
                + ")\nreturn p");
    assertEquals("profile.return", e.code());
    assertEquals(Optional.of("main.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
    assertTrue(e.message().startsWith("profile { ... } expects a table of Profile fields, got "),
        e.message());
  }

  // insomnia.compact

  @Test
  void compactBuildsTriggers() {
    assertEquals(
        "{\"r\":{\"trigger_ratio\":0.75},\"t\":{\"trigger_tokens\":1000}}",
        profile.json(
            "local compact = require('insomnia.compact')\n"
                + "return { r = compact.ratio(0.75), t = compact.tokens(1000) }"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "1.5", "-0.1", "0/0", "'0.5'", "nil"})
  void compactRatioChecksItsArgument(String value) {
    assertArgumentError(
        "local compact = require('insomnia.compact')\nreturn compact.ratio(" + value + ") or 1",
        2, "compact.ratio(r) expects a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "1.5", "'100'", "{}"})
  void compactTokensChecksItsArgument(String value) {
    assertArgumentError(
        "local compact = require('insomnia.compact')\nreturn compact.tokens(" + value + ") or 1",
        2, "compact.tokens(n) expects a");
  }

  // insomnia.scope

  @Test
  void scopeHelpersBuildIntents() {
    assertEquals(
        "{\"custom\":{\"intent\":\"workspace_write\",\"protect\":[\".git\",\"build/out\"]},"
            + "\"empty\":{\"intent\":\"workspace_write\",\"protect\":{}},"
            + "\"none\":{\"intent\":\"none\"},"
            + "\"read\":{\"intent\":\"read_only\"},"
            + "\"write\":{\"intent\":\"workspace_write\",\"protect\":[\".git\"]}}",
        profile.json(
            "local scope = require('insomnia.scope')\n"
                + "return { write = scope.workspace_write(), read = scope.read_only(),\n"
                + "  none = scope.none(),\n"
                + "  custom = scope.workspace_write { protect = { '.git', 'build/out' } },\n"
                + "  empty = scope.workspace_write { protect = {} } }"));
  }

  @Test
  void scopeDefaultProtectIsAFreshTableEachCall() {
    assertEquals(
        "[\".git\"]",
        profile.json(
            "local scope = require('insomnia.scope')\n"
                + "local a = scope.workspace_write()\n"
                + "a.protect[1] = 'changed'\n"
                + "return scope.workspace_write().protect"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{ protect = { '/etc' } }|is absolute",
        "{ protect = { 'C:/x' } }|is absolute",
        "{ protect = { '../up' } }|leaves the workspace",
        "{ protect = { 'a/../../b' } }|leaves the workspace",
        "{ protect = { '' } }|is empty",
        "{ protect = { 42 } }|must be a path string",
        "{ protect = '.git' }|must be a list of paths",
        "{ protect = { x = '.git' } }|has the field 'x'",
        "{ protect = { '.git', nil, 'b' } }|has a hole",
        "{ protected = { '.git' } }|unknown option 'protected'",
        "'rw'|expects nothing or a table"
      })
  void scopeWorkspaceWriteChecksItsOptions(String caseText) {
    String[] parts = caseText.split("\\|");
    assertArgumentError(
        "local scope = require('insomnia.scope')\n\nreturn { s = scope.workspace_write("
            + parts[0] + ") }",
        3, parts[1]);
  }

  @Test
  void readOnlyAndNoneTakeNoOptions() {
    assertArgumentError(
        "local scope = require('insomnia.scope')\nreturn { s = scope.read_only { protect = {} } }",
        2, "scope.read_only() takes no options");
    assertArgumentError(
        "local scope = require('insomnia.scope')\nreturn { s = scope.none('x') }",
        2, "scope.none() takes no options");
  }

  // insomnia.secrets

  @Test
  void secretsEnvBuildsAReference() {
    assertEquals(
        "{\"OPENAI_API_KEY\":{\"secret_env\":\"OPENAI_API_KEY\"},\"_X1\":{\"secret_env\":\"_X1\"}}",
        profile.json(
            "local secrets = require('insomnia.secrets')\n"
                + "return { OPENAI_API_KEY = secrets.env('OPENAI_API_KEY'),"
                + " _X1 = secrets.env('_X1') }"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'lower'", "'1ABC'", "'A-B'", "''", "42", "nil"})
  void secretsEnvChecksTheName(String value) {
    assertArgumentError(
        "local secrets = require('insomnia.secrets')\nreturn { s = secrets.env(" + value + ") }",
        2, "secrets.env(name)");
  }

  // insomnia

  @Test
  void insomniaBundlesTheModules() {
    assertEquals(
        "{\"compact\":true,\"models\":true,\"profile\":true,\"scope\":true,\"secrets\":true,"
            + "\"version\":\"1\"}",
        profile.json(
            "local insomnia = require('insomnia')\n"
                + "return { version = insomnia.version,\n"
                + "  profile = insomnia.profile == require('insomnia.profile'),\n"
                + "  models = insomnia.models == require('insomnia.models'),\n"
                + "  compact = insomnia.compact == require('insomnia.compact'),\n"
                + "  scope = insomnia.scope == require('insomnia.scope'),\n"
                + "  secrets = insomnia.secrets == require('insomnia.secrets') }"));
  }

  @Test
  void insomniaProfileIsCallableThroughTheBundle() {
    assertEquals(
        "{\"scope\":{\"intent\":\"read_only\"},\"slug\":\"b\"}",
        profile.json(
            "local insomnia = require('insomnia')\n"
                + "return insomnia.profile { slug = 'b', scope = insomnia.scope.read_only() }"));
  }

  // freezing

  @ParameterizedTest
  @ValueSource(
      strings = {
        "require('insomnia.models').catalog = function() end",
        "require('insomnia').models = {}",
        "require('insomnia').models.ids = nil",
        "require('insomnia.scope').read_only = nil",
        "table.insert(require('insomnia.models.catalog').ids, 'x/y')",
        "require('insomnia.models.catalog').models['codex-oauth/gpt-5.5'].context_window = 1"
      })
  void hostModulesAreReadOnly(String statement) {
    LuaError e = profile.error(statement + "\nreturn {}");
    assertEquals("sandbox.denied", e.code(), e::toString);
    assertEquals(OptionalInt.of(1), e.line());
  }

  @Test
  void aModuleCannotChangeWhatAnotherModuleSees() {
    profile.file(
        "evil.lua",
        "local scope = require('insomnia.scope')\n"
            + "local ok = pcall(function() scope.read_only = function() return 'hijacked' end"
            + " end)\n"
            + "return { changed = ok }");
    profile.file("victim.lua", "return require('insomnia.scope').read_only()");
    assertEquals(
        "{\"evil\":{\"changed\":false},\"victim\":{\"intent\":\"read_only\"}}",
        profile.json("return { evil = require('evil'), victim = require('victim') }"));
  }

  @Test
  void redefiningGlobalsDoesNotReachHostModules() {
    assertEquals(
        "{\"intent\":\"workspace_write\",\"protect\":[\".git\"]}",
        profile.json(
            "type = function() return 'string' end\n"
                + "error = function() end\n"
                + "return require('insomnia.scope').workspace_write(nil)"));
  }
}
