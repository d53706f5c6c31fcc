/*
 * fuzz_eval.c: libFuzzer target for the shim's entry point. The input is a profile: it runs
 * through ins_eval_run under tight limits, with a require callback that serves a few fixed
 * modules (local, host, prelude, broken, cyclic, the input itself) and refuses the rest, and
 * the outcome is checked against what insomnia_lua.h promises. Any broken promise aborts,
 * which libFuzzer reports as a crash with the input that caused it; so do ASan, UBSan and
 * LeakSanitizer reports.
 *
 * Checked after every run (check_outcome):
 *   - the status is INS_OK or INS_ERROR, and the fields of the other outcome are empty;
 *   - INS_OK: the JSON is one canonical JSON value: no white space, valid UTF-8, only the
 *     escapes the encoder writes, object keys strictly increasing by their bytes, no empty
 *     array, nested at most INS_JSON_MAX_DEPTH deep, at most INS_JSON_MAX_BYTES long;
 *   - INS_ERROR: the code is one of the documented ones (or one this harness chose), the
 *     message is non-empty, every text fits its buffer, the line is -1 or positive;
 *   - print() output is within INS_OUTPUT_MAX and its truncation marker;
 *   - nothing is left allocated after the state is closed (memory_live is 0), the peak heap
 *     is within the memory limit, and a success stayed within the instruction budget;
 *   - the same input run again on the same ins_eval gives the same outcome, byte for byte
 *     (evaluations are deterministic), unless either run hit the wall-clock limit; memory
 *     addresses that tostring() shows are masked out of the texts compared.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "insomnia_lua.h"
#include "ins_json.h"

/* Tight limits keep each input fast; they are far above what the seeds need. */
#define FUZZ_MEMORY (8u * 1024u * 1024u)
#define FUZZ_INSTRUCTIONS 200000u
#define FUZZ_TIME_MS 250u

#define FUZZ_CHUNK "@fuzz.lua"

/* What the require callback needs: the input, served as module "self". */
typedef struct fuzz_input {
  const char *data;
  size_t len;
} fuzz_input;

/* ---------------------------------------------------------------------------------------
 * Modules
 * ------------------------------------------------------------------------------------- */

typedef enum answer_kind {
  PROVIDE,
  PROVIDE_TRUSTED,
  PRELUDE,
  REFUSE_CUSTOM,
  ANSWER_TWICE
} answer_kind;

typedef struct module {
  const char *name;
  answer_kind kind;
  const char *source; /* PROVIDE*, ANSWER_TWICE: the source; PRELUDE: the prelude's name */
} module;

static const char HOST_SOURCE[] =
    "local M = {version = 'fuzz', list = {1, 2, 3}, nested = {deep = {x = 1}}}\n"
    "function M.check(v) if type(v) ~= 'number' then raise('fuzz.host', 'not a number', 2) end\n"
    "  return v * 2 end\n"
    "function M.fail(v) error(v) end\n"
    "return M\n";

static const char PRELUDE_SOURCE[] =
    "local P = {name = 'pre', items = {'a', 'b'}}\n"
    "function P.id(...) return ... end\n"
    "function P.raise(m) raise('fuzz.host', tostring(m)) end\n"
    "return P\n";

static const module MODULES[] = {
    {"m", PROVIDE, "local M = {n = 1}\nfunction M.f(x) return x end\nM.t = {'x', 'y'}\nreturn M\n"},
    {"nothing", PROVIDE, "local x = 1\n"},
    {"err", PROVIDE, "error('module error')\n"},
    {"errtable", PROVIDE, "error({code = 'x'})\n"},
    {"broken", PROVIDE, "return {\n"},
    {"cyc.a", PROVIDE, "return require('cyc.b')\n"},
    {"cyc.b", PROVIDE, "return require('cyc.a')\n"},
    {"host", PROVIDE_TRUSTED, HOST_SOURCE},
    {"host.cyclic", PROVIDE_TRUSTED, "local t = {}\nt.self = t\nt[1] = t\nreturn t\n"},
    {"pre", PRELUDE, "pre"},
    {"pre.missing", PRELUDE, "not.in.prelude"},
    {"custom", REFUSE_CUSTOM, NULL},
    {"twice", ANSWER_TWICE, "return 'first answer wins'\n"},
};

#define MODULE_COUNT (sizeof MODULES / sizeof MODULES[0])

/* Codes a run may end with: the documented ones and the two this harness makes. */
static const char *const CODES[] = {
    "lua.syntax",       "lua.runtime",        "lua.result",         "limit.memory",
    "limit.instructions", "limit.time",       "sandbox.denied",     "require.not-found",
    "require.cycle",    "require.invalid-name", "fuzz.refused",     "fuzz.host",
};

/* Built once (LLVMFuzzerInitialize) and shared by every run, as a host would. */
static ins_prelude *the_prelude;

static void answer(ins_require *req, const module *m) {
  switch (m->kind) {
    case PROVIDE: ins_require_provide(req, m->source, strlen(m->source), "@mod.lua", 0); break;
    case PROVIDE_TRUSTED:
      ins_require_provide(req, m->source, strlen(m->source), "@host.lua", 1);
      break;
    case PRELUDE: ins_require_use_prelude(req, m->source); break;
    case REFUSE_CUSTOM:
      ins_require_refuse(req, "fuzz.refused", "refused by the fuzz harness");
      break;
    case ANSWER_TWICE: /* only the first answer counts */
      ins_require_provide(req, m->source, strlen(m->source), "@twice.lua", 0);
      ins_require_refuse(req, "fuzz.refused", "a second answer must be ignored");
      ins_require_provide(req, "error('third')", 14, "@twice.lua", 0);
      break;
  }
}

static int resolve(void *user, ins_require *req, const char *name) {
  const fuzz_input *in = user;
  if (strcmp(name, "self") == 0) { /* the input again, as a module: requiring itself cycles */
    ins_require_provide(req, in->data, in->len, "@self.lua", 0);
    return 1;
  }
  for (size_t i = 0; i < MODULE_COUNT; i++) {
    if (strcmp(MODULES[i].name, name) == 0) {
      answer(req, &MODULES[i]);
      return 1;
    }
  }
  ins_require_refuse(req, "require.not-found", "no such module in the fuzz harness");
  return 1;
}

/* ---------------------------------------------------------------------------------------
 * Checks
 * ------------------------------------------------------------------------------------- */

/* Reports a broken promise with the outcome and aborts: libFuzzer keeps the input. */
static void broken(const ins_eval *ev, const char *what) {
  size_t n;
  const char *json = ins_eval_json(ev, &n);
  fprintf(stderr,
          "fuzz_eval: broken promise: %s\n  code: %s\n  message: %s\n  chunk: %s line %d\n"
          "  path: %s\n  json (%zu bytes): %.*s\n",
          what, ins_eval_error_code(ev), ins_eval_error_message(ev), ins_eval_error_chunk(ev),
          ins_eval_error_line(ev), ins_eval_error_path(ev), n, (int)(n < 200 ? n : 200), json);
  abort();
}

#define EXPECT(ev, cond) ((cond) ? (void)0 : broken((ev), #cond))

/* A JSON text being validated: `p` moves through [p, end). */
typedef struct cursor {
  const unsigned char *p, *end;
} cursor;

/* Length of the valid UTF-8 sequence at s (n bytes available) or 0: no overlong forms, no
 * surrogates, nothing past U+10FFFF. Written apart from ins_json.c's, on purpose. */
static size_t utf8_length(const unsigned char *s, size_t n) {
  if (s[0] < 0x80) return 1;
  size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  if (len == 0 || len > n || s[0] > 0xF4) return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  if (len == 3 && s[0] == 0xE0 && s[1] < 0xA0) return 0; /* overlong */
  if (len == 3 && s[0] == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
  if (len == 4 && s[0] == 0xF0 && s[1] < 0x90) return 0;  /* overlong */
  if (len == 4 && s[0] == 0xF4 && s[1] >= 0x90) return 0; /* past U+10FFFF */
  return len;
}

static int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1; /* the encoder writes lower-case hex only */
}

/* Decodes one byte of the string whose text continues at c->p (after the opening quote):
 * returns it, -1 at the closing quote, -2 if the text is not what the encoder writes. An
 * escape other than the encoder's, a raw control character or invalid UTF-8 is -2. */
static int string_byte(cursor *c, int *in_sequence) {
  if (c->p >= c->end) return -2;
  unsigned char b = *c->p;
  if (*in_sequence > 0) { /* continuation bytes of a sequence checked at its lead byte */
    (*in_sequence)--;
    c->p++;
    return b;
  }
  if (b == '"') {
    c->p++;
    return -1;
  }
  if (b < 0x20) return -2;
  if (b != '\\') {
    size_t len = utf8_length(c->p, (size_t)(c->end - c->p));
    if (len == 0) return -2;
    *in_sequence = (int)len - 1;
    c->p++;
    return b;
  }
  if (c->end - c->p < 2) return -2;
  unsigned char e = c->p[1];
  c->p += 2;
  switch (e) {
    case '"': return '"';
    case '\\': return '\\';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'u': break;
    default: return -2;
  }
  if (c->end - c->p < 4 || c->p[0] != '0' || c->p[1] != '0') return -2;
  int hi = hex_value(c->p[2]), lo = hex_value(c->p[3]);
  c->p += 4;
  if (hi < 0 || lo < 0) return -2;
  int v = hi * 16 + lo;
  /* only control characters without a short escape are written as \u00XX */
  if (v >= 0x20 || v == '\n' || v == '\r' || v == '\t' || v == '\b' || v == '\f') return -2;
  return v;
}

/* Skips a string (c->p at its opening quote). 0 if it is not one the encoder writes. */
static int skip_string(cursor *c) {
  if (c->p >= c->end || *c->p != '"') return 0;
  c->p++;
  int in_sequence = 0, b;
  while ((b = string_byte(c, &in_sequence)) >= 0) {
  }
  return b == -1;
}

/* Compares the decoded bytes of two valid strings (each at its opening quote). */
static int compare_strings(const unsigned char *a, const unsigned char *b,
                           const unsigned char *end) {
  cursor x = {a + 1, end}, y = {b + 1, end};
  int sx = 0, sy = 0;
  for (;;) {
    int u = string_byte(&x, &sx), v = string_byte(&y, &sy);
    if (u != v) return u == -1 ? -1 : v == -1 ? 1 : u - v;
    if (u == -1) return 0;
  }
}

/* Consumes `ch` if it is next. */
static int take(cursor *c, unsigned char ch) {
  if (c->p >= c->end || *c->p != ch) return 0;
  c->p++;
  return 1;
}

static int is_digit(const cursor *c) { return c->p < c->end && *c->p >= '0' && *c->p <= '9'; }

static void skip_digits(cursor *c) {
  while (is_digit(c)) c->p++;
}

/* A JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int skip_number(cursor *c) {
  take(c, '-');
  if (!is_digit(c)) return 0;
  if (*c->p++ != '0') skip_digits(c);
  if (take(c, '.')) {
    if (!is_digit(c)) return 0;
    skip_digits(c);
  }
  if (take(c, 'e') || take(c, 'E')) {
    if (!take(c, '+')) take(c, '-');
    if (!is_digit(c)) return 0;
    skip_digits(c);
  }
  return 1;
}

static int skip_literal(cursor *c, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0) return 0;
  c->p += n;
  return 1;
}

static int skip_value(cursor *c, int depth);

/* An array (c->p after '['): never empty, since an empty table encodes as {}. */
static int skip_array(cursor *c, int depth) {
  do {
    if (!skip_value(c, depth)) return 0;
  } while (take(c, ','));
  return take(c, ']');
}

/* An object (c->p after '{'): keys strictly increasing by their decoded bytes. */
static int skip_object(cursor *c, int depth) {
  if (take(c, '}')) return 1;
  const unsigned char *previous = NULL;
  do {
    const unsigned char *key = c->p;
    if (!skip_string(c)) return 0;
    if (previous != NULL && compare_strings(previous, key, c->end) >= 0) return 0;
    previous = key;
    if (!take(c, ':') || !skip_value(c, depth)) return 0;
  } while (take(c, ','));
  return take(c, '}');
}

static int skip_value(cursor *c, int depth) {
  if (c->p >= c->end) return 0;
  switch (*c->p) {
    case '{':
      c->p++;
      return depth < INS_JSON_MAX_DEPTH && skip_object(c, depth + 1);
    case '[':
      c->p++;
      return depth < INS_JSON_MAX_DEPTH && skip_array(c, depth + 1);
    case '"': return skip_string(c);
    case 't': return skip_literal(c, "true");
    case 'f': return skip_literal(c, "false");
    case 'n': return skip_literal(c, "null");
    default: return skip_number(c);
  }
}

static int canonical_json(const char *json, size_t len) {
  cursor c = {(const unsigned char *)json, (const unsigned char *)json + len};
  return skip_value(&c, 0) && c.p == c.end;
}

static int known_code(const char *code) {
  for (size_t i = 0; i < sizeof CODES / sizeof CODES[0]; i++)
    if (strcmp(CODES[i], code) == 0) return 1;
  return 0;
}

static void check_outcome(const ins_eval *ev, int status) {
  EXPECT(ev, status == INS_OK || status == INS_ERROR);
  size_t json_len, output_len;
  const char *json = ins_eval_json(ev, &json_len);
  const char *code = ins_eval_error_code(ev), *message = ins_eval_error_message(ev);
  EXPECT(ev, json_len == ins_eval_json_length(ev));
  if (status == INS_OK) {
    EXPECT(ev, code[0] == '\0' && message[0] == '\0' && ins_eval_error_line(ev) == -1);
    EXPECT(ev, json_len > 0 && json_len <= INS_JSON_MAX_BYTES);
    EXPECT(ev, canonical_json(json, json_len));
    EXPECT(ev, ins_eval_instructions(ev) <= FUZZ_INSTRUCTIONS);
  } else {
    EXPECT(ev, json_len == 0);
    EXPECT(ev, known_code(code));
    EXPECT(ev, message[0] != '\0' && strlen(message) < 1024);
    EXPECT(ev, strlen(ins_eval_error_chunk(ev)) < 256 && strlen(ins_eval_error_path(ev)) < 256);
    EXPECT(ev, ins_eval_error_line(ev) == -1 || ins_eval_error_line(ev) > 0);
    EXPECT(ev, strcmp(code, "limit.instructions") != 0 ||
                   ins_eval_instructions(ev) > FUZZ_INSTRUCTIONS);
    EXPECT(ev, ins_eval_error_path(ev)[0] == '\0' || strcmp(code, "lua.result") == 0);
  }
  ins_eval_output(ev, &output_len);
  EXPECT(ev, output_len == ins_eval_output_length(ev));
  EXPECT(ev, output_len <= INS_OUTPUT_MAX + 32);
  EXPECT(ev, ins_eval_memory_live(ev) == 0);
  EXPECT(ev, ins_eval_memory_peak(ev) <= FUZZ_MEMORY);
}

/* What a run produced, kept to compare with a second run of the same input. */
typedef struct outcome {
  int status, line;
  char *json, *output; /* malloc'd copies */
  size_t json_len, output_len;
  char code[64], message[1024], chunk[256], path[256];
  uint64_t instructions, peak;
} outcome;

static int is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

/* Rewrites every "0x<hex digits>" in s[0..*n) as "0x?" in place. tostring() of a table or a
 * function shows its address, which differs between runs (see docs/security.md): that part
 * of the text is not compared, the rest is. */
static void mask_addresses(char *s, size_t *n) {
  size_t out = 0;
  for (size_t i = 0; i < *n;) {
    if (i + 2 < *n && s[i] == '0' && s[i + 1] == 'x' && is_hex(s[i + 2])) {
      for (i += 2; i < *n && is_hex(s[i]); i++) { /* skipped before the write overlaps it */
      }
      memcpy(s + out, "0x?", 3);
      out += 3;
    } else {
      s[out++] = s[i++];
    }
  }
  *n = out;
}

/* A malloc'd copy of n bytes with addresses masked; *n is updated. */
static char *copy_masked(const char *s, size_t *n) {
  char *copy = malloc(*n ? *n : 1);
  if (copy == NULL) abort(); /* the harness itself ran out of memory: not a finding */
  memcpy(copy, s, *n);
  mask_addresses(copy, n);
  return copy;
}

static void keep(const ins_eval *ev, int status, outcome *o) {
  memset(o, 0, sizeof *o);
  o->status = status;
  o->line = ins_eval_error_line(ev);
  const char *json = ins_eval_json(ev, &o->json_len);
  o->json = copy_masked(json, &o->json_len);
  const char *output = ins_eval_output(ev, &o->output_len);
  o->output = copy_masked(output, &o->output_len);
  snprintf(o->code, sizeof o->code, "%s", ins_eval_error_code(ev));
  size_t message_len = strlen(ins_eval_error_message(ev));
  memcpy(o->message, ins_eval_error_message(ev), message_len + 1);
  mask_addresses(o->message, &message_len);
  o->message[message_len] = '\0';
  snprintf(o->chunk, sizeof o->chunk, "%s", ins_eval_error_chunk(ev));
  snprintf(o->path, sizeof o->path, "%s", ins_eval_error_path(ev));
  o->instructions = ins_eval_instructions(ev);
  o->peak = ins_eval_memory_peak(ev);
}

static int same_outcome(const outcome *a, const outcome *b) {
  return a->status == b->status && a->line == b->line && a->json_len == b->json_len &&
         memcmp(a->json, b->json, a->json_len) == 0 && a->output_len == b->output_len &&
         memcmp(a->output, b->output, a->output_len) == 0 && strcmp(a->code, b->code) == 0 &&
         strcmp(a->message, b->message) == 0 && strcmp(a->chunk, b->chunk) == 0 &&
         strcmp(a->path, b->path) == 0 && a->instructions == b->instructions &&
         a->peak == b->peak;
}

static void release(outcome *o) {
  free(o->json);
  free(o->output);
}

/* ---------------------------------------------------------------------------------------
 * libFuzzer entry points
 * ------------------------------------------------------------------------------------- */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  the_prelude = ins_prelude_new();
  if (the_prelude == NULL ||
      ins_prelude_add(the_prelude, "pre", PRELUDE_SOURCE, strlen(PRELUDE_SOURCE), "@pre.lua") !=
          INS_OK) {
    fprintf(stderr, "fuzz_eval: cannot build the prelude\n");
    abort();
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {(const char *)data, size};
  ins_eval *ev = ins_eval_new();
  if (ev == NULL) abort();
  ins_eval_set_limits(ev, FUZZ_MEMORY, FUZZ_INSTRUCTIONS, FUZZ_TIME_MS);
  ins_eval_set_require(ev, resolve, &in);
  ins_eval_set_prelude(ev, the_prelude);

  int status = ins_eval_run(ev, in.data, in.len, FUZZ_CHUNK);
  check_outcome(ev, status);
  /* A run that hit the wall clock has nothing to compare, and such runs are the slowest:
   * most of the fuzzer's time went into running them twice. */
  if (strcmp(ins_eval_error_code(ev), "limit.time") != 0) {
    outcome first, second;
    keep(ev, status, &first);
    status = ins_eval_run(ev, in.data, in.len, FUZZ_CHUNK); /* the same ins_eval, reused */
    check_outcome(ev, status);
    keep(ev, status, &second);
    if (strcmp(second.code, "limit.time") != 0 && !same_outcome(&first, &second))
      broken(ev, "a second run of the same input gave another outcome");
    release(&first);
    release(&second);
  }
  ins_eval_free(ev);
  return 0;
}
