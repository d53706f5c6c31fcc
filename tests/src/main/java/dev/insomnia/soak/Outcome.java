package dev.insomnia.soak;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.pod.PodRequest;
import dev.insomnia.pod.PodService;
import java.util.Optional;

/** How one run of a workload ended. */
sealed interface Outcome {
  /** The pod name every run resolves with: fixed, so manifests can be compared. */
  String POD_NAME = "soak";

  /** Resolved: the canonical manifest JSON. */
  record Resolved(byte[] manifest) implements Outcome {
    public Resolved {
      manifest = manifest.clone();
    }

    @Override
    public byte[] manifest() {
      return manifest.clone();
    }
  }

  /** Rejected: the code and message of the first error. */
  record Rejected(String code, String message) implements Outcome {}

  /** Anything else (an exception, a rejection without an error): always a failure. */
  record Broken(String what) implements Outcome {}

  /** The code the report counts the run under. */
  default String label() {
    if (this instanceof Rejected r) return r.code();
    return this instanceof Resolved ? "ok" : "broken";
  }

  /** A dry-run create of the workload's profile: evaluate, validate, resolve; store nothing. */
  static Outcome of(PodService service, Workload workload) {
    try {
      return new Resolved(
          service.create(new PodRequest(workload.selector(), Optional.of(POD_NAME), true))
              .manifestJson());
    } catch (DiagnosticException e) {
      return e.diagnostics().stream()
          .filter(Diagnostic::isError)
          .findFirst()
          .<Outcome>map(d -> new Rejected(d.code().code(), d.message()))
          .orElseGet(() -> new Broken("rejected without an error: " + e.diagnostics()));
    } catch (Exception | Error e) { // counted, and the soak goes on to count the rest
      return new Broken(e.toString());
    }
  }
}
