package dev.insomnia.lua;

import static dev.insomnia.lua.LuaTesting.ENGINE;
import static dev.insomnia.lua.LuaTesting.error;
import static dev.insomnia.lua.LuaTesting.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** require through the Java callback. */
class RequireTest {

  private static ModuleResolver modules(Map<String, String> sources, List<String> asked) {
    return name -> {
      asked.add(name);
      String source = sources.get(name);
      if (source == null) {
        return new ModuleAnswer.Refusal("require.not-found", "no module '" + name + "'");
      }
      boolean host = name.startsWith("host");
      return new ModuleAnswer.Source("@" + name + ".lua", source.getBytes(UTF_8), host);
    };
  }

  private static Evaluation run(String source, Map<String, String> sources, List<String> asked) {
    return ENGINE.evaluate(
        LuaChunk.of("@main.lua", source), modules(sources, asked), EvaluationLimits.DEFAULT);
  }

  @Test
  void modulesLoadOncePerEvaluation() {
    List<String> asked = new ArrayList<>();
    String out =
        json(
            run(
                "local a = require('shared') local b = require('shared')"
                    + " return { same = a == b, v = a.v }",
                Map.of("shared", "return { v = 7 }"),
                asked));
    assertEquals("{\"same\":true,\"v\":7}", out);
    assertEquals(List.of("shared"), asked);
  }

  @Test
  void refusalIsCatchableByPcall() {
    String out =
        json(
            run(
                "local ok, e = pcall(require, 'nope') return { ok = ok, code = e.code }",
                Map.of(),
                new ArrayList<>()));
    assertEquals("{\"code\":\"require.not-found\",\"ok\":false}", out);
  }

  @Test
  void refusalCodeAndMessageReachTheCaller() {
    LuaError e = error(run("\nreturn require('nope')", Map.of(), new ArrayList<>()));
    assertEquals("require.not-found", e.code());
    assertEquals("no module 'nope'", e.message());
    assertEquals(OptionalInt.of(2), e.line());
  }

  @Test
  void exceptionInTheResolverFailsTheEvaluationNotTheJvm() {
    ModuleResolver broken =
        name -> {
          throw new IllegalStateException("resolver exploded");
        };
    Evaluation ev =
        ENGINE.evaluate(
            LuaChunk.of("@main.lua", "return require('x')"), broken, EvaluationLimits.DEFAULT);
    LuaError e = error(ev);
    assertEquals("engine.callback-failed", e.code());
    assertTrue(e.message().contains("resolver exploded"), e.message());
    assertEquals("1", json(LuaTesting.run("return 1")));
  }

  @Test
  void cyclesAreReportedWithTheChain() {
    LuaError e =
        error(
            run(
                "return require('a')",
                Map.of("a", "return require('b')", "b", "return require('a')"),
                new ArrayList<>()));
    assertEquals("require.cycle", e.code());
    assertTrue(e.message().contains("a -> b -> a"), e.message());
  }

  @Test
  void errorsInsideAModuleReportTheModulesLine() {
    LuaError e =
        error(
            run(
                "return require('broken')",
                Map.of("broken", "local x = 1\n\nerror('bad module')"),
                new ArrayList<>()));
    assertEquals("lua.runtime", e.code());
    assertEquals(Optional.of("broken.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void syntaxErrorsInsideAModuleReportTheModule() {
    LuaError e = error(run("return require('m')", Map.of("m", "return {"), new ArrayList<>()));
    assertEquals("lua.syntax", e.code());
    assertEquals(Optional.of("m.lua"), e.chunk());
  }

  @Test
  void hostModulesAreFrozen() {
    Map<String, String> sources = Map.of("host.models", "return { list = { 'a', 'b' }, n = 2 }");
    assertEquals(
        "sandbox.denied",
        error(run("require('host.models').n = 3", sources, new ArrayList<>())).code());
    assertEquals(
        "sandbox.denied",
        error(run("table.insert(require('host.models').list, 'c')", sources, new ArrayList<>()))
            .code());
    assertEquals(
        "{\"len\":2,\"list\":[\"a\",\"b\"],\"n\":2}",
        json(
            run(
                "local m = require('host.models')"
                    + " local keys = 0 for k in pairs(m) do keys = keys + 1 end"
                    + " return { list = m.list, n = m.n, len = #m.list + keys - 2 }",
                sources,
                new ArrayList<>())));
  }

  @Test
  void hostModulesSeePristineGlobals() {
    Map<String, String> sources =
        Map.of("host.util", "return { kind = function(v) return type(v) end }");
    assertEquals(
        "\"number\"",
        json(
            run(
                "type = function() return 'hijacked' end"
                    + " return require('host.util').kind(1)",
                sources,
                new ArrayList<>())));
  }

  @Test
  void namesWithNulBytesAreRefused() {
    LuaError e = error(run("return require('a\\0b')", Map.of(), new ArrayList<>()));
    assertEquals("require.invalid-name", e.code());
  }

  @Test
  void hostModulesRaiseCodedErrorsAtTheCallersLine() {
    Map<String, String> sources =
        Map.of(
            "host.models",
            "return { catalog = function(id) raise('profile.unknown-model', 'no ' .. id, 2) end }");
    LuaError e =
        error(run("local m = require('host.models')\n\nm.catalog('x')", sources, new ArrayList<>()));
    assertEquals("profile.unknown-model", e.code());
    assertEquals("no x", e.message());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(Optional.of("main.lua"), e.chunk());
  }

  @Test
  void profilesCannotReachTheHostOnlyRaise() {
    assertEquals("true", json(LuaTesting.run("return raise == nil")));
  }
}
