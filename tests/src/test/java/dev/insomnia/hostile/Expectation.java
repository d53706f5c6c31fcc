package dev.insomnia.hostile;

import dev.insomnia.diagnostics.DiagnosticCode;

/** How a hostile case must end: the first line of its file, {@code -- expect: ...}. */
sealed interface Expectation {
  /** Rejected, the first error diagnostic carrying this code. */
  record Rejected(DiagnosticCode code) implements Expectation {}

  /** Accepted, and two evaluations give byte-identical manifests ({@code -- expect: ok}). */
  record Accepted() implements Expectation {}

  /** The text the corpus table shows: the code, or {@code ok}. */
  default String label() {
    return this instanceof Rejected r ? r.code().code() : "ok";
  }
}
