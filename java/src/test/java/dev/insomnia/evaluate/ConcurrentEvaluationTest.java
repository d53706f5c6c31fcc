package dev.insomnia.evaluate;

import static dev.insomnia.evaluate.Profiles.builtin;
import static dev.insomnia.evaluate.Profiles.path;
import static dev.insomnia.evaluate.Profiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One evaluator shared by several threads gives each the same answers as alone. */
class ConcurrentEvaluationTest {
  @TempDir Path tmp;

  @Test
  void evaluationsOnSeveralThreadsAgreeWithSequentialOnes() throws Exception {
    write(tmp.resolve("lib/shared.lua"), "return { n = 7 }");
    Path local = write(tmp.resolve("local.lua"),
        "local models = require('insomnia.models')\n"
            + "return { n = require('lib.shared').n, model = models.catalog('openai/gpt-5.5') }");
    Path broken = write(tmp.resolve("broken.lua"),
        "return require('insomnia.models').catalog('nope/x')");
    List<ProfileSource> sources =
        List.of(builtin("default"), builtin("coder"), builtin("reviewer"), path(local));
    List<String> expected = new ArrayList<>();
    for (ProfileSource s : sources) expected.add(outcome(s));
    expected.add(outcome(path(broken)));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int round = 0; round < 10; round++) {
            got.clear();
            for (ProfileSource s : sources) got.add(outcome(s));
            got.add(outcome(path(broken)));
          }
          return got;
        }));
      }
      for (Future<List<String>> run : runs) assertEquals(expected, run.get());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(DiagnosticCode.PROFILE_UNKNOWN_MODEL.code(), expected.get(4).split(" ")[0]);
  }

  private static String outcome(ProfileSource source) {
    try {
      EvaluatedProfile p = Profiles.EVALUATOR.evaluate(source);
      return p.jsonText() + " " + p.sourceSha256();
    } catch (DiagnosticException e) {
      return e.diagnostics().get(0).code().code() + " " + e.getMessage();
    }
  }
}
