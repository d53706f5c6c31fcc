package dev.insomnia.lua;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;

/**
 * Evaluates Lua chunks on the native reference Lua 5.4, each in a fresh sandboxed VM that is
 * closed before {@link #evaluate} returns. Thread-safe: evaluations on different threads run
 * concurrently and share nothing but the loaded library (no lock on this path).
 *
 * <p>Compiled chunks are cached per engine ({@link ChunkCache}; by default the process's
 * {@link ChunkCache#shared()}): a chunk or module whose source comes with its SHA-256 is
 * compiled once and later loaded from its bytecode, with the same outcome.
 *
 * <p>No Java exception and no Lua error ever crosses the native boundary: the require
 * callback catches everything and answers with a status, and the shim raises in Lua only
 * after the callback has returned.
 */
public final class LuaEngine {
  /** The evaluation running on this thread, for the require callback. */
  private static final ThreadLocal<Active> ACTIVE = new ThreadLocal<>();

  /** Evaluations run in this process, and the native bytes their states did not give back. */
  private static final LongAdder EVALUATIONS = new LongAdder();

  private static final LongAdder BYTES_NOT_RETURNED = new LongAdder();

  private final NativeLua api;
  private final IdleEvaluations idle;
  private final Optional<Prelude> prelude;
  private final ChunkCache chunks;

  private LuaEngine(
      NativeLua api, IdleEvaluations idle, Optional<Prelude> prelude, ChunkCache chunks) {
    this.api = api;
    this.idle = idle;
    this.prelude = prelude;
    this.chunks = chunks;
  }

  /** The evaluation objects of the process's library, shared by all its engines. */
  private static final class Idle {
    static final IdleEvaluations OBJECTS =
        new IdleEvaluations(NativeLibrary.get().api(), IdleEvaluations.defaultMax());
  }

  /**
   * The engine over the native library for this platform.
   *
   * @throws NativeLibraryException when the library cannot be found or loaded
   */
  public static LuaEngine create() {
    return new LuaEngine(
        NativeLibrary.get().api(), Idle.OBJECTS, Optional.empty(), ChunkCache.shared());
  }

  /**
   * This engine with a prelude: module resolvers of its evaluations may answer {@link
   * ModuleAnswer.Precompiled} for the modules it holds.
   */
  public LuaEngine withPrelude(Prelude modules) {
    return new LuaEngine(api, idle, Optional.of(modules), chunks);
  }

  /**
   * This engine with {@code cache} for compiled chunks ({@link ChunkCache#disabled()} to
   * compile every time).
   */
  public LuaEngine withChunkCache(ChunkCache cache) {
    return new LuaEngine(api, idle, prelude, cache);
  }

  /** The evaluation objects it takes and gives back (for tests). */
  IdleEvaluations idleEvaluations() {
    return idle;
  }

  /** The cache of compiled chunks its evaluations use. */
  public ChunkCache chunkCache() {
    return chunks;
  }

  /** The shim's and Lua's versions, e.g. {@code insomnia-lua 0.1.0 (Lua 5.4.9)}. */
  public String version() {
    return api.version();
  }

  /**
   * What the shim reported after every evaluation this process ran, summed: a soak reads it to
   * show that native memory comes back (the counter is per evaluation in the shim, which keeps
   * no global state).
   *
   * @param evaluations evaluations that ran to an outcome
   * @param bytesNotReturned the sum of {@code ins_eval_memory_live}: bytes still allocated by
   *     a Lua state after it was closed; 0 unless the shim leaks
   */
  public record NativeAccounting(long evaluations, long bytesNotReturned) {}

  /** The process-wide {@link NativeAccounting} so far. */
  public static NativeAccounting accounting() {
    return new NativeAccounting(EVALUATIONS.sum(), BYTES_NOT_RETURNED.sum());
  }

  public Evaluation evaluate(LuaChunk chunk) {
    return evaluate(chunk, ModuleResolver.none(), EvaluationLimits.DEFAULT);
  }

  public Evaluation evaluate(LuaChunk chunk, ModuleResolver modules, EvaluationLimits limits) {
    long eval = idle.take();
    if (eval == 0) throw new OutOfMemoryError("native memory for an evaluation");
    Active active = new Active(api, modules, chunks);
    Active previous = ACTIVE.get();
    try {
      // every setting, each time: the object may come from an engine configured otherwise
      api.setLimits(eval, limits.memoryBytes(), limits.instructions(), limits.time().toMillis());
      api.setRequire(eval);
      api.setPrelude(eval, prelude.map(Prelude::handle).orElse(0L));
      api.setKeep(eval, active.caching ? chunks.maxBytes() : 0);
      Optional<CompiledChunk> main = active.lookup(chunk.key());
      active.textLoad(main.isPresent() ? Optional.empty() : chunk.key());
      ACTIVE.set(active);
      int status;
      try {
        status =
            main.isPresent()
                ? api.runChunk(eval, main.get().handle())
                : api.run(eval, chunk.sourceBytes(), cString(chunk.chunkName()));
      } finally {
        ACTIVE.set(previous);
      }
      active.store(eval);
      return outcome(eval, status, active);
    } finally {
      idle.give(eval);
      active.releaseChunks();
      java.lang.ref.Reference.reachabilityFence(prelude); // its native memory is in use until here
    }
  }

  private Evaluation outcome(long eval, int status, Active active) {
    EVALUATIONS.increment();
    long live = api.memoryLive(eval);
    if (live != 0) BYTES_NOT_RETURNED.add(live);
    String output = new String(api.output(eval), UTF_8);
    Evaluation.Stats stats = new Evaluation.Stats(api.memoryPeak(eval), api.instructions(eval));
    if (status == 0) return new Evaluation.Success(api.json(eval), output, stats);
    String code = text(api.errorCode(eval));
    String message = text(api.errorMessage(eval));
    if (active.failure != null && code.equals("engine.callback-failed")) {
      message = message + ": " + active.failure;
    }
    String chunk = text(api.errorChunk(eval));
    int line = api.errorLine(eval);
    String path = text(api.errorPath(eval));
    LuaError error =
        new LuaError(
            code,
            message,
            chunk.isEmpty() ? Optional.empty() : Optional.of(chunk),
            line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
            path.isEmpty() ? Optional.empty() : Optional.of(path));
    return new Evaluation.Failure(error, output, stats);
  }

  /**
   * The require callback of every evaluation: finds the evaluation running on this thread and
   * answers through its resolver. Never throws; never calls into Lua.
   */
  static boolean dispatchRequire(long request, byte[] name) {
    Active active = ACTIVE.get();
    if (active == null) return false;
    try {
      ModuleAnswer answer = active.modules.resolve(new String(name, UTF_8));
      if (answer instanceof ModuleAnswer.Source source) {
        Optional<CompiledChunk> compiled = active.lookup(source.key());
        if (compiled.isPresent()) {
          active.api.provideChunk(request, compiled.get().handle(), source.trusted());
        } else {
          active.api.provide(
              request, source.sourceBytes(), cString(source.chunkName()), source.trusted());
          active.textLoad(source.key());
        }
      } else if (answer instanceof ModuleAnswer.Precompiled precompiled) {
        active.api.usePrelude(request, cString(precompiled.name()));
      } else if (answer instanceof ModuleAnswer.Refusal refusal) {
        active.api.refuse(request, cString(refusal.code()), cString(refusal.message()));
      } else {
        throw new IllegalStateException("the module resolver answered nothing");
      }
      return true;
    } catch (Throwable t) { // whatever it is, it must not unwind into C
      active.failure = t;
      return false;
    }
  }

  private static String text(byte[] utf8) {
    return new String(utf8, UTF_8);
  }

  /** NUL-terminated UTF-8; an embedded NUL ends the string on the C side. */
  static byte[] cString(String s) {
    byte[] utf8 = s.getBytes(UTF_8);
    byte[] out = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, out, 0, utf8.length);
    return out;
  }

  /**
   * One running evaluation: its resolver, the first exception the callback caught, and its
   * use of the chunk cache: the chunks it holds (released after the run) and what each text
   * load was, numbered as the shim numbers them (0 the main chunk, then each module provided
   * as source), so the chunks the run kept go in under the right keys.
   */
  private static final class Active {
    final NativeLua api;
    final ModuleResolver modules;
    final ChunkCache cache;
    final boolean caching;
    final List<Optional<ChunkKey>> textLoads;
    final List<CompiledChunk> held;
    Throwable failure;

    Active(NativeLua api, ModuleResolver modules, ChunkCache cache) {
      this.api = api;
      this.modules = modules;
      this.cache = cache;
      this.caching = cache.enabled();
      this.textLoads = caching ? new ArrayList<>() : List.of();
      this.held = caching ? new ArrayList<>() : List.of();
    }

    /** The cached chunk for {@code key}, held until the run ends. */
    Optional<CompiledChunk> lookup(Optional<ChunkKey> key) {
      if (!caching) return Optional.empty();
      Optional<CompiledChunk> chunk = key.isPresent() ? cache.acquire(key.get()) : Optional.empty();
      chunk.ifPresent(held::add);
      return chunk;
    }

    /** Numbers a text load: the main chunk's (0, even when it came from the cache) first. */
    void textLoad(Optional<ChunkKey> key) {
      if (caching) textLoads.add(key);
    }

    /** Moves the chunks the run compiled and kept into the cache, under their keys. */
    void store(long eval) {
      if (!caching) return;
      int kept = api.keptCount(eval);
      for (int i = 0; i < kept; i++) {
        int load = api.keptLoad(eval, i);
        if (load < 0 || load >= textLoads.size() || textLoads.get(load).isEmpty()) continue;
        long handle = api.takeChunk(eval, i);
        if (handle != 0) cache.store(textLoads.get(load).get(), api, handle);
      }
    }

    void releaseChunks() {
      for (CompiledChunk chunk : held) chunk.release();
    }
  }
}
