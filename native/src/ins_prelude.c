/*
 * ins_prelude.c: precompiled trusted modules (see ins_prelude.h).
 */
#include "ins_prelude.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ins_limits.h"
#include "lauxlib.h"

#define PRELUDE_MAX_MODULES 64
#define PRELUDE_MAX_BYTES (4u * 1024u * 1024u) /* bytecode of all modules together */

typedef struct prelude_module {
  char name[128];
  char chunkname[256];
  char *code; /* bytecode from lua_dump, with debug info so errors keep their lines */
  size_t len;
} prelude_module;

struct ins_prelude {
  prelude_module modules[PRELUDE_MAX_MODULES];
  int count;
  size_t bytes;
  char error[512];
};

INS_API ins_prelude *ins_prelude_new(void) { return calloc(1, sizeof(ins_prelude)); }

INS_API void ins_prelude_free(ins_prelude *prelude) {
  if (prelude == NULL) return;
  for (int i = 0; i < prelude->count; i++) free(prelude->modules[i].code);
  free(prelude);
}

INS_API const char *ins_prelude_error(const ins_prelude *prelude) { return prelude->error; }

/* lua_Writer collecting the dump into a growing buffer, bounded by PRELUDE_MAX_BYTES. */
typedef struct dump_buffer {
  char *data;
  size_t len, cap;
  int overflow;
} dump_buffer;

static int collect(lua_State *L, const void *chunk, size_t size, void *ud) {
  (void)L;
  dump_buffer *b = ud;
  if (size > PRELUDE_MAX_BYTES - b->len) {
    b->overflow = 1;
    return 1;
  }
  if (b->len + size > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap < b->len + size) cap *= 2;
    char *grown = realloc(b->data, cap);
    if (grown == NULL) return 1;
    b->data = grown;
    b->cap = cap;
  }
  memcpy(b->data + b->len, chunk, size);
  b->len += size;
  return 0;
}

INS_API int ins_prelude_add(ins_prelude *prelude, const char *name, const char *source,
                            size_t len, const char *chunkname) {
  if (prelude->count == PRELUDE_MAX_MODULES || strlen(name) >= sizeof prelude->modules[0].name ||
      strlen(chunkname) >= sizeof prelude->modules[0].chunkname) {
    snprintf(prelude->error, sizeof prelude->error, "prelude full or name too long: %s", name);
    return INS_ERROR;
  }
  ins_limits limits; /* compile under the default limits, like any other code */
  ins_limits_init(&limits, 0, 0, 0);
  lua_State *L = lua_newstate(ins_limits_alloc, &limits);
  if (L == NULL) {
    ins_limits_release(&limits);
    snprintf(prelude->error, sizeof prelude->error, "out of memory compiling %s", name);
    return INS_ERROR;
  }
  dump_buffer dump = {NULL, 0, 0, 0};
  int status = luaL_loadbufferx(L, source, len, chunkname, "t");
  if (status != LUA_OK) {
    snprintf(prelude->error, sizeof prelude->error, "%s", lua_tostring(L, -1));
  } else if (lua_dump(L, collect, &dump, 0) != 0 || dump.overflow) {
    snprintf(prelude->error, sizeof prelude->error, "cannot keep the bytecode of %s", name);
    status = LUA_ERRMEM;
  }
  ins_limits_close(L);
  ins_limits_release(&limits);
  if (status != LUA_OK || prelude->bytes + dump.len > PRELUDE_MAX_BYTES) {
    if (status == LUA_OK)
      snprintf(prelude->error, sizeof prelude->error, "prelude larger than %u bytes",
               PRELUDE_MAX_BYTES);
    free(dump.data);
    return INS_ERROR;
  }
  prelude_module *m = &prelude->modules[prelude->count++];
  snprintf(m->name, sizeof m->name, "%s", name);
  snprintf(m->chunkname, sizeof m->chunkname, "%s", chunkname);
  m->code = dump.data;
  m->len = dump.len;
  prelude->bytes += dump.len;
  return INS_OK;
}

int ins_prelude_has(const ins_prelude *prelude, const char *name) {
  for (int i = 0; prelude != NULL && i < prelude->count; i++)
    if (strcmp(prelude->modules[i].name, name) == 0) return 1;
  return 0;
}

int ins_prelude_load(lua_State *L, const ins_prelude *prelude, const char *name) {
  for (int i = 0; prelude != NULL && i < prelude->count; i++) {
    const prelude_module *m = &prelude->modules[i];
    if (strcmp(m->name, name) == 0)
      return luaL_loadbufferx(L, m->code, m->len, m->chunkname, "b");
  }
  lua_pushfstring(L, "module '%s' is not in the prelude", name);
  return LUA_ERRSYNTAX;
}
