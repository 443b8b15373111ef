/* diff_partition.c - partitioning and inheritance of a table on both sides
 * (issue 12 items 4-5), and their edges in the one dependency graph.
 *
 * A partition's bound or parent that changes is DETACH PARTITION from the
 * old parent and ATTACH PARTITION to the new one (PostgreSQL has no ALTER
 * of a bound): attaching scans the rows, and fails when one does not fit
 * (a hazard). An INHERITS list that changes is NO INHERIT / INHERIT. A
 * partition key cannot change in place: that is an error naming the table
 * (re-creating it and moving its rows is not schemac's to invent). */
#include <string.h>

#include "diff/diff_int.h"

static bool same_str(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

static bool parent_same(const sc_table *f, const sc_table *t)
{
    return same_str(f->parent_name, t->parent_name) && same_str(f->parent_schema, t->parent_schema) &&
           same_str(f->partition_bound, t->partition_bound);
}

/* Two keys the same as PostgreSQL reads them ("range (d)" as declared,
 * "RANGE (d)" as pg_get_partkeydef spells it): compared on its tokens, as
 * expressions are (sc_expr_norm). */
static bool key_same(const char *x, const char *y)
{
    if (!x || !y)
        return x == y;
    sc_arena *a = sc_arena_new();
    bool same = !strcmp(sc_expr_norm(a, x), sc_expr_norm(a, y));
    sc_arena_free(a);
    return same;
}

static bool inherits_has(const sc_table *t, const char *schema, const char *name)
{
    for (size_t i = 0; i < t->inherits.n; i++)
        if (!strcmp(t->inherits_schemas.items[i], schema) && !strcmp(t->inherits.items[i], name))
            return true;
    return false;
}

/* A table that gains or loses its parents' columns: attached as a
 * partition or detached to stand alone (a partition has no columns of its
 * own), or given or rid of an INHERITS parent that has columns. The column
 * diff would drop or add those columns (the catalog keeps them, as the
 * parent's or as the table's own): an error rather than SQL that fails or
 * loses data. */
static const char *column_move(const sc_model *mf, const sc_model *mt, const sc_table *f, const sc_table *t)
{
    const char *why = NULL;
    if (!f->parent_name != !t->parent_name && (f->parent_name ? t : f)->columns.n)
        why = t->parent_name ? "becomes a partition" : "stops being a partition";
    for (size_t i = 0; !why && i < t->inherits.n; i++) {
        const sc_table *pt = sc_model_table(mt, t->inherits_schemas.items[i], t->inherits.items[i]);
        if (!inherits_has(f, t->inherits_schemas.items[i], t->inherits.items[i]) && (!pt || pt->columns.n))
            why = "gains an INHERITS parent";
    }
    for (size_t i = 0; !why && i < f->inherits.n; i++) {
        const sc_table *pf = sc_model_table(mf, f->inherits_schemas.items[i], f->inherits.items[i]);
        if (!inherits_has(t, f->inherits_schemas.items[i], f->inherits.items[i]) && (!pf || pf->columns.n))
            why = "loses an INHERITS parent";
    }
    return why;
}

static void refuse_column_moves(sc_dctx *c, const sc_table *f, const sc_table *t)
{
    const char *why = column_move(c->from, c->to, f, t);
    if (!why)
        return;
    sc_diag *dg = sc_diag_add(c->d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->partition_loc.src ? t->partition_loc : t->loc,
                              "table \"%s\" %s: its columns would move between it and its parents, which "
                              "schemac does not migrate yet", t->name, why);
    sc_diag_hint(dg, "write that revision by hand (ALTER TABLE ... ATTACH / DETACH PARTITION, [NO] INHERIT), "
                     "then diff again");
}

void sc_diff_partition_pair(sc_dctx *c, sc_tpair *p)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    const sc_table *f = p->from, *t = p->to;
    bool key_changed = !key_same(f->partition_key, t->partition_key);
    if (key_changed) {
        sc_diag *dg = sc_diag_add(c->d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->partition_loc.src ? t->partition_loc : t->loc,
                                  "table \"%s\": its partitioning changes (%s to %s), which PostgreSQL cannot alter",
                                  t->name, f->partition_key ? f->partition_key : "none",
                                  t->partition_key ? t->partition_key : "none");
        sc_diag_hint(dg, "create the new table beside it, move the rows, and drop the old one in a revision of your own");
    }
    refuse_column_moves(c, f, t);
    /* a key that differs makes an op too (it writes nothing of the key),
     * so that the table is read on the server's terms before the error */
    if (!key_changed && parent_same(f, t) && sc_table_inherits_same(f, t))
        return;
    sc_op *op = sc_new_op(c, SC_OP_TABLE_PARENTS, t->schema, t->name, t->name);
    op->from = f;
    op->to = t;
    op->t_from = f;
    op->t_to = t;
    op->table_id = p->id;
}

const char *sc_partition_hazard(sc_arena *a, const sc_op *op)
{
    const sc_table *f = op->t_from, *t = op->t_to;
    if (!t || !t->parent_name || (f && parent_same(f, t)))
        return NULL;
    return sc_arena_printf(a, "attaches %s.%s to %s.%s %s: it fails if a row does not fit the bound "
                              "(and scans every row to check)",
                           t->schema, t->name, t->parent_schema, t->parent_name,
                           t->partition_bound ? t->partition_bound : "DEFAULT");
}

typedef struct edge_arg {
    sc_dctx *c;
    sc_strmap *map;
    sc_op *op;
    bool before;   /* op before the map's op (a drop), else after it (a create) */
} edge_arg;

static void edge_to_parent(const char *schema, const char *name, void *arg)
{
    edge_arg *e = arg;
    sc_op *other = sc_strmap_get(e->map, sc_dqname(e->c->a, schema, name));
    if (!other || other == e->op)
        return;
    if (e->before)
        sc_op_dep(e->c, other, e->op);
    else
        sc_op_dep(e->c, e->op, other);
}

void sc_partition_edges(sc_dctx *c, sc_strmap *created, sc_strmap *dropped, sc_op *op)
{
    const sc_table *after = NULL, *before = NULL;
    switch (op->kind) {
    case SC_OP_CREATE_TABLE:
        after = op->t_to;
        break;
    case SC_OP_DROP_TABLE:
        before = op->t_from;
        break;
    case SC_OP_TABLE_PARENTS:
        after = op->t_to;
        before = op->t_from;
        break;
    default:
        return;
    }
    if (after) {
        edge_arg e = {c, created, op, false};
        sc_table_each_parent(after, edge_to_parent, &e);
    }
    if (before) {
        edge_arg e = {c, dropped, op, true};
        sc_table_each_parent(before, edge_to_parent, &e);
    }
}

bool sc_partition_refused(const sc_plan *p, const sc_op *op)
{
    const sc_table *f = op->t_from, *t = op->t_to;
    if (!f || !t)
        return false;
    if (!key_same(f->partition_key, t->partition_key))
        return true;
    /* the down script reads the op backwards: its sides are the models' swapped */
    return column_move(p->from, p->to, f, t) || column_move(p->to, p->from, f, t);
}
