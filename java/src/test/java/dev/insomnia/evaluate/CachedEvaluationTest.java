package dev.insomnia.evaluate;

import static dev.insomnia.evaluate.Profiles.path;
import static dev.insomnia.evaluate.Profiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.lua.ChunkCache;
import dev.insomnia.lua.LuaEngine;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile evaluated again by the same evaluator loads its files' compiled chunks: the same
 * JSON, provenance and diagnostics as the first time, and a changed file is compiled anew.
 */
class CachedEvaluationTest {
  @TempDir Path tmp;

  private final ChunkCache cache = ChunkCache.create(64, 1 << 20);
  private final ProfileEvaluator evaluator =
      new ProfileEvaluator(LuaEngine.create().withChunkCache(cache));

  private Path profile() {
    write(tmp.resolve("lib/common.lua"), "return { slug = 'cached', reasoning = 'high' }\n");
    return write(
        tmp.resolve("p.lua"),
        "local common = require('lib.common')\n"
            + "return { slug = common.slug, description = 'from the cache',\n"
            + "  worker = { reasoning = common.reasoning } }\n");
  }

  @Test
  void aRepeatGivesTheSameJsonAndProvenanceFromTheCache() throws Exception {
    ProfileSource source = path(profile());
    EvaluatedProfile first = evaluator.evaluate(source);
    EvaluatedProfile second = evaluator.evaluate(source);
    assertEquals(2, cache.stats().hits()); // the main file and lib/common.lua
    assertArrayEquals(first.json(), second.json());
    assertEquals(first.modules(), second.modules());
    assertEquals(first.sourceSha256(), second.sourceSha256());
    assertEquals(first.output(), second.output());
  }

  @Test
  void aChangedModuleIsCompiledAgain() throws Exception {
    ProfileSource source = path(profile());
    EvaluatedProfile first = evaluator.evaluate(source);
    write(tmp.resolve("lib/common.lua"), "return { slug = 'changed', reasoning = 'low' }\n");
    EvaluatedProfile second = evaluator.evaluate(source);
    assertEquals(1, cache.stats().hits()); // only the main file is unchanged
    assertNotEquals(first.sourceSha256(), second.sourceSha256());
    assertEquals("changed", new String(second.json(), java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll(".*\"slug\":\"([a-z]+)\".*", "$1"));
  }

  @Test
  void errorsPointAtTheSameFileAndLineFromTheCache() throws Exception {
    write(tmp.resolve("lib/broken.lua"),
        "local M = {}\nfunction M.field()\n  return nil .. 'x'\nend\nreturn M\n");
    Path main = write(tmp.resolve("e.lua"),
        "local broken = require('lib.broken')\nreturn { slug = broken.field() }\n");
    Diagnostic first = failure(path(main));
    Diagnostic second = failure(path(main));
    assertEquals(2, cache.stats().hits());
    assertEquals(first, second);
    assertEquals(OptionalInt.of(3), second.line());
  }

  @Test
  void syntaxErrorsAreNotCachedAndReportedAlike() throws Exception {
    write(tmp.resolve("lib/bad.lua"), "return {\n  x = ,\n}\n");
    Path main = write(tmp.resolve("s.lua"), "return require('lib.bad')\n");
    Diagnostic first = failure(path(main));
    Diagnostic second = failure(path(main));
    assertEquals(first, second);
    assertEquals(OptionalInt.of(2), second.line());
    assertEquals(1, cache.stats().entries()); // s.lua only
  }

  private Diagnostic failure(ProfileSource source) {
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> evaluator.evaluate(source));
    return e.diagnostics().get(0);
  }
}
