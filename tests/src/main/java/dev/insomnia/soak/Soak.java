package dev.insomnia.soak;

import dev.insomnia.pod.PodEnvironment;
import dev.insomnia.pod.PodService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak (docs/security.md, "Soak"): many evaluations in one JVM across threads sharing one
 * engine, the builtin profiles through the whole pipeline (a dry-run create: evaluation,
 * validation, resolution, nothing stored) mixed with hostile cases that end on the memory,
 * instruction and time limits, the sandbox and runtime errors, since error paths are where
 * leaks hide. The process is sampled before the first evaluation and after every tenth of
 * the run. From the warm-up sample (half-way, unless told otherwise) to the end: resident
 * memory and the Java heap stay within bounds, the C heap outside the JVM comes back to where
 * it was (within a bound), descriptors and Java threads do not change, the Lua states give
 * back every byte, and every run ends as its workload says. The warm-up is long because the
 * C allocator's per-thread arenas keep growing to the most they will hold for a while: in the
 * first 100,000-evaluation run RSS grew 8.5 MiB from the first tenth to four tenths of the
 * run, then not at all for 60,000 evaluations. A leak grows with every evaluation, so the
 * second half still shows it.
 *
 * <p>Usage: {@code Soak [--evals N] [--threads T] [--corpus DIR] [--warm-up-percent P]
 * [--rss-bound-mib M] [--heap-bound-mib H] [--c-heap-bound-kib K]}; exit status 0 when every
 * criterion holds, 1 when one fails, 2 for a usage error. Run it as tests/bench/soak.sh does:
 * with a fixed, pre-touched Java heap (so a growing heap does not read as native growth) and
 * Native Memory Tracking (so the JVM's own share of the C heap can be told apart).
 */
public final class Soak {
  /** The cases of tests/hostile/ in the mix: limits, sandbox, require and runtime errors. */
  static final List<String> HOSTILE_CASES =
      List.of(
          "memory_string_doubling", // limit.memory on large blocks (string growth)
          "memory_table_bomb", // limit.memory on many small blocks
          "memory_pcall_swallow", // limit.memory caught by pcall: sticky
          "memory_stack_frames", // limit.memory growing the Lua stack
          "memory_gsub_expansion", // limit.memory inside a C buffer
          "cpu_infinite_loop", // limit.instructions
          "cpu_pcall_swallow", // limit.instructions caught by pcall: sticky
          "cpu_pattern_gsub", // limit.instructions charged by the matcher
          "cpu_sort_comparator_loop", // limit.instructions in a comparator called from C
          "cpu_rep_loop", // limit.time, refused by the allocator (each run waits 300 ms)
          "errors_huge_message", // profile.runtime-error with a large message
          "errors_in_module", // profile.runtime-error inside a required local module
          "errors_tostring_errors", // profile.runtime-error from __tostring
          "errors_syntax_module", // profile.syntax in a local module
          "sandbox_load", // sandbox.denied
          "require_cycle", // require.cycle
          "require_many_missing", // require.not-found, many callbacks
          "return_cycle", // profile.type from the JSON encoder
          "return_secret_value", // profile.secret from validation
          "return_shared_table"); // ok, a hostile file that resolves

  /** The builtin profiles. */
  static final List<String> BUILTINS = List.of("default", "coder", "reviewer");

  /** Samples after each tenth; the warm-up is the first one (or the first few). */
  private static final int SLICES = 10;

  private Soak() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("soak: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    Report report = run(options);
    System.out.print(report.text());
    System.out.flush();
    System.exit(report.passed() ? 0 : 1);
  }

  /** Runs the soak; the report says whether every criterion held. */
  static Report run(Options options) throws Exception {
    Path scratch = Files.createTempDirectory("insomnia-soak");
    try {
      List<Workload> workloads = workloads(options.corpus());
      List<Workload> schedule = schedule(workloads);
      Runner runner = new Runner(environment(scratch), workloads);
      List<Sample> samples = new ArrayList<>();
      samples.add(Sample.take("start", 0));
      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      AtomicLong next = new AtomicLong();
      long nanos = 0;
      try {
        for (int slice = 1; slice <= SLICES; slice++) {
          long end = options.evaluations() * slice / SLICES;
          long started = System.nanoTime();
          List<Future<?>> workers = new ArrayList<>();
          for (int t = 0; t < options.threads(); t++) {
            workers.add(pool.submit(() -> {
              for (long i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                runner.run(schedule.get((int) (i % schedule.size())));
              }
            }));
          }
          for (Future<?> worker : workers) worker.get();
          nanos += System.nanoTime() - started;
          next.set(end);
          boolean warmUp = slice * 100 / SLICES == options.warmUpPercent();
          samples.add(Sample.take(
              warmUp ? "warm-up" : slice == SLICES ? "end" : slice * 100 / SLICES + "%", end));
          if (warmUp) NativeMemoryTracking.baseline();
        }
      } finally {
        pool.shutdownNow();
      }
      return new Report(options, workloads, samples, runner.tally(), nanos,
          NativeMemoryTracking.changesSinceBaseline());
    } finally {
      deleteTree(scratch);
    }
  }

  private static List<Workload> workloads(Path corpus) throws IOException {
    List<Workload> workloads = new ArrayList<>();
    for (String name : BUILTINS) workloads.add(Workload.builtin(name));
    for (String name : HOSTILE_CASES) workloads.add(Workload.hostile(corpus.resolve(name + ".lua")));
    return List.copyOf(workloads);
  }

  /**
   * Each hostile case followed by every builtin profile: three quarters of the runs resolve,
   * as in real use, and any eight consecutive runs (what eight threads pick up at once) mix
   * both kinds.
   */
  private static List<Workload> schedule(List<Workload> workloads) {
    List<Workload> builtins = workloads.subList(0, BUILTINS.size());
    List<Workload> schedule = new ArrayList<>();
    for (Workload hostile : workloads.subList(BUILTINS.size(), workloads.size())) {
      schedule.add(hostile);
      schedule.addAll(builtins);
    }
    return List.copyOf(schedule);
  }

  /** A place of its own: nothing of the user's is read, and a dry run stores nothing. */
  private static PodEnvironment environment(Path scratch) throws IOException {
    Path work = Files.createDirectories(scratch.resolve("work"));
    return new PodEnvironment(
        Map.of(
            "INSOMNIA_CONFIG_DIR", scratch.resolve("config").toString(),
            "INSOMNIA_DATA_DIR", scratch.resolve("data").toString()),
        Files.createDirectories(scratch.resolve("home")),
        work,
        work);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Command-line options. */
  record Options(
      long evaluations, int threads, Path corpus, int warmUpPercent, long rssBoundBytes,
      long heapBoundBytes, long cHeapBoundBytes) {
    static final String USAGE =
        "usage: Soak [--evals N] [--threads T] [--corpus DIR] [--warm-up-percent 10|20|..|90]"
            + " [--rss-bound-mib M] [--heap-bound-mib H] [--c-heap-bound-kib K]";

    static Options parse(String[] args) {
      long evaluations = 100_000;
      int threads = 8;
      Path corpus = Path.of("tests/hostile");
      int warmUp = 50;
      long rssBound = 8;
      long heapBound = 8;
      long cHeapBound = 2048;
      for (int i = 0; i < args.length; i++) {
        if (i + 1 >= args.length) throw new IllegalArgumentException("no value for " + args[i]);
        String value = args[++i];
        switch (args[i - 1]) {
          case "--evals" -> evaluations = Long.parseLong(value);
          case "--threads" -> threads = Integer.parseInt(value);
          case "--corpus" -> corpus = Path.of(value);
          case "--rss-bound-mib" -> rssBound = Long.parseLong(value);
          case "--heap-bound-mib" -> heapBound = Long.parseLong(value);
          case "--c-heap-bound-kib" -> cHeapBound = Long.parseLong(value);
          case "--warm-up-percent" -> warmUp = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
        }
      }
      if (evaluations < SLICES || threads < 1) {
        throw new IllegalArgumentException("at least " + SLICES + " evaluations and 1 thread");
      }
      if (!Files.isDirectory(corpus)) {
        throw new IllegalArgumentException("no hostile corpus at " + corpus.toAbsolutePath());
      }
      if (warmUp < 10 || warmUp > 90 || warmUp % 10 != 0) {
        throw new IllegalArgumentException("the warm-up is 10, 20, ... or 90 percent");
      }
      return new Options(evaluations, threads, corpus, warmUp, rssBound << 20, heapBound << 20,
          cHeapBound << 10);
    }
  }

  /** Runs workloads through one {@link PodService} each (they differ only in limits). */
  private static final class Runner {
    private final Map<Workload, PodService> services;
    private final Tally tally;

    Runner(PodEnvironment environment, List<Workload> workloads) {
      var byWorkload = new java.util.HashMap<Workload, PodService>();
      for (Workload w : workloads) byWorkload.put(w, PodService.open(environment, w.limits()));
      this.services = Map.copyOf(byWorkload);
      this.tally = new Tally(workloads);
    }

    void run(Workload workload) {
      long started = System.nanoTime();
      Outcome outcome = Outcome.of(services.get(workload), workload);
      tally.record(workload, outcome, System.nanoTime() - started);
    }

    Tally tally() {
      return tally;
    }
  }
}
