/*
 * ins_require.h: the controlled require. Modules load once per evaluation (a cache in the
 * registry); a module that is still loading when required again is a cycle (require.cycle
 * with the chain). Unknown names go to the embedder's callback, which provides source text
 * or refuses with a code; C raises any error only after the callback has returned.
 */
#ifndef INS_REQUIRE_H
#define INS_REQUIRE_H

#include "lua.h"

/* Longest module name accepted (the callback sees nothing longer). */
#define INS_MODULE_NAME_MAX 200

/* Sets require in the table at stack index `globals`. */
void ins_require_install(lua_State *L, int globals);

#endif
