package dev.insomnia.modules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.insomnia.lua.Evaluation;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.lua.LuaChunk;
import dev.insomnia.lua.LuaEngine;
import dev.insomnia.lua.LuaError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A profile directory written by a test, evaluated on the engine with {@link ProfileModules}
 * (without the evaluator), so module tests see the native error as it is.
 */
final class LocalProfile {
  static final LuaEngine ENGINE = LuaEngine.create();

  final Path dir;
  ProfileModules modules;

  LocalProfile(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code relative} (creating its directories). */
  LocalProfile file(String relative, String content) {
    try {
      Path path = dir.resolve(relative);
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes main.lua with {@code source} and evaluates it. */
  Evaluation run(String source) {
    file("main.lua", source);
    return evaluate("main.lua");
  }

  Evaluation evaluate(String main) {
    try {
      ModuleRoot root = ModuleRoot.directory(dir);
      ModuleLookup.Found file = root.file(main, EvaluationLimits.DEFAULT.memoryBytes());
      modules = new ProfileModules(root, file, EvaluationLimits.DEFAULT.memoryBytes());
      return ENGINE.evaluate(
          new LuaChunk("@" + main, file.source()), modules, EvaluationLimits.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of a successful evaluation of {@code source}. */
  String json(String source) {
    return json(run(source));
  }

  /** The error of a failed evaluation of {@code source}. */
  LuaError error(String source) {
    return error(run(source));
  }

  static String json(Evaluation evaluation) {
    return assertInstanceOf(Evaluation.Success.class, evaluation, () -> describe(evaluation))
        .jsonText();
  }

  static LuaError error(Evaluation evaluation) {
    return assertInstanceOf(Evaluation.Failure.class, evaluation, () -> describe(evaluation))
        .error();
  }

  private static String describe(Evaluation evaluation) {
    if (evaluation instanceof Evaluation.Success s) return "succeeded with " + s.jsonText();
    return "failed with " + ((Evaluation.Failure) evaluation).error();
  }
}
