package dev.insomnia.discovery;

import dev.insomnia.source.Origin;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One registry: its source, its name in diagnostics, and the directory its relative paths
 * resolve against (none for the builtin index, whose paths are relative to the builtin root).
 */
record RegistryFile(Origin source, String displayName, Optional<Path> directory) {

  static final String BUILTIN_DISPLAY_NAME = "builtin/profiles.toml";

  static RegistryFile builtin() {
    return new RegistryFile(Origin.BUILTIN, BUILTIN_DISPLAY_NAME, Optional.empty());
  }

  static RegistryFile onDisk(Origin source, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return new RegistryFile(source, absolute.toString(), Optional.ofNullable(absolute.getParent()));
  }

  RegistryPosition at(int line, int column) {
    return new RegistryPosition(displayName, line, column);
  }
}
