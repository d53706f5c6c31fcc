/*
 * ins_arena.h: the per-evaluation heap. Small blocks (up to INS_ARENA_SMALL_MAX bytes) come
 * from size-class free lists carved out of a few large chunks; larger blocks go to malloc.
 * Everything is released at once when the evaluation ends, so the thousands of small
 * allocations of a Lua state cost a pointer bump or a list pop each instead of a trip through
 * malloc. Under INSOMNIA_SANITIZE every block goes to malloc, so ASan still sees each one.
 */
#ifndef INS_ARENA_H
#define INS_ARENA_H

#include <stddef.h>

#define INS_ARENA_SMALL_MAX 512
#define INS_ARENA_CLASSES 12

typedef struct ins_arena_chunk ins_arena_chunk;

typedef struct ins_arena {
  void *free_lists[INS_ARENA_CLASSES];
  char *bump, *bump_end;   /* the unused tail of the newest chunk */
  ins_arena_chunk *chunks; /* every chunk, to release them together */
  size_t chunk_bytes;      /* bytes held in chunks */
  size_t chunk_limit;      /* at most this many: free lists of one class cannot serve another,
                              so a hostile pattern could otherwise hold several times the cap */
} ins_arena;

/* Sets the bound on chunk memory (call on a zeroed arena). */
void ins_arena_init(ins_arena *arena, size_t chunk_limit);

/* The size a request of `n` bytes really occupies (what the memory limit counts). */
size_t ins_arena_footprint(size_t n);

/* Lua's allocator contract: realloc(ptr, old, new); new == 0 frees; `old` is the size the
 * block was allocated with (0 for a new block). NULL on failure, the old block intact. */
void *ins_arena_realloc(ins_arena *arena, void *ptr, size_t old, size_t size);

/* Frees every chunk (after lua_close: no block is in use any more). */
void ins_arena_release(ins_arena *arena);

#endif
