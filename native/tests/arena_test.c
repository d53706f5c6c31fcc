/*
 * arena_test: the arena's size classes (ins_arena.h). The class of a request is looked up in
 * a table; this checks the table against the definition (the smallest class size that holds
 * the request) for every small size, and that blocks of every size round-trip through
 * realloc with their bytes. Exits non-zero on the first failure.
 */
#include <stdio.h>
#include <string.h>

#include "ins_arena.h"

static const size_t CLASSES[] = {16, 32, 48, 64, 80, 96, 128, 160, 192, 256, 384, 512};

/* The footprint by definition: the first class that holds n, or n itself (and always n
 * under INSOMNIA_SANITIZE, where every block is malloc'd). */
static size_t expected_footprint(size_t n) {
#ifdef INSOMNIA_SANITIZE
  return n;
#endif
  if (n == 0) return 0;
  for (size_t c = 0; c < sizeof CLASSES / sizeof CLASSES[0]; c++)
    if (n <= CLASSES[c]) return CLASSES[c];
  return n;
}

int main(void) {
  int failures = 0;
  for (size_t n = 0; n <= 4 * INS_ARENA_SMALL_MAX; n++) {
    if (ins_arena_footprint(n) != expected_footprint(n)) {
      fprintf(stderr, "footprint(%zu) = %zu, expected %zu\n", n, ins_arena_footprint(n),
              expected_footprint(n));
      failures++;
    }
  }
  /* grow one block byte by byte across every class and into malloc, then shrink it back */
  ins_arena arena;
  ins_arena_init(&arena, (size_t)1 << 24);
  unsigned char *block = NULL;
  size_t size = 0;
  for (size_t n = 1; n <= 2 * INS_ARENA_SMALL_MAX + 1; n++) {
    block = ins_arena_realloc(&arena, block, size, n);
    if (block == NULL) return fprintf(stderr, "allocation of %zu failed\n", n), 1;
    for (size_t i = 0; i < size; i++)
      if (block[i] != (unsigned char)i) return fprintf(stderr, "byte %zu lost at %zu\n", i, n), 1;
    block[n - 1] = (unsigned char)(n - 1);
    size = n;
  }
  for (size_t n = size - 1; n >= 1; n--) {
    block = ins_arena_realloc(&arena, block, size, n);
    for (size_t i = 0; i < n; i++)
      if (block[i] != (unsigned char)i) return fprintf(stderr, "byte %zu lost at %zu\n", i, n), 1;
    size = n;
  }
  ins_arena_realloc(&arena, block, size, 0);
  ins_arena_release(&arena);
  if (failures != 0) return 1;
  puts("arena_test: all passed");
  return 0;
}
