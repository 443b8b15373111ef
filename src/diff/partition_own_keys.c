/* partition_own_keys.c - a partition's own unique key beside a unique key
 * its partitioned table gains in the plan (parts7, issue 12).
 *
 * `compile` creates a partitioned table with its keys, then its
 * partitions: CREATE TABLE ... PARTITION OF copies the parent's unique key
 * (part_cols_key) and the partition's own key of the same columns is a
 * second one, its own. But ALTER TABLE parent ADD UNIQUE takes a
 * partition's existing key of the same columns as its copy (attached,
 * under its own name, no copy made), which is not what `compile` builds:
 * the next diff wanted to add the partition's key again. So the
 * partition's own key is dropped before the parent's ADD and added after
 * it (a foreign key onto it goes around, fk_keys.c); one the plan adds or a
 * partition the plan creates comes after the parent's ADD. The down script
 * is the inverse. (A partition's own primary key beside its parent's is
 * refused by validation: model/partition_own_key.c.) */
#include <string.h>

#include "diff/diff_int.h"
#include "diff/routine_deps.h"   /* sc_rd_pair, sc_rd_find_op */

/* PostgreSQL's CompareIndexInfo for two unique keys of the same columns
 * (a partition's columns have its parent's names). */
static bool same_key(const sc_constraint *x, const sc_constraint *y)
{
    return x->kind == SC_CON_UNIQUE && y->kind == SC_CON_UNIQUE && sc_names_equal(&x->columns, &y->columns) &&
           x->nulls_not_distinct == y->nulls_not_distinct;
}

static const sc_constraint *own_match(const sc_table *t, const sc_constraint *k)
{
    for (size_t i = 0; t && i < t->constraints.n; i++) {
        const sc_constraint *x = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (same_key(x, k))
            return x;
    }
    return NULL;
}

/* The parent's ADD of key k (op add) against each partition below it. */
static void around_add(sc_dctx *c, sc_op *add, const sc_table *parent, const sc_constraint *k)
{
    for (size_t i = 0; i < c->to->tables.n; i++) {
        const sc_table *t = c->to->tables.items[i];
        const sc_constraint *kt = t->parent_name && sc_table_descends_from(c->to, t, parent) ? own_match(t, k) : NULL;
        if (!kt)
            continue;
        sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->tmp, t->schema, t->name));
        const sc_constraint *kf = NULL;
        if (p && p->from->parent_name) {
            for (size_t j = 0; j < p->from->constraints.n && !kf; j++) {
                const sc_constraint *x = SC_VEC_AT(p->from->constraints, j, sc_constraint);
                if (x->kind == SC_CON_UNIQUE && sc_con_same(c, p, x, kt))
                    kf = x;
            }
        }
        if (kf) {   /* there before the ADD: around it */
            sc_op *drop, *again;
            const char *note = sc_arena_printf(c->a, "re-created: the unique key %s that %s gains would take it "
                                                     "as its copy", k->name ? k->name : "", parent->name);
            sc_rd_pair(c, p, SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT, kf, kt, kf->name, kt->name, note, &drop,
                       &again);
            if (drop)
                sc_op_dep(c, add, drop);
            if (again)
                sc_op_dep(c, again, add);
            continue;
        }
        /* made in the plan: after the parent's ADD */
        sc_op *made = sc_rd_find_op(c, SC_OP_ADD_CONSTRAINT, NULL, kt);
        if (!made)
            made = p ? NULL : sc_rd_find_op(c, SC_OP_CREATE_TABLE, NULL, t);
        if (made)
            sc_op_dep(c, made, add);
    }
}

void sc_partition_own_keys(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    size_t n = c->ops.n;   /* the pairs made here are not looked at */
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const sc_constraint *k = op->kind == SC_OP_ADD_CONSTRAINT ? op->to : NULL;
        if (k && k->kind == SC_CON_UNIQUE && op->t_from && op->t_to && op->t_to->partition_key)
            around_add(c, op, op->t_to, k);
    }
}
