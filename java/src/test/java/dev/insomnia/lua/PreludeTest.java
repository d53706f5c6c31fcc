package dev.insomnia.lua;

import static dev.insomnia.lua.LuaTesting.error;
import static dev.insomnia.lua.LuaTesting.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Host modules compiled once into a prelude and loaded from bytecode. */
class PreludeTest {
  private static ModuleAnswer.Source source(String chunk, String text) {
    return new ModuleAnswer.Source(chunk, text.getBytes(UTF_8), true);
  }

  private static final Prelude PRELUDE =
      Prelude.builder()
          .add(
              "host.util",
              source("@host/util.lua", "local M = {}\nfunction M.twice(x) return 2 * x end\n"
                  + "function M.fail() error('from the prelude') end\nreturn M\n"))
          .build();

  private static final LuaEngine ENGINE = LuaTesting.ENGINE.withPrelude(PRELUDE);

  private static Evaluation run(String source) {
    ModuleResolver modules =
        name ->
            PRELUDE.names().contains(name)
                ? new ModuleAnswer.Precompiled(name)
                : new ModuleAnswer.Refusal("require.not-found", "no " + name);
    return ENGINE.evaluate(LuaChunk.of("@main.lua", source), modules, EvaluationLimits.DEFAULT);
  }

  @Test
  void precompiledModulesRunAndAreFrozen() {
    assertEquals("42", json(run("return require('host.util').twice(21)")));
    assertEquals("sandbox.denied", error(run("require('host.util').twice = nil")).code());
  }

  @Test
  void errorsInsidePrecompiledModulesKeepTheirLines() {
    LuaError e = error(run("return require('host.util').fail()"));
    assertEquals("lua.runtime", e.code());
    assertEquals(Optional.of("host/util.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void modulesThatDoNotCompileAreRefusedAtBuild() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Prelude.builder().add("bad", source("@bad.lua", "return {")).build());
    assertTrue(e.getMessage().contains("bad.lua:1"), e.getMessage());
  }

  @Test
  void aNameMissingFromThePreludeFailsTheRequire() {
    ModuleResolver wrong = name -> new ModuleAnswer.Precompiled("not.there");
    Evaluation ev =
        ENGINE.evaluate(
            LuaChunk.of("@main.lua", "return require('x')"), wrong, EvaluationLimits.DEFAULT);
    assertEquals("require.not-found", error(ev).code());
  }
}
