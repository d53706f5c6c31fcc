/*
 * ins_output.c: the bounded buffer behind print().
 */
#include <stdlib.h>
#include <string.h>

#include "ins_context.h"

static const char TRUNCATED[] = "\n[output truncated]\n";

void ins_output_append(ins_output *out, const char *s, size_t len) {
  if (out->truncated) return;
  if (out->data == NULL && (out->data = malloc(INS_OUTPUT_MAX + sizeof TRUNCATED)) == NULL) {
    out->truncated = 1;
    return;
  }
  size_t room = INS_OUTPUT_MAX - out->len;
  if (len > room) {
    memcpy(out->data + out->len, s, room);
    memcpy(out->data + INS_OUTPUT_MAX, TRUNCATED, sizeof TRUNCATED - 1);
    out->len = INS_OUTPUT_MAX + sizeof TRUNCATED - 1;
    out->truncated = 1;
    return;
  }
  memcpy(out->data + out->len, s, len);
  out->len += len;
}

void ins_output_reset(ins_output *out) {
  free(out->data);
  memset(out, 0, sizeof *out);
}
