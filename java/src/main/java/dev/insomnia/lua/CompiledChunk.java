package dev.insomnia.lua;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One chunk the shim compiled and kept ({@code ins_chunk}), owned by a {@link ChunkCache}.
 * Reference-counted: the cache holds one reference while the chunk is an entry, and every
 * evaluation that loads it holds one from {@link #tryAcquire} until it {@link #release}s it
 * after the run, so an eviction never frees a chunk a run is using: the last reference frees
 * it at once. A {@link Cleaner} frees it if the chunk becomes unreachable first (a cache
 * dropped with its entries).
 */
final class CompiledChunk {
  private final long handle;
  private final long size;
  private final AtomicInteger references = new AtomicInteger(1);
  private final Cleaner.Cleanable cleanable;
  /** When a run last loaded it ({@link System#nanoTime}), for eviction; racy on purpose. */
  private volatile long lastUsed = System.nanoTime();

  CompiledChunk(NativeLua api, long handle) {
    this.handle = handle;
    this.size = api.chunkSize(handle);
    this.cleanable = NativeCleaner.CLEANER.register(this, new Free(api, handle));
  }

  long handle() {
    return handle;
  }

  /** Bytes of native memory it holds. */
  long size() {
    return size;
  }

  long lastUsed() {
    return lastUsed;
  }

  /** A reference for a run, unless the chunk is being freed. */
  boolean tryAcquire() {
    for (int n = references.get(); n > 0; n = references.get()) {
      if (references.compareAndSet(n, n + 1)) {
        lastUsed = System.nanoTime();
        return true;
      }
    }
    return false;
  }

  /** Gives a reference back; the last one frees the native chunk. */
  void release() {
    if (references.decrementAndGet() == 0) cleanable.clean();
  }

  /** Frees the native chunk (a Cleanable runs it once); no reference to the chunk object. */
  private record Free(NativeLua api, long handle) implements Runnable {
    @Override
    public void run() {
      api.chunkFree(handle);
    }
  }
}
