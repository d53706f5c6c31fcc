package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.POD_INVALID_NAME;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.profile.CompactionPolicy;
import dev.insomnia.profile.Profile;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds a profile to a launch: the pod name and workspace from the runtime inputs, the scope
 * intent made concrete (and checked against the delegation ceiling), compaction made concrete
 * tokens, every prompt ref resolved to its asset's digest. Deterministic: the same inputs give
 * a byte-identical manifest. The result goes through {@link PodManifestConfig}, the one
 * validation boundary every manifest passes.
 */
public final class ProfileResolver {
  private ProfileResolver() {}

  public static PodManifest resolve(
      Profile profile, ProfileProvenance provenance, RuntimeInputs runtime, PromptAssets assets)
      throws DiagnosticException {
    ReadContext context = new ReadContext(provenance.path());
    if (!PodName.isValid(runtime.podName())) {
      context.report(JsonPath.root(), POD_INVALID_NAME.error(runtime.podName()));
    }
    Optional<ConcreteScope> scope =
        ScopeResolver.resolve(
            profile.scope().intent(),
            profile.scope().protect(),
            runtime.workspace(),
            JsonPath.of("scope", "protect"),
            context);
    if (scope.isPresent() && runtime.ceiling().isPresent()) {
      Delegation.check(scope.get(), runtime.ceiling().get(), context);
    }
    Optional<CompactionTrigger> compaction = compaction(profile, context);
    List<JsonValue> refs = new ArrayList<>();
    for (String ref : profile.instructions()) refs.add(new JsonValue.JsonString(ref));
    Optional<List<InstructionRef>> instructions = Instructions.resolve(refs, assets, context);
    context.throwIfProblems();

    PodManifest manifest =
        new PodManifest(
            new PodIdentity(runtime.podName()),
            new ProfileSummary(profile.slug(), profile.description(), provenance),
            profile.model(),
            profile.worker(),
            compaction.orElseThrow(),
            profile.memory(),
            profile.web(),
            profile.permissions(),
            profile.session(),
            scope.orElseThrow(),
            instructions.orElseThrow(),
            profile.env(),
            runtime.workspace());
    return PodManifestConfig.of(manifest).validate(provenance.path());
  }

  /** floor(context_window x ratio), or the tokens given; at least 1, below the window. */
  private static Optional<CompactionTrigger> compaction(Profile profile, ReadContext context) {
    long window = profile.model().contextWindow();
    CompactionPolicy policy = profile.compaction();
    long tokens = policy.triggerTokens(window);
    if (policy instanceof CompactionPolicy.Ratio r && tokens < 1) {
      context.badValue(
          JsonPath.of("compaction", "trigger_ratio"),
          Rules.rule("ratio-too-small", window),
          new JsonValue.JsonFloat(r.ratio()));
      return Optional.empty();
    }
    if (tokens >= window) {
      context.badValue(
          JsonPath.of("compaction", "trigger_tokens"),
          Rules.rule("below-context-window", window),
          new JsonValue.JsonInteger(tokens));
      return Optional.empty();
    }
    return Optional.of(new CompactionTrigger(tokens));
  }
}
