package dev.insomnia.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the launcher starts (docs/performance.md, "Cold start"): the engine loads on its own
 * thread while the command line is parsed, and the start-up flags give way to a user's own
 * choice of compilers.
 */
class LauncherStartupTest {
  @TempDir Path root;

  @Test
  void theEngineLoadsOnAnotherThreadThanTheCommandLine() throws Exception {
    Path log = root.resolve("class-load.log");
    Launcher launcher =
        new Launcher(root).env("INSOMNIA_JAVA_OPTS", "-Xlog:class+load:file=" + log + ":tid");
    Launcher.Result result = launcher.run("--profile", "default", "--dry-run", "--json");
    assertEquals(0, result.exit(), result::toString);
    List<String> lines = Files.readAllLines(log);
    String parser = threadLoading(lines, "picocli.CommandLine$Model$CommandSpec").orElseThrow();
    String engine = threadLoading(lines, "dev.insomnia.lua.Prelude").orElseThrow();
    assertNotEquals(parser, engine, "the prelude should be built off the main thread");
  }

  @Test
  void startUpSkipsWorkTheCommandNeverUses() throws Exception {
    Path log = root.resolve("class-load.log");
    Launcher launcher = new Launcher(root).env("INSOMNIA_JAVA_OPTS", "-Xlog:class+load:file=" + log);
    Launcher.Result result = launcher.run("--profile", "default", "--dry-run", "--json");
    assertEquals(0, result.exit(), result::toString);
    List<String> lines = Files.readAllLines(log);
    // picocli's converters for java.time and java.sql types (PicocliSettings)
    assertEquals(Optional.empty(), threadLoading(lines, "java.time.MonthDay"));
    assertEquals(Optional.empty(), threadLoading(lines, "java.sql.DriverManager"));
    // no lambda of the project's is spun or looked up at run time (build-tools/DesugarLambdas)
    List<String> spun = lines.stream()
        .filter(line -> line.contains("] dev.insomnia.") && line.contains("$$Lambda$")
            && line.contains("/0x"))
        .toList();
    assertEquals(List.of(), spun);
  }

  /**
   * The launcher's own JIT and collector flags give way to a user's: one compiler thread is
   * invalid with the optimising compiler, and two collectors stop the JVM.
   */
  @ParameterizedTest
  @ValueSource(strings = {"-XX:TieredStopAtLevel=4", "-XX:+UseSerialGC"})
  void aUsersOwnJvmChoiceStillStarts(String option) throws Exception {
    Launcher launcher = new Launcher(root).env("INSOMNIA_JAVA_OPTS", option);
    Launcher.Result result = launcher.run("--profile", "default", "--dry-run", "--json");
    assertEquals(0, result.exit(), result::toString);
    assertTrue(result.stdout().startsWith("{"), result::toString);
  }

  /** The thread id ({@code [1234]}) on the line that loaded {@code className}. */
  private static Optional<String> threadLoading(List<String> lines, String className) {
    return lines.stream()
        .filter(line -> line.contains("] " + className + " "))
        .map(line -> line.substring(0, line.indexOf(']') + 1))
        .findFirst();
  }
}
