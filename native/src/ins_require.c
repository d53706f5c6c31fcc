/*
 * ins_require.c: the controlled require (see ins_require.h).
 */
#include "ins_require.h"

#include <stdlib.h>
#include <string.h>

#include "ins_chunk.h"
#include "ins_context.h"
#include "ins_errors.h"
#include "ins_freeze.h"
#include "ins_prelude.h"
#include "ins_sandbox.h"
#include "lauxlib.h"

/* What the callback answered. Filled only by ins_require_provide/refuse, which copy and
 * never touch Lua, so no Lua error can happen while a callback frame is on the stack. */
struct ins_require {
  int answered;
  int refused;
  char *source; /* malloc'd copy, at most the memory limit */
  size_t len;
  char chunkname[256];
  int trusted;
  int from_prelude; /* answered with ins_require_use_prelude: chunkname holds the name */
  int text;         /* answered with ins_require_provide (counted as a text load) */
  const ins_chunk *compiled; /* answered with ins_require_provide_chunk */
  char code[64];
  char message[512];
  uint64_t max_source;
};

/* Registry keys: name -> module value; name -> position in the loading chain; the chain. */
static const char LOADED_KEY = 0;
static const char LOADING_KEY = 0;
static const char CHAIN_KEY = 0;

static void copy_text(char *dst, size_t size, const char *src) {
  size_t n = src ? strlen(src) : 0;
  if (n >= size) n = size - 1;
  memcpy(dst, src ? src : "", n);
  dst[n] = '\0';
}

INS_API void ins_require_provide(ins_require *req, const char *source, size_t len,
                                 const char *chunkname, int trusted) {
  if (req == NULL || req->answered) return;
  req->answered = 1;
  req->text = 1;
  if (len > req->max_source || (req->source = malloc(len ? len : 1)) == NULL) {
    req->refused = 1;
    copy_text(req->code, sizeof req->code, "limit.memory");
    copy_text(req->message, sizeof req->message, "module source is larger than the memory limit");
    return;
  }
  if (len > 0) memcpy(req->source, source, len);
  req->len = len;
  copy_text(req->chunkname, sizeof req->chunkname, chunkname);
  req->trusted = trusted != 0;
}

INS_API void ins_require_use_prelude(ins_require *req, const char *name) {
  if (req == NULL || req->answered) return;
  req->answered = 1;
  req->from_prelude = 1;
  req->trusted = 1;
  copy_text(req->chunkname, sizeof req->chunkname, name);
}

INS_API void ins_require_provide_chunk(ins_require *req, const ins_chunk *chunk, int trusted) {
  if (req == NULL || req->answered) return;
  req->answered = 1;
  if (chunk == NULL) {
    req->refused = 1;
    copy_text(req->code, sizeof req->code, "engine.no-chunk");
    copy_text(req->message, sizeof req->message, "no compiled chunk to load");
    return;
  }
  req->compiled = chunk;
  req->trusted = trusted != 0;
}

INS_API void ins_require_refuse(ins_require *req, const char *code, const char *message) {
  if (req == NULL || req->answered) return;
  req->answered = 1;
  req->refused = 1;
  copy_text(req->code, sizeof req->code, code);
  copy_text(req->message, sizeof req->message, message);
}

/* Raises require.cycle naming the chain from the first `name` to the new request. */
static int raise_cycle(lua_State *L, const char *name, lua_Integer from) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &CHAIN_KEY);
  int chain = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, chain);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (lua_Integer i = from; i <= n; i++) {
    lua_rawgeti(L, chain, i);
    luaL_addvalue(&b);
    luaL_addstring(&b, " -> ");
  }
  luaL_addstring(&b, name);
  luaL_pushresult(&b);
  return ins_raise(L, "require.cycle", "module '%s' is required while it is still loading: %s",
                   name, lua_tostring(L, -1));
}

/* Asks the callback for `name`; on return either the module's chunk is pushed (and 1
 * returned with *trusted set) or an error has been raised. */
static void load_module(lua_State *L, const char *name, int *trusted) {
  ins_context *ctx = ins_context_of(L);
  if (ctx->require_fn == NULL)
    ins_raise(L, "require.not-found", "module '%s' not found: this evaluation has no modules",
              name);
  ins_require req;
  memset(&req, 0, sizeof req);
  req.max_source = ctx->limits.memory_cap;
  int status = ctx->require_fn(ctx->require_user, &req, name);
  /* from here on the callback has returned: raising is safe */
  int load = req.text ? ++ctx->text_loads : 0; /* numbered even when refused, as answered */
  if (status == 0 || !req.answered) {
    free(req.source);
    ins_raise(L, "engine.callback-failed", "the module resolver failed while loading '%s'",
              name);
  }
  if (req.refused) {
    free(req.source);
    ins_raise(L, req.code[0] ? req.code : "require.not-found", "%s", req.message);
  }
  if (req.from_prelude && !ins_prelude_has(ctx->prelude, req.chunkname))
    ins_raise(L, "require.not-found", "module '%s' is not in this evaluation's prelude",
              req.chunkname);
  /* text from the callback, or bytecode the shim dumped itself: the prelude's, or a chunk an
   * earlier run compiled from text (ins_chunk.h); profile code never reaches a binary load */
  int loaded = req.from_prelude ? ins_prelude_load(L, ctx->prelude, req.chunkname)
               : req.compiled != NULL
                   ? ins_chunk_load(L, req.compiled)
                   : ins_chunk_compile(L, req.source, req.len, req.chunkname, load);
  free(req.source);
  if (loaded != LUA_OK) ins_raise_syntax(L); /* located in the module, not at the require */
  /* reading and compiling a module is work outside the VM, charged by its size: otherwise
   * one large file required under many names (symlinks) ran unbounded between two hooks. A
   * compiled chunk is charged the size of its text, so the count does not depend on it. */
  ins_limits_charge(L, req.compiled != NULL ? ins_chunk_source_length(req.compiled) : req.len);
  *trusted = req.trusted;
  if (*trusted) { /* host modules see the pristine environment, not the profile's globals */
    ins_sandbox_push_host_env(L);
    lua_setupvalue(L, -2, 1);
  }
}

static int controlled_require(lua_State *L) {
  size_t len;
  const char *name = luaL_checklstring(L, 1, &len);
  if (len == 0 || len > INS_MODULE_NAME_MAX || strlen(name) != len)
    return ins_raise(L, "require.invalid-name",
                     "module names are 1 to %d characters without NUL bytes",
                     INS_MODULE_NAME_MAX);
  lua_settop(L, 1);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &LOADED_KEY); /* 2 */
  lua_rawgetp(L, LUA_REGISTRYINDEX, &LOADING_KEY); /* 3 */
  lua_rawgetp(L, LUA_REGISTRYINDEX, &CHAIN_KEY); /* 4 */
  if (lua_getfield(L, 2, name) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (lua_getfield(L, 3, name) == LUA_TNUMBER) return raise_cycle(L, name, lua_tointeger(L, -1));
  lua_pop(L, 1);
  int trusted = 0;
  load_module(L, name, &trusted); /* 5: the chunk */
  lua_Integer depth = (lua_Integer)lua_rawlen(L, 4) + 1;
  lua_pushinteger(L, depth);
  lua_setfield(L, 3, name);
  lua_pushvalue(L, 1);
  lua_rawseti(L, 4, depth);
  lua_pushvalue(L, 1);
  int status = lua_pcall(L, 1, 1, 0); /* 5: the module's value or the error */
  lua_pushnil(L);
  lua_setfield(L, 3, name);
  lua_pushnil(L);
  lua_rawseti(L, 4, depth);
  if (status != LUA_OK) return lua_error(L); /* the same error, as raised in the module */
  if (lua_isnil(L, 5)) {
    lua_pushboolean(L, 1);
    lua_replace(L, 5);
  }
  if (trusted) {
    ins_freeze(L, 5, "a host module");
    lua_replace(L, 5);
  }
  lua_pushvalue(L, 5);
  lua_setfield(L, 2, name);
  return 1;
}

void ins_require_install(lua_State *L, int globals) {
  globals = lua_absindex(L, globals);
  lua_newtable(L);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &LOADED_KEY);
  lua_newtable(L);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &LOADING_KEY);
  lua_newtable(L);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &CHAIN_KEY);
  lua_pushcfunction(L, controlled_require);
  lua_setfield(L, globals, "require");
}
