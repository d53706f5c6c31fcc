package dev.insomnia.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The bundled builtin registry: the text of the class-path resource {@value #INDEX} (a {@code
 * profiles.toml} whose paths are relative to {@value #ROOT}) and a way to tell whether a builtin
 * profile file is bundled. Tests build one from their own fixture text.
 */
final class BuiltinIndex {
  static final String ROOT = "dev/insomnia/profiles/builtin/";
  static final String INDEX = ROOT + "profiles.toml";

  private final Optional<String> text;
  private final Predicate<String> bundled;

  private BuiltinIndex(Optional<String> text, Predicate<String> bundled) {
    this.text = text;
    this.bundled = bundled;
  }

  /** An index with this text, whose file {@code name} exists when {@code bundled} says so. */
  static BuiltinIndex of(String text, Predicate<String> bundled) {
    return new BuiltinIndex(Optional.of(text), bundled);
  }

  /** No builtin profiles at all (the resource is absent from the class path). */
  static BuiltinIndex empty() {
    return new BuiltinIndex(Optional.empty(), name -> false);
  }

  /** Reads the index from the class path of {@code loader}; absent means no builtin profiles. */
  static BuiltinIndex fromClassPath(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) return empty();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return of(text, name -> loader.getResource(ROOT + name) != null);
    } catch (IOException e) {
      // a class-path resource that exists but cannot be read is a broken installation
      throw new UncheckedIOException("cannot read the builtin profile index " + INDEX, e);
    }
  }

  /** The index text, if there is an index. */
  Optional<String> text() {
    return text;
  }

  /** Whether the builtin profile file {@code name} (relative to {@link #ROOT}) is bundled. */
  boolean isBundled(String name) {
    return bundled.test(name);
  }
}
