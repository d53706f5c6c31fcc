package dev.insomnia.lua;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded cache of compiled chunks, content-addressed by {@link ChunkKey} (chunk name and
 * the SHA-256 of the source bytes), so that an engine evaluating the same files again loads
 * their bytecode instead of compiling them ({@link LuaEngine#withChunkCache}). Only chunks
 * the shim compiled successfully from text during an evaluation go in (it dumps them itself:
 * there is no way to put bytecode from elsewhere into the cache), and a run from a cached
 * chunk ends exactly as the run from its text: same value, same errors and lines, same
 * instruction count and limits (docs/decisions.md, 23).
 *
 * <p>Bounded by an entry count and the native bytes held; past either, the least recently
 * used entries are evicted, and their memory is freed as soon as no running evaluation holds
 * them. Thread-safe: a hit is a {@link ConcurrentHashMap} read and a reference count; storing
 * and evicting (misses only) take the cache's lock.
 */
public final class ChunkCache {
  /** Entries kept at most by default: a profile with its modules is a handful to dozens. */
  public static final int DEFAULT_MAX_ENTRIES = 512;

  /** Native bytes of bytecode kept at most by default. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  private final int maxEntries;
  private final long maxBytes;
  private final ConcurrentHashMap<ChunkKey, CompiledChunk> entries = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder evictions = new LongAdder();
  private long bytes; // guarded by this

  private ChunkCache(int maxEntries, long maxBytes) {
    if (maxEntries < 0 || maxBytes < 0) {
      throw new IllegalArgumentException("cache bounds must not be negative: " + maxEntries
          + ", " + maxBytes);
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** A cache of at most {@code maxEntries} chunks and {@code maxBytes} bytes (0: disabled). */
  public static ChunkCache create(int maxEntries, long maxBytes) {
    return new ChunkCache(maxEntries, maxBytes);
  }

  /** A cache that keeps nothing: every evaluation compiles its text. */
  public static ChunkCache disabled() {
    return new ChunkCache(0, 0);
  }

  /** The process's cache, with the default bounds: what {@link LuaEngine#create} uses. */
  public static ChunkCache shared() {
    return Shared.CACHE;
  }

  private static final class Shared {
    static final ChunkCache CACHE = create(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
  }

  /** Whether it keeps anything at all. */
  public boolean enabled() {
    return maxEntries > 0 && maxBytes > 0;
  }

  public int maxEntries() {
    return maxEntries;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * What the cache did so far and holds now.
   *
   * @param hits chunks loaded from the cache
   * @param misses keyed chunks compiled from text because the cache lacked them
   * @param evictions entries dropped to stay within the bounds
   * @param entries entries held
   * @param bytes native bytes held
   */
  public record Stats(long hits, long misses, long evictions, int entries, long bytes) {}

  public Stats stats() {
    long held;
    synchronized (this) {
      held = bytes;
    }
    return new Stats(hits.sum(), misses.sum(), evictions.sum(), entries.size(), held);
  }

  /** Drops every entry (each is freed once no running evaluation holds it). */
  public synchronized void clear() {
    for (Map.Entry<ChunkKey, CompiledChunk> e : entries.entrySet()) {
      remove(e.getKey(), e.getValue());
    }
  }

  /** The chunk for {@code key} with a reference for the caller to release, if cached. */
  Optional<CompiledChunk> acquire(ChunkKey key) {
    CompiledChunk chunk = entries.get(key);
    if (chunk != null && chunk.tryAcquire()) {
      hits.increment();
      return Optional.of(chunk);
    }
    misses.increment();
    return Optional.empty();
  }

  /**
   * Takes ownership of the native chunk {@code handle}, compiled from what {@code key} names:
   * stores it unless an entry is there already or it is larger than the whole cache (then it
   * is freed), evicting the least recently used entries beyond the bounds.
   */
  void store(ChunkKey key, NativeLua api, long handle) {
    CompiledChunk chunk = new CompiledChunk(api, handle);
    if (!enabled() || chunk.size() > maxBytes) {
      chunk.release();
      return;
    }
    synchronized (this) {
      if (entries.putIfAbsent(key, chunk) != null) {
        chunk.release(); // another evaluation stored it first
        return;
      }
      bytes += chunk.size();
      while (!entries.isEmpty() && (entries.size() > maxEntries || bytes > maxBytes)) evictOne();
    }
  }

  /** Evicts the entry used longest ago (a scan: this runs on misses only, over few entries). */
  private void evictOne() {
    Map.Entry<ChunkKey, CompiledChunk> oldest = null;
    for (Map.Entry<ChunkKey, CompiledChunk> e : entries.entrySet()) {
      if (oldest == null || e.getValue().lastUsed() - oldest.getValue().lastUsed() < 0) {
        oldest = e;
      }
    }
    if (oldest == null) return;
    remove(oldest.getKey(), oldest.getValue());
    evictions.increment();
  }

  /** Under the lock. */
  private void remove(ChunkKey key, CompiledChunk chunk) {
    if (entries.remove(key, chunk)) {
      bytes -= chunk.size();
      chunk.release();
    }
  }
}
