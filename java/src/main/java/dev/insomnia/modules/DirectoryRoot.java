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

/**
 * Modules in a directory on disk (canonical: symlinks resolved).
 *
 * <p>A lookup runs on every {@code require} of every evaluation, so it asks the file system
 * as little as it can: {@link File#isFile} answers "is there a file" without the exception
 * {@link Files#isRegularFile} builds for every missing one (each module's other candidate),
 * and a file reached through no symlink is its own canonical path, so {@code realpath} (a
 * {@code readlink} per component of the whole path) runs only when a symlink is on the way.
 */
record DirectoryRoot(Path dir) implements ModuleRoot {

  @Override
  public ModuleLookup module(String name, long maxBytes) {
    if (!ModuleNames.isValid(name) || ModuleNames.isReserved(name)) {
      return LocalLookups.invalidName(name);
    }
    String path = ModuleNames.path(name);
    Path file = dir.resolve(path + ".lua");
    Path init = dir.resolve(path + "/init.lua");
    boolean hasFile = file.toFile().isFile(); // follows symlinks, as the real path will
    boolean hasInit = init.toFile().isFile();
    if (hasFile && hasInit) return LocalLookups.ambiguous(name);
    if (!hasFile && !hasInit) return LocalLookups.notFound(name);
    Path chosen = hasFile ? file : init;
    Path real;
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(chosen, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isRegularFile() && !hasLinkedDirectory(chosen)) {
        real = chosen; // the root is canonical and the name's segments are identifiers
      } else {
        real = chosen.toRealPath();
        attributes = Files.readAttributes(real, BasicFileAttributes.class);
      }
    } catch (IOException e) {
      return LocalLookups.notFound(name); // gone since isFile
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

  /** Whether a directory between the root and {@code file} (both excluded) is a symlink. */
  private boolean hasLinkedDirectory(Path file) {
    for (Path at = file.getParent(); at != null && !at.equals(dir); at = at.getParent()) {
      if (Files.isSymbolicLink(at)) return true;
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
   * Reads {@code file}, whose {@code attributes} were just read, into an array of the size
   * they give, then reads one byte more to see the end (the file may have changed since):
   * two reads in all, never more than the bound plus one byte.
   */
  private static byte[] readRegularFile(Path file, BasicFileAttributes attributes, long maxBytes)
      throws IOException {
    if (!attributes.isRegularFile()) throw new IOException("it is not a regular file");
    long limit = Math.min(maxBytes, Integer.MAX_VALUE - 8); // the largest array there is
    if (attributes.size() > limit) throw tooLarge(limit);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = new byte[(int) attributes.size()];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read < bytes.length) return Arrays.copyOf(bytes, read); // shrank meanwhile
      int next = in.read();
      if (next < 0) return bytes;
      // grew meanwhile: the rest, still within the bound
      byte[] rest = in.readNBytes((int) Math.max(0, limit - read)); // limit - (read + 1) + 1
      long total = read + 1L + rest.length;
      if (total > limit) throw tooLarge(limit);
      byte[] all = Arrays.copyOf(bytes, (int) total);
      all[read] = (byte) next;
      System.arraycopy(rest, 0, all, read + 1, rest.length);
      return all;
    }
  }

  private static IOException tooLarge(long maxBytes) {
    return new IOException("it is larger than the memory limit of " + maxBytes + " bytes");
  }
}
