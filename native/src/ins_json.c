/*
 * ins_json.c: the canonical JSON encoder (see ins_json.h).
 */
#include "ins_json.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ins_freeze.h"
#include "ins_limits.h"
#include "lauxlib.h"

typedef struct encoder {
  lua_State *L;
  ins_json *out;
  char path[256]; /* the current path; truncated paths end in "..." */
  size_t path_len;
  const void *open[INS_JSON_MAX_DEPTH + 1]; /* tables being encoded: cycle detection */
  int depth;
} encoder;

/* Records why the value at the current path is refused; always returns 0. */
static int refuse(encoder *e, const char *fmt, ...) {
  if (e->out->refused) return 0;
  e->out->refused = 1;
  va_list args;
  va_start(args, fmt);
  vsnprintf(e->out->error, sizeof e->out->error, fmt, args);
  va_end(args);
  snprintf(e->out->path, sizeof e->out->path, "%s", e->path_len ? e->path : "(the returned value)");
  return 0;
}

static int put(encoder *e, const char *s, size_t n) {
  ins_json *o = e->out;
  if (n > INS_JSON_MAX_BYTES - o->len) {
    if (!o->refused) o->too_large = 1;
    return refuse(e, "the returned value's JSON is larger than %u bytes", INS_JSON_MAX_BYTES);
  }
  if (o->len + n > o->cap) {
    size_t cap = o->cap ? o->cap : 256;
    while (cap < o->len + n) cap *= 2;
    if (cap > INS_JSON_MAX_BYTES) cap = INS_JSON_MAX_BYTES;
    char *grown = realloc(o->data, cap);
    if (grown == NULL) {
      if (!o->refused) o->too_large = 1;
      return refuse(e, "out of memory while encoding the returned value");
    }
    o->data = grown;
    o->cap = cap;
  }
  memcpy(o->data + o->len, s, n);
  o->len += n;
  return 1;
}

#define PUT_LITERAL(e, s) put((e), (s), sizeof(s) - 1)

/* Appends n bytes to the path as snprintf would: what fits, and a path that overflowed
 * counts as full from then on. Plain copies: the path is tracked for every key of every
 * result and formatted only on a refusal, so this runs once per encoded value. */
static void path_append(encoder *e, const char *s, size_t n) {
  size_t room = sizeof e->path - 1 - e->path_len;
  if (n > room) {
    memcpy(e->path + e->path_len, s, room);
    e->path_len = sizeof e->path - 1;
  } else {
    memcpy(e->path + e->path_len, s, n);
    e->path_len += n;
  }
  e->path[e->path_len] = '\0';
}

/* Path segments: ".name" for identifiers, "[n]" for array items, '["any key"]' otherwise. */
static size_t path_push_key(encoder *e, const char *key, size_t len) {
  size_t mark = e->path_len;
  int ident = len > 0 && (isalpha((unsigned char)key[0]) || key[0] == '_');
  for (size_t i = 0; ident && i < len; i++)
    ident = isalnum((unsigned char)key[i]) || key[i] == '_';
  if (ident) {
    if (e->path_len) path_append(e, ".", 1);
    path_append(e, key, len);
  } else {
    path_append(e, "[\"", 2);
    size_t shown = len > 40 ? 40 : len;
    const char *nul = memchr(key, '\0', shown); /* shown up to a NUL byte, as before */
    path_append(e, key, nul != NULL ? (size_t)(nul - key) : shown);
    path_append(e, "\"]", 2);
  }
  return mark;
}

static size_t path_push_index(encoder *e, lua_Integer i) {
  size_t mark = e->path_len;
  char digits[24]; /* "[", up to 19 digits, "]" */
  char *end = digits + sizeof digits, *p = end;
  unsigned long long u = (unsigned long long)i; /* array indices are >= 1 */
  *--p = ']';
  do *--p = (char)('0' + u % 10); while ((u /= 10) != 0);
  *--p = '[';
  path_append(e, p, (size_t)(end - p));
  return mark;
}

static void path_pop(encoder *e, size_t mark) {
  e->path_len = mark;
  e->path[mark] = '\0';
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid. Rejects
 * overlong forms, surrogates and code points past U+10FFFF. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned cp, min;
  if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if (len > n) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static int put_string(encoder *e, const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (!PUT_LITERAL(e, "\"")) return 0;
  size_t run = 0; /* start of the pending run of bytes that need no escape */
  for (size_t i = 0; i < len;) {
    unsigned char c = u[i];
    const char *escape = NULL;
    char hex[8];
    switch (c) {
      case '"': escape = "\\\""; break;
      case '\\': escape = "\\\\"; break;
      case '\n': escape = "\\n"; break;
      case '\r': escape = "\\r"; break;
      case '\t': escape = "\\t"; break;
      case '\b': escape = "\\b"; break;
      case '\f': escape = "\\f"; break;
      default:
        if (c < 0x20) {
          snprintf(hex, sizeof hex, "\\u%04x", c);
          escape = hex;
        }
    }
    if (escape != NULL) {
      if (!put(e, s + run, i - run) || !put(e, escape, strlen(escape))) return 0;
      run = ++i;
      continue;
    }
    size_t seq = utf8_sequence(u + i, len - i);
    if (seq == 0) return refuse(e, "the string is not valid UTF-8 (byte %zu)", i + 1);
    i += seq;
  }
  return put(e, s + run, len - run) && PUT_LITERAL(e, "\"");
}

/* Shortest of %.15g..%.17g that reads back as the same double; always with '.' or 'e'. */
static int put_float(encoder *e, double d) {
  if (isnan(d) || isinf(d)) return refuse(e, "NaN and infinities have no JSON form");
  char text[40];
  for (int digits = 15; digits <= 17; digits++) {
    snprintf(text, sizeof text, "%.*g", digits, d);
    if (strtod(text, NULL) == d) break;
  }
  for (char *p = text; *p; p++)
    if (*p == ',') *p = '.'; /* a locale with a decimal comma */
  if (strpbrk(text, ".e") == NULL) strcat(text, ".0");
  return put(e, text, strlen(text));
}

static int encode_value(encoder *e, int idx);

typedef struct key_ref {
  const char *s;
  size_t len;
} key_ref;

static int compare_keys(const void *a, const void *b) {
  const key_ref *x = a, *y = b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);
  if (c != 0) return c;
  return (x->len > y->len) - (x->len < y->len);
}

/* Counts the keys of the table at idx: string keys, positive integer keys and their
 * largest value. Returns 0 and refuses on any other key. */
static int count_keys(encoder *e, int idx, size_t *strings, size_t *integers, lua_Integer *max) {
  lua_State *L = e->L;
  *strings = *integers = 0;
  *max = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      (*strings)++;
    } else if (lua_isinteger(L, -1) && lua_tointeger(L, -1) > 0) {
      (*integers)++;
      if (lua_tointeger(L, -1) > *max) *max = lua_tointeger(L, -1);
    } else {
      const char *type = luaL_typename(L, -1);
      lua_pop(L, 1);
      return refuse(e, "a table key is a %s; only string keys and 1..n sequences have JSON forms",
                    type);
    }
  }
  return 1;
}

static int encode_array(encoder *e, int idx, lua_Integer n) {
  lua_State *L = e->L;
  if (!PUT_LITERAL(e, "[")) return 0;
  for (lua_Integer i = 1; i <= n; i++) {
    if (i > 1 && !PUT_LITERAL(e, ",")) return 0;
    size_t mark = path_push_index(e, i);
    lua_rawgeti(L, idx, i);
    int ok = encode_value(e, lua_gettop(L));
    lua_pop(L, 1);
    if (!ok) return 0;
    path_pop(e, mark);
  }
  return PUT_LITERAL(e, "]");
}

static int encode_object(encoder *e, int idx, size_t count) {
  lua_State *L = e->L;
  /* the key list lives in a userdata: collected even if an allocation below raises */
  key_ref *keys = lua_newuserdatauv(L, count * sizeof *keys, 0);
  size_t n = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) { /* keys are anchored by the table, which stays on the stack */
    lua_pop(L, 1);
    keys[n].s = lua_tolstring(L, -1, &keys[n].len); /* a string already: no conversion */
    n++;
  }
  qsort(keys, n, sizeof *keys, compare_keys);
  int ok = PUT_LITERAL(e, "{");
  for (size_t i = 0; ok && i < n; i++) {
    size_t mark = path_push_key(e, keys[i].s, keys[i].len);
    ok = (i == 0 || PUT_LITERAL(e, ",")) && put_string(e, keys[i].s, keys[i].len) &&
         PUT_LITERAL(e, ":");
    if (ok) {
      lua_pushlstring(L, keys[i].s, keys[i].len);
      lua_rawget(L, idx);
      ok = encode_value(e, lua_gettop(L));
      lua_pop(L, 1);
    }
    if (ok) path_pop(e, mark);
  }
  lua_pop(L, 1); /* the key list */
  return ok && PUT_LITERAL(e, "}");
}

static int encode_table(encoder *e, int idx) {
  lua_State *L = e->L;
  /* Encoding runs outside the VM, and one small table referenced many times is encoded
   * (and its slots scanned) every time: without this, a 16 MB table of emptied slots
   * referenced 10^5 times ran for minutes. Raises limit.time past the deadline. */
  ins_limits_check_deadline(L);
  if (ins_frozen_target(L, idx)) { /* a host module's table: encode what it shows */
    int ok = encode_table(e, lua_gettop(L));
    lua_pop(L, 1);
    return ok;
  }
  const void *self = lua_topointer(L, idx);
  for (int i = 0; i < e->depth; i++)
    if (e->open[i] == self) return refuse(e, "the table contains itself (a cycle)");
  if (e->depth >= INS_JSON_MAX_DEPTH)
    return refuse(e, "tables are nested deeper than %d levels", INS_JSON_MAX_DEPTH);
  if (!lua_checkstack(L, 4)) return refuse(e, "tables are nested too deeply");
  size_t strings, integers;
  lua_Integer max;
  if (!count_keys(e, idx, &strings, &integers, &max)) return 0;
  if (strings > 0 && integers > 0)
    return refuse(e, "the table mixes array items and named fields");
  if (integers > 0 && (lua_Integer)integers != max)
    return refuse(e, "the array has holes: %zu items but index %lld is set", integers,
                  (long long)max);
  e->open[e->depth++] = self;
  int ok = integers > 0 ? encode_array(e, idx, max) : encode_object(e, idx, strings);
  e->depth--;
  return ok;
}

static int encode_value(encoder *e, int idx) {
  lua_State *L = e->L;
  switch (lua_type(L, idx)) {
    case LUA_TNIL: return PUT_LITERAL(e, "null");
    case LUA_TBOOLEAN: return lua_toboolean(L, idx) ? PUT_LITERAL(e, "true") : PUT_LITERAL(e, "false");
    case LUA_TNUMBER:
      if (lua_isinteger(L, idx)) {
        char text[32];
        int n = snprintf(text, sizeof text, "%lld", (long long)lua_tointeger(L, idx));
        return put(e, text, (size_t)n);
      }
      return put_float(e, (double)lua_tonumber(L, idx));
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      return put_string(e, s, len);
    }
    case LUA_TTABLE: return encode_table(e, idx);
    default:
      return refuse(e, "a %s has no JSON form", luaL_typename(L, idx));
  }
}

int ins_json_encode(lua_State *L, int idx, ins_json *out) {
  encoder e;
  memset(&e, 0, sizeof e);
  e.L = L;
  e.out = out;
  out->len = 0;
  out->refused = 0;
  out->too_large = 0;
  return encode_value(&e, lua_absindex(L, idx));
}
