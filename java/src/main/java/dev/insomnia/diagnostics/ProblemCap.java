package dev.insomnia.diagnostics;

import static dev.insomnia.diagnostics.DiagnosticCode.INPUT_TOO_MANY_PROBLEMS;

/**
 * How many problems of one document are reported in full (docs/decisions.md, "Problems are
 * reported in full up to 100"); the rest are only counted, into one closing {@code
 * input.too-many-problems}, so a hostile document cannot make a reader build millions of
 * messages. Shared by the JSON reader and the schema's read context.
 */
public final class ProblemCap {
  /** Problems listed in full. */
  public static final int LISTED = 100;

  private ProblemCap() {}

  /** The closing diagnostic counting {@code unlisted} further problems of {@code file}. */
  public static Diagnostic counted(int unlisted, String file) {
    return INPUT_TOO_MANY_PROBLEMS.error(unlisted, LISTED).in(file);
  }
}
