package dev.insomnia.hostile;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.discovery.ProfileDiscovery;
import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.evaluate.ProfileEvaluator;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.manifest.ProfileProvenance;
import dev.insomnia.manifest.ProfileResolver;
import dev.insomnia.manifest.RuntimeInputs;
import dev.insomnia.modules.BuiltinPrompts;
import dev.insomnia.pod.PodEnvironment;
import dev.insomnia.profile.Profile;
import dev.insomnia.profile.ProfileReader;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code PodService.check} does (selection, evaluation, validation, resolution), with
 * limits of the caller's choosing: the service always evaluates with the defaults, and
 * cases that exhaust a limit need small ones to stay fast. Mirrors {@code PodService.resolve}
 * step for step; cases without limits also run through the service itself, which keeps the
 * two honest.
 */
final class Pipeline {
  /** The pod name {@code check} resolves with: fixed, so manifests can be compared. */
  private static final String POD_NAME = "check";

  private static final ProfileEvaluator EVALUATOR = ProfileEvaluator.create();

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
      ProfileSource source = ProfileDiscovery.select(environment.places(), profile.toString());
      EvaluatedProfile evaluated = EVALUATOR.evaluate(source, limits);
      Profile read = ProfileReader.read(evaluated.json(), evaluated.modules().get(0).file());
      ProfileProvenance provenance =
          new ProfileProvenance(
              source.selector(), source.origin(), source.location().display(),
              evaluated.sourceSha256());
      PodManifest manifest =
          ProfileResolver.resolve(
              read,
              provenance,
              new RuntimeInputs(POD_NAME, environment.workspace(), Optional.empty()),
              BuiltinPrompts::read);
      return new Outcome.Resolved(manifest.toCanonicalJson());
    } catch (DiagnosticException e) {
      return new Outcome.Rejected(e.diagnostics());
    }
  }
}
