package dev.insomnia.hostile;

import java.util.Locale;
import java.util.Optional;

/** What a hostile case attacks, named by its file's prefix ({@code cpu_endless_loop.lua}). */
enum Category {
  SANDBOX,
  CPU,
  MEMORY,
  ERRORS,
  REQUIRE,
  RETURN;

  /** The file-name prefix, e.g. {@code sandbox}. */
  String prefix() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category a case file name starts with ({@code prefix_...}). */
  static Optional<Category> of(String fileName) {
    for (Category c : values()) {
      if (fileName.startsWith(c.prefix() + "_")) return Optional.of(c);
    }
    return Optional.empty();
  }
}
