/* validate_tblprops.c - the checks of a table's CLUSTER ON index and
 * REPLICA IDENTITY USING INDEX (tblprops6, issue 12), once every index and
 * key has its name: what PostgreSQL would refuse when the DDL runs is said
 * at the place it is declared. */
#include <string.h>

#include "model/model.h"

static void error(sc_diags *d, sc_loc loc, const char *fmt, const char *a, const char *b)
{
    sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, loc, fmt, a, b);
}

/* PostgreSQL clusters a table on one index, of a method that orders its
 * entries (btree, gist), never a partial one, nor a partitioned table. name: the index's or key's;
 * ix: the index (an exclusion's), NULL for a primary key or unique. */
static void check_cluster_index(const sc_table *t, const char *name, const sc_index *ix, sc_loc loc,
                                const char **first, sc_diags *d)
{
    if (*first)
        error(d, loc, "table \"%s\" is clustered on \"%s\" already: a table has one CLUSTER ON index", t->name,
              *first);
    else
        *first = name;
    if (ix && ix->where)
        error(d, loc, "cannot cluster on partial index \"%s\"%s", name, "");
    if (t->partition_key)   /* "cannot mark index clustered in partitioned table" */
        error(d, loc, "cannot cluster on index \"%s\": table \"%s\" is partitioned (cluster its partitions)",
              name, t->name);
    if (ix && ix->method && strcmp(ix->method, "btree") && strcmp(ix->method, "gist"))
        error(d, loc, "cannot cluster on index \"%s\": its method %s does not support clustering", name,
              ix->method);
}

static void check_cluster(const sc_table *t, sc_diags *d)
{
    const char *first = NULL;
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (sc_index_clustered(ix))
            check_cluster_index(t, ix->name, ix, ix->loc, &first, d);
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (sc_constraint_clustered(k))
            check_cluster_index(t, k->name, sc_constraint_exclusion(k), k->loc, &first, d);
    }
}

/* A unique, not partial, not deferrable index of plain columns, all NOT NULL. */
static bool index_fits(const sc_table *t, const sc_index *ix)
{
    if (!ix->unique || ix->where)
        return false;
    for (uint32_t i = 0; i < ix->nelems; i++) {
        const sc_column *c = ix->elems[i].column ? sc_table_column(t, ix->elems[i].column) : NULL;
        if (!c || !c->not_null)
            return false;
    }
    return true;
}

static bool key_fits(const sc_table *t, const sc_constraint *k)
{
    if ((k->kind != SC_CON_PRIMARY_KEY && k->kind != SC_CON_UNIQUE) || k->deferrable)
        return false;
    for (size_t i = 0; i < k->columns.n; i++) {
        const sc_column *c = sc_table_column(t, k->columns.items[i]);
        if (!c || !c->not_null)
            return false;
    }
    return true;
}

static void check_replica(const sc_table *t, sc_diags *d)
{
    const char *name = sc_table_replica_index(t);
    if (sc_table_replica_identity(t) != 'i' || !name)
        return;
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (!strcmp(ix->name, name)) {
            if (!index_fits(t, ix))
                error(d, sc_table_replica_loc(t), "replica identity index \"%s\" of table \"%s\" must be unique, not partial,"
                      " of columns that are NOT NULL", name, t->name);
            return;
        }
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (!strcmp(k->name, name)) {
            if (!key_fits(t, k))
                error(d, sc_table_replica_loc(t), "replica identity index \"%s\" of table \"%s\" must be a primary key's or"
                      " a unique constraint's, not deferrable, of columns that are NOT NULL", name, t->name);
            return;
        }
    }
    error(d, sc_table_replica_loc(t), "replica identity index \"%s\" is not an index or key of table \"%s\"", name, t->name);
}

void sc_tblprops_validate(const sc_model *m, sc_diags *d)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        check_cluster(t, d);
        check_replica(t, d);
    }
}
