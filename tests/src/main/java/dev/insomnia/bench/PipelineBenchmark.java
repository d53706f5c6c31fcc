package dev.insomnia.bench;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.profile.Profile;
import dev.insomnia.source.ProfileSource;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The profile pipeline on the builtin profiles, warm: all of it (evaluate in a fresh VM,
 * read and validate, resolve, canonical JSON: what {@code insomnia-pod --profile NAME} does
 * between selection and the store), and each step alone on the previous step's result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
  @Param({"default", "coder", "reviewer"})
  public String profile;

  private ProfilePipeline pipeline;
  private ProfileSource source;
  private EvaluatedProfile evaluated;
  private Profile read;
  private PodManifest manifest;

  @Setup
  public void setUp() throws DiagnosticException {
    pipeline = ProfilePipeline.create();
    source = ProfilePipeline.builtin(profile);
    evaluated = pipeline.evaluate(source);
    read = ProfilePipeline.read(evaluated);
    manifest = pipeline.resolve(read, evaluated);
  }

  @Benchmark
  public byte[] pipeline() throws DiagnosticException {
    return pipeline.run(source);
  }

  @Benchmark
  public EvaluatedProfile evaluate() throws DiagnosticException {
    return pipeline.evaluate(source);
  }

  @Benchmark
  public Profile read() throws DiagnosticException {
    return ProfilePipeline.read(evaluated);
  }

  @Benchmark
  public PodManifest resolve() throws DiagnosticException {
    return pipeline.resolve(read, evaluated);
  }

  @Benchmark
  public byte[] canonicalJson() {
    return manifest.toCanonicalJson();
  }
}
