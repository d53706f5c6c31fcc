/*
 * ins_sandbox.h: the profile environment. Opens base, string, table and math, then applies
 * the rule list at the top of ins_sandbox.c: what stays, what is replaced, what is removed
 * (touching a removed name raises sandbox.denied naming it and why).
 */
#ifndef INS_SANDBOX_H
#define INS_SANDBOX_H

#include "lua.h"

/* Builds the sandboxed globals on a fresh state. Runs unprotected code: call it inside a
 * protected call. Leaves the stack as it found it. */
void ins_sandbox_open(lua_State *L);

/* Pushes the environment host modules run in: a read-only view of the globals as they were
 * before any profile code ran, so a profile cannot change what a host module sees. */
void ins_sandbox_push_host_env(lua_State *L);

#endif
