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
#include "model/strbuf.h"

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
    const char *src;   /* a copy's: the name of the ancestor's key or index it copies */
    const sc_table *owner;   /* a copy's: that ancestor (parts5: a grandparent's, not via) */
} eff_item;

typedef struct eff {
    sc_vec cols, checks;   /* eff_item* */
    sc_vec keys, idx;      /* eff_item*: a partition's copies of its ancestors' keys, FKs, indexes */
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
    *e = (eff_item){name, obj, via, NULL, NULL};
    sc_vec_push(a, v, e);
}

/* A copy (partition_copies): as eff_put, with the name of what it copies. */
static void eff_put_copy(sc_arena *a, sc_vec *v, const char *name, const void *obj, const sc_table *via,
                         const char *src, const sc_table *owner)
{
    eff_put(a, v, name, obj, via);
    eff_item *e = (eff_item *)eff_find(v, name);
    if (e && e->obj == obj) {
        e->src = src;
        e->owner = owner;
    }
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
        /* a comment, a rename hint are the parent's column's alone */
        if (via && (sc_column_comment(col) || sc_column_renamed_from(col))) {
            sc_column *cp = sc_arena_alloc(a, sizeof *cp);
            *cp = *col;
            sc_column_set_comment(a, cp, NULL);
            sc_column_set_renamed_from(a, cp, NULL);
            col = cp;
        }
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

/* privs3: of a column one side has as its own and the other through a
 * parent, the own one is an INHERITS child's `with options` (its default
 * and NOT NULL are compared with the parent's, as a partition's are; not a
 * column of its own, attislocal, which no statement makes the parent's). */
static bool own_options(const eff_item *mine, const eff_item *theirs)
{
    const eff_item *own = !mine->via ? mine : theirs;
    return own->obj && sc_column_with_options(own->obj);
}

/* The items of side `self` compared: those not from a shared parent, or
 * own on both sides. */
static bool compared(const eff_item *mine, const eff_item *theirs, const sc_table *self, const sc_table *other,
                     bool column)
{
    if (!theirs)
        return !shared_parent(mine->via, other, self);
    if (!mine->via && !theirs->via)
        return true;   /* own on both sides, as before */
    bool mine_shared = !mine->via || shared_parent(mine->via, other, self);
    bool theirs_shared = !theirs->via || shared_parent(theirs->via, self, other);
    /* one side's own, the other's through a parent both keep: the
     * parent's (not comparable: see the top of the file), but for a
     * partition's column or an INHERITS child's `with options` one (its
     * own default or NOT NULL, which an ALTER COLUMN of the table
     * changes) */
    if (mine_shared && theirs_shared)
        return !mine->via != !theirs->via && ((self->parent_name && other->parent_name) ||
                                                  (column && own_options(mine, theirs)));
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

/* The copy PostgreSQL makes on partition `part` of an ancestor's key,
 * exclusion, foreign key or index, under the name it chooses there
 * (ChooseIndexName: part_pkey, part_cols_key, part_cols_excl,
 * part_cols_idx, numbered when taken in the schema of model m; a foreign
 * key keeps its name unless part has a constraint of that name), as
 * sc_pg_copy_name foresees it for the whole side (parts4); the names chosen
 * here, partition by partition, only where it has none. */
static void partition_copies(sc_dctx *c, const sc_model *m, const sc_table *part, eff *e)
{
    sc_arena *a = c->a;
    const sc_table *via = NULL, *p = part;
    sc_strmap *chosen = sc_strmap_new();
    for (int depth = 0; p->parent_name && depth < 64; depth++) {
        p = sc_model_table(m, p->parent_schema, p->parent_name);
        if (!p)
            break;
        if (!via)
            via = p;
        for (size_t i = 0; i < p->constraints.n; i++) {
            const sc_constraint *k = SC_VEC_AT(p->constraints, i, sc_constraint);
            if (k->kind == SC_CON_CHECK)
                continue;
            sc_constraint *cp = sc_arena_alloc(a, sizeof *cp);
            *cp = *k;
            cp->name_explicit = false;   /* renamed to it by definition (diff_table.c) */
            sc_constraint_set_comment(a, cp, NULL);
            const char *sim = sc_pg_copy_name(c, m, part, k->name, false);   /* parts4 */
            if (sim)
                cp->name = sim;
            else if (k->kind == SC_CON_PRIMARY_KEY)
                cp->name = sc_pg_choose_name(c, m, part->schema, part->name, NULL, "pkey", true, chosen);
            else if (k->kind == SC_CON_UNIQUE)
                cp->name = sc_pg_choose_name(c, m, part->schema, part->name, sc_pg_cols_addition(a, &k->columns, NULL),
                                             "key", true, chosen);
            else if (k->kind == SC_CON_EXCLUDE)
                cp->name = sc_pg_choose_name(c, m, part->schema, part->name,
                                             sc_pg_cols_addition(a, NULL, sc_constraint_exclusion(k)), "excl", true, chosen);
            eff_put_copy(a, &e->keys, cp->name, cp, via, k->name, p);
        }
        for (size_t i = 0; i < p->indexes.n; i++) {
            const sc_index *ix = SC_VEC_AT(p->indexes, i, sc_index);
            sc_index *cp = sc_arena_alloc(a, sizeof *cp);
            *cp = *ix;
            cp->name_explicit = false;   /* renamed to it by definition (diff_table.c) */
            sc_index_set_comment(a, cp, NULL);
            const char *sim = sc_pg_copy_name(c, m, part, ix->name, true);   /* parts4 */
            cp->name = sim ? sim
                           : sc_pg_choose_name(c, m, part->schema, part->name, sc_pg_cols_addition(a, NULL, ix), "idx",
                                               false, chosen);
            eff_put_copy(a, &e->idx, cp->name, cp, via, ix->name, p);
        }
    }
    sc_strmap_free(chosen);
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
        if (compared(x, eff_find(their_cols, x->name), t, other, true))
            sc_vec_push(a, &r->columns, (void *)x->obj);
    }
    for (size_t i = 0; i < t->constraints.n; i++) {   /* keys, FKs ... as they are */
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_CHECK)
            sc_vec_push(a, &r->constraints, (void *)k);
    }
    for (size_t i = 0; i < mine_checks->n; i++) {
        const eff_item *x = mine_checks->items[i];
        if (compared(x, eff_find(their_checks, x->name), t, other, false))
            sc_vec_push(a, &r->constraints, (void *)x->obj);
    }
    return r;
}

/* A partition that leaves or joins its partitioned table: the copies of
 * its ancestors' keys, FKs and indexes are its own meanwhile (DETACH
 * leaves them on the table; ATTACH takes a matching one of the table's
 * for the parent's, else makes one), so they are compared with the other
 * side's own. */
static bool has_constraint(const sc_table *t, const sc_constraint *k)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *x = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (!strcmp(x->name, k->name) || (k->kind == SC_CON_PRIMARY_KEY && x->kind == SC_CON_PRIMARY_KEY))
            return true;
    }
    return false;
}

static bool has_index(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->indexes.n; i++)
        if (!strcmp(SC_VEC_AT(t->indexes, i, sc_index)->name, name))
            return true;
    return false;
}

static void add_copies(sc_arena *a, sc_table *r, const eff *mine, const sc_table *self, const sc_table *other)
{
    for (size_t i = 0; i < mine->keys.n; i++) {
        const eff_item *x = mine->keys.items[i];
        if (!shared_parent(x->via, other, self) && !has_constraint(r, x->obj))
            sc_vec_push(a, &r->constraints, (void *)x->obj);
    }
    if (!mine->idx.n)
        return;
    sc_vec ix = {0};
    for (size_t i = 0; i < r->indexes.n; i++)
        sc_vec_push(a, &ix, r->indexes.items[i]);
    for (size_t i = 0; i < mine->idx.n; i++) {
        const eff_item *x = mine->idx.items[i];
        if (!shared_parent(x->via, other, self) && !has_index(r, x->name))
            sc_vec_push(a, &ix, (void *)x->obj);
    }
    r->indexes = ix;
}

/* The copies a table about to be attached will get of keys and indexes
 * that its new ancestors get in this same plan are left out: ATTACH makes
 * them (or the parent's CREATE INDEX, while the partition is still
 * attached, before a detach and attach for a new bound): creating them
 * beforehand would make them twice. */
static bool ancestor_has(const sc_model *m, const sc_table *owner, const char *src, bool index)
{
    const sc_table *a = sc_model_table(m, owner->schema, owner->name);
    for (size_t i = 0; a && index && i < a->indexes.n; i++)
        if (same_str(SC_VEC_AT(a->indexes, i, sc_index)->name, src))
            return true;
    for (size_t i = 0; a && !index && i < a->constraints.n; i++)
        if (same_str(SC_VEC_AT(a->constraints, i, sc_constraint)->name, src))
            return true;
    return false;
}

static void drop_new_copies(const sc_model *from, sc_vec *v, bool index)
{
    size_t k = 0;
    for (size_t i = 0; i < v->n; i++) {
        const eff_item *x = v->items[i];
        /* parts5: the ancestor that has it, not the parent it comes through
         * (a grandparent's key on a sub-partition's partition) */
        if (!x->src || !x->via || ancestor_has(from, x->owner ? x->owner : x->via, x->src, index))
            v->items[k++] = v->items[i];
    }
    v->n = k;
}

/* privs3: a to-side column of t's own that is a parent's with options of
 * its own (a partition's, or an INHERITS child's `with options`), whose
 * parent column is new (the from side has no column of that name): the
 * parent's ADD COLUMN gives it to t, so the from side is read as having the
 * parent's column through that parent (kept on both sides), and its own
 * default or NOT NULL is an ALTER COLUMN after the ADD (sc_partition_edges),
 * never an ADD COLUMN of t's own. */
typedef struct new_parent_col {
    sc_dctx *c;
    const sc_table *t, *f;
    const char *name;
    const sc_table *via;
    const sc_column *col;
} new_parent_col;

/* parts4: whether t joins INHERITS parent p (to side) in the plan, p exists
 * on the from side without a column `col` and gains it: p's ADD COLUMN,
 * after t's INHERIT, gives t the column as p's alone (attislocal false),
 * the only way a table that gains its parent gets a `with options` column. */
static bool joins_gaining(sc_dctx *c, const sc_table *f, const sc_table *t, const sc_table *p, const char *col)
{
    if (!inherits_has(t, p) || inherits_has(f, p))
        return false;
    const sc_table *fp = sc_model_table(c->from, p->schema, p->name);
    return fp && !sc_table_column_inherited(c->from, fp, col) && sc_table_column_inherited(c->to, p, col);
}

typedef struct gain_arg {
    sc_dctx *c;
    const sc_table *f, *t;
    const char *col;
    bool found;
} gain_arg;

static void gain_parent(const char *schema, const char *name, void *arg)
{
    gain_arg *g = arg;
    const sc_table *p = g->found ? NULL : sc_model_table(g->c->to, schema, name);
    if (p && joins_gaining(g->c, g->f, g->t, p, g->col))
        g->found = true;
}

bool sc_inherit_options_via_new_parent_col(sc_dctx *c, const sc_table *f, const sc_table *t, const char *col)
{
    const sc_column *tc = sc_table_column(t, col);
    if (!f || !t || !t->inherits.n || !tc || !sc_column_with_options(tc) || sc_table_column(f, col))
        return false;
    gain_arg g = {c, f, t, col, false};
    sc_table_each_parent(t, gain_parent, &g);
    return g.found;
}

static void find_parent_col(const char *schema, const char *name, void *arg)
{
    new_parent_col *n = arg;
    const sc_table *p = n->col ? NULL : sc_model_table(n->c->to, schema, name);
    if (!p || !(shared_parent(p, n->f, n->t) || joins_gaining(n->c, n->f, n->t, p, n->name)))
        return;
    const sc_column *pc = sc_table_column_inherited(n->c->to, p, n->name);
    if (pc) {
        n->via = p;
        n->col = pc;
    }
}

static void new_parent_columns(sc_dctx *c, const sc_table *f, const sc_table *t, eff *ef, const eff *et)
{
    for (size_t i = 0; i < et->cols.n; i++) {
        const eff_item *x = et->cols.items[i];
        const sc_column *col = x->obj;
        if (x->via || !(t->parent_name || sc_column_with_options(col)) || eff_find(&ef->cols, x->name))
            continue;
        new_parent_col n = {c, t, f, x->name, NULL, NULL};
        sc_table_each_parent(t, find_parent_col, &n);
        if (!n.col)
            continue;
        sc_column *cp = sc_arena_alloc(c->a, sizeof *cp);
        *cp = *n.col;
        sc_column_set_with_options(c->a, cp, false);
        sc_column_set_comment(c->a, cp, NULL);
        sc_column_set_renamed_from(c->a, cp, NULL);
        eff_put(c->a, &ef->cols, cp->name, cp, n.via);
    }
}

/* privs3: a column `with options` on one side (its parent's) and the
 * table's own on the other (attislocal): no statement turns one into the
 * other, so only its default and NOT NULL are compared; said on standard
 * error rather than left unsaid. */
static void local_or_options(sc_dctx *c, const sc_table *f, const sc_table *t)
{
    if (!f->inherits.n || !t->inherits.n)
        return;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *ct = SC_VEC_AT(t->columns, i, sc_column), *cf = sc_table_column(f, ct->name);
        if (cf && sc_column_with_options(cf) != sc_column_with_options(ct))
            sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_UNSUPPORTED, ct->loc.src ? ct->loc : t->loc,
                        "column %s of %s.%s is %s on one side and the table's own on the other: PostgreSQL has "
                        "no statement to change that (attislocal); only its default and NOT NULL are compared",
                        ct->name, t->schema, t->name, "`with options` (its parent's)");
    }
}

sc_tpair *sc_partition_effective_pair(sc_dctx *c, sc_tpair *p)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return p;
    const sc_table *f = p->from, *t = p->to;
    if (!sc_table_has_partitioning(f) && !sc_table_has_partitioning(t))
        return p;
    local_or_options(c, f, t);   /* privs3 */
    eff ef = {0}, et = {0};
    gather(c->a, c->from, f, NULL, &ef, 0);
    gather(c->a, c->to, t, NULL, &et, 0);
    partition_copies(c, c->from, f, &ef);
    partition_copies(c, c->to, t, &et);
    drop_new_copies(c->from, &et.keys, false);
    drop_new_copies(c->from, &et.idx, true);
    new_parent_columns(c, f, t, &ef, &et);   /* privs3 */
    if (!parents_change(f, t) && !needs_eff(&ef, &et))
        return p;
    sc_tpair *q = sc_arena_alloc(c->a, sizeof *q);
    *q = *p;
    q->from = copy_with(c->a, f, &ef.cols, &et.cols, &ef.checks, &et.checks, t);
    q->to = copy_with(c->a, t, &et.cols, &ef.cols, &et.checks, &ef.checks, f);
    add_copies(c->a, (sc_table *)q->from, &ef, f, t);
    add_copies(c->a, (sc_table *)q->to, &et, t, f);
    return q;
}

void sc_partition_effective_done(sc_dctx *c, const sc_tpair *p, const sc_tpair *q, size_t n0)
{
    for (size_t i = n0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->t_from == q->from)
            op->t_from = p->from;
        if (op->t_to == q->to)
            op->t_to = p->to;
        /* a table-level op made on the copies (none today) names the model's */
        if (op->from == q->from)
            op->from = p->from;
        if (op->to == q->to)
            op->to = p->to;
    }
}
