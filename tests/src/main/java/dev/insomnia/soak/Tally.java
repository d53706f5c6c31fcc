package dev.insomnia.soak;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What every run ended with, per workload and code, and the runs that did not end as their
 * workload says: a different code, an exception, or a manifest that differs from the first.
 * Thread-safe.
 */
final class Tally {
  /** Failures described in full; the rest are only counted. */
  private static final int DESCRIBED = 10;

  private final Map<Workload, Map<String, LongAdder>> counts;
  private final Map<Workload, LongAdder> nanos;
  private final Map<Workload, byte[]> firstManifest = new ConcurrentHashMap<>();
  private final LongAdder failures = new LongAdder();
  private final Queue<String> described = new ConcurrentLinkedQueue<>();

  Tally(List<Workload> workloads) {
    Map<Workload, Map<String, LongAdder>> byWorkload = new HashMap<>();
    Map<Workload, LongAdder> time = new HashMap<>();
    for (Workload w : workloads) {
      byWorkload.put(w, new ConcurrentHashMap<>());
      time.put(w, new LongAdder());
    }
    this.counts = Map.copyOf(byWorkload);
    this.nanos = Map.copyOf(time);
  }

  void record(Workload workload, Outcome outcome, long elapsedNanos) {
    nanos.get(workload).add(elapsedNanos);
    counts.get(workload).computeIfAbsent(outcome.label(), k -> new LongAdder()).increment();
    problem(workload, outcome).ifPresent(problem -> {
      failures.increment();
      if (described.size() < DESCRIBED) described.add(workload.name() + ": " + problem);
    });
  }

  private Optional<String> problem(Workload workload, Outcome outcome) {
    if (outcome instanceof Outcome.Broken broken) return Optional.of(broken.what());
    if (outcome instanceof Outcome.Rejected rejected) {
      return workload.expectedCode().equals(Optional.of(rejected.code()))
          ? Optional.empty()
          : Optional.of("ended with " + rejected.code() + " (" + rejected.message()
              + "), expected " + workload.expectation());
    }
    if (workload.expectedCode().isPresent()) {
      return Optional.of("resolved, expected " + workload.expectation());
    }
    byte[] manifest = ((Outcome.Resolved) outcome).manifest();
    byte[] first = firstManifest.putIfAbsent(workload, manifest);
    return first == null || Arrays.equals(first, manifest)
        ? Optional.empty()
        : Optional.of("resolved to a manifest that differs from its first");
  }

  /** Runs of {@code workload} by how they ended, codes sorted. */
  Map<String, Long> outcomes(Workload workload) {
    Map<String, Long> sorted = new TreeMap<>();
    counts.get(workload).forEach((code, n) -> sorted.put(code, n.sum()));
    return sorted;
  }

  /** Mean wall-clock milliseconds of one run of {@code workload} (threads share the cores). */
  double meanMillis(Workload workload) {
    long runs = counts.get(workload).values().stream().mapToLong(LongAdder::sum).sum();
    return runs == 0 ? 0 : nanos.get(workload).sum() / 1e6 / runs;
  }

  long failures() {
    return failures.sum();
  }

  List<String> describedFailures() {
    return List.copyOf(described);
  }
}
