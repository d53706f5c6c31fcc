/*
 * pattern_diff.c: differential test of ins_pattern.c against Lua's own string library.
 *
 * One lua_State holds both implementations: the reference find/match/gmatch/gsub (from
 * luaopen_string) and the step-budgeted ones (ins_pattern_install). Each case is a small Lua
 * chunk; it is compiled once and run twice, with the string table's four entries set to the
 * reference and then to ours, and everything it returns (types and values) or the error it
 * raises (its full text) must be identical. The corpus is a hand-written list of edge cases
 * plus cases generated from a small pattern grammar by a fixed-seed PRNG, so every run tests
 * the same cases.
 *
 * Then budget tests: with a budget of 1e6 steps, pathological patterns, a long plain find and
 * friends must stop with the instruction limit, quickly, instead of hanging.
 *
 * `pattern_diff --bench` times ordinary workloads with both implementations instead;
 * PATTERN_DIFF_VERBOSE=1 in the environment prints every case with its outcome.
 * The last line of the normal run is "N passed, N failed"; the exit status is non-zero on
 * any failure.
 *
 * Build: links ins_pattern.c, ins_limits.c, ins_errors.c and Lua. Define
 * PATTERN_DIFF_STUB_ERRORS to replace ins_errors.c with a minimal ins_raise_limit.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ins_context.h"
#include "ins_limits.h"
#include "ins_pattern.h"
#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

#ifdef PATTERN_DIFF_STUB_ERRORS
int ins_raise_limit(lua_State *L, ins_limit which) {
  lua_pushstring(L, ins_limit_code(which));
  return lua_error(L);
}
#else
#include "ins_errors.h"
#endif

#define GENERATED_CASES 4000
#define TEXT_MAX 8192

typedef struct tally {
  int passed;
  int failed;
} tally;

static const char *const FUNCS[4] = {"find", "match", "gmatch", "gsub"};

/* Registry references of the two implementations: [0] reference, [1] ours. */
typedef struct impls {
  int ref[2][4];
} impls;

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---------------------------------------------------------------------------------------
 * States
 * ------------------------------------------------------------------------------------- */

/* A state with the limits allocator, the context in its extra space, base, string and table
 * libraries. The time limit is generous: the tests are about the instruction budget. */
static lua_State *new_state(ins_context *ctx, uint64_t budget) {
  lua_State *L;
  memset(ctx, 0, sizeof *ctx);
  ins_limits_init(&ctx->limits, 512u * 1024u * 1024u, budget, 600000u);
  L = lua_newstate(ins_limits_alloc, &ctx->limits);
  if (L == NULL) {
    fprintf(stderr, "cannot create a lua_State\n");
    exit(2);
  }
  *(ins_context **)lua_getextraspace(L) = ctx;
#ifndef PATTERN_DIFF_STUB_ERRORS
  ins_errors_open(L);
#endif
  luaL_requiref(L, "_G", luaopen_base, 1);
  luaL_requiref(L, "string", luaopen_string, 1);
  luaL_requiref(L, "table", luaopen_table, 1);
  luaL_requiref(L, "math", luaopen_math, 1);
  lua_pop(L, 4);
  return L;
}

/* Keeps the reference functions, installs ours, and keeps those too. */
static void capture_impls(lua_State *L, impls *im) {
  lua_getglobal(L, "string");
  for (int which = 0; which < 2; which++) {
    if (which == 1) ins_pattern_install(L, -1);
    for (int f = 0; f < 4; f++) {
      lua_getfield(L, -1, FUNCS[f]);
      im->ref[which][f] = luaL_ref(L, LUA_REGISTRYINDEX);
    }
  }
  lua_pop(L, 1);
}

/* Puts implementation `which` into the string table (also what s:find(...) reaches). */
static void use_impl(lua_State *L, const impls *im, int which) {
  lua_getglobal(L, "string");
  for (int f = 0; f < 4; f++) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, im->ref[which][f]);
    lua_setfield(L, -2, FUNCS[f]);
  }
  lua_pop(L, 1);
}

/* Helpers the cases call: G collects a whole gmatch run; F* and T1 are gsub replacements. */
static const char PRELUDE[] =
    "function G(s, p, init)\n"
    "  local out, n, it = {}, 0, string.gmatch(s, p, init)\n"
    "  while true do\n"
    "    local t = table.pack(it())\n"
    "    if t[1] == nil then break end\n"
    "    n = n + 1\n"
    "    if n > 500 then out[#out + 1] = 'LOOP'; break end\n"
    "    for i = 1, t.n do out[#out + 1] = t[i] end\n"
    "    out[#out + 1] = '|'\n"
    "  end\n"
    "  return table.unpack(out)\n"
    "end\n"
    "function F1(...)\n"
    "  local t, r = table.pack(...), {}\n"
    "  for i = 1, t.n do r[i] = tostring(t[i]) .. ':' .. math_type(t[i]) end\n"
    "  return '<' .. table.concat(r, ',') .. '>'\n"
    "end\n"
    "function math_type(v) if type(v) == 'number' then\n"
    "  return (v == v // 1) and 'int' or 'float' end return type(v) end\n"
    "function F2(a) if a == 'a' or a == 1 then return nil end return false end\n"
    "function F3(a) if a == 'b' then return {} end return a end\n"
    "function F4() return 42 end\n"
    "function F5(a, b) return b end\n"
    "function F6(a) return a .. a end\n"
    "T1 = {a = 'A', b = false, c = 3, ['1'] = 'one', [1] = 'int1', ab = 'AB', [''] = 'E',\n"
    "      ['('] = '<paren>', [2] = 2.5}\n";

/* ---------------------------------------------------------------------------------------
 * Running and comparing one case
 * ------------------------------------------------------------------------------------- */

typedef struct text {
  char data[TEXT_MAX];
  size_t len;
} text;

static void text_add(text *t, const char *s, size_t n) {
  if (n > TEXT_MAX - 1 - t->len) n = TEXT_MAX - 1 - t->len;
  memcpy(t->data + t->len, s, n);
  t->len += n;
  t->data[t->len] = '\0';
}

static void text_addf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_addf(text *t, const char *fmt, ...) {
  char tmp[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) text_add(t, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Appends bytes readably: printable ASCII as is, the rest as \xNN. */
static void text_add_escaped(text *t, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 32 && c < 127 && c != '\\')
      text_add(t, (const char *)&c, 1);
    else
      text_addf(t, "\\x%02x", c);
  }
}

/* Describes the values from index `from` to the top: type and value of each. */
static void describe_values(lua_State *L, int from, text *out) {
  for (int i = from; i <= lua_gettop(L); i++) {
    if (i > from) text_add(out, " ", 1);
    switch (lua_type(L, i)) {
      case LUA_TNIL: text_add(out, "nil", 3); break;
      case LUA_TBOOLEAN: text_addf(out, "%s", lua_toboolean(L, i) ? "true" : "false"); break;
      case LUA_TNUMBER:
        if (lua_isinteger(L, i))
          text_addf(out, "i:%lld", (long long)lua_tointeger(L, i));
        else
          text_addf(out, "f:%.17g", lua_tonumber(L, i));
        break;
      case LUA_TSTRING: {
        size_t n;
        const char *s = lua_tolstring(L, i, &n);
        text_add(out, "s:\"", 3);
        text_add_escaped(out, s, n);
        text_add(out, "\"", 1);
        break;
      }
      default: text_addf(out, "<%s>", luaL_typename(L, i)); break;
    }
  }
}

/* Runs the chunk at the top of the stack with implementation `which`; describes the outcome. */
static void run_with(lua_State *L, const impls *im, int which, text *out) {
  int base = lua_gettop(L);
  use_impl(L, im, which);
  lua_pushvalue(L, base);
  out->len = 0;
  out->data[0] = '\0';
  if (lua_pcall(L, 0, LUA_MULTRET, 0) != LUA_OK) {
    size_t n;
    const char *msg = luaL_tolstring(L, -1, &n);
    text_add(out, "ERROR: ", 7);
    text_add_escaped(out, msg, n);
  } else {
    describe_values(L, base + 1, out);
  }
  lua_settop(L, base);
}

/* Compiles `src` once, runs it with both implementations and compares what they give. */
static void diff_case(lua_State *L, const impls *im, ins_context *ctx, const char *src,
                      size_t len, tally *t) {
  static text want, got; /* test-only scratch, kept off the stack */
  if (luaL_loadbuffer(L, src, len, "=case") != LUA_OK) {
    printf("FAIL (case does not compile): %s\n  %s\n", src, lua_tostring(L, -1));
    lua_pop(L, 1);
    t->failed++;
    return;
  }
  ctx->limits.used = 0;
  run_with(L, im, 0, &want);
  ctx->limits.used = 0;
  run_with(L, im, 1, &got);
  lua_pop(L, 1);
  if (want.len == got.len && memcmp(want.data, got.data, want.len) == 0) {
    if (getenv("PATTERN_DIFF_VERBOSE") != NULL) {
      text shown = {{0}, 0};
      text_add_escaped(&shown, src, len);
      printf("same: %s\n  -> %s\n", shown.data, got.data);
    }
    t->passed++;
    return;
  }
  t->failed++;
  if (t->failed <= 40) {
    text shown = {{0}, 0};
    text_add_escaped(&shown, src, len);
    printf("FAIL: %s\n  reference: %s\n  ours:      %s\n", shown.data, want.data, got.data);
  }
}

/* ---------------------------------------------------------------------------------------
 * Hand-written cases
 * ------------------------------------------------------------------------------------- */

static const char *const EDGE_CASES[] = {
    /* empty patterns and subjects */
    "return string.find('', '')", "return string.find('abc', '')", "return string.match('', '')",
    "return string.find('', 'a')", "return string.match('', '.*')", "return G('', '')",
    "return G('abc', '')", "return string.gsub('', '', 'x')", "return string.gsub('abc', '', '-')",
    "return string.find('', '', 1)", "return string.find('', '', 2)",
    /* init handling */
    "return string.find('abc', 'b', 3)", "return string.find('abc', 'c', -1)",
    "return string.find('abc', 'a', -10)", "return string.find('abc', 'a', 0)",
    "return string.find('abc', '', 4)", "return string.find('abc', '', 5)",
    "return string.find('abc', 'x', 100)", "return string.match('abc', '.', 4)",
    "return string.match('abc', '()', 4)", "return string.match('abc', '()', 5)",
    "return string.find('abc', 'b', math.mininteger)",
    "return string.find('abc', 'b', math.maxinteger)", "return string.find('abc', 'b', '2')",
    "return string.find('abc', 'b', 1.0)", "return string.find('abc', 'b', 1.5)",
    "return string.find('abc', 'b', 'x')", "return string.find('abc', '^b', 2)",
    "return string.find('abc', '%f[%w]', 2)", "return string.find('abc', '%f[c]', 3)",
    "return string.find('ab', '()$', -1)",
    /* plain find */
    "return string.find('a.b', '.', 1, true)", "return string.find('a(b', '(', 1, true)",
    "return string.find('a+b', 'a+', 1, true)", "return string.find('a+b', 'a+')",
    "return string.find('abc', 'bc', 1, false)", "return string.find('abc', 'bc', 1, nil)",
    "return string.find('abc', 'bc', 1, 0)", "return string.find('a)b', 'a)')",
    "return string.find('a]b', ']')", "return string.find('x\\0y', '\\0')",
    "return string.find('x\\0y\\0z', 'y\\0z')", "return string.find('aaab', 'aab')",
    "return string.find('abababc', 'ababc')", "return string.find('abc', 'abcd')",
    "return string.find('abc', 'abc', 2)", "return string.find(12345, 34)",
    "return string.find('abc', '', 2, true)",
    /* types and arguments */
    "return string.match(12345, '%d%d')", "return string.match(1.5, '%.')",
    "return string.find(nil, 'a')", "return string.find('a')", "return string.find('a', {})",
    "return string.match()", "return string.gmatch('a')", "return string.gsub('abc')",
    "return string.gsub('abc', 'a')", "return string.gsub('abc', 'a', true)",
    "return string.gsub('abc', 'a', nil)", "return string.gsub('abc', 'a', 'x', 'y')",
    "return string.gsub('abc', 'a', true, 'y')", "return string.gsub('abc', 'a', 'x', 1.5)",
    "return string.gsub('abc', 'a', 'x', '1')", "return ('abc'):find(nil)",
    "return ('abc'):gsub('b', {})", "return string.gsub(123, '2', 'x')",
    "return string.gsub(123, 'x', 'y')", "return math_type((string.gsub(123, 'x', 'y')))",
    /* anchors */
    "return string.find('aaa', '^a')", "return string.find('baa', '^a')",
    "return string.find('aaa', 'a$')", "return string.find('a$a', 'a$a')",
    "return string.find('a$', '$')", "return string.find('a$', '%$')",
    "return string.find('a^b', 'a^b')", "return string.match('^a', '^^a')",
    "return string.match('abc', '^(a)(b)(c)$')", "return string.match('abc', '$')",
    "return string.match('abc', '^$')", "return string.match('', '^$')",
    "return string.match('a', '$$')", "return string.match('$', '$$')",
    "return string.match('a$', '.$*')", "return string.gsub('hello world', '^h', 'H')",
    "return string.gsub('aaa', '^a*', 'x')", "return string.gsub('aaa', '^', 'x')",
    "return string.gsub('aaa', '$', 'x')", "return string.gsub('aaa', '^a', 'x', 0)",
    "return string.gsub('abc', '^b', 'x')",
    /* gmatch with anchors and init */
    "return G('^a^a', '^a')", "return G('aaa', '^a')", "return G('hello world', '%a+')",
    "return G('hello world', '%a+', 3)", "return G('hello world', '%a+', -3)",
    "return G('hello world', '%a+', 100)", "return G('hello world', '%a+', 0)",
    "return G('abc', '()', 2)", "return G('abc', '.-')", "return G('abc', 'a*')",
    "return G('k=v, a=b', '(%w+)=(%w+)')", "return G('abc', '()(.)()')",
    "return G('abc', '', 4)", "return G('abc', '', 5)", "return G('aXbX', '%u*')",
    "return G('a,b,,c', '([^,]*)')",
    /* captures */
    "return string.match('abc', '()b()')", "return string.find('abc', '(b)(c)')",
    "return string.match('abc', '((a)(b))')", "return string.match('abc', '(a(b(c)))')",
    "return string.match('abc', 'a()')", "return string.find('abc', '()')",
    "return string.match('aaa', '(a*(.)%w(%s*))')", "return string.match('abab', '(ab)%1')",
    "return string.match('abab', '(ab)%2')", "return string.match('abab', '(ab%1)')",
    "return string.match('abab', '()%1')", "return string.match('abab', '%0')",
    "return string.match('abab', '(a)%0')", "return string.match('a\\0a\\0', '(a%z)%1')",
    "return string.match('xyxy', '(.)(.)%1%2')", "return string.match('x', '(()')",
    "return string.find('x', '(')", "return string.find('x', '(x')", "return string.find('x', 'x)')",
    "return string.match('x', ')')", "return string.match('x', '%1')",
    "return string.gsub('abc', '(', 'x')", "return string.gsub('abc', '(', '%1')",
    "return string.gsub('abc', '(', {})", "return string.gsub('abc', '(', F1)",
    "return string.match(('x'):rep(40), ('(x)'):rep(32))",
    "return string.match(('x'):rep(40), ('(x)'):rep(33))",
    "return string.match(('x'):rep(40), ('()'):rep(32))",
    "return string.match('ab', ('()'):rep(33))",
    /* %b and %f */
    "return string.find('f(a(b)c)d', '%b()')", "return string.match('f(a(b)c', '%b()')",
    "return string.match('[[x]]', '%b[]')", "return string.match('aaxbb', '%bab')",
    "return string.match('xx', '%bxx')", "return string.match('x', '%b')",
    "return string.match('x', '%bx')", "return string.match('x', 'y%bx')",
    "return string.match('(x)', '%b()+')", "return string.match('((', '%b((')",
    "return string.gsub('THE (quick) fox', '%f[%a]%a+', '<%0>')",
    "return string.gsub('THE (quick) fox', '%f[%A]', '|')",
    "return string.find('abc', '%f')", "return string.find('abc', '%fa')",
    "return string.find('abc', '%f[')", "return string.find('abc', '%f[a')",
    "return string.find('abc', 'x%fa')", "return string.match('a\\0b', '%f[%z]')",
    "return string.match('ab', '%f[^a]')", "return string.gsub('aaa bbb', '%f[%w]%w+%f[%W]', 'X')",
    "return string.find('a', '%f[%z]')", "return string.find('', '%f[%z]')",
    /* classes and sets */
    "return string.find('a]b', '[]]')", "return string.find('a]b', '[^]]')",
    "return string.find('a-b', '[a-]', 2)", "return string.find('a-b', '[-a]', 2)",
    "return string.find('b', '[a-c]')", "return string.find('-', '[a%-c]')",
    "return string.find('%', '[%%]')", "return string.find('a', '[%a-z]')",
    "return string.find('-', '[%a-z]')", "return string.find('x', '[a-%d]')",
    "return string.find('a', '[')", "return string.find('a', '[a')", "return string.find('a', '[%]')",
    "return string.find('a', '[^')", "return string.find('a', '[^]')", "return string.find('a', '[]')",
    "return string.find('a', '%')", "return string.find('a', 'a%')", "return string.find('a', 'b%')",
    "return string.find('\\200\\255', '[\\128-\\255]+')", "return string.find('\\0', '%z')",
    "return string.find('\\0', '%Z')", "return string.find('a\\0b', '[%z]')",
    "return string.find('a\\0b', '.\\0.')", "return string.find('a\\0b', 'a\\0*b')",
    "return string.find('a', '[a\\0]')", "return string.find('\\0', '[a\\0]')",
    "return string.match('x', '%q')", "return string.match('.', '%.')",
    "return string.match(' \\t\\n', '%s+')", "return string.match('\\1\\127', '%c+')",
    /* quantifiers and backtracking */
    "return string.match('aaab', 'a-b')", "return string.match('aaab', 'a*b')",
    "return string.match('aaab', 'a+b')", "return string.match('b', 'a+b')",
    "return string.match('ab', 'a?b')", "return string.match('b', 'a?b')",
    "return string.match('aab', 'a?ab')", "return string.match('x', 'x**')",
    "return string.match('x*', 'x**')", "return string.match('a', '*')",
    "return string.match('+', '+')", "return string.match('-', '-')", "return string.match('?', '?')",
    "return string.match('abc', '.-$')", "return string.match('abc', '.-c')",
    "return string.match(('a'):rep(200), ('a?'):rep(199))",
    "return string.match(('a'):rep(250), ('a?'):rep(250))",
    "return string.match(('a'):rep(250), ('a?'):rep(200))",
    "return string.match(('a'):rep(250), ('a?'):rep(201))",
    "return string.match(('a'):rep(250), '(' .. ('a?'):rep(199) .. ')')",
    "return string.match(('a'):rep(250), '(' .. ('a?'):rep(198) .. ')')",
    "return string.match(('a'):rep(250), '(' .. ('a?'):rep(197) .. ')')",
    "return string.find(('a'):rep(2), ('a*'):rep(199) .. 'x')",
    "return string.find(('a'):rep(2), ('a*'):rep(200) .. 'x')",
    "return string.gsub(('a'):rep(250), ('a-'):rep(200), 'x')",
    "return G(('a'):rep(250), ('a?'):rep(200))",
    "return G(('a'):rep(250), ('a?'):rep(201))",
    "return string.match(('a'):rep(250), ('a?'):rep(250) .. 'x')",
    "return string.match(('a'):rep(300), ('a*'):rep(150))",
    "return string.match(('a'):rep(300), ('a*'):rep(210))",
    "return string.match(('a'):rep(300), ('(a)'):rep(20) .. ('a-'):rep(185))",
    "return string.match(('a'):rep(300), ('.-'):rep(205))",
    /* gsub replacement kinds and n */
    "return string.gsub('hello world', '(o)', '[%1]')", "return string.gsub('hello', '', '%0')",
    "return string.gsub('hello', 'l', '%%')", "return string.gsub('hello', 'l', '%')",
    "return string.gsub('hello', 'l', 'x%')", "return string.gsub('hello', 'l', '%x')",
    "return string.gsub('hello', 'l', '%1')", "return string.gsub('hello', 'l', '%2')",
    "return string.gsub('hello', '(l)', '%2')", "return string.gsub('hello', '(l)()', '%2')",
    "return string.gsub('hello', '()', '%1')", "return string.gsub('hello', 'l', 5)",
    "return string.gsub('hello', 'l', 1.5)", "return string.gsub('hello', 'l', 2^63)",
    "return string.gsub('hello', 'l', '\\0%0\\0')", "return string.gsub('hello', 'l', '%\\0')",
    "return string.gsub('hello world', '%w+', F1)", "return string.gsub('hello world', '(%w)(%w*)', F1)",
    "return string.gsub('abc', '%w', F2)", "return string.gsub('abc', '()', F2)",
    "return string.gsub('abc', '%w', F3)", "return string.gsub('abc', '()', F3)",
    "return string.gsub('abc', '%w', F4)", "return string.gsub('abc', '(%w)(%w?)', F5)",
    "return string.gsub('abc', '%w', T1)", "return string.gsub('abc', '()', T1)",
    "return string.gsub('abc', '(%w)(%w)', T1)", "return string.gsub('a(b', '%(', T1)",
    "return string.gsub('abc', '', T1)", "return string.gsub('abc', 'x*', T1)",
    "return string.gsub('abc', '%w', setmetatable({}, {__index = function(t, k) return k:upper() end}))",
    "return string.gsub('abc', '%w', function(c) error('boom ' .. c) end)",
    "return string.gsub('abc', '%w', function(c) return string.gsub(c, '.', '%0%0') end)",
    "return string.gsub('abc', '%w', 'x', 0)", "return string.gsub('abc', '%w', 'x', -1)",
    "return string.gsub('abc', '%w', 'x', 1)", "return string.gsub('abc', '%w', 'x', 2)",
    "return string.gsub('abc', '%w', 'x', 3)", "return string.gsub('abc', '%w', 'x', 4)",
    "return string.gsub('abc', '', 'x', 2)", "return string.gsub('abc', '%w', 'x', math.maxinteger)",
    "return string.gsub('abc', '%w', 'x', math.mininteger)", "return string.gsub('abc', '.-', '-')",
    "return string.gsub('abc', '%w*', 'x')", "return string.gsub('a b  c', '%s*', '_')",
    "return string.gsub('abc', 'b*', 'X')", "return string.gsub('abc', '(b*)', '<%1>')",
    "return string.gsub('abc', '[', 'x')", "return string.gsub('', '[', 'x')",
    "return string.gsub('abc', 'x[', 'y')", "return string.find('abc', 'x[')",
    "return string.gsub('hello world', 'o', {o = 'O'}, 1)",
    "return string.gsub('a.b.c', '%.', '%%')", "return string.gsub('x', 'x', '%0%0%0%0')",
    "return string.gsub('abc', '.', {a = 1, b = true})",
    /* method calls and errors located in Lua callbacks */
    "local s = 'key = value' return s:match('^(%w+)%s*=%s*(%w+)$')",
    "local s = 'a,b,c' local t = {} for w in s:gmatch('[^,]+') do t[#t+1] = w end "
    "return table.concat(t, '|')",
    "local it = string.gmatch('abc', '.') return it(), it(), it(), it(), it()",
    "local it = string.gmatch('abc', '(') return pcall(it)",
    "local it = string.gmatch('abc', '%') return pcall(it)",
    "local it = string.gmatch('abc', '[a') return pcall(it)",
};

/* ---------------------------------------------------------------------------------------
 * Generated cases: a fixed-seed PRNG and a grammar of small patterns.
 * ------------------------------------------------------------------------------------- */

typedef struct rng {
  uint64_t s;
} rng;

/* splitmix64: small, fast and the same on every platform. */
static uint64_t rng_next(rng *r) {
  uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static unsigned rng_below(rng *r, unsigned n) { return (unsigned)(rng_next(r) % n); }

static const char *rng_pick(rng *r, const char *const *list, unsigned n) {
  return list[rng_below(r, n)];
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const LITERALS[] = {"a", "a", "b", "b", "c", "x", " ", "1", "_", "%.",
                                       "%%", "%(", "%[", "%-", "%]", "\n"};
static const char *const CLASSES[] = {"%a", "%d", "%s", "%w", "%p", "%l", "%u", "%c", "%x",
                                      "%g", "%A", "%D", "%S", "%W", "%P", "%L", "%U", "%C",
                                      "%X", "%G", ".", ".", ".", "%z"};
static const char *const SET_MEMBERS[] = {"a", "b", "x-z", "a-c", "%d", "%s", "%a", ".", "-",
                                          "%]", "%%", "(", "A-Z", "_", "%W", "^"};
static const char *const QUANTS[] = {"", "", "", "", "*", "+", "-", "?"};
static const char *const BALANCES[] = {"%b()", "%bab", "%b[]", "%bxx", "%b(", "%b"};
static const char *const FRONTIERS[] = {"%f[%w]", "%f[%W]", "%f[a]", "%f[^a]", "%f[%s]",
                                        "%f[%z]", "%fa", "%f[a"};
static const char *const BROKEN[] = {"[a", "%", "(", ")", "[", "[^", "%f", "[%"};
static const char *const SUBJECT_BYTES[] = {"a", "a", "a", "b", "b", "c", " ", " ", "1", "2",
                                            "_", "(", ")", ".", "[", "]", "%", "A", "B", "-",
                                            "\\n", "\\0", "\\200", "x", "y", "$", "^"};

static void gen_sequence(rng *r, text *p, int depth, int *caps);

/* One single-character class: literal, escape, '.', or a set; then maybe a quantifier. */
static void gen_class(rng *r, text *p) {
  unsigned k = rng_below(r, 10);
  if (k < 4) {
    const char *lit = rng_pick(r, LITERALS, COUNT(LITERALS));
    text_add(p, lit, strlen(lit));
  } else if (k < 7) {
    const char *cl = rng_pick(r, CLASSES, COUNT(CLASSES));
    text_add(p, cl, strlen(cl));
  } else {
    unsigned n = 1 + rng_below(r, 3);
    text_add(p, "[", 1);
    if (rng_below(r, 3) == 0) text_add(p, "^", 1);
    if (rng_below(r, 10) == 0) text_add(p, "]", 1);
    for (unsigned i = 0; i < n; i++) {
      const char *m = rng_pick(r, SET_MEMBERS, COUNT(SET_MEMBERS));
      text_add(p, m, strlen(m));
    }
    text_add(p, "]", 1);
  }
  const char *q = rng_pick(r, QUANTS, COUNT(QUANTS));
  text_add(p, q, strlen(q));
}

/* One pattern item: mostly classes, sometimes captures and the special items. `caps` counts
 * captures opened so far, so back-references are usually (not always) valid. */
static void gen_item(rng *r, text *p, int depth, int *caps) {
  unsigned k = rng_below(r, 100);
  if (k < 62) {
    gen_class(r, p);
  } else if (k < 72 && depth < 3) {
    text_add(p, "(", 1);
    (*caps)++;
    gen_sequence(r, p, depth + 1, caps);
    text_add(p, ")", 1);
  } else if (k < 77) {
    text_add(p, "()", 2);
    (*caps)++;
  } else if (k < 82) {
    const char *b = BALANCES[rng_below(r, 10) < 8 ? rng_below(r, 4) : rng_below(r, 6)];
    text_add(p, b, strlen(b));
  } else if (k < 88) {
    const char *f = FRONTIERS[rng_below(r, 10) < 8 ? rng_below(r, 6) : rng_below(r, 8)];
    text_add(p, f, strlen(f));
  } else if (k < 94 && (*caps > 0 || rng_below(r, 4) == 0)) {
    text_addf(p, "%%%d", 1 + (int)rng_below(r, (unsigned)(*caps > 0 ? *caps : 1) + 1));
  } else if (k < 96) {
    const char *b = rng_pick(r, BROKEN, COUNT(BROKEN));
    text_add(p, b, strlen(b));
  } else {
    gen_class(r, p);
  }
}

static void gen_sequence(rng *r, text *p, int depth, int *caps) {
  unsigned n = 1 + rng_below(r, depth == 0 ? 4 : 2);
  for (unsigned i = 0; i < n; i++) gen_item(r, p, depth, caps);
}

/* A whole pattern, with optional anchors. */
static void gen_pattern(rng *r, text *p) {
  int caps = 0;
  p->len = 0;
  p->data[0] = '\0';
  if (rng_below(r, 5) == 0) text_add(p, "^", 1);
  if (rng_below(r, 12) != 0) gen_sequence(r, p, 0, &caps);
  if (rng_below(r, 6) == 0) text_add(p, "$", 1);
}

/* A small subject, written as the inside of a Lua string literal. */
static void gen_subject(rng *r, text *s) {
  unsigned n = rng_below(r, 13);
  s->len = 0;
  s->data[0] = '\0';
  for (unsigned i = 0; i < n; i++) {
    const char *b = rng_pick(r, SUBJECT_BYTES, COUNT(SUBJECT_BYTES));
    text_add(s, b, strlen(b));
  }
}

/* Appends a Lua string literal for the bytes of p ('\ddd' for anything unusual). */
static void add_lua_literal(text *out, const char *bytes, size_t n) {
  text_add(out, "'", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)bytes[i];
    if (c >= 32 && c < 127 && c != '\\' && c != '\'')
      text_add(out, (const char *)&c, 1);
    else
      text_addf(out, "\\%03u", c);
  }
  text_add(out, "'", 1);
}

static const char *const INITS[] = {"", "", "", ", 1", ", 2", ", 3", ", -1", ", -3", ", 0",
                                    ", 13", ", 100", ", -100"};
static const char *const REPLS[] = {"'x'", "'%0'", "'<%1>'", "'%%'", "'[%2]'", "''", "'%1%1'",
                                    "F1", "F2", "F3", "F4", "F5", "F6", "T1", "7", "'%'"};
static const char *const MAXNS[] = {"", "", "", ", 1", ", 2", ", 0"};

/* One generated case: find, match, gmatch (through G) or gsub on a fresh subject/pattern. */
static void gen_case(rng *r, text *src) {
  static text subject, pattern; /* test-only scratch */
  gen_subject(r, &subject);
  gen_pattern(r, &pattern);
  src->len = 0;
  src->data[0] = '\0';
  unsigned op = rng_below(r, 4);
  text_add(src, "local S = '", 11);
  text_add(src, subject.data, subject.len);
  text_add(src, "' local P = ", 12);
  add_lua_literal(src, pattern.data, pattern.len);
  text_add(src, " return ", 8);
  const char *init = rng_pick(r, INITS, COUNT(INITS));
  switch (op) {
    case 0:
      text_addf(src, "string.find(S, P%s", init);
      if (init[0] != '\0' && rng_below(r, 4) == 0) text_add(src, ", true", 6);
      text_add(src, ")", 1);
      break;
    case 1: text_addf(src, "S:match(P%s)", init); break;
    case 2: text_addf(src, "G(S, P%s)", init); break;
    default:
      text_addf(src, "string.gsub(S, P, %s%s)", rng_pick(r, REPLS, COUNT(REPLS)),
                rng_pick(r, MAXNS, COUNT(MAXNS)));
      break;
  }
}

/* ---------------------------------------------------------------------------------------
 * Budget tests: each in a fresh state with only our implementation and a small budget.
 * ------------------------------------------------------------------------------------- */

/* Runs `src` with budget steps; it must fail with the instruction limit within max_s. */
static void budget_case(const char *name, const char *src, uint64_t budget, double max_s,
                        tally *t) {
  ins_context ctx;
  lua_State *L = new_state(&ctx, budget);
  lua_getglobal(L, "string");
  ins_pattern_install(L, -1);
  lua_pop(L, 1);
  ins_limits_arm(L);
  double t0 = now_s();
  int status = luaL_loadstring(L, src);
  if (status == LUA_OK) status = lua_pcall(L, 0, 0, 0);
  double elapsed = now_s() - t0;
  int ok = status != LUA_OK && ctx.limits.tripped == INS_LIMIT_INSTRUCTIONS && elapsed < max_s;
  printf("%s budget %s: %s after %.3f s, %llu steps charged\n", ok ? "ok  " : "FAIL", name,
         status == LUA_OK ? "finished" : ins_limit_code(ctx.limits.tripped), elapsed,
         (unsigned long long)ctx.limits.used);
  if (ok) t->passed++;
  else t->failed++;
  lua_close(L);
}

/* Runs `src` with a normal budget; it must finish, having charged at least min_steps. */
static void charged_case(const char *name, const char *src, uint64_t min_steps, tally *t) {
  ins_context ctx;
  lua_State *L = new_state(&ctx, 0);
  lua_getglobal(L, "string");
  ins_pattern_install(L, -1);
  lua_pop(L, 1);
  int status = luaL_loadstring(L, src);
  if (status == LUA_OK) status = lua_pcall(L, 0, 0, 0);
  int ok = status == LUA_OK && ctx.limits.used >= min_steps;
  printf("%s charged %s: %s, %llu steps charged (want >= %llu)\n", ok ? "ok  " : "FAIL", name,
         status == LUA_OK ? "finished" : lua_tostring(L, -1),
         (unsigned long long)ctx.limits.used, (unsigned long long)min_steps);
  if (ok) t->passed++;
  else t->failed++;
  lua_close(L);
}

static void budget_tests(tally *t) {
  budget_case("lazy backtracking find", "return ('a'):rep(100000):find('.-.-.-.-.-x')",
              1000000, 2.0, t);
  budget_case("plain find, 50k needle in 100k haystack",
              "return ('a'):rep(100000):find(('a'):rep(49999) .. 'b', 1, true)", 1000000, 2.0,
              t);
  budget_case("find without specials, 50k needle",
              "return ('a'):rep(100000):find(('a'):rep(49999) .. 'b')", 1000000, 2.0, t);
  budget_case("gmatch backtracking",
              "for x in ('a'):rep(100000):gmatch('.-.-.-x') do end", 1000000, 2.0, t);
  budget_case("gsub backtracking", "return ('a'):rep(100000):gsub('a*a*a*x', '')", 1000000,
              2.0, t);
  budget_case("match back-references",
              "local s = ('a'):rep(60000) return (s .. s .. s):match('(a*)%1%1b')", 1000000,
              2.0, t);
  budget_case("huge set", "return ('a'):rep(100000):find('[' .. ('b'):rep(100000) .. ']')",
              1000000, 2.0, t);
  budget_case("balanced scan", "return ('('):rep(100000):find('%b()')", 1000000, 2.0, t);
  budget_case("frontier with huge set",
              "return ('a'):rep(100000):find('%f[' .. ('b'):rep(100000) .. ']')", 1000000, 2.0,
              t);
  budget_case("gsub template",
              "return ('a'):rep(100000):gsub('a', ('x'):rep(100000))", 1000000, 2.0, t);
  charged_case("plain find scan", "assert(('a'):rep(100000):find('b', 1, true) == nil)",
               100000, t);
  charged_case("gsub over 10k bytes", "assert(select(2, ('ab '):rep(3400):gsub('%s+', '_')) "
               "== 3400)", 10000, t);
  charged_case("gmatch over 10k bytes",
               "local n = 0 for w in ('word '):rep(2000):gmatch('%a+') do n = n + 1 end "
               "assert(n == 2000)", 10000, t);
}

/* ---------------------------------------------------------------------------------------
 * Benchmark: ordinary workloads, reference vs ours.
 * ------------------------------------------------------------------------------------- */

static const char *const BENCHES[][2] = {
    {"100k gsub on short strings",
     "local t = {'hello world', 'key=value; other=thing', '  trim me  ', '2024-01-02T03:04:05Z'}\n"
     "local n = 0 for i = 1, 100000 do local r = t[i % 4 + 1]:gsub('%s+', ' ') n = n + #r end"},
    {"100k match with captures",
     "local t = {'key = value', 'name=insomnia', 'x = 1', 'bad line'}\n"
     "local n = 0 for i = 1, 100000 do local k, v = t[i % 4 + 1]:match('^(%w+)%s*=%s*(%w+)$')\n"
     "if k then n = n + 1 end end"},
    {"100k find plain",
     "local s = ('abcdefghij'):rep(10) .. 'needle'\n"
     "for i = 1, 100000 do assert(s:find('needle', 1, true)) end"},
    {"100k find pattern",
     "local s = 'Content-Type: application/json; charset=utf-8'\n"
     "for i = 1, 100000 do assert(s:find('charset=([%w-]+)')) end"},
    {"gmatch words over 1 MB",
     "local s = ('lorem ipsum dolor sit amet, '):rep(37000) local n = 0\n"
     "for w in s:gmatch('%a+') do n = n + 1 end"},
    {"gsub with function, 1 MB",
     "local s = ('lorem ipsum dolor sit amet, '):rep(37000)\n"
     "local r = s:gsub('%a+', function(w) return w end)"},
};

static double bench_one(lua_State *L, const impls *im, int which, const char *src) {
  double best = 1e9;
  for (int round = 0; round < 3; round++) {
    use_impl(L, im, which);
    if (luaL_loadstring(L, src) != LUA_OK) {
      fprintf(stderr, "bench does not compile: %s\n", lua_tostring(L, -1));
      exit(2);
    }
    double t0 = now_s();
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
      fprintf(stderr, "bench failed: %s\n", lua_tostring(L, -1));
      exit(2);
    }
    double dt = now_s() - t0;
    if (dt < best) best = dt;
  }
  return best;
}

static int bench(void) {
  ins_context ctx;
  impls im;
  lua_State *L = new_state(&ctx, UINT64_C(1) << 60);
  capture_impls(L, &im);
  for (size_t i = 0; i < COUNT(BENCHES); i++) {
    double ref = bench_one(L, &im, 0, BENCHES[i][1]);
    double ours = bench_one(L, &im, 1, BENCHES[i][1]);
    printf("%-30s reference %7.1f ms   ours %7.1f ms   (%+.0f%%)\n", BENCHES[i][0], ref * 1e3,
           ours * 1e3, (ours / ref - 1) * 100);
  }
  lua_close(L);
  return 0;
}

/* ---------------------------------------------------------------------------------------
 * Main
 * ------------------------------------------------------------------------------------- */

int main(int argc, char **argv) {
  static text src; /* test-only scratch */
  ins_context ctx;
  impls im;
  tally t = {0, 0};
  rng r = {UINT64_C(0x1d5e4a7c0ffee)};
  if (argc > 1 && strcmp(argv[1], "--bench") == 0) return bench();

  lua_State *L = new_state(&ctx, UINT64_C(1) << 60);
  if (luaL_dostring(L, PRELUDE) != LUA_OK) {
    fprintf(stderr, "prelude: %s\n", lua_tostring(L, -1));
    return 2;
  }
  capture_impls(L, &im);

  for (size_t i = 0; i < COUNT(EDGE_CASES); i++)
    diff_case(L, &im, &ctx, EDGE_CASES[i], strlen(EDGE_CASES[i]), &t);
  int edge = t.passed + t.failed;
  for (int i = 0; i < GENERATED_CASES; i++) {
    gen_case(&r, &src);
    diff_case(L, &im, &ctx, src.data, src.len, &t);
  }
  printf("differential: %d hand-written and %d generated cases\n", edge, GENERATED_CASES);
  lua_close(L);

  budget_tests(&t);
  printf("%d passed, %d failed\n", t.passed, t.failed);
  return t.failed == 0 ? 0 : 1;
}
