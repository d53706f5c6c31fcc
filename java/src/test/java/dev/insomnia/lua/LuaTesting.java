package dev.insomnia.lua;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Shared helpers for the binding's tests. */
final class LuaTesting {
  static final LuaEngine ENGINE = LuaEngine.create();

  private LuaTesting() {}

  static Evaluation run(String source) {
    return ENGINE.evaluate(LuaChunk.of("@test.lua", source));
  }

  static Evaluation run(String source, EvaluationLimits limits) {
    return ENGINE.evaluate(LuaChunk.of("@test.lua", source), ModuleResolver.none(), limits);
  }

  static String json(Evaluation evaluation) {
    return assertInstanceOf(Evaluation.Success.class, evaluation, () -> describe(evaluation))
        .jsonText();
  }

  static LuaError error(Evaluation evaluation) {
    return assertInstanceOf(Evaluation.Failure.class, evaluation, () -> describe(evaluation))
        .error();
  }

  static String describe(Evaluation evaluation) {
    if (evaluation instanceof Evaluation.Success s) return "succeeded with " + s.jsonText();
    LuaError e = ((Evaluation.Failure) evaluation).error();
    return "failed with " + e;
  }
}
