package dev.insomnia.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 while a pod is being created leaves either no pod or a complete one. The store's
 * test hook ({@code -Dinsomnia.store.pause=STAGE:MILLIS}) holds the process at a stage long
 * enough to kill it there.
 */
class KillDuringCreateTest {
  @TempDir Path root;

  @ParameterizedTest
  @ValueSource(strings = {"before-write", "before-rename", "after-rename"})
  void killAtEveryStage(String stage) throws Exception {
    Launcher l = new Launcher(root).env("INSOMNIA_JAVA_OPTS", "-Dinsomnia.store.pause=" + stage + ":30000");
    Process p = l.start(l.workspace, "--profile", "coder", "--profile-pod-name", "victim");
    Path pods = l.data.resolve("pods");
    long deadline = System.currentTimeMillis() + 30_000;
    while (!reached(stage, pods) && System.currentTimeMillis() < deadline) Thread.sleep(20);
    assertTrue(reached(stage, pods), "never reached " + stage);
    Thread.sleep(100); // inside the pause now
    p.destroyForcibly().waitFor(); // SIGKILL
    Launcher after = new Launcher(root);
    Launcher.Result restore = after.run("--pod", "victim", "--json");
    if (stage.equals("after-rename")) {
      assertEquals(0, restore.exit(), restore::toString); // complete and valid
    } else {
      assertEquals(3, restore.exit(), restore::toString);
      assertTrue(restore.stderr().contains("\"code\":\"pod.not-found\""), restore::toString);
      assertFalse(Files.exists(pods.resolve("victim")));
      assertEquals(0, after.run("--profile", "coder", "--profile-pod-name", "victim").exit());
    }
  }

  /** Whether the create has got as far as the stage's pause. */
  private static boolean reached(String stage, Path pods) throws Exception {
    if (!Files.isDirectory(pods)) return false;
    if (stage.equals("after-rename")) return Files.exists(pods.resolve("victim/pod.json"));
    try (Stream<Path> entries = Files.list(pods)) {
      return entries.anyMatch(e -> e.getFileName().toString().startsWith(".tmp-victim-")
          && (stage.equals("before-write") || Files.exists(e.resolve("pod.json"))));
    }
  }
}
