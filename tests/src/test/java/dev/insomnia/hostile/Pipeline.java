package dev.insomnia.hostile;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.pod.PodEnvironment;
import dev.insomnia.pod.PodRequest;
import dev.insomnia.pod.PodService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One case through the product's own pipeline (selection, evaluation, validation,
 * resolution): a dry-run create by {@link PodService} under limits of the case's choosing,
 * with a fixed pod name so two runs' manifests can be compared byte for byte.
 */
final class Pipeline {
  /** The pod name each case resolves with: fixed, so manifests can be compared. */
  private static final String POD_NAME = "check";

  private final PodEnvironment environment;

  Pipeline(PodEnvironment environment) {
    this.environment = environment;
  }

  /** How one run ended. */
  sealed interface Outcome {
    /** Resolved: the canonical manifest JSON. */
    record Resolved(byte[] manifest) implements Outcome {}

    /** Rejected with these diagnostics. */
    record Rejected(List<Diagnostic> diagnostics) implements Outcome {
      public Rejected {
        diagnostics = List.copyOf(diagnostics);
      }
    }
  }

  Outcome check(Path profile, EvaluationLimits limits) {
    try {
      PodService service = PodService.open(environment, limits);
      byte[] manifest =
          service
              .create(new PodRequest(profile.toString(), Optional.of(POD_NAME), true))
              .manifestJson();
      return new Outcome.Resolved(manifest);
    } catch (DiagnosticException e) {
      return new Outcome.Rejected(e.diagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
