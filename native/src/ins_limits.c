/*
 * ins_limits.c: the allocator that enforces the memory cap and the count hook that enforces
 * the instruction budget and the deadline. See ins_limits.h for the sticky-limit rule.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include "ins_limits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ins_context.h"
#include "ins_errors.h"

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void ins_limits_init(ins_limits *lim, uint64_t memory, uint64_t budget, uint64_t time_ms) {
  memset(lim, 0, sizeof *lim);
  lim->memory_cap = memory ? memory : INS_DEFAULT_MEMORY_BYTES;
  lim->budget = budget ? budget : INS_DEFAULT_INSTRUCTIONS;
  lim->time_ms = time_ms ? time_ms : INS_DEFAULT_TIME_MS;
  lim->deadline_ns = now_ns() + lim->time_ms * 1000000u;
  /* twice the cap (fragmentation across size classes) plus the largest chunk */
  ins_arena_init(&lim->arena, (size_t)(2 * lim->memory_cap) + 256u * 1024u);
  lim->where_line = -1;
}

static void count_hook(lua_State *L, lua_Debug *ar);

/*
 * Large growth goes with C work in proportion to it (string.rep, .., table.concat,
 * string.upper...) that the hook does not count, and the hook reads the clock only every
 * INS_HOOK_STEP instructions: a loop of such calls overshot the deadline by up to that many
 * calls (5.4 s against 2 s; over 14 s under ASan in the fuzzer). Past the deadline, the
 * hook is set to fire at the next instruction, where it raises limit.time: the allocator
 * itself must not raise. The block is still given, so this never fails an allocation.
 */
static void clock_growth(ins_limits *lim) {
  if (lim->tripped != INS_LIMIT_NONE || now_ns() <= lim->deadline_ns) return;
  lim->tripped = INS_LIMIT_TIME;
  lua_sethook(lim->L, count_hook, LUA_MASKCOUNT, 1); /* safe anywhere, as from a signal */
}

/*
 * Growth past the cap is refused, and the first refusal trips the limit: Lua's emergency
 * collection then retries and is refused again, so the evaluation fails deterministically
 * whatever garbage was pending. Frees and shrinks always succeed.
 */
void *ins_limits_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  ins_limits *lim = ud;
  size_t old = ptr ? ins_arena_footprint(osize) : 0;
  if (nsize == 0) {
    ins_arena_realloc(&lim->arena, ptr, ptr ? osize : 0, 0);
    lim->in_use -= old;
    return NULL;
  }
  size_t grown = ins_arena_footprint(nsize);
  if (grown > old) {
    if (lim->tripped == INS_LIMIT_MEMORY || lim->in_use + (grown - old) > lim->memory_cap) {
      if (lim->tripped == INS_LIMIT_NONE) lim->tripped = INS_LIMIT_MEMORY;
      return NULL;
    }
    if (grown - old >= INS_CLOCKED_GROWTH && lim->L != NULL) clock_growth(lim);
  }
  void *block = ins_arena_realloc(&lim->arena, ptr, ptr ? osize : 0, nsize);
  if (block == NULL) {
    if (lim->tripped == INS_LIMIT_NONE) lim->tripped = INS_LIMIT_MEMORY;
    return NULL;
  }
  lim->in_use = lim->in_use - old + grown;
  if (lim->in_use > lim->peak) lim->peak = lim->in_use;
  return block;
}

void ins_limits_release(ins_limits *lim) { ins_arena_release(&lim->arena); }

/* Remembers where the limit tripped: the innermost Lua frame, if any. */
static void record_where(lua_State *L, ins_limits *lim) {
  lua_Debug ar;
  for (int level = 0; lua_getstack(L, level, &ar); level++) {
    if (!lua_getinfo(L, "Sl", &ar) || ar.currentline < 0) continue;
    snprintf(lim->where_chunk, sizeof lim->where_chunk, "%s", ar.short_src);
    lim->where_line = ar.currentline;
    return;
  }
}

/* Marks `which` tripped (if nothing was), makes the hook fire on every instruction from now
 * on, and raises the limit's preallocated error. */
static void trip(lua_State *L, ins_limits *lim, ins_limit which) {
  if (lim->tripped == INS_LIMIT_NONE) lim->tripped = which;
  if (lim->where_line < 0) record_where(L, lim);
  lua_sethook(L, lua_gethook(L), LUA_MASKCOUNT, 1);
  ins_raise_limit(L, lim->tripped);
}

/* Raises if a limit has tripped or is exhausted now. The clock is read only when `clock`
 * is set: reading it costs more than the work most charges account for. */
static void check(lua_State *L, ins_limits *lim, int clock) {
  if (lim->tripped != INS_LIMIT_NONE) trip(L, lim, lim->tripped);
  if (lim->used > lim->budget) trip(L, lim, INS_LIMIT_INSTRUCTIONS);
  if (clock && now_ns() > lim->deadline_ns) trip(L, lim, INS_LIMIT_TIME);
}

/* Adds to the count, saturating: one charge can be close to 2^64 (table.move or
 * table.concat over the whole integer range), and a count that wrapped would read as
 * within the budget. */
static void count(ins_limits *lim, uint64_t steps) {
  lim->used = steps > UINT64_MAX - lim->used ? UINT64_MAX : lim->used + steps;
}

static void count_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  ins_limits *lim = &ins_context_of(L)->limits;
  count(lim, lim->tripped == INS_LIMIT_NONE ? INS_HOOK_STEP : 1);
  check(L, lim, 1);
}

void ins_limits_arm(lua_State *L) {
  ins_context_of(L)->limits.L = L;
  lua_sethook(L, count_hook, LUA_MASKCOUNT, INS_HOOK_STEP);
}

void ins_limits_charge(lua_State *L, uint64_t steps) {
  ins_limits *lim = &ins_context_of(L)->limits;
  uint64_t before = lim->used;
  count(lim, steps);
  /* the deadline is checked whenever the count crosses a hook step, as the hook would */
  check(L, lim, lim->used / INS_HOOK_STEP != before / INS_HOOK_STEP);
}

void ins_limits_check_deadline(lua_State *L) { check(L, &ins_context_of(L)->limits, 1); }

const char *ins_limit_code(ins_limit which) {
  switch (which) {
    case INS_LIMIT_MEMORY: return "limit.memory";
    case INS_LIMIT_INSTRUCTIONS: return "limit.instructions";
    case INS_LIMIT_TIME: return "limit.time";
    case INS_LIMIT_NONE: break;
  }
  return "limit.none";
}

void ins_limit_message(const ins_limits *lim, ins_limit which, char *out, size_t size) {
  switch (which) {
    case INS_LIMIT_MEMORY:
      snprintf(out, size, "the profile used more than its memory limit of %llu bytes",
               (unsigned long long)lim->memory_cap);
      return;
    case INS_LIMIT_INSTRUCTIONS:
      snprintf(out, size, "the profile ran more than its budget of %llu instructions",
               (unsigned long long)lim->budget);
      return;
    case INS_LIMIT_TIME:
      snprintf(out, size, "the profile ran longer than its time limit of %llu ms",
               (unsigned long long)lim->time_ms);
      return;
    case INS_LIMIT_NONE: break;
  }
  snprintf(out, size, "no limit was hit");
}
