package dev.insomnia.lua;

import static dev.insomnia.lua.LuaTesting.error;
import static dev.insomnia.lua.LuaTesting.json;
import static dev.insomnia.lua.LuaTesting.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values, canonical JSON, and errors with their locations. */
class EvaluationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "return 42 | 42",
        "return -7 | -7",
        "return 1.0 | 1.0",
        "return 2.5 | 2.5",
        "return 0.1 | 0.1",
        "return 1e300 | 1e+300",
        "return 2^53 | 9007199254740992.0",
        "return math.maxinteger | 9223372036854775807",
        "return true | true",
        "return nil | null",
        "return 'h\u00e9' | \"h\u00e9\"",
        "return 'tab\\tquote\"nl\\n' | \"tab\\tquote\\\"nl\\n\"",
        "return '\\0' | \"\\u0000\"",
        "return {} | {}",
        "return {1, 2, 3} | [1,2,3]",
        "return {b = 1, a = {c = {}, b = 2.0}} | {\"a\":{\"b\":2.0,\"c\":{}},\"b\":1}",
        "return {['with space'] = 1, ['Z'] = 2, ['a'] = 3} | {\"Z\":2,\"a\":3,\"with space\":1}",
      })
  void encodesValuesCanonically(String source, String expected) {
    assertEquals(expected, json(run(source)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "return { worker = { tools = { 'a', 'b', function() end } } } | worker.tools[3]",
        "local t = {} t.self = t return { x = t } | x.self",
        "return { n = 0/0 } | n",
        "return { n = math.huge } | n",
        "return { [1] = 'a', [3] = 'c' } | (the returned value)",
        "return { 'a', b = 1 } | (the returned value)",
        "return { [true] = 1 } | (the returned value)",
        "return { [1.5] = 1 } | (the returned value)",
        "return { s = '\\xff' } | s",
        "return { ['odd key'] = { print } } | [\"odd key\"][1]",
        "return { ['nul\\0byte'] = { print } } | [\"nul\"][1]",
        "return { a = { { { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, print } } } } | a[1][1][12]",
      })
  void refusesValuesWithoutJsonFormAtTheirPath(String source, String path) {
    LuaError e = error(run(source));
    assertEquals("lua.result", e.code(), e::message);
    assertEquals(Optional.of(path), e.path());
  }

  @Test
  void aPathTooLongToShowIsCutAtItsLimit() {
    String key = "k".repeat(100);
    LuaError e = error(run("return { " + key + " = { " + key + " = { " + key + " = { print } } } }"));
    String full = key + "." + key + "." + key + "[1]";
    assertEquals(Optional.of(full.substring(0, 255)), e.path());
  }

  @Test
  void refusesExcessiveNesting() {
    LuaError e = error(run("local t = {} for i = 1, 200 do t = { t } end return t"));
    assertEquals("lua.result", e.code());
    assertTrue(e.message().contains("deeper"), e.message());
  }

  @Test
  void syntaxErrorsCarryChunkAndLine() {
    LuaError e = error(run("local x = 1\nlocal y = = 2\n"));
    assertEquals("lua.syntax", e.code());
    assertEquals(Optional.of("test.lua"), e.chunk());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.message().contains("unexpected symbol"), e.message());
  }

  @Test
  void runtimeErrorsCarryChunkAndLine() {
    LuaError e = error(run("local t = nil\n\nreturn t.field\n"));
    assertEquals("lua.runtime", e.code());
    assertEquals(Optional.of("test.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
    assertTrue(e.message().contains("attempt to index a nil value"), e.message());
  }

  @Test
  void errorWithoutPositionIsLocatedAtTheRaisingFrame() {
    LuaError e = error(run("\nerror({ reason = 'table' })\n"));
    assertEquals("lua.runtime", e.code());
    assertEquals("error object is a table value", e.message());
    assertEquals(OptionalInt.of(2), e.line());
  }

  @Test
  void binaryChunksAreNeverLoaded() {
    byte[] binary = {0x1b, 'L', 'u', 'a', 0x54, 0};
    LuaError e = error(LuaTesting.ENGINE.evaluate(new LuaChunk("=bin", binary)));
    assertEquals("lua.syntax", e.code());
    assertTrue(e.message().contains("binary"), e.message());
  }

  @Test
  void printIsCapturedNotWritten() {
    Evaluation ev = run("print('hello', 1, nil) print('again') return 1");
    assertEquals("hello\t1\tnil\nagain\n", ev.output());
  }

  @Test
  void pairsBuiltOutputIsByteIdenticalAcrossEvaluations() {
    String source =
        "local t, keys = {}, {}\n"
            + "for i = 1, 200 do t['key' .. i] = i end\n"
            + "for k in pairs(t) do keys[#keys + 1] = k end\n"
            + "return { order = table.concat(keys, ','), r = math.random(1, 1 << 40) }";
    byte[] first = ((Evaluation.Success) run(source)).json();
    for (int i = 0; i < 5; i++) {
      assertArrayEquals(first, ((Evaluation.Success) run(source)).json());
    }
  }

  @Test
  void versionNamesLua() {
    assertTrue(LuaTesting.ENGINE.version().contains("Lua 5.4.9"), LuaTesting.ENGINE.version());
  }
}
