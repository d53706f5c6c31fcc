package dev.insomnia.evaluate;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.lua.LuaError;
import dev.insomnia.modules.LoadedModule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the native layer reports ({@link LuaError}) into the user's diagnostic, located
 * in the file the user knows: the error's chunk mapped back through the files the evaluation
 * loaded.
 */
final class LuaErrors {
  /** Codes raised in Lua (by the VM, the sandbox, require, or a host module) kept as they are. */
  private static final Set<String> PASS_THROUGH =
      Set.of(
          "limit.memory",
          "limit.instructions",
          "limit.time",
          "sandbox.denied",
          "require.not-found",
          "require.cycle",
          "require.escape",
          "require.invalid-name",
          "require.ambiguous",
          "profile.unknown-model",
          "profile.return");

  /** The path the native encoder reports for the returned value itself. */
  private static final String WHOLE_VALUE = "(the returned value)";

  private LuaErrors() {}

  /**
   * The diagnostic for {@code error}.
   *
   * @param files what the evaluation loaded, the main file first
   */
  static Diagnostic diagnostic(LuaError error, List<LoadedModule> files) {
    LoadedModule main = files.get(0);
    Optional<LoadedModule> where = error.chunk().flatMap(chunk -> fileOf(chunk, files));
    // no location (e.g. raised through a tail call): the profile itself is the best answer
    String file = where.map(LoadedModule::file).orElse(main.file());
    int line = where.isPresent() ? error.line().orElse(0) : 0;
    String code = error.code();
    switch (code) {
      case "lua.syntax":
        return DiagnosticCode.PROFILE_SYNTAX.error(error.message()).in(file, line);
      case "lua.runtime":
        return DiagnosticCode.PROFILE_RUNTIME_ERROR.error(error.message()).in(file, line);
      case "lua.result":
        return result(error, main.file());
      default:
        if (PASS_THROUGH.contains(code)) {
          return DiagnosticCode.of(code).orElseThrow().error(error.message()).in(file, line);
        }
        return DiagnosticCode.ENGINE_FAILURE
            .error("the evaluation failed with " + code + ": " + error.message())
            .in(file, line);
    }
  }

  /** A returned value without a JSON form: at its field, or the return itself. */
  private static Diagnostic result(LuaError error, String mainFile) {
    JsonFormProblem problem = JsonFormProblem.of(error.message());
    String path = error.path().orElse(WHOLE_VALUE);
    if (path.equals(WHOLE_VALUE)) {
      return DiagnosticCode.PROFILE_RETURN
          .error("the profile returned " + problem.found() + ", which has no JSON form")
          .in(mainFile);
    }
    return DiagnosticCode.PROFILE_TYPE
        .error(problem.expected(), problem.found())
        .at(path)
        .in(mainFile);
  }

  /**
   * The loaded file behind a chunk name as Lua shows it. Lua shortens long names to
   * "...tail" (60 characters), so a shortened name matches the one file ending in the tail.
   */
  static Optional<LoadedModule> fileOf(String chunk, List<LoadedModule> files) {
    for (LoadedModule f : files) {
      if (f.chunkName().equals(chunk)) return Optional.of(f);
    }
    if (!chunk.startsWith("...")) return Optional.empty();
    String tail = chunk.substring(3);
    Optional<LoadedModule> match = Optional.empty();
    for (LoadedModule f : files) {
      if (f.chunkName().endsWith(tail)) {
        if (match.isPresent()) return Optional.empty(); // ambiguous: better no file than a wrong one
        match = Optional.of(f);
      }
    }
    return match;
  }
}
