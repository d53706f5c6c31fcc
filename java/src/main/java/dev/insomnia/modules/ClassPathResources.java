package dev.insomnia.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads the bundled resources under {@code dev/insomnia/profiles/} (the profiles jar). */
final class ClassPathResources {
  static final String BASE = "dev/insomnia/profiles/";
  private static final ClassLoader LOADER = loader();

  private ClassPathResources() {}

  /** The bytes of {@code BASE + path}, if the class path has that resource. */
  static Optional<byte[]> read(String path) {
    try (InputStream in = LOADER.getResourceAsStream(BASE + path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled resource " + BASE + path, e);
    }
  }

  /** Whether the class path has the resource {@code BASE + path}. */
  static boolean exists(String path) {
    return LOADER.getResource(BASE + path) != null;
  }

  private static ClassLoader loader() {
    ClassLoader own = ClassPathResources.class.getClassLoader();
    return own != null ? own : ClassLoader.getSystemClassLoader();
  }
}
