package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.lua.LuaChunk;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog data: parsed from TOML, rendered as Lua. */
class ModelCatalogTest {

  @Test
  void bundledCatalogHasTheSeedsModelAndMore() {
    ModelCatalog catalog = ModelCatalog.bundled();
    assertTrue(catalog.ids().size() >= 8, catalog.ids()::toString);
    ModelCatalog.Entry codex = catalog.find("codex-oauth/gpt-5.5").orElseThrow();
    assertEquals(400000, codex.contextWindow());
    assertEquals(OptionalLong.of(128000), codex.maxOutputTokens());
    for (String provider : new String[] {"anthropic/", "openai/", "google/", "ollama/"}) {
      assertTrue(catalog.ids().stream().anyMatch(id -> id.startsWith(provider)), provider);
    }
  }

  @Test
  void docsListEveryCatalogModel() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "profiles.md"));
    ModelCatalog catalog = ModelCatalog.bundled();
    for (String id : catalog.ids()) {
      ModelCatalog.Entry e = catalog.find(id).orElseThrow();
      String row = "| `" + id + "` | " + e.contextWindow() + " | "
          + (e.maxOutputTokens().isPresent() ? e.maxOutputTokens().getAsLong() + " |" : "|");
      assertTrue(docs.contains(row), "docs/profiles.md lacks the row " + row);
    }
  }

  @Test
  void addingAModelIsADataEdit() {
    ModelCatalog catalog =
        ModelCatalog.parse(
            "[[model]]\nprovider = \"acme\"\nid = \"brain-1\"\ncontext_window = 1000\n\n"
                + "[[model]]\nprovider = \"acme\"\nid = \"brain-0\"\ncontext_window = 500\n"
                + "max_output_tokens = 100\n",
            "test.toml");
    assertEquals(java.util.List.of("acme/brain-0", "acme/brain-1"), catalog.ids());
    assertEquals(
        "{\"ids\":[\"acme/brain-0\",\"acme/brain-1\"],\"models\":{\"acme/brain-0\":"
            + "{\"context_window\":500,\"id\":\"brain-0\",\"max_output_tokens\":100,"
            + "\"provider\":\"acme\"},\"acme/brain-1\":{\"context_window\":1000,"
            + "\"id\":\"brain-1\",\"provider\":\"acme\"}}}",
        LocalProfile.json(
            LocalProfile.ENGINE.evaluate(LuaChunk.of("@catalog.lua", catalog.luaSource()))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[[model]]\nprovider = \"a\"\nid = \"b\"\n",
        "[[model]]\nprovider = \"a\"\nid = \"b\"\ncontext_window = 0\n",
        "[[model]]\nprovider = \"a\"\nid = \"b\"\ncontext_window = 1.5\n",
        "[[model]]\nprovider = \"a\"\nid = \"b\"\ncontext_window = \"10\"\n",
        "[[model]]\nprovider = \"A\"\nid = \"b\"\ncontext_window = 10\n",
        "[[model]]\nprovider = \"a\"\nid = \"\"\ncontext_window = 10\n",
        "[[model]]\nprovider = \"a\"\nid = \"b\"\ncontext_window = 10\ncolour = \"red\"\n",
        "[[model]]\nprovider = \"a\"\nid = \"b\"\ncontext_window = 10\n"
            + "[[model]]\nprovider = \"a\"\nid = \"b\"\ncontext_window = 20\n",
        "models = 1\n",
        "[[model]\n",
        ""
      })
  void malformedCatalogsFailLoudly(String toml) {
    assertThrows(IllegalStateException.class, () -> ModelCatalog.parse(toml, "test.toml"));
  }

  @Test
  void stringsAreEscapedForLua() {
    String tricky = "a\"b\\c\nd]]e\u00e9\u0000f";
    assertEquals("\"a\\034b\\092c\\010d]]e\\195\\169\\000f\"", ModelCatalog.luaString(tricky));
    ModelCatalog catalog =
        ModelCatalog.parse(
            "[[model]]\nprovider = \"x\"\nid = \"q\\\"uote\\\\back]]\\u00e9\"\ncontext_window = 1\n",
            "test.toml");
    String id = "x/q\\\"uote\\\\back]]\u00e9";
    assertEquals(
        "{\"ids\":[\"" + id + "\"],\"models\":{\"" + id + "\":{\"context_window\":1,"
            + "\"id\":\"q\\\"uote\\\\back]]\u00e9\",\"provider\":\"x\"}}}",
        LocalProfile.json(
            LocalProfile.ENGINE.evaluate(LuaChunk.of("@catalog.lua", catalog.luaSource()))));
  }
}
