/* strmap.c - open-addressing hash map with linear probing; no deletion
 * (models only grow). */
#include "model/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    char *key;
    uint64_t hash;
    void *value;
} slot;

struct sc_strmap {
    slot *slots;
    size_t cap, n;
};

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n, sz);
    if (!p)
        abort();
    return p;
}

sc_strmap *sc_strmap_new(void)
{
    sc_strmap *m = xcalloc(1, sizeof *m);
    m->cap = 16;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void sc_strmap_free(sc_strmap *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    free(m);
}

static slot *find(const sc_strmap *m, const char *key, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
            return s;
    }
}

static void grow(sc_strmap *m)
{
    slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].key) {
            slot *s = find(m, old[i].key, old[i].hash);
            *s = old[i];
        }
    }
    free(old);
}

void *sc_strmap_put(sc_strmap *m, const char *key, void *value)
{
    if ((m->n + 1) * 4 > m->cap * 3)
        grow(m);
    uint64_t h = fnv1a(key);
    slot *s = find(m, key, h);
    if (s->key) {
        void *prev = s->value;
        s->value = value;
        return prev;
    }
    size_t len = strlen(key);
    s->key = malloc(len + 1);
    if (!s->key)
        abort();
    memcpy(s->key, key, len + 1);
    s->hash = h;
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
