/*
 * ins_pattern.c: string.find, string.match, string.gmatch and string.gsub with every unit of
 * matching work charged to the evaluation's instruction budget.
 *
 * Why: Lua's own matcher runs entirely in C, so the count hook never fires while it works,
 * and a backtracking pattern such as ("a"):rep(1e5):find(".-.-.-.-.-x") would hold the
 * process for hours. We do not patch Lua; these functions replace the four entries of the
 * string table instead, and behave like the reference ones (same results, same lazily raised
 * error messages, same recursion limit), written from the manual (section 6.4.1).
 *
 * Design: a recursive backtracking matcher over the pattern text (no compilation step, so a
 * malformed tail is only reported when the matcher reaches it, as in the reference). Every
 * unit of work is paid into a per-call meter: one step per matcher entry (each backtracking
 * trial), per single-character test, per byte of a '[...]' set scanned, per byte of a '%b'
 * scan, per byte compared by a back-reference or a plain find, per byte of a gsub replacement
 * template. The meter hands its steps to ins_limits_charge every PAT_BATCH steps and once at
 * the end of each call, so the uncharged work at any moment is bounded by a constant; long
 * byte runs (memchr, memcmp) are cut into bounded chunks for the same reason. A charge may
 * raise (longjmp), so nothing here holds malloc'd memory: all state is on the C stack or in
 * Lua-managed memory (luaL_Buffer, the gmatch userdata).
 */
#include "ins_pattern.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "ins_limits.h"
#include "lauxlib.h"
#include "lua.h"

#define PAT_ESC '%'
#define PAT_SPECIALS "^$*+?.([%-"
#define PAT_MAXCAPS 32      /* LUA_MAXCAPTURES */
#define PAT_MAXDEPTH 200    /* nested backtracking points, as MAXCCALLS */
#define PAT_BATCH 1024      /* steps gathered before calling ins_limits_charge */
#define PAT_SCAN_CHUNK 4096 /* bytes one memchr may scan before it is paid for */
#define PAT_CMP_FIRST 8     /* first chunk of a paid compare; doubles up to PAT_CMP_MAX */
#define PAT_CMP_MAX 1024

#define CAP_OPEN (-1)     /* capture started, not closed yet */
#define CAP_POSITION (-2) /* '()' capture: yields a position, not a string */

#define uchar(c) ((unsigned char)(c))

/* ---------------------------------------------------------------------------------------
 * The meter: work done but not yet charged.
 * ------------------------------------------------------------------------------------- */

typedef struct pat_meter {
  lua_State *L;
  size_t pending;
} pat_meter;

/* Charges what is pending. The counter is cleared first: the charge may not return. */
static void meter_settle(pat_meter *m) {
  size_t steps = m->pending;
  m->pending = 0;
  ins_limits_charge(m->L, steps);
}

/* Records `steps` units of work, charging them once a batch has gathered. */
static inline void meter_pay(pat_meter *m, size_t steps) {
  m->pending += steps;
  if (luai_unlikely(m->pending >= PAT_BATCH)) meter_settle(m);
}

/* Whether n bytes at a and b are equal. They are compared in chunks that grow from
 * PAT_CMP_FIRST, each paid before it is compared: an early mismatch costs little, and a long
 * compare is charged as it goes instead of after the fact. */
static int bytes_equal(pat_meter *m, const char *a, const char *b, size_t n) {
  size_t chunk = PAT_CMP_FIRST;
  while (n > 0) {
    size_t k = n < chunk ? n : chunk;
    meter_pay(m, k);
    if (memcmp(a, b, k) != 0) return 0;
    a += k;
    b += k;
    n -= k;
    if (chunk < PAT_CMP_MAX) chunk *= 2;
  }
  return 1;
}

/* The first occurrence of needle in haystack (NULL if none), by memchr on the needle's first
 * byte and a paid compare of the rest. Every byte scanned or compared is paid for. */
static const char *plain_search(pat_meter *m, const char *hay, size_t hay_len,
                                const char *needle, size_t needle_len) {
  const char *last;
  if (needle_len == 0) return hay; /* the empty string is everywhere */
  if (needle_len > hay_len) return NULL;
  last = hay + (hay_len - needle_len); /* last place a match may start */
  while (hay <= last) {
    size_t span = (size_t)(last - hay) + 1;
    const char *hit;
    if (span > PAT_SCAN_CHUNK) span = PAT_SCAN_CHUNK;
    hit = memchr(hay, needle[0], span);
    if (hit == NULL) {
      meter_pay(m, span);
      hay += span;
      continue;
    }
    meter_pay(m, (size_t)(hit - hay) + 1);
    if (bytes_equal(m, hit + 1, needle + 1, needle_len - 1)) return hit;
    hay = hit + 1;
  }
  return NULL;
}

/* ---------------------------------------------------------------------------------------
 * Matcher state and single-character classes.
 * ------------------------------------------------------------------------------------- */

typedef struct pat_capture {
  const char *start;
  ptrdiff_t len; /* a length, CAP_OPEN or CAP_POSITION */
} pat_capture;

typedef struct pat_state {
  pat_meter meter;
  const char *subject; /* whole subject: positions and '%f' look behind from here */
  const char *subject_end;
  const char *pattern_end;
  int depth_left; /* backtracking points still allowed to nest */
  int ncaps;      /* captures opened so far (closed or not) */
  pat_capture caps[PAT_MAXCAPS];
} pat_state;

/* Prepares a state for matching subject s (length sl) against pattern p (length pl). */
static void state_init(pat_state *ps, lua_State *L, const char *s, size_t sl, const char *p,
                       size_t pl) {
  ps->meter.L = L;
  ps->meter.pending = 0;
  ps->subject = s;
  ps->subject_end = s + sl;
  ps->pattern_end = p + pl;
  ps->depth_left = PAT_MAXDEPTH;
  ps->ncaps = 0;
}

/* Forgets the captures and depth of the previous attempt before a new one. */
static void state_restart(pat_state *ps) {
  ps->depth_left = PAT_MAXDEPTH;
  ps->ncaps = 0;
}

/* Whether byte c is in the class named by letter cl ('a', 'D', ...). An upper-case letter
 * names the complement; any other byte (escaped punctuation, say) stands for itself. */
static int class_has(int c, int cl) {
  int in;
  switch (tolower(cl)) {
    case 'a': in = isalpha(c); break;
    case 'c': in = iscntrl(c); break;
    case 'd': in = isdigit(c); break;
    case 'g': in = isgraph(c); break;
    case 'l': in = islower(c); break;
    case 'p': in = ispunct(c); break;
    case 's': in = isspace(c); break;
    case 'u': in = isupper(c); break;
    case 'w': in = isalnum(c); break;
    case 'x': in = isxdigit(c); break;
    case 'z': in = (c == 0); break; /* deprecated, still accepted */
    default: return cl == c;
  }
  return islower(cl) ? in : !in;
}

/* Whether byte c is in the set that opens with '[' at `open` and closes with the ']' at
 * `close`. Members are '%x' classes, 'a-z' ranges and single bytes; a leading '^' negates. */
static int set_has(int c, const char *open, const char *close) {
  const char *p = open + 1;
  int hit = 1; /* what a member that matches means */
  if (*p == '^') {
    hit = 0;
    p++;
  }
  for (; p < close; p++) {
    if (*p == PAT_ESC) {
      p++;
      if (class_has(c, uchar(*p))) return hit;
    } else if (p[1] == '-' && p + 2 < close) {
      if (uchar(p[0]) <= c && c <= uchar(p[2])) return hit;
      p += 2;
    } else if (uchar(*p) == c) {
      return hit;
    }
  }
  return !hit;
}

/* The end of the single-character class at p: a byte, '.', a '%x' escape or a '[...]' set.
 * Raises the reference messages for a malformed one. A set's first member is literal (so
 * "[]]" holds ']'), and its scan is paid for byte by byte. */
static const char *class_end(pat_state *ps, const char *p) {
  const char *end = ps->pattern_end;
  if (*p == PAT_ESC) {
    if (p + 1 >= end) luaL_error(ps->meter.L, "malformed pattern (ends with '%%')");
    return p + 2;
  }
  if (*p != '[') return p + 1;
  p++;
  if (p < end && *p == '^') p++;
  do {
    if (p >= end) luaL_error(ps->meter.L, "malformed pattern (missing ']')");
    meter_pay(&ps->meter, 1);
    if (*p++ == PAT_ESC && p < end) p++; /* an escaped byte, even ']', is a member */
  } while (p >= end || *p != ']');
  return p + 1;
}

/* Whether the subject byte at s (if any) is in the class p..ep. A set costs its length. */
static int item_match(pat_state *ps, const char *s, const char *p, const char *ep) {
  int c;
  meter_pay(&ps->meter, *p == '[' ? (size_t)(ep - p) : 1);
  if (s >= ps->subject_end) return 0;
  c = uchar(*s);
  switch (*p) {
    case '.': return 1;
    case PAT_ESC: return class_has(c, uchar(p[1]));
    case '[': return set_has(c, p, ep - 1);
    default: return uchar(*p) == c;
  }
}

/* ---------------------------------------------------------------------------------------
 * The matcher. m_here returns the end of a match of pattern p at subject position s, or
 * NULL. It recurses only where a later failure must come back to try another choice
 * (captures, quantifiers); each such nesting uses one unit of depth_left.
 * ------------------------------------------------------------------------------------- */

static const char *m_here(pat_state *ps, const char *s, const char *p);

/* '%bxy' at s: the shortest balanced run from x to its matching y. p is just after "%b". */
static const char *m_balance(pat_state *ps, const char *s, const char *p) {
  int open, close, level = 1;
  if (p + 1 >= ps->pattern_end)
    luaL_error(ps->meter.L, "malformed pattern (missing arguments to '%%b')");
  meter_pay(&ps->meter, 1);
  if (s >= ps->subject_end || *s != *p) return NULL;
  open = *p;
  close = p[1];
  while (++s < ps->subject_end) {
    meter_pay(&ps->meter, 1);
    if (*s == close) {
      if (--level == 0) return s + 1;
    } else if (*s == open) {
      level++;
    }
  }
  return NULL; /* unbalanced to the end */
}

/* '%f[set]' at s: the byte before s is outside the set and the byte at s inside it (the
 * subject's edges count as '\0'). p is just after "%f"; *next gets the end of the set. */
static int m_frontier(pat_state *ps, const char *s, const char *p, const char **next) {
  const char *ep;
  int before, at;
  if (p >= ps->pattern_end || *p != '[')
    luaL_error(ps->meter.L, "missing '[' after '%%f' in pattern");
  ep = class_end(ps, p);
  *next = ep;
  meter_pay(&ps->meter, 2 * (size_t)(ep - p));
  before = s == ps->subject ? 0 : uchar(s[-1]);
  at = s < ps->subject_end ? uchar(*s) : 0;
  return !set_has(before, p, ep - 1) && set_has(at, p, ep - 1);
}

/* '%1'..'%9' at s: the text of an earlier closed capture again. A position capture never
 * matches; an open or missing one is an error. */
static const char *m_backref(pat_state *ps, const char *s, int digit) {
  int i = digit - '1';
  size_t len;
  if (i < 0 || i >= ps->ncaps || ps->caps[i].len == CAP_OPEN)
    luaL_error(ps->meter.L, "invalid capture index %%%d", i + 1);
  meter_pay(&ps->meter, 1);
  if (ps->caps[i].len == CAP_POSITION) return NULL;
  len = (size_t)ps->caps[i].len;
  if ((size_t)(ps->subject_end - s) < len) return NULL;
  return bytes_equal(&ps->meter, ps->caps[i].start, s, len) ? s + len : NULL;
}

/* '(' or '()': opens a capture at s and matches the rest; the capture is dropped again if the
 * rest fails, so an outer retry starts clean. */
static const char *m_open(pat_state *ps, const char *s, const char *p, ptrdiff_t kind) {
  const char *res;
  if (ps->ncaps >= PAT_MAXCAPS) luaL_error(ps->meter.L, "too many captures");
  ps->caps[ps->ncaps].start = s;
  ps->caps[ps->ncaps].len = kind;
  ps->ncaps++;
  res = m_here(ps, s, p);
  if (res == NULL) ps->ncaps--;
  return res;
}

/* ')': closes the innermost open capture at s and matches the rest, reopening it on failure. */
static const char *m_close(pat_state *ps, const char *s, const char *p) {
  const char *res;
  int i = ps->ncaps - 1;
  while (i >= 0 && ps->caps[i].len != CAP_OPEN) i--;
  if (i < 0) luaL_error(ps->meter.L, "invalid pattern capture");
  ps->caps[i].len = s - ps->caps[i].start;
  res = m_here(ps, s, p);
  if (res == NULL) ps->caps[i].len = CAP_OPEN;
  return res;
}

/* 'x*' (and 'x+' after its first byte): takes as many bytes as the class allows, then gives
 * them back one at a time until the rest of the pattern matches. */
static const char *m_greedy(pat_state *ps, const char *s, const char *p, const char *ep) {
  size_t n = 0;
  while (item_match(ps, s + n, p, ep)) n++;
  for (;;) {
    const char *res = m_here(ps, s + n, ep + 1);
    if (res != NULL) return res;
    if (n == 0) return NULL;
    n--;
  }
}

/* 'x-': tries the rest of the pattern first, taking one more byte of the class per failure. */
static const char *m_lazy(pat_state *ps, const char *s, const char *p, const char *ep) {
  for (;;) {
    const char *res = m_here(ps, s, ep + 1);
    if (res != NULL) return res;
    if (!item_match(ps, s, p, ep)) return NULL;
    s++;
  }
}

/* Matches pattern p at s. Items that leave no choice behind (bytes, classes without a
 * quantifier, '%b', '%f', back-references) are consumed in the loop; the others recurse. */
static const char *m_here(pat_state *ps, const char *s, const char *p) {
  const char *end = ps->pattern_end;
  if (ps->depth_left-- == 0) luaL_error(ps->meter.L, "pattern too complex");
  meter_pay(&ps->meter, 1);
  while (s != NULL && p < end) {
    const char *ep;
    int quant;
    if (*p == '(') {
      if (p + 1 < end && p[1] == ')') s = m_open(ps, s, p + 2, CAP_POSITION);
      else s = m_open(ps, s, p + 1, CAP_OPEN);
      break;
    }
    if (*p == ')') {
      s = m_close(ps, s, p + 1);
      break;
    }
    if (*p == '$' && p + 1 == end) {
      if (s != ps->subject_end) s = NULL;
      break;
    }
    if (*p == PAT_ESC && p + 1 < end) {
      int what = p[1];
      if (what == 'b') {
        s = m_balance(ps, s, p + 2);
        p += 4;
        continue;
      }
      if (what == 'f') {
        if (!m_frontier(ps, s, p + 2, &p)) s = NULL;
        continue;
      }
      if (what >= '0' && what <= '9') {
        s = m_backref(ps, s, what);
        p += 2;
        continue;
      }
    }
    /* a single-character class with an optional quantifier */
    ep = class_end(ps, p);
    quant = ep < end ? *ep : 0;
    if (!item_match(ps, s, p, ep)) {
      if (quant == '*' || quant == '?' || quant == '-') p = ep + 1; /* zero is enough */
      else s = NULL;
      continue;
    }
    if (quant == '?') {
      const char *res = m_here(ps, s + 1, ep + 1);
      if (res != NULL) {
        s = res;
        break;
      }
      p = ep + 1; /* skip the optional byte instead */
      continue;
    }
    if (quant == '+' || quant == '*') {
      s = m_greedy(ps, quant == '+' ? s + 1 : s, p, ep);
      break;
    }
    if (quant == '-') {
      s = m_lazy(ps, s, p, ep);
      break;
    }
    s++;
    p = ep;
  }
  ps->depth_left++;
  return s;
}

/* ---------------------------------------------------------------------------------------
 * Captures as Lua values.
 * ------------------------------------------------------------------------------------- */

/* Locates capture i of the last match; with no captures, i == 0 is the whole match s..e.
 * Sets *start and returns the length, or CAP_POSITION for a position capture (the caller
 * pushes the position). */
static ptrdiff_t capture_span(pat_state *ps, int i, const char *s, const char *e,
                              const char **start) {
  if (i >= ps->ncaps) {
    if (i != 0) luaL_error(ps->meter.L, "invalid capture index %%%d", i + 1);
    *start = s;
    return e - s;
  }
  *start = ps->caps[i].start;
  if (ps->caps[i].len == CAP_OPEN) luaL_error(ps->meter.L, "unfinished capture");
  return ps->caps[i].len;
}

/* Pushes capture i (see capture_span): a string, or an integer for a position. */
static void push_capture(pat_state *ps, int i, const char *s, const char *e) {
  const char *start;
  ptrdiff_t len = capture_span(ps, i, s, e, &start);
  if (len == CAP_POSITION)
    lua_pushinteger(ps->meter.L, (lua_Integer)(start - ps->subject) + 1);
  else
    lua_pushlstring(ps->meter.L, start, (size_t)len);
}

/* Pushes every capture, or the whole match s..e when there are none and s is given (find
 * passes NULL: it returns positions instead). Returns how many values it pushed. */
static int push_captures(pat_state *ps, const char *s, const char *e) {
  int n = (ps->ncaps == 0 && s != NULL) ? 1 : ps->ncaps;
  luaL_checkstack(ps->meter.L, n, "too many captures");
  meter_pay(&ps->meter, (size_t)n);
  for (int i = 0; i < n; i++) push_capture(ps, i, s, e);
  return n;
}

/* ---------------------------------------------------------------------------------------
 * string.find and string.match.
 * ------------------------------------------------------------------------------------- */

/* The 0-based offset for a 1-based init argument that may count from the end (-1 is the
 * last byte). Values before the start clip to 0; the result may exceed len. */
static size_t start_offset(lua_Integer pos, size_t len) {
  if (pos > 0) return (size_t)pos - 1;
  if (pos == 0 || pos < -(lua_Integer)len) return 0;
  return len - (size_t)(-pos);
}

/* Whether p (length pl, '\0' allowed) holds any byte that makes it a pattern. The caller
 * pays pl steps for the scan. */
static int has_specials(const char *p, size_t pl) {
  for (size_t i = 0; i < pl; i++)
    if (p[i] != '\0' && strchr(PAT_SPECIALS, p[i]) != NULL) return 1;
  return 0;
}

/* find with plain text: start and end of the first occurrence after offset init, or fail.
 * `spent` is work already done for this call and not charged yet. */
static int find_plain(lua_State *L, const char *s, size_t sl, const char *p, size_t pl,
                      size_t init, size_t spent) {
  pat_meter meter = {L, spent};
  const char *hit = plain_search(&meter, s + init, sl - init, p, pl);
  meter_settle(&meter);
  if (hit == NULL) {
    luaL_pushfail(L);
    return 1;
  }
  lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
  lua_pushinteger(L, (lua_Integer)(hit - s) + (lua_Integer)pl);
  return 2;
}

/* find (want_find) or match with a pattern: tries each start from init (only init with a
 * '^' anchor), and pushes positions and captures, or the captures, of the first match.
 * `spent` is work already done for this call and not charged yet. */
static int find_pattern(lua_State *L, const char *s, size_t sl, const char *p, size_t pl,
                        size_t init, int want_find, size_t spent) {
  pat_state ps;
  const char *from = s + init;
  int anchored = pl > 0 && *p == '^';
  if (anchored) {
    p++;
    pl--;
  }
  state_init(&ps, L, s, sl, p, pl);
  ps.meter.pending = spent;
  for (;;) {
    const char *e;
    state_restart(&ps);
    e = m_here(&ps, from, p);
    if (e != NULL) {
      meter_settle(&ps.meter);
      if (!want_find) return push_captures(&ps, from, e);
      lua_pushinteger(L, (lua_Integer)(from - s) + 1);
      lua_pushinteger(L, (lua_Integer)(e - s));
      return push_captures(&ps, NULL, NULL) + 2;
    }
    if (anchored || from >= ps.subject_end) break;
    from++;
  }
  meter_settle(&ps.meter);
  luaL_pushfail(L);
  return 1;
}

/* Shared argument handling of find and match (the reference order of checks). */
static int find_or_match(lua_State *L, int want_find) {
  size_t sl, pl;
  const char *s = luaL_checklstring(L, 1, &sl);
  const char *p = luaL_checklstring(L, 2, &pl);
  size_t init = start_offset(luaL_optinteger(L, 3, 1), sl);
  if (init > sl) { /* starts after the end: nothing to find */
    luaL_pushfail(L);
    return 1;
  }
  if (want_find) {
    pat_meter scan = {L, 0};
    meter_pay(&scan, pl); /* paid before the scan: a huge pattern is charged up front */
    if (lua_toboolean(L, 4) || !has_specials(p, pl))
      return find_plain(L, s, sl, p, pl, init, scan.pending);
    return find_pattern(L, s, sl, p, pl, init, 1, scan.pending);
  }
  return find_pattern(L, s, sl, p, pl, init, 0, 0);
}

/* string.find(s, pattern [, init [, plain]]) */
static int pat_find(lua_State *L) { return find_or_match(L, 1); }

/* string.match(s, pattern [, init]) */
static int pat_match(lua_State *L) { return find_or_match(L, 0); }

/* ---------------------------------------------------------------------------------------
 * string.gmatch: the iterator keeps its state in a userdata; the subject and the pattern
 * stay alive as upvalues, so the pointers into them stay valid.
 * ------------------------------------------------------------------------------------- */

typedef struct pat_iter {
  pat_state ps;
  const char *pattern;
  const char *next;     /* where the next search starts */
  const char *last_end; /* end of the previous match: an empty match there is skipped */
} pat_iter;

/* The iterator: the captures of the next match, or nothing at the end. */
static int gmatch_step(lua_State *L) {
  pat_iter *gm = lua_touserdata(L, lua_upvalueindex(3));
  gm->ps.meter.L = L; /* may run in another coroutine than the one that made it */
  for (const char *from = gm->next; from <= gm->ps.subject_end; from++) {
    const char *e;
    state_restart(&gm->ps);
    e = m_here(&gm->ps, from, gm->pattern);
    if (e != NULL && e != gm->last_end) {
      meter_settle(&gm->ps.meter);
      gm->next = gm->last_end = e;
      return push_captures(&gm->ps, from, e);
    }
  }
  meter_settle(&gm->ps.meter);
  return 0;
}

/* string.gmatch(s, pattern [, init]). A leading '^' is an ordinary byte here. */
static int pat_gmatch(lua_State *L) {
  size_t sl, pl;
  const char *s = luaL_checklstring(L, 1, &sl);
  const char *p = luaL_checklstring(L, 2, &pl);
  size_t init = start_offset(luaL_optinteger(L, 3, 1), sl);
  pat_iter *gm;
  lua_settop(L, 2); /* subject and pattern become upvalues 1 and 2 */
  gm = lua_newuserdatauv(L, sizeof *gm, 0);
  if (init > sl) init = sl + 1; /* past the end: the iterator finds nothing */
  state_init(&gm->ps, L, s, sl, p, pl);
  gm->pattern = p;
  gm->next = s + init;
  gm->last_end = NULL;
  lua_pushcclosure(L, gmatch_step, 3);
  return 1;
}

/* ---------------------------------------------------------------------------------------
 * string.gsub
 * ------------------------------------------------------------------------------------- */

/* Appends the replacement string tpl for match s..e: '%0' is the match, '%1'..'%9' a
 * capture, '%%' a percent sign; any other escape is an error. The template is paid for
 * once per replacement. */
static void gsub_template(pat_state *ps, luaL_Buffer *b, const char *s, const char *e,
                          const char *tpl, size_t tl) {
  lua_State *L = ps->meter.L;
  const char *stop = tpl + tl;
  const char *esc;
  meter_pay(&ps->meter, tl + 1);
  while ((esc = memchr(tpl, PAT_ESC, (size_t)(stop - tpl))) != NULL) {
    int d = esc + 1 < stop ? uchar(esc[1]) : 0;
    luaL_addlstring(b, tpl, (size_t)(esc - tpl));
    if (d == PAT_ESC) {
      luaL_addchar(b, PAT_ESC);
    } else if (d == '0') {
      luaL_addlstring(b, s, (size_t)(e - s));
    } else if (d >= '1' && d <= '9') {
      const char *start;
      ptrdiff_t len = capture_span(ps, d - '1', s, e, &start);
      if (len == CAP_POSITION) {
        lua_pushinteger(L, (lua_Integer)(start - ps->subject) + 1);
        luaL_addvalue(b);
      } else {
        luaL_addlstring(b, start, (size_t)len);
      }
    } else {
      luaL_error(L, "invalid use of '%c' in replacement string", PAT_ESC);
    }
    tpl = esc + 2;
  }
  luaL_addlstring(b, tpl, (size_t)(stop - tpl));
}

/* Appends the replacement for match s..e made by a function (called with the captures) or
 * a table (indexed by the first capture). Returns 0 if it kept the original text because the
 * value was nil or false, 1 if it replaced it. Stack: the value is added right above b. */
static int gsub_value(pat_state *ps, luaL_Buffer *b, const char *s, const char *e, int kind) {
  lua_State *L = ps->meter.L;
  if (kind == LUA_TFUNCTION) {
    int n;
    lua_pushvalue(L, 3);
    n = push_captures(ps, s, e);
    lua_call(L, n, 1);
  } else {
    push_capture(ps, 0, s, e);
    lua_gettable(L, 3);
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, (size_t)(e - s));
    return 0;
  }
  if (!lua_isstring(L, -1))
    return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  luaL_addvalue(b);
  return 1;
}

/* string.gsub(s, pattern, repl [, n]): replaces up to n matches, left to right; an empty
 * match right where the previous match ended is skipped. Returns the new string (the
 * original one if nothing changed) and the number of matches. */
static int pat_gsub(lua_State *L) {
  size_t sl, pl, tl = 0;
  const char *src = luaL_checklstring(L, 1, &sl);
  const char *p = luaL_checklstring(L, 2, &pl);
  int kind = lua_type(L, 3);
  lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)sl + 1);
  const char *tpl = NULL, *last_end = NULL;
  int anchored = pl > 0 && *p == '^';
  int changed = 0;
  lua_Integer n = 0;
  pat_state ps;
  luaL_Buffer b;
  luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION ||
                          kind == LUA_TTABLE, 3, "string/function/table");
  if (kind == LUA_TNUMBER || kind == LUA_TSTRING) tpl = lua_tolstring(L, 3, &tl);
  luaL_buffinit(L, &b);
  if (anchored) {
    p++;
    pl--;
  }
  state_init(&ps, L, src, sl, p, pl);
  while (n < max_n) {
    const char *e;
    state_restart(&ps);
    e = m_here(&ps, src, p);
    if (e != NULL && e != last_end) {
      n++;
      if (tpl != NULL) {
        gsub_template(&ps, &b, src, e, tpl, tl);
        changed = 1;
      } else {
        changed |= gsub_value(&ps, &b, src, e, kind);
      }
      src = last_end = e;
    } else if (src < ps.subject_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchored) break;
  }
  meter_settle(&ps.meter);
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, src, (size_t)(ps.subject_end - src));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}

/* ---------------------------------------------------------------------------------------
 * Installation
 * ------------------------------------------------------------------------------------- */

static const luaL_Reg pat_funcs[] = {
    {"find", pat_find},
    {"match", pat_match},
    {"gmatch", pat_gmatch},
    {"gsub", pat_gsub},
    {NULL, NULL},
};

void ins_pattern_install(lua_State *L, int lib) {
  lib = lua_absindex(L, lib);
  lua_pushvalue(L, lib);
  luaL_setfuncs(L, pat_funcs, 0);
  lua_pop(L, 1);
}
