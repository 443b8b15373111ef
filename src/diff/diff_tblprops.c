/* diff_tblprops.c - REPLICA IDENTITY and CLUSTER ON of the tables on both
 * sides (tblprops6, issue 12).
 *
 * Both name an index, so they are set once the table's indexes are in
 * place: an SC_OP_TABLE_INDEX_PROPS with SC_CHG_IXP_SET after every index
 * op of the table writes the `to` side's. The down script is this plan
 * read backwards, where that op comes first, before the index the `from`
 * side names is made again: so a second op, before every index op of the
 * table, writes nothing here and, inverted, the `from` side's at the end
 * of the down script.
 *
 * PostgreSQL forgets both when their index is dropped (DROP INDEX, DROP
 * CONSTRAINT), and a plan that drops and creates that index again (its
 * definition changed) has to say them again even where the two sides
 * agree. A pass over the whole plan, so that every op that makes an index
 * (the table's own, and those other changes bring) is seen. */
#include <string.h>

#include "diff/diff_int.h"

static bool same(const char *x, const char *y)
{
    return x ? y && !strcmp(x, y) : !y;
}

/* The index names the plan makes on a table (CREATE INDEX, ADD CONSTRAINT
 * of a key or exclusion), "id\x1fname" each. */
static sc_strmap *made_indexes(sc_dctx *c)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t i = 0; i < c->ops.n; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const char *name = op->kind == SC_OP_CREATE_INDEX ? ((const sc_index *)op->to)->name
                           : op->kind == SC_OP_ADD_CONSTRAINT && ((const sc_constraint *)op->to)->kind != SC_CON_CHECK &&
                                   ((const sc_constraint *)op->to)->kind != SC_CON_FOREIGN_KEY
                               ? ((const sc_constraint *)op->to)->name
                               : NULL;
        if (name && op->table_id >= 0)
            sc_strmap_put(m, sc_arena_printf(c->tmp, "%d\x1f%s", op->table_id, name), (void *)op);
    }
    return m;
}

static bool made(sc_dctx *c, sc_strmap *m, const sc_tpair *p, const char *name)
{
    return name && sc_strmap_has(m, sc_arena_printf(c->tmp, "%d\x1f%s", p->id, name));
}

static const char *replica_index(const sc_table *t)
{
    return sc_table_replica_identity(t) == 'i' ? sc_table_replica_index(t) : NULL;
}

/* SC_CHG_IXP_REPLICA / _CLUSTER: what either side's op has to write */
static unsigned changes(sc_dctx *c, sc_strmap *m, const sc_tpair *p)
{
    const sc_table *f = p->from, *t = p->to;
    unsigned ch = 0;
    if (sc_table_replica_identity(f) != sc_table_replica_identity(t) || !same(replica_index(f), replica_index(t)) ||
        made(c, m, p, replica_index(f)) || made(c, m, p, replica_index(t)))
        ch |= SC_CHG_IXP_REPLICA;
    const char *cf = sc_table_cluster_index(f), *ct = sc_table_cluster_index(t);
    if (!same(cf, ct) || made(c, m, p, cf) || made(c, m, p, ct))
        ch |= SC_CHG_IXP_CLUSTER;
    return ch;
}

/* Named as the table is when it runs: the writing half after a rename of
 * the table, the other before it (and its inverse after the rename back) */
static void props_op(sc_dctx *c, const sc_tpair *p, unsigned ch)
{
    const sc_table *t = ch & SC_CHG_IXP_SET ? p->to : p->from;
    sc_op *op = sc_new_op(c, SC_OP_TABLE_INDEX_PROPS, t->schema, t->name, t->name);
    op->from = p->from;
    op->to = p->to;
    op->t_from = p->from;
    op->t_to = p->to;
    op->table_id = p->id;
    op->changes = ch;
}

void sc_diff_index_props(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    sc_strmap *m = made_indexes(c);
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        unsigned ch = changes(c, m, p);
        if (!ch)
            continue;
        props_op(c, p, ch | SC_CHG_IXP_SET);
        props_op(c, p, ch);   /* the down script's */
    }
    sc_strmap_free(m);
}
