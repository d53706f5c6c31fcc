package dev.insomnia.lua;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.Delegate;
import jnr.ffi.annotations.In;
import jnr.ffi.byref.NumberByReference;
import jnr.ffi.types.size_t;

/**
 * The shim's C API ({@code native/include/insomnia_lua.h}), one method per {@code ins_*}
 * function. Internal: public only because JNR-FFI binds public interfaces. Strings cross as
 * NUL-terminated UTF-8 byte arrays and come back as pointers decoded by {@link LuaEngine}, so
 * the platform charset never matters.
 */
public interface NativeLua {

  /** {@code ins_require_fn}: answers with provide/refuse and returns 1; 0 means it failed. */
  interface RequireCallback {
    @Delegate
    int call(Pointer user, Pointer request, Pointer name);
  }

  Pointer ins_version();

  Pointer ins_eval_new();

  void ins_eval_free(Pointer eval);

  void ins_eval_set_limits(Pointer eval, long memoryBytes, long instructions, long timeMs);

  void ins_eval_set_require(Pointer eval, RequireCallback callback, Pointer user);

  int ins_eval_run(Pointer eval, @In byte[] source, @size_t long length, @In byte[] chunkName);

  Pointer ins_eval_json(Pointer eval, NumberByReference length);

  Pointer ins_eval_error_code(Pointer eval);

  Pointer ins_eval_error_message(Pointer eval);

  Pointer ins_eval_error_chunk(Pointer eval);

  int ins_eval_error_line(Pointer eval);

  Pointer ins_eval_error_path(Pointer eval);

  Pointer ins_eval_output(Pointer eval, NumberByReference length);

  long ins_eval_memory_peak(Pointer eval);

  long ins_eval_instructions(Pointer eval);

  long ins_eval_memory_live(Pointer eval);

  void ins_require_provide(
      Pointer request, @In byte[] source, @size_t long length, @In byte[] chunkName, int trusted);

  void ins_require_refuse(Pointer request, @In byte[] code, @In byte[] message);
}
