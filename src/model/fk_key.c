/* fk_key.c - which key of its target table a foreign key stands on
 * (fk_key.h). */
#include <string.h>

#include "model/fk_key.h"

/* The same set of names (order aside): key columns are few, so pairs are fine. */
static bool same_set(const sc_names *a, const char *const *b, size_t nb)
{
    if (a->n != nb)
        return false;
    for (size_t i = 0; i < a->n; i++) {
        bool found = false;
        for (size_t j = 0; j < nb && !found; j++)
            found = !strcmp(a->items[i], b[j]);
        if (!found)
            return false;
    }
    return true;
}

bool sc_fk_key_covers(const sc_constraint *k, const sc_names *ref_cols)
{
    return (k->kind == SC_CON_PRIMARY_KEY || k->kind == SC_CON_UNIQUE) &&
           same_set(ref_cols, (const char *const *)k->columns.items, k->columns.n);
}

bool sc_fk_index_covers(const sc_index *ix, const sc_names *ref_cols)
{
    if (!ix->unique || ix->where || ix->nelems != ref_cols->n || ix->nelems > 64)
        return false;
    const char *names[64];
    for (size_t j = 0; j < ix->nelems; j++) {
        if (!ix->elems[j].column)
            return false;   /* an expression */
        names[j] = ix->elems[j].column;
    }
    return same_set(ref_cols, names, ix->nelems);
}

static bool key_constraint_covers(const sc_table *target, const sc_names *ref_cols)
{
    for (size_t i = 0; i < target->constraints.n; i++)
        if (sc_fk_key_covers(SC_VEC_AT(target->constraints, i, sc_constraint), ref_cols))
            return true;
    return false;
}

const sc_index *sc_fk_unique_index(const sc_table *target, const sc_names *ref_cols)
{
    if (!target || key_constraint_covers(target, ref_cols))
        return NULL;
    for (size_t i = 0; i < target->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(target->indexes, i, sc_index);
        if (sc_fk_index_covers(ix, ref_cols))
            return ix;
    }
    return NULL;
}

bool sc_fk_references_key(const sc_table *target, const sc_names *ref_cols)
{
    return key_constraint_covers(target, ref_cols) || sc_fk_unique_index(target, ref_cols);
}
