package dev.insomnia.bench;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.ProfileSource;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The whole pipeline on the builtin default profile from one and from two threads sharing one
 * evaluator (as a server would): the two-thread score over the one-thread score is how well
 * evaluations scale. JMH sums the threads' operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {
  private ProfilePipeline pipeline;
  private ProfileSource source;

  @Setup
  public void setUp() {
    pipeline = ProfilePipeline.create();
    source = ProfilePipeline.builtin("default");
  }

  @Benchmark
  @Threads(1)
  public byte[] oneThread() throws DiagnosticException {
    return pipeline.run(source);
  }

  @Benchmark
  @Threads(2)
  public byte[] twoThreads() throws DiagnosticException {
    return pipeline.run(source);
  }
}
