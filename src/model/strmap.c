/* strmap.c - open-addressing hash map with linear probing; no deletion
 * (models only grow).
 *
 * Memory (issue 10): a model and its passes hold maps of tens of thousands
 * of names, so a slot is two pointers (16 bytes), and a key lives in the
 * map's pool, behind its 32-bit hash (which a probe compares before the
 * bytes), rather than in a malloc block of its own (which costs 32 bytes
 * for a 14-byte name). */
#include "model/strmap.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    const char *key;   /* in the pool, its hash in the 4 bytes before it; NULL: empty */
    void *value;
} slot;

/* The pool: chunks of keys, each twice the last, up to POOL_MAX bytes. */
typedef struct pool_chunk {
    struct pool_chunk *next;
    size_t used, cap;
    char data[];
} pool_chunk;

#define POOL_MIN 256
#define POOL_MAX (64 * 1024)

struct sc_strmap {
    slot *slots;
    size_t cap, n;
    pool_chunk *pool;
};

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

static uint32_t hash_of(const char *key)
{
    uint32_t h;
    memcpy(&h, key - sizeof h, sizeof h);
    return h;
}

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n, sz);
    if (!p)
        abort();
    return p;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        abort();
    return p;
}

sc_strmap *sc_strmap_new_sized(size_t n)
{
    sc_strmap *m = xcalloc(1, sizeof *m);
    m->cap = 16;
    while ((n + 1) * 4 > m->cap * 3)
        m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    return m;
}

sc_strmap *sc_strmap_new(void)
{
    return sc_strmap_new_sized(0);
}

void sc_strmap_free(sc_strmap *m)
{
    if (!m)
        return;
    for (pool_chunk *c = m->pool; c;) {
        pool_chunk *next = c->next;
        free(c);
        c = next;
    }
    free(m->slots);
    free(m);
}

/* A copy of key (len bytes and its NUL) behind its hash, in the pool. */
static const char *pool_copy(sc_strmap *m, const char *key, size_t len, uint32_t h)
{
    size_t need = sizeof h + len + 1;
    pool_chunk *c = m->pool;
    if (!c || c->cap - c->used < need) {
        size_t cap = c ? c->cap * 2 : POOL_MIN;
        if (cap > POOL_MAX)
            cap = POOL_MAX;
        if (cap < need)
            cap = need;
        pool_chunk *nc = xmalloc(sizeof *nc + cap);
        nc->used = 0;
        nc->cap = cap;
        nc->next = c;
        m->pool = c = nc;
    }
    char *p = c->data + c->used;
    memcpy(p, &h, sizeof h);
    memcpy(p + sizeof h, key, len + 1);
    c->used += need;
    return p + sizeof h;
}

static slot *find(const sc_strmap *m, const char *key, uint32_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &m->slots[i];
        if (!s->key || (hash_of(s->key) == h && strcmp(s->key, key) == 0))
            return s;
    }
}

static void grow(sc_strmap *m)
{
    slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    size_t mask = m->cap - 1;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key)
            continue;
        size_t j = hash_of(old[i].key) & mask;
        while (m->slots[j].key)
            j = (j + 1) & mask;
        m->slots[j] = old[i];
    }
    free(old);
}

void *sc_strmap_put(sc_strmap *m, const char *key, void *value)
{
    if ((m->n + 1) * 4 > m->cap * 3)
        grow(m);
    uint32_t h = fnv1a(key);
    slot *s = find(m, key, h);
    if (s->key) {
        void *prev = s->value;
        s->value = value;
        return prev;
    }
    s->key = pool_copy(m, key, strlen(key), h);
    s->value = value;
    m->n++;
    return NULL;
}

void *sc_strmap_get(const sc_strmap *m, const char *key)
{
    slot *s = find(m, key, fnv1a(key));
    return s->key ? s->value : NULL;
}

bool sc_strmap_has(const sc_strmap *m, const char *key)
{
    return find(m, key, fnv1a(key))->key != NULL;
}

size_t sc_strmap_count(const sc_strmap *m)
{
    return m->n;
}

const char *sc_keybuf_printf(sc_keybuf *k, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(k->p, k->cap, fmt, ap);
        va_end(ap);
        if (n < 0)
            abort();
        if ((size_t)n < k->cap)
            return k->p;
        size_t cap = k->cap ? k->cap : 64;
        while (cap <= (size_t)n)
            cap *= 2;
        free(k->p);
        k->p = xmalloc(cap);
        k->cap = cap;
    }
}

void sc_keybuf_free(sc_keybuf *k)
{
    free(k->p);
    k->p = NULL;
    k->cap = 0;
}
