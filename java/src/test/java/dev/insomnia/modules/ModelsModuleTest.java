package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.lua.LuaError;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** insomnia.models: catalog entries, custom models, ids, unknown-model suggestions. */
class ModelsModuleTest {
  private static final String MODELS = "local models = require('insomnia.models')\n";

  @TempDir Path dir;
  LocalProfile profile;

  @BeforeEach
  void setUp() {
    profile = new LocalProfile(dir);
  }

  @Test
  void catalogReturnsTheEntry() {
    assertEquals(
        "{\"context_window\":400000,\"id\":\"gpt-5.5\",\"max_output_tokens\":128000,"
            + "\"provider\":\"codex-oauth\"}",
        profile.json(MODELS + "return models.catalog('codex-oauth/gpt-5.5')"));
  }

  @Test
  void catalogEntryWithoutMaxOutputTokensOmitsIt() {
    assertEquals(
        "{\"context_window\":32768,\"id\":\"qwen2.5-coder:32b\",\"provider\":\"ollama\"}",
        profile.json(MODELS + "return models.catalog('ollama/qwen2.5-coder:32b')"));
  }

  @Test
  void catalogReturnsAFreshCopyEveryCall() {
    assertEquals(
        "{\"distinct\":true,\"next\":{\"context_window\":400000,\"id\":\"gpt-5.5\","
            + "\"max_output_tokens\":128000,\"provider\":\"codex-oauth\"}}",
        profile.json(
            MODELS
                + "local a = models.catalog('codex-oauth/gpt-5.5')\n"
                + "a.context_window = 1; a.id = 'changed'; a.extra = true\n"
                + "local b = models.catalog('codex-oauth/gpt-5.5')\n"
                + "return { next = b, distinct = a ~= b }"));
  }

  @Test
  void unknownModelIsReportedAtTheProfilesLineWithTheClosestIds() {
    LuaError e = profile.error(MODELS + "local x = 1\nlocal m = models.catalog('codex-oauth/gpt-5')\n"
        + "return { model = m }");
    assertEquals("profile.unknown-model", e.code());
    assertEquals(Optional.of("main.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
    assertTrue(e.message().startsWith("model 'codex-oauth/gpt-5' is not in the catalog; did you"
        + " mean 'codex-oauth/gpt-5.5', "), e.message());
    assertEquals(3, suggestions(e.message()));
  }

  @Test
  void suggestionsMatchTheModelPartAlone() {
    LuaError e = profile.error(MODELS + "local m = models.catalog('gpt-5.5')\nreturn m");
    assertTrue(
        e.message().endsWith("did you mean 'codex-oauth/gpt-5.5', 'openai/gpt-5.5' or"
            + " 'openai/gpt-4.1'?"), e.message());
  }

  @Test
  void unknownModelInsideALocalModuleIsReportedThere() {
    profile.file("shared/models.lua",
        "local models = require('insomnia.models')\n\nreturn { main = models.catalog('nope/x') }");
    LuaError e = profile.error("local shared = require('shared.models')\nreturn shared");
    assertEquals("profile.unknown-model", e.code());
    assertEquals(Optional.of("shared/models.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void absurdIdsAreShortenedInTheMessage() {
    LuaError e = profile.error(MODELS + "local m = models.catalog(('x'):rep(5000))\nreturn m");
    assertEquals("profile.unknown-model", e.code());
    assertTrue(e.message().length() < 400, e.message());
  }

  @Test
  void catalogNeedsAStringId() {
    LuaError e = profile.error(MODELS + "local m = models.catalog(42)\nreturn m");
    assertEquals("lua.runtime", e.code());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.message().contains("expects a catalog id such as 'codex-oauth/gpt-5.5', got a"
        + " number"), e.message());
  }

  @Test
  void customBuildsTheCatalogShape() {
    assertEquals(
        "{\"full\":{\"context_window\":8192,\"id\":\"m\",\"max_output_tokens\":1024,"
            + "\"provider\":\"local\"},\"minimal\":{\"context_window\":32768,"
            + "\"id\":\"my-finetune\",\"provider\":\"ollama\"}}",
        profile.json(
            MODELS
                + "return { minimal = models.custom { provider = 'ollama', id = 'my-finetune',"
                + " context_window = 32768 },\n"
                + "  full = models.custom { provider = 'local', id = 'm', context_window = 8192,"
                + " max_output_tokens = 1024 } }"));
  }

  @Test
  void customReturnsAFreshTable() {
    assertEquals(
        "{\"same\":false}",
        profile.json(
            MODELS
                + "local spec = { provider = 'p', id = 'i', context_window = 10 }\n"
                + "return { same = models.custom(spec) == spec }"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{ id = 'i', context_window = 10 }|provider is required",
        "{ provider = 'p', context_window = 10 }|id is required",
        "{ provider = 'p', id = 'i' }|context_window is required",
        "{ provider = 1, id = 'i', context_window = 10 }|provider must be a string",
        "{ provider = 'p', id = '', context_window = 10 }|id must not be empty",
        "{ provider = 'p', id = 'i', context_window = 1.5 }|must be an integer token count",
        "{ provider = 'p', id = 'i', context_window = '10' }|must be an integer token count",
        "{ provider = 'p', id = 'i', context_window = 0 }|context_window must be positive",
        "{ provider = 'p', id = 'i', context_window = 10, max_output_tokens = -1 }|"
            + "max_output_tokens must be positive",
        "{ provider = 'p', id = 'i', context_window = 10, ctx = 1 }|unknown field 'ctx'",
        "'p/i'|expects a table"
      })
  void customChecksItsFields(String caseText) {
    String[] parts = caseText.split("\\|");
    LuaError e =
        profile.error(MODELS + "\nlocal m = models.custom(" + parts[0] + ")\nreturn m");
    assertEquals("lua.runtime", e.code(), e::toString);
    assertEquals(Optional.of("main.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line(), e::toString);
    assertTrue(e.message().contains(parts[1]), e.message());
  }

  @Test
  void idsListTheCatalogDataSorted() {
    StringBuilder expected = new StringBuilder("[");
    for (String id : ModelCatalog.bundled().ids()) {
      if (expected.length() > 1) expected.append(',');
      expected.append('"').append(id).append('"');
    }
    expected.append(']');
    assertEquals(expected.toString(), profile.json(MODELS + "return models.ids()"));
  }

  @Test
  void idsAreAFreshList() {
    assertEquals(
        "true",
        profile.json(
            MODELS
                + "local a = models.ids()\n"
                + "local n = #a\n"
                + "table.insert(a, 'x/y'); a[1] = 'changed'\n"
                + "local b = models.ids()\n"
                + "return #b == n and b[1] ~= 'changed'"));
  }

  private static int suggestions(String message) {
    String offered = message.substring(message.indexOf("did you mean"));
    Matcher m = Pattern.compile("'[a-z0-9.-]+/[^']+'").matcher(offered);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
