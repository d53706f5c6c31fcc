/*
 * ins_arena.h: the per-evaluation heap. Small blocks (up to INS_ARENA_SMALL_MAX bytes) come
 * from size-class free lists carved out of a few large chunks; larger blocks go to malloc.
 * Everything is released at once when the evaluation ends, so the thousands of small
 * allocations of a Lua state cost a pointer bump or a list pop each instead of a trip through
 * malloc. Under INSOMNIA_SANITIZE every block goes to malloc, so ASan still sees each one.
 *
 * The common paths are inline (the allocator runs a dozen thousand times per evaluation) and
 * work on footprints: the caller looks a size's footprint up once, checks it against the
 * memory limit, and hands it on; a small footprint names its free list (footprint / 16).
 */
#ifndef INS_ARENA_H
#define INS_ARENA_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define INS_ARENA_SMALL_MAX 512
#define INS_ARENA_CLASSES 12
/* Free lists by footprint / 16: only the INS_ARENA_CLASSES class sizes are ever used. */
#define INS_ARENA_LISTS (INS_ARENA_SMALL_MAX / 16 + 1)

typedef struct ins_arena_chunk ins_arena_chunk;

typedef struct ins_arena {
  void *free_lists[INS_ARENA_LISTS]; /* by footprint / 16 */
  char *bump, *bump_end;   /* the unused tail of the newest chunk */
  ins_arena_chunk *chunks; /* every chunk, to release them together */
  size_t chunk_bytes;      /* bytes held in chunks */
  size_t chunk_limit;      /* at most this many: free lists of one class cannot serve another,
                              so a hostile pattern could otherwise hold several times the cap */
} ins_arena;

/* Sets the bound on chunk memory (call on a zeroed arena). */
void ins_arena_init(ins_arena *arena, size_t chunk_limit);

/* Lua's allocator contract: realloc(ptr, old, new); new == 0 frees; `old` is the size the
 * block was allocated with (0 for a new block). NULL on failure, the old block intact. */
void *ins_arena_realloc(ins_arena *arena, void *ptr, size_t old, size_t size);

/* Frees every chunk (after lua_close: no block is in use any more). */
void ins_arena_release(ins_arena *arena);

#ifndef INSOMNIA_SANITIZE

/* The footprint of each request size in 16-byte steps: INS_ARENA_FOOTPRINT[(n + 15) / 16] is
 * the smallest class size that holds n (1 <= n <= INS_ARENA_SMALL_MAX). */
extern const unsigned short INS_ARENA_FOOTPRINT[INS_ARENA_LISTS];

/* The size a request of `n` bytes really occupies (what the memory limit counts): its class
 * size when small, else n (0 for 0). */
static inline size_t ins_arena_footprint(size_t n) {
  return n - 1 < INS_ARENA_SMALL_MAX ? INS_ARENA_FOOTPRINT[(n + 15) / 16] : n;
}

/* A small block from a new chunk (out of line: the bump area ran out). */
void *ins_arena_bump_slow(ins_arena *arena, size_t footprint);

/* A new block of `size` bytes whose footprint is `fp` (ins_arena_footprint(size), size > 0). */
static inline void *ins_arena_alloc(ins_arena *arena, size_t size, size_t fp) {
  if (fp > INS_ARENA_SMALL_MAX) return malloc(size);
  void **list = &arena->free_lists[fp / 16];
  void *block = *list;
  if (block != NULL) {
    memcpy(list, block, sizeof(void *)); /* pop: next is in the block */
    return block;
  }
  if ((size_t)(arena->bump_end - arena->bump) < fp) return ins_arena_bump_slow(arena, fp);
  block = arena->bump;
  arena->bump += fp;
  return block;
}

/* Frees a block whose footprint is `fp` (> 0). */
static inline void ins_arena_free(ins_arena *arena, void *block, size_t fp) {
  if (fp > INS_ARENA_SMALL_MAX) {
    free(block);
    return;
  }
  void **list = &arena->free_lists[fp / 16];
  memcpy(block, list, sizeof(void *)); /* push */
  *list = block;
}

/* Frees a block whose footprint is `fp` (> 0) only if ins_arena_release would not: when
 * every block is about to be released together. */
static inline void ins_arena_forget(void *block, size_t fp) {
  if (fp > INS_ARENA_SMALL_MAX) free(block);
}

/* Resizes a block of `old` bytes (> 0, footprint old_fp) to `size` (> 0, footprint new_fp):
 * the same block when the class is the same. NULL on failure, the old block intact. */
static inline void *ins_arena_resize(ins_arena *arena, void *ptr, size_t old, size_t old_fp,
                                     size_t size, size_t new_fp) {
  if (old_fp == new_fp && new_fp <= INS_ARENA_SMALL_MAX) return ptr;
  return ins_arena_realloc(arena, ptr, old, size);
}

#else /* INSOMNIA_SANITIZE: every block from malloc, so ASan sees each one */

static inline size_t ins_arena_footprint(size_t n) { return n; }

static inline void *ins_arena_alloc(ins_arena *arena, size_t size, size_t fp) {
  (void)arena;
  (void)fp;
  return malloc(size);
}

static inline void ins_arena_free(ins_arena *arena, void *block, size_t fp) {
  (void)arena;
  (void)fp;
  free(block);
}

static inline void ins_arena_forget(void *block, size_t fp) {
  (void)fp;
  free(block);
}

static inline void *ins_arena_resize(ins_arena *arena, void *ptr, size_t old, size_t old_fp,
                                     size_t size, size_t new_fp) {
  (void)old_fp;
  (void)new_fp;
  return ins_arena_realloc(arena, ptr, old, size);
}

#endif

#endif
