package dev.insomnia.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Modules in a directory on disk (canonical: symlinks resolved). */
record DirectoryRoot(Path dir) implements ModuleRoot {

  @Override
  public ModuleLookup module(String name, long maxBytes) {
    if (!ModuleNames.isValid(name) || ModuleNames.isReserved(name)) {
      return LocalLookups.invalidName(name);
    }
    Path base = dir;
    for (String segment : name.split("\\.", -1)) base = base.resolve(segment);
    Path file = base.resolveSibling(base.getFileName() + ".lua");
    Path init = base.resolve("init.lua");
    boolean hasFile = Files.isRegularFile(file); // follows symlinks
    boolean hasInit = Files.isRegularFile(init);
    if (hasFile && hasInit) return LocalLookups.ambiguous(name);
    if (!hasFile && !hasInit) return LocalLookups.notFound(name);
    Path real;
    try {
      real = (hasFile ? file : init).toRealPath();
    } catch (IOException e) {
      return LocalLookups.notFound(name);
    }
    if (!real.startsWith(dir) || real.equals(dir)) return LocalLookups.escape(name);
    String relative = relative(real);
    byte[] source;
    try {
      source = readFile(real, maxBytes);
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
    if (!attributes.isRegularFile()) throw new IOException("it is not a regular file");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new IOException("it is larger than the memory limit of " + maxBytes + " bytes");
      }
      return bytes;
    }
  }
}
