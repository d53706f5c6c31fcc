package dev.insomnia.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected: carries every diagnostic found (at least one error), not only the
 * first. The library throws it; the CLI renders the diagnostics and exits with 3.
 */
public final class DiagnosticException extends Exception {
  private final List<Diagnostic> diagnostics;

  public DiagnosticException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) throw new IllegalArgumentException("no diagnostics");
    this.diagnostics = List.copyOf(diagnostics);
  }

  public DiagnosticException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
