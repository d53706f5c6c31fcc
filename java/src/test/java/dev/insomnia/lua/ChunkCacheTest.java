package dev.insomnia.lua;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The compiled-chunk cache: a hit gives exactly what compiling the text gives (value, output,
 * errors and their lines, instructions, peak memory, limits), only successful compiles go in,
 * a changed source or name misses, the bounds hold, and threads share it safely.
 */
class ChunkCacheTest {

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static LuaChunk keyed(String chunkName, String source) {
    byte[] bytes = source.getBytes(UTF_8);
    return new LuaChunk(chunkName, bytes, Optional.of(sha256(bytes)));
  }

  static ModuleAnswer.Source module(String chunkName, String source) {
    byte[] bytes = source.getBytes(UTF_8);
    return new ModuleAnswer.Source(chunkName, bytes, false, Optional.of(sha256(bytes)));
  }

  /** Modules served from a map (re-read on every require, as files would be). */
  static ModuleResolver modules(Map<String, ModuleAnswer.Source> files) {
    return name -> {
      ModuleAnswer.Source s = files.get(name);
      return s != null ? s : new ModuleAnswer.Refusal("require.not-found", "no " + name);
    };
  }

  static LuaEngine engine(ChunkCache cache) {
    return LuaTesting.ENGINE.withChunkCache(cache);
  }

  /** Everything an outcome says, for comparing a cached run with a compiled one. */
  static String outcome(Evaluation e) {
    String value =
        e instanceof Evaluation.Success s ? s.jsonText() : ((Evaluation.Failure) e).error().toString();
    return value + " | output=" + e.output() + " | " + e.stats();
  }

  @Test
  void aHitGivesTheSameValueOutputAndStats() {
    ChunkCache cache = ChunkCache.create(16, 1 << 20);
    LuaEngine engine = engine(cache);
    LuaChunk main =
        keyed("@main.lua", "local lib = require('lib')\nprint('hi')\nreturn { n = lib.n + 1 }\n");
    ModuleResolver lib = modules(Map.of("lib", module("@lib.lua", "return { n = 41 }")));
    Evaluation first = engine.evaluate(main, lib, EvaluationLimits.DEFAULT);
    assertEquals(new ChunkCache.Stats(0, 2, 0, 2, cache.stats().bytes()), cache.stats());
    assertTrue(cache.stats().bytes() > 0);
    Evaluation second = engine.evaluate(main, lib, EvaluationLimits.DEFAULT);
    assertEquals("{\"n\":42}", LuaTesting.json(second));
    assertEquals(outcome(first), outcome(second));
    assertEquals(2, cache.stats().hits());
    Evaluation uncached =
        engine(ChunkCache.disabled()).evaluate(main, lib, EvaluationLimits.DEFAULT);
    assertEquals(outcome(first), outcome(uncached));
  }

  @Test
  void aChangedSourceOrNameIsCompiledAgain() {
    ChunkCache cache = ChunkCache.create(16, 1 << 20);
    LuaEngine engine = engine(cache);
    assertEquals("{\"v\":1}", LuaTesting.json(engine.evaluate(keyed("@p.lua", "return {v=1}"))));
    assertEquals("{\"v\":2}", LuaTesting.json(engine.evaluate(keyed("@p.lua", "return {v=2}"))));
    // the same bytes under another name: errors would name the other file, so it misses
    LuaError error = LuaTesting.error(engine.evaluate(keyed("@q.lua", "error('x')")));
    LuaError again = LuaTesting.error(engine.evaluate(keyed("@r.lua", "error('x')")));
    assertEquals(Optional.of("q.lua"), error.chunk());
    assertEquals(Optional.of("r.lua"), again.chunk());
    assertEquals(0, cache.stats().hits());
    assertEquals(4, cache.stats().entries());
  }

  @Test
  void aChunkWithoutDigestIsNeverCached() {
    ChunkCache cache = ChunkCache.create(16, 1 << 20);
    engine(cache).evaluate(LuaChunk.of("@p.lua", "return {}"));
    engine(cache).evaluate(LuaChunk.of("@p.lua", "return {}"));
    assertEquals(new ChunkCache.Stats(0, 0, 0, 0, 0), cache.stats());
  }

  @Test
  void syntaxErrorsAreReportedAsAlwaysAndNotCached() {
    ChunkCache cache = ChunkCache.create(16, 1 << 20);
    LuaEngine engine = engine(cache);
    LuaChunk bad = keyed("@bad.lua", "return {\n\n");
    for (int i = 0; i < 2; i++) {
      LuaError e = LuaTesting.error(engine.evaluate(bad));
      assertEquals("lua.syntax", e.code());
      assertEquals(Optional.of("bad.lua"), e.chunk());
      assertEquals(3, e.line().getAsInt());
    }
    // a module that does not compile, caught by the profile: only the main chunk is kept
    LuaChunk main = keyed("@m.lua", "local ok, e = pcall(require, 'b')\nreturn { ok = ok }");
    ModuleResolver b = modules(Map.of("b", module("@b.lua", "x = = 1")));
    for (int i = 0; i < 2; i++) {
      assertEquals("{\"ok\":false}", LuaTesting.json(engine.evaluate(main, b, EvaluationLimits.DEFAULT)));
    }
    assertEquals(1, cache.stats().entries());
    assertEquals(1, cache.stats().hits());
  }

  @Test
  void errorLinesThroughACachedChunkNameTheSameFileAndLine() {
    ChunkCache cache = ChunkCache.create(16, 1 << 20);
    LuaEngine engine = engine(cache);
    LuaChunk main = keyed("@main.lua", "local lib = require('lib.deep')\n\nreturn lib.f()\n");
    ModuleResolver lib =
        modules(Map.of("lib.deep", module("@lib/deep.lua",
            "local M = {}\nfunction M.f()\n\n  error('boom')\nend\nreturn M\n")));
    LuaError first = LuaTesting.error(engine.evaluate(main, lib, EvaluationLimits.DEFAULT));
    LuaError second = LuaTesting.error(engine.evaluate(main, lib, EvaluationLimits.DEFAULT));
    assertEquals(2, cache.stats().hits());
    assertEquals(first, second);
    assertEquals(Optional.of("lib/deep.lua"), second.chunk());
    assertEquals(4, second.line().getAsInt());
    assertEquals("boom", second.message());
  }

  @Test
  void limitsEndTheSameFromACachedChunk() {
    // a large constructor: compiling it needs more memory than running it
    StringBuilder big = new StringBuilder("local t = {\n");
    for (int i = 0; i < 3000; i++) big.append("  f").append(i).append(" = { 'v").append(i).append("' },\n");
    big.append("}\nlocal n = 0\nfor _ in pairs(t) do n = n + 1 end\nreturn { n = n }\n");
    LuaChunk main = keyed("@big.lua", big.toString());
    ChunkCache cache = ChunkCache.create(16, 8 << 20);
    LuaEngine cached = engine(cache);
    LuaEngine compiling = engine(ChunkCache.disabled());
    cached.evaluate(main); // now cached
    int memoryFailures = 0;
    for (long memory = 64 << 10; memory <= 3 << 20; memory += 96 << 10) {
      EvaluationLimits limits = EvaluationLimits.DEFAULT.withMemoryBytes(memory);
      Evaluation fromText = compiling.evaluate(main, ModuleResolver.none(), limits);
      Evaluation fromCache = cached.evaluate(main, ModuleResolver.none(), limits);
      assertEquals(outcome(fromText), outcome(fromCache), "memory limit " + memory);
      if (fromText instanceof Evaluation.Failure) memoryFailures++;
    }
    assertTrue(memoryFailures > 0, "the sweep crosses the memory edge");
    EvaluationLimits few = EvaluationLimits.DEFAULT.withInstructions(5000);
    assertEquals(
        outcome(compiling.evaluate(main, ModuleResolver.none(), few)),
        outcome(cached.evaluate(main, ModuleResolver.none(), few)));
  }

  @Test
  void boundsEvictTheLeastRecentlyUsed() {
    ChunkCache cache = ChunkCache.create(2, 1 << 20);
    LuaEngine engine = engine(cache);
    LuaChunk a = keyed("@a.lua", "return {a=1}");
    LuaChunk b = keyed("@b.lua", "return {b=1}");
    LuaChunk c = keyed("@c.lua", "return {c=1}");
    engine.evaluate(a);
    engine.evaluate(b);
    engine.evaluate(a); // a is now more recent than b
    engine.evaluate(c); // evicts b
    assertEquals(2, cache.stats().entries());
    assertEquals(1, cache.stats().evictions());
    long hits = cache.stats().hits();
    engine.evaluate(a);
    assertEquals(hits + 1, cache.stats().hits());
    engine.evaluate(b);
    assertEquals(hits + 1, cache.stats().hits()); // b was gone: compiled again
    assertEquals("{\"b\":1}", LuaTesting.json(engine.evaluate(b)));

    ChunkCache tiny = ChunkCache.create(100, 64); // smaller than any chunk: nothing stays
    engine(tiny).evaluate(a);
    assertEquals(0, tiny.stats().entries());
    assertEquals(0, tiny.stats().bytes());

    ChunkCache bytes = ChunkCache.create(100, 1);
    assertFalse(ChunkCache.disabled().enabled());
    assertTrue(bytes.enabled());
    ChunkCache.Stats before = cache.stats();
    assertEquals(2, before.evictions()); // b, stored again, pushed out the oldest
    cache.clear(); // frees everything; not counted as evictions
    assertEquals(
        new ChunkCache.Stats(before.hits(), before.misses(), before.evictions(), 0, 0),
        cache.stats());
  }

  @Test
  void keysAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new ChunkKey("@a.lua", "ABC"));
    assertThrows(IllegalArgumentException.class,
        () -> new LuaChunk("@a.lua", new byte[0], Optional.of("not-hex")));
    assertThrows(IllegalArgumentException.class, () -> ChunkCache.create(-1, 0));
  }

  /** Threads sharing one small cache, entries evicted all the time: every value right. */
  @Test
  void threadsShareACacheThatKeepsEvicting() throws Exception {
    ChunkCache cache = ChunkCache.create(3, 1 << 20);
    LuaEngine engine = engine(cache);
    List<LuaChunk> chunks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      chunks.add(keyed("@c" + i + ".lua",
          "local m = require('m" + i + "')\nreturn { v = m.v * 2 }"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        futures.add(pool.submit(() -> {
          for (int n = 0; n < 150; n++) {
            int i = (n * 7 + seed) % 6;
            ModuleResolver m = modules(Map.of("m" + i, module("@m" + i + ".lua", "return {v=" + i + "}")));
            Evaluation e = engine.evaluate(chunks.get(i), m, EvaluationLimits.DEFAULT);
            assertEquals("{\"v\":" + (2 * i) + "}", LuaTesting.json(e));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) f.get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    ChunkCache.Stats stats = cache.stats();
    assertTrue(stats.entries() <= 3);
    assertTrue(stats.hits() > 0 && stats.evictions() > 0, stats::toString);
    assertEquals(0, LuaEngine.accounting().bytesNotReturned());
  }

  @Test
  void theDefaultEngineSharesTheProcessCache() {
    assertInstanceOf(ChunkCache.class, LuaEngine.create().chunkCache());
    assertTrue(LuaEngine.create().chunkCache() == ChunkCache.shared());
    assertEquals(ChunkCache.DEFAULT_MAX_ENTRIES, ChunkCache.shared().maxEntries());
  }
}
