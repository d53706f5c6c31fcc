package dev.insomnia.diagnostics;

/** How bad a diagnostic is: an error rejects the input, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  /** As rendered: {@code error}, {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
