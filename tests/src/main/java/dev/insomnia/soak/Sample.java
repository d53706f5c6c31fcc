package dev.insomnia.soak;

import dev.insomnia.lua.LuaEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The process at one point of a soak, read from {@code /proc/self} and the JVM after a full
 * collection: what would grow if evaluations leaked native memory, descriptors or threads.
 *
 * @param label where in the run it was taken
 * @param evaluations evaluations finished before it
 * @param rssBytes resident set size (VmRSS): Java heap, JVM and native memory together
 * @param fds open file descriptors
 * @param javaThreads live Java threads
 * @param osThreads the process's threads, the JVM's own (JIT compilers, GC) included
 * @param heapUsedBytes Java heap in use after {@link System#gc()}
 * @param jvmCommittedBytes native memory the JVM itself has committed (heap included), when
 *     Native Memory Tracking is on
 * @param cHeapBytes bytes the C heap has handed out and not had back ({@link CHeap})
 * @param jvmMallocBytes how many of those the JVM allocated itself, when tracking is on
 * @param nativeEvaluations evaluations the engine counted ({@link LuaEngine#accounting()})
 * @param nativeBytesNotReturned bytes Lua states still held after being closed, summed
 */
record Sample(
    String label,
    long evaluations,
    long rssBytes,
    long fds,
    int javaThreads,
    int osThreads,
    long heapUsedBytes,
    OptionalLong jvmCommittedBytes,
    OptionalLong cHeapBytes,
    OptionalLong jvmMallocBytes,
    long nativeEvaluations,
    long nativeBytesNotReturned) {

  /** The C heap minus the JVM's share of it: the shim, Lua, jffi and the C library. */
  OptionalLong cHeapOutsideJvmBytes() {
    return cHeapBytes.isPresent() && jvmMallocBytes.isPresent()
        ? OptionalLong.of(cHeapBytes.getAsLong() - jvmMallocBytes.getAsLong())
        : OptionalLong.empty();
  }

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path FDS = Path.of("/proc/self/fd");

  /** Collects garbage, then reads everything. Call with no evaluation running. */
  static Sample take(String label, long evaluations) {
    // twice: the first run may leave objects whose references were only dropped by it
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    LuaEngine.NativeAccounting accounting = LuaEngine.accounting();
    return new Sample(
        label,
        evaluations,
        status("VmRSS:") * 1024,
        countFds(),
        ManagementFactory.getThreadMXBean().getThreadCount(),
        (int) status("Threads:"),
        heap,
        NativeMemoryTracking.committedBytes(),
        CHeap.inUseBytes(),
        NativeMemoryTracking.mallocBytes(),
        accounting.evaluations(),
        accounting.bytesNotReturned());
  }

  /** A numeric field of /proc/self/status (VmRSS is in kB). */
  private static long status(String field) {
    try (Stream<String> lines = Files.lines(STATUS)) {
      return lines
          .filter(l -> l.startsWith(field))
          .map(l -> l.substring(field.length()).trim().split("\\s+")[0])
          .mapToLong(Long::parseLong)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + field + " in " + STATUS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Open descriptors: entries of /proc/self/fd, less the listing's own and those the JVM
   * opens for a moment now and then on its own threads (it reads its container's limits under
   * /sys/fs/cgroup), which would otherwise make two counts differ by chance.
   */
  private static long countFds() {
    try (Stream<Path> entries = Files.list(FDS)) {
      String listing = FDS.toRealPath().toString(); // /proc/PID/fd
      return entries
          .map(Sample::target)
          .flatMap(Optional::stream)
          .filter(t -> !t.equals(listing) && !t.startsWith("/sys/fs/cgroup/"))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a descriptor points; empty when it was closed after the listing read it. */
  private static Optional<String> target(Path fd) {
    try {
      return Optional.of(Files.readSymbolicLink(fd).toString());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
