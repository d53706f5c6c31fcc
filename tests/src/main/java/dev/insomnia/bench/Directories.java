package dev.insomnia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary directories benchmarks generate their inputs in. */
final class Directories {
  private Directories() {}

  static Path temporary(String prefix) throws IOException {
    return Files.createTempDirectory("insomnia-bench-" + prefix + "-");
  }

  /** Deletes {@code root} and everything under it (children before parents). */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
