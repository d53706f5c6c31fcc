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
  lim->step = INS_HOOK_STEP;
  /* twice the cap (fragmentation across size classes) plus the largest chunk */
  ins_arena_init(&lim->arena, (size_t)(2 * lim->memory_cap) + 256u * 1024u);
  lim->where_line = -1;
}

static void count_hook(lua_State *L, lua_Debug *ar);

/* Adds to the count, saturating: one charge can be close to 2^64 (table.move or
 * table.concat over the whole integer range), and a count that wrapped would read as
 * within the budget. */
static void count(ins_limits *lim, uint64_t steps) {
  lim->used = steps > UINT64_MAX - lim->used ? UINT64_MAX : lim->used + steps;
}

/* The hook step for the bytes now held in large blocks (INS_STEP_WORK). */
static int step_for(const ins_limits *lim) {
  if (lim->large_live == 0) return INS_HOOK_STEP;
  uint64_t step = INS_STEP_WORK / lim->large_live;
  return step < 1 ? 1 : step > INS_HOOK_STEP ? INS_HOOK_STEP : (int)step;
}

/* Makes the hook fire every `step` instructions from now on. */
static void rearm(ins_limits *lim, int step) {
  lim->step = step;
  if (lim->armed != NULL) lua_sethook(lim->armed, count_hook, LUA_MASKCOUNT, step);
}

/* Rearms from the allocator, in the middle of a step: how many instructions of it have run
 * is Lua's internal count, so the interrupted step counts in full. The count stays
 * deterministic (allocations happen at the same points every run), and no profile can
 * escape the budget by allocating just before each hook. */
static void cut_step(ins_limits *lim, int step) {
  if (lim->armed == NULL) return;
  count(lim, (uint64_t)lim->step);
  rearm(lim, step);
}

/* Trips `which` where raising is not allowed: the caller refuses the allocation (Lua raises
 * its own memory error) and the hook, now firing on every instruction, raises the limit's
 * error from the next one on. */
static void trip_quietly(ins_limits *lim, ins_limit which) {
  if (lim->tripped == INS_LIMIT_NONE) lim->tripped = which;
  if (lim->step != 1) cut_step(lim, 1);
}

/* Whether the deadline refuses a large allocation: C work that runs no instruction (a loop
 * of string.rep, `..` or table.concat calls, string.format...) spends its time filling
 * large blocks, so their allocation is where the deadline is checked between hook calls.
 * Not before the hook is armed nor after it is removed (setup, encoding the result), except
 * in the state of a compile (ins_chunk.c), where no hook ever runs. */
static int past_deadline(const ins_limits *lim) {
  if (lim->armed == NULL && !lim->clock_unarmed) return 0;
  if (lim->tripped != INS_LIMIT_NONE) return lim->tripped == INS_LIMIT_TIME;
  return now_ns() > lim->deadline_ns;
}

/*
 * Growth past the cap is refused, and the first refusal trips the limit: Lua's emergency
 * collection then retries and is refused again, so the evaluation fails deterministically
 * whatever garbage was pending. A large block asked for after the deadline is refused too,
 * as the time limit. Frees and shrinks always succeed.
 */
void *ins_limits_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  ins_limits *lim = ud;
  if (ptr == NULL) osize = 0; /* Lua passes a new object's type there */
  size_t old = ins_arena_footprint(osize);
  if (nsize == 0) {
    if (old > 0) ins_arena_free(&lim->arena, ptr, old);
    lim->in_use -= old;
    if (old >= INS_LARGE_BLOCK) lim->large_live -= old;
    return NULL;
  }
  size_t grown = ins_arena_footprint(nsize);
  if (grown > old) {
    if (lim->tripped == INS_LIMIT_MEMORY || lim->in_use + (grown - old) > lim->memory_cap) {
      trip_quietly(lim, INS_LIMIT_MEMORY);
      return NULL;
    }
    if (grown >= INS_LARGE_BLOCK && past_deadline(lim)) {
      trip_quietly(lim, INS_LIMIT_TIME);
      return NULL;
    }
  }
  void *block = old == 0 ? ins_arena_alloc(&lim->arena, nsize, grown)
                         : ins_arena_resize(&lim->arena, ptr, osize, old, nsize, grown);
  if (block == NULL) {
    trip_quietly(lim, INS_LIMIT_MEMORY);
    return NULL;
  }
  lim->in_use = lim->in_use - old + grown;
  if (lim->in_use > lim->peak) lim->peak = lim->in_use;
  if (old >= INS_LARGE_BLOCK) lim->large_live -= old;
  if (grown >= INS_LARGE_BLOCK) {
    lim->large_live += grown;
    int step = step_for(lim);
    /* shorter at once; longer again only at the next hook, where the step ends exactly */
    if (step < lim->step && lim->tripped == INS_LIMIT_NONE) cut_step(lim, step);
  }
  /* the collector is due: started by the hook at the next instruction (not from here, in
   * the middle of an allocation) */
  if (lim->gc_start != 0 && lim->in_use >= lim->gc_start && lim->step != 1) cut_step(lim, 1);
  return block;
}

/* The allocator while the state closes: the arena is released whole right after, so a small
 * block freed is only counted, not put back on its list (lua_close frees every object one by
 * one). Counted all the same: in_use after the close is what the state did not give back. */
static void *alloc_closing(void *ud, void *ptr, size_t osize, size_t nsize) {
  if (nsize != 0) return ins_limits_alloc(ud, ptr, osize, nsize);
  ins_limits *lim = ud;
  size_t old = ptr != NULL ? ins_arena_footprint(osize) : 0;
  if (old == 0) return NULL;
  ins_arena_forget(ptr, old);
  lim->in_use -= old;
  if (old >= INS_LARGE_BLOCK) lim->large_live -= old;
  return NULL;
}

void ins_limits_close(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  lua_setallocf(L, alloc_closing, ud);
  lua_close(L);
}

void ins_limits_trip(ins_limits *lim, ins_limit which) { trip_quietly(lim, which); }

void ins_limits_defer_gc(lua_State *L) {
  ins_limits *lim = &ins_context_of(L)->limits;
  lim->gc_start = lim->memory_cap / 4 < INS_GC_START_MAX ? lim->memory_cap / 4
                                                         : INS_GC_START_MAX;
  lua_gc(L, LUA_GCSTOP);
}

/* Starts the deferred collector once the heap has reached its mark. */
static void start_gc_when_due(lua_State *L, ins_limits *lim) {
  if (lim->gc_start == 0 || lim->in_use < lim->gc_start) return;
  lim->gc_start = 0;
  lua_gc(L, LUA_GCRESTART);
}

int ins_limits_reserve(ins_limits *lim, uint64_t bytes) {
  if (lim->tripped == INS_LIMIT_MEMORY || bytes > lim->memory_cap - lim->in_use) {
    trip_quietly(lim, INS_LIMIT_MEMORY);
    return 0;
  }
  if (lim->in_use + bytes > lim->peak) lim->peak = lim->in_use + bytes;
  return 1;
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
  lim->step = 1;
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

/* Counts the step that just ended, checks the limits, and sets the next step's length from
 * the large blocks now live (shorter when they grew, longer again when they were freed). */
static void count_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  ins_limits *lim = &ins_context_of(L)->limits;
  count(lim, (uint64_t)lim->step);
  check(L, lim, 1);
  start_gc_when_due(L, lim);
  int step = step_for(lim);
  if (step != lim->step) rearm(lim, step);
}

void ins_limits_arm(lua_State *L) {
  ins_limits *lim = &ins_context_of(L)->limits;
  lim->armed = L;
  start_gc_when_due(L, lim);
  rearm(lim, step_for(lim));
}

void ins_limits_disarm(lua_State *L) {
  lua_sethook(L, NULL, 0, 0);
  ins_context_of(L)->limits.armed = NULL;
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
