/*
 * arena_test: the arena's size classes (ins_arena.h). The class of a request is looked up in
 * a table; this checks the table against the definition (the smallest class size that holds
 * the request) for every small size, that blocks of every size round-trip through realloc
 * with their bytes, and that the inline paths the allocator uses (alloc, free and resize by
 * footprint) keep each class's blocks to that class; and that a state closed with
 * ins_limits_close gives back every byte it counted, large blocks included, without putting
 * the small ones back on their lists. Exits non-zero on the first failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ins_arena.h"
#include "ins_limits.h"

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

/* A state with objects of every kind and size, closed with ins_limits_close: nothing stays
 * counted (in_use and large_live back to 0), and the free lists are as they were before the
 * close (its frees are left to ins_limits_release). */
static int check_close(void) {
  ins_limits lim;
  ins_limits_init(&lim, 0, 0, 0);
  lua_State *L = lua_newstate(ins_limits_alloc, &lim);
  if (L == NULL) return fprintf(stderr, "no state\n"), 1;
  static char big[200 * 1024];
  memset(big, 'x', sizeof big);
  lua_createtable(L, 0, 0);
  for (int i = 1; i <= 2000; i++) {
    lua_pushfstring(L, "key %d", i); /* a short string per key, each its own block */
    lua_createtable(L, i % 7, i % 5);
    lua_settable(L, -3);
  }
  lua_pushlstring(L, big, sizeof big); /* a large block, malloc'd */
  lua_setfield(L, -2, "big");
  lua_pushlstring(L, big, 100); /* a long string in a small block */
  lua_setfield(L, -2, "long");
  lua_pop(L, 1);
  lua_gc(L, LUA_GCCOLLECT); /* garbage too: the table above, freed while the state lives */
  lua_createtable(L, 100, 100);
  lua_pushlstring(L, big, 70 * 1024);
  int failures = 0;
  if (lim.in_use == 0 || lim.large_live < 64u * 1024u) {
    fprintf(stderr, "before the close: in_use %llu, large_live %llu\n",
            (unsigned long long)lim.in_use, (unsigned long long)lim.large_live);
    failures++;
  }
  void *lists[INS_ARENA_LISTS];
  memcpy(lists, lim.arena.free_lists, sizeof lists);
  ins_limits_close(L);
  if (lim.in_use != 0 || lim.large_live != 0) {
    fprintf(stderr, "after the close: in_use %llu, large_live %llu, expected 0 and 0\n",
            (unsigned long long)lim.in_use, (unsigned long long)lim.large_live);
    failures++;
  }
#ifndef INSOMNIA_SANITIZE
  if (memcmp(lists, lim.arena.free_lists, sizeof lists) != 0) {
    fprintf(stderr, "the close put blocks back on the free lists\n");
    failures++;
  }
#endif
  ins_limits_release(&lim);
  return failures;
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
#ifndef INSOMNIA_SANITIZE
  failures += check_classes();
#endif
  failures += check_close();
  if (failures != 0) return 1;
  puts("arena_test: all passed");
  return 0;
}
