/* diff_inherit_rebuild.c - a table that joins an INHERITS parent and
 * declares `with options` (the parent's alone) a column it has as its own
 * (parts5, issue 12).
 *
 * PostgreSQL's INHERIT wants each of the parent's columns on the table
 * already and keeps them its own (attislocal true; it only counts the
 * parent in attinhcount), and no ALTER TABLE makes an existing column its
 * parent's alone. A parent's ADD COLUMN of a column the table has not
 * does (attislocal false), and NO INHERIT of a parent leaves a column that
 * another parent still gives the table as it is (attinhcount 2 -> 1, still
 * not local). So the joining half (migration_partition.c) moves each such
 * column through a helper parent, tried on PostgreSQL 15:
 *   CREATE TABLE helper (); ALTER TABLE t INHERIT helper;
 *   ALTER TABLE t RENAME c TO c_schemac_old;
 *   ALTER TABLE helper ADD COLUMN c <the parent's type>;  -- t's c, not local
 *   UPDATE t SET c = c_schemac_old; ALTER TABLE t DROP COLUMN c_schemac_old;
 *   its default and NOT NULL; the new parent's checks the DROP took
 *   (INHERIT wants them), added again; ALTER TABLE t INHERIT parent;
 *   the table's own indexes and constraints that read it, made again;
 *   ALTER TABLE t NO INHERIT helper; DROP TABLE helper;
 * The rows are kept (the table is rewritten). The DROP takes the indexes
 * and constraints that read the column, so the joining half makes the
 * table's again itself (those of the side it joins to; one the plan
 * changes is made before on the old column and again here), whichever
 * way the op runs (a LEAVE op's inverse joins); the views that read the
 * column go around the op (view_deps.c).
 *
 * parts6: the table's INHERITS children follow: RENAME, the helper's ADD
 * COLUMN, UPDATE, DROP COLUMN and SET DEFAULT / NOT NULL recurse to them,
 * and the DROP takes their indexes and constraints that read the column,
 * which the joining half makes again too (kid_indexes, kid_cons), and the
 * table's SET DEFAULT recurses over a child's own `with options` default,
 * which it sets again (kid_cols). A
 * foreign key of another table that references a key the DROP takes is
 * dropped before the op and added after it (fk_keys.c). */
#include <string.h>

#include "diff/diff_int.h"

static bool in_list(const sc_table *t, const char *schema, const char *name)
{
    for (size_t i = 0; t && i < t->inherits.n; i++)
        if (!strcmp(t->inherits_schemas.items[i], schema) && !strcmp(t->inherits.items[i], name))
            return true;
    return false;
}

/* The column `name` x has through a parent it joins (not on y's list),
 * NULL when it has it through a parent it keeps, or not at all. */
static const sc_column *new_parent_column(const sc_model *mx, const sc_table *x, const sc_table *y,
                                          const char *name)
{
    const sc_column *found = NULL;
    for (size_t i = 0; i < x->inherits.n; i++) {
        const sc_table *p = sc_model_table(mx, x->inherits_schemas.items[i], x->inherits.items[i]);
        const sc_column *pc = p ? sc_table_column_inherited(mx, p, name) : NULL;
        if (!pc)
            continue;
        if (in_list(y, x->inherits_schemas.items[i], x->inherits.items[i]))
            return NULL;   /* kept: INHERIT is not run for it */
        if (!found)
            found = pc;
    }
    return found;
}

static bool names_has(const sc_names *n, const char *col)
{
    for (size_t i = 0; i < n->n; i++)
        if (!strcmp(n->items[i], col))
            return true;
    return false;
}

bool sc_index_reads_col(const sc_index *ix, const char *col)
{
    for (size_t j = 0; j < ix->nelems; j++)
        if ((ix->elems[j].column && !strcmp(ix->elems[j].column, col)) || sc_expr_reads(ix->elems[j].expr, col))
            return true;
    return names_has(&ix->include, col) || sc_expr_reads(ix->where, col);
}

bool sc_con_reads_col(const sc_constraint *k, const char *col)
{
    if (k->kind == SC_CON_CHECK)
        return sc_expr_reads(k->check_expr, col);
    return names_has(&k->columns, col) || (k->kind == SC_CON_EXCLUDE && sc_constraint_exclusion(k) &&
                                           sc_index_reads_col(sc_constraint_exclusion(k), col));
}

typedef struct check_arg {
    sc_dctx *c;
    const sc_model *m;
    sc_inh_rebuild *r;
    sc_vec *out;
    int depth;
} check_arg;

static bool reads_rebuilt(const sc_inh_rebuild *r, const char *expr)
{
    for (size_t i = 0; expr && i < r->ncols; i++)
        if (sc_expr_reads(expr, r->cols[i]->name))
            return true;
    return false;
}

/* The checks a new parent has (its own and its ancestors', those that are
 * inherited) that read a rebuilt column. */
static void parent_checks(const char *schema, const char *name, void *arg)
{
    check_arg *a = arg;
    const sc_table *p = sc_model_table(a->m, schema, name);
    if (!p || a->depth > 64)
        return;
    for (size_t i = 0; i < p->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(p->constraints, i, sc_constraint);
        bool seen = false;
        for (size_t j = 0; j < a->out->n && !seen; j++)
            seen = !strcmp(((const sc_constraint *)a->out->items[j])->name, k->name);
        if (k->kind == SC_CON_CHECK && !k->no_inherit && !seen && reads_rebuilt(a->r, k->check_expr))
            sc_vec_push(a->c->a, a->out, (void *)k);
    }
    a->depth++;
    sc_table_each_parent(p, parent_checks, a);
    a->depth--;
}

static bool reads_any(const sc_inh_rebuild *r, const void *obj, bool index)
{
    for (size_t i = 0; i < r->ncols; i++)
        if (index ? sc_index_reads_col(obj, r->cols[i]->name) : sc_con_reads_col(obj, r->cols[i]->name))
            return true;
    return false;
}

static bool is_check_again(const sc_inh_rebuild *r, const char *name)
{
    for (size_t i = 0; i < r->nchecks; i++)
        if (!strcmp(r->checks[i]->name, name))
            return true;
    return false;
}

typedef struct kids_acc {
    sc_dctx *c;
    const sc_inh_rebuild *r;
    sc_vec itables, idx, ctables, cons, coltables, cols;
} kids_acc;

/* x's INHERITS children in model m, and theirs: their own indexes and
 * constraints that read a moved column. */
static void kids_of(kids_acc *k, const sc_model *m, const sc_table *x, int depth)
{
    for (size_t i = 0; i < m->tables.n && depth < 64; i++) {
        const sc_table *t = m->tables.items[i];
        if (t == x || !in_list(t, x->schema ? x->schema : SC_DEFAULT_SCHEMA, x->name))
            continue;
        for (size_t j = 0; j < t->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (reads_any(k->r, ix, true)) {
                sc_vec_push(k->c->a, &k->itables, (void *)t);
                sc_vec_push(k->c->a, &k->idx, (void *)ix);
            }
        }
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *kc = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (reads_any(k->r, kc, false)) {
                sc_vec_push(k->c->a, &k->ctables, (void *)t);
                sc_vec_push(k->c->a, &k->cons, (void *)kc);
            }
        }
        for (size_t j = 0; j < t->columns.n; j++) {
            const sc_column *col = SC_VEC_AT(t->columns, j, sc_column);
            if (sc_column_with_options(col) && sc_inherit_rebuild_has(k->r, col->name)) {
                sc_vec_push(k->c->a, &k->coltables, (void *)t);
                sc_vec_push(k->c->a, &k->cols, (void *)col);
            }
        }
        kids_of(k, m, t, depth + 1);
    }
}

const sc_inh_rebuild *sc_inherit_rebuild(sc_dctx *c, const sc_model *mx, const sc_table *x, const sc_model *my,
                                         const sc_table *y)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !x || !y || x->parent_name || !x->inherits.n)
        return NULL;
    sc_vec cols = {0}, pcols = {0};
    for (size_t i = 0; i < x->columns.n; i++) {
        const sc_column *xc = SC_VEC_AT(x->columns, i, sc_column);
        if (!sc_column_with_options(xc))
            continue;
        const sc_column *yc = sc_table_column(y, xc->name);
        if (!yc || sc_column_with_options(yc) || yc->generated || yc->identity)
            continue;
        const sc_column *pc = new_parent_column(mx, x, y, xc->name);
        if (!pc)
            continue;
        sc_vec_push(c->a, &cols, (void *)xc);
        sc_vec_push(c->a, &pcols, (void *)pc);
    }
    if (!cols.n)
        return NULL;
    sc_inh_rebuild *r = sc_arena_alloc(c->a, sizeof *r);
    memset(r, 0, sizeof *r);
    r->cols = (const sc_column **)cols.items;
    r->pcols = (const sc_column **)pcols.items;
    r->ncols = cols.n;
    sc_vec checks = {0}, cons = {0}, idx = {0};
    for (size_t i = 0; i < x->inherits.n; i++)
        if (!in_list(y, x->inherits_schemas.items[i], x->inherits.items[i])) {
            check_arg a = {c, mx, r, &checks, 0};
            parent_checks(x->inherits_schemas.items[i], x->inherits.items[i], &a);
        }
    r->checks = (const sc_constraint **)checks.items;
    r->nchecks = checks.n;
    for (size_t i = 0; i < x->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(x->constraints, i, sc_constraint);
        if (!is_check_again(r, k->name) && reads_any(r, k, false))
            sc_vec_push(c->a, &cons, (void *)k);
    }
    for (size_t i = 0; i < x->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(x->indexes, i, sc_index);
        if (reads_any(r, ix, true))
            sc_vec_push(c->a, &idx, (void *)ix);
    }
    r->cons = (const sc_constraint **)cons.items;
    r->ncons = cons.n;
    r->indexes = (const sc_index **)idx.items;
    r->nindexes = idx.n;
    kids_acc k = {.c = c, .r = r};
    kids_of(&k, mx, x, 0);
    r->kid_index_tables = (const sc_table **)k.itables.items;
    r->kid_indexes = (const sc_index **)k.idx.items;
    r->nkid_indexes = k.idx.n;
    r->kid_con_tables = (const sc_table **)k.ctables.items;
    r->kid_cons = (const sc_constraint **)k.cons.items;
    r->nkid_cons = k.cons.n;
    r->kid_col_tables = (const sc_table **)k.coltables.items;
    r->kid_cols = (const sc_column **)k.cols.items;
    r->nkid_cols = k.cols.n;
    sc_strmap *chosen = sc_strmap_new();
    r->helper = sc_pg_choose_name(c, my, y->schema, y->name, NULL, "schemac_parent", false, chosen);
    sc_strmap_free(chosen);
    return r;
}

bool sc_inherit_rebuild_has(const sc_inh_rebuild *r, const char *col)
{
    for (size_t i = 0; r && i < r->ncols; i++)
        if (!strcmp(r->cols[i]->name, col))
            return true;
    return false;
}
