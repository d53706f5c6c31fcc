package dev.insomnia.bench;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.evaluate.ProfileEvaluator;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The profile pipeline on the builtin profiles: evaluation in a fresh VM each time. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
  private ProfileEvaluator evaluator;
  private ProfileSource defaultProfile;

  @Setup
  public void setUp() {
    evaluator = ProfileEvaluator.create();
    defaultProfile =
        new ProfileSource(
            "default", Origin.BUILTIN, new ProfileLocation.Builtin("default.lua"), Optional.empty());
  }

  @Benchmark
  public EvaluatedProfile evaluateDefault() throws DiagnosticException {
    return evaluator.evaluate(defaultProfile);
  }
}
