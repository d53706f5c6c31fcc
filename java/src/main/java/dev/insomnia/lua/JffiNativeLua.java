package dev.insomnia.lua;

import com.kenai.jffi.ArrayFlags;
import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Closure;
import com.kenai.jffi.ClosureManager;
import com.kenai.jffi.Function;
import com.kenai.jffi.HeapInvocationBuffer;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;

/**
 * {@link NativeLua} over jffi, the native-call layer of the JNR project, called directly:
 * one {@link Function} per C function, bound once at load, invoked through jffi's {@link
 * Invoker}. jnr-ffi's interface proxies, generated at load time, cost about 100 ms of every
 * process start (docs/decisions.md, "The binding"); this layer costs none of that.
 *
 * <p>The require callback is one jffi closure for the whole library, created at load and never
 * released, so C's pointer to it stays valid for the life of the process.
 */
final class JffiNativeLua implements NativeLua {
  private static final int STRING_MAX = 64 * 1024;
  private static final int IN = ArrayFlags.IN;

  private final Invoker invoker = Invoker.getInstance();
  private final MemoryIO memory = MemoryIO.getInstance();
  private final Function version;
  private final Function evalNew;
  private final Function evalFree;
  private final Function setLimits;
  private final Function setRequire;
  private final Function run;
  private final Function json;
  private final Function jsonLength;
  private final Function output;
  private final Function outputLength;
  private final Function errorCode;
  private final Function errorMessage;
  private final Function errorChunk;
  private final Function errorLine;
  private final Function errorPath;
  private final Function memoryPeak;
  private final Function instructions;
  private final Function memoryLive;
  private final Function provide;
  private final Function refuse;
  private final Function usePrelude;
  private final Function preludeNew;
  private final Function preludeAdd;
  private final Function preludeError;
  private final Function preludeFree;
  private final Function setPrelude;
  private final Function setKeep;
  private final Function keptCount;
  private final Function keptLoad;
  private final Function takeChunk;
  private final Function chunkSize;
  private final Function chunkFree;
  private final Function runChunk;
  private final Function provideChunk;
  private final Closure.Handle requireClosure;

  JffiNativeLua(Library library, RequireHandler handler) {
    Type p = Type.POINTER;
    Type u64 = Type.UINT64;
    version = bind(library, "ins_version", p);
    evalNew = bind(library, "ins_eval_new", p);
    evalFree = bind(library, "ins_eval_free", Type.VOID, p);
    setLimits = bind(library, "ins_eval_set_limits", Type.VOID, p, u64, u64, u64);
    setRequire = bind(library, "ins_eval_set_require", Type.VOID, p, p, p);
    run = bind(library, "ins_eval_run", Type.SINT, p, p, u64, p);
    json = bind(library, "ins_eval_json", p, p, p);
    jsonLength = bind(library, "ins_eval_json_length", u64, p);
    output = bind(library, "ins_eval_output", p, p, p);
    outputLength = bind(library, "ins_eval_output_length", u64, p);
    errorCode = bind(library, "ins_eval_error_code", p, p);
    errorMessage = bind(library, "ins_eval_error_message", p, p);
    errorChunk = bind(library, "ins_eval_error_chunk", p, p);
    errorLine = bind(library, "ins_eval_error_line", Type.SINT, p);
    errorPath = bind(library, "ins_eval_error_path", p, p);
    memoryPeak = bind(library, "ins_eval_memory_peak", u64, p);
    instructions = bind(library, "ins_eval_instructions", u64, p);
    memoryLive = bind(library, "ins_eval_memory_live", u64, p);
    provide = bind(library, "ins_require_provide", Type.VOID, p, p, u64, p, Type.SINT);
    refuse = bind(library, "ins_require_refuse", Type.VOID, p, p, p);
    usePrelude = bind(library, "ins_require_use_prelude", Type.VOID, p, p);
    preludeNew = bind(library, "ins_prelude_new", p);
    preludeAdd = bind(library, "ins_prelude_add", Type.SINT, p, p, p, u64, p);
    preludeError = bind(library, "ins_prelude_error", p, p);
    preludeFree = bind(library, "ins_prelude_free", Type.VOID, p);
    setPrelude = bind(library, "ins_eval_set_prelude", Type.VOID, p, p);
    setKeep = bind(library, "ins_eval_set_keep", Type.VOID, p, u64);
    keptCount = bind(library, "ins_eval_kept_count", Type.SINT, p);
    keptLoad = bind(library, "ins_eval_kept_load", Type.SINT, p, Type.SINT);
    takeChunk = bind(library, "ins_eval_take_chunk", p, p, Type.SINT);
    chunkSize = bind(library, "ins_chunk_size", u64, p);
    chunkFree = bind(library, "ins_chunk_free", Type.VOID, p);
    runChunk = bind(library, "ins_eval_run_chunk", Type.SINT, p, p);
    provideChunk = bind(library, "ins_require_provide_chunk", Type.VOID, p, p, Type.SINT);
    requireClosure =
        ClosureManager.getInstance()
            .newClosure(
                buffer -> answer(handler, buffer),
                new CallContext(Type.SINT, new Type[] {p, p, p}, CallingConvention.DEFAULT));
    requireClosure.setAutoRelease(false);
  }

  /** The closure body: never lets anything escape into C; 0 tells C it failed. */
  private void answer(RequireHandler handler, Closure.Buffer buffer) {
    int status = 0;
    try {
      byte[] name = memory.getZeroTerminatedByteArray(buffer.getAddress(2), STRING_MAX);
      status = handler.onRequire(buffer.getAddress(1), name) ? 1 : 0;
    } catch (Throwable t) { // the handler records failures itself; this is the last guard
      status = 0;
    }
    buffer.setIntReturn(status);
  }

  private static Function bind(Library library, String name, Type result, Type... params) {
    long address = library.getSymbolAddress(name);
    if (address == 0) {
      throw new NativeLibraryException(
          "the native Lua library lacks " + name + ": it does not match this version of the"
              + " Java library");
    }
    return new Function(address, result, params);
  }

  private long call(Function f, long... args) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(f);
    for (long a : args) b.putAddress(a);
    return invoker.invokeAddress(f, b);
  }

  /** As {@link #call}, for a function that returns a C {@code int}. */
  private int callInt(Function f, long... args) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(f);
    for (long a : args) b.putAddress(a);
    return invoker.invokeInt(f, b);
  }

  /** The arguments of a function taking an evaluation and the index of one of its chunks. */
  private static HeapInvocationBuffer evalAndIndex(Function f, long eval, int i) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(f);
    b.putAddress(eval);
    b.putInt(i);
    return b;
  }

  private byte[] string(long address) {
    return address == 0 ? new byte[0] : memory.getZeroTerminatedByteArray(address, STRING_MAX);
  }

  private byte[] bytes(long address, long length) {
    byte[] out = new byte[Math.toIntExact(length)];
    if (out.length > 0) memory.getByteArray(address, out, 0, out.length);
    return out;
  }

  @Override
  public String version() {
    return new String(string(call(version)), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public long evalNew() {
    return call(evalNew);
  }

  @Override
  public void evalFree(long eval) {
    call(evalFree, eval);
  }

  @Override
  public void setLimits(long eval, long memoryBytes, long instructionCount, long timeMs) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(setLimits);
    b.putAddress(eval);
    b.putLong(memoryBytes);
    b.putLong(instructionCount);
    b.putLong(timeMs);
    invoker.invokeAddress(setLimits, b);
  }

  @Override
  public void setRequire(long eval) {
    call(setRequire, eval, requireClosure.getAddress(), 0L);
  }

  @Override
  public int run(long eval, byte[] source, byte[] chunkNameZ) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(run);
    b.putAddress(eval);
    b.putArray(source, 0, source.length, IN);
    b.putLong(source.length);
    b.putArray(chunkNameZ, 0, chunkNameZ.length, IN);
    return invoker.invokeInt(run, b);
  }

  @Override
  public byte[] json(long eval) {
    return bytes(call(json, eval, 0L), call(jsonLength, eval));
  }

  @Override
  public byte[] output(long eval) {
    return bytes(call(output, eval, 0L), call(outputLength, eval));
  }

  @Override
  public byte[] errorCode(long eval) {
    return string(call(errorCode, eval));
  }

  @Override
  public byte[] errorMessage(long eval) {
    return string(call(errorMessage, eval));
  }

  @Override
  public byte[] errorChunk(long eval) {
    return string(call(errorChunk, eval));
  }

  @Override
  public int errorLine(long eval) {
    return callInt(errorLine, eval);
  }

  @Override
  public byte[] errorPath(long eval) {
    return string(call(errorPath, eval));
  }

  @Override
  public long memoryPeak(long eval) {
    return call(memoryPeak, eval);
  }

  @Override
  public long instructions(long eval) {
    return call(instructions, eval);
  }

  @Override
  public long memoryLive(long eval) {
    return call(memoryLive, eval);
  }

  @Override
  public void provide(long request, byte[] source, byte[] chunkNameZ, boolean trusted) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(provide);
    b.putAddress(request);
    b.putArray(source, 0, source.length, IN);
    b.putLong(source.length);
    b.putArray(chunkNameZ, 0, chunkNameZ.length, IN);
    b.putInt(trusted ? 1 : 0);
    invoker.invokeAddress(provide, b);
  }

  @Override
  public void refuse(long request, byte[] codeZ, byte[] messageZ) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(refuse);
    b.putAddress(request);
    b.putArray(codeZ, 0, codeZ.length, IN);
    b.putArray(messageZ, 0, messageZ.length, IN);
    invoker.invokeAddress(refuse, b);
  }

  @Override
  public void usePrelude(long request, byte[] nameZ) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(usePrelude);
    b.putAddress(request);
    b.putArray(nameZ, 0, nameZ.length, IN);
    invoker.invokeAddress(usePrelude, b);
  }

  @Override
  public long preludeNew() {
    return call(preludeNew);
  }

  @Override
  public int preludeAdd(long prelude, byte[] nameZ, byte[] source, byte[] chunkNameZ) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(preludeAdd);
    b.putAddress(prelude);
    b.putArray(nameZ, 0, nameZ.length, IN);
    b.putArray(source, 0, source.length, IN);
    b.putLong(source.length);
    b.putArray(chunkNameZ, 0, chunkNameZ.length, IN);
    return invoker.invokeInt(preludeAdd, b);
  }

  @Override
  public byte[] preludeError(long prelude) {
    return string(call(preludeError, prelude));
  }

  @Override
  public void preludeFree(long prelude) {
    call(preludeFree, prelude);
  }

  @Override
  public void setPrelude(long eval, long prelude) {
    call(setPrelude, eval, prelude);
  }

  @Override
  public void setKeep(long eval, long maxBytes) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(setKeep);
    b.putAddress(eval);
    b.putLong(maxBytes);
    invoker.invokeAddress(setKeep, b);
  }

  @Override
  public int keptCount(long eval) {
    return callInt(keptCount, eval);
  }

  @Override
  public int keptLoad(long eval, int i) {
    return invoker.invokeInt(keptLoad, evalAndIndex(keptLoad, eval, i));
  }

  @Override
  public long takeChunk(long eval, int i) {
    return invoker.invokeAddress(takeChunk, evalAndIndex(takeChunk, eval, i));
  }

  @Override
  public long chunkSize(long chunk) {
    return call(chunkSize, chunk);
  }

  @Override
  public void chunkFree(long chunk) {
    call(chunkFree, chunk);
  }

  @Override
  public int runChunk(long eval, long chunk) {
    return callInt(runChunk, eval, chunk);
  }

  @Override
  public void provideChunk(long request, long chunk, boolean trusted) {
    HeapInvocationBuffer b = new HeapInvocationBuffer(provideChunk);
    b.putAddress(request);
    b.putAddress(chunk);
    b.putInt(trusted ? 1 : 0);
    invoker.invokeAddress(provideChunk, b);
  }
}
