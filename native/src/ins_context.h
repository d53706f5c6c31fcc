/*
 * ins_context.h: what one run of an evaluation carries while its lua_State is alive. The
 * state's extra space points at it, so hooks and C functions find it without globals.
 */
#ifndef INS_CONTEXT_H
#define INS_CONTEXT_H

#include <stddef.h>

#include "insomnia_lua.h"
#include "ins_chunk.h"
#include "ins_limits.h"
#include "lua.h"

/* print() output, bounded by INS_OUTPUT_MAX. */
typedef struct ins_output {
  char *data;
  size_t len;
  int truncated;
} ins_output;

typedef struct ins_context {
  ins_limits limits;
  ins_output output;
  ins_require_fn require_fn;
  void *require_user;
  const ins_prelude *prelude; /* precompiled trusted modules, or NULL */
  ins_kept kept;              /* chunks this run compiled from text and keeps */
  int text_loads;             /* modules the require callback provided as text so far */
  /* the innermost Lua frame when the last error was raised (set by the message handler) */
  char error_chunk[256];
  int error_line;
} ins_context;

static inline ins_context *ins_context_of(lua_State *L) {
  return *(ins_context **)lua_getextraspace(L);
}

/* Appends to the output buffer, dropping what exceeds INS_OUTPUT_MAX. */
void ins_output_append(ins_output *out, const char *s, size_t len);
void ins_output_reset(ins_output *out);

#endif
