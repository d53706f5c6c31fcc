package dev.insomnia.modules;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bytes and SHA-256 of profile files read before, handed out again while a {@code stat}
 * shows the file unchanged, so that evaluating the same profile again (a launcher does, for
 * every Pod) asks the file system one question per file instead of reading and hashing it
 * (docs/decisions.md, 35).
 *
 * <p>Unchanged means the same {@link FileFacts.Stamp}: device, inode, size, modification and
 * status-change times to the nanosecond. The kernel sets the status-change time ({@code
 * ctime}) to the current time on every write, and nobody can set it back. The one way a
 * write can leave a stamp as it was is to land within the same clock tick as the write the
 * stamp records (file times come from a clock that advances in ticks of a few milliseconds),
 * so a file is kept only once both its times are {@link #SETTLE_MILLIS} older than the moment
 * before it was asked for them: any later write then gets a later time. A file edited that
 * recently is read every time until it has settled.
 *
 * <p>Bounded by an entry count and the bytes held; past either, the entries stored longest
 * ago go first. Thread-safe: a hit is a {@link ConcurrentHashMap} read; storing (misses only)
 * takes the cache's lock. Entries are keyed by canonical path, so a root's symlink checks
 * still run on every lookup: only the read and the digest are spared.
 */
public final class SourceFileCache {
  /** Entries kept at most by default: a profile's files times a few dozen profiles. */
  public static final int DEFAULT_MAX_ENTRIES = 1024;

  /** Bytes of source kept at most by default. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  /** How long both of a file's times must lie in the past before it is kept. */
  public static final long SETTLE_MILLIS = 3000;

  /** A file's bytes and their digest, as read when its stamp was taken. */
  record Source(byte[] bytes, String sha256) {}

  private record Entry(FileFacts.Stamp stamp, Source source) {}

  private final int maxEntries;
  private final long maxBytes;
  private final long settleMillis;
  private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();
  private final ArrayDeque<Path> stored = new ArrayDeque<>(); // guarded by this, oldest first
  private long bytes; // guarded by this
  private final LongAdder hits = new LongAdder();
  private final LongAdder reads = new LongAdder();

  private SourceFileCache(int maxEntries, long maxBytes, long settleMillis) {
    if (maxEntries < 0 || maxBytes < 0 || settleMillis < 0) {
      throw new IllegalArgumentException(
          "cache bounds must not be negative: " + maxEntries + ", " + maxBytes + ", "
              + settleMillis);
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.settleMillis = settleMillis;
  }

  /** A cache of at most {@code maxEntries} files and {@code maxBytes} bytes (0: disabled). */
  public static SourceFileCache create(int maxEntries, long maxBytes) {
    return new SourceFileCache(maxEntries, maxBytes, SETTLE_MILLIS);
  }

  /**
   * As {@link #create(int, long)}, keeping files once their times lie {@code settleMillis} in
   * the past: shorter than the file-time clock's tick (a few milliseconds) lets a write in the
   * same tick go unseen, so only for tests that cannot wait the default.
   */
  public static SourceFileCache create(int maxEntries, long maxBytes, long settleMillis) {
    return new SourceFileCache(maxEntries, maxBytes, settleMillis);
  }

  /** A cache that keeps nothing: every evaluation reads and hashes its files. */
  public static SourceFileCache disabled() {
    return new SourceFileCache(0, 0, SETTLE_MILLIS);
  }

  /** The process's cache, with the default bounds: what {@code ProfileEvaluator} uses. */
  public static SourceFileCache shared() {
    return Shared.CACHE;
  }

  private static final class Shared {
    static final SourceFileCache CACHE = create(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
  }

  /** Whether it keeps anything at all. */
  public boolean enabled() {
    return maxEntries > 0 && maxBytes > 0;
  }

  /**
   * What the cache did so far and holds now.
   *
   * @param hits files handed out again without reading them
   * @param reads files read (and hashed) because the cache had no entry with their stamp
   * @param entries files held
   * @param bytes bytes held
   */
  public record Stats(long hits, long reads, int entries, long bytes) {}

  public synchronized Stats stats() {
    return new Stats(hits.sum(), reads.sum(), entries.size(), bytes);
  }

  /** Drops every entry. */
  public synchronized void clear() {
    entries.clear();
    stored.clear();
    bytes = 0;
  }

  /** The source of {@code file} when it was read with this very stamp before. */
  Optional<Source> find(Path file, Optional<FileFacts.Stamp> stamp) {
    if (stamp.isEmpty()) return Optional.empty();
    Entry entry = entries.get(file);
    if (entry == null || !entry.stamp().equals(stamp.get())) return Optional.empty();
    hits.increment();
    return Optional.of(entry.source());
  }

  /**
   * Remembers what {@code file} held when {@code stamp} was taken, if the stamp has settled
   * (both its times lie {@link #SETTLE_MILLIS} before {@code askedAtMillis}, the wall-clock
   * time read before the stamp was asked for) and the bytes are as many as it states.
   */
  void store(Path file, Optional<FileFacts.Stamp> stamp, long askedAtMillis, Source source) {
    reads.increment();
    if (!enabled() || stamp.isEmpty() || source.bytes().length > maxBytes) return;
    FileFacts.Stamp s = stamp.get();
    // a file that does not hold what its size says (/proc, sysfs) may change under one stamp
    if (source.bytes().length != s.size()) return;
    long settledBefore = (askedAtMillis - settleMillis) * 1_000_000L;
    if (s.modifiedNanos() >= settledBefore || s.changedNanos() >= settledBefore) return;
    synchronized (this) {
      Entry previous = entries.put(file, new Entry(s, source));
      if (previous != null) {
        bytes -= previous.source().bytes().length;
      } else {
        stored.addLast(file);
      }
      bytes += source.bytes().length;
      while (!stored.isEmpty() && (entries.size() > maxEntries || bytes > maxBytes)) {
        Entry evicted = entries.remove(stored.removeFirst());
        if (evicted != null) bytes -= evicted.source().bytes().length;
      }
    }
  }
}
