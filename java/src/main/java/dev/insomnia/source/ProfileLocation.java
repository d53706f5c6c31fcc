package dev.insomnia.source;

import java.nio.file.Path;

/** Where a profile's main file lives: on disk, or bundled with the builtin profiles. */
public sealed interface ProfileLocation {

  /** How the location is shown to users and recorded in provenance. */
  String display();

  /** A file on disk (absolute, normalised; symlinks not yet resolved). */
  record File(Path file) implements ProfileLocation {
    public File {
      file = file.toAbsolutePath().normalize();
    }

    @Override
    public String display() {
      return file.toString();
    }
  }

  /**
   * A builtin profile bundled on the class path: {@code name} is its path relative to the
   * builtin profile root, e.g. {@code default.lua}.
   */
  record Builtin(String name) implements ProfileLocation {
    @Override
    public String display() {
      return "builtin/" + name;
    }
  }
}
