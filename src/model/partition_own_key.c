/* partition_own_key.c - a partition's own primary key beside its
 * partitioned table's (parts7, issue 12).
 *
 * PostgreSQL copies a partitioned table's primary key onto each partition
 * (CREATE TABLE ... PARTITION OF, ATTACH), and a table has one primary key:
 * a partition that declares one of its own as well made a script that
 * failed ("multiple primary keys for table ... are not allowed"). Declared
 * so, it is refused with a located error, before anything is written. */
#include "model/model.h"

/* The nearest ancestor of partition t (through `partition of`) that has a
 * primary key, NULL when none. */
static const sc_table *ancestor_with_pk(const sc_model *m, const sc_table *t)
{
    for (int depth = 0; t && t->parent_name && depth < 64; depth++) {
        t = sc_model_table(m, t->parent_schema ? t->parent_schema : SC_DEFAULT_SCHEMA, t->parent_name);
        if (t && sc_table_primary_key(t))
            return t;
    }
    return NULL;
}

void sc_partition_own_keys_validate(const sc_model *m, sc_diags *d)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = m->tables.items[i];
        const sc_constraint *pk = t->parent_name ? sc_table_primary_key(t) : NULL;
        const sc_table *a = pk ? ancestor_with_pk(m, t) : NULL;
        if (!a)
            continue;
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, pk->loc.src ? pk->loc : t->loc,
                                  "partition \"%s\" declares a primary key of its own (\"%s\"), but PostgreSQL "
                                  "gives it the primary key of \"%s\" (a copy), and a table has one primary key",
                                  t->name, pk->name ? pk->name : "", a->name);
        sc_diag_hint(dg, "leave the primary key to the partitioned table: the partition's copy of it is named as "
                         "PostgreSQL names it");
    }
}
