package dev.insomnia.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.lua.LuaError;
import dev.insomnia.modules.LoadedModule;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapping from native error codes to diagnostics, on errors built by hand. */
class LuaErrorsTest {
  private static final List<LoadedModule> FILES =
      List.of(
          new LoadedModule("coder", "coder.lua", "builtin/coder.lua", LoadedModule.Kind.MAIN,
              "a".repeat(64)),
          new LoadedModule("lib.common", "lib/common.lua", "builtin/lib/common.lua",
              LoadedModule.Kind.LOCAL, "b".repeat(64)),
          new LoadedModule("insomnia.models", "insomnia/models.lua", "insomnia/models.lua",
              LoadedModule.Kind.HOST, "c".repeat(64)));

  private static Diagnostic map(String code, String chunk, int line) {
    return LuaErrors.diagnostic(
        new LuaError(code, "what happened", chunk.isEmpty() ? Optional.empty()
            : Optional.of(chunk), line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
            Optional.empty()),
        FILES);
  }

  @Test
  void chunksMapToTheFilesUsersKnow() {
    assertEquals(Optional.of("builtin/coder.lua"), map("lua.runtime", "coder.lua", 3).file());
    assertEquals(Optional.of("builtin/lib/common.lua"),
        map("lua.runtime", "lib/common.lua", 3).file());
    assertEquals(Optional.of("insomnia/models.lua"),
        map("lua.runtime", "insomnia/models.lua", 3).file());
    assertEquals(OptionalInt.of(3), map("lua.runtime", "lib/common.lua", 3).line());
  }

  @Test
  void unknownOrMissingChunksFallBackToTheProfileWithoutALine() {
    Diagnostic d = map("lua.runtime", "=[C]", 7);
    assertEquals(Optional.of("builtin/coder.lua"), d.file());
    assertEquals(OptionalInt.empty(), d.line());
    assertEquals(Optional.of("builtin/coder.lua"), map("limit.time", "", 0).file());
  }

  @Test
  void shortenedChunksMatchByTheirTail() {
    assertEquals(Optional.of("builtin/lib/common.lua"),
        map("lua.runtime", "...common.lua", 2).file());
    // ".lua" ends every file: ambiguous, so no file rather than a wrong one
    assertEquals(Optional.of("builtin/coder.lua"), map("lua.runtime", "....lua", 2).file());
    assertEquals(OptionalInt.empty(), map("lua.runtime", "....lua", 2).line());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"limit.memory", "limit.instructions", "limit.time", "sandbox.denied",
          "require.not-found", "require.cycle", "require.escape", "require.invalid-name",
          "require.ambiguous", "profile.unknown-model", "profile.return"})
  void codesRaisedInLuaPassThroughWithTheirMessage(String code) {
    Diagnostic d = map(code, "coder.lua", 4);
    assertEquals(DiagnosticCode.of(code).orElseThrow(), d.code());
    assertEquals("what happened", d.message());
    assertEquals(OptionalInt.of(4), d.line());
  }

  @Test
  void syntaxAndRuntimeErrorsBecomeProfileCodes() {
    assertEquals(DiagnosticCode.PROFILE_SYNTAX, map("lua.syntax", "coder.lua", 1).code());
    assertEquals(DiagnosticCode.PROFILE_RUNTIME_ERROR, map("lua.runtime", "coder.lua", 1).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine.callback-failed", "engine.setup", "pod.exists", "weird"})
  void anythingElseIsAnEngineFailure(String code) {
    Diagnostic d = map(code, "coder.lua", 2);
    assertEquals(DiagnosticCode.ENGINE_FAILURE, d.code());
    assertEquals("the evaluation failed with " + code + ": what happened", d.message());
  }

  @Test
  void resultErrorsAtTheWholeValueAreProfileReturn() {
    Diagnostic d =
        LuaErrors.diagnostic(
            new LuaError("lua.result", "a thread has no JSON form", Optional.empty(),
                OptionalInt.empty(), Optional.of("(the returned value)")),
            FILES);
    assertEquals(DiagnosticCode.PROFILE_RETURN, d.code());
    assertEquals("the profile returned a thread, which has no JSON form", d.message());
    assertEquals(Optional.empty(), d.path());
  }

  @Test
  void unknownResultMessagesKeepTheirWords() {
    Diagnostic d =
        LuaErrors.diagnostic(
            new LuaError("lua.result", "the result is larger than 16 bytes", Optional.empty(),
                OptionalInt.empty(), Optional.of("instructions[3]")),
            FILES);
    assertEquals(DiagnosticCode.PROFILE_TYPE, d.code());
    assertEquals(Optional.of("instructions[3]"), d.path());
    assertEquals("expected a value with a JSON form, found the result is larger than 16 bytes",
        d.message());
  }
}
