package dev.insomnia.manifest;

import dev.insomnia.profile.Intent;
import java.util.Locale;
import java.util.Optional;

/** What a concrete scope grants on its allowed paths, weakest first. */
public enum Access {
  NONE,
  READ,
  WRITE;

  /** As written in manifests: {@code write}, {@code read}, {@code none}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The access an intent needs. */
  public static Access of(Intent intent) {
    switch (intent) {
      case WORKSPACE_WRITE:
        return WRITE;
      case READ_ONLY:
        return READ;
      default:
        return NONE;
    }
  }

  /** The access with this label. */
  static Optional<Access> ofLabel(String label) {
    for (Access a : values()) {
      if (a.label().equals(label)) return Optional.of(a);
    }
    return Optional.empty();
  }
}
