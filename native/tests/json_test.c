/*
 * json_test: the canonical JSON encoder (ins_json.c) against a reference, the straightforward
 * encoder it replaced (below: a qsort of the keys and a look-up of each value, a byte at a
 * time through the strings, the path formatted as it goes). Generated Lua values, each run
 * through the shim (ins_eval_run) and through the reference in a plain Lua state: the JSON,
 * or the refusal's message and path, must be the same bytes. Cases cover what the encoder's
 * shortcuts depend on: keys sharing 8- and 16-byte prefixes, longer keys, keys with NUL
 * bytes, prefixes of each other, objects on both sides of the small-object size and of the
 * radix sort's threshold, from key families where few or all prefix bytes vary; strings
 * with every kind of special byte (escapes, control bytes, valid and invalid UTF-8, NUL) at
 * every position of the first three 8-byte words and of the last word; integer extremes; refusals in the middle
 * of an object. Exits non-zero on the first failures.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "insomnia_lua.h"
#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

/* ---- a growing text ---- */

typedef struct text {
  char *s;
  size_t len, cap;
} text;

static void add(text *t, const char *s, size_t n) {
  if (t->len + n + 1 > t->cap) {
    t->cap = (t->len + n + 1) * 2;
    t->s = realloc(t->s, t->cap);
    if (t->s == NULL) abort();
  }
  memcpy(t->s + t->len, s, n);
  t->len += n;
  t->s[t->len] = '\0';
}

static void add_string(text *t, const char *s) { add(t, s, strlen(s)); }

/* ---- the reference encoder (its output in a text: no luaL_Buffer, which owns stack slots) ---- */

typedef struct ref {
  lua_State *L;
  text *b;
  char path[256];
  size_t path_len;
  const void *open[101];
  int depth;
  char error[256], where[256];
  int refused;
} ref;

static int ref_refuse(ref *r, const char *fmt, ...) {
  if (r->refused) return 0;
  r->refused = 1;
  va_list args;
  va_start(args, fmt);
  vsnprintf(r->error, sizeof r->error, fmt, args);
  va_end(args);
  snprintf(r->where, sizeof r->where, "%s", r->path_len ? r->path : "(the returned value)");
  return 0;
}

static void ref_path_append(ref *r, const char *s, size_t n) {
  size_t room = sizeof r->path - 1 - r->path_len;
  if (n > room) n = room;
  memcpy(r->path + r->path_len, s, n);
  r->path_len += n;
  r->path[r->path_len] = '\0';
}

static size_t ref_push_key(ref *r, const char *key, size_t len) {
  size_t mark = r->path_len;
  int ident = len > 0 && ((key[0] >= 'a' && key[0] <= 'z') || (key[0] >= 'A' && key[0] <= 'Z') ||
                          key[0] == '_');
  for (size_t i = 0; ident && i < len; i++) {
    char c = key[i];
    ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  if (ident) {
    if (r->path_len) ref_path_append(r, ".", 1);
    ref_path_append(r, key, len);
  } else {
    ref_path_append(r, "[\"", 2);
    size_t shown = len > 40 ? 40 : len;
    const char *nul = memchr(key, '\0', shown);
    ref_path_append(r, key, nul != NULL ? (size_t)(nul - key) : shown);
    ref_path_append(r, "\"]", 2);
  }
  return mark;
}

static size_t ref_push_index(ref *r, lua_Integer i) {
  size_t mark = r->path_len;
  char text[32];
  snprintf(text, sizeof text, "[%lld]", (long long)i);
  ref_path_append(r, text, strlen(text));
  return mark;
}

/* Decodes one UTF-8 sequence by the rules of RFC 3629; 0 if invalid. */
static size_t ref_utf8(const unsigned char *s, size_t n) {
  if (s[0] < 0x80) return 1;
  size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
  if (len == 0 || s[0] >= 0xF8 || len > n) return 0;
  unsigned long cp = s[0] & (0x7F >> len);
  for (size_t i = 1; i < len; i++) {
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
    cp = cp << 6 | (s[i] & 0x3F);
  }
  static const unsigned long min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static int ref_string(ref *r, const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  add(r->b, "\"", 1);
  for (size_t i = 0; i < len;) {
    unsigned char c = u[i];
    char text[8];
    if (c == '"' || c == '\\') snprintf(text, sizeof text, "\\%c", c);
    else if (c == '\n') strcpy(text, "\\n");
    else if (c == '\r') strcpy(text, "\\r");
    else if (c == '\t') strcpy(text, "\\t");
    else if (c == '\b') strcpy(text, "\\b");
    else if (c == '\f') strcpy(text, "\\f");
    else if (c < 0x20) snprintf(text, sizeof text, "\\u%04x", c);
    else {
      size_t seq = ref_utf8(u + i, len - i);
      if (seq == 0) return ref_refuse(r, "the string is not valid UTF-8 (byte %zu)", i + 1);
      add(r->b, s + i, seq);
      i += seq;
      continue;
    }
    add_string(r->b, text);
    i++;
  }
  add(r->b, "\"", 1);
  return 1;
}

typedef struct ref_key {
  const char *s;
  size_t len;
} ref_key;

static int ref_compare(const void *a, const void *b) {
  const ref_key *x = a, *y = b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);
  return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static int ref_value(ref *r, int idx);

static int ref_table(ref *r, int idx) {
  lua_State *L = r->L;
  const void *self = lua_topointer(L, idx);
  for (int i = 0; i < r->depth; i++)
    if (r->open[i] == self) return ref_refuse(r, "the table contains itself (a cycle)");
  if (r->depth >= 100) return ref_refuse(r, "tables are nested deeper than %d levels", 100);
  size_t strings = 0, integers = 0;
  lua_Integer max = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      strings++;
    } else if (lua_isinteger(L, -1) && lua_tointeger(L, -1) > 0) {
      integers++;
      if (lua_tointeger(L, -1) > max) max = lua_tointeger(L, -1);
    } else {
      const char *type = luaL_typename(L, -1);
      lua_pop(L, 1);
      return ref_refuse(
          r, "a table key is a %s; only string keys and 1..n sequences have JSON forms", type);
    }
  }
  if (strings > 0 && integers > 0)
    return ref_refuse(r, "the table mixes array items and named fields");
  if (integers > 0 && (lua_Integer)integers != max)
    return ref_refuse(r, "the array has holes: %zu items but index %lld is set", integers,
                      (long long)max);
  r->open[r->depth++] = self;
  int ok = 1;
  if (integers > 0) {
    add(r->b, "[", 1);
    for (lua_Integer i = 1; ok && i <= max; i++) {
      if (i > 1) add(r->b, ",", 1);
      size_t mark = ref_push_index(r, i);
      lua_rawgeti(L, idx, i);
      ok = ref_value(r, lua_gettop(L));
      lua_pop(L, 1);
      if (ok) r->path[r->path_len = mark] = '\0';
    }
    if (ok) add(r->b, "]", 1);
  } else {
    ref_key *keys = malloc((strings + 1) * sizeof *keys);
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
      lua_pop(L, 1);
      keys[n].s = lua_tolstring(L, -1, &keys[n].len);
      n++;
    }
    qsort(keys, n, sizeof *keys, ref_compare);
    add(r->b, "{", 1);
    for (size_t i = 0; ok && i < n; i++) {
      if (i > 0) add(r->b, ",", 1);
      size_t mark = ref_push_key(r, keys[i].s, keys[i].len);
      ok = ref_string(r, keys[i].s, keys[i].len);
      if (ok) {
        add(r->b, ":", 1);
        lua_pushlstring(L, keys[i].s, keys[i].len);
        lua_rawget(L, idx);
        ok = ref_value(r, lua_gettop(L));
        lua_pop(L, 1);
      }
      if (ok) r->path[r->path_len = mark] = '\0';
    }
    if (ok) add(r->b, "}", 1);
    free(keys);
  }
  r->depth--;
  return ok;
}

static int ref_value(ref *r, int idx) {
  lua_State *L = r->L;
  char text[64];
  switch (lua_type(L, idx)) {
    case LUA_TNIL: add_string(r->b, "null"); return 1;
    case LUA_TBOOLEAN: add_string(r->b, lua_toboolean(L, idx) ? "true" : "false"); return 1;
    case LUA_TNUMBER:
      if (lua_isinteger(L, idx)) {
        snprintf(text, sizeof text, "%lld", (long long)lua_tointeger(L, idx));
      } else {
        double d = (double)lua_tonumber(L, idx);
        if (d != d || d - d != 0) return ref_refuse(r, "NaN and infinities have no JSON form");
        for (int digits = 15; digits <= 17; digits++) {
          snprintf(text, sizeof text, "%.*g", digits, d);
          if (strtod(text, NULL) == d) break;
        }
        if (strpbrk(text, ".e") == NULL) strcat(text, ".0");
      }
      add_string(r->b, text);
      return 1;
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      return ref_string(r, s, len);
    }
    case LUA_TTABLE: return ref_table(r, idx);
    default: return ref_refuse(r, "a %s has no JSON form", luaL_typename(L, idx));
  }
}

/* ---- generated values, as Lua source ---- */


static void addf(text *t, const char *fmt, ...) {
  char buf[128];
  va_list args;
  va_start(args, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  add(t, buf, (size_t)n);
}

/* A Lua string literal of exactly these bytes. */
static void add_literal(text *t, const unsigned char *s, size_t n) {
  add(t, "\"", 1);
  for (size_t i = 0; i < n; i++) addf(t, "\\%03u", s[i]);
  add(t, "\"", 1);
}

static unsigned long long rng_state = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n) { /* xorshift64*, uniform enough for test data */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (unsigned)((rng_state * 0x2545F4914F6CDD1Dull) >> 33) % n;
}

/* Special byte sequences: escapes, control bytes, DEL, valid UTF-8 of every length and the
 * extremes, and invalid UTF-8 (stray continuation, overlong, surrogate, past U+10FFFF,
 * bytes never valid, sequences cut short). */
static const char *const SPECIALS[] = {
    "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x01", "\x1f", "\x7f", "\0",
    "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xe2\x82\xac", "\xef\xbf\xbf", "\xf0\x90\x80\x80",
    "\xf4\x8f\xbf\xbf",
    "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xed\xa0\x80", "\xed\xbf\xbf",
    "\xf0\x80\x80\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8", "\xfe", "\xff",
    "\xc2", "\xe2\x82", "\xf0\x90\x80", "\xc2\x41", "\xe2\x41\x82"};
#define N_SPECIALS (sizeof SPECIALS / sizeof SPECIALS[0])

static size_t special_len(size_t k) {
  return SPECIALS[k][0] == '\0' ? 1 : strlen(SPECIALS[k]);
}

/* A random string: mostly plain, sometimes with special sequences, sometimes long. */
static size_t random_string(unsigned char *out, size_t cap) {
  size_t len = rnd(4) == 0 ? rnd(200) : rnd(30);
  if (len > cap - 8) len = cap - 8;
  size_t n = 0;
  int specials = rnd(3) == 0;
  while (n < len) {
    if (specials && rnd(6) == 0) {
      size_t k = rnd(N_SPECIALS);
      memcpy(out + n, SPECIALS[k], special_len(k));
      n += special_len(k);
    } else {
      out[n++] = (unsigned char)(' ' + rnd(95));
    }
  }
  return n;
}

/* A key from families that stress the comparison: shared 8- and 16-byte prefixes, keys
 * that are prefixes of each other, NUL bytes, non-ASCII, the empty key, long keys. */
static size_t random_key(unsigned char *out, size_t cap) {
  static const char *const stems[] = {"P01_VAR_", "P01_VAR_1", "P01_CRED_", "abcdefghijklmnop",
                                      "abcdefghijklmno", "abcdefghijklmnopq", "a", "",
                                      "_under", "Z", "\xc3\xa9t\xc3\xa9", "a\0b"};
  size_t stem = rnd(sizeof stems / sizeof stems[0]);
  size_t n = stem == 11 ? 3 : strlen(stems[stem]);
  memcpy(out, stems[stem], n);
  switch (rnd(5)) {
    case 0: break;
    case 1: n += (size_t)snprintf((char *)out + n, cap - n, "%u", rnd(300)); break;
    case 2: out[n++] = '\0'; if (rnd(2)) out[n++] = (unsigned char)('a' + rnd(3)); break;
    case 3: n += random_string(out + n, cap - n > 48 ? 48 : cap - n); break;
    default:
      for (unsigned i = 0, m = rnd(40); i < m && n < cap; i++) out[n++] = (unsigned char)('a' + rnd(3));
  }
  return n;
}

static void random_value(text *t, int depth);

static void random_object(text *t, int depth) {
  unsigned sizes[] = {0, 1, 2, 3, 7, 8, 9, 16, 40, 300};
  unsigned count = sizes[rnd(sizeof sizes / sizeof sizes[0])];
  add(t, "{", 1);
  for (unsigned i = 0; i < count; i++) {
    unsigned char key[160];
    add(t, "[", 1);
    add_literal(t, key, random_key(key, sizeof key));
    add(t, "]=", 2);
    random_value(t, depth + 1);
    add(t, ",", 1);
  }
  add(t, "}", 1);
}

static void random_value(text *t, int depth) {
  unsigned char s[256];
  switch (rnd(depth > 3 ? 10 : 14)) {
    case 0: case 1: case 2: case 3: add_literal(t, s, random_string(s, sizeof s)); break;
    case 4: {
      static const char *const ints[] = {"0", "-1", "7", "10", "-10", "9223372036854775807",
                                         "(-9223372036854775807 - 1)", "-9223372036854775807",
                                         "1000000000000000000", "-999"};
      addf(t, "%s", ints[rnd(sizeof ints / sizeof ints[0])]);
      break;
    }
    case 5: {
      static const char *const floats[] = {"0.5", "1.0", "-0.0", "1e300", "2^53", "0.1",
                                           "-1.5e-7", "1/3"};
      addf(t, "%s", floats[rnd(sizeof floats / sizeof floats[0])]);
      break;
    }
    case 6: addf(t, "%s", rnd(2) ? "true" : "false"); break;
    case 7: addf(t, "%u", rnd(1000)); break;
    case 8: addf(t, "%s", rnd(50) == 0 ? "function() end" : "\"plain\""); break;
    case 9: addf(t, "%s", rnd(50) == 0 ? "0/0" : "{}"); break;
    case 10: case 11: random_object(t, depth); break;
    default: {
      unsigned n = rnd(6);
      add(t, "{", 1);
      for (unsigned i = 0; i < n; i++) {
        random_value(t, depth + 1);
        add(t, ",", 1);
      }
      add(t, "}", 1);
    }
  }
}

/* An object of n keys from one family, each key's bytes past a shared stem drawn from
 * `alphabet` (NUL and bytes >= 0x80 included): how many of the 16 prefix bytes vary, and
 * whether whole prefixes tie, decide between the encoder's radix and merge sorts. */
static void keyed_object(text *t, unsigned n, const char *stem, size_t stem_len,
                         const char *alphabet, size_t alphabet_len, unsigned max_tail) {
  add(t, "{", 1);
  for (unsigned i = 0; i < n; i++) {
    unsigned char key[64];
    memcpy(key, stem, stem_len);
    size_t len = stem_len;
    for (unsigned k = 0, m = rnd(max_tail + 1); k < m; k++)
      key[len++] = (unsigned char)alphabet[rnd((unsigned)alphabet_len)];
    add(t, "[", 1);
    add_literal(t, key, len);
    addf(t, "]=%u,", i);
  }
  add(t, "}", 1);
}

/* ---- comparison ---- */

static int failures = 0;

/* Runs `return <value>` through the shim and the reference; reports a difference. */
static void check(const char *value) {
  text src = {0};
  add(&src, "return ", 7);
  add(&src, value, strlen(value));

  lua_State *L = luaL_newstate();
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  lua_settop(L, 0);
  if (luaL_loadbuffer(L, src.s, src.len, "=t") != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
    fprintf(stderr, "json_test: the reference could not run: %s\n", lua_tostring(L, -1));
    exit(1);
  }
  text out = {0};
  add(&out, "", 0);
  ref r;
  memset(&r, 0, sizeof r);
  r.L = L;
  r.b = &out;
  int ok = ref_value(&r, lua_gettop(L));
  size_t want_len = out.len;
  const char *want = out.s;

  ins_eval *ev = ins_eval_new();
  /* the default 2 s deadline is not what is tested here: under the sanitizers on a loaded
   * machine one of the larger values ran into it (limit.time instead of the refusal) */
  ins_eval_set_limits(ev, 0, 0, 120000);
  int status = ins_eval_run(ev, src.s, src.len, "=t");
  size_t got_len;
  const char *got = ins_eval_json(ev, &got_len);
  int same;
  if (ok) {
    same = status == INS_OK && got_len == want_len && memcmp(got, want, want_len) == 0;
  } else {
    same = status != INS_OK && strcmp(ins_eval_error_code(ev), "lua.result") == 0 &&
           strcmp(ins_eval_error_message(ev), r.error) == 0 &&
           strcmp(ins_eval_error_path(ev), r.where) == 0;
  }
  if (!same && failures++ < 5) {
    fprintf(stderr, "json_test: differs for: return %.300s\n", value);
    if (ok) fprintf(stderr, "  want %.300s\n  got  %.300s (%s)\n", want, got,
                    ins_eval_error_message(ev));
    else fprintf(stderr, "  want refusal %s at %s\n  got  %s: %s at %s\n", r.error, r.where,
                 ins_eval_error_code(ev), ins_eval_error_message(ev), ins_eval_error_path(ev));
  }
  ins_eval_free(ev);
  lua_close(L);
  free(out.s);
  free(src.s);
}

int main(void) {
  text t = {0};
  /* every special sequence at every position of strings up to three words long, as a value
   * and as a key, after 0..23 plain bytes and before a plain tail of 0..9 bytes: in every
   * position of the last, partial word too, which the encoder reads as a whole word
   * overlapping the one before (strings under 8 bytes: as two overlapping halves) */
  for (size_t k = 0; k < N_SPECIALS; k++) {
    for (size_t at = 0; at < 24; at++) {
      for (size_t tail = 0; tail < 10; tail++) {
        unsigned char s[64];
        size_t n = 0;
        for (size_t i = 0; i < at; i++) s[n++] = (unsigned char)('a' + i % 26);
        memcpy(s + n, SPECIALS[k], special_len(k));
        n += special_len(k);
        for (size_t i = 0; i < tail; i++) s[n++] = 'z';
        t.len = 0;
        add(&t, "{ok=1,", 6);
        add(&t, "[", 1);
        add_literal(&t, s, n);
        add(&t, "]=", 2);
        add_literal(&t, s, n);
        add(&t, "}", 1);
        check(t.s);
      }
    }
  }
  /* plain strings of every length around the word size */
  for (size_t n = 0; n < 40; n++) {
    unsigned char s[40];
    for (size_t i = 0; i < n; i++) s[i] = (unsigned char)(' ' + (i * 7) % 95);
    t.len = 0;
    add_literal(&t, s, n);
    check(t.s);
  }
  /* keys equal in their first 8 or 16 bytes, prefixes of each other, with NUL bytes */
  check("{P01_VAR_1=1,P01_VAR_10=2,P01_VAR_2=3,P01_VAR_=4,P01_VAR=5,[\"P01_VAR_1\\0\"]=6,"
        "abcdefghijklmnop=7,abcdefghijklmnopq=8,abcdefghijklmnoq=9,abcdefghijklmnopa=10,"
        "[\"abcdefghijklmnop\\0\"]=11,[\"abcdefghijklmnop\\0\\0\"]=12,[\"\"]=13,"
        "[\"\\0\"]=14,[\"\\0\\0\"]=15,[\"\\255\"]=16,[\"\\127\"]=17,[\"\\128\"]=18}");
  check("{[\"a\"]=1,[\"a\\0\"]=2,[\"a\\0b\"]=3,[\"a\\1\"]=4,b=5}");
  /* integer extremes, as values and in arrays */
  check("{min=(-9223372036854775807 - 1),max=9223372036854775807,zero=0,neg=-1,"
        "list={(-9223372036854775807 - 1),-10,-9,0,9,10,99,100,9223372036854775807}}");
  /* refusals in the middle of objects of both sizes, and deep paths */
  check("{a=1,b={c={d={1,2,function() end}}},z=2}");
  check("{k1=1,k2=2,k3=3,k4=4,k5=5,k6=6,k7=7,k8=8,k9=function() end}");
  check("{k1=1,k2=2,k3=3,k4=4,k5=5,k6=6,k7=7,k8=\"\\255\",k9=9}");
  check("{[\"a key that is not an identifier\"]={x={[\"\\0nul\"]=0/0}}}");
  check("{[string.rep(\"x\", 300)]={y=\"\\192\\128\"}}");
  /* many keys */
  t.len = 0;
  add(&t, "{", 1);
  for (int i = 0; i < 3000; i++) addf(&t, "[\"K%d_%d\"]=%d,", i % 7, i, i);
  add(&t, "}", 1);
  check(t.s);
  /* objects large enough for the radix sort, from key families where few or all of the 16
   * prefix bytes vary, where prefixes tie (longer keys sharing 16 bytes; shorter keys whose
   * zero padding ties with NUL bytes), with bytes >= 0x80 in every position */
  {
    static const char digits[] = "0123456789";
    static const char bytes[] = "\0\1a\x7f\x80\xc3\xa9\xff";
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    static const unsigned sizes[] = {127, 128, 129, 300, 1000, 2500};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
      unsigned n = sizes[i];
      const struct {
        const char *stem, *alphabet;
        size_t stem_len, alphabet_len;
        unsigned tail;
      } families[] = {
          {"P01_VAR_", digits, 8, 10, 4},            /* few bytes vary */
          {"", digits, 0, 10, 20},                   /* digits anywhere, prefixes tie */
          {"abcdefghijklmnop", bytes, 16, 8, 6},     /* every prefix ties */
          {"abcdefghijklmn", bytes, 14, 8, 5},       /* ties across the 16th byte */
          {"x", bytes, 1, 8, 18},                    /* NULs against zero padding */
          {"", bytes, 0, 8, 9},                      /* high bytes everywhere */
          {"", letters, 0, 53, 24},                  /* all 16 bytes vary */
      };
      for (size_t f = 0; f < sizeof families / sizeof families[0]; f++) {
        t.len = 0;
        keyed_object(&t, n, families[f].stem, families[f].stem_len, families[f].alphabet,
                     families[f].alphabet_len, families[f].tail);
        check(t.s);
      }
    }
  }
  /* random values */
  for (int i = 0; i < 2000; i++) {
    t.len = 0;
    random_value(&t, 0);
    check(t.s);
  }
  free(t.s);
  if (failures != 0) {
    fprintf(stderr, "json_test: %d differences\n", failures);
    return 1;
  }
  puts("json_test: all passed");
  return 0;
}
