package dev.insomnia.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.evaluate.EvaluatedProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native reference of tests/bench/native-large.sh measures the same work as the library:
 * the smoke binary, given the host modules' sources and the catalog module {@link
 * NativeHostModules} writes, returns the same JSON for a generated profile as the evaluator.
 */
class NativeReferenceTest {
  private static final Path SMOKE = Path.of("../native/target/cmake/insomnia-lua-smoke");
  private static final Path HOST_SOURCES =
      Path.of("../profiles/src/main/resources/dev/insomnia/profiles/host");

  @TempDir Path dir;

  @Test
  void theSmokeBinaryReturnsWhatTheEvaluatorReturns() throws Exception {
    Path host = dir.resolve("host");
    copyTree(HOST_SOURCES, host);
    Path catalog = NativeHostModules.writeCatalog(host);
    assertEquals(host.resolve("insomnia/models/catalog.lua"), catalog);
    Path main = new LargeProfile(500, 5).write(dir.resolve("profile"));

    Process smoke =
        new ProcessBuilder(SMOKE.toString(), "--host-modules", host.toString(), main.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] out = smoke.getInputStream().readAllBytes();
    assertTrue(smoke.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, smoke.exitValue());

    EvaluatedProfile evaluated = ProfilePipeline.create().evaluate(ProfilePipeline.file(main));
    assertEquals(evaluated.jsonText() + "\n", new String(out, StandardCharsets.UTF_8));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
