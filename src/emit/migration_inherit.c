/* migration_inherit.c - the statements around an INHERITS parent's DROP or
 * ADD COLUMN of a column that children have as their own on the side where
 * the parent has it not (op->inh_keep; inherit_keep.c says why):
 *   DROP: ALTER TABLE ONLY parent DROP COLUMN c (the direct children keep
 *         it as their own, rows and all), then each child that loses it,
 *         ALTER TABLE child DROP COLUMN c;
 *   ADD:  each keeping child's c renamed aside, the parent's ADD COLUMN
 *         (the child gets a column of the parent's alone), the rows copied
 *         over, the old column dropped, and the child's indexes and
 *         constraints that read it (which the DROP took) made again. */
#include <string.h>

#include "diff/diff_int.h"
#include "emit/migration_int.h"

/* The name a child's own column is kept under meanwhile (63 bytes at most). */
static const char *aside(mig_out *o, const char *col)
{
    int n = (int)strlen(col), room = 63 - (int)strlen("_schemac_own");
    return sc_arena_printf(o->p->arena, "%.*s_schemac_own", n < room ? n : room, col);
}

bool mig_inherit_drop(mig_out *o, const sc_op *op)
{
    if (!op->ninh_keep)
        return false;
    sc_sb_puts(o->b, "-- ONLY: ");
    for (size_t i = 0; i < op->ninh_keep; i++)
        sc_sb_printf(o->b, "%s%s", i ? ", " : "", op->inh_keep[i]->name);
    sc_sb_printf(o->b, " keep%s %s as %s own\n", op->ninh_keep > 1 ? "" : "s", op->name,
                 op->ninh_keep > 1 ? "their" : "its");
    mig_stmt(o);
    sc_sb_puts(o->b, "ALTER TABLE ONLY ");
    sc_sb_qualified(o->b, op->schema, op->table);
    sc_sb_puts(o->b, " DROP COLUMN ");
    sc_sb_ident(o->b, op->name);
    sc_sb_puts(o->b, ";\n");
    for (size_t i = 0; i < op->ninh_lose; i++) {
        mig_stmt(o);
        mig_alter_table(o, op->inh_lose[i]->schema, op->inh_lose[i]->name);
        sc_sb_puts(o->b, "DROP COLUMN ");
        sc_sb_ident(o->b, op->name);
        sc_sb_puts(o->b, ";\n");
    }
    return true;
}

void mig_inherit_before_add(mig_out *o, const sc_op *op)
{
    for (size_t i = 0; i < op->ninh_keep; i++) {
        const sc_table *y = op->inh_keep[i];
        sc_sb_printf(o->b, "-- %s.%s becomes the parent's alone: moved onto the parent's new column\n", y->name,
                     op->name);
        mig_stmt(o);
        mig_rename(o, y->schema, y->name, "COLUMN", op->name, aside(o, op->name));
    }
}

void mig_inherit_after_add(mig_out *o, const sc_op *op)
{
    const sc_dialect pg = SC_DIALECT_POSTGRESQL;
    for (size_t i = 0; i < op->ninh_keep; i++) {
        const sc_table *y = op->inh_keep[i];
        const char *old = aside(o, op->name);
        mig_stmt(o);
        sc_sb_puts(o->b, "UPDATE ");
        sc_sb_qualified(o->b, y->schema, y->name);
        sc_sb_puts(o->b, " SET ");
        sc_sb_ident(o->b, op->name);
        sc_sb_puts(o->b, " = ");
        sc_sb_ident(o->b, old);
        sc_sb_puts(o->b, ";\n");
        mig_stmt(o);
        mig_alter_table(o, y->schema, y->name);
        sc_sb_puts(o->b, "DROP COLUMN ");
        sc_sb_ident(o->b, old);
        sc_sb_puts(o->b, ";\n");
        for (size_t j = 0; j < y->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(y->constraints, j, sc_constraint);
            if (!sc_con_reads_col(k, op->name))
                continue;
            mig_stmt(o);
            if (sc_ddl_add_constraint(o->b, y, k, pg, o->d))
                o->rc = -1;
            if (sc_constraint_comment(k))
                sc_ddl_comment_constraint(o->b, y, k, sc_constraint_comment(k), pg);
        }
        for (size_t j = 0; j < y->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(y->indexes, j, sc_index);
            if (!sc_index_reads_col(ix, op->name))
                continue;
            mig_stmt(o);
            if (sc_ddl_create_index(o->b, y, ix, pg, o->d))
                o->rc = -1;
            if (sc_index_comment(ix))
                sc_ddl_comment_index(o->b, y, ix, sc_index_comment(ix), pg);
        }
    }
}
