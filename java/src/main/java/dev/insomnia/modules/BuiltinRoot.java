package dev.insomnia.modules;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The builtin profiles and their modules, {@code dev/insomnia/profiles/builtin/} on the class
 * path. Class-path resources never change while the process runs, so found files are cached.
 */
final class BuiltinRoot implements ModuleRoot {
  static final BuiltinRoot INSTANCE = new BuiltinRoot();
  private static final String DIR = "builtin/";
  private static final int MAX_CACHED_LOOKUPS = 256;

  /** Found files by relative path. */
  private final Map<String, ModuleLookup.Found> files = new ConcurrentHashMap<>();

  /**
   * Lookups by module name, refusals included: only builtin profiles, which are ours,
   * resolve here, so the names are a small fixed set (bounded all the same).
   */
  private final Map<String, ModuleLookup> lookups = new ConcurrentHashMap<>();

  private BuiltinRoot() {}

  @Override
  public ModuleLookup module(String name, long maxBytes) {
    ModuleLookup lookup = lookups.get(name);
    if (lookup == null) {
      lookup = lookup(name);
      if (lookups.size() < MAX_CACHED_LOOKUPS) lookups.putIfAbsent(name, lookup);
    }
    if (lookup instanceof ModuleLookup.Found found && found.sourceBytes().length > maxBytes) {
      return LocalLookups.unreadable(
          name, found.relativePath(), new IOException("it is larger than the memory limit"));
    }
    return lookup;
  }

  private ModuleLookup lookup(String name) {
    if (!ModuleNames.isValid(name) || ModuleNames.isReserved(name)) {
      return LocalLookups.invalidName(name);
    }
    String base = ModuleNames.path(name);
    String file = base + ".lua";
    String init = base + "/init.lua";
    boolean hasFile = ClassPathResources.exists(DIR + file);
    boolean hasInit = ClassPathResources.exists(DIR + init);
    if (hasFile && hasInit) return LocalLookups.ambiguous(name);
    if (!hasFile && !hasInit) return LocalLookups.notFound(name);
    String relative = hasFile ? file : init;
    try {
      return found(relative);
    } catch (IOException e) {
      return LocalLookups.unreadable(name, relative, e);
    }
  }

  @Override
  public ModuleLookup.Found file(String relativePath, long maxBytes) throws IOException {
    if (!isPlainPath(relativePath)) throw new NoSuchFileException(display(relativePath));
    ModuleLookup.Found found = found(relativePath);
    if (found.sourceBytes().length > maxBytes) {
      throw new IOException("it is larger than the memory limit of " + maxBytes + " bytes");
    }
    return found;
  }

  @Override
  public String display(String relativePath) {
    return "builtin/" + relativePath;
  }

  private ModuleLookup.Found found(String relative) throws IOException {
    ModuleLookup.Found cached = files.get(relative);
    if (cached != null) return cached;
    byte[] source =
        ClassPathResources.read(DIR + relative)
            .orElseThrow(() -> new NoSuchFileException(display(relative)));
    ModuleLookup.Found found = new ModuleLookup.Found(relative, source, Sha256.hex(source));
    files.putIfAbsent(relative, found);
    return found;
  }

  /** Segments of letters, digits, '_', '-' and '.', none of them "." or "..". */
  private static boolean isPlainPath(String path) {
    if (path.isEmpty() || path.length() > 255) return false;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return false;
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '-' || c == '.';
        if (!ok) return false;
      }
    }
    return true;
  }
}
