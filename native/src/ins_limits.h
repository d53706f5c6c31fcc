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
  ins_limit tripped;    /* the first limit hit, or NONE */
  char where_chunk[64]; /* where the limit tripped, when a Lua frame was running */
  int where_line;
  ins_arena arena;      /* the evaluation's heap, released when the state is closed */
  lua_State *L;         /* set by ins_limits_arm: the allocator reaches the hook through it */
} ins_limits;

/* Growth by at least this many bytes makes the allocator read the clock (see
 * ins_limits_alloc). */
#define INS_CLOCKED_GROWTH (64u * 1024u)

/* Instructions between two hook calls while no limit has tripped. */
#define INS_HOOK_STEP 1000

void ins_limits_init(ins_limits *lim, uint64_t memory, uint64_t budget, uint64_t time_ms);
/* Releases the arena; call after lua_close. */
void ins_limits_release(ins_limits *lim);
/* The lua_Alloc that enforces memory_cap, over the evaluation's arena; `ud` is the
 * ins_limits. Counts each block at its footprint (its size class). Once the hook is armed,
 * growth by INS_CLOCKED_GROWTH or more past the deadline trips the time limit and makes the
 * hook fire at the next instruction, which raises it. */
void *ins_limits_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
/* Installs the count hook on L (call once, after the state exists), and from then on lets
 * the allocator reach it. */
void ins_limits_arm(lua_State *L);
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
