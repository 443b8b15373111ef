/* partition_fk.c - a partitioned table's foreign key whose name one of its
 * partitions' own constraints has (parts4, issue 12): see model.h. */
#include <string.h>

#include "model/model.h"

bool sc_table_descends_from(const sc_model *m, const sc_table *x, const sc_table *t)
{
    for (int depth = 0; x && x->parent_name && depth < 64; depth++) {
        if (!strcmp(x->parent_name, t->name) && sc_schema_same(x->parent_schema, t->schema))
            return true;
        x = sc_model_table(m, x->parent_schema, x->parent_name);
    }
    return false;
}

bool sc_partition_fk_late(const sc_model *m, const sc_table *t, const sc_constraint *fk)
{
    if (!t->partition_key || fk->kind != SC_CON_FOREIGN_KEY || !fk->name)
        return false;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *x = m->tables.items[i];
        if (!x->parent_name || !sc_table_descends_from(m, x, t))
            continue;
        for (size_t j = 0; j < x->constraints.n; j++)
            if (!strcmp(SC_VEC_AT(x->constraints, j, sc_constraint)->name, fk->name))
                return true;
    }
    return false;
}
