package dev.insomnia.evaluate;

import static dev.insomnia.evaluate.Profiles.path;
import static dev.insomnia.evaluate.Profiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.insomnia.lua.LuaEngine;
import dev.insomnia.modules.SourceFileCache;
import dev.insomnia.source.ProfileSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evaluator with a {@link SourceFileCache} does not read unchanged files again, gives the
 * same JSON and provenance as when it read them, and sees a module rewritten in place even
 * when its size and modification time are as they were.
 */
class UnchangedFilesEvaluationTest {
  @TempDir Path tmp;

  private final SourceFileCache files = SourceFileCache.create(64, 1 << 20, 0);
  private final ProfileEvaluator evaluator = new ProfileEvaluator(LuaEngine.create(), files);

  @Test
  void unchangedFilesAreNotReadAgainAndAnEditIsSeen() throws Exception {
    Path common = write(tmp.resolve("lib/common.lua"), "return { slug = 'first' }\n");
    ProfileSource source =
        path(write(tmp.resolve("p.lua"),
            "return { slug = require('lib.common').slug, description = 'd' }\n"));
    Thread.sleep(50); // the stamps cached lie clock ticks before the edit below
    EvaluatedProfile first = evaluator.evaluate(source);
    EvaluatedProfile second = evaluator.evaluate(source);
    assertEquals(new SourceFileCache.Stats(2, 2, 2, files.stats().bytes()), files.stats());
    assertArrayEquals(first.json(), second.json());
    assertEquals(first.modules(), second.modules());
    assertEquals(first.sourceSha256(), second.sourceSha256());

    FileTime modified = Files.getLastModifiedTime(common);
    Files.writeString(common, "return { slug = 'other' }\n"); // the same size
    Files.setLastModifiedTime(common, modified);
    EvaluatedProfile edited = evaluator.evaluate(source);
    assertEquals(3, files.stats().hits()); // the main file only
    assertNotEquals(first.sourceSha256(), edited.sourceSha256());
    assertEquals("other", slug(edited));
  }

  private static String slug(EvaluatedProfile evaluated) {
    return new String(evaluated.json(), StandardCharsets.UTF_8)
        .replaceAll(".*\"slug\":\"([a-z]+)\".*", "$1");
  }
}
