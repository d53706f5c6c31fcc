package dev.insomnia.source;

import java.util.Locale;

/** Where a profile (or manifest) came from, as recorded in the manifest's provenance. */
public enum Origin {
  BUILTIN,
  USER,
  PROJECT,
  PATH,
  MANIFEST;

  /** As written in selectors and manifests: {@code builtin}, {@code user}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
