package dev.insomnia.pod;

import dev.insomnia.diagnostics.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * One target of {@code profiles check}: the diagnostics found (none when it passed) and, when
 * asked for, the timing of repeated evaluations.
 */
public record CheckResult(
    String target, List<Diagnostic> diagnostics, Optional<String> slug, Optional<Timing> timing) {

  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean passed() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** Per evaluation (evaluate + validate + resolve), after a warm-up. */
  public record Timing(int runs, double medianMicros, double p90Micros, double minMicros) {}
}
