/*
 * ins_errors.h: structured errors. An error the shim raises on purpose carries a stable code
 * ("sandbox.denied", "require.cycle", "limit.memory", ...) next to its message, as a table
 * {code, message, chunk, line} with a private metatable, so a profile's pcall sees an
 * ordinary error value (tostring works) while the shim can still tell which code it was.
 */
#ifndef INS_ERRORS_H
#define INS_ERRORS_H

#include "ins_limits.h"
#include "lua.h"

/* Creates the error metatable and one preallocated error per limit, so raising a limit
 * never allocates (the memory limit may be what tripped). Call once per state. */
void ins_errors_open(lua_State *L);

/* Raises a structured error located at the innermost running Lua frame. Does not return. */
int ins_raise(lua_State *L, const char *code, const char *fmt, ...);

/* Raises a structured error located at the Lua frame `level` above the caller (1: the Lua
 * function calling the C function that raises; 2: its caller, as error()'s level). */
int ins_raise_at(lua_State *L, int level, const char *code, const char *message);

/* Raises the preallocated error of a limit. Does not return. */
int ins_raise_limit(lua_State *L, ins_limit which);

/* Splits "chunk:line: message", as Lua formats located errors, into its parts (chunk
 * copied into `chunk`, *message pointing into `text`). Returns 0 if there is no such prefix. */
int ins_split_location(const char *text, char *chunk, size_t size, int *line,
                       const char **message);

/* Raises the load error message on top of the stack as a structured lua.syntax error,
 * located where the message says. Does not return. */
int ins_raise_syntax(lua_State *L);

/* For a structured error at `idx`: its code, and its message, chunk and line through the
 * out-parameters (the strings live in the error object). NULL for any other value. */
const char *ins_error_fields(lua_State *L, int idx, const char **message, const char **chunk,
                             int *line);

#endif
