package dev.insomnia.lua;

import static dev.insomnia.lua.LuaTesting.error;
import static dev.insomnia.lua.LuaTesting.json;
import static dev.insomnia.lua.LuaTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Memory, instruction and time limits: enforced everywhere Lua code runs, and sticky. */
class LimitsTest {
  private static final EvaluationLimits SMALL =
      EvaluationLimits.DEFAULT.withInstructions(200_000).withMemoryBytes(4L << 20);

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "while true do end",
        "local function f() return f() end return f()", // proper tail calls: no stack growth
        "for i = 1, 100 do pcall(function() while true do end end) end return 'swallowed'",
        "local ok = xpcall(function() while true do end end, function(e) return e end) return 1",
        "return tostring(setmetatable({}, { __tostring = function() while true do end end }))",
        "local t = setmetatable({}, { __index = function() while true do end end }) return t.x",
        "table.sort({ 3, 2, 1 }, function(a, b) while true do end end)",
        "return (('x'):rep(100)):gsub('x', function() while true do end end)",
        "do local x <close> = setmetatable({}, { __close = function() while true do end end }) end",
        "xpcall(function() error('x') end, function() while true do end end)",
        "return (('a'):rep(100000)):find('.-.-.-.-.-x')",
        "return table.move({}, 1, 1e12, 2)",
      })
  void instructionBudgetHoldsEverywhere(String source) {
    assertEquals("limit.instructions", error(run(source, SMALL)).code());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "local t = {} for i = 1, 1e8 do t[i] = i end",
        "local s = 'x' while true do s = s .. s end",
        "return ('x'):rep(1e9)",
        "local ok = pcall(function() return ('x'):rep(1e8) end) return ok",
        "local t = {} for i = 1, 1e7 do t[#t + 1] = { i } end",
        "local parts = {} for i = 1, 1e6 do parts[i] = ('y'):rep(100) end "
            + "return table.concat(parts)",
      })
  void memoryCapHolds(String source) {
    EvaluationLimits limits = SMALL.withInstructions(1_000_000_000L);
    assertEquals("limit.memory", error(run(source, limits)).code());
  }

  @Test
  void deadlineHolds() {
    EvaluationLimits limits =
        SMALL.withInstructions(Long.MAX_VALUE / 2).withTime(Duration.ofMillis(100));
    assertEquals("limit.time", error(run("while true do end", limits)).code());
  }

  @Test
  void limitIsReportedEvenIfTheProfileCaughtItAndReturned() {
    // the sticky hook raises on the very next instruction, so even "return" cannot run
    LuaError e = error(run("pcall(function() while true do end end)\nreturn 1", SMALL));
    assertEquals("limit.instructions", e.code());
  }

  @Test
  void finalizersCannotBeInstalled() {
    assertEquals(
        "sandbox.denied", error(run("setmetatable({}, { __gc = function() end })")).code());
  }

  @Test
  void ordinaryWorkStaysWithinDefaults() {
    assertEquals(
        "500000500000",
        json(run("local s = 0 for i = 1, 1000000 do s = s + i end return s")));
  }

  @Test
  void engineIsHealthyAfterEveryLimit() {
    error(run("while true do end", SMALL));
    error(run("local t = {} for i = 1, 1e8 do t[i] = i end", SMALL));
    assertEquals("1", json(run("return 1")));
  }

  @Test
  void everyEvaluationIsCountedAndGivesItsMemoryBack() {
    LuaEngine.NativeAccounting before = LuaEngine.accounting();
    json(run("return { ('x'):rep(1 << 20) }"));
    error(run("local s = 'x' while true do s = s .. s end", SMALL));
    error(run("error('no')"));
    LuaEngine.NativeAccounting after = LuaEngine.accounting();
    assertTrue(after.evaluations() - before.evaluations() >= 3, () -> before + " -> " + after);
    assertEquals(0, after.bytesNotReturned());
  }
}
