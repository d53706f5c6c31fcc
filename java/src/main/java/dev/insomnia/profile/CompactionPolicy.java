package dev.insomnia.profile;

import dev.insomnia.schema.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When the worker's context is compacted: at a fraction of the model's context window, or at
 * a number of tokens. The resolver turns either into concrete tokens.
 */
public sealed interface CompactionPolicy {

  /** The concrete trigger for a model with {@code contextWindow} tokens. */
  long triggerTokens(long contextWindow);

  /** At {@code ratio} (0 &lt; ratio &lt; 1) of the context window. */
  record Ratio(double ratio) implements CompactionPolicy {
    /**
     * floor(contextWindow x ratio), with the ratio taken as the decimal it is written as, so
     * 0.7 of 10 is 7 and not 6 (0.7 has no exact binary form).
     */
    @Override
    public long triggerTokens(long contextWindow) {
      return BigDecimal.valueOf(ratio)
          .multiply(BigDecimal.valueOf(contextWindow))
          .setScale(0, RoundingMode.FLOOR)
          .longValueExact();
    }
  }

  /** At {@code tokens} tokens (less than the context window). */
  record Tokens(long tokens) implements CompactionPolicy {
    @Override
    public long triggerTokens(long contextWindow) {
      return tokens;
    }
  }

  /** The default: compact at 80% of the context window. */
  CompactionPolicy DEFAULT = new Ratio(0.8);

  /** The {@code compaction} table: exactly one of {@code trigger_ratio}, {@code trigger_tokens}. */
  Table<CompactionPolicy> TABLE = CompactionTable.TABLE;
}
