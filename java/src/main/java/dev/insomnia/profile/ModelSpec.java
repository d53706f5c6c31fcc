package dev.insomnia.profile;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.Objects;
import java.util.Optional;

/** The model a Pod's worker talks to, as the catalog or {@code models.custom} describes it. */
public record ModelSpec(
    String provider, String id, long contextWindow, Optional<Long> maxOutputTokens) {

  public ModelSpec {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(maxOutputTokens, "maxOutputTokens");
  }

  private static final Field<ModelSpec, String> PROVIDER =
      Field.required("provider", Shapes.string("[a-z0-9][a-z0-9._-]*"), ModelSpec::provider)
          .doc("who serves the model", "\"codex-oauth\"");
  private static final Field<ModelSpec, String> ID =
      Field.required("id", Shapes.nonEmptyString(), ModelSpec::id)
          .doc("the model's id at that provider", "\"gpt-5.5\"");
  private static final Field<ModelSpec, Long> CONTEXT_WINDOW =
      Field.required("context_window", Shapes.positiveInteger(), ModelSpec::contextWindow)
          .doc("tokens the model can attend to", "400000");
  private static final Field<ModelSpec, Optional<Long>> MAX_OUTPUT_TOKENS =
      Field.optional("max_output_tokens", Shapes.positiveInteger(), ModelSpec::maxOutputTokens)
          .doc("most tokens one reply may have", "128000");

  /** The {@code model} table. */
  public static final Table<ModelSpec> TABLE =
      Table.of(
          v -> new ModelSpec(v.get(PROVIDER), v.get(ID), v.get(CONTEXT_WINDOW), v.get(MAX_OUTPUT_TOKENS)),
          PROVIDER,
          ID,
          CONTEXT_WINDOW,
          MAX_OUTPUT_TOKENS);

  /**
   * The rule shared by profiles and manifests: a compaction trigger must be below the context
   * window. Reports a problem at {@code at} ({@code compaction.trigger_tokens}) and returns
   * false when it is not.
   */
  public boolean admitsTrigger(
      long triggerTokens, JsonPath at, ReadContext context) {
    if (triggerTokens < contextWindow()) return true;
    context.badValue(
        at,
        Rules.rule("below-context-window", contextWindow()),
        new JsonValue.JsonInteger(triggerTokens));
    return false;
  }
}
