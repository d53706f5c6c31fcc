package dev.insomnia.modules;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * missing; and the file is read in one call, or not at all when the {@link SourceFileCache}
 * holds it with the stamp the {@code lstat} just gave.
 */
final class DirectoryRoot implements ModuleRoot {
  private final Path dir;
  private final SourceFileCache files;

  /** Directories under the root found to be no symlink (a root serves one evaluation). */
  private final Set<Path> plainDirectories = ConcurrentHashMap.newKeySet();

  DirectoryRoot(Path dir, SourceFileCache files) {
    this.dir = dir;
    this.files = files;
  }

  @Override
  public ModuleLookup module(String name, long maxBytes) {
    if (!ModuleNames.isValid(name) || ModuleNames.isReserved(name)) {
      return LocalLookups.invalidName(name);
    }
    String path = ModuleNames.path(name);
    Path file = dir.resolve(path + ".lua");
    Path init = dir.resolve(path + "/init.lua");
    long askedAt = System.currentTimeMillis(); // before the stat: see SourceFileCache
    Optional<FileFacts> fileItself = FileFacts.of(file, LinkOption.NOFOLLOW_LINKS);
    boolean hasFile =
        fileItself.isPresent()
            && (fileItself.get().regular() // else a link, followed as the real path is
                || fileItself.get().link() && file.toFile().isFile());
    boolean hasInit = init.toFile().isFile();
    if (hasFile && hasInit) return LocalLookups.ambiguous(name);
    if (!hasFile && !hasInit) return LocalLookups.notFound(name);
    Path chosen = hasFile ? file : init;
    Optional<FileFacts> chosenItself =
        hasFile ? fileItself : FileFacts.of(init, LinkOption.NOFOLLOW_LINKS);
    Path real;
    Optional<FileFacts> facts;
    if (chosenItself.isPresent() && chosenItself.get().regular() && !hasLinkedDirectory(chosen)) {
      real = chosen; // the root is canonical and the name's segments are identifiers
      facts = chosenItself;
    } else {
      try {
        real = chosen.toRealPath();
      } catch (IOException e) {
        return LocalLookups.notFound(name); // gone meanwhile
      }
      facts = FileFacts.of(real);
    }
    if (facts.isEmpty()) return LocalLookups.notFound(name); // gone meanwhile
    if (!real.startsWith(dir) || real.equals(dir)) return LocalLookups.escape(name);
    String relative = relative(real);
    try {
      return found(relative, real, facts.get(), askedAt, maxBytes);
    } catch (IOException e) {
      return LocalLookups.unreadable(name, relative, e);
    }
  }

  @Override
  public ModuleLookup.Found file(String relativePath, long maxBytes) throws IOException {
    Path file = dir.resolve(relativePath);
    long askedAt = System.currentTimeMillis();
    Optional<FileFacts> facts = FileFacts.of(file); // follows symlinks
    if (facts.isEmpty()) {
      if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
      throw new IOException("it is not a regular file");
    }
    return found(relativePath, file, facts.get(), askedAt, maxBytes);
  }

  /**
   * The file at {@code real}, of which {@code facts} were just asked: from the cache if it was
   * read with the same stamp before, else read and hashed (and offered to the cache).
   */
  private ModuleLookup.Found found(
      String relative, Path real, FileFacts facts, long askedAt, long maxBytes)
      throws IOException {
    if (!facts.regular()) throw new IOException("it is not a regular file");
    long limit = Math.min(maxBytes, Integer.MAX_VALUE - 9); // the largest array there is, - 1
    if (facts.size() > limit) throw tooLarge(limit);
    Optional<SourceFileCache.Source> cached = files.find(real, facts.stamp());
    if (cached.isPresent()) {
      return new ModuleLookup.Found(relative, cached.get().bytes(), cached.get().sha256());
    }
    byte[] source = readRegularFile(real, facts.size(), limit);
    String sha256 = Sha256.hex(source);
    files.store(real, facts.stamp(), askedAt, new SourceFileCache.Source(source, sha256));
    return new ModuleLookup.Found(relative, source, sha256);
  }

  @Override
  public String display(String relativePath) {
    return dir.resolve(relativePath).toString();
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
   * Reads {@code file}, stated to hold {@code size} bytes (at most {@code limit}), in one call:
   * the array has room for one byte more than that, and a read that stops at that size has
   * met the end (a regular file's read is short only there), so the end needs no read of its
   * own. A file that grew meanwhile is read on, never past the limit plus one byte.
   */
  private static byte[] readRegularFile(Path file, long statedSize, long limit)
      throws IOException {
    int size = (int) statedSize;
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
