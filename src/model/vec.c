/* vec.c - pointer vectors. */
#include "model/vec.h"
#include "model/strmap.h"

#include <stdlib.h>
#include <string.h>

void sc_vec_push(sc_arena *a, sc_vec *v, void *item)
{
    if (v->n == v->cap) {
        /* memory (issue 10): from 4, as most lists of a table (its keys,
         * its indexes) hold a few */
        size_t cap = v->cap ? v->cap * 2 : 4;
        /* grown in place when it is the arena's last vector block (a
         * table's columns pushed one after the other); else the old block
         * stays in the arena: doubling keeps waste under 2x */
        v->items = sc_arena_grow(a, v->n ? v->items : NULL, v->n * sizeof *v->items, cap * sizeof *v->items);
        v->cap = cap;
    }
    v->items[v->n++] = item;
}

static void merge_sort(void **a, void **tmp, size_t n, int (*cmp)(const void *, const void *))
{
    if (n < 2)
        return;
    size_t m = n / 2;
    merge_sort(a, tmp, m, cmp);
    merge_sort(a + m, tmp, n - m, cmp);
    size_t i = 0, j = m, k = 0;
    while (i < m && j < n)
        tmp[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
    while (i < m)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

void sc_vec_sort(sc_vec *v, int (*cmp)(const void *a, const void *b))
{
    if (v->n < 2)
        return;
    /* Already in order (a model sorted again, or one sharing another's
     * lists: sc_model_share_table): nothing is written. */
    size_t i = 1;
    while (i < v->n && cmp(v->items[i - 1], v->items[i]) <= 0)
        i++;
    if (i == v->n)
        return;
    void **tmp = malloc(v->n * sizeof *tmp);
    if (!tmp)
        abort();
    merge_sort(v->items, tmp, v->n, cmp);
    free(tmp);
}

sc_vec *sc_vec_map_push(struct sc_strmap *m, sc_arena *a, const char *key, void *item)
{
    sc_vec *v = sc_strmap_get(m, key);
    if (!v) {
        v = sc_arena_alloc(a, sizeof *v);
        memset(v, 0, sizeof *v);
        sc_strmap_put(m, key, v);
    }
    sc_vec_push(a, v, item);
    return v;
}
