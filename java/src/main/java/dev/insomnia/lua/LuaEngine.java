package dev.insomnia.lua;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;
import java.util.OptionalInt;
import jnr.ffi.Pointer;
import jnr.ffi.byref.NumberByReference;
import jnr.ffi.TypeAlias;

/**
 * Evaluates Lua chunks on the native reference Lua 5.4, each in a fresh sandboxed VM that is
 * closed before {@link #evaluate} returns. Thread-safe: evaluations on different threads run
 * concurrently and share nothing but the loaded library.
 *
 * <p>No Java exception and no Lua error ever crosses the native boundary: the require
 * callback catches everything and answers with a status, and the shim raises in Lua only
 * after the callback has returned.
 */
public final class LuaEngine {
  private static final int MESSAGE_MAX = 4096;

  /** The one callback object C holds a pointer to: static, so it is never collected. */
  private static final NativeLua.RequireCallback REQUIRE = LuaEngine::onRequire;

  /** The evaluation running on this thread, for the require callback. */
  private static final ThreadLocal<Active> ACTIVE = new ThreadLocal<>();

  private final NativeLua api;

  private LuaEngine(NativeLibrary library) {
    this.api = library.api();
  }

  /**
   * The engine over the native library for this platform.
   *
   * @throws NativeLibraryException when the library cannot be found or loaded
   */
  public static LuaEngine create() {
    return new LuaEngine(NativeLibrary.get());
  }

  /** The shim's and Lua's versions, e.g. {@code insomnia-lua 0.1.0 (Lua 5.4.9)}. */
  public String version() {
    return string(api.ins_version());
  }

  public Evaluation evaluate(LuaChunk chunk) {
    return evaluate(chunk, ModuleResolver.none(), EvaluationLimits.DEFAULT);
  }

  public Evaluation evaluate(LuaChunk chunk, ModuleResolver modules, EvaluationLimits limits) {
    Pointer eval = api.ins_eval_new();
    if (eval == null) throw new OutOfMemoryError("native memory for an evaluation");
    Active active = new Active(api, modules);
    Active previous = ACTIVE.get();
    try {
      api.ins_eval_set_limits(
          eval, limits.memoryBytes(), limits.instructions(), limits.time().toMillis());
      api.ins_eval_set_require(eval, REQUIRE, null);
      byte[] source = chunk.sourceBytes();
      ACTIVE.set(active);
      int status;
      try {
        status = api.ins_eval_run(eval, source, source.length, cString(chunk.chunkName()));
      } finally {
        ACTIVE.set(previous);
      }
      return outcome(eval, status, active);
    } finally {
      api.ins_eval_free(eval);
    }
  }

  private Evaluation outcome(Pointer eval, int status, Active active) {
    NumberByReference outputLength = new NumberByReference(TypeAlias.size_t);
    Pointer outputData = api.ins_eval_output(eval, outputLength);
    String output = new String(bytes(outputData, outputLength), UTF_8);
    Evaluation.Stats stats =
        new Evaluation.Stats(api.ins_eval_memory_peak(eval), api.ins_eval_instructions(eval));
    if (status == 0) {
      NumberByReference jsonLength = new NumberByReference(TypeAlias.size_t);
      byte[] json = bytes(api.ins_eval_json(eval, jsonLength), jsonLength);
      return new Evaluation.Success(json, output, stats);
    }
    String code = string(api.ins_eval_error_code(eval));
    String message = string(api.ins_eval_error_message(eval));
    if (active.failure != null && code.equals("engine.callback-failed")) {
      message = message + ": " + active.failure;
    }
    String chunk = string(api.ins_eval_error_chunk(eval));
    int line = api.ins_eval_error_line(eval);
    String path = string(api.ins_eval_error_path(eval));
    LuaError error =
        new LuaError(
            code,
            message,
            chunk.isEmpty() ? Optional.empty() : Optional.of(chunk),
            line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
            path.isEmpty() ? Optional.empty() : Optional.of(path));
    return new Evaluation.Failure(error, output, stats);
  }

  /** The require callback: never throws, never calls into Lua. */
  private static int onRequire(Pointer user, Pointer request, Pointer namePointer) {
    Active active = ACTIVE.get();
    if (active == null) return 0;
    try {
      String name = namePointer.getString(0, MESSAGE_MAX, UTF_8);
      ModuleAnswer answer = active.modules.resolve(name);
      if (answer instanceof ModuleAnswer.Source source) {
        byte[] text = source.sourceBytes();
        active.api.ins_require_provide(
            request, text, text.length, cString(source.chunkName()), source.trusted() ? 1 : 0);
      } else if (answer instanceof ModuleAnswer.Refusal refusal) {
        active.api.ins_require_refuse(
            request, cString(refusal.code()), cString(refusal.message()));
      } else {
        throw new IllegalStateException("the module resolver answered nothing for " + name);
      }
      return 1;
    } catch (Throwable t) { // whatever it is, it must not unwind into C
      active.failure = t;
      return 0;
    }
  }

  private static byte[] bytes(Pointer data, NumberByReference length) {
    int n = Math.toIntExact(length.longValue());
    byte[] out = new byte[n];
    if (n > 0) data.get(0, out, 0, n);
    return out;
  }

  private static String string(Pointer p) {
    return p == null ? "" : p.getString(0, MESSAGE_MAX, UTF_8);
  }

  /** NUL-terminated UTF-8; an embedded NUL ends the string on the C side. */
  static byte[] cString(String s) {
    byte[] utf8 = s.getBytes(UTF_8);
    byte[] out = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, out, 0, utf8.length);
    return out;
  }

  /** One running evaluation: its resolver, and the first exception the callback caught. */
  private static final class Active {
    final NativeLua api;
    final ModuleResolver modules;
    Throwable failure;

    Active(NativeLua api, ModuleResolver modules) {
      this.api = api;
      this.modules = modules;
    }
  }
}
