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

#endif
