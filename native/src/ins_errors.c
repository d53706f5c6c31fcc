/*
 * ins_errors.c: structured error objects (see ins_errors.h).
 */
#include "ins_errors.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ins_context.h"
#include "lauxlib.h"

#define ERROR_METATABLE "insomnia.error"

/* Registry keys of the preallocated limit errors: addresses of constants. */
static const char LIMIT_KEYS[4] = {0, 0, 0, 0};

/* __tostring: "chunk:line: message", or the message alone where no location is known. */
static int error_tostring(lua_State *L) {
  const char *message = "", *chunk = "";
  int line = -1;
  ins_error_fields(L, 1, &message, &chunk, &line);
  if (line > 0)
    lua_pushfstring(L, "%s:%d: %s", chunk, line, message);
  else
    lua_pushstring(L, message);
  return 1;
}

/* Builds {code, message, chunk, line} with the error metatable; pushes it. */
static void push_error(lua_State *L, const char *code, const char *message, const char *chunk,
                       int line) {
  lua_createtable(L, 0, 4);
  lua_pushstring(L, code);
  lua_setfield(L, -2, "code");
  lua_pushstring(L, message);
  lua_setfield(L, -2, "message");
  lua_pushstring(L, chunk);
  lua_setfield(L, -2, "chunk");
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  luaL_setmetatable(L, ERROR_METATABLE);
}

void ins_errors_open(lua_State *L) {
  luaL_newmetatable(L, ERROR_METATABLE);
  lua_pushcfunction(L, error_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable"); /* getmetatable(err) gives false: not forgeable */
  lua_pop(L, 1);
  const ins_limits *lim = &ins_context_of(L)->limits;
  for (int which = INS_LIMIT_MEMORY; which <= INS_LIMIT_TIME; which++) {
    char message[160];
    ins_limit_message(lim, (ins_limit)which, message, sizeof message);
    push_error(L, ins_limit_code((ins_limit)which), message, "", -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &LIMIT_KEYS[which]);
  }
}

int ins_raise(lua_State *L, const char *code, const char *fmt, ...) {
  char message[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof message, fmt, args);
  va_end(args);
  return ins_raise_at(L, 1, code, message);
}

int ins_raise_at(lua_State *L, int level, const char *code, const char *message) {
  lua_Debug ar;
  const char *chunk = "";
  int line = -1;
  /* skip C frames: the location is the level-th Lua frame with a current line */
  for (int frame = 1; lua_getstack(L, frame, &ar); frame++) {
    if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0) continue;
    if (--level > 0) continue;
    chunk = ar.short_src;
    line = ar.currentline;
    break;
  }
  push_error(L, code, message, chunk, line);
  return lua_error(L);
}

int ins_raise_limit(lua_State *L, ins_limit which) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &LIMIT_KEYS[which]);
  return lua_error(L);
}

const char *ins_error_fields(lua_State *L, int idx, const char **message, const char **chunk,
                             int *line) {
  if (!lua_istable(L, idx) || !lua_getmetatable(L, idx)) return NULL;
  luaL_getmetatable(L, ERROR_METATABLE);
  int ours = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  if (!ours) return NULL;
  idx = lua_absindex(L, idx);
  lua_getfield(L, idx, "message");
  *message = lua_tostring(L, -1);
  lua_getfield(L, idx, "chunk");
  *chunk = lua_tostring(L, -1);
  lua_getfield(L, idx, "line");
  *line = (int)lua_tointeger(L, -1);
  lua_getfield(L, idx, "code");
  const char *code = lua_tostring(L, -1);
  lua_pop(L, 4); /* the strings stay alive: the error table still references them */
  if (*message == NULL) *message = "";
  if (*chunk == NULL) *chunk = "";
  return code;
}

/* The line number written in [s, end): 1 to INT_MAX, else 0. atoi was undefined past
 * INT_MAX, and in practice gave any int: "a:3000000000: b" was line -1294967296. */
static int line_number(const char *s, const char *end) {
  long long n = 0;
  for (; s < end; s++) {
    n = n * 10 + (*s - '0');
    if (n > INT_MAX) return 0;
  }
  return (int)n;
}

int ins_split_location(const char *text, char *chunk, size_t size, int *line,
                          const char **message) {
  for (const char *p = strchr(text, ':'); p != NULL; p = strchr(p + 1, ':')) {
    const char *digits = p + 1, *q = digits;
    while (*q >= '0' && *q <= '9') q++;
    if (q[0] != ':' || q[1] != ' ') continue;
    int number = line_number(digits, q); /* 0 when there are no digits */
    if (number == 0) continue; /* Lua counts lines from 1: this is text, not a location */
    size_t n = (size_t)(p - text);
    if (n >= size) n = size - 1;
    memcpy(chunk, text, n);
    chunk[n] = '\0';
    *line = number;
    *message = q + 2;
    return 1;
  }
  return 0;
}

int ins_raise_syntax(lua_State *L) {
  const char *text = lua_tostring(L, -1);
  char chunk[256];
  const char *message = text ? text : "syntax error";
  int line = -1;
  if (text == NULL || !ins_split_location(text, chunk, sizeof chunk, &line, &message))
    chunk[0] = '\0';
  push_error(L, "lua.syntax", message, chunk, line);
  return lua_error(L);
}
