package dev.insomnia.modules;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Modules in a directory on disk (canonical: symlinks resolved).
 *
 * <p>A lookup runs on every {@code require} of every evaluation, and each system call costs
 * about as much as hashing the module (docs/performance.md), so it asks the file system as
 * little as it can: the candidate file's own attributes ({@code lstat}) say whether it is a
 * plain file; a file reached through no symlink is its own canonical path, so {@code
 * realpath} (a {@code readlink} per component of the whole path) runs only when a link is on
 * the way; directories already seen to be no link are remembered; {@link File#isFile} asks
 * for {@code init.lua} without the exception {@link Files#isRegularFile} builds when it is
 * missing; and the file is read in one call.
 */
final class DirectoryRoot implements ModuleRoot {
  private final Path dir;

  /** Directories under the root found to be no symlink (a root serves one evaluation). */
  private final Set<Path> plainDirectories = ConcurrentHashMap.newKeySet();

  DirectoryRoot(Path dir) {
    this.dir = dir;
  }

  @Override
  public ModuleLookup module(String name, long maxBytes) {
    if (!ModuleNames.isValid(name) || ModuleNames.isReserved(name)) {
      return LocalLookups.invalidName(name);
    }
    String path = ModuleNames.path(name);
    Path file = dir.resolve(path + ".lua");
    Path init = dir.resolve(path + "/init.lua");
    Optional<BasicFileAttributes> fileItself = ownAttributes(file);
    boolean hasFile =
        fileItself.isPresent()
            && (fileItself.get().isRegularFile() // else a link, followed as the real path is
                || fileItself.get().isSymbolicLink() && file.toFile().isFile());
    boolean hasInit = init.toFile().isFile();
    if (hasFile && hasInit) return LocalLookups.ambiguous(name);
    if (!hasFile && !hasInit) return LocalLookups.notFound(name);
    Path chosen = hasFile ? file : init;
    Optional<BasicFileAttributes> chosenItself = hasFile ? fileItself : ownAttributes(init);
    Path real;
    BasicFileAttributes attributes;
    try {
      if (chosenItself.isPresent()
          && chosenItself.get().isRegularFile()
          && !hasLinkedDirectory(chosen)) {
        real = chosen; // the root is canonical and the name's segments are identifiers
        attributes = chosenItself.get();
      } else {
        real = chosen.toRealPath();
        attributes = Files.readAttributes(real, BasicFileAttributes.class);
      }
    } catch (IOException e) {
      return LocalLookups.notFound(name); // gone meanwhile
    }
    if (!real.startsWith(dir) || real.equals(dir)) return LocalLookups.escape(name);
    String relative = relative(real);
    byte[] source;
    try {
      source = readRegularFile(real, attributes, maxBytes);
    } catch (IOException e) {
      return LocalLookups.unreadable(name, relative, e);
    }
    return new ModuleLookup.Found(relative, source, Sha256.hex(source));
  }

  @Override
  public ModuleLookup.Found file(String relativePath, long maxBytes) throws IOException {
    byte[] source = readFile(dir.resolve(relativePath), maxBytes);
    return new ModuleLookup.Found(relativePath, source, Sha256.hex(source));
  }

  @Override
  public String display(String relativePath) {
    return dir.resolve(relativePath).toString();
  }

  /** The attributes of {@code file} itself (a symlink not followed); empty if it is missing. */
  private static Optional<BasicFileAttributes> ownAttributes(Path file) {
    try {
      return Optional.of(
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether a directory between the root and {@code file} (both excluded) is a symlink. */
  private boolean hasLinkedDirectory(Path file) {
    for (Path at = file.getParent(); at != null && !at.equals(dir); at = at.getParent()) {
      if (plainDirectories.contains(at)) continue;
      if (Files.isSymbolicLink(at)) return true;
      plainDirectories.add(at);
    }
    return false;
  }

  private String relative(Path real) {
    String relative = dir.relativize(real).toString();
    return real.getFileSystem().getSeparator().equals("/")
        ? relative
        : relative.replace(real.getFileSystem().getSeparator(), "/");
  }

  /**
   * Reads a regular file of at most {@code maxBytes}, refusing larger ones before reading. One
   * stat answers both "exists" and "regular file" when it succeeds; only when it fails is the
   * file asked again which of the two refusals applies, as {@link Files#exists} would.
   */
  private static byte[] readFile(Path file, long maxBytes) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows symlinks
    } catch (IOException e) {
      if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
      throw new IOException("it is not a regular file");
    }
    return readRegularFile(file, attributes, maxBytes);
  }

  /**
   * Reads {@code file}, whose {@code attributes} were just read, in one call: the array has
   * room for one byte more than the size they give, and a read that stops at that size has
   * met the end (a regular file's read is short only there), so the end needs no read of its
   * own. A file that grew meanwhile is read on, never past the bound plus one byte.
   */
  private static byte[] readRegularFile(Path file, BasicFileAttributes attributes, long maxBytes)
      throws IOException {
    if (!attributes.isRegularFile()) throw new IOException("it is not a regular file");
    long limit = Math.min(maxBytes, Integer.MAX_VALUE - 9); // the largest array there is, - 1
    if (attributes.size() > limit) throw tooLarge(limit);
    int size = (int) attributes.size();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = new byte[size + 1];
      int read = 0;
      do { // at least once: an empty file, or one whose size is not known (/proc), is read
        int n = in.read(bytes, read, bytes.length - read);
        if (n < 0) break;
        read += n;
      } while (read < size);
      if (read <= size) return Arrays.copyOf(bytes, read); // as stated, or shrank meanwhile
      // grew meanwhile: the rest, still within the bound
      byte[] rest = in.readNBytes((int) Math.max(0, limit - read + 1));
      long total = (long) read + rest.length;
      if (total > limit) throw tooLarge(limit);
      byte[] all = Arrays.copyOf(bytes, (int) total);
      System.arraycopy(rest, 0, all, read, rest.length);
      return all;
    }
  }

  private static IOException tooLarge(long maxBytes) {
    return new IOException("it is larger than the memory limit of " + maxBytes + " bytes");
  }
}
