/*
 * ins_sandbox.c: the sandbox as data. SANDBOX below lists every name a profile can reach in
 * the global table and in the string, table and math libraries, with what happens to it and
 * why. Anything a library defines that is not listed is removed: new functions in a future
 * Lua stay out until someone lists them here. ins_sandbox_open() is the one place that
 * enforces the list.
 */
#include "ins_sandbox.h"

#include <string.h>

#include "ins_context.h"
#include "ins_errors.h"
#include "ins_freeze.h"
#include "ins_pattern.h"
#include "ins_require.h"
#include "lauxlib.h"
#include "lualib.h"

typedef enum rule_kind {
  KEEP,    /* left as the reference library defines it */
  REPLACE, /* replaced by the shim's own function */
  DENY     /* removed; touching it raises sandbox.denied with the reason */
} rule_kind;

typedef struct rule {
  const char *lib;  /* "" for globals, else the library table */
  const char *name;
  rule_kind kind;
  lua_CFunction replacement; /* REPLACE: the function, or NULL when a module installs it */
  const char *why;
} rule;

static int sandbox_print(lua_State *L);
static int sandbox_setmetatable(lua_State *L);
static int sandbox_table_move(lua_State *L);
static int sandbox_table_concat(lua_State *L);
static int sandbox_table_sort(lua_State *L);
static int sandbox_table_insert(lua_State *L);
static int sandbox_table_remove(lua_State *L);
static int sandbox_xpcall(lua_State *L);

/* Grouped by library: each library's rules are one contiguous slice (rules_of). */
static const rule SANDBOX[] = {
    /* globals: the base library */
    {"", "_G", KEEP, NULL, "the profile's own globals"},
    {"", "_VERSION", KEEP, NULL, "a constant"},
    {"", "assert", KEEP, NULL, "pure"},
    {"", "error", KEEP, NULL, "raising errors is how a profile reports a problem"},
    {"", "getmetatable", KEEP, NULL, "protected metatables answer false"},
    {"", "ipairs", KEEP, NULL, "pure"},
    {"", "next", KEEP, NULL, "pure"},
    {"", "pairs", KEEP, NULL, "pure; iteration order is deterministic (fixed hash seed)"},
    {"", "pcall", KEEP, NULL, "limits are sticky, so pcall cannot swallow one"},
    {"", "xpcall", REPLACE, sandbox_xpcall,
     "the handler is skipped once a limit has tripped: Lua runs message handlers with hooks "
     "off when the error was raised by a hook, so a looping handler could not be stopped"},
    {"", "rawequal", KEEP, NULL, "pure"},
    {"", "rawget", KEEP, NULL, "reads only"},
    {"", "rawlen", KEEP, NULL, "reads only"},
    {"", "select", KEEP, NULL, "pure"},
    {"", "tonumber", KEEP, NULL, "pure"},
    {"", "tostring", KEEP, NULL, "pure; __tostring runs under the limits"},
    {"", "type", KEEP, NULL, "pure"},
    {"", "print", REPLACE, sandbox_print, "captured into the evaluation's output, never stdout"},
    {"", "setmetatable", REPLACE, sandbox_setmetatable,
     "refuses __gc (finalizers run with hooks off, so one could hang the process) and __mode "
     "(results would depend on when the collector runs)"},
    {"", "require", REPLACE, NULL, "controlled: host modules and the profile's own files only"},
    {"", "rawset", DENY, NULL, "it would write through the read-only host modules"},
    {"", "load", DENY, NULL, "compiles code at run time, binary chunks included"},
    {"", "loadstring", DENY, NULL, "compiles code at run time"},
    {"", "dofile", DENY, NULL, "runs arbitrary files; require the profile's own modules instead"},
    {"", "loadfile", DENY, NULL, "loads arbitrary files; require the profile's own modules instead"},
    {"", "collectgarbage", DENY, NULL, "steers the collector, whose timing must not change results"},
    {"", "os", DENY, NULL, "clock, environment, files and processes are launch context"},
    {"", "io", DENY, NULL, "files and standard streams are outside the profile"},
    {"", "debug", DENY, NULL, "it bypasses every other rule of the sandbox"},
    {"", "package", DENY, NULL, "module loading is controlled by require"},
    {"", "string", KEEP, NULL, "the string library, filtered below, read-only"},
    {"", "table", KEEP, NULL, "the table library, filtered below, read-only"},
    {"", "math", KEEP, NULL, "the math library, filtered below, read-only"},
    {"", "coroutine", DENY, NULL, "not needed to describe a profile"},
    {"", "utf8", DENY, NULL, "not needed to describe a profile"},
    /* the string library */
    {"string", "byte", KEEP, NULL, "pure"},
    {"string", "char", KEEP, NULL, "pure"},
    {"string", "format", KEEP, NULL, "pure; widths are bounded by Lua"},
    {"string", "len", KEEP, NULL, "pure"},
    {"string", "lower", KEEP, NULL, "pure, linear"},
    {"string", "upper", KEEP, NULL, "pure, linear"},
    {"string", "rep", KEEP, NULL, "its result is bounded by the memory limit"},
    {"string", "reverse", KEEP, NULL, "pure, linear"},
    {"string", "sub", KEEP, NULL, "pure"},
    {"string", "pack", KEEP, NULL, "pure"},
    {"string", "packsize", KEEP, NULL, "pure"},
    {"string", "unpack", KEEP, NULL, "pure"},
    {"string", "find", REPLACE, NULL, "step-budgeted matcher (ins_pattern.c): Lua's cannot be interrupted"},
    {"string", "match", REPLACE, NULL, "step-budgeted matcher (ins_pattern.c)"},
    {"string", "gmatch", REPLACE, NULL, "step-budgeted matcher (ins_pattern.c)"},
    {"string", "gsub", REPLACE, NULL, "step-budgeted matcher (ins_pattern.c)"},
    {"string", "dump", DENY, NULL, "it produces binary chunks"},
    /* the table library */
    {"table", "concat", REPLACE, sandbox_table_concat,
     "its loop over the items runs in C, where the hook never fires, and a C __index "
     "(rawlen) makes up any number of them: the items are charged to the budget first, #t "
     "read once"},
    {"table", "insert", REPLACE, sandbox_table_insert,
     "its loop shifting elements runs in C over #t, which __len may make any size: the "
     "shift is charged to the budget first (the reference, reading #t once)"},
    {"table", "remove", REPLACE, sandbox_table_remove,
     "its loop shifting elements runs in C over #t, which __len may make any size: the "
     "shift is charged to the budget first (the reference, reading #t once)"},
    {"table", "sort", REPLACE, sandbox_table_sort,
     "its comparisons run in C, where the hook cannot count them, even when the comparator "
     "is a C function such as rawequal (one call over long strings, or a loop of calls, ran "
     "for minutes): each comparison is charged to the budget, without a comparator by the "
     "length of the strings compared"},
    {"table", "unpack", KEEP, NULL, "bounded by Lua's stack limit"},
    {"table", "pack", KEEP, NULL, "pure"},
    {"table", "move", REPLACE, sandbox_table_move,
     "its loop over an arbitrary range runs in C: the range is charged to the budget first"},
    /* the math library */
    {"math", "abs", KEEP, NULL, "pure"},
    {"math", "ceil", KEEP, NULL, "pure"},
    {"math", "floor", KEEP, NULL, "pure"},
    {"math", "fmod", KEEP, NULL, "pure"},
    {"math", "modf", KEEP, NULL, "pure"},
    {"math", "huge", KEEP, NULL, "a constant"},
    {"math", "pi", KEEP, NULL, "a constant"},
    {"math", "maxinteger", KEEP, NULL, "a constant"},
    {"math", "mininteger", KEEP, NULL, "a constant"},
    {"math", "max", KEEP, NULL, "pure"},
    {"math", "min", KEEP, NULL, "pure"},
    {"math", "sqrt", KEEP, NULL, "pure"},
    {"math", "exp", KEEP, NULL, "pure"},
    {"math", "log", KEEP, NULL, "pure"},
    {"math", "sin", KEEP, NULL, "pure"},
    {"math", "cos", KEEP, NULL, "pure"},
    {"math", "tan", KEEP, NULL, "pure"},
    {"math", "asin", KEEP, NULL, "pure"},
    {"math", "acos", KEEP, NULL, "pure"},
    {"math", "atan", KEEP, NULL, "pure"},
    {"math", "tointeger", KEEP, NULL, "pure"},
    {"math", "type", KEEP, NULL, "pure"},
    {"math", "ult", KEEP, NULL, "pure"},
    {"math", "random", KEEP, NULL, "seeded with a fixed seed per evaluation: deterministic"},
    {"math", "randomseed", DENY, NULL, "math.random is seeded per evaluation so results repeat"},
};

#define SANDBOX_RULES (sizeof SANDBOX / sizeof SANDBOX[0])

/* The fixed seed of math.random: the same sequence in every evaluation. */
#define RANDOM_SEED 20260530

/* The rules of one library: SANDBOX is grouped by library, so this is one slice of it. */
typedef struct rule_slice {
  const rule *first;
  size_t count;
} rule_slice;

static rule_slice rules_of(const char *lib) {
  rule_slice slice = {NULL, 0};
  for (size_t i = 0; i < SANDBOX_RULES; i++) {
    if (strcmp(SANDBOX[i].lib, lib) != 0) continue;
    if (slice.first == NULL) slice.first = &SANDBOX[i];
    slice.count++;
  }
  return slice;
}

static const rule *find_in(rule_slice slice, const char *name) {
  for (size_t i = 0; i < slice.count; i++) {
    const rule *r = &slice.first[i];
    if (r->name[0] == name[0] && strcmp(r->name, name) == 0) return r;
  }
  return NULL;
}

static const rule *find_rule(const char *lib, const char *name) {
  return find_in(rules_of(lib), name);
}

/* print(...): tostring of each argument, tab-separated, appended to the output buffer. */
static int sandbox_print(lua_State *L) {
  ins_output *out = &ins_context_of(L)->output;
  int n = lua_gettop(L);
  for (int i = 1; i <= n; i++) {
    size_t len;
    const char *s = luaL_tolstring(L, i, &len);
    if (i > 1) ins_output_append(out, "\t", 1);
    ins_output_append(out, s, len);
    lua_pop(L, 1);
  }
  ins_output_append(out, "\n", 1);
  return 0;
}

/* setmetatable(t, mt) refusing __gc and __mode, then the reference function (upvalue 1). */
static int sandbox_setmetatable(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    static const char *const refused[] = {"__gc", "__mode"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
      lua_pushstring(L, refused[i]);
      int present = lua_rawget(L, 2) != LUA_TNIL;
      lua_pop(L, 1);
      if (present)
        return ins_raise(L, "sandbox.denied", "metatables with '%s' are not available in "
                         "profiles: %s", refused[i], find_rule("", "setmetatable")->why);
    }
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* table.move(a1, f, e, t [,a2]): charge the e-f+1 element copies, then the reference. */
static int sandbox_table_move(lua_State *L) {
  lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  if (e >= f) {
    lua_Unsigned count = (lua_Unsigned)e - (lua_Unsigned)f + 1u;
    ins_limits_charge(L, count);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* table.concat(list [, sep [, i [, j]]]): charge the j-i+1 items, then the reference with
 * i and j explicit, so #list is read once (by us). Arguments 2-4 are checked here, where an
 * error names 'concat'; a list that is not a table is left for the reference to refuse. */
static int sandbox_table_concat(lua_State *L) {
  if (lua_type(L, 1) == LUA_TTABLE) {
    luaL_optlstring(L, 2, "", NULL);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    lua_Integer j = lua_isnoneornil(L, 4) ? luaL_len(L, 1) : luaL_checkinteger(L, 4);
    lua_settop(L, 2);
    lua_pushinteger(L, i);
    lua_pushinteger(L, j);
    if (j >= i) { /* j-i+1 items; all 2^64 of them (i = mininteger, j = maxinteger) wrap to 0 */
      lua_Unsigned span = (lua_Unsigned)j - (lua_Unsigned)i;
      ins_limits_charge(L, span == ~(lua_Unsigned)0 ? span : span + 1u);
    }
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* The comparator table.sort gets when the profile gives none: the reference order
 * (lua_compare, so __lt still applies), each comparison charged first; comparing strings
 * (strcoll) costs up to the shorter length, so that is what it is charged. */
static int charged_less(lua_State *L) {
  uint64_t steps = 1;
  if (lua_type(L, 1) == LUA_TSTRING && lua_type(L, 2) == LUA_TSTRING) {
    size_t a = lua_rawlen(L, 1), b = lua_rawlen(L, 2);
    steps += a < b ? a : b;
  }
  ins_limits_charge(L, steps);
  lua_pushboolean(L, lua_compare(L, 1, 2, LUA_OPLT));
  return 1;
}

/* The profile's comparator (upvalue 1), each call charged first: a C function such as
 * rawequal runs no instruction the hook could count. */
static int charged_comparator(lua_State *L) {
  ins_limits_charge(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* table.sort(t [, comp]): the reference sort (upvalue 1) with a charged comparator:
 * charged_less when the profile passes none, else its own wrapped (anything that is not a
 * function is left for the reference to refuse). */
static int sandbox_table_sort(lua_State *L) {
  if (lua_isnoneornil(L, 2)) {
    lua_settop(L, 1);
    lua_pushcfunction(L, charged_less);
  } else if (lua_type(L, 2) == LUA_TFUNCTION) {
    lua_settop(L, 2);
    lua_pushcclosure(L, charged_comparator, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 0);
  return 0;
}

/* table.insert(t, [pos,] v), as the reference does it (the manual's semantics, its error
 * messages), with #t read once and the elements it shifts charged before the loop: a
 * wrapper around the reference could not do that, since the reference reads #t again and
 * __len may answer differently the second time. */
static int sandbox_table_insert(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer end = luaL_intop(+, luaL_len(L, 1), 1); /* the first empty position */
  lua_Integer pos = end;
  switch (lua_gettop(L)) {
    case 2: break;
    case 3:
      pos = luaL_checkinteger(L, 2);
      luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)end, 2, "position out of bounds");
      ins_limits_charge(L, (lua_Unsigned)end - (lua_Unsigned)pos);
      for (lua_Integer i = end; i > pos; i--) { /* t[i] = t[i - 1] */
        lua_geti(L, 1, i - 1);
        lua_seti(L, 1, i);
      }
      break;
    default: return luaL_error(L, "wrong number of arguments to 'insert'");
  }
  lua_seti(L, 1, pos);
  return 0;
}

/* table.remove(t [, pos]), as the reference does it, #t read once and the shift charged
 * first (see sandbox_table_insert). */
static int sandbox_table_remove(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer size = luaL_len(L, 1);
  lua_Integer pos = luaL_optinteger(L, 2, size);
  if (pos != size) /* 1..size + 1, or 0 when the list is empty */
    luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
  if (pos < size) ins_limits_charge(L, (lua_Unsigned)size - (lua_Unsigned)pos);
  lua_geti(L, 1, pos); /* the result */
  for (; pos < size; pos++) { /* t[pos] = t[pos + 1] */
    lua_geti(L, 1, pos + 1);
    lua_seti(L, 1, pos);
  }
  lua_pushnil(L);
  lua_seti(L, 1, pos);
  return 1;
}

/* The message handler xpcall really installs: the profile's handler (upvalue 1) runs only
 * while no limit has tripped; afterwards the error passes through unchanged. */
static int guarded_handler(lua_State *L) {
  if (ins_context_of(L)->limits.tripped != INS_LIMIT_NONE) return 1;
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* xpcall(f, msgh, ...): the reference xpcall (upvalue 1) with msgh guarded. */
static int sandbox_xpcall(lua_State *L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, guarded_handler, 1);
  lua_replace(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* __index of a sandboxed table: nil, or sandbox.denied for a removed name.
 * Upvalue 1: the library name ("" for globals). */
static int sandbox_index(lua_State *L) {
  const char *lib = lua_tostring(L, lua_upvalueindex(1));
  if (lua_type(L, 2) != LUA_TSTRING) return 0;
  const rule *r = find_rule(lib, lua_tostring(L, 2));
  if (r == NULL || r->kind != DENY) return 0;
  return ins_raise(L, "sandbox.denied", "'%s%s%s' is not available in profiles: %s", lib,
                   *lib ? "." : "", r->name, r->why);
}

/* Removes what the list does not keep from the table at idx, installs the replacements
 * that carry a function (with the original as upvalue 1), and sets the denying __index. */
static void apply_rules(lua_State *L, int idx, const char *lib) {
  rule_slice slice = rules_of(lib);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    const rule *r = lua_type(L, -1) == LUA_TSTRING ? find_in(slice, lua_tostring(L, -1)) : NULL;
    if (r == NULL || r->kind == DENY) {
      lua_pushvalue(L, -1);
      lua_pushnil(L);
      lua_rawset(L, idx); /* clearing a field during lua_next is allowed */
    }
  }
  for (size_t i = 0; i < slice.count; i++) {
    const rule *r = &slice.first[i];
    if (r->kind != REPLACE || r->replacement == NULL) continue;
    lua_getfield(L, idx, r->name);
    lua_pushcclosure(L, r->replacement, 1);
    lua_setfield(L, idx, r->name);
  }
  lua_createtable(L, 0, 2);
  lua_pushstring(L, lib);
  lua_pushcclosure(L, sandbox_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, idx);
}

static void seed_random(lua_State *L) {
  lua_getglobal(L, "math");
  lua_getfield(L, -1, "randomseed");
  lua_pushinteger(L, RANDOM_SEED);
  lua_call(L, 1, 0);
  lua_pop(L, 1);
}

/* raise(code, message [, level]): host modules only. Raises a structured error with a
 * diagnostic code, located `level` Lua frames up (default 1, the host function itself; 2
 * is the profile line that called it), so a host module can report e.g.
 * profile.unknown-model at the profile's call site. */
static int host_raise(lua_State *L) {
  const char *code = luaL_checkstring(L, 1);
  const char *message = luaL_checkstring(L, 2);
  int level = (int)luaL_optinteger(L, 3, 1);
  return ins_raise_at(L, level < 1 ? 1 : level, code, message);
}

/* Registry key of the host environment. */
static const char HOST_ENV_KEY = 0;

void ins_sandbox_open(lua_State *L) {
  static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                  {LUA_STRLIBNAME, luaopen_string},
                                  {LUA_TABLIBNAME, luaopen_table},
                                  {LUA_MATHLIBNAME, luaopen_math}};
  for (size_t i = 0; i < sizeof libs / sizeof libs[0]; i++) {
    luaL_requiref(L, libs[i].name, libs[i].func, 1);
    lua_pop(L, 1);
  }
  seed_random(L);
  lua_pushglobaltable(L);
  int globals = lua_gettop(L);
  static const char *const library_names[] = {"string", "table", "math"};
  for (size_t i = 0; i < sizeof library_names / sizeof library_names[0]; i++) {
    lua_getfield(L, globals, library_names[i]);
    int lib = lua_gettop(L);
    apply_rules(L, lib, library_names[i]);
    if (strcmp(library_names[i], "string") == 0) ins_pattern_install(L, lib);
    ins_freeze(L, lib, library_names[i]); /* libraries are shared: read-only */
    lua_setfield(L, globals, library_names[i]);
    lua_pop(L, 1);
  }
  /* strings index the (frozen) string library; their metatable is protected */
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_getfield(L, globals, "string");
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
  apply_rules(L, globals, "");
  ins_require_install(L, globals);
  /* the host environment: a frozen copy of the pristine globals */
  lua_createtable(L, 0, 32);
  lua_pushnil(L);
  while (lua_next(L, globals)) { /* all but _G, which stays the profile's own */
    if (lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), LUA_GNAME) == 0) {
      lua_pop(L, 1);
      continue;
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_pushcfunction(L, host_raise); /* only host modules can raise coded errors */
  lua_setfield(L, -2, "raise");
  lua_getmetatable(L, globals); /* removed names raise sandbox.denied there too */
  lua_setmetatable(L, -2);
  ins_freeze(L, -1, "the host module environment");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &HOST_ENV_KEY);
  lua_pop(L, 2);
}

void ins_sandbox_push_host_env(lua_State *L) { lua_rawgetp(L, LUA_REGISTRYINDEX, &HOST_ENV_KEY); }
