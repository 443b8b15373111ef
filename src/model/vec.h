/* vec.h - growable array of pointers, storage in an arena. */
#ifndef SC_VEC_H
#define SC_VEC_H

#include <stddef.h>

#include "model/arena.h"

typedef struct sc_vec {
    void **items;
    size_t n, cap;
} sc_vec;

void sc_vec_push(sc_arena *a, sc_vec *v, void *item);
/* Stable sort (merge sort): equal elements keep their order, so output that
 * is sorted by name stays deterministic. */
void sc_vec_sort(sc_vec *v, int (*cmp)(const void *a, const void *b));

#define SC_VEC_AT(v, i, T) ((T *)(v).items[(i)])

/* An index by name (a strmap of sc_vec*, vectors in arena a): pushes item
 * on key's vector, made empty on first use; returns the vector. */
struct sc_strmap;
sc_vec *sc_vec_map_push(struct sc_strmap *m, sc_arena *a, const char *key, void *item);

#endif
