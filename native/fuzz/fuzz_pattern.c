/*
 * fuzz_pattern.c: libFuzzer target for the step-budgeted matcher (ins_pattern.c), checked
 * against the reference string library: the same call with the same arguments must give the
 * same values or the same error message (tests/pattern_diff.c does this for a fixed corpus).
 *
 * Input layout, so that the mutator can change each part alone:
 *   byte 0  which call: bits 0-1 find/match/gmatch/gsub; bits 2-4 the init argument
 *           (INITS); bits 5-7 find's plain flag, or gsub's replacement (REPLS)
 *   byte 1  gsub's max_n (MAXNS, low 3 bits)
 *   byte 2  the pattern's length n; then n bytes of pattern; the rest is the subject
 *
 * Ours runs first, with a budget of PATTERN_BUDGET steps. If it stops at the budget (the
 * limit error) the input is done: only ours must be interruptible. Otherwise the reference
 * runs the same call; both implementations backtrack alike, so its work is bounded by about
 * what ours was charged, and the reference cannot hang the fuzzer.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ins_context.h"
#include "ins_errors.h"
#include "ins_limits.h"
#include "ins_pattern.h"
#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

#define PATTERN_MEMORY (16u * 1024u * 1024u)
#define PATTERN_BUDGET 200000u
#define PATTERN_TIME_MS 2000u

/* The call, as Lua: `run(kind, s, p, init, extra, maxn)` calls string[kind], which holds the
 * implementation under test (so both report argument errors under the same name), and
 * returns one string describing
 * every value the call gave (%q of each, with its type), or raises what the call raised.
 * gmatch is run to its end (at most 64 matches); the repl/maxn arguments are omitted when
 * nil, since gsub checks how many arguments it has. */
static const char RUNNER[] =
    "local pack, unpack, concat, format, type = table.pack, table.unpack, table.concat,\n"
    "  string.format, type\n"
    "local function describe(t, out)\n"
    "  for i = 1, t.n do\n"
    "    local v = t[i]\n"
    "    if type(v) == 'string' or type(v) == 'number' then out[#out + 1] = format('%q', v)\n"
    "    else out[#out + 1] = type(v) .. ':' .. tostring(v) end\n"
    "  end\n"
    "  out[#out + 1] = ';'\n"
    "end\n"
    "return function(kind, s, p, init, extra, maxn)\n"
    "  local out, fn = {}, string[kind]\n"
    "  if kind == 'gmatch' then\n"
    "    local it = fn(s, p, init)\n"
    "    for _ = 1, 64 do\n"
    "      local t = pack(it())\n"
    "      if t[1] == nil then break end\n"
    "      describe(t, out)\n"
    "    end\n"
    "  elseif kind == 'gsub' then\n"
    "    if maxn ~= nil then describe(pack(fn(s, p, extra, maxn)), out)\n"
    "    else describe(pack(fn(s, p, extra)), out) end\n"
    "  elseif extra ~= nil then describe(pack(fn(s, p, init, extra)), out)\n"
    "  else describe(pack(fn(s, p, init)), out) end\n"
    "  return concat(out)\n"
    "end\n";

static const char *const FUNCS[4] = {"find", "match", "gmatch", "gsub"};
/* The arguments, as Lua expressions */
static const char *const INITS[8] = {"nil", "1", "2", "0", "-1", "-3", "100",
                                     "math.mininteger"};
static const char *const PLAINS[8] = {"nil", "true", "false", "nil", "1", "nil", "true", "nil"};
static const char *const REPLS[8] = {
    "'%0'", "'<%1>'", "'%%%2'", "'x%'",
    "{a = 'A', b = false, ['1'] = 1, [''] = 'E'}",
    "function(a) if a == 'a' then return nil end return false end",
    "function(a, b) return b end",
    "function() return {} end"};
static const char *const MAXNS[8] = {"nil", "0", "1", "2", "-1", "nil", "3", "nil"};

/* One state: the reference functions and ours, and the runner, by registry reference. */
typedef struct harness {
  lua_State *L;
  ins_context ctx;
  int reference[4], ours[4], runner;
} harness;

/* Runs Lua source that returns one value and references it in the registry. */
static int reference_of(lua_State *L, const char *source) {
  if (luaL_loadstring(L, source) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
    fprintf(stderr, "fuzz_pattern: harness chunk failed: %s\n", lua_tostring(L, -1));
    abort();
  }
  return luaL_ref(L, LUA_REGISTRYINDEX);
}

static void harness_open(harness *h) {
  memset(&h->ctx, 0, sizeof h->ctx);
  ins_limits_init(&h->ctx.limits, PATTERN_MEMORY, PATTERN_BUDGET, PATTERN_TIME_MS);
  lua_State *L = h->L = lua_newstate(ins_limits_alloc, &h->ctx.limits);
  if (L == NULL) abort();
  *(ins_context **)lua_getextraspace(L) = &h->ctx;
  ins_errors_open(L);
  luaL_requiref(L, "_G", luaopen_base, 1);
  luaL_requiref(L, "string", luaopen_string, 1);
  luaL_requiref(L, "table", luaopen_table, 1);
  luaL_requiref(L, "math", luaopen_math, 1);
  lua_pop(L, 4);
  lua_getglobal(L, "string");
  for (int f = 0; f < 4; f++) {
    lua_getfield(L, -1, FUNCS[f]);
    h->reference[f] = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  ins_pattern_install(L, lua_gettop(L));
  for (int f = 0; f < 4; f++) {
    lua_getfield(L, -1, FUNCS[f]);
    h->ours[f] = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  lua_pop(L, 1);
  h->runner = reference_of(L, RUNNER);
}

/* Everything the Lua state allocated must be given back when it is closed. */
static void harness_close(harness *h) {
  lua_close(h->L);
  if (h->ctx.limits.in_use != 0) {
    fprintf(stderr, "fuzz_pattern: %llu bytes still allocated after lua_close\n",
            (unsigned long long)h->ctx.limits.in_use);
    abort();
  }
  ins_limits_release(&h->ctx.limits);
}

/* Pushes the value of a Lua expression. */
static void push_expression(lua_State *L, const char *expression) {
  char source[256];
  snprintf(source, sizeof source, "return %s", expression);
  if (luaL_loadstring(L, source) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
    fprintf(stderr, "fuzz_pattern: bad expression %s: %s\n", expression, lua_tostring(L, -1));
    abort();
  }
}

typedef struct call {
  int kind; /* index into FUNCS */
  const char *init, *extra, *maxn;
  const char *pattern, *subject;
  size_t pattern_len, subject_len;
} call;

/* Runs the call with implementation `fn` (a registry reference) in the string table. Leaves
 * the description or the error value on the stack; returns the lua_pcall status. */
static int run(harness *h, const call *c, int fn) {
  lua_State *L = h->L;
  lua_getglobal(L, "string");
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
  lua_setfield(L, -2, FUNCS[c->kind]);
  lua_pop(L, 1);
  lua_rawgeti(L, LUA_REGISTRYINDEX, h->runner);
  lua_pushstring(L, FUNCS[c->kind]);
  lua_pushlstring(L, c->subject, c->subject_len);
  lua_pushlstring(L, c->pattern, c->pattern_len);
  push_expression(L, c->init);
  push_expression(L, c->extra);
  push_expression(L, c->maxn);
  return lua_pcall(L, 6, 1, 0);
}

/* Reads the input's layout (see the top of the file); 0 if it is too short. */
static int parse(const uint8_t *data, size_t size, call *c) {
  if (size < 3) return 0;
  c->kind = data[0] & 3;
  c->init = INITS[(data[0] >> 2) & 7];
  c->extra = c->kind == 3 ? REPLS[data[0] >> 5] : c->kind == 0 ? PLAINS[data[0] >> 5] : "nil";
  c->maxn = c->kind == 3 ? MAXNS[data[1] & 7] : "nil";
  size_t n = data[2];
  if (n > size - 3) n = size - 3;
  c->pattern = (const char *)data + 3;
  c->pattern_len = n;
  c->subject = c->pattern + n;
  c->subject_len = size - 3 - n;
  return 1;
}

/* Whether the value on top of the stack is a structured error (a tripped limit). */
static int is_limit(lua_State *L) {
  const char *message, *chunk;
  int line;
  const char *code = ins_error_fields(L, -1, &message, &chunk, &line);
  return code != NULL && strncmp(code, "limit.", 6) == 0;
}

static void mismatch(const call *c, const char *want, size_t want_len, const char *got,
                     size_t got_len) {
  fprintf(stderr,
          "fuzz_pattern: string.%s differs from the reference\n  pattern (%zu bytes): %.*s\n"
          "  init: %s  extra: %s  maxn: %s\n  reference: %.*s\n  ours:      %.*s\n",
          FUNCS[c->kind], c->pattern_len, (int)c->pattern_len, c->pattern, c->init, c->extra,
          c->maxn, (int)(want_len > 500 ? 500 : want_len), want,
          (int)(got_len > 500 ? 500 : got_len), got);
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  call c;
  if (!parse(data, size, &c)) return 0;
  harness h;
  harness_open(&h);
  lua_State *L = h.L;
  int ours = run(&h, &c, h.ours[c.kind]);
  if (ours != LUA_OK && is_limit(L)) { /* stopped by its budget: the reference may not stop */
    harness_close(&h);
    return 0;
  }
  if (ours != LUA_OK && lua_type(L, -1) != LUA_TSTRING) {
    fprintf(stderr, "fuzz_pattern: ours raised a %s that is not a limit\n", luaL_typename(L, -1));
    abort();
  }
  int reference = run(&h, &c, h.reference[c.kind]);
  size_t want_len, got_len;
  const char *want = lua_tolstring(L, -1, &want_len);
  const char *got = lua_tolstring(L, -2, &got_len);
  if (reference != ours || want == NULL || got == NULL || want_len != got_len ||
      memcmp(want, got, want_len) != 0)
    mismatch(&c, want ? want : "(not a string)", want ? want_len : 14, got ? got : "(not a string)",
             got ? got_len : 14);
  harness_close(&h);
  return 0;
}
