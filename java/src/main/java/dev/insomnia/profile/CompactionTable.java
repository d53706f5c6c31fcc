package dev.insomnia.profile;

import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.Optional;

/** The fields of {@link CompactionPolicy}: two alternatives, exactly one of which is given. */
final class CompactionTable {
  private CompactionTable() {}

  private static final Field<CompactionPolicy, Optional<Double>> TRIGGER_RATIO =
      Field.optional(
              "trigger_ratio",
              Shapes.ratio(),
              (CompactionPolicy c) ->
                  c instanceof CompactionPolicy.Ratio r
                      ? Optional.of(r.ratio())
                      : Optional.<Double>empty())
          .doc("compact at this fraction of model.context_window; compact.ratio(r) builds it", "0.8");
  private static final Field<CompactionPolicy, Optional<Long>> TRIGGER_TOKENS =
      Field.optional(
              "trigger_tokens",
              Shapes.positiveInteger(),
              (CompactionPolicy c) ->
                  c instanceof CompactionPolicy.Tokens t
                      ? Optional.of(t.tokens())
                      : Optional.<Long>empty())
          .doc(
              "compact at this many tokens, less than model.context_window; compact.tokens(n)"
                  + " builds it",
              "200000");

  static final Table<CompactionPolicy> TABLE =
      Table.checked(
          (values, raw, at, context) -> {
            Optional<Double> ratio = values.get(TRIGGER_RATIO);
            Optional<Long> tokens = values.get(TRIGGER_TOKENS);
            if (ratio.isPresent() == tokens.isPresent()) {
              context.badValue(at, Rules.rule("compaction-choice"), (JsonValue) raw);
              return Optional.empty();
            }
            return Optional.of(
                ratio.isPresent()
                    ? new CompactionPolicy.Ratio(ratio.get())
                    : new CompactionPolicy.Tokens(tokens.get()));
          },
          TRIGGER_RATIO,
          TRIGGER_TOKENS);
}
