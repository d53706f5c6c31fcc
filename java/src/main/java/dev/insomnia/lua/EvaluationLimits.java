package dev.insomnia.lua;

import java.time.Duration;

/**
 * Resource limits of one evaluation. Limits are sticky: once one is hit the evaluation fails
 * with it, even if the profile caught the error with {@code pcall}.
 *
 * @param memoryBytes the most the Lua heap may hold
 * @param instructions Lua VM instructions (plus charged C work such as pattern matching)
 * @param time wall-clock time
 */
public record EvaluationLimits(long memoryBytes, long instructions, Duration time) {
  /** 64 MiB, 50 million instructions, 2 seconds: far above any real profile. */
  public static final EvaluationLimits DEFAULT =
      new EvaluationLimits(64L << 20, 50_000_000L, Duration.ofSeconds(2));

  public EvaluationLimits {
    if (memoryBytes <= 0 || instructions <= 0 || time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("limits must be positive: " + memoryBytes + ", "
          + instructions + ", " + time);
    }
  }

  public EvaluationLimits withMemoryBytes(long bytes) {
    return new EvaluationLimits(bytes, instructions, time);
  }

  public EvaluationLimits withInstructions(long count) {
    return new EvaluationLimits(memoryBytes, count, time);
  }

  public EvaluationLimits withTime(Duration limit) {
    return new EvaluationLimits(memoryBytes, instructions, limit);
  }
}
