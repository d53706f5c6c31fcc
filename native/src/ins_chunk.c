/*
 * ins_chunk.c: compiled chunks, kept by one run and loaded by later ones (see ins_chunk.h).
 */
#include "ins_chunk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ins_context.h"
#include "ins_limits.h"
#include "lauxlib.h"

/* Immutable once made: shared by any number of runs on any threads. */
struct ins_chunk {
  size_t source_len;      /* bytes of the text compiled */
  uint64_t compile_bytes; /* memory the compile needed: its peak, or the bytecode if larger */
  char chunkname[256];
  size_t len;             /* bytes of bytecode in code */
  char code[];            /* lua_dump's output, debug information kept */
};

void ins_kept_reset(ins_kept *kept) {
  for (int i = 0; i < kept->count; i++) ins_chunk_free(kept->chunks[i]);
  kept->count = 0;
  kept->bytes = 0;
}

/* lua_Writer growing the chunk itself (one block: header and code), bounded by `room`. */
typedef struct dump_state {
  ins_chunk *chunk;
  size_t cap;  /* bytes of code the block has room for */
  size_t room; /* the most code allowed */
} dump_state;

static int collect(lua_State *L, const void *data, size_t size, void *ud) {
  (void)L;
  dump_state *d = ud;
  ins_chunk *c = d->chunk;
  if (size > d->room - c->len) return 1; /* too large to keep: lua_dump stops */
  if (c->len + size > d->cap) {
    size_t cap = d->cap * 2;
    while (cap < c->len + size) cap *= 2;
    if (cap > d->room) cap = d->room;
    ins_chunk *grown = realloc(c, sizeof *c + cap);
    if (grown == NULL) return 1;
    d->chunk = c = grown;
    d->cap = cap;
  }
  memcpy(c->code + c->len, data, size);
  c->len += size;
  return 0;
}

/* Dumps the function on top of S into a new chunk of at most `room` bytes of code; NULL if
 * it does not fit or memory ran out. */
static ins_chunk *dump(lua_State *S, const char *chunkname, size_t len, size_t room) {
  size_t cap = room < 4096 ? room : 4096;
  dump_state d = {malloc(sizeof(ins_chunk) + cap), cap, room};
  if (d.chunk == NULL) return NULL;
  d.chunk->source_len = len;
  d.chunk->compile_bytes = 0;
  snprintf(d.chunk->chunkname, sizeof d.chunk->chunkname, "%s", chunkname);
  d.chunk->len = 0;
  if (lua_dump(S, collect, &d, 0) != 0) {
    free(d.chunk);
    return NULL;
  }
  return d.chunk;
}

/* Hands `chunk` to the run's kept list if it fits, else frees it. */
static void keep_or_free(ins_kept *kept, ins_chunk *chunk, int load) {
  if (kept->count < INS_KEPT_MAX && kept->bytes < kept->max_bytes &&
      chunk->len <= kept->max_bytes - kept->bytes) {
    kept->chunks[kept->count] = chunk;
    kept->loads[kept->count] = load;
    kept->count++;
    kept->bytes += chunk->len;
  } else {
    ins_chunk_free(chunk);
  }
}

/* The outcome of compiling in a state of its own. */
typedef struct compiled {
  int status;         /* LUA_OK, or the compile's error */
  ins_limit tripped;  /* the limit the compile hit, if any */
  ins_chunk *chunk;   /* LUA_OK: the bytecode */
  char *message;      /* a syntax error: the compiler's message (malloc'd) */
  size_t message_len;
} compiled;

static void compile_apart(compiled *out, const ins_limits *run, const char *source, size_t len,
                          const char *chunkname) {
  uint64_t room = run->memory_cap - run->in_use;
  out->status = LUA_ERRMEM;
  out->tripped = INS_LIMIT_MEMORY;
  out->chunk = NULL;
  out->message = NULL;
  if (room == 0) return; /* 0 would select the default cap */
  ins_limits lim;
  ins_limits_init(&lim, room, 0, 0);
  lim.deadline_ns = run->deadline_ns;
  lim.clock_unarmed = 1;
  lua_State *S = lua_newstate(ins_limits_alloc, &lim);
  if (S != NULL) {
    lua_gc(S, LUA_GCSTOP); /* the compile leaves little garbage, and S lives only for it */
    int status = luaL_loadbufferx(S, source, len, chunkname, "t");
    if (status == LUA_OK) {
      /* the bytecode must fit the same room: a later run loads it under the same check */
      out->chunk = dump(S, chunkname, len, (size_t)room);
      if (out->chunk != NULL) {
        out->status = LUA_OK;
        out->tripped = INS_LIMIT_NONE;
        out->chunk->compile_bytes = lim.peak > out->chunk->len ? lim.peak : out->chunk->len;
      }
    } else if (lim.tripped == INS_LIMIT_NONE) {
      size_t n = 0;
      const char *message = lua_tolstring(S, -1, &n); /* as long as S could hold */
      if (message != NULL && (out->message = malloc(n + 1)) != NULL) {
        memcpy(out->message, message, n + 1);
        out->message_len = n;
        out->status = status;
        out->tripped = INS_LIMIT_NONE;
      }
    } else {
      out->tripped = lim.tripped;
    }
    ins_limits_close(S);
  }
  ins_limits_release(&lim);
}

/* Pushes the text at upvalue-free arguments (pointer, length): run protected, so that the
 * caller frees its copy whether or not the push ran out of memory. */
static int push_text(lua_State *L) {
  const char *text = lua_touserdata(L, 1);
  lua_pushlstring(L, text, (size_t)lua_tointeger(L, 2));
  return 1;
}

int ins_chunk_compile(lua_State *L, const char *source, size_t len, const char *chunkname,
                      int load) {
  ins_context *ctx = ins_context_of(L);
  compiled c;
  compile_apart(&c, &ctx->limits, source, len, chunkname);
  if (c.status != LUA_OK && c.message != NULL) { /* a syntax error: Lua's message */
    lua_pushcfunction(L, push_text);
    lua_pushlightuserdata(L, c.message);
    lua_pushinteger(L, (lua_Integer)c.message_len);
    int pushed = lua_pcall(L, 2, 1, 0);
    free(c.message);
    if (pushed != LUA_OK) lua_error(L);
    return c.status;
  }
  if (c.status != LUA_OK) { /* out of memory or time */
    ins_limits_trip(&ctx->limits, c.tripped);
    lua_pushliteral(L, "not enough memory"); /* Lua's own, interned: allocates nothing */
    return c.status;
  }
  int status = ins_chunk_load(L, c.chunk);
  keep_or_free(&ctx->kept, c.chunk, load);
  return status;
}

int ins_chunk_load(lua_State *L, const ins_chunk *chunk) {
  if (!ins_limits_reserve(&ins_context_of(L)->limits, chunk->compile_bytes)) {
    lua_pushliteral(L, "not enough memory");
    return LUA_ERRMEM;
  }
  return luaL_loadbufferx(L, chunk->code, chunk->len, chunk->chunkname, "b");
}

size_t ins_chunk_source_length(const ins_chunk *chunk) { return chunk->source_len; }

INS_API size_t ins_chunk_size(const ins_chunk *chunk) {
  return chunk == NULL ? 0 : sizeof *chunk + chunk->len;
}

INS_API const char *ins_chunk_name(const ins_chunk *chunk) {
  return chunk == NULL ? "" : chunk->chunkname;
}

INS_API void ins_chunk_free(ins_chunk *chunk) { free(chunk); }
