package dev.insomnia.discovery;

import static dev.insomnia.diagnostics.DiagnosticCode.SELECTOR_NOT_FOUND;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.Origin;
import java.util.Locale;
import java.util.Optional;

/** What a {@code --profile} value asks for, before anything is looked up. */
sealed interface Selector {
  String DEFAULT = "default";
  String PATH_PREFIX = Origin.PATH.label() + ":";

  /** {@code default}: the effective registry default. */
  record Default() implements Selector {}

  /** An unqualified name, looked up in every source. */
  record Name(String name) implements Selector {}

  /** {@code builtin:NAME}, {@code user:NAME} or {@code project:NAME}. */
  record Qualified(Origin source, String name) implements Selector {}

  /** {@code path:PATH}, or a value that looks like a path; not resolved yet. */
  record ExplicitPath(String path) implements Selector {}

  /**
   * Classifies a selector: {@code path:} first, then path-like values (containing {@code /},
   * starting with {@code .}, ending in {@code .lua} or {@code .nix}), then {@code default},
   * then {@code SOURCE:NAME}, else a name.
   *
   * @throws DiagnosticException {@code selector.not-found} for an empty selector, an unknown
   *     source prefix or nothing after the prefix
   */
  static Selector parse(String text) throws DiagnosticException {
    if (text.isBlank()) {
      throw new DiagnosticException(SELECTOR_NOT_FOUND.errorVariant("empty", text));
    }
    if (text.startsWith(PATH_PREFIX)) {
      String path = text.substring(PATH_PREFIX.length());
      if (path.isEmpty()) throw incomplete(text, Origin.PATH.label());
      return new ExplicitPath(path);
    }
    if (looksLikePath(text)) return new ExplicitPath(text);
    if (text.equals(DEFAULT)) return new Default();
    int colon = text.indexOf(':');
    if (colon < 0) return new Name(text);
    String prefix = text.substring(0, colon);
    Optional<Origin> source = registrySource(prefix);
    if (source.isEmpty()) {
      throw new DiagnosticException(
          SELECTOR_NOT_FOUND.errorVariant("unknown-source", text, prefix));
    }
    String name = text.substring(colon + 1);
    if (name.isEmpty()) throw incomplete(text, prefix);
    return new Qualified(source.get(), name);
  }

  static boolean looksLikePath(String text) {
    return text.indexOf('/') >= 0 || text.startsWith(".") || text.endsWith(".lua") || isNix(text);
  }

  /** Whether a path names a Nix profile, which is diagnosed rather than evaluated. */
  static boolean isNix(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".nix");
  }

  /** The registry source a label names: builtin, user or project (not path or manifest). */
  static Optional<Origin> registrySource(String label) {
    for (Origin origin : ProfileDiscovery.SOURCES) {
      if (origin.label().equals(label)) return Optional.of(origin);
    }
    return Optional.empty();
  }

  private static DiagnosticException incomplete(String text, String prefix) {
    return new DiagnosticException(SELECTOR_NOT_FOUND.errorVariant("incomplete", text, prefix));
  }
}
