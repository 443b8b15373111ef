/* diff_partition_eff.c - the columns and checks a table has through its
 * parents, for the diff of a table whose parents change (issue 12 items
 * 4-5: attach, detach, re-parent, INHERIT / NO INHERIT).
 *
 * The model holds a partition's or child's own columns only (what it
 * inherits is its parents'). When the parents change, the columns move:
 * a plain table that becomes a partition must first have exactly its new
 * parent's columns (PostgreSQL's ATTACH checks names, types, collations,
 * NOT NULL and the parent's CHECK constraints); a partition that is
 * detached keeps its parent's columns and checks as its own. So the pair
 * is compared as the columns and checks each side has in effect: its own
 * and, through each parent, the parent's (transitively). What both sides
 * get from a parent they share (same INHERITS parent; same partitioned
 * table and bound) is compared on that parent, as before; a column or
 * check that one side has as its own and the other only through such a
 * parent is not compared either: PostgreSQL keeps what a table had before
 * INHERIT as its own too (attislocal, conislocal) and has no statement to
 * change that, nor does it change what the table holds. */
#include <string.h>

#include "diff/diff_int.h"

static bool same_str(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

/* One column or check in effect on a table: its own (via NULL) or a
 * parent's (via the direct parent it comes through). */
typedef struct eff_item {
    const char *name;
    const void *obj;
    const sc_table *via;
} eff_item;

typedef struct eff {
    sc_vec cols, checks;   /* eff_item* */
} eff;

static const eff_item *eff_find(const sc_vec *v, const char *name)
{
    for (size_t i = 0; i < v->n; i++) {
        const eff_item *e = v->items[i];
        if (!strcmp(e->name, name))
            return e;
    }
    return NULL;
}

static void eff_put(sc_arena *a, sc_vec *v, const char *name, const void *obj, const sc_table *via)
{
    if (eff_find(v, name))
        return;
    eff_item *e = sc_arena_alloc(a, sizeof *e);
    *e = (eff_item){name, obj, via};
    sc_vec_push(a, v, e);
}

static bool inherited_check(const sc_constraint *k)
{
    return k->kind == SC_CON_CHECK && !k->no_inherit;
}

static void gather(sc_arena *a, const sc_model *m, const sc_table *t, const sc_table *via, eff *e, int depth);

typedef struct up_arg {
    sc_arena *a;
    const sc_model *m;
    const sc_table *via;   /* NULL: t's direct parents are the via */
    eff *e;
    int depth;
} up_arg;

static void gather_parent(const char *schema, const char *name, void *arg)
{
    up_arg *u = arg;
    const sc_table *p = sc_model_table(u->m, schema, name);
    if (p)
        gather(u->a, u->m, p, u->via ? u->via : p, u->e, u->depth + 1);
}

/* t's columns and inheritable checks, then its parents' (a name already
 * seen is kept as first seen: a child's own column merges the parent's). */
static void gather(sc_arena *a, const sc_model *m, const sc_table *t, const sc_table *via, eff *e, int depth)
{
    if (depth > 64)
        return;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *col = SC_VEC_AT(t->columns, i, sc_column);
        eff_put(a, &e->cols, col->name, col, via);
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        /* a parent's NO INHERIT check stays on the parent */
        if (k->kind == SC_CON_CHECK && (!via || inherited_check(k)))
            eff_put(a, &e->checks, k->name, k, via);
    }
    up_arg u = {a, m, via, e, depth};
    sc_table_each_parent(t, gather_parent, &u);
}

static bool inherits_has(const sc_table *t, const sc_table *p)
{
    for (size_t i = 0; i < t->inherits.n; i++)
        if (!strcmp(t->inherits_schemas.items[i], p->schema) && !strcmp(t->inherits.items[i], p->name))
            return true;
    return false;
}

static bool partition_same(const sc_table *f, const sc_table *t)
{
    return same_str(f->parent_name, t->parent_name) && same_str(f->parent_schema, t->parent_schema) &&
           same_str(f->partition_bound, t->partition_bound);
}

/* Whether parent p of one side (via) is a parent of the other side's
 * table x too, and stays one through the migration (so that what it gives
 * is compared on it): an INHERITS parent of both, or the partitioned table
 * of both with the same bound (a partition detached and attached again is
 * a table of its own meanwhile). */
static bool shared_parent(const sc_table *via, const sc_table *x, const sc_table *self)
{
    if (!via)
        return false;
    if (self->parent_name && !strcmp(self->parent_name, via->name) && !strcmp(self->parent_schema, via->schema))
        return x->parent_name && partition_same(self, x);
    return inherits_has(x, via);
}

static bool parents_change(const sc_table *f, const sc_table *t)
{
    return !partition_same(f, t) || !sc_table_inherits_same(f, t);
}

/* The items of side `self` compared: those not from a shared parent, or
 * own on both sides. */
static bool compared(const eff_item *mine, const eff_item *theirs, const sc_table *self, const sc_table *other)
{
    if (!theirs)
        return !shared_parent(mine->via, other, self);
    if (!mine->via && !theirs->via)
        return true;   /* own on both sides, as before */
    bool mine_shared = !mine->via || shared_parent(mine->via, other, self);
    bool theirs_shared = !theirs->via || shared_parent(theirs->via, self, other);
    /* one side's own, the other's through a parent both keep: the
     * parent's (not comparable: see the top of the file) */
    if ((mine->via || theirs->via) && mine_shared && theirs_shared)
        return false;
    return true;
}

/* Whether either side has an item the plain comparison would treat wrongly:
 * one side's own that the other has only through a shared parent. */
static bool needs_eff(const eff *ef, const eff *et)
{
    for (size_t i = 0; i < ef->cols.n; i++) {
        const eff_item *x = ef->cols.items[i], *y = eff_find(&et->cols, x->name);
        if (y && !x->via != !y->via)
            return true;
    }
    for (size_t i = 0; i < ef->checks.n; i++) {
        const eff_item *x = ef->checks.items[i], *y = eff_find(&et->checks, x->name);
        if (y && !x->via != !y->via)
            return true;
    }
    return false;
}

static sc_table *copy_with(sc_arena *a, const sc_table *t, const sc_vec *mine_cols, const sc_vec *their_cols,
                           const sc_vec *mine_checks, const sc_vec *their_checks, const sc_table *other)
{
    sc_table *r = sc_arena_alloc(a, sizeof *r);
    *r = *t;
    r->column_map = NULL;
    r->columns = (sc_vec){0};
    r->constraints = (sc_vec){0};
    for (size_t i = 0; i < mine_cols->n; i++) {
        const eff_item *x = mine_cols->items[i];
        if (compared(x, eff_find(their_cols, x->name), t, other))
            sc_vec_push(a, &r->columns, (void *)x->obj);
    }
    for (size_t i = 0; i < t->constraints.n; i++) {   /* keys, FKs ... as they are */
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_CHECK)
            sc_vec_push(a, &r->constraints, (void *)k);
    }
    for (size_t i = 0; i < mine_checks->n; i++) {
        const eff_item *x = mine_checks->items[i];
        if (compared(x, eff_find(their_checks, x->name), t, other))
            sc_vec_push(a, &r->constraints, (void *)x->obj);
    }
    return r;
}

sc_tpair *sc_partition_effective_pair(sc_dctx *c, sc_tpair *p)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return p;
    const sc_table *f = p->from, *t = p->to;
    if (!sc_table_has_partitioning(f) && !sc_table_has_partitioning(t))
        return p;
    eff ef = {0}, et = {0};
    gather(c->a, c->from, f, NULL, &ef, 0);
    gather(c->a, c->to, t, NULL, &et, 0);
    if (!parents_change(f, t) && !needs_eff(&ef, &et))
        return p;
    sc_tpair *q = sc_arena_alloc(c->a, sizeof *q);
    *q = *p;
    q->from = copy_with(c->a, f, &ef.cols, &et.cols, &ef.checks, &et.checks, t);
    q->to = copy_with(c->a, t, &et.cols, &ef.cols, &et.checks, &ef.checks, f);
    return q;
}
