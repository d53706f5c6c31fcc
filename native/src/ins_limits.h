/*
 * ins_limits.h: memory cap (allocator), instruction budget and wall-clock deadline (count
 * hook). Limits are sticky: once tripped, the hook fires on every instruction and raises
 * again, so pcall cannot swallow a limit and the evaluation fails with it.
 */
#ifndef INS_LIMITS_H
#define INS_LIMITS_H

#include <stddef.h>
#include <stdint.h>

#include "ins_arena.h"
#include "lua.h"

typedef enum ins_limit {
  INS_LIMIT_NONE = 0,
  INS_LIMIT_MEMORY,
  INS_LIMIT_INSTRUCTIONS,
  INS_LIMIT_TIME
} ins_limit;

typedef struct ins_limits {
  uint64_t memory_cap;  /* bytes the Lua heap may hold */
  uint64_t budget;      /* instructions (and charged C steps) allowed */
  uint64_t time_ms;     /* wall clock allowed */
  /* accounting */
  uint64_t in_use;
  uint64_t peak;
  uint64_t used;        /* instructions and charged steps so far */
  uint64_t deadline_ns; /* CLOCK_MONOTONIC */
  uint64_t large_live;  /* bytes in live blocks of at least INS_LARGE_BLOCK */
  lua_State *armed;     /* the state while its count hook is installed, else NULL */
  int clock_unarmed;    /* large allocations check the deadline even unarmed (a compile) */
  int step;             /* instructions between two calls of the count hook */
  ins_limit tripped;    /* the first limit hit, or NONE */
  char where_chunk[64]; /* where the limit tripped, when a Lua frame was running */
  int where_line;
  uint64_t gc_start;    /* bytes in use at which the deferred collector starts; 0: not
                           deferred (never stopped, or started again) */
  ins_arena arena;      /* the evaluation's heap, released when the state is closed */
} ins_limits;

/* Instructions between two hook calls while no limit has tripped and no large block is
 * live. */
#define INS_HOOK_STEP 1000
/* Blocks of at least this size are large: allocating one reads the clock (the deadline is
 * checked there, where C work such as string.rep or table.concat spends its time), and the
 * bytes held in large blocks shorten the hook step (see INS_STEP_WORK). */
#define INS_LARGE_BLOCK (64u * 1024u)
/* One instruction can cost time in proportion to the data it touches (`<` or `==` on long
 * strings, tonumber or string.packsize over one, all in C): the hook step is shortened so
 * that step x bytes in large blocks stays under this, and a loop of such instructions still
 * reaches the hook, and the clock, every few milliseconds. */
#define INS_STEP_WORK (INS_HOOK_STEP * 16u * 1024u)
/* The collector of an evaluation's state starts only once its heap holds this much (or a
 * quarter of the memory cap, if less): most profiles end well below it, so their run marks
 * nothing, and what they leave is freed whole when the state closes (docs/decisions.md, 34).
 * Past it, the collector runs as Lua's defaults have it. */
#define INS_GC_START_MAX (4u * 1024u * 1024u)

void ins_limits_init(ins_limits *lim, uint64_t memory, uint64_t budget, uint64_t time_ms);
/* Releases the arena; call after lua_close. */
void ins_limits_release(ins_limits *lim);
/* The lua_Alloc that enforces memory_cap, over the evaluation's arena; `ud` is the
 * ins_limits. Counts each block at its footprint (its size class). */
void *ins_limits_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
/* lua_close for a state made with ins_limits_alloc, whose arena ins_limits_release frees
 * afterwards: the blocks the close frees are counted off in_use without being listed for
 * reuse. */
void ins_limits_close(lua_State *L);
/* Trips `which` as the allocator trips a limit (quietly: the caller reports a failure to
 * allocate, and the hook raises the limit's error from the next instruction on). */
void ins_limits_trip(ins_limits *lim, ins_limit which);
/* Whether `bytes` more could be allocated now, as when compiling text that a kept chunk
 * spares the run: if not, the memory limit trips as the allocator would trip it (quietly: the
 * caller reports the failure to allocate); if so, the peak counts them, as if they had been
 * allocated and freed. */
int ins_limits_reserve(ins_limits *lim, uint64_t bytes);
/* Stops L's collector until the heap reaches INS_GC_START_MAX or a quarter of the cap; the
 * count hook (or arming it, if the heap is there already) starts it again, and crossing
 * the mark makes the hook fire at the next instruction. Call right after lua_newstate, once
 * the state's extra space points at its context. States never deferred (a compile's, the
 * prelude's) collect as Lua's defaults have it. */
void ins_limits_defer_gc(lua_State *L);
/* Installs the count hook on L (call once, after the state exists). */
void ins_limits_arm(lua_State *L);
/* Removes it again (before code that runs no Lua: encoding the result). */
void ins_limits_disarm(lua_State *L);
/* Charges `steps` units of work done by a C function (pattern matching, table.move...)
 * against the instruction budget, and checks the deadline. Raises the limit's error (does
 * not return) when either is exhausted. */
void ins_limits_charge(lua_State *L, uint64_t steps);
/* Raises if a limit has tripped or the deadline has passed: for C work that has no step
 * count to charge, such as the JSON encoder entering a table (scanning a table costs its
 * size in slots, which may all be empty). Reads the clock on every call. */
void ins_limits_check_deadline(lua_State *L);
/* The code ("limit.memory", ...) and message of a tripped limit. */
const char *ins_limit_code(ins_limit which);
void ins_limit_message(const ins_limits *lim, ins_limit which, char *out, size_t size);

#endif
