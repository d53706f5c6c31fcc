package dev.insomnia.lua;

import static java.nio.charset.StandardCharsets.US_ASCII;

import com.kenai.jffi.Library;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.JarEntry;


/**
 * The one place the native library is found and loaded.
 *
 * <p>Order: the system property {@value #OVERRIDE_PROPERTY} (a prebuilt library's path);
 * otherwise the library inside the platform-classifier jar on the class path, at {@code
 * dev/insomnia/native/CLASSIFIER/}, extracted once per content hash into a private cache
 * directory ({@value #CACHE_PROPERTY}, else {@code $XDG_CACHE_HOME/insomnia/native}, else
 * {@code ~/.cache/insomnia/native}). Extraction writes a temporary file and renames it
 * atomically, and an existing file is reused only if its SHA-256 matches, so several JVMs can
 * start at once.
 *
 * <p>jffi's own JNI stub is put into the same cache and handed to jffi through {@code
 * jffi.boot.library.path} (unless that is set already), which saves jffi extracting it to a
 * new temporary file on every start.
 */
final class NativeLibrary {
  static final String OVERRIDE_PROPERTY = "insomnia.native.library";
  static final String CACHE_PROPERTY = "insomnia.native.cache";
  private static final String JFFI_PATH_PROPERTY = "jffi.boot.library.path";

  private final NativeLua api;
  private final Path path;

  private NativeLibrary(NativeLua api, Path path) {
    this.api = api;
    this.path = path;
  }

  /** Loaded on first use, once per class loader. */
  private static final class Holder {
    static final NativeLibrary INSTANCE = load();
  }

  static NativeLibrary get() {
    return Holder.INSTANCE;
  }

  NativeLua api() {
    return api;
  }

  Path path() {
    return path;
  }

  private static NativeLibrary load() {
    Path file = locate();
    prepareJffi();
    Library library = Library.openLibrary(file.toString(), Library.NOW | Library.LOCAL);
    if (library == null) {
      throw new NativeLibraryException(
          "cannot load the native Lua library " + file + ": " + Library.getLastError());
    }
    return new NativeLibrary(new JffiNativeLua(library, LuaEngine::dispatchRequire), file);
  }

  /**
   * Extracts jffi's stub for this platform into the cache, if jffi ships one for it. The stub
   * (~100 KB) is keyed by its jar entry's CRC-32 and size, read from the jar's directory, so a
   * start that finds it cached reads no stub bytes at all; outside a jar it is hashed.
   */
  private static void prepareJffi() {
    if (System.getProperty(JFFI_PATH_PROPERTY) != null) return;
    String fileName = System.mapLibraryName("jffi-1.2");
    String resource = "jni/" + Platform.jffiDirectory() + "/" + fileName;
    URL url = NativeLibrary.class.getClassLoader().getResource(resource);
    if (url == null) return; // jffi finds (or fails to find) its stub itself
    try {
      Path stub = extractJffiStub(url, fileName);
      System.setProperty(JFFI_PATH_PROPERTY, stub.getParent().toString());
    } catch (IOException e) {
      // not fatal: jffi then extracts its stub to a temporary file as usual
    }
  }

  static Path extractJffiStub(URL url, String fileName) throws IOException {
    URLConnection connection = url.openConnection();
    if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() >= 0) {
      JarEntry entry = jar.getJarEntry();
      String key = "jffi-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
      Path target = cacheRoot().resolve(key).resolve(fileName);
      if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) return target;
      try (InputStream in = connection.getInputStream()) {
        return install(in.readAllBytes(), target); // the jar reader checks the entry's CRC-32
      }
    }
    try (InputStream in = connection.getInputStream()) {
      return extract(in.readAllBytes(), fileName);
    }
  }

  private static Path locate() {
    String override = System.getProperty(OVERRIDE_PROPERTY, "");
    if (!override.isEmpty()) {
      Path file = Path.of(override).toAbsolutePath();
      if (!Files.isRegularFile(file)) {
        throw new NativeLibraryException(
            "-D" + OVERRIDE_PROPERTY + "=" + override + " does not name a file");
      }
      return file;
    }
    String classifier = Platform.classifier();
    String resource = "dev/insomnia/native/" + classifier + "/" + Platform.libraryFileName();
    ClassLoader loader = NativeLibrary.class.getClassLoader();
    try (InputStream digest = loader.getResourceAsStream(resource + ".sha256")) {
      if (digest == null) {
        throw new NativeLibraryException(
            "no native Lua library for this platform: add the dependency "
                + "dev.insomnia:insomnia-native with classifier '"
                + classifier
                + "' to the class path (looked for "
                + resource
                + "), or pass -D"
                + OVERRIDE_PROPERTY
                + "=/path/to/"
                + Platform.libraryFileName());
      }
      Fingerprint expected = Fingerprint.parse(new String(digest.readAllBytes(), US_ASCII));
      Path target = cached(expected, Platform.libraryFileName());
      if (expected.matchesSize(target)) return target; // extracted and verified before
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) throw new NativeLibraryException("the platform jar lacks " + resource);
        return extract(in.readAllBytes(), expected, target);
      }
    } catch (IOException e) {
      throw new NativeLibraryException("cannot extract the native Lua library: " + e, e);
    }
  }

  /** "sha256 size" as the build writes it beside the library. */
  private record Fingerprint(String sha256, long size) {
    static Fingerprint parse(String text) throws IOException {
      String[] parts = text.trim().split(" ");
      if (parts.length != 2 || !ChunkKey.isSha256Hex(parts[0])) {
        throw new IOException("malformed library fingerprint: " + text.trim());
      }
      return new Fingerprint(parts[0], Long.parseLong(parts[1]));
    }

    boolean matchesSize(Path file) throws IOException {
      return Files.isRegularFile(file) && Files.size(file) == size;
    }
  }

  private static Path cached(Fingerprint fingerprint, String fileName) {
    return cacheRoot().resolve(fingerprint.sha256().substring(0, 32)).resolve(fileName);
  }

  /**
   * Writes the library into its private cache directory (owner-only on POSIX) under a
   * temporary name and renames it into place, after checking its bytes against the build's
   * fingerprint. Concurrent JVMs may race; each rename installs identical verified bytes.
   */
  private static Path extract(byte[] library, Fingerprint expected, Path target)
      throws IOException {
    if (library.length != expected.size() || !sha256(library).equals(expected.sha256())) {
      throw new NativeLibraryException(
          "the native library in the platform jar does not match its fingerprint: the jar is"
              + " damaged");
    }
    return install(library, target);
  }

  /** Writes verified bytes to {@code target} through a temporary file renamed into place. */
  private static Path install(byte[] data, Path target) throws IOException {
    Path dir = target.getParent();
    createPrivateDirectories(dir);
    Path temp = Files.createTempFile(dir, ".extract-", ".tmp");
    try {
      Files.write(temp, data);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  /** Extracts a file with no build fingerprint (jffi's stub outside a jar), keyed by its hash. */
  private static Path extract(byte[] data, String fileName) throws IOException {
    Fingerprint fingerprint = new Fingerprint(sha256(data), data.length);
    Path target = cached(fingerprint, fileName);
    if (fingerprint.matchesSize(target)) return target;
    return install(data, target);
  }

  private static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) return;
    Path root = cacheRoot();
    Files.createDirectories(root);
    try {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the platform's defaults apply
    }
    Files.createDirectories(dir);
  }

  private static Path cacheRoot() {
    Optional<String> configured =
        Optional.ofNullable(System.getProperty(CACHE_PROPERTY)).filter(s -> !s.isEmpty());
    if (configured.isPresent()) return Path.of(configured.get());
    Optional<String> xdg =
        Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(s -> !s.isEmpty());
    Path base = xdg.map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".cache"));
    return base.resolve("insomnia").resolve("native");
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
