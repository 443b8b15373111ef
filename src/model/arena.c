/* arena.c - chunked bump allocator. */
#include "model/arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SC_ARENA_CHUNK (64 * 1024)
/* The model holds pointers, 64-bit integers and nothing wider: 8 bytes
 * of alignment waste less than 16 on objects of 8k + 8 bytes. */
#define SC_ALIGN 8

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} chunk;

/* Objects and strings come from separate chunks: strings need no alignment,
 * and rounding every name up to 16 bytes wasted a fifth of a model. */
struct sc_arena {
    chunk *head;
    chunk *strs;
    size_t total;
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        /* Out of memory is not an input error: there is nothing to report it
         * to that would not itself allocate. */
        fputs("schemac: out of memory\n", stderr);
        abort();
    }
    return p;
}

sc_arena *sc_arena_new(void)
{
    sc_arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    a->strs = NULL;
    a->total = 0;
    return a;
}

void sc_arena_free(sc_arena *a)
{
    if (!a)
        return;
    for (int k = 0; k < 2; k++) {
        chunk *c = k ? a->strs : a->head;
        while (c) {
            chunk *n = c->next;
            free(c);
            c = n;
        }
    }
    free(a);
}

static void *bump(sc_arena *a, chunk **head, size_t n)
{
    chunk *c = *head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > SC_ARENA_CHUNK ? n : SC_ARENA_CHUNK;
        chunk *nc = xmalloc(sizeof *nc + cap);
        nc->used = 0;
        nc->cap = cap;
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

size_t sc_arena_used(const sc_arena *a)
{
    return a->total;
}
