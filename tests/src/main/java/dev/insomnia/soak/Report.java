package dev.insomnia.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The soak's figures, and the criteria they are judged by (from the warm-up to the end). */
record Report(
    Soak.Options options, List<Workload> workloads, List<Sample> samples, Tally tally,
    long nanos, String jvmChanges) {

  private static final double MIB = 1 << 20;

  Report {
    workloads = List.copyOf(workloads);
    samples = List.copyOf(samples);
  }

  /** One criterion and whether it held. */
  record Criterion(String what, boolean passed) {}

  Sample start() {
    return samples.get(0);
  }

  /** The sample the criteria start from: after the first warmUpPercent of the run. */
  Sample warmUp() {
    return samples.get(options.warmUpPercent() / 10);
  }

  Sample end() {
    return samples.get(samples.size() - 1);
  }

  private static String mib(OptionalLong bytes) {
    return bytes.isPresent() ? String.format(Locale.ROOT, "%.1f", bytes.getAsLong() / MIB) : "-";
  }

  private static String kib(OptionalLong bytes) {
    return bytes.isPresent() ? String.valueOf(bytes.getAsLong() / 1024) : "-";
  }

  List<Criterion> criteria() {
    Sample w = warmUp(), e = end();
    long rssGrowth = e.rssBytes() - w.rssBytes();
    long heapGrowth = e.heapUsedBytes() - w.heapUsedBytes();
    long counted = e.nativeEvaluations() - start().nativeEvaluations();
    List<Criterion> criteria = new ArrayList<>();
    criteria.add(new Criterion(String.format(Locale.ROOT, "RSS grew %+.1f MiB (bound %.0f MiB)",
        rssGrowth / MIB, options.rssBoundBytes() / MIB), rssGrowth < options.rssBoundBytes()));
    OptionalLong before = w.cHeapOutsideJvmBytes(), after = e.cHeapOutsideJvmBytes();
    if (before.isPresent() && after.isPresent()) {
      long growth = after.getAsLong() - before.getAsLong();
      criteria.add(new Criterion(String.format(Locale.ROOT,
          "the C heap outside the JVM grew %+d KiB (bound %d KiB)", growth / 1024,
          options.cHeapBoundBytes() / 1024), growth < options.cHeapBoundBytes()));
    }
    criteria.add(new Criterion("file descriptors " + w.fds() + " -> " + e.fds(),
        e.fds() == w.fds()));
    criteria.add(new Criterion("Java threads " + w.javaThreads() + " -> " + e.javaThreads(),
        e.javaThreads() == w.javaThreads()));
    criteria.add(new Criterion(String.format(Locale.ROOT,
        "Java heap after GC grew %+.1f MiB (bound %.0f MiB)", heapGrowth / MIB,
        options.heapBoundBytes() / MIB), heapGrowth < options.heapBoundBytes()));
    criteria.add(new Criterion("Lua states gave back every byte: " + e.nativeBytesNotReturned()
        + " bytes not returned", e.nativeBytesNotReturned() == 0));
    criteria.add(new Criterion("the engine counted " + counted + " evaluations",
        counted == options.evaluations()));
    criteria.add(new Criterion("every run ended as its workload says: " + tally.failures()
        + " failures", tally.failures() == 0));
    return criteria;
  }

  boolean passed() {
    return criteria().stream().allMatch(Criterion::passed);
  }

  String text() {
    StringBuilder out = new StringBuilder();
    double seconds = nanos / 1e9;
    out.append(String.format(Locale.ROOT,
        "soak: %d evaluations on %d threads, %d workloads (%d builtin profiles, %d hostile"
            + " cases): %.1f s, %.0f evaluations/s%n%n",
        options.evaluations(), options.threads(), workloads.size(), Soak.BUILTINS.size(),
        workloads.size() - Soak.BUILTINS.size(), seconds, options.evaluations() / seconds));
    out.append(String.format(Locale.ROOT, "%-8s %11s %8s %8s %9s %11s %4s %8s %5s %9s %13s%n",
        "sample", "evaluations", "RSS MiB", "JVM MiB", "C heap", "outside JVM", "fds",
        "threads", "(OS)", "heap MiB", "not returned"));
    for (Sample s : samples) {
      out.append(String.format(Locale.ROOT, "%-8s %11d %8.1f %8s %9s %11s %4d %8d %5d %9.1f %13d%n",
          s.label(), s.evaluations(), s.rssBytes() / MIB, mib(s.jvmCommittedBytes()),
          mib(s.cHeapBytes()), kib(s.cHeapOutsideJvmBytes()), s.fds(), s.javaThreads(),
          s.osThreads(), s.heapUsedBytes() / MIB, s.nativeBytesNotReturned()));
    }
    out.append(String.format("JVM: native memory the JVM committed, Java heap included (Native"
        + " Memory Tracking); C heap:%nbytes malloc'd and not freed, in MiB (mallinfo2);"
        + " outside JVM: those the JVM did not allocate, in KiB%n"));
    out.append(String.format(Locale.ROOT, "%n%-26s %-22s %8s  %s%n", "workload", "expected",
        "mean ms", "runs by outcome"));
    for (Workload w : workloads) {
      Map<String, Long> outcomes = tally.outcomes(w);
      out.append(String.format(Locale.ROOT, "%-26s %-22s %8.1f  %s%n", w.name(),
          w.expectation(), tally.meanMillis(w), outcomes.entrySet().stream().map(o -> o.getKey() + " " + o.getValue())
              .collect(Collectors.joining(", "))));
    }
    if (!jvmChanges.isEmpty()) {
      out.append(String.format("%nthe JVM's committed memory, end against warm-up:%n"))
          .append(jvmChanges.indent(2));
    }
    out.append(String.format("%ncriteria, from the warm-up sample (%d%% of the run) to the end:%n",
        options.warmUpPercent()));
    for (Criterion c : criteria()) {
      out.append(c.passed() ? "  pass  " : "  FAIL  ").append(c.what()).append('\n');
    }
    if (options.warmUpPercent() != 10) {
      long sinceTenth = end().rssBytes() - samples.get(1).rssBytes();
      out.append(String.format(Locale.ROOT,
          "  (not judged: RSS grew %+.1f MiB from the first tenth of the run to the end)%n",
          sinceTenth / MIB));
    }
    for (String failure : tally.describedFailures()) out.append("  failure: ").append(failure)
        .append('\n');
    out.append(passed() ? "SOAK PASS\n" : "SOAK FAIL\n");
    return out.toString();
  }
}
