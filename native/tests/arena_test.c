/*
 * arena_test: the arena's size classes (ins_arena.h). The class of a request is looked up in
 * a table; this checks the table against the definition (the smallest class size that holds
 * the request) for every small size, that blocks of every size round-trip through realloc
 * with their bytes, and that the inline paths the allocator uses (alloc, free and resize by
 * footprint) keep each class's blocks to that class. Exits non-zero on the first failure.
 */
#include <stdint.h>
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

#ifndef INSOMNIA_SANITIZE
/* Blocks freed by footprint go back to their own class's list and only there: for every
 * small size, a block freed is the next one handed out for any size of its class (the lists
 * are last in, first out), never for a size of another class, and a resize within the class
 * keeps the block. Blocks are 16-byte aligned and as large as their footprint. */
static int check_classes(void) {
  ins_arena arena;
  ins_arena_init(&arena, (size_t)1 << 24);
  int failures = 0;
  for (size_t n = 1; n <= INS_ARENA_SMALL_MAX; n++) {
    size_t fp = ins_arena_footprint(n);
    unsigned char *a = ins_arena_alloc(&arena, n, fp);
    if (a == NULL || (uintptr_t)a % 16 != 0) {
      fprintf(stderr, "alloc(%zu): %p is not a 16-byte aligned block\n", n, (void *)a);
      return 1;
    }
    memset(a, 0xA5, fp); /* the whole footprint is the block's */
    unsigned char *b = ins_arena_alloc(&arena, n, fp);
    if (b == a || (b > a && b < a + fp) || (a > b && a < b + fp)) {
      fprintf(stderr, "alloc(%zu) twice: blocks %p and %p overlap\n", n, (void *)a, (void *)b);
      failures++;
    }
    ins_arena_free(&arena, a, fp);
    size_t other = fp == INS_ARENA_SMALL_MAX ? 1 : fp + 1; /* a size of another class */
    unsigned char *c = ins_arena_alloc(&arena, other, ins_arena_footprint(other));
    if (c == a) {
      fprintf(stderr, "a block of class %zu served a request of %zu\n", fp, other);
      failures++;
    }
    size_t same = ins_arena_footprint(fp - 15) == fp ? fp - 15 : fp; /* another size of the class */
    unsigned char *d = ins_arena_alloc(&arena, same, fp);
    if (d != a) {
      fprintf(stderr, "the block freed from class %zu was not reused for %zu\n", fp, same);
      failures++;
    }
    if (ins_arena_resize(&arena, d, same, fp, n, fp) != d) {
      fprintf(stderr, "resize(%zu -> %zu) within class %zu moved the block\n", same, n, fp);
      failures++;
    }
    ins_arena_free(&arena, b, fp);
    ins_arena_free(&arena, c, ins_arena_footprint(other));
    ins_arena_free(&arena, d, fp);
  }
  ins_arena_release(&arena);
  return failures;
}
#endif

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
#ifndef INSOMNIA_SANITIZE
  failures += check_classes();
#endif
  if (failures != 0) return 1;
  puts("arena_test: all passed");
  return 0;
}
