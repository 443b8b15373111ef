/* diff_partition.c - partitioning and inheritance of a table on both sides
 * (issue 12 items 4-5), and their edges in the one dependency graph.
 *
 * A partition's bound or parent that changes is DETACH PARTITION from the
 * old parent and ATTACH PARTITION to the new one (PostgreSQL has no ALTER
 * of a bound): attaching scans the rows, and fails when one does not fit
 * (a hazard). An INHERITS list that changes is NO INHERIT / INHERIT. A
 * plain table attached or a partition detached is the same: the table's
 * columns move to or from its parents, which the table's own diff says
 * (compared through its parents: diff_partition_eff.c). So the change is
 * two ops: leaving (DETACH, NO INHERIT) before the table's column ops,
 * joining (INHERIT, ATTACH) after them. A partition key cannot change in
 * place: that is an error naming the table (re-creating it and moving its
 * rows is not schemac's to invent). */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

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

/* What the table leaves (DETACH from its old partitioned table, NO INHERIT
 * of an old parent) and what it joins (ATTACH, INHERIT), from f to t. */
static bool leaves(const sc_table *f, const sc_table *t)
{
    if (f->parent_name && !parent_same(f, t))
        return true;
    for (size_t i = 0; i < f->inherits.n; i++)
        if (!inherits_has(t, f->inherits_schemas.items[i], f->inherits.items[i]))
            return true;
    return false;
}

static bool joins(const sc_table *f, const sc_table *t)
{
    return leaves(t, f);
}

/* A table that gains an INHERITS parent keeps the columns and checks it
 * had as its own too (PostgreSQL has no statement to make them only the
 * parent's): where the target has them only through the parent, said above
 * the INHERIT and on standard error rather than left unsaid. */
static void own_list(sc_strbuf *b, size_t *n, const char *name)
{
    sc_sb_puts(b, (*n)++ ? ", " : "");
    sc_sb_puts(b, name);
}

static const char *stays_own_note(sc_dctx *c, const sc_table *f, const sc_table *t, const sc_inh_rebuild *moved)
{
    if (!t->inherits.n)
        return NULL;
    sc_strbuf b = SC_STRBUF_INIT, w = SC_STRBUF_INIT;
    size_t n = 0, nw = 0;
    for (size_t i = 0; i < f->columns.n; i++) {
        const sc_column *col = SC_VEC_AT(f->columns, i, sc_column);
        const sc_column *tc = sc_table_column(t, col->name);
        if (sc_column_with_options(col) || !sc_table_column_inherited(c->to, t, col->name) ||
            sc_inherit_rebuild_has(moved, col->name))   /* parts5: moved to the parent */
            continue;
        if (!tc)
            own_list(&b, &n, col->name);
        else if (sc_column_with_options(tc))   /* privs3, parts4: declared its parent's alone */
            own_list(&w, &nw, col->name);
    }
    /* privs3: a `with options` column the table has not yet is added to it
     * before the INHERIT (which wants it), as its own; parts4: unless a new
     * parent gains it in the plan (its ADD COLUMN, after the INHERIT, gives
     * it to the table as the parent's) */
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *col = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_column_with_options(col) && !sc_table_column(f, col->name) &&
            !sc_inherit_options_via_new_parent_col(c, f, t, col->name))
            own_list(&w, &nw, col->name);
    }
    sc_strbuf r = SC_STRBUF_INIT;
    sc_loc at = t->partition_loc.src ? t->partition_loc : t->loc;
    if (n) {
        const char *msg = sc_arena_printf(c->tmp,
                                          "%s.%s keeps %s as its own column%s besides its parents' (PostgreSQL keeps "
                                          "what a table had before INHERIT: pg_dump lists %s in the table; declare %s "
                                          "in it too, as a column of its own, to match)",
                                          t->schema, t->name, sc_sb_cstr(&b), n > 1 ? "s" : "", n > 1 ? "them" : "it",
                                          n > 1 ? "them" : "it");
        sc_sb_printf(&r, "NOTE: %s", msg);
        sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_UNSUPPORTED, at, "%s", msg);
    }
    if (nw) {
        /* parts4 (issue 12): INHERIT wants each of the parent's columns on
         * the table already and keeps them its own (attislocal true, only
         * attinhcount goes up); no ALTER TABLE turns an existing column into
         * its parent's alone (ATTACH PARTITION does, for a partition only),
         * only CREATE TABLE ... INHERITS, or the parent's ADD COLUMN of a
         * column the table has not (done so when the parent gains it in the
         * plan) */
        const char *msg = sc_arena_printf(
            c->tmp,
            "%s.%s: %s declared `with options` (the parent's alone) stay%s the table's own column%s after INHERIT "
            "(PostgreSQL's INHERIT wants the parent's columns on the table first and keeps them its own, and no "
            "ALTER TABLE makes an existing column its parent's alone): the default and NOT NULL are set, but pg_dump "
            "lists %s in the table; declare %s as %s of its own to match, or re-create the table with CREATE TABLE "
            "... INHERITS and copy its rows in a revision of your own",
            t->schema, t->name, sc_sb_cstr(&w), nw > 1 ? "" : "s", nw > 1 ? "s" : "", nw > 1 ? "them" : "it",
            nw > 1 ? "them" : "it", nw > 1 ? "columns" : "a column");
        sc_sb_printf(&r, "%sNOTE: %s", n ? "\n-- " : "", msg);
        sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_UNSUPPORTED, at, "%s", msg);
    }
    const char *out = r.len ? sc_arena_strdup(c->a, sc_sb_cstr(&r)) : NULL;
    sc_sb_free(&b);
    sc_sb_free(&w);
    sc_sb_free(&r);
    return out;
}

static sc_op *parents_op(sc_dctx *c, sc_tpair *p, unsigned what)
{
    sc_op *op = sc_new_op(c, SC_OP_TABLE_PARENTS, p->to->schema, p->to->name, p->to->name);
    op->from = p->from;
    op->to = p->to;
    op->t_from = p->from;
    op->t_to = p->to;
    op->table_id = p->id;
    op->changes = what;
    return op;
}

void sc_diff_partition_pair(sc_dctx *c, sc_tpair *p)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    const sc_table *f = p->from, *t = p->to;
    if (!key_same(f->partition_key, t->partition_key)) {
        sc_diag *dg = sc_diag_add(c->d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->partition_loc.src ? t->partition_loc : t->loc,
                                  "table \"%s\": its partitioning changes (%s to %s), which PostgreSQL cannot alter "
                                  "(a table's partition key is fixed when it is created, and a table cannot become "
                                  "partitioned or stop being so)",
                                  t->name, f->partition_key ? f->partition_key : "none",
                                  t->partition_key ? t->partition_key : "none");
        sc_diag_hint(dg, "create the new table beside it, move the rows, and drop the old one in a revision of your own");
        /* an op all the same (it writes nothing), so that the table is read
         * on the server's terms before the error */
        parents_op(c, p, SC_CHG_PARENTS_LEAVE | SC_CHG_PARENTS_JOIN);
        return;
    }
    /* parts5: the columns a joining half moves to its new parent (a LEAVE
     * op's: for its inverse, which joins) */
    if (leaves(f, t))
        parents_op(c, p, SC_CHG_PARENTS_LEAVE)->inh_rebuild = sc_inherit_rebuild(c, c->from, f, c->to, t);
    if (joins(f, t)) {
        const sc_inh_rebuild *join = sc_inherit_rebuild(c, c->to, t, c->from, f);
        sc_op *op = parents_op(c, p, SC_CHG_PARENTS_JOIN);
        op->note = stays_own_note(c, f, t, join);
        op->inh_rebuild = join;
    }
}

/* parts7: what a DEFAULT partition does to a new partition of a bound */
static const char *default_rows(sc_arena *a, const char *dflt)
{
    return sc_arena_printf(a, "PostgreSQL refuses it when the default partition %s holds rows of that bound (move "
                              "them out of it first)", dflt);
}

const char *sc_partition_hazard(sc_arena *a, const sc_op *op)
{
    const sc_table *f = op->t_from, *t = op->t_to;
    if (!t || !t->parent_name || (f && parent_same(f, t)) || !(op->changes & SC_CHG_PARENTS_JOIN))
        return NULL;
    return sc_arena_printf(a, "attaches %s.%s to %s.%s %s: it fails if a row does not fit the bound "
                              "(and scans every row to check)%s%s",
                           t->schema, t->name, t->parent_schema, t->parent_name,
                           t->partition_bound ? t->partition_bound : "DEFAULT",
                           op->default_part_from ? "; and " : "",
                           op->default_part_from ? default_rows(a, op->default_part_from) : "");
}

const char *sc_partition_create_hazard(sc_arena *a, const sc_op *op)
{
    const sc_table *t = op->t_to;
    if (!t || !t->parent_name || !op->default_part_from)
        return NULL;
    return sc_arena_printf(a, "creates partition %s.%s of %s.%s %s: %s", t->schema, t->name, t->parent_schema,
                           t->parent_name, t->partition_bound, default_rows(a, op->default_part_from));
}

/* The DEFAULT partition of bounded partition t's partitioned table on side
 * m, other than t: "schema.name", NULL when none. */
static const char *default_sibling(sc_arena *a, const sc_model *m, const sc_table *t)
{
    if (!t || !t->parent_name || !t->partition_bound || !strncmp(t->partition_bound, "DEFAULT", 7))
        return NULL;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *x = m->tables.items[i];
        if (x->parent_name && !strcmp(x->parent_name, t->parent_name) &&
            same_str(x->parent_schema, t->parent_schema) &&
            (!x->partition_bound || !strncmp(x->partition_bound, "DEFAULT", 7)) &&
            !(same_str(x->schema, t->schema) && !strcmp(x->name, t->name)))
            return sc_arena_printf(a, "%s.%s", x->schema, x->name);
    }
    return NULL;
}

void sc_partition_default_sets(sc_dctx *c, sc_op *op)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    bool create = op->kind == SC_OP_CREATE_TABLE ||
                  (op->kind == SC_OP_TABLE_PARENTS && (op->changes & SC_CHG_PARENTS_JOIN));
    bool drop = op->kind == SC_OP_DROP_TABLE ||
                (op->kind == SC_OP_TABLE_PARENTS && (op->changes & SC_CHG_PARENTS_LEAVE));
    if (create)
        op->default_part_from = default_sibling(c->a, c->from, op->t_to);
    if (drop)   /* its inverse creates it, before the down script: the to side */
        op->default_part_to = default_sibling(c->a, c->to, op->t_from);
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

/* The ops that change a table's columns, constraints and indexes. */
static bool table_part_op(sc_op_kind k)
{
    switch (k) {
    case SC_OP_DROP_CONSTRAINT:
    case SC_OP_DROP_INDEX:
    case SC_OP_DROP_COLUMN:
    case SC_OP_RENAME_COLUMN:
    case SC_OP_RENAME_CONSTRAINT:
    case SC_OP_RENAME_INDEX:
    case SC_OP_ADD_COLUMN:
    case SC_OP_ALTER_COLUMN:
    case SC_OP_ADD_CONSTRAINT:
    case SC_OP_CREATE_INDEX:
    case SC_OP_VALIDATE_CONSTRAINT:
    case SC_OP_CON_INDEX:
        return true;
    default:
        return false;
    }
}

static bool column_op(sc_op_kind k)
{
    return k == SC_OP_DROP_COLUMN || k == SC_OP_RENAME_COLUMN || k == SC_OP_ADD_COLUMN || k == SC_OP_ALTER_COLUMN;
}

static bool parent_of(const sc_table *t, const sc_table *p)
{
    return t && p && sc_table_has_parent(t, p->schema, p->name);
}

/* parts4: a new parent's ADD COLUMN of a column the joining table declares
 * `with options` (and has not), and the table's own ALTER COLUMN of it,
 * come after the INHERIT: the ADD then gives the table the column as the
 * parent's alone (sc_inherit_options_via_new_parent_col). */
static bool join_first(sc_dctx *c, const sc_op *join, const sc_op *o, bool mine)
{
    const char *col = NULL;
    if (o->kind == SC_OP_ADD_COLUMN && !mine)
        col = o->name;
    else if (o->kind == SC_OP_ALTER_COLUMN && mine && o->to)
        col = ((const sc_column *)o->to)->name;
    return col && join->t_from && sc_inherit_options_via_new_parent_col(c, join->t_from, join->t_to, col);
}

/* A table leaves its parents before its own columns, constraints and
 * indexes change (a partition's columns cannot change: they are its
 * parent's) and before its old parents' columns change (a column dropped
 * from the parent stays on the table that leaves it); it joins its new
 * parents once its columns and checks match theirs (PostgreSQL checks
 * them) and theirs are in place. */
static void table_order(sc_dctx *c, sc_op *op)
{
    bool leave = op->changes & SC_CHG_PARENTS_LEAVE, join = op->changes & SC_CHG_PARENTS_JOIN;
    if (leave && join)
        return;   /* a partition key change: refused */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *o = SC_VEC_AT(c->ops, i, sc_op);
        if (o == op)
            continue;
        bool mine = o->table_id == op->table_id && table_part_op(o->kind);
        if (leave && (mine || (column_op(o->kind) && parent_of(op->t_from, o->t_from))))
            sc_op_dep(c, o, op);
        if (join && (mine || (column_op(o->kind) && parent_of(op->t_to, o->t_to)))) {
            if (join_first(c, op, o, mine))
                sc_op_dep(c, o, op);
            else
                sc_op_dep(c, op, o);
        }
    }
}

/* privs3: whether table a is one of t's ancestors (by name, in the to
 * model) */
static bool ancestor_of(const sc_model *m, const sc_table *t, const sc_table *a, int depth)
{
    if (!t || depth > 64)
        return false;
    if (t->parent_name && !strcmp(t->parent_name, a->name) && !strcmp(t->parent_schema, a->schema))
        return true;
    if (t->parent_name && ancestor_of(m, sc_model_table(m, t->parent_schema, t->parent_name), a, depth + 1))
        return true;
    for (size_t i = 0; i < t->inherits.n; i++) {
        if (!strcmp(t->inherits.items[i], a->name) && !strcmp(t->inherits_schemas.items[i], a->schema))
            return true;
        if (ancestor_of(m, sc_model_table(m, t->inherits_schemas.items[i], t->inherits.items[i]), a, depth + 1))
            return true;
    }
    return false;
}

/* privs3: a partition's or INHERITS child's own default or NOT NULL on a
 * column its ancestor gains in the plan comes after the ancestor's ADD
 * COLUMN, which gives the column to it (diff_partition_eff.c,
 * new_parent_columns); the down script reads it backwards. One pass over
 * the ops for each such ALTER COLUMN (a child's options column, rare). */
static void options_column_edges(sc_dctx *c, sc_op *op)
{
    const sc_table *t = op->t_to;
    const sc_column *col = op->to;
    if (!t || !col || !(t->parent_name || sc_column_with_options(col)))
        return;
    if (!c->add_cols) {
        c->add_cols = sc_strmap_new();
        for (size_t i = 0; i < c->ops.n; i++) {
            sc_op *x = SC_VEC_AT(c->ops, i, sc_op);
            if (x->kind != SC_OP_ADD_COLUMN || !x->t_to || !x->name)
                continue;
            sc_vec *v = sc_strmap_get(c->add_cols, x->name);
            if (!v) {
                v = sc_arena_alloc(c->tmp, sizeof *v);
                memset(v, 0, sizeof *v);
                sc_strmap_put(c->add_cols, x->name, v);
            }
            sc_vec_push(c->tmp, v, x);
        }
    }
    const sc_vec *v = sc_strmap_get(c->add_cols, col->name);
    for (size_t i = 0; v && i < v->n; i++) {
        sc_op *x = SC_VEC_AT(*v, i, sc_op);
        if (ancestor_of(c->to, t, x->t_to, 0))
            sc_op_dep(c, op, x);
    }
}

/* parts5: a partition's own index taken by its ancestor's CREATE INDEX
 * (its DROP writes nothing) comes before it, so that, read backwards, it
 * is created after the ancestor's DROP INDEX has taken it away; one that
 * its ancestor's DROP INDEX takes away is created after it (index names
 * are the schema's) */
static void adopted_edges(sc_dctx *c, sc_op *op)
{
    sc_op_kind want = op->kind == SC_OP_DROP_INDEX ? SC_OP_CREATE_INDEX : SC_OP_DROP_INDEX;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *o = SC_VEC_AT(c->ops, i, sc_op);
        if (o != op && o->kind == want && !strcmp(o->name, op->adopted_by) && !strcmp(o->schema, op->schema)) {
            if (op->kind == SC_OP_DROP_INDEX)
                sc_op_dep(c, o, op);
            else
                sc_op_dep(c, op, o);
        }
    }
}

void sc_partition_edges(sc_dctx *c, sc_strmap *created, sc_strmap *dropped, sc_op *op)
{
    const sc_table *after = NULL, *before = NULL;
    if ((op->kind == SC_OP_DROP_INDEX || op->kind == SC_OP_CREATE_INDEX) && op->adopted_by) {
        adopted_edges(c, op);
        return;
    }
    if (op->kind == SC_OP_ALTER_COLUMN && c->o->dialect == SC_DIALECT_POSTGRESQL) {
        options_column_edges(c, op);
        return;
    }
    switch (op->kind) {
    case SC_OP_CREATE_TABLE:
        after = op->t_to;
        break;
    case SC_OP_DROP_TABLE:
        before = op->t_from;
        break;
    case SC_OP_TABLE_PARENTS:
        after = op->changes & SC_CHG_PARENTS_JOIN ? op->t_to : NULL;
        before = op->changes & SC_CHG_PARENTS_LEAVE ? op->t_from : NULL;
        table_order(c, op);
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
    (void)p;
    const sc_table *f = op->t_from, *t = op->t_to;
    return f && t && !key_same(f->partition_key, t->partition_key);
}
