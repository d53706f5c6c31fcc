package dev.insomnia.lua;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Native evaluation objects ({@code ins_eval}) kept between evaluations, so that the next one
 * finds its JSON buffer faulted in already: on the large profile a fresh buffer cost ~30 page
 * faults per evaluation, nearly all of them (docs/decisions.md, 36). Each object still runs
 * every chunk in a fresh {@code lua_State} (invariant 2); only the buffer, at most {@code
 * INS_JSON_KEEP_BYTES}, survives a run. At most {@link #max} are kept; one more is freed.
 * Lock-free: a deque's pop and push.
 */
final class IdleEvaluations {
  private final NativeLua api;
  private final int max;
  private final ConcurrentLinkedDeque<Long> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger kept = new AtomicInteger();
  private final LongAdder reused = new LongAdder();

  IdleEvaluations(NativeLua api, int max) {
    this.api = api;
    this.max = max;
  }

  /** As many as threads can usefully evaluate at once, and a few more. */
  static int defaultMax() {
    return 2 * Runtime.getRuntime().availableProcessors() + 2;
  }

  /** An evaluation object for this thread's next run (0 if native memory ran out). */
  long take() {
    Long eval = idle.pollFirst(); // the one given back last: its buffer is the warmest
    if (eval == null) return api.evalNew();
    kept.decrementAndGet();
    reused.increment();
    return eval;
  }

  /** Gives {@code eval} back after its outcome was read: kept for the next run, or freed. */
  void give(long eval) {
    if (kept.incrementAndGet() <= max) {
      idle.offerFirst(eval);
    } else {
      kept.decrementAndGet();
      api.evalFree(eval);
    }
  }

  /** Objects kept now, and runs that found one kept (for tests). */
  int kept() {
    return kept.get();
  }

  long reused() {
    return reused.sum();
  }
}
