package dev.insomnia.bench;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.profile.Profile;
import dev.insomnia.source.ProfileSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The pipeline on generated profiles ({@link LargeProfile}) of every size and module count,
 * for the growth table: all of it, and each step alone on the previous step's result (as in
 * {@link PipelineBenchmark}). The evaluator keeps the files it read ({@code SourceFileCache},
 * as a launcher's does), so once they have settled (3 s after they were written: during the
 * first warm-up iterations) an evaluation reads none of them again; {@link
 * #pipelineReadingFiles} reads and hashes them every time, as a launch does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LargeProfileBenchmark {
  @Param({"40", "500", "2000"})
  public int fields;

  @Param({"1", "5", "20"})
  public int modules;

  private Path dir;
  private ProfilePipeline pipeline;
  private ProfilePipeline readingFiles;
  private ProfileSource source;
  private EvaluatedProfile evaluated;
  private Profile read;
  private PodManifest manifest;

  @Setup
  public void setUp() throws IOException, DiagnosticException {
    dir = Directories.temporary("large");
    source = ProfilePipeline.file(new LargeProfile(fields, modules).write(dir));
    pipeline = ProfilePipeline.create();
    readingFiles = ProfilePipeline.readingFiles();
    evaluated = pipeline.evaluate(source);
    read = ProfilePipeline.read(evaluated);
    manifest = pipeline.resolve(read, evaluated);
  }

  @TearDown
  public void tearDown() throws IOException {
    Directories.delete(dir);
  }

  @Benchmark
  public byte[] pipeline() throws DiagnosticException {
    return pipeline.run(source);
  }

  @Benchmark
  public byte[] pipelineReadingFiles() throws DiagnosticException {
    return readingFiles.run(source);
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
