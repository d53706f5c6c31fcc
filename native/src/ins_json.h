/*
 * ins_json.h: canonical JSON of a returned Lua value, encoded once, in C.
 *
 * Canonical: object keys sorted by their bytes, no white space, integers as integers and
 * floats always with a '.' or an exponent (1.0 stays a float), 1..n sequences as arrays,
 * an empty table as {}. Refused, with the Lua path of the offending value
 * (e.g. "worker.tools[3]"): functions, userdata, threads, cycles, NaN and infinities,
 * non-string keys, sparse arrays, tables mixing array and object keys, invalid UTF-8,
 * nesting deeper than INS_JSON_MAX_DEPTH; and output larger than INS_JSON_MAX_BYTES (too_large
 * set: the evaluation reports it as limit.memory).
 */
#ifndef INS_JSON_H
#define INS_JSON_H

#include <stddef.h>

#include "lua.h"

#define INS_JSON_MAX_DEPTH 100
#define INS_JSON_MAX_BYTES (16u * 1024u * 1024u)
/* An ins_eval keeps a JSON buffer of at most this capacity for its next run: its pages are
 * faulted in already (a fresh one faulted in page by page was most of the page faults of an
 * evaluation). */
#define INS_JSON_KEEP_BYTES (1024u * 1024u)

typedef struct ins_json {
  char *data; /* malloc'd; the caller frees it, or keeps it for the next encoding */
  size_t len, cap;
  char error[256]; /* why the value was refused */
  char path[256];  /* where: the Lua path of the refused value */
  int refused;
  int too_large; /* refused for its size, not its shape: a memory limit, not a bad value */
} ins_json;

/* Encodes the value at stack index idx. Returns 1 on success, 0 if the value was refused
 * (error and path set). Uses raw access only (no metamethod runs) and a malloc'd buffer
 * bounded by INS_JSON_MAX_BYTES that `out` owns; sorting keys allocates in the Lua heap,
 * so call it inside a protected call (a memory error raises there, and so does the deadline:
 * see ins_limits_check_deadline). */
int ins_json_encode(lua_State *L, int idx, ins_json *out);

#endif
