package dev.insomnia.profile;

import java.util.Locale;

/** How much the worker's model reasons before answering. */
public enum Reasoning {
  NONE,
  MINIMAL,
  LOW,
  MEDIUM,
  HIGH,
  XHIGH;

  /** As written in profiles and manifests: {@code medium}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
