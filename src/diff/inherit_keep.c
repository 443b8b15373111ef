/* inherit_keep.c - a column that an INHERITS parent drops (or gains) while a
 * child has it as its own on the side where the parent has it not (issue 12
 * item 5; PostgreSQL).
 *
 * A child has a parent's column either through the parent alone
 * (attislocal false: the model lists it not, or `with options`) or as its
 * own too (attislocal true). The diff compares neither difference on the
 * child while both sides share the parent (diff_partition_eff.c), since no
 * ALTER TABLE changes attislocal and the child holds the same column. But
 * when the parent drops the column, PostgreSQL's DROP COLUMN takes it, rows
 * and all, from every child that has it through the parent alone, the one
 * that must keep it too; ALTER TABLE ONLY leaves it to each direct child as
 * its own (attislocal true), so the children that lose it are dropped from
 * one by one after. The other way round, the parent's ADD COLUMN merges
 * into a child's own column and leaves it the child's own: the child's
 * column is renamed aside, the parent's ADD gives the child a column of the
 * parent's alone, the rows are copied over and the old column dropped with
 * its indexes and constraints, which are made again (migration_inherit.c).
 * Both are marked on the parent's op, which its inverse keeps: the DROP's
 * children are the ADD's, the other way round.
 *
 * The views that read the child's column there or on its descendants go
 * around the op both ways (view_deps.c: the rename takes them along, and
 * the DROP would be refused). Not done: a child's own column whose type or
 * default differs from the parent's (compared once the parent has it not,
 * in the next diff); a foreign key of another table onto the child's
 * column (the DROP is refused and the migration rolled back). */
#include <string.h>

#include "diff/diff_int.h"

/* t inherits from p directly (INHERITS; a partition's columns are all its
 * parent's, and it has none of its own to keep). */
static bool inherits_direct(const sc_table *t, const sc_table *p)
{
    return !t->parent_name && sc_table_has_parent(t, p->schema, p->name);
}

/* t has column col of its own (not through a parent alone). */
static bool own_column(const sc_table *t, const char *col)
{
    const sc_column *c = sc_table_column(t, col);
    return c && !sc_column_with_options(c);
}

/* The op on parent column col: `with` is the parent on the side that has
 * the column (model mw), `without` on the other (model mo); pairs maps a
 * table of mw to its pair. */
static void mark(sc_dctx *c, sc_op *op, const char *col, const sc_model *mw, const sc_table *with,
                 const sc_table *without, const sc_strmap *pairs)
{
    sc_vec keep = {0}, lose = {0};
    for (size_t i = 0; i < mw->tables.n; i++) {
        const sc_table *x = SC_VEC_AT(mw->tables, i, sc_table);
        if (!inherits_direct(x, with) || own_column(x, col))
            continue;
        const sc_tpair *p = sc_strmap_get(pairs, sc_dqname(c->tmp, x->schema, x->name));
        const sc_table *y = p ? (p->from == x ? p->to : p->from) : NULL;
        if (!y || !inherits_direct(y, without))
            continue;   /* one that leaves the parent keeps its columns anyway */
        if (own_column(y, col))
            sc_vec_push(c->a, &keep, (void *)y);
        else if (!sc_table_column(y, col))
            sc_vec_push(c->a, &lose, (void *)x);
    }
    if (!keep.n)
        return;
    op->inh_keep = (const sc_table **)keep.items;
    op->ninh_keep = keep.n;
    op->inh_lose = (const sc_table **)lose.items;
    op->ninh_lose = lose.n;
}

void sc_inherit_keep(sc_dctx *c)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (!op->t_from || !op->t_to)
            continue;
        if (op->kind == SC_OP_DROP_COLUMN)
            mark(c, op, op->name, c->from, op->t_from, op->t_to, c->pair_by_from);
        else if (op->kind == SC_OP_ADD_COLUMN)
            mark(c, op, op->name, c->to, op->t_to, op->t_from, c->pair_by_to);
    }
}
