package dev.insomnia.manifest;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;

/** The manifest's {@code compaction} table: the concrete number of tokens that triggers it. */
public record CompactionTrigger(long triggerTokens) {

  private static final Field<CompactionTrigger, Long> TRIGGER_TOKENS =
      Field.required("trigger_tokens", Shapes.positiveInteger(), CompactionTrigger::triggerTokens)
          .doc(
              "compact at this many tokens (below model.context_window); a one-file manifest may"
                  + " give trigger_ratio instead",
              "320000");

  static final Table<CompactionTrigger> TABLE =
      Table.of(v -> new CompactionTrigger(v.get(TRIGGER_TOKENS)), TRIGGER_TOKENS);
}
