package dev.insomnia.lua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

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
 */
final class NativeLibrary {
  static final String OVERRIDE_PROPERTY = "insomnia.native.library";
  static final String CACHE_PROPERTY = "insomnia.native.cache";

  private final NativeLua api;
  private final Runtime runtime;
  private final Path path;

  private NativeLibrary(NativeLua api, Path path) {
    this.api = api;
    this.runtime = Runtime.getRuntime(api);
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

  Runtime runtime() {
    return runtime;
  }

  Path path() {
    return path;
  }

  private static NativeLibrary load() {
    Path file = locate();
    NativeLua api = LibraryLoader.create(NativeLua.class).failImmediately().load(file.toString());
    return new NativeLibrary(api, file);
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
    try (InputStream in = NativeLibrary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
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
      return extract(in.readAllBytes());
    } catch (IOException e) {
      throw new NativeLibraryException("cannot extract the native Lua library: " + e, e);
    }
  }

  private static Path extract(byte[] library) throws IOException {
    String sha256 = sha256(library);
    Path dir = cacheRoot().resolve(sha256.substring(0, 32));
    Path target = dir.resolve(Platform.libraryFileName());
    if (matches(target, sha256)) return target;
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".extract-", ".tmp");
    try {
      Files.write(temp, library);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    if (!matches(target, sha256)) {
      throw new NativeLibraryException("extracted native library does not verify: " + target);
    }
    return target;
  }

  private static boolean matches(Path file, String sha256) throws IOException {
    return Files.isRegularFile(file) && sha256(Files.readAllBytes(file)).equals(sha256);
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
