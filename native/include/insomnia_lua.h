/*
 * insomnia_lua.h: the shim's public C API, the only symbols libinsomnia_lua exports.
 *
 * One evaluation = one ins_eval: configure it (limits, require callback), run one chunk in a
 * fresh sandboxed lua_State (created and closed inside ins_eval_run), then read the outcome:
 * canonical JSON of the returned value on success, or an error code, message and location.
 * Nothing here ever lets a Lua error (longjmp) escape: every call returns normally.
 *
 * Threading: an ins_eval belongs to one thread at a time; distinct ins_evals are independent
 * (the shim has no global mutable state).
 */
#ifndef INSOMNIA_LUA_H
#define INSOMNIA_LUA_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#define INS_API __declspec(dllexport)
#else
#define INS_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ins_eval ins_eval;
typedef struct ins_require ins_require;
typedef struct ins_prelude ins_prelude;
typedef struct ins_chunk ins_chunk;

/* Outcome of ins_eval_run. */
#define INS_OK 0     /* the chunk ran and its value was encoded: read ins_eval_json */
#define INS_ERROR 1  /* it failed: read ins_eval_error_* */

/* Default limits, used for any limit set to 0. */
#define INS_DEFAULT_MEMORY_BYTES (64u * 1024u * 1024u)
#define INS_DEFAULT_INSTRUCTIONS 50000000u
#define INS_DEFAULT_TIME_MS 2000u
/* print() output kept per evaluation; the rest is dropped with a marker. */
#define INS_OUTPUT_MAX (64u * 1024u)

/*
 * The require callback: asked for a module the evaluation has not loaded yet. It must answer
 * by calling exactly one of ins_require_provide or ins_require_refuse on `req`, then return 1.
 * Returning 0 means the callback itself failed (JNR-FFI returns 0 when a Java callback
 * throws); the evaluation then raises an "engine.callback-failed" error in Lua.
 * The callback must not call back into Lua; C raises any error after it has returned.
 */
typedef int (*ins_require_fn)(void *user, ins_require *req, const char *name);

/* Version string of the shim and of the Lua it links, e.g. "insomnia-lua 0.1.0 (Lua 5.4.9)". */
INS_API const char *ins_version(void);

/* A new evaluation with default limits and no require callback; NULL if out of memory. */
INS_API ins_eval *ins_eval_new(void);
INS_API void ins_eval_free(ins_eval *ev);

/* Limits for the next run; 0 selects the default. */
INS_API void ins_eval_set_limits(ins_eval *ev, uint64_t memory_bytes, uint64_t instructions,
                                 uint64_t time_ms);
INS_API void ins_eval_set_require(ins_eval *ev, ins_require_fn fn, void *user);

/* Runs `source` (text only; binary chunks are refused) named `chunkname` ("@file.lua" or
 * "=name", as lua_load takes it). Returns INS_OK or INS_ERROR. */
INS_API int ins_eval_run(ins_eval *ev, const char *source, size_t len, const char *chunkname);

/* INS_OK: the returned value as canonical JSON (not NUL-terminated; *len set unless NULL). */
INS_API const char *ins_eval_json(const ins_eval *ev, size_t *len);
INS_API size_t ins_eval_json_length(const ins_eval *ev);

/* INS_ERROR: a stable code ("lua.syntax", "lua.runtime", "lua.result", "limit.memory",
 * "limit.instructions", "limit.time", "sandbox.denied", "require.*", or a code the require
 * callback chose), the message without location, the chunk name and line where known
 * ("" and -1 otherwise), and for "lua.result" the Lua path of the offending value. */
INS_API const char *ins_eval_error_code(const ins_eval *ev);
INS_API const char *ins_eval_error_message(const ins_eval *ev);
INS_API const char *ins_eval_error_chunk(const ins_eval *ev);
INS_API int ins_eval_error_line(const ins_eval *ev);
INS_API const char *ins_eval_error_path(const ins_eval *ev);

/* Text printed by the chunk with print(), after either outcome (*len set unless NULL). */
INS_API const char *ins_eval_output(const ins_eval *ev, size_t *len);
INS_API size_t ins_eval_output_length(const ins_eval *ev);

/* Accounting of the last run: peak Lua heap, instructions counted, bytes still allocated
 * by the Lua state after it was closed (always 0 unless the shim leaks). */
INS_API uint64_t ins_eval_memory_peak(const ins_eval *ev);
INS_API uint64_t ins_eval_instructions(const ins_eval *ev);
INS_API uint64_t ins_eval_memory_live(const ins_eval *ev);

/*
 * A prelude: trusted modules compiled once (text only) and kept as bytecode, so evaluations
 * load them without parsing. Build it on one thread with ins_prelude_add; once built it is
 * immutable and may be shared by any number of evaluations on any threads. Free it only
 * when no evaluation uses it.
 */
INS_API ins_prelude *ins_prelude_new(void);
/* Compiles `source` (text only) as module `name`. INS_OK, or INS_ERROR with the reason in
 * ins_prelude_error (a syntax error with its chunk:line). */
INS_API int ins_prelude_add(ins_prelude *prelude, const char *name, const char *source,
                            size_t len, const char *chunkname);
INS_API const char *ins_prelude_error(const ins_prelude *prelude);
INS_API void ins_prelude_free(ins_prelude *prelude);
/* The prelude the next runs of `ev` may load modules from (NULL: none). */
INS_API void ins_eval_set_prelude(ins_eval *ev, const ins_prelude *prelude);

/*
 * Compiled chunks: bytecode of text a run compiled, kept so that later runs load it instead
 * of parsing the text again. Only the shim makes them, by dumping what it compiled itself
 * (with debug information: chunk name and lines); no function here takes bytecode, so no
 * binary chunk from outside can ever be loaded. An ins_chunk is immutable and may be shared
 * by any number of evaluations on any threads; free it only when no evaluation uses it.
 *
 * Every text a run compiles, kept or not, is compiled in a Lua state of its own (under the
 * memory the run has left and the run's deadline), dumped, and loaded from that bytecode,
 * just as a later run loads the kept chunk; loading asks the memory limit for what the
 * compile needed (its peak, or the bytecode if larger), and a module is charged its text's
 * length in instructions either way. So a run from kept chunks ends exactly as the run from
 * text: value, output, errors and their lines, instructions, memory peak and limits.
 *
 * The text loads of a run are numbered: 0 is the main chunk, k the k-th module the require
 * callback answered with ins_require_provide during the run.
 */
/* Keep up to max_bytes of bytecode (all chunks together, at most 256 chunks) of what the
 * next runs compile from text successfully; 0 (the default) keeps nothing. */
INS_API void ins_eval_set_keep(ins_eval *ev, size_t max_bytes);
/* The chunks the last run kept, in the order compiled, and the text load each came from. */
INS_API int ins_eval_kept_count(const ins_eval *ev);
INS_API int ins_eval_kept_load(const ins_eval *ev, int i);
/* Hands kept chunk i to the caller, who frees it (NULL if taken already or out of range).
 * Chunks not taken are freed by the next run or by ins_eval_free. */
INS_API ins_chunk *ins_eval_take_chunk(ins_eval *ev, int i);
/* Bytes a chunk occupies, and its chunk name as it was compiled. */
INS_API size_t ins_chunk_size(const ins_chunk *chunk);
INS_API const char *ins_chunk_name(const ins_chunk *chunk);
INS_API void ins_chunk_free(ins_chunk *chunk);
/* Runs `chunk` as ins_eval_run runs the text it was compiled from. */
INS_API int ins_eval_run_chunk(ins_eval *ev, const ins_chunk *chunk);

/* Answers to a require request (only valid inside the callback). `trusted` marks a host
 * module: its value is frozen (read-only) before any profile code sees it. */
INS_API void ins_require_provide(ins_require *req, const char *source, size_t len,
                                 const char *chunkname, int trusted);
INS_API void ins_require_refuse(ins_require *req, const char *code, const char *message);
/* Answers with the module of that name from the evaluation's prelude, loaded as trusted
 * (as ins_require_provide with trusted = 1, without compiling). */
INS_API void ins_require_use_prelude(ins_require *req, const char *name);
/* Answers with a compiled chunk, as ins_require_provide with the text it was compiled from
 * (the chunk must outlive the run). */
INS_API void ins_require_provide_chunk(ins_require *req, const ins_chunk *chunk, int trusted);

#ifdef __cplusplus
}
#endif
#endif
