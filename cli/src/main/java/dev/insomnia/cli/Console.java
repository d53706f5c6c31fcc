package dev.insomnia.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the command line sees of the world: environment, home and working
 * directories, the two output streams, and whether stderr is a person's terminal. Tests pass
 * their own; {@link #system()} is the real one.
 */
record Console(
    Map<String, String> env, Path home, Path workingDirectory, PrintWriter out, PrintWriter err,
    boolean interactive) {

  static Console system() {
    return new Console(
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        Path.of("").toAbsolutePath(),
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.console() != null);
  }

  Style style() {
    return Style.detect(env, interactive);
  }
}
