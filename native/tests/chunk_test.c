/*
 * chunk_test: the compiled-chunk API (insomnia_lua.h): what a run keeps, that a run from kept
 * chunks ends exactly as the run from text (value, errors and their lines, instructions, the
 * memory limit), that failed compiles are not kept, the bound, and that bytecode from outside
 * is never loaded (text only, whatever it holds). Exits non-zero on the first failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "insomnia_lua.h"
#include "lauxlib.h"
#include "lua.h"

static int failures = 0;

#define CHECK(cond)                                                        \
  do {                                                                     \
    if (!(cond)) {                                                         \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                          \
    }                                                                      \
  } while (0)

/* The modules of a test: name -> text, or name -> a kept chunk once there is one. */
typedef struct module {
  const char *name, *chunkname, *source;
  ins_chunk *chunk;
} module;

typedef struct modules {
  module list[4];
  int count;
  int provided[8]; /* the module of each text load of the last run (index 1..) */
  int loads;
} modules;

static int resolve(void *user, ins_require *req, const char *name) {
  modules *m = user;
  for (int i = 0; i < m->count; i++) {
    module *mod = &m->list[i];
    if (strcmp(mod->name, name) != 0) continue;
    if (mod->chunk != NULL) {
      ins_require_provide_chunk(req, mod->chunk, 0);
    } else {
      m->provided[++m->loads] = i;
      ins_require_provide(req, mod->source, strlen(mod->source), mod->chunkname, 0);
    }
    return 1;
  }
  ins_require_refuse(req, "require.not-found", "no such module");
  return 1;
}

/* The outcome of one run, copied. */
typedef struct outcome {
  int status, line;
  char code[64], message[512], chunk[256], json[4096];
  unsigned long long instructions;
} outcome;

static void read_outcome(const ins_eval *ev, int status, outcome *o) {
  memset(o, 0, sizeof *o);
  o->status = status;
  o->line = ins_eval_error_line(ev);
  snprintf(o->code, sizeof o->code, "%s", ins_eval_error_code(ev));
  snprintf(o->message, sizeof o->message, "%s", ins_eval_error_message(ev));
  snprintf(o->chunk, sizeof o->chunk, "%s", ins_eval_error_chunk(ev));
  size_t len;
  const char *json = ins_eval_json(ev, &len);
  snprintf(o->json, sizeof o->json, "%.*s", (int)len, json);
  o->instructions = (unsigned long long)ins_eval_instructions(ev);
}

static int same(const outcome *a, const outcome *b) {
  return a->status == b->status && a->line == b->line && strcmp(a->code, b->code) == 0 &&
         strcmp(a->message, b->message) == 0 && strcmp(a->chunk, b->chunk) == 0 &&
         strcmp(a->json, b->json) == 0 && a->instructions == b->instructions;
}

/*
 * Runs `main` from text with keeping on, takes every kept chunk (the main one and those of
 * the modules), runs again from them, and checks both outcomes agree. Returns how many
 * chunks were kept; `first` gets the first outcome.
 */
static int run_twice(const char *main, modules *m, uint64_t memory, outcome *first) {
  ins_eval *ev = ins_eval_new();
  ins_eval_set_limits(ev, memory, 0, 0);
  ins_eval_set_require(ev, resolve, m);
  ins_eval_set_keep(ev, 1u << 20);
  m->loads = 0;
  int status = ins_eval_run(ev, main, strlen(main), "@main.lua");
  read_outcome(ev, status, first);
  ins_chunk *main_chunk = NULL;
  int kept = ins_eval_kept_count(ev);
  for (int i = 0; i < kept; i++) {
    int load = ins_eval_kept_load(ev, i);
    CHECK(load >= 0 && load <= m->loads);
    ins_chunk *chunk = ins_eval_take_chunk(ev, i);
    CHECK(chunk != NULL && ins_eval_take_chunk(ev, i) == NULL); /* taken once */
    if (load == 0) {
      CHECK(strcmp(ins_chunk_name(chunk), "@main.lua") == 0);
      main_chunk = chunk;
    } else {
      module *mod = &m->list[m->provided[load]];
      CHECK(strcmp(ins_chunk_name(chunk), mod->chunkname) == 0);
      mod->chunk = chunk;
    }
  }
  CHECK(ins_eval_take_chunk(ev, kept) == NULL && ins_eval_take_chunk(ev, -1) == NULL);
  ins_eval_free(ev); /* kept chunks outlive the evaluation that made them */
  if (main_chunk != NULL) {
    ev = ins_eval_new();
    ins_eval_set_limits(ev, memory, 0, 0);
    ins_eval_set_require(ev, resolve, m);
    m->loads = 0;
    outcome second;
    read_outcome(ev, ins_eval_run_chunk(ev, main_chunk), &second);
    if (!same(first, &second)) {
      fprintf(stderr, "text: %d %s %s %s:%d %s %llu\nkept: %d %s %s %s:%d %s %llu\n",
              first->status, first->code, first->message, first->chunk, first->line,
              first->json, first->instructions, second.status, second.code, second.message,
              second.chunk, second.line, second.json, second.instructions);
      failures++;
    }
    CHECK(ins_eval_kept_count(ev) == 0); /* keeping is off in this evaluation */
    ins_eval_free(ev);
    ins_chunk_free(main_chunk);
  }
  for (int i = 0; i < m->count; i++) {
    ins_chunk_free(m->list[i].chunk);
    m->list[i].chunk = NULL;
  }
  return kept;
}

static void test_value_and_modules(void) {
  modules m = {{{"lib", "@lib.lua", "return { n = 41 }\n", NULL}}, 1, {0}, 0};
  outcome o;
  int kept = run_twice("local lib = require('lib')\nreturn { answer = lib.n + 1 }\n", &m, 0, &o);
  CHECK(o.status == INS_OK && strcmp(o.json, "{\"answer\":42}") == 0);
  CHECK(kept == 2);
}

static void test_runtime_error_lines(void) {
  modules m = {{{"lib", "@lib/deep.lua", "local M = {}\nfunction M.f()\n  error('boom')\nend\nreturn M\n", NULL}},
               1, {0}, 0};
  outcome o;
  run_twice("local lib = require('lib')\n\nlib.f()\nreturn {}\n", &m, 0, &o);
  CHECK(o.status == INS_ERROR && strcmp(o.code, "lua.runtime") == 0);
  CHECK(strcmp(o.chunk, "lib/deep.lua") == 0 && o.line == 3);
  run_twice("local x = nil\n\n\nreturn { y = x.z }\n", &m, 0, &o);
  CHECK(strcmp(o.chunk, "main.lua") == 0 && o.line == 4);
}

static void test_syntax_errors_not_kept(void) {
  modules m = {{{"bad", "@bad.lua", "return {\n", NULL}, {"good", "@good.lua", "return 7\n", NULL}},
               2, {0}, 0};
  outcome o;
  /* a module that does not compile: caught, not kept; the one after it is (load 2) */
  int kept = run_twice(
      "local ok, e = pcall(require, 'bad')\nreturn { ok = ok, good = require('good') }\n", &m,
      0, &o);
  CHECK(o.status == INS_OK && strcmp(o.json, "{\"good\":7,\"ok\":false}") == 0);
  CHECK(kept == 2); /* main and good */
  CHECK(m.list[0].chunk == NULL);
  /* a main chunk that does not compile: reported as always, nothing kept */
  kept = run_twice("return {\n\n", &m, 0, &o);
  CHECK(kept == 0 && o.status == INS_ERROR && strcmp(o.code, "lua.syntax") == 0);
  CHECK(strcmp(o.chunk, "main.lua") == 0 && o.line == 3);
}

/* The memory the compile needed is asked of the limit when a kept chunk is loaded: for every
 * cap, the run from the chunk ends as the run from text (run_twice compares them). */
static void test_memory_limit_sweep(void) {
  size_t cap = 256u * 1024u, len = 0;
  char *big = malloc(cap);
  len += (size_t)snprintf(big, cap, "local t = {\n");
  for (int i = 0; len + 64 < cap && i < 6000; i++)
    len += (size_t)snprintf(big + len, cap - len, "  f%d = { 'v%d', %d },\n", i, i, i);
  snprintf(big + len, cap - len, "}\nreturn { n = #t }\n");
  modules m = {{{"x", "@x.lua", "return 1", NULL}}, 1, {0}, 0};
  int memory_failures = 0, successes = 0;
  for (uint64_t memory = 64u * 1024u; memory <= 4u * 1024u * 1024u; memory += 48u * 1024u) {
    outcome o;
    run_twice(big, &m, memory, &o);
    if (o.status == INS_OK) successes++;
    else if (strcmp(o.code, "limit.memory") == 0) memory_failures++;
  }
  CHECK(memory_failures > 0 && successes > 0); /* the sweep crosses the edge */
  free(big);
}

static void test_bound(void) {
  ins_eval *ev = ins_eval_new();
  ins_eval_set_keep(ev, 16); /* smaller than any chunk: nothing kept, the run unaffected */
  const char *main = "return { a = 1 }";
  CHECK(ins_eval_run(ev, main, strlen(main), "=m") == INS_OK);
  CHECK(ins_eval_kept_count(ev) == 0);
  ins_eval_set_keep(ev, 0);
  CHECK(ins_eval_run(ev, main, strlen(main), "=m") == INS_OK && ins_eval_kept_count(ev) == 0);
  ins_eval_set_keep(ev, 1u << 20); /* kept, not taken: freed by the next run and by free */
  CHECK(ins_eval_run(ev, main, strlen(main), "=m") == INS_OK && ins_eval_kept_count(ev) == 1);
  CHECK(ins_chunk_size(NULL) == 0 && strcmp(ins_chunk_name(NULL), "") == 0);
  CHECK(ins_eval_run(ev, main, strlen(main), "=m") == INS_OK && ins_eval_kept_count(ev) == 1);
  CHECK(ins_eval_run_chunk(ev, NULL) == INS_ERROR);
  CHECK(strcmp(ins_eval_error_code(ev), "engine.no-chunk") == 0);
  ins_eval_free(ev);
}

/* lua_Writer into a fixed buffer, for making bytecode the way an attacker would. */
typedef struct buffer {
  char data[8192];
  size_t len;
} buffer;

static int write_buffer(lua_State *L, const void *p, size_t size, void *ud) {
  (void)L;
  buffer *b = ud;
  if (size > sizeof b->data - b->len) return 1;
  memcpy(b->data + b->len, p, size);
  b->len += size;
  return 0;
}

static int provide_bytes(void *user, ins_require *req, const char *name) {
  const buffer *b = user;
  (void)name;
  ins_require_provide(req, b->data, b->len, "@evil.lua", 0);
  return 1;
}

/* Bytecode from outside is text to the shim: whole, truncated or garbage, as the main chunk
 * or as a module, it is a syntax error and never runs (nor is it kept). */
static void test_outside_bytecode_refused(void) {
  lua_State *L = luaL_newstate();
  buffer whole = {{0}, 0};
  const char *src = "return { pwned = true }";
  CHECK(luaL_loadstring(L, src) == LUA_OK && lua_dump(L, write_buffer, &whole, 0) == 0);
  lua_close(L);
  buffer variants[3];
  variants[0] = whole;
  variants[1] = whole;
  variants[1].len = whole.len / 2; /* truncated */
  variants[2] = whole;
  for (size_t i = 12; i < variants[2].len; i++) variants[2].data[i] ^= 0x5a; /* garbage */
  for (int v = 0; v < 3; v++) {
    ins_eval *ev = ins_eval_new();
    ins_eval_set_keep(ev, 1u << 20);
    CHECK(ins_eval_run(ev, variants[v].data, variants[v].len, "@evil.lua") == INS_ERROR);
    CHECK(strcmp(ins_eval_error_code(ev), "lua.syntax") == 0);
    CHECK(ins_eval_kept_count(ev) == 0);
    ins_eval_set_require(ev, provide_bytes, &variants[v]);
    const char *main = "local ok, e = pcall(require, 'evil')\nreturn { ok = ok }";
    CHECK(ins_eval_run(ev, main, strlen(main), "@main.lua") == INS_OK);
    size_t len;
    CHECK(strncmp(ins_eval_json(ev, &len), "{\"ok\":false}", len) == 0);
    CHECK(ins_eval_kept_count(ev) == 1 && ins_eval_kept_load(ev, 0) == 0); /* main only */
    ins_eval_free(ev);
  }
}

int main(void) {
  test_value_and_modules();
  test_runtime_error_lines();
  test_syntax_errors_not_kept();
  test_memory_limit_sweep();
  test_bound();
  test_outside_bytecode_refused();
  if (failures == 0) puts("chunk_test: all passed");
  return failures == 0 ? 0 : 1;
}
