package dev.insomnia.hostile;

import java.nio.file.Path;

/**
 * A symlink the runner creates in its copy of the corpus ({@code -- symlink: LINK -> TARGET}):
 * never committed, so the repository holds no link that points out of it.
 *
 * @param link the link's path, relative to the corpus directory
 * @param target where it points: {@code {outside}/...} is a directory beside the corpus copy,
 *     anything else is taken as written (relative to the link, or absolute)
 */
record Symlink(String link, String target) {
  static final String OUTSIDE = "{outside}";

  /** The target for a corpus copy whose outside directory is {@code outside}. */
  Path targetIn(Path outside) {
    if (target.equals(OUTSIDE)) return outside;
    if (target.startsWith(OUTSIDE + "/")) return outside.resolve(target.substring(OUTSIDE.length() + 1));
    return Path.of(target);
  }
}
