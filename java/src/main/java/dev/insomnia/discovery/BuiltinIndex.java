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
  private final Optional<byte[]> compiled;
  private final Predicate<String> bundled;

  private BuiltinIndex(Optional<String> text, Optional<byte[]> compiled, Predicate<String> bundled) {
    this.text = text;
    this.compiled = compiled;
    this.bundled = bundled;
  }

  /** An index with this text, whose file {@code name} exists when {@code bundled} says so. */
  static BuiltinIndex of(String text, Predicate<String> bundled) {
    return new BuiltinIndex(Optional.of(text), Optional.empty(), bundled);
  }

  /** No builtin profiles at all (the resource is absent from the class path). */
  static BuiltinIndex empty() {
    return new BuiltinIndex(Optional.empty(), Optional.empty(), name -> false);
  }

  /**
   * The index on the class path of {@code loader}: the build's compiled form ({@link
   * CompiledRegistry}) when present, which needs no TOML parser; else the TOML itself (a class
   * path without the build's output, such as a test's). Absent means no builtin profiles.
   */
  static BuiltinIndex fromClassPath(ClassLoader loader) {
    try (InputStream in =
        loader.getResourceAsStream("dev/insomnia/discovery/" + CompiledRegistry.RESOURCE)) {
      if (in != null && loader.getResource(INDEX) != null) {
        return new BuiltinIndex(
            Optional.empty(), Optional.of(in.readAllBytes()), bundledOn(loader));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the compiled builtin profile index", e);
    }
    return fromToml(loader);
  }

  /** The TOML index on the class path of {@code loader}, parsed as any registry is. */
  static BuiltinIndex fromToml(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) return empty();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return of(text, bundledOn(loader));
    } catch (IOException e) {
      // a class-path resource that exists but cannot be read is a broken installation
      throw new UncheckedIOException("cannot read the builtin profile index " + INDEX, e);
    }
  }

  private static Predicate<String> bundledOn(ClassLoader loader) {
    return name -> loader.getResource(ROOT + name) != null;
  }

  /** The compiled index, if the build produced one. */
  Optional<byte[]> compiled() {
    return compiled;
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
