/*
 * ins_prelude.h: trusted modules compiled once into bytecode (see insomnia_lua.h). The only
 * binary chunks the shim ever loads come from here, and only the shim writes them: profile
 * code has no path to lua_load in binary mode.
 */
#ifndef INS_PRELUDE_H
#define INS_PRELUDE_H

#include <stddef.h>

#include "insomnia_lua.h"
#include "lua.h"

/* Whether the prelude (possibly NULL) holds module `name`. */
int ins_prelude_has(const ins_prelude *prelude, const char *name);

/* Loads the precompiled module `name` onto the stack as a function (LUA_OK), or pushes an
 * error message (LUA_ERRSYNTAX when the prelude lacks it). */
int ins_prelude_load(lua_State *L, const ins_prelude *prelude, const char *name);

#endif
