package dev.insomnia.modules;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a profile's own modules live: the directory of its main file, or the builtin profiles
 * on the class path. {@code require("a.b")} finds {@code a/b.lua} or {@code a/b/init.lua}
 * there, never both, never outside.
 */
public sealed interface ModuleRoot permits DirectoryRoot, BuiltinRoot {

  /**
   * The directory {@code dir}, canonicalised: symlinks resolved, must exist. Every lookup
   * reads its file.
   */
  static ModuleRoot directory(Path dir) throws IOException {
    return directory(dir, SourceFileCache.disabled());
  }

  /** As {@link #directory(Path)}, taking files whose stamp is unchanged from {@code files}. */
  static ModuleRoot directory(Path dir, SourceFileCache files) throws IOException {
    return new DirectoryRoot(dir.toRealPath(), files);
  }

  /** The builtin profiles, {@code dev/insomnia/profiles/builtin/} on the class path. */
  static ModuleRoot builtin() {
    return BuiltinRoot.INSTANCE;
  }

  /**
   * The local module {@code name}. Refused: an invalid or reserved name ({@code
   * require.invalid-name}), no file ({@code require.not-found}), both files ({@code
   * require.ambiguous}), a file outside the root after symlinks ({@code require.escape}).
   *
   * @param maxBytes the largest source accepted (the evaluation's memory limit)
   */
  ModuleLookup module(String name, long maxBytes);

  /**
   * The file at {@code relativePath} ('/'-separated) under the root, such as the profile's
   * main file, with its digest.
   *
   * @throws IOException when it is missing, unreadable, not a regular file or larger than
   *     {@code maxBytes}
   */
  ModuleLookup.Found file(String relativePath, long maxBytes) throws IOException;

  /**
   * How a file under the root is named for users: an absolute path for a directory, {@code
   * builtin/lib/common.lua} for the builtin profiles.
   */
  String display(String relativePath);
}
