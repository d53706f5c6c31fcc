/*
 * ins_json.c: the canonical JSON encoder (see ins_json.h).
 *
 * Written for the large profiles of issue 6, where encoding was a third of an evaluation:
 * each table's entries are read once (the keys' first 16 bytes kept as two words that decide
 * most comparisons, plain values kept as they are), sorted by a merge sort of their indices,
 * and written without looking anything up again; strings that need no escape are checked
 * eight bytes at a time and copied whole; the path of the value being encoded is kept as a
 * list of segments and written out only for a refusal. What any input encodes to, or is
 * refused with, is the same as the straightforward encoder's (native/tests/json_test.c).
 */
#include "ins_json.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ins_freeze.h"
#include "ins_limits.h"
#include "lauxlib.h"

/* One step of the path to the value being encoded: a key (key != NULL) or an array index.
 * Keys are anchored by their tables, which stay on the stack while they are encoded. */
typedef struct segment {
  const char *key;
  size_t len;
  lua_Integer index;
} segment;

typedef struct encoder {
  lua_State *L;
  ins_json *out;
  segment path[INS_JSON_MAX_DEPTH + 1]; /* one per table entered: at most the depth limit */
  int path_len;
  const void *open[INS_JSON_MAX_DEPTH + 1]; /* tables being encoded: cycle detection */
  int depth;
} encoder;

/* Appends n bytes to the path text as snprintf would: what fits, and a path that overflowed
 * counts as full from then on. */
static void text_append(char *text, size_t size, size_t *len, const char *s, size_t n) {
  size_t room = size - 1 - *len;
  if (n > room) n = room;
  memcpy(text + *len, s, n);
  *len += n;
  text[*len] = '\0';
}

/* Path segments: ".name" for identifiers, "[n]" for array items, '["any key"]' otherwise. */
static void text_key(char *text, size_t size, size_t *len, const char *key, size_t n) {
  int ident = n > 0 && (isalpha((unsigned char)key[0]) || key[0] == '_');
  for (size_t i = 0; ident && i < n; i++) ident = isalnum((unsigned char)key[i]) || key[i] == '_';
  if (ident) {
    if (*len) text_append(text, size, len, ".", 1);
    text_append(text, size, len, key, n);
  } else {
    text_append(text, size, len, "[\"", 2);
    size_t shown = n > 40 ? 40 : n;
    const char *nul = memchr(key, '\0', shown); /* shown up to a NUL byte */
    text_append(text, size, len, key, nul != NULL ? (size_t)(nul - key) : shown);
    text_append(text, size, len, "\"]", 2);
  }
}

static void text_index(char *text, size_t size, size_t *len, lua_Integer i) {
  char digits[24]; /* "[", up to 19 digits, "]" */
  char *end = digits + sizeof digits, *p = end;
  unsigned long long u = (unsigned long long)i; /* array indices are >= 1 */
  *--p = ']';
  do *--p = (char)('0' + u % 10); while ((u /= 10) != 0);
  *--p = '[';
  text_append(text, size, len, p, (size_t)(end - p));
}

/* Records why the value at the current path is refused; always returns 0. */
static int refuse(encoder *e, const char *fmt, ...) {
  ins_json *o = e->out;
  if (o->refused) return 0;
  o->refused = 1;
  va_list args;
  va_start(args, fmt);
  vsnprintf(o->error, sizeof o->error, fmt, args);
  va_end(args);
  size_t len = 0;
  o->path[0] = '\0';
  for (int i = 0; i < e->path_len; i++) {
    const segment *s = &e->path[i];
    if (s->key != NULL) text_key(o->path, sizeof o->path, &len, s->key, s->len);
    else text_index(o->path, sizeof o->path, &len, s->index);
  }
  if (len == 0) snprintf(o->path, sizeof o->path, "%s", "(the returned value)");
  return 0;
}

static void path_push_key(encoder *e, const char *key, size_t len) {
  e->path[e->path_len++] = (segment){key, len, 0};
}

static void path_push_index(encoder *e, lua_Integer i) {
  e->path[e->path_len++] = (segment){NULL, 0, i};
}

static void path_pop(encoder *e) { e->path_len--; }

/* Grows the buffer, or refuses: the size limit first, then the allocation. */
static int put_slow(encoder *e, const char *s, size_t n) {
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
  if (n > 0) memcpy(o->data + o->len, s, n);
  o->len += n;
  return 1;
}

/* The buffer never holds more than INS_JSON_MAX_BYTES, so what fits in it is within the
 * limit: only growing needs the checks. */
static inline int put(encoder *e, const char *s, size_t n) {
  ins_json *o = e->out;
  if (n == 0 || n > o->cap - o->len) return put_slow(e, s, n);
  memcpy(o->data + o->len, s, n);
  o->len += n;
  return 1;
}

#define PUT_LITERAL(e, s) put((e), (s), sizeof(s) - 1)

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

/* The general string writer: escapes, and refuses invalid UTF-8 at its first bad byte. */
static int put_string_escaped(encoder *e, const char *s, size_t len) {
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

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Whether the 8 bytes of w are all printable ASCII (0x20..0x7F) other than '"' and '\\':
 * bytes written as they are. Bit tricks that are exact as a yes/no answer (in either byte
 * order): a byte below 0x20, a zero byte after xor with '"' or '\\', or a high bit set. */
static int plain_word(uint64_t w) {
  uint64_t quote = w ^ (ONES * '"'), backslash = w ^ (ONES * '\\');
  uint64_t control = (w - ONES * 0x20) & ~w;
  uint64_t special = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash);
  return ((control | special | w) & HIGHS) == 0;
}

static uint64_t load_word(const unsigned char *p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

/* The bytes of a string of 1 to 7 bytes as a word to test with plain_word: two overlapping
 * loads from both ends, so every byte is in it (some twice); spaces fill the rest. */
static uint64_t load_short(const unsigned char *p, size_t n) {
  if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, p, 4);
    memcpy(&b, p + n - 4, 4);
    return (uint64_t)a | (uint64_t)b << 32;
  }
  if (n >= 2) {
    uint16_t a, b;
    memcpy(&a, p, 2);
    memcpy(&b, p + n - 2, 2);
    return (uint64_t)a | (uint64_t)b << 16 | (ONES * ' ') << 32;
  }
  return (uint64_t)p[0] | (ONES * ' ') << 8;
}

/* Copies 1 to 7 bytes with two overlapping moves from both ends. */
static void copy_short(char *out, const char *s, size_t n) {
  if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    memcpy(out, &a, 4);
    memcpy(out + n - 4, &b, 4);
  } else if (n >= 2) {
    uint16_t a, b;
    memcpy(&a, s, 2);
    memcpy(&b, s + n - 2, 2);
    memcpy(out, &a, 2);
    memcpy(out + n - 2, &b, 2);
  } else {
    out[0] = s[0];
  }
}

/* Writes s quoted if, from byte `from` on, it needs no escape and is valid UTF-8 (the bytes
 * before are plain ASCII); the buffer has room for it. Otherwise writes nothing and returns
 * 0, leaving it to put_string_escaped. */
static int put_string_checked(encoder *e, const char *s, size_t len, size_t from) {
  ins_json *o = e->out;
  const unsigned char *u = (const unsigned char *)s;
  size_t i = from;
  while (i < len) {
    if (len - i >= 8 && plain_word(load_word(u + i))) {
      i += 8;
      continue;
    }
    unsigned char c = u[i];
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return 0; /* an escape */
      i++;
      continue;
    }
    size_t seq = utf8_sequence(u + i, len - i);
    if (seq == 0) return 0; /* invalid: refused by the escaping writer, with its position */
    i += seq;
  }
  char *out = o->data + o->len;
  out[0] = '"';
  memcpy(out + 1, s, len);
  out[len + 1] = '"';
  o->len += len + 2;
  return 1;
}

/* Writes s quoted if it needs no escape, is valid UTF-8 and fits the buffer as it is;
 * otherwise writes nothing and returns 0, leaving it to put_string_escaped. Strings of
 * plain ASCII (nearly all of them) are checked and copied a word at a time, the last
 * partial word as a whole word overlapping the one before; anything else goes on byte by
 * byte from the first word that is not plain. */
static int put_string_plain(encoder *e, const char *s, size_t len) {
  ins_json *o = e->out;
  const unsigned char *u = (const unsigned char *)s;
  if (o->cap - o->len < 2 || len > o->cap - o->len - 2) return 0;
  char *out = o->data + o->len + 1; /* bytes past o->len are free to scribble on */
  if (len >= 8) {
    size_t i = 0;
    for (; i <= len - 8; i += 8) {
      uint64_t w = load_word(u + i);
      if (!plain_word(w)) return put_string_checked(e, s, len, i);
      memcpy(out + i, &w, sizeof w);
    }
    if (i < len) {
      uint64_t w = load_word(u + len - 8);
      if (!plain_word(w)) return put_string_checked(e, s, len, i);
      memcpy(out + len - 8, &w, sizeof w);
    }
  } else if (len > 0) {
    if (!plain_word(load_short(u, len))) return put_string_checked(e, s, len, 0);
    copy_short(out, s, len);
  }
  out[-1] = '"';
  out[len] = '"';
  o->len += len + 2;
  return 1;
}

static int put_string(encoder *e, const char *s, size_t len) {
  return put_string_plain(e, s, len) || put_string_escaped(e, s, len);
}

static int put_integer(encoder *e, lua_Integer i) {
  char digits[24]; /* a sign and up to 19 digits */
  char *end = digits + sizeof digits, *p = end;
  unsigned long long u = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;
  do *--p = (char)('0' + u % 10); while ((u /= 10) != 0);
  if (i < 0) *--p = '-';
  return put(e, p, (size_t)(end - p));
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

/* A value that is written as it is read: nil, a boolean, a number or a string. Strings are
 * anchored by the table (or stack slot) they were read from; nothing runs during encoding
 * that could change a table (raw access only, and no __gc or __mode in the sandbox). */
typedef struct scalar {
  int type; /* LUA_TNIL, LUA_TBOOLEAN, LUA_TNUMBER, LUA_TSTRING; LUA_TNONE: not a scalar */
  int integer;
  size_t len;
  union {
    const char *s;
    lua_Integer i;
    lua_Number n;
    int b;
  } v;
} scalar;

static void read_scalar(lua_State *L, int idx, scalar *out) {
  out->type = lua_type(L, idx);
  switch (out->type) {
    case LUA_TNIL: break;
    case LUA_TBOOLEAN: out->v.b = lua_toboolean(L, idx); break;
    case LUA_TNUMBER:
      out->integer = lua_isinteger(L, idx);
      if (out->integer) out->v.i = lua_tointeger(L, idx);
      else out->v.n = lua_tonumber(L, idx);
      break;
    case LUA_TSTRING: out->v.s = lua_tolstring(L, idx, &out->len); break;
    default: out->type = LUA_TNONE;
  }
}

static int put_scalar(encoder *e, const scalar *s) {
  switch (s->type) {
    case LUA_TNIL: return PUT_LITERAL(e, "null");
    case LUA_TBOOLEAN: return s->v.b ? PUT_LITERAL(e, "true") : PUT_LITERAL(e, "false");
    case LUA_TNUMBER: return s->integer ? put_integer(e, s->v.i) : put_float(e, (double)s->v.n);
    default: return put_string(e, s->v.s, s->len);
  }
}

static int encode_value(encoder *e, int idx);

/* An entry of an object: its key, the key's first 16 bytes as two big-endian words (zero
 * padded), and its value if it is a scalar. */
typedef struct entry {
  const char *key;
  size_t len;
  uint64_t w0, w1;
  scalar value;
} entry;

static uint64_t load_big_endian(const unsigned char *p) {
  return (uint64_t)p[0] << 56 | (uint64_t)p[1] << 48 | (uint64_t)p[2] << 40 |
         (uint64_t)p[3] << 32 | (uint64_t)p[4] << 24 | (uint64_t)p[5] << 16 |
         (uint64_t)p[6] << 8 | (uint64_t)p[7];
}

/* Bytes at..at+7 of the key as a big-endian word, zero past its end. */
static uint64_t big_endian_word(const char *s, size_t len, size_t at) {
  if (len >= at + 8) return load_big_endian((const unsigned char *)s + at);
  unsigned char b[8] = {0};
  if (len > at) memcpy(b, s + at, len - at);
  return load_big_endian(b);
}

/* Byte order, then length (a prefix first). The words order the padded first 16 bytes:
 * where they first differ inside both keys, as the bytes do; past the end of the shorter
 * one, its zero padding sorts first, as a prefix does. Equal words leave the bytes from 16
 * on, then the lengths. */
static int compare_entries(const entry *a, const entry *b) {
  if (a->w0 != b->w0) return a->w0 < b->w0 ? -1 : 1;
  if (a->w1 != b->w1) return a->w1 < b->w1 ? -1 : 1;
  size_t n = a->len < b->len ? a->len : b->len;
  if (n > 16) {
    int c = memcmp(a->key + 16, b->key + 16, n - 16);
    if (c != 0) return c;
  }
  return (a->len > b->len) - (a->len < b->len);
}

/* Merges the sorted runs from[lo, mid) and from[mid, hi) into to[lo, hi). */
static void merge(const entry *en, const size_t *from, size_t *to, size_t lo, size_t mid,
                  size_t hi) {
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi)
    to[k++] = compare_entries(&en[from[j]], &en[from[i]]) < 0 ? from[j++] : from[i++];
  while (i < mid) to[k++] = from[i++];
  while (j < hi) to[k++] = from[j++];
}

/* Sorts the n indices at order by their entries' keys (bottom-up merge sort: n log n whatever
 * the input, no recursion, and the scratch space allocated by the caller). Returns the sorted
 * array: order or scratch. */
static size_t *merge_sort(const entry *en, size_t n, size_t *order, size_t *scratch) {
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = mid + width < n ? mid + width : n;
      merge(en, order, scratch, lo, mid, hi);
    }
    size_t *t = order;
    order = scratch;
    scratch = t;
  }
  return order;
}

/* Byte b (0..15) of the key's zero-padded first 16 bytes. */
static unsigned prefix_byte(const entry *e, int b) {
  uint64_t w = b < 8 ? e->w0 : e->w1;
  return (unsigned)(w >> (56 - 8 * (b & 7))) & 0xFF;
}

/* The key prefix bytes, of the 16, in which some entries differ: one bit per byte (bit b for
 * byte b), from the xor of every entry's words with the first entry's (varies[0]: w0). */
static unsigned varying_bytes(const uint64_t varies[2]) {
  unsigned mask = 0;
  for (int b = 0; b < 16; b++)
    if ((varies[b / 8] >> (56 - 8 * (b & 7)) & 0xFF) != 0) mask |= 1u << b;
  return mask;
}

/* Sorts indices 0..n-1 by a least-significant-digit radix sort on the bytes of the key
 * prefixes that vary (`mask`), last byte first, each pass a stable counting sort from order
 * to scratch; then each run of entries whose 16-byte prefixes are equal by merge_sort (the
 * rest of the key, then the length). Returns the sorted array: order or scratch. No
 * comparison, so no branch that goes either way at random: a merge sort of the 1,681 keys of
 * issue 6's large profile mispredicted about half of its ~18,000 comparisons. */
static size_t *radix_sort(const entry *en, size_t n, size_t *order, size_t *scratch,
                          unsigned mask) {
  for (int b = 15; b >= 0; b--) {
    if ((mask >> b & 1) == 0) continue;
    size_t count[256] = {0};
    for (size_t i = 0; i < n; i++) count[prefix_byte(&en[i], b)]++; /* the counts: any order */
    size_t sum = 0;
    for (int c = 0; c < 256; c++) {
      size_t k = count[c];
      count[c] = sum;
      sum += k;
    }
    for (size_t i = 0; i < n; i++) {
      size_t x = order[i];
      scratch[count[prefix_byte(&en[x], b)]++] = x;
    }
    size_t *t = order;
    order = scratch;
    scratch = t;
  }
  for (size_t lo = 0; lo < n;) { /* runs of equal prefixes: ordered by the rest */
    const entry *first = &en[order[lo]];
    size_t hi = lo + 1;
    while (hi < n && en[order[hi]].w0 == first->w0 && en[order[hi]].w1 == first->w1) hi++;
    if (hi - lo > 1) {
      const size_t *run = merge_sort(en, hi - lo, order + lo, scratch + lo);
      if (run != order + lo) memcpy(order + lo, run, (hi - lo) * sizeof *order);
    }
    lo = hi;
  }
  return order;
}

/* Sorts the indices 0..n-1 of en by key into order or scratch (allocated by the caller) and
 * returns which. A radix sort when it makes fewer passes than about twice the merge sort's
 * log2(n) (both cost about n per pass, the merge sort's passes more: they branch at random),
 * else the merge sort; measured over the keys of issue 6's large profile and over random
 * keys, the radix sort is faster from ~128 keys when fewer than 12 of the 16 prefix bytes
 * vary, from ~512 keys when all do. */
static size_t *sort_entries(const entry *en, size_t n, size_t *order, size_t *scratch,
                            const uint64_t varies[2]) {
  for (size_t i = 0; i < n; i++) order[i] = i;
  if (n >= 128) {
    unsigned mask = varying_bytes(varies);
    int passes = 0, log2n = 0;
    for (unsigned m = mask; m != 0; m &= m - 1) passes++;
    for (size_t k = n; k > 1; k >>= 1) log2n++;
    if (passes <= 2 * log2n - 4) return radix_sort(en, n, order, scratch, mask);
  }
  return merge_sort(en, n, order, scratch);
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
    path_push_index(e, i);
    lua_rawgeti(L, idx, i);
    int ok = encode_value(e, lua_gettop(L));
    lua_pop(L, 1);
    if (!ok) return 0;
    path_pop(e);
  }
  return PUT_LITERAL(e, "]");
}

/* The value of an entry: a scalar as it was read, anything else fetched by its key. */
static int encode_entry_value(encoder *e, int idx, const entry *en) {
  if (en->value.type != LUA_TNONE) return put_scalar(e, &en->value);
  lua_State *L = e->L;
  lua_pushlstring(L, en->key, en->len);
  lua_rawget(L, idx);
  int ok = encode_value(e, lua_gettop(L));
  lua_pop(L, 1);
  return ok;
}

/* Objects with at most this many keys (most of them) are sorted on the C stack. */
#define SMALL_OBJECT 8

static int encode_object(encoder *e, int idx, size_t count) {
  lua_State *L = e->L;
  entry small_entries[SMALL_OBJECT];
  size_t small_indices[2 * SMALL_OBJECT];
  entry *entries = small_entries;
  size_t *order = small_indices;
  if (count > SMALL_OBJECT) {
    if (count > SIZE_MAX / (sizeof(entry) + 2 * sizeof(size_t))) {
      e->out->too_large = 1;
      return refuse(e, "out of memory while encoding the returned value");
    }
    /* in a userdata: collected even if an allocation below raises */
    entries = lua_newuserdatauv(L, count * (sizeof(entry) + 2 * sizeof(size_t)), 0);
    order = (size_t *)(entries + count);
  } else {
    lua_pushnil(L); /* the same stack layout either way */
  }
  size_t *scratch = order + count;
  size_t n = 0;
  uint64_t varies[2] = {0, 0}; /* the bits in which the keys' prefix words differ */
  lua_pushnil(L);
  while (lua_next(L, idx)) { /* keys are anchored by the table, which stays on the stack */
    entry *en = &entries[n++];
    en->key = lua_tolstring(L, -2, &en->len); /* a string already: no conversion */
    en->w0 = big_endian_word(en->key, en->len, 0);
    en->w1 = big_endian_word(en->key, en->len, 8);
    varies[0] |= en->w0 ^ entries[0].w0;
    varies[1] |= en->w1 ^ entries[0].w1;
    read_scalar(L, -1, &en->value);
    lua_pop(L, 1);
  }
  const size_t *sorted = sort_entries(entries, n, order, scratch, varies);
  int ok = PUT_LITERAL(e, "{");
  for (size_t i = 0; ok && i < n; i++) {
    const entry *en = &entries[sorted[i]];
    path_push_key(e, en->key, en->len);
    ok = (i == 0 || PUT_LITERAL(e, ",")) && put_string(e, en->key, en->len) &&
         PUT_LITERAL(e, ":") && encode_entry_value(e, idx, en);
    if (ok) path_pop(e);
  }
  lua_pop(L, 1); /* the entries (or the nil in their place) */
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
  scalar s;
  read_scalar(L, idx, &s);
  if (s.type != LUA_TNONE) return put_scalar(e, &s);
  if (lua_type(L, idx) == LUA_TTABLE) return encode_table(e, idx);
  return refuse(e, "a %s has no JSON form", luaL_typename(L, idx));
}

int ins_json_encode(lua_State *L, int idx, ins_json *out) {
  encoder e;
  e.L = L;
  e.out = out;
  e.path_len = 0;
  e.depth = 0;
  out->len = 0;
  out->refused = 0;
  out->too_large = 0;
  return encode_value(&e, lua_absindex(L, idx));
}
