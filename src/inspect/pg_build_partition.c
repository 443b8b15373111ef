/* pg_build_partition.c - a table's partitioning and inheritance from its
 * PGQ_TABLES row (issue 12 items 4-5): the key as pg_get_partkeydef spells
 * it, a partition's parent and bound as pg_get_expr(relpartbound) does, the
 * INHERITS parents in inhseqno order. What a partition or child inherits
 * (columns, constraints, attached indexes, cloned triggers) is left out by
 * the queries themselves (attislocal, conislocal, pg_inherits, tgparentid). */
#include <string.h>

#include "inspect/pg_internal.h"

/* parts5: a partition's copies' names as the database has them (a live
 * database's only: pg_ctx.copy_names), "i"/"k" parent's name \x1f copy's */
static void read_copies(pg_ctx *c, sc_table *t, const PGresult *r, int i)
{
    sc_arena *a = c->m->arena;
    const char **ci = NULL, **ck = NULL;
    size_t ni = PQnfields(r) > 14 ? pg_parse_text_array(c->tmp, pg_val(r, i, 14), &ci) : 0;
    size_t nk = PQnfields(r) > 15 ? pg_parse_text_array(c->tmp, pg_val(r, i, 15), &ck) : 0;
    sc_names cp = {ni + nk ? sc_arena_alloc(a, (ni + nk) * sizeof *cp.items) : NULL, ni + nk};
    for (size_t k = 0; k < ni; k++)
        cp.items[k] = sc_arena_strdup(a, ci[k]);
    for (size_t k = 0; k < nk; k++)
        cp.items[ni + k] = sc_arena_strdup(a, ck[k]);
    sc_table_set_copies(a, t, cp);
}

void pg_build_partitioning(pg_ctx *c, sc_table *t, const PGresult *r, int i)
{
    sc_arena *a = c->m->arena;
    if (pg_val(r, i, 8))
        t->partition_key = sc_arena_strdup(a, pg_val(r, i, 8));
    if (pg_val(r, i, 10)) {
        t->parent_schema = sc_arena_strdup(a, PQgetvalue(r, i, 9));
        t->parent_name = sc_arena_strdup(a, PQgetvalue(r, i, 10));
        t->partition_bound = sc_arena_strdup(a, pg_val(r, i, 11) ? pg_val(r, i, 11) : "DEFAULT");
        /* parts5: its copies' names, as made (sc_table_more.copies) */
        if (c->copy_names)
            read_copies(c, t, r, i);
    }
    const char **schemas = NULL, **names = NULL;
    size_t ns = pg_parse_text_array(c->tmp, pg_val(r, i, 12), &schemas);
    size_t nn = pg_parse_text_array(c->tmp, pg_val(r, i, 13), &names);
    for (size_t k = 0; k < nn && k < ns; k++)
        sc_table_add_inherits(c->m, t, schemas[k], names[k]);
}
