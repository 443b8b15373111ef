/* gen_readd_late.c - fns7 (issue 11): a stored generated column of a kept
 * table that calls a function the plan re-creates where the tables' diff
 * could not foresee it.
 *
 * The tables' diff re-adds a generated column whose function it knows is
 * re-created from the two models alone (sc_gen_calls_dropped). A function
 * over the row type of a view is re-created only once the views re-created
 * are known (a view's own change, or one that reads a retyped column:
 * routine_rowtypes.c), which is after the tables' diff. PostgreSQL refuses
 * DROP FUNCTION while the column calls it, so the column is dropped and
 * added again here, as the tables' diff would have (its values computed
 * again by the function created again), with the constraints and indexes
 * of the table that mention it (DROP COLUMN takes them silently). The
 * views that read the column are re-created around it by the next round
 * of the views' dependents (fn_fixpoint.c); routine_deps.c orders the
 * column around the function. */
#include "diff/routine_deps.h"

static void readd(sc_dctx *c, sc_tpair *p, const sc_column *cf, const sc_column *ct)
{
    /* ADD COLUMN makes it as the target declares it: what the plan would
     * have altered or renamed in place is in it */
    sc_op *alter = sc_rd_find_op(c, SC_OP_ALTER_COLUMN, cf, NULL);
    sc_op *rename = sc_rd_find_op(c, SC_OP_RENAME_COLUMN, cf, NULL);
    if (alter)
        alter->kind = SC_OP_NOP;
    if (rename)
        rename->kind = SC_OP_NOP;
    sc_table_op(c, p, SC_OP_DROP_COLUMN, p->from->name, cf->name, cf, NULL);
    sc_table_op(c, p, SC_OP_ADD_COLUMN, p->to->name, ct->name, NULL, ct);
    sc_gen_note_readd(c, p, ct);
    sc_gen_readd_kept_late(c, p, ct);
}

void sc_rd_gen_columns(sc_dctx *c, sc_vec *out)
{
    for (size_t i = 0; i < c->pairs.n; i++) {
        sc_tpair *p = c->pairs.items[i];
        for (size_t k = 0; k < p->from->columns.n; k++) {
            const sc_column *cf = SC_VEC_AT(p->from->columns, k, sc_column);
            if (!cf->generated || cf->generated_virtual)
                continue;
            sc_vec_push(c->tmp, out, p);
            sc_vec_push(c->tmp, out, (void *)cf);
        }
    }
}

void sc_rd_gen_late(rdeps *r, const sc_vec *gen)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; r->fns.n && i + 1 < gen->n; i += 2) {
        sc_tpair *p = gen->items[i];
        const sc_column *cf = gen->items[i + 1];
        if (!sc_rd_user_of(r, SC_FNU_GENERATED, p->from->schema, p->from->name, cf->name, cf->generated))
            continue;
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        /* gone or made plain: the plan's own ops, ordered by routine_deps.c */
        if (!ct || !ct->generated || sc_rd_find_op(c, SC_OP_DROP_COLUMN, cf, NULL))
            continue;
        readd(c, p, cf, ct);
    }
}
