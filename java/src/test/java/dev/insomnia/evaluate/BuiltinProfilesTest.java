package dev.insomnia.evaluate;

import static dev.insomnia.evaluate.Profiles.builtin;
import static dev.insomnia.evaluate.Profiles.evaluate;
import static dev.insomnia.evaluate.TestJson.at;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.modules.BuiltinPrompts;
import dev.insomnia.modules.LoadedModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** The bundled profiles evaluate in-process, with no external evaluator. */
class BuiltinProfilesTest {

  private static TomlParseResult index() throws IOException {
    try (InputStream in =
        BuiltinProfilesTest.class
            .getClassLoader()
            .getResourceAsStream("dev/insomnia/profiles/builtin/profiles.toml")) {
      TomlParseResult index = Toml.parse(new String(in.readAllBytes(), UTF_8));
      assertFalse(index.hasErrors(), index.errors()::toString);
      return index;
    }
  }

  @Test
  void indexDeclaresDefaultCoderAndReviewerAndNoHelpers() throws IOException {
    TomlParseResult index = index();
    assertEquals("default", index.getString("default"));
    TomlTable profiles = index.getTable("profile");
    assertEquals(Set.of("default", "coder", "reviewer"), profiles.keySet());
    for (String name : profiles.keySet()) {
      assertEquals(name + ".lua", profiles.getTable(name).getString("path"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "coder", "reviewer"})
  void everyIndexedProfileEvaluatesToItsOwnSlugAndDescription(String name) throws IOException {
    TomlTable entry = index().getTable("profile").getTable(name);
    EvaluatedProfile p = evaluate(builtin(name));
    Map<String, Object> json = TestJson.object(p.json());
    assertEquals(name, json.get("slug"));
    assertEquals(entry.getString("description"), json.get("description"));
    assertEquals("codex-oauth", at(json, "model.provider"));
    assertEquals("gpt-5.5", at(json, "model.id"));
    assertEquals(400000L, at(json, "model.context_window"));
    assertEquals(272000L, at(json, "compaction.trigger_tokens")); // 400000 - 128000
    assertTrue(at(json, "scope.intent") instanceof String);
    assertTrue(at(json, "worker.reasoning") instanceof String);
    @SuppressWarnings("unchecked")
    List<Object> instructions = (List<Object>) json.get("instructions");
    assertEquals(List.of("$insomnia/prompts/" + name + ".md"), instructions);
    assertTrue(BuiltinPrompts.read((String) instructions.get(0)).isPresent());
    assertEquals("", p.output());
  }

  @Test
  void coderMatchesTheSeedExample() {
    Map<String, Object> json = TestJson.object(evaluate(builtin("coder")).json());
    assertEquals("coder", json.get("slug"));
    assertEquals("high", at(json, "worker.reasoning"));
    assertEquals("workspace_write", at(json, "scope.intent"));
    assertEquals(List.of(".git"), at(json, "scope.protect"));
    assertEquals(List.of("fs.read", "fs.list", "fs.search", "fs.write", "fs.patch", "shell.run"),
        at(json, "worker.tools"));
  }

  @Test
  void reviewerIsReadOnly() {
    Map<String, Object> json = TestJson.object(evaluate(builtin("reviewer")).json());
    assertEquals("read_only", at(json, "scope.intent"));
    assertEquals("never", at(json, "permissions.approval"));
    assertEquals(List.of("fs.read", "fs.list", "fs.search"), at(json, "worker.tools"));
  }

  @Test
  void builtinProfilesUseTheSharedHelperAndHostModules() {
    EvaluatedProfile p = evaluate(builtin("default"));
    List<LoadedModule> modules = p.modules();
    assertEquals("default.lua", modules.get(0).chunkName());
    assertEquals("builtin/default.lua", modules.get(0).file());
    assertEquals(LoadedModule.Kind.MAIN, modules.get(0).kind());
    LoadedModule common =
        modules.stream().filter(m -> m.name().equals("lib.common")).findFirst().orElseThrow();
    assertEquals("builtin/lib/common.lua", common.file());
    assertEquals(LoadedModule.Kind.LOCAL, common.kind());
    assertTrue(
        modules.stream()
            .filter(m -> m.kind() == LoadedModule.Kind.HOST)
            .map(LoadedModule::name)
            .toList()
            .containsAll(List.of("insomnia.profile", "insomnia.models",
                "insomnia.models.catalog", "insomnia.scope", "insomnia.compact")));
  }
}
