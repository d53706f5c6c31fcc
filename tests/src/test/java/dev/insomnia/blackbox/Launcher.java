package dev.insomnia.blackbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built launcher, {@code cli/target/bin/insomnia-pod}, as a user would: a subprocess
 * with its own config dir, data dir and workspace (temporary directories), no terminal, and a
 * time limit. Each test gets a fresh one.
 */
final class Launcher {
  static final Path BINARY =
      Path.of(System.getProperty("insomnia.launcher", "../cli/target/bin/insomnia-pod"))
          .toAbsolutePath()
          .normalize();

  final Path root;
  final Path config;
  final Path data;
  final Path workspace;
  private final Map<String, String> extraEnv = new HashMap<>();

  Launcher(Path root) throws IOException {
    assertTrue(Files.isExecutable(BINARY), "build the launcher first: " + BINARY);
    this.root = root;
    this.config = Files.createDirectories(root.resolve("config"));
    this.data = root.resolve("data");
    this.workspace = Files.createDirectories(root.resolve("workspace"));
  }

  Launcher env(String name, String value) {
    extraEnv.put(name, value);
    return this;
  }

  /** The outcome of one run. */
  record Result(int exit, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  Result run(String... args) throws IOException, InterruptedException {
    return runIn(workspace, args);
  }

  Result runIn(Path directory, String... args) throws IOException, InterruptedException {
    Process process = start(directory, args);
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("insomnia-pod did not finish in 60 s");
    }
    return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
  }

  /** Starts a run without waiting (for tests that kill it). */
  Process start(Path directory, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(BINARY.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("INSOMNIA_") || k.startsWith("XDG_"));
    env.put("INSOMNIA_CONFIG_DIR", config.toString());
    env.put("INSOMNIA_DATA_DIR", data.toString());
    env.put("HOME", root.resolve("home").toString());
    env.put("NO_COLOR", "1");
    env.putAll(extraEnv);
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    return builder.start();
  }

  /** Whether {@code locale -a} lists {@code name} (as glibc spells it, e.g. de_DE.utf8). */
  static boolean localeInstalled(String name) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
    String names = new String(process.getInputStream().readAllBytes(), UTF_8);
    return process.waitFor() == 0 && names.lines().anyMatch(name::equalsIgnoreCase);
  }

  Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }
}
