/*
 * ins_luaconf.h: compile-time configuration of the pristine Lua sources, force-included
 * into every Lua file (the sources themselves are never edited).
 */
#ifndef INS_LUACONF_H
#define INS_LUACONF_H

/* A fixed string-hash seed instead of Lua's time- and address-based one, so table
 * iteration order (and any pairs()-built output) is the same in every run. The collision
 * resistance a random seed buys does not matter here: one evaluation's tables are small and
 * bounded by its memory and instruction limits. */
#define luai_makeseed(L) ((unsigned int)0x2545F491u)

#endif
