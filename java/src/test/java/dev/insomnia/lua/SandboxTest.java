package dev.insomnia.lua;

import static dev.insomnia.lua.LuaTesting.error;
import static dev.insomnia.lua.LuaTesting.json;
import static dev.insomnia.lua.LuaTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every removal in the sandbox list, and the protections around what stays. */
class SandboxTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "os", "io", "debug", "package", "dofile", "loadfile", "load", "loadstring",
        "collectgarbage", "rawset", "coroutine", "utf8", "string.dump", "math.randomseed",
      })
  void removedNamesRaiseSandboxDeniedNamingThem(String name) {
    LuaError e = error(run("local x = " + name + "\nreturn 1"));
    assertEquals("sandbox.denied", e.code());
    assertTrue(e.message().contains("'" + name + "'"), e.message());
    assertEquals(java.util.OptionalInt.of(1), e.line());
  }

  @Test
  void denialIsCatchableAndCarriesItsCode() {
    assertEquals(
        "\"sandbox.denied\"",
        json(run("local ok, e = pcall(function() return os.time() end) return e.code")));
  }

  @Test
  void undefinedGlobalsStayNil() {
    assertEquals("true", json(run("return no_such_global == nil")));
  }

  @Test
  void stringMethodsCannotReachDump() {
    assertEquals("sandbox.denied", error(run("return ('x'):dump()")).code());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "string.upper = nil",
        "table.insert = print",
        "math.pi = 3",
      })
  void librariesAreReadOnly(String source) {
    assertEquals("sandbox.denied", error(run(source)).code());
  }

  @Test
  void stringMetatableIsProtected() {
    assertEquals("false", json(run("return getmetatable('')")));
    assertEquals("lua.runtime", error(run("setmetatable(_G, {})")).code());
  }

  @Test
  void weakTablesAreRefused() {
    assertEquals("sandbox.denied", error(run("setmetatable({}, { __mode = 'k' })")).code());
  }

  @Test
  void globalsStayWritableForTheProfilesOwnNames() {
    assertEquals("3", json(run("helper = function() return 3 end return helper()")));
  }

  @Test
  void randomIsDeterministic() {
    String source = "return { math.random(1, 1000000), math.random() }";
    assertEquals(json(run(source)), json(run(source)));
  }

  @Test
  void librariesKeepWhatTheListKeeps() {
    assertEquals(
        "[\"HI\",\"a,b\",3,4]",
        json(
            run(
                "return { ('hi'):upper(), table.concat({'a','b'}, ','), math.max(1, 3),"
                    + " #{ ('a b c d'):find('c') } + 2 }")));
  }
}
