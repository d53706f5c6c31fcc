package dev.insomnia.soak;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The short soak of the default build: {@link Soak} with 5,000 evaluations on 8 threads, in a
 * JVM of its own (a fixed, pre-touched heap and Native Memory Tracking, as tests/bench/soak.sh
 * runs it; and no other test's descriptors or threads to count). It judges counts and growth,
 * never durations, so a slow or busy machine only makes it take longer. The full
 * 100,000-evaluation run and its figures are in docs/security.md.
 */
class SoakTest {
  /** A guard against hangs, not a performance bound: it takes about a minute on 2 cores. */
  private static final long HANG_GUARD_MINUTES = 15;

  @Test
  void fiveThousandEvaluationsOnEightThreadsLeaveNothingBehind() throws Exception {
    Path output = Files.createTempFile("soak", ".txt");
    try {
      Process process = new ProcessBuilder(command()).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the soak did not end within " + HANG_GUARD_MINUTES
            + " minutes:\n" + Files.readString(output, UTF_8));
      }
      String report = Files.readString(output, UTF_8);
      System.out.print(report); // the figures, in the test's output
      assertEquals(0, process.exitValue(), report);
      assertTrue(report.contains("SOAK PASS"), report);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static List<String> command() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return List.of(
        java.toString(),
        "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch", "-XX:NativeMemoryTracking=summary",
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        Soak.class.getName(),
        "--evals", "5000",
        "--threads", "8",
        "--corpus", "hostile",
        // over a short run each thread's malloc arena is still growing to the most it will
        // hold, so RSS is only a gross guard here; the C heap outside the JVM (exact, 2 MiB
        // bound) and the counts are what catch a leak
        "--rss-bound-mib", "64");
  }
}
