package dev.insomnia.manifest;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.profile.CompactionPolicy;
import dev.insomnia.profile.Intent;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a partial config leaves to be worked out from its other values, done the way the
 * profile resolver does it: concrete compaction tokens from a ratio, concrete scope from an
 * intent (or, with only one of {@code allow} and {@code deny} given, the other empty). Problems
 * are reported to the context; a value that cannot be derived is claimed so
 * that validation does not report it a second time.
 */
final class ConfigDerivation {
  private static final JsonPath COMPACTION = JsonPath.of("compaction");
  private static final JsonPath SCOPE = JsonPath.of("scope");

  private ConfigDerivation() {}

  static JsonValue.JsonObject derive(JsonValue.JsonObject tree, ReadContext context) {
    return scope(compaction(tree, context), context);
  }

  private static JsonValue.JsonObject compaction(JsonValue.JsonObject tree, ReadContext context) {
    Optional<JsonValue> value = tree.get("compaction");
    if (value.isEmpty()
        || !(value.get() instanceof JsonValue.JsonObject compaction)
        || compaction.get("trigger_ratio").isEmpty()) {
      return tree;
    }
    Optional<CompactionPolicy> policy = CompactionPolicy.TABLE.read(compaction, COMPACTION, context);
    Optional<Long> window = contextWindow(tree);
    if (policy.isEmpty() || window.isEmpty()) {
      context.claim(COMPACTION); // its problem, or the model's, is reported already or by validation
      return tree;
    }
    long tokens = policy.get().triggerTokens(window.get());
    if (tokens < 1) {
      context.badValue(
          COMPACTION.key("trigger_ratio"),
          Rules.rule("ratio-too-small", window.get()),
          compaction.get("trigger_ratio").orElseThrow());
      context.claim(COMPACTION);
      return tree;
    }
    return tree.with(
        "compaction",
        JsonValue.JsonObject.of(Map.of("trigger_tokens", new JsonValue.JsonInteger(tokens))));
  }

  private static Optional<Long> contextWindow(JsonValue.JsonObject tree) {
    if (tree.get("model").orElse(null) instanceof JsonValue.JsonObject model
        && model.get("context_window").orElse(null) instanceof JsonValue.JsonInteger window
        && window.value() > 0) {
      return Optional.of(window.value());
    }
    return Optional.empty();
  }

  private static JsonValue.JsonObject scope(JsonValue.JsonObject tree, ReadContext context) {
    if (!(tree.get("scope").orElse(null) instanceof JsonValue.JsonObject scope)
        || !(scope.get("intent").orElse(null) instanceof JsonValue.JsonString label)) {
      return tree;
    }
    Optional<Intent> intent = intentOf(label.value());
    if (intent.isEmpty()) return tree; // validation reports it
    if (scope.get("access").isEmpty()) {
      scope = scope.with("access", new JsonValue.JsonString(Access.of(intent.get()).label()));
    }
    if (scope.get("allow").isEmpty() && scope.get("deny").isEmpty()) {
      Optional<Path> workspace = workspace(tree, context);
      if (workspace.isPresent()) {
        ConcreteScope concrete =
            ScopeResolver.resolve(
                    intent.get(),
                    intent.get().defaultProtect(),
                    workspace.get(),
                    SCOPE.key("protect"),
                    context)
                .orElseThrow(); // the default protect list always stays inside
        scope = scope.with("allow", paths(concrete.allow())).with("deny", paths(concrete.deny()));
      }
    } else if (scope.get("deny").isEmpty()) {
      scope = scope.with("deny", paths(List.of())); // allow given, nothing withheld
    } else if (scope.get("allow").isEmpty()) {
      scope = scope.with("allow", paths(List.of()));
    }
    return tree.with("scope", scope);
  }

  private static Optional<Intent> intentOf(String label) {
    for (Intent i : Intent.values()) {
      if (i.label().equals(label)) return Optional.of(i);
    }
    return Optional.empty();
  }

  /** The workspace, if valid; its problems are left for validation to report once. */
  private static Optional<Path> workspace(JsonValue.JsonObject tree, ReadContext context) {
    Optional<JsonValue> value = tree.get("workspace");
    if (value.isEmpty()) return Optional.empty();
    ReadContext quiet = new ReadContext("", Map.of(), context.baseDirectory());
    return Shapes.path().read(value.get(), JsonPath.of("workspace"), quiet);
  }

  private static JsonValue.JsonArray paths(List<Path> paths) {
    List<JsonValue> out = new ArrayList<>(paths.size());
    for (Path p : paths) out.add(new JsonValue.JsonString(p.toString()));
    return new JsonValue.JsonArray(out);
  }
}
