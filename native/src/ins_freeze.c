/*
 * ins_freeze.c: read-only proxies for host modules and library tables (see ins_freeze.h).
 */
#include "ins_freeze.h"

#include "ins_errors.h"
#include "lauxlib.h"

/* Light-userdata key marking a proxy's metatable; its value is the target table. Profile
 * code cannot create light userdata, so it cannot read or forge this key. */
static const char PROXY_KEY = 0;

/* __newindex: every write to a frozen table is refused. Upvalue 1: what the table is. */
static int proxy_write(lua_State *L) {
  const char *what = lua_tostring(L, lua_upvalueindex(1));
  const char *key = luaL_typename(L, 2);
  if (lua_type(L, 2) == LUA_TSTRING) key = lua_tostring(L, 2);
  return ins_raise(L, "sandbox.denied", "cannot assign to '%s' of %s: it is read-only", key,
                   what);
}

/* __len: the length of the target. */
static int proxy_len(lua_State *L) {
  lua_getmetatable(L, 1);
  lua_rawgetp(L, -1, &PROXY_KEY);
  lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
  return 1;
}

/* Iterator for __pairs: next(target, key), the target held as upvalue 1. The state the
 * generic for passes (argument 1) is the proxy and is ignored. */
static int proxy_next(lua_State *L) {
  lua_settop(L, 2);
  if (lua_next(L, lua_upvalueindex(1))) return 2;
  lua_pushnil(L);
  return 1;
}

/* __pairs: iterate the target, whose nested tables are proxies already. The target stays
 * inside the iterator: pairs() hands its state to the caller, and the target as state
 * would be a writable handle on the read-only table. */
static int proxy_pairs(lua_State *L) {
  lua_getmetatable(L, 1);
  lua_rawgetp(L, -1, &PROXY_KEY);
  lua_pushcclosure(L, proxy_next, 1);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

/* Freezes the table at `target` in place (its table fields become proxies) and pushes its
 * proxy. `seen` maps targets to proxies so shared and cyclic tables get one proxy. */
static void freeze_table(lua_State *L, int target, int seen, const char *what) {
  luaL_checkstack(L, 8, "host module nested too deeply");
  lua_pushvalue(L, target);
  if (lua_rawget(L, seen) == LUA_TTABLE) return; /* already frozen: its proxy is pushed */
  lua_pop(L, 1);
  if (ins_frozen_target(L, target)) { /* a proxy already: reuse it as it is */
    lua_pop(L, 1);
    lua_pushvalue(L, target);
    return;
  }
  lua_newtable(L); /* the proxy */
  int proxy = lua_gettop(L);
  lua_pushvalue(L, target);
  lua_pushvalue(L, proxy);
  lua_rawset(L, seen);
  /* freeze nested tables first, replacing them in the target */
  lua_pushnil(L);
  while (lua_next(L, target)) {
    if (lua_type(L, -1) == LUA_TTABLE) {
      freeze_table(L, lua_gettop(L), seen, what);
      lua_pushvalue(L, -3); /* key */
      lua_insert(L, -2);
      lua_rawset(L, target); /* assigning an existing key is allowed during lua_next */
    }
    lua_pop(L, 1);
  }
  lua_createtable(L, 0, 6); /* the proxy's metatable */
  lua_pushvalue(L, target);
  lua_setfield(L, -2, "__index");
  lua_pushstring(L, what);
  lua_pushcclosure(L, proxy_write, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, proxy_len);
  lua_setfield(L, -2, "__len");
  lua_pushcfunction(L, proxy_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pushvalue(L, target);
  lua_rawsetp(L, -2, &PROXY_KEY);
  lua_setmetatable(L, proxy);
}

void ins_freeze(lua_State *L, int idx, const char *what) {
  idx = lua_absindex(L, idx);
  if (lua_type(L, idx) != LUA_TTABLE) {
    lua_pushvalue(L, idx);
    return;
  }
  lua_newtable(L);
  int seen = lua_gettop(L);
  freeze_table(L, idx, seen, what);
  lua_remove(L, seen);
}

int ins_frozen_target(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return 0;
  if (lua_rawgetp(L, -1, &PROXY_KEY) != LUA_TTABLE) {
    lua_pop(L, 2);
    return 0;
  }
  lua_remove(L, -2);
  return 1;
}
