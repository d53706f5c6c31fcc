/*
 * ins_chunk.h: compiled chunks (see insomnia_lua.h). A run compiles text through
 * ins_chunk_compile, which also keeps the bytecode when the embedder asked for it; a later run
 * loads such a chunk through ins_chunk_load. The only way to make an ins_chunk is to have the
 * shim compile text: no function takes bytecode from outside, so every binary chunk the shim
 * loads is one it dumped itself (besides the prelude's, made the same way).
 */
#ifndef INS_CHUNK_H
#define INS_CHUNK_H

#include <stddef.h>
#include <stdint.h>

#include "insomnia_lua.h"
#include "lua.h"

/* Chunks one run keeps at most (the main chunk and its modules). */
#define INS_KEPT_MAX 256

/* What one run kept, in the order the chunks were compiled. */
typedef struct ins_kept {
  size_t max_bytes; /* bytecode kept per run at most, all chunks together; 0 = keep none */
  size_t bytes;
  int count;
  ins_chunk *chunks[INS_KEPT_MAX];
  int loads[INS_KEPT_MAX]; /* which text load each came from (insomnia_lua.h) */
} ins_kept;

/* Frees every chunk still held (not taken) and empties the list. */
void ins_kept_reset(ins_kept *kept);

/*
 * Compiles `source` as text (mode "t") and pushes the function, or pushes the error message
 * and returns the status, as luaL_loadbufferx does. Every text goes the same way, kept or
 * not: it is compiled in a lua_State of its own, under the memory the run has left and the
 * run's deadline, dumped (debug information kept: chunk name and lines) into a new ins_chunk,
 * and that chunk is loaded into L by ins_chunk_load, just as a later run loads it when kept.
 * So the run sees the same thing from a kept chunk as from its text: the same heap, the same
 * instruction count, the same limits. When the run keeps chunks and this one fits the
 * bound, it is kept, tagged with `load`. A compile that runs out of memory or time trips
 * that limit in the run. Call only in protected mode: pushing the message can raise.
 */
int ins_chunk_compile(lua_State *L, const char *source, size_t len, const char *chunkname,
                      int load);

/*
 * Loads a chunk the shim compiled (binary mode) and pushes the function. First the memory
 * limit must admit what compiling its text needed (the compile's peak, or its bytecode if
 * larger; ins_limits_reserve): when it does not, the limit trips, "not enough memory" is
 * pushed and LUA_ERRMEM returned, exactly as when compiling the text ran out.
 */
int ins_chunk_load(lua_State *L, const ins_chunk *chunk);

/* The length of the text a chunk was compiled from (charged like that text). */
size_t ins_chunk_source_length(const ins_chunk *chunk);

#endif
