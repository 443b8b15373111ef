/* terms_partition.c - the tables a scratch load needs besides the changed
 * ones (issue 12 items 4-5): a partition cannot be created without its
 * partitioned table, nor a child without the tables it inherits from. */
#include <stdlib.h>

#include "pipeline/terms.h"

typedef struct grow {
    const sc_model *m;
    const sc_table **items;
    size_t n, cap;
} grow;

static bool has(const grow *g, const sc_table *t)
{
    for (size_t i = 0; i < g->n; i++)
        if (g->items[i] == t)
            return true;
    return false;
}

static void add(grow *g, const sc_table *t);

static void add_parent(const char *schema, const char *name, void *arg)
{
    grow *g = arg;
    const sc_table *p = sc_model_table(g->m, schema, name);
    if (p)
        add(g, p);
}

static void add(grow *g, const sc_table *t)
{
    if (has(g, t))
        return;
    if (g->n == g->cap) {
        g->cap = g->cap ? 2 * g->cap : 16;
        g->items = realloc(g->items, g->cap * sizeof *g->items);
        if (!g->items)
            abort();
    }
    g->items[g->n++] = t;
    sc_table_each_parent(t, add_parent, g);
}

const sc_table **sc_terms_with_parents(const sc_model *declared, const sc_table **changed, size_t *n)
{
    bool any = false;
    for (size_t i = 0; i < *n && !any; i++)
        any = changed[i]->parent_name || changed[i]->inherits.n;
    if (!any)
        return changed;
    grow g = {declared, NULL, 0, 0};
    for (size_t i = 0; i < *n; i++)
        add(&g, changed[i]);
    free(changed);
    *n = g.n;
    return g.items;
}
