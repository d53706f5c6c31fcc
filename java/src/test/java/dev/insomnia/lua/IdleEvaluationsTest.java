package dev.insomnia.lua;

import static dev.insomnia.lua.LuaTesting.error;
import static dev.insomnia.lua.LuaTesting.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Evaluation objects taken again after a run: each run still starts from nothing but the
 * settings of its own engine, and the kept JSON buffer never shows an earlier result.
 */
class IdleEvaluationsTest {
  private static final LuaEngine ENGINE = LuaTesting.ENGINE;

  @Test
  void aRunOnAKeptObjectGivesOnlyItsOwnJson() {
    String big = json(LuaTesting.run("local t = {} for i = 1, 5000 do t[i] = i end return t"));
    assertEquals(5000, big.split(",").length);
    long before = ENGINE.idleEvaluations().reused(); // one object is kept now, at least
    assertEquals("{\"a\":1}", json(LuaTesting.run("return { a = 1 }")));
    assertEquals("\"\"", json(LuaTesting.run("return ''")));
    assertEquals(before + 2, ENGINE.idleEvaluations().reused()); // a kept object, each time
  }

  @Test
  void aKeptObjectForgetsTheLastEnginesPrelude() {
    Prelude prelude =
        Prelude.builder()
            .add("host.util", new ModuleAnswer.Source(
                "@host/util.lua", "return { x = 1 }".getBytes(UTF_8), true))
            .build();
    ModuleResolver precompiled = name -> new ModuleAnswer.Precompiled(name);
    LuaChunk main = LuaChunk.of("@main.lua", "return require('host.util')");
    assertEquals("{\"x\":1}", json(ENGINE.withPrelude(prelude)
        .evaluate(main, precompiled, EvaluationLimits.DEFAULT)));
    long before = ENGINE.idleEvaluations().reused();
    // the object the prelude's run gave back, without a prelude now
    assertEquals("require.not-found",
        error(ENGINE.evaluate(main, precompiled, EvaluationLimits.DEFAULT)).code());
    assertEquals(before + 1, ENGINE.idleEvaluations().reused());
  }

  @Test
  void atMostTheBoundIsKept() {
    NativeLua api = NativeLibrary.get().api();
    IdleEvaluations idle = new IdleEvaluations(api, 1);
    long first = idle.take();
    long second = idle.take();
    assertNotEquals(first, second);
    idle.give(first);
    idle.give(second); // one more than the bound: freed
    assertEquals(1, idle.kept());
    assertEquals(first, idle.take()); // the one kept
    assertEquals(0, idle.kept());
    idle.give(first);
    assertEquals(1, idle.reused());
  }
}
