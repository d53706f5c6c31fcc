package dev.insomnia.lua;

/**
 * The shim's C API ({@code native/include/insomnia_lua.h}) in Java types: one method per
 * {@code ins_*} function, pointers as {@code long}. Strings go in as NUL-terminated UTF-8
 * bytes and come back as UTF-8 bytes, so the platform charset never matters. {@link
 * JffiNativeLua} implements it; {@link NativeLibrary} loads it.
 */
interface NativeLua {

  /** Called by C for {@code require}: answer with provide/refuse; false means it failed. */
  interface RequireHandler {
    boolean onRequire(long request, byte[] name);
  }

  String version();

  long evalNew();

  void evalFree(long eval);

  void setLimits(long eval, long memoryBytes, long instructions, long timeMs);

  /** Routes this evaluation's require requests to the library's one {@link RequireHandler}. */
  void setRequire(long eval);

  int run(long eval, byte[] source, byte[] chunkNameZ);

  byte[] json(long eval);

  byte[] output(long eval);

  byte[] errorCode(long eval);

  byte[] errorMessage(long eval);

  byte[] errorChunk(long eval);

  int errorLine(long eval);

  byte[] errorPath(long eval);

  long memoryPeak(long eval);

  long instructions(long eval);

  long memoryLive(long eval);

  void provide(long request, byte[] source, byte[] chunkNameZ, boolean trusted);

  void refuse(long request, byte[] codeZ, byte[] messageZ);

  void usePrelude(long request, byte[] nameZ);

  long preludeNew();

  /** 0 on success, else the failure (read {@link #preludeError}). */
  int preludeAdd(long prelude, byte[] nameZ, byte[] source, byte[] chunkNameZ);

  byte[] preludeError(long prelude);

  void preludeFree(long prelude);

  void setPrelude(long eval, long prelude);

  /** Keep up to {@code maxBytes} of bytecode of what the next runs compile (0: none). */
  void setKeep(long eval, long maxBytes);

  int keptCount(long eval);

  /** The text load kept chunk {@code i} came from: 0 the main chunk, k the k-th provide. */
  int keptLoad(long eval, int i);

  /** Takes kept chunk {@code i} (the caller frees it with {@link #chunkFree}); 0 if none. */
  long takeChunk(long eval, int i);

  long chunkSize(long chunk);

  void chunkFree(long chunk);

  int runChunk(long eval, long chunk);

  void provideChunk(long request, long chunk, boolean trusted);
}
