package dev.insomnia.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What one {@code stat} says about a file: its type and size, and, on a Unix file system, the
 * {@link Stamp} that tells a later {@code stat} whether it is still the same file with the
 * same bytes.
 *
 * @param regular a regular file (a symlink itself, when asked without following links, is not)
 * @param link a symbolic link (only when asked without following links)
 * @param size its size in bytes, as the file system states it
 * @param stamp its identity and change times; empty where the file system has no {@code unix}
 *     attribute view
 */
record FileFacts(boolean regular, boolean link, long size, Optional<Stamp> stamp) {

  /** The {@code unix} view's attributes, all from the one {@code stat} of a read. */
  private static final String UNIX_ATTRIBUTES =
      "unix:isRegularFile,isSymbolicLink,size,lastModifiedTime,ctime,ino,dev";

  /**
   * A file's identity (device and inode) and the times the kernel sets on every change: its
   * contents and modification time ({@code mtime}, which users may set back) and its status
   * ({@code ctime}, which only the kernel sets, to the current time, on every write, rename,
   * {@code chmod} or {@code utime}). Two stamps equal (same inode, size and times to the
   * nanosecond) mean no write happened in between, unless the earlier one was taken within a
   * clock tick of a write: {@link SourceFileCache} keeps only stamps older than that.
   */
  record Stamp(long device, long inode, long size, long modifiedNanos, long changedNanos) {}

  /**
   * The facts of {@code file}; empty if it does not exist (or cannot be asked).
   *
   * @param options {@link LinkOption#NOFOLLOW_LINKS} for the link itself
   */
  static Optional<FileFacts> of(Path file, LinkOption... options) {
    try {
      return Optional.of(unix(Files.readAttributes(file, UNIX_ATTRIBUTES, options)));
    } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
      return basic(file, options);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static FileFacts unix(Map<String, Object> a) {
    long size = (Long) a.get("size");
    Stamp stamp =
        new Stamp(
            (Long) a.get("dev"),
            (Long) a.get("ino"),
            size,
            nanos((FileTime) a.get("lastModifiedTime")),
            nanos((FileTime) a.get("ctime")));
    return new FileFacts(
        (Boolean) a.get("isRegularFile"), (Boolean) a.get("isSymbolicLink"), size,
        Optional.of(stamp));
  }

  private static Optional<FileFacts> basic(Path file, LinkOption... options) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, options);
      return Optional.of(
          new FileFacts(a.isRegularFile(), a.isSymbolicLink(), a.size(), Optional.empty()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }
}
