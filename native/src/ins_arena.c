/*
 * ins_arena.c: the per-evaluation heap (see ins_arena.h).
 */
#include "ins_arena.h"

#include <stdlib.h>
#include <string.h>

struct ins_arena_chunk {
  ins_arena_chunk *next;
  size_t size;
  /* keeps the blocks after the header 16-byte aligned, as malloc's are */
  _Alignas(16) char data[];
};

#ifndef INSOMNIA_SANITIZE

/* Block sizes of the classes: multiples of 16, so every block stays 16-byte aligned. */
static const size_t CLASS_SIZE[INS_ARENA_CLASSES] = {16,  32,  48,  64,  80,  96,
                                                     128, 160, 192, 256, 384, 512};

#define FIRST_CHUNK (16u * 1024u)
#define LARGEST_CHUNK (256u * 1024u)

/* The class of each request size in 16-byte steps: CLASS_BY_STEP[(n + 15) / 16] is the first
 * class whose size holds n (1 <= n <= INS_ARENA_SMALL_MAX). A table, not a scan of the
 * classes: every allocation asks up to four times (the old and new size, twice each). */
static const signed char CLASS_BY_STEP[INS_ARENA_SMALL_MAX / 16 + 1] = {
    0,                              /* unused: n == 0 has no class */
    0, 1, 2, 3, 4, 5,               /* 16 .. 96 */
    6, 6,                           /* 112, 128 */
    7, 7,                           /* 144, 160 */
    8, 8,                           /* 176, 192 */
    9, 9, 9, 9,                     /* 208 .. 256 */
    10, 10, 10, 10, 10, 10, 10, 10, /* 272 .. 384 */
    11, 11, 11, 11, 11, 11, 11, 11, /* 400 .. 512 */
};

/* The class of a small request (n >= 1): the first whose size holds it; -1 if none does. */
static int class_of(size_t n) {
  return n <= INS_ARENA_SMALL_MAX ? CLASS_BY_STEP[(n + 15) / 16] : -1;
}

size_t ins_arena_footprint(size_t n) {
  int c = n == 0 ? -1 : class_of(n);
  return c < 0 ? n : CLASS_SIZE[c];
}

/* A new chunk big enough for `n` bytes: each twice the last, up to LARGEST_CHUNK. */
static int grow(ins_arena *arena, size_t n) {
  size_t size = arena->chunk_bytes == 0 ? FIRST_CHUNK : arena->chunk_bytes;
  if (size > LARGEST_CHUNK) size = LARGEST_CHUNK;
  if (size < n) size = n;
  if (size > arena->chunk_limit - arena->chunk_bytes) return 0; /* counted as out of memory */
  ins_arena_chunk *chunk = malloc(sizeof *chunk + size);
  if (chunk == NULL) return 0;
  chunk->next = arena->chunks;
  chunk->size = size;
  arena->chunks = chunk;
  arena->chunk_bytes += size;
  arena->bump = chunk->data;
  arena->bump_end = chunk->data + size;
  return 1;
}

static void *small_alloc(ins_arena *arena, int c) {
  void *block = arena->free_lists[c];
  if (block != NULL) {
    memcpy(&arena->free_lists[c], block, sizeof(void *)); /* pop: next is in the block */
    return block;
  }
  size_t size = CLASS_SIZE[c];
  if ((size_t)(arena->bump_end - arena->bump) < size && !grow(arena, size)) return NULL;
  block = arena->bump;
  arena->bump += size;
  return block;
}

static void small_free(ins_arena *arena, void *block, int c) {
  memcpy(block, &arena->free_lists[c], sizeof(void *)); /* push */
  arena->free_lists[c] = block;
}

void *ins_arena_realloc(ins_arena *arena, void *ptr, size_t old, size_t size) {
  if (ptr == NULL) old = 0;
  int old_class = old > 0 ? class_of(old) : -1;
  if (size == 0) {
    if (old_class >= 0) small_free(arena, ptr, old_class);
    else free(ptr);
    return NULL;
  }
  int new_class = class_of(size);
  if (old > 0 && old_class == new_class && old_class >= 0) return ptr; /* same block fits */
  if (old_class < 0 && new_class < 0 && old > 0) return realloc(ptr, size); /* large→large */
  void *block = new_class >= 0 ? small_alloc(arena, new_class) : malloc(size);
  if (block == NULL) return NULL;
  if (old > 0) {
    memcpy(block, ptr, old < size ? old : size);
    if (old_class >= 0) small_free(arena, ptr, old_class);
    else free(ptr);
  }
  return block;
}

#else /* INSOMNIA_SANITIZE: every block from malloc, so ASan sees each one */

size_t ins_arena_footprint(size_t n) { return n; }

void *ins_arena_realloc(ins_arena *arena, void *ptr, size_t old, size_t size) {
  (void)arena;
  (void)old;
  if (size == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, size);
}

#endif

void ins_arena_init(ins_arena *arena, size_t chunk_limit) {
  memset(arena, 0, sizeof *arena);
  arena->chunk_limit = chunk_limit;
}

void ins_arena_release(ins_arena *arena) {
  ins_arena_chunk *chunk = arena->chunks;
  while (chunk != NULL) {
    ins_arena_chunk *next = chunk->next;
    free(chunk);
    chunk = next;
  }
  ins_arena_init(arena, arena->chunk_limit);
}
