package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.ProfileSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A temporary home, config dir, working directory and workspace, with helpers to write
 * registries and profiles into them, and a builtin index made from fixture text.
 */
final class Fixture {
  /** The builtin fixture: default, coder and reviewer (with a description). */
  static final String BUILTIN_INDEX =
      "default = \"default\"\n"
          + "[profile]\n"
          + "default = \"default.lua\"\n"
          + "coder = \"coder.lua\"\n"
          + "[profile.reviewer]\n"
          + "path = \"reviewers/reviewer.lua\"\n"
          + "description = \"Builtin reviewer\"\n";

  static final Set<String> BUNDLED = Set.of("default.lua", "coder.lua", "reviewers/reviewer.lua");

  final Path home;
  final Path configDir;
  final Path workingDirectory;
  Path workspace;
  BuiltinIndex builtins = BuiltinIndex.of(BUILTIN_INDEX, BUNDLED::contains);

  Fixture(Path temporary) {
    home = directory(temporary.resolve("home"));
    configDir = temporary.resolve("config");
    workingDirectory = directory(temporary.resolve("work"));
    workspace = directory(workingDirectory.resolve("project"));
  }

  Places places() {
    return new Places(
        workingDirectory,
        workspace,
        home,
        Map.of(Places.CONFIG_DIR_VARIABLE, configDir.toString()));
  }

  /** Writes the user registry ({@code <config_dir>/profiles.toml}). */
  Path userRegistry(String toml) {
    return write(configDir.resolve("profiles.toml"), toml);
  }

  /** Writes the project registry at the workspace's {@code .insomnia/profiles.toml}. */
  Path projectRegistry(String toml) {
    return write(workspace.resolve(".insomnia/profiles.toml"), toml);
  }

  /** Writes a profile file with trivial content (discovery never reads it). */
  Path profile(Path file) {
    return write(file, "return {}\n");
  }

  Discovery discover() throws DiagnosticException {
    return ProfileDiscovery.discover(places(), builtins);
  }

  ProfileSource select(String selector) throws DiagnosticException {
    return ProfileDiscovery.select(places(), selector, () -> builtins);
  }

  List<Diagnostic> discoveryFails() {
    return assertThrows(DiagnosticException.class, this::discover).diagnostics();
  }

  List<Diagnostic> selectionFails(String selector) {
    return assertThrows(DiagnosticException.class, () -> select(selector)).diagnostics();
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
