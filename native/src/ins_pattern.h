/*
 * ins_pattern.h: step-budgeted replacements for string.find, string.match, string.gmatch and
 * string.gsub. Lua's own matcher cannot be interrupted by the instruction hook, so a
 * pathological pattern would hang the process; these equivalents charge every unit of
 * matching work to the evaluation's instruction budget (ins_limits_charge) instead.
 */
#ifndef INS_PATTERN_H
#define INS_PATTERN_H

#include "lua.h"

/* Replaces find, match, gmatch and gsub in the string library table at stack index `lib`. */
void ins_pattern_install(lua_State *L, int lib);

#endif
