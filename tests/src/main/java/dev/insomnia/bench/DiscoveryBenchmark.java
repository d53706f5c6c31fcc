package dev.insomnia.bench;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.discovery.Discovery;
import dev.insomnia.discovery.Places;
import dev.insomnia.discovery.ProfileDiscovery;
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
 * Discovery, warm, over a generated user registry ({@link GeneratedRegistry}) of 10, 100 and
 * 1,000 entries, plus the builtin index: reading and parsing both registries, one stat per
 * entry, the effective default. What listing profiles costs; it never evaluates Lua.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiscoveryBenchmark {
  @Param({"10", "100", "1000"})
  public int entries;

  private Path root;
  private Places places;

  @Setup
  public void setUp() throws IOException {
    root = Directories.temporary("registry");
    places = GeneratedRegistry.write(root, entries);
  }

  @TearDown
  public void tearDown() throws IOException {
    Directories.delete(root);
  }

  @Benchmark
  public Discovery discover() throws DiagnosticException {
    return ProfileDiscovery.discover(places);
  }
}
