/*
 * ins_eval.c: the public API. One run = one fresh lua_State: created, sandboxed, given the
 * chunk under the limits, its value encoded to JSON, and closed, all before ins_eval_run
 * returns. Every step that can raise runs inside lua_pcall.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "insomnia_lua.h"
#include "ins_chunk.h"
#include "ins_context.h"
#include "ins_errors.h"
#include "ins_json.h"
#include "ins_limits.h"
#include "ins_locale.h"
#include "ins_sandbox.h"
#include "lauxlib.h"
#include "lua.h"

#ifndef INS_SHIM_VERSION
#define INS_SHIM_VERSION "0.0.0"
#endif

struct ins_eval {
  ins_context ctx;
  uint64_t memory, instructions, time_ms; /* as configured; 0 = default */
  int status;
  ins_json json;
  char code[64];
  char message[1024];
  char chunk[256];
  int line;
  char path[256];
  uint64_t memory_peak, instructions_used, memory_live;
};

static void set_text(char *dst, size_t size, const char *src) {
  snprintf(dst, size, "%s", src ? src : "");
}

INS_API const char *ins_version(void) {
  return "insomnia-lua " INS_SHIM_VERSION " (" LUA_RELEASE ")";
}

INS_API ins_eval *ins_eval_new(void) {
  ins_eval *ev = calloc(1, sizeof *ev);
  if (ev != NULL) ev->line = -1;
  return ev;
}

/* Clears the last run's outcome. The JSON buffer stays for the next run when it is small
 * (INS_JSON_KEEP_BYTES), emptied. */
static void reset_outcome(ins_eval *ev) {
  char *data = ev->json.data;
  size_t cap = ev->json.cap;
  if (cap > INS_JSON_KEEP_BYTES) {
    free(data);
    data = NULL;
    cap = 0;
  }
  memset(&ev->json, 0, sizeof ev->json);
  ev->json.data = data;
  ev->json.cap = cap;
  ins_output_reset(&ev->ctx.output);
  ev->status = INS_OK;
  ev->code[0] = ev->message[0] = ev->chunk[0] = ev->path[0] = '\0';
  ev->line = -1;
  ev->ctx.error_chunk[0] = '\0';
  ev->ctx.error_line = -1;
  ins_kept_reset(&ev->ctx.kept);
  ev->ctx.text_loads = 0;
}

INS_API void ins_eval_free(ins_eval *ev) {
  if (ev == NULL) return;
  reset_outcome(ev);
  free(ev->json.data);
  free(ev);
}

INS_API void ins_eval_set_limits(ins_eval *ev, uint64_t memory_bytes, uint64_t instructions,
                                 uint64_t time_ms) {
  ev->memory = memory_bytes;
  ev->instructions = instructions;
  ev->time_ms = time_ms;
}

INS_API void ins_eval_set_prelude(ins_eval *ev, const ins_prelude *prelude) {
  ev->ctx.prelude = prelude;
}

INS_API void ins_eval_set_require(ins_eval *ev, ins_require_fn fn, void *user) {
  ev->ctx.require_fn = fn;
  ev->ctx.require_user = user;
}

static void fail(ins_eval *ev, const char *code, const char *message, const char *chunk,
                 int line) {
  ev->status = INS_ERROR;
  set_text(ev->code, sizeof ev->code, code);
  /* error("") would otherwise be a diagnostic that says nothing at all */
  set_text(ev->message, sizeof ev->message,
           message != NULL && message[0] != '\0' ? message : "the error message is empty");
  set_text(ev->chunk, sizeof ev->chunk, chunk);
  ev->line = line;
}

/* Message handler: remembers the innermost Lua frame, returns the error unchanged. */
static int message_handler(lua_State *L) {
  ins_context *ctx = ins_context_of(L);
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
      set_text(ctx->error_chunk, sizeof ctx->error_chunk, ar.short_src);
      ctx->error_line = ar.currentline;
      break;
    }
  }
  return 1;
}

/* Turns the error value on top of the stack into the outcome. */
static void fail_from_error(ins_eval *ev, lua_State *L, const char *string_code) {
  const char *message = NULL, *chunk = NULL;
  int line = -1;
  const char *code = ins_error_fields(L, -1, &message, &chunk, &line);
  if (code != NULL) {
    fail(ev, code, message, chunk, line);
  } else if (lua_type(L, -1) == LUA_TSTRING) {
    const char *text = lua_tostring(L, -1);
    char where[256];
    if (ins_split_location(text, where, sizeof where, &line, &message))
      fail(ev, string_code, message, where, line);
    else
      fail(ev, string_code, text, ev->ctx.error_chunk, ev->ctx.error_line);
  } else {
    char text[96];
    snprintf(text, sizeof text, "error object is a %s value", luaL_typename(L, -1));
    fail(ev, string_code, text, ev->ctx.error_chunk, ev->ctx.error_line);
  }
}

static void fail_from_limit(ins_eval *ev) {
  const ins_limits *lim = &ev->ctx.limits;
  char message[160];
  ins_limit_message(lim, lim->tripped, message, sizeof message);
  fail(ev, ins_limit_code(lim->tripped), message, lim->where_chunk, lim->where_line);
}

static int setup(lua_State *L) {
  ins_errors_open(L);
  ins_sandbox_open(L);
  return 0;
}

/* Encodes stack index 1 into the ins_json passed as light userdata (upvalue-free). */
static int encode(lua_State *L) {
  ins_json *out = lua_touserdata(L, 2);
  lua_pushboolean(L, ins_json_encode(L, 1, out));
  return 1;
}

/* The main chunk of a run: text to compile, or a chunk the shim compiled before. */
typedef struct main_chunk {
  const char *source;
  size_t len;
  const char *name;
  const ins_chunk *compiled; /* when not NULL, loaded instead of the text */
} main_chunk;

/* Loads the main chunk (light userdata) as a function, or raises what its compile said. */
static int load_main(lua_State *L) {
  const main_chunk *main = lua_touserdata(L, 1);
  int loaded = main->compiled != NULL
                   ? ins_chunk_load(L, main->compiled)
                   : ins_chunk_compile(L, main->source, main->len, main->name, 0);
  return loaded == LUA_OK ? 1 : lua_error(L);
}

/* Runs the chunk on a state that exists; the outcome goes to ev. */
static void run(ins_eval *ev, lua_State *L, const main_chunk *main) {
  lua_pushcfunction(L, setup);
  if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
    fail_from_error(ev, L, "engine.setup");
    return;
  }
  ins_limits_arm(L);
  lua_pushcfunction(L, message_handler);
  lua_pushcfunction(L, load_main); /* protected: compiling pushes the compiler's message */
  lua_pushlightuserdata(L, (void *)main);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    fail_from_error(ev, L, "lua.syntax");
    return;
  }
  if (lua_pcall(L, 0, 1, 1) != LUA_OK) {
    fail_from_error(ev, L, "lua.runtime");
    return;
  }
  ins_limits_disarm(L); /* encoding runs no Lua code */
  lua_pushcfunction(L, encode);
  lua_insert(L, -2);
  lua_pushlightuserdata(L, &ev->json);
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
    fail_from_error(ev, L, "lua.result");
  } else if (ev->json.too_large) { /* a value too big to hand over is a memory limit */
    fail(ev, "limit.memory", ev->json.error, "", -1);
  } else if (!lua_toboolean(L, -1)) {
    fail(ev, "lua.result", ev->json.error, "", -1);
    set_text(ev->path, sizeof ev->path, ev->json.path);
  }
}

static int run_main(ins_eval *ev, const main_chunk *main) {
  ins_locale_scope locale;
  ins_locale_enter(&locale); /* numbers and string order must not follow the user's locale */
  reset_outcome(ev);
  ins_limits_init(&ev->ctx.limits, ev->memory, ev->instructions, ev->time_ms);
  lua_State *L = lua_newstate(ins_limits_alloc, &ev->ctx.limits);
  if (L == NULL) {
    fail(ev, "limit.memory", "not enough memory to create a Lua state", "", -1);
  } else {
    *(ins_context **)lua_getextraspace(L) = &ev->ctx;
    ins_limits_defer_gc(L);
    run(ev, L, main);
    if (ev->ctx.limits.tripped != INS_LIMIT_NONE) fail_from_limit(ev);
    ins_limits_close(L);
  }
  ev->memory_live = ev->ctx.limits.in_use; /* what the state did not give back: 0 */
  ins_limits_release(&ev->ctx.limits);
  ev->memory_peak = ev->ctx.limits.peak;
  ev->instructions_used = ev->ctx.limits.used;
  if (ev->status != INS_OK) {
    free(ev->json.data);
    memset(&ev->json, 0, sizeof ev->json);
  }
  ins_locale_leave(&locale);
  return ev->status;
}

INS_API int ins_eval_run(ins_eval *ev, const char *source, size_t len, const char *chunkname) {
  main_chunk text = {source, len, chunkname, NULL};
  return run_main(ev, &text);
}

INS_API int ins_eval_run_chunk(ins_eval *ev, const ins_chunk *chunk) {
  if (chunk == NULL) {
    reset_outcome(ev);
    fail(ev, "engine.no-chunk", "no compiled chunk to run", "", -1);
    return ev->status;
  }
  main_chunk compiled = {"", 0, ins_chunk_name(chunk), chunk};
  return run_main(ev, &compiled);
}

INS_API void ins_eval_set_keep(ins_eval *ev, size_t max_bytes) {
  ev->ctx.kept.max_bytes = max_bytes;
}

INS_API int ins_eval_kept_count(const ins_eval *ev) { return ev->ctx.kept.count; }

INS_API int ins_eval_kept_load(const ins_eval *ev, int i) {
  return i >= 0 && i < ev->ctx.kept.count ? ev->ctx.kept.loads[i] : -1;
}

INS_API ins_chunk *ins_eval_take_chunk(ins_eval *ev, int i) {
  if (i < 0 || i >= ev->ctx.kept.count) return NULL;
  ins_chunk *chunk = ev->ctx.kept.chunks[i];
  ev->ctx.kept.chunks[i] = NULL; /* ins_kept_reset frees NULL harmlessly */
  return chunk;
}

INS_API const char *ins_eval_json(const ins_eval *ev, size_t *len) {
  if (len != NULL) *len = ev->json.len;
  return ev->json.data ? ev->json.data : "";
}

INS_API size_t ins_eval_json_length(const ins_eval *ev) { return ev->json.len; }

INS_API const char *ins_eval_error_code(const ins_eval *ev) { return ev->code; }
INS_API const char *ins_eval_error_message(const ins_eval *ev) { return ev->message; }
INS_API const char *ins_eval_error_chunk(const ins_eval *ev) { return ev->chunk; }
INS_API int ins_eval_error_line(const ins_eval *ev) { return ev->line; }
INS_API const char *ins_eval_error_path(const ins_eval *ev) { return ev->path; }

INS_API const char *ins_eval_output(const ins_eval *ev, size_t *len) {
  if (len != NULL) *len = ev->ctx.output.len;
  return ev->ctx.output.data ? ev->ctx.output.data : "";
}

INS_API size_t ins_eval_output_length(const ins_eval *ev) { return ev->ctx.output.len; }

INS_API uint64_t ins_eval_memory_peak(const ins_eval *ev) { return ev->memory_peak; }
INS_API uint64_t ins_eval_instructions(const ins_eval *ev) { return ev->instructions_used; }
INS_API uint64_t ins_eval_memory_live(const ins_eval *ev) { return ev->memory_live; }
