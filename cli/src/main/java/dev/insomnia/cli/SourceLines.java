package dev.insomnia.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the text of a line in a file named by a diagnostic, to show under {@code -->}. */
interface SourceLines {
  Optional<String> line(String file, int line);

  /** Lines of files on disk; nothing for anything else (builtin profiles, unreadable files). */
  static SourceLines fromDisk() {
    return (file, line) -> {
      Path path = Path.of(file);
      if (line < 1 || !path.isAbsolute() || !Files.isRegularFile(path)) return Optional.empty();
      try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String text = null;
        for (int i = 0; i < line; i++) {
          text = in.readLine();
          if (text == null) return Optional.empty();
        }
        return Optional.of(text.length() > 200 ? text.substring(0, 200) + "…" : text);
      } catch (IOException | RuntimeException e) {
        return Optional.empty(); // showing the line is a courtesy; the diagnostic stands alone
      }
    };
  }

  static SourceLines none() {
    return (file, line) -> Optional.empty();
  }
}
