/*
 * ins_freeze.h: read-only proxies. Host modules are shared by every module of an evaluation,
 * so their tables are frozen: reads go through to the real table, writes raise
 * sandbox.denied, and the proxy's metatable is protected. rawset is removed by the sandbox,
 * so nothing can write into a proxy directly.
 */
#ifndef INS_FREEZE_H
#define INS_FREEZE_H

#include "lua.h"

/* Pushes a frozen view of the value at idx: tables (and the tables they reach) become
 * read-only proxies; any other value is pushed as it is. */
void ins_freeze(lua_State *L, int idx, const char *what);

/* If the value at idx is a frozen proxy, pushes the table behind it and returns 1;
 * otherwise pushes nothing and returns 0. */
int ins_frozen_target(lua_State *L, int idx);

#endif
