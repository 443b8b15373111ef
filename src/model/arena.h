/* arena.h - bump allocator that owns every object of a model.
 *
 * A model is built once and freed at once: individual frees would only cost
 * time and invite leaks on error paths, so everything a model holds (names,
 * expressions, vectors) lives in its arena and goes with sc_arena_free(). */
#ifndef SC_ARENA_H
#define SC_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sc_arena sc_arena;

sc_arena *sc_arena_new(void);
void sc_arena_free(sc_arena *a);

/* Zeroed memory, aligned for pointers and 64-bit integers (not for long
 * double or vector types). Aborts only on out-of-memory. */
void *sc_arena_alloc(sc_arena *a, size_t n);
char *sc_arena_strdup(sc_arena *a, const char *s);      /* NULL -> NULL */
char *sc_arena_strndup(sc_arena *a, const char *s, size_t n);
char *sc_arena_printf(sc_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *sc_arena_vprintf(sc_arena *a, const char *fmt, va_list ap);

/* A block of n bytes holding the old_n bytes of `old` (a block this call
 * gave, or NULL): grown in place when it is the last one given (a vector
 * pushed to while nothing else grows), else copied, the old block left in
 * the arena. Not zeroed beyond old_n. (memory, issue 10: sc_vec_push) */
void *sc_arena_grow(sc_arena *a, void *old, size_t old_n, size_t n);

/* Everything handed out is given back at once, the arena kept for reuse
 * (one chunk of each kind stays): scratch memory of a pass over many
 * objects, reset after each (memory, issue 10). */
void sc_arena_reset(sc_arena *a);

/* Total bytes handed out (for `make bench`). */
size_t sc_arena_used(const sc_arena *a);

#endif
