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

/* The class sizes are 16, 32, 48, 64, 80, 96, 128, 160, 192, 256, 384 and 512 bytes:
 * multiples of 16, so every block stays 16-byte aligned. The table gives each request size,
 * in 16-byte steps, the first of them that holds it; a table, not a scan of the classes,
 * since every allocation asks (the old size and the new). */
const unsigned short INS_ARENA_FOOTPRINT[INS_ARENA_LISTS] = {
    0,                                              /* unused: n == 0 has no class */
    16, 32, 48, 64, 80, 96,                         /* 16 .. 96 */
    128, 128,                                       /* 112, 128 */
    160, 160,                                       /* 144, 160 */
    192, 192,                                       /* 176, 192 */
    256, 256, 256, 256,                             /* 208 .. 256 */
    384, 384, 384, 384, 384, 384, 384, 384,         /* 272 .. 384 */
    512, 512, 512, 512, 512, 512, 512, 512,         /* 400 .. 512 */
};

#define FIRST_CHUNK (16u * 1024u)
#define LARGEST_CHUNK (256u * 1024u)

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

void *ins_arena_bump_slow(ins_arena *arena, size_t footprint) {
  if (!grow(arena, footprint)) return NULL;
  void *block = arena->bump;
  arena->bump += footprint;
  return block;
}

void *ins_arena_realloc(ins_arena *arena, void *ptr, size_t old, size_t size) {
  if (ptr == NULL) old = 0;
  size_t old_fp = ins_arena_footprint(old), new_fp = ins_arena_footprint(size);
  if (size == 0) {
    if (old > 0) ins_arena_free(arena, ptr, old_fp);
    return NULL;
  }
  if (old == 0) return ins_arena_alloc(arena, size, new_fp);
  if (old_fp == new_fp && new_fp <= INS_ARENA_SMALL_MAX) return ptr; /* same block fits */
  if (old_fp > INS_ARENA_SMALL_MAX && new_fp > INS_ARENA_SMALL_MAX)
    return realloc(ptr, size); /* large→large */
  void *block = ins_arena_alloc(arena, size, new_fp);
  if (block == NULL) return NULL;
  memcpy(block, ptr, old < size ? old : size);
  ins_arena_free(arena, ptr, old_fp);
  return block;
}

#else /* INSOMNIA_SANITIZE: every block from malloc, so ASan sees each one */

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
