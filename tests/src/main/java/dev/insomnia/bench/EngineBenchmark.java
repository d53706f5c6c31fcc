package dev.insomnia.bench;

import dev.insomnia.lua.Evaluation;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.lua.LuaChunk;
import dev.insomnia.lua.LuaEngine;
import dev.insomnia.lua.ModuleResolver;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine alone: one fresh sandboxed VM per evaluation, from creation to close, for a
 * trivial chunk (the fixed cost of an evaluation) and for a ~40-field table built in Lua.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
  private LuaEngine engine;
  private LuaChunk trivial;
  private LuaChunk fortyFields;

  @Setup
  public void setUp() {
    engine = LuaEngine.create();
    trivial = LuaChunk.of("=trivial", "return { slug = 'x' }");
    StringBuilder s = new StringBuilder("local t = { worker = {}, model = {} }\n");
    for (int i = 0; i < 20; i++) s.append("t.worker.f").append(i).append(" = ").append(i).append('\n');
    for (int i = 0; i < 20; i++) {
      s.append("t.model['k").append(i).append("'] = ('v'):rep(").append(i % 7 + 1).append(")\n");
    }
    s.append("return t\n");
    fortyFields = LuaChunk.of("=forty", s.toString());
  }

  @Benchmark
  public Evaluation trivialChunk() {
    return engine.evaluate(trivial, ModuleResolver.none(), EvaluationLimits.DEFAULT);
  }

  @Benchmark
  public Evaluation fortyFieldTable() {
    return engine.evaluate(fortyFields, ModuleResolver.none(), EvaluationLimits.DEFAULT);
  }
}
