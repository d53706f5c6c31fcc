package dev.insomnia.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Evaluations on many threads at once, each with its own VM and its own modules. */
class ConcurrencyTest {

  @Test
  void eightThreadsTimesAThousandEvaluations() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(pool.submit(() -> evaluateMany(thread, 1000)));
      }
      for (Future<Integer> result : results) assertEquals(1000, result.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each evaluation requires a module named for its thread: a mix-up would show. */
  private static int evaluateMany(int thread, int count) {
    ModuleResolver modules =
        name ->
            new ModuleAnswer.Source(
                "@m.lua", ("return { thread = " + thread + " }").getBytes(), false);
    String expected = "{\"i\":%d,\"thread\":" + thread + "}";
    int ok = 0;
    for (int i = 0; i < count; i++) {
      Evaluation ev =
          LuaTesting.ENGINE.evaluate(
              LuaChunk.of(
                  "@p.lua", "local m = require('m') return { thread = m.thread, i = " + i + " }"),
              modules,
              EvaluationLimits.DEFAULT);
      if (ev instanceof Evaluation.Success s && s.jsonText().equals(String.format(expected, i))) {
        ok++;
      }
    }
    return ok;
  }
}
