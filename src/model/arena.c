/* arena.c - chunked bump allocator.
 *
 * Memory (issue 10): a chunk is mapped on its own (mmap), not taken from
 * malloc's heap, where the models' chunks would sit between the scratch
 * memory of the passes that build them (catalog rows, naming and
 * validation maps, parse trees of views); once freed, that scratch is a
 * hole the heap cannot give back while a model's chunk lies above it, and
 * the holes of two models built at once (the declared side is parsed on a
 * second thread while the catalog is read) added 5 MB at the peak of a
 * 5,000-table diff. Mapped chunks leave the heap to the scratch, which
 * then shrinks as it is freed. Under AddressSanitizer chunks stay on the
 * heap: its leak checker scans heap blocks for pointers, never mappings. */
#include "model/arena.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define SC_ARENA_MMAP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SC_ARENA_MMAP 0
#endif
#endif
#ifndef SC_ARENA_MMAP
#if defined(__linux__)
#define SC_ARENA_MMAP 1
#else
#define SC_ARENA_MMAP 0
#endif
#endif

#if SC_ARENA_MMAP
#include <sys/mman.h>
/* Under valgrind chunks stay on the heap too, for the same reason: its
 * leak check counts mappings as roots, so a model lost with its chunks
 * would be "still reachable", not "definitely lost" (valgrind.sh). */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define SC_UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#endif
#ifndef SC_UNDER_VALGRIND
#define SC_UNDER_VALGRIND() 0
#endif

/* bytes of a chunk, its header included: a whole number of pages */
#define SC_ARENA_CHUNK (64 * 1024)
/* The model holds pointers, 64-bit integers and nothing wider: 8 bytes
 * of alignment waste less than 16 on objects of 8k + 8 bytes. */
#define SC_ALIGN 8

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    bool mapped;   /* mmap of sizeof(chunk) + cap bytes, else malloc */
    _Alignas(16) unsigned char data[];
} chunk;

/* An arena's first chunk of each kind is small and on the heap: many
 * arenas are scratch for a name or two (a type's spelling), which a
 * mapping of their own would cost a system call and a page fault each. */
#define SC_ARENA_FIRST (4 * 1024)

/* Objects and strings come from separate chunks: strings need no alignment,
 * and rounding every name up to 16 bytes wasted a fifth of a model. */
struct sc_arena {
    chunk *head;
    chunk *strs;
    chunk *vecs;   /* the arrays of vectors (sc_arena_grow) */
    size_t total;
};

static _Noreturn void out_of_memory(void)
{
    /* Out of memory is not an input error: there is nothing to report it
     * to that would not itself allocate. */
    fputs("schemac: out of memory\n", stderr);
    abort();
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        out_of_memory();
    return p;
}

/* A chunk of at least n bytes of data; `first`: the arena's first of its kind. */
static chunk *chunk_new(size_t n, bool first)
{
    chunk *c;
    if (first || !SC_ARENA_MMAP || SC_UNDER_VALGRIND()) {
        size_t bytes = first ? SC_ARENA_FIRST : SC_ARENA_CHUNK;
        size_t cap = bytes - sizeof *c;
        if (cap < n)
            cap = n;
        c = xmalloc(sizeof *c + cap);
        c->cap = cap;
        c->mapped = false;
    } else {
#if SC_ARENA_MMAP
        size_t bytes = sizeof *c + n, page = 4096;
        if (bytes < SC_ARENA_CHUNK)
            bytes = SC_ARENA_CHUNK;
        bytes = (bytes + page - 1) / page * page;
        void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            out_of_memory();
        c = p;
        c->cap = bytes - sizeof *c;
        c->mapped = true;
#else
        c = NULL;
#endif
    }
    c->used = 0;
    c->next = NULL;
    return c;
}

static void chunk_free(chunk *c)
{
#if SC_ARENA_MMAP
    if (c->mapped) {
        munmap(c, sizeof *c + c->cap);
        return;
    }
#endif
    free(c);
}

sc_arena *sc_arena_new(void)
{
    sc_arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    a->strs = NULL;
    a->vecs = NULL;
    a->total = 0;
    return a;
}

void sc_arena_free(sc_arena *a)
{
    if (!a)
        return;
    for (int k = 0; k < 3; k++) {
        chunk *c = k == 0 ? a->head : k == 1 ? a->strs : a->vecs;
        while (c) {
            chunk *n = c->next;
            chunk_free(c);
            c = n;
        }
    }
    free(a);
}

static void *bump(sc_arena *a, chunk **head, size_t n)
{
    chunk *c = *head;
    if (!c || c->cap - c->used < n) {
        chunk *nc = chunk_new(n, !c);
        if (c && n > SC_ARENA_CHUNK / 4) {
            /* A big block goes behind the current chunk so that the free
             * space of the current one is not wasted. */
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            *head = nc;
        }
        c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    return p;
}

void *sc_arena_alloc(sc_arena *a, size_t n)
{
    n = (n + SC_ALIGN - 1) & ~(size_t)(SC_ALIGN - 1);
    if (n == 0)
        n = SC_ALIGN;
    void *p = bump(a, &a->head, n);
    memset(p, 0, n);
    return p;
}

void *sc_arena_grow(sc_arena *a, void *old, size_t old_n, size_t n)
{
    old_n = (old_n + SC_ALIGN - 1) & ~(size_t)(SC_ALIGN - 1);
    n = (n + SC_ALIGN - 1) & ~(size_t)(SC_ALIGN - 1);
    chunk *c = a->vecs;
    if (old && c && (unsigned char *)old + old_n == c->data + c->used && c->used - old_n + n <= c->cap) {
        c->used += n - old_n;   /* the last block of its chunk: grown where it is */
        a->total += n - old_n;
        return old;
    }
    void *p = bump(a, &a->vecs, n);
    if (old_n)
        memcpy(p, old, old_n);
    return p;
}

/* Unaligned bytes for a string's n + 1 chars, not zeroed. */
static char *str_alloc(sc_arena *a, size_t n)
{
    return bump(a, &a->strs, n + 1);
}

char *sc_arena_strndup(sc_arena *a, const char *s, size_t n)
{
    char *p = str_alloc(a, n);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *sc_arena_strdup(sc_arena *a, const char *s)
{
    return s ? sc_arena_strndup(a, s, strlen(s)) : NULL;
}

char *sc_arena_vprintf(sc_arena *a, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = str_alloc(a, (size_t)n);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *sc_arena_printf(sc_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = sc_arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

/* The chunk at the head of a list is the one being filled: kept, emptied. */
static void keep_head(chunk **head)
{
    chunk *c = *head;
    if (!c)
        return;
    for (chunk *n = c->next; n;) {
        chunk *next = n->next;
        chunk_free(n);
        n = next;
    }
    c->next = NULL;
    c->used = 0;
}

void sc_arena_reset(sc_arena *a)
{
    keep_head(&a->head);
    keep_head(&a->strs);
    keep_head(&a->vecs);
    a->total = 0;
}

size_t sc_arena_used(const sc_arena *a)
{
    return a->total;
}
