/* ddl_rowtype_cols.c - fns6 (issue 11): `compile` leaves out of CREATE
 * TABLE a column default or a generated column that calls a function over
 * a row type, which is written after the tables (over a table's) or after
 * the views (over a view's: ddl_rowtype_fns.c), and adds it once that
 * function exists: ALTER TABLE ... ALTER COLUMN ... SET DEFAULT, or ADD
 * COLUMN for a generated one (PostgreSQL 15 cannot make a column generated
 * in place), which puts it last: model/late_columns.c says when it can be,
 * else a located error. The diff does the same (diff/table_fn_columns.c).
 * fns7: a view that reads such a table comes after its parts of kind 2
 * (ddl.c writes them just before it), and a check or a SQL-standard body
 * that calls a function over a view's row type is late too. */
#include <string.h>

#include "emit/ddl.h"
#include "model/late_columns.h"

/* Which of t's columns go late: the generated ones into gen[0..*ngen),
 * in t's order (gen holds t->columns.n). Whether any does. */
static bool late_columns(const sc_model *m, const unsigned char *kinds, const sc_table *t, const sc_column **gen,
                         size_t *ngen, bool *defaults)
{
    *ngen = 0;
    *defaults = false;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (c->generated && sc_ddl_rowtype_call_kind(m, kinds, c->generated))
            gen[(*ngen)++] = c;
        else if (c->default_expr && sc_ddl_rowtype_call_kind(m, kinds, c->default_expr))
            *defaults = true;
    }
    return *ngen || *defaults;
}

const sc_table *sc_ddl_table_early(sc_arena *a, const sc_model *m, const unsigned char *kinds, const sc_table *t,
                                   sc_diags *d)
{
    if (!m->functions.n || !t->columns.n)
        return t;
    const sc_column **gen = sc_arena_alloc(a, t->columns.n * sizeof *gen);
    size_t ngen;
    bool defaults;
    if (!late_columns(m, kinds, t, gen, &ngen, &defaults))
        return t;
    const sc_column *bad = ngen ? sc_late_columns_refused(t, gen, ngen) : NULL;
    if (bad)
        sc_late_column_error(d, t, bad);
    sc_table *x = sc_arena_alloc(a, sizeof *x);
    *x = *t;
    x->columns.items = sc_arena_alloc(a, t->columns.n * sizeof *x->columns.items);
    memcpy(x->columns.items, t->columns.items, t->columns.n * sizeof *x->columns.items);
    if (ngen && !bad)
        x->columns.n -= ngen;   /* the last ones */
    for (size_t i = 0; i < x->columns.n; i++) {
        const sc_column *c = x->columns.items[i];
        if (!c->generated && c->default_expr && sc_ddl_rowtype_call_kind(m, kinds, c->default_expr)) {
            sc_column *bare = sc_arena_alloc(a, sizeof *bare);
            *bare = *c;
            bare->default_expr = NULL;
            x->columns.items[i] = bare;
        }
    }
    return x;
}

/* fns7: an index whose elements or predicate call a function over a
 * view's row type (or a body that does): created after the views. */
bool sc_ddl_index_late(const sc_model *m, const unsigned char *kinds, const sc_index *ix)
{
    if (!m->functions.n)
        return false;
    bool late = sc_ddl_rowtype_call_kind(m, kinds, ix->where) == 2;
    for (size_t i = 0; !late && i < ix->nelems; i++)
        late = sc_ddl_rowtype_call_kind(m, kinds, ix->elems[i].expr) == 2;
    return late;
}

bool sc_ddl_table_has_late(const sc_model *m, const unsigned char *kinds, const sc_table *t)
{
    for (size_t i = 0; m->functions.n && i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_ddl_rowtype_call_kind(m, kinds, c->generated ? c->generated : c->default_expr) == 2)
            return true;
    }
    for (size_t i = 0; m->functions.n && i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind == SC_CON_CHECK && sc_ddl_rowtype_call_kind(m, kinds, k->check_expr) == 2)
            return true;
    }
    for (size_t i = 0; i < t->indexes.n; i++)
        if (sc_ddl_index_late(m, kinds, t->indexes.items[i]))
            return true;
    return false;
}

/* fns7: whether t's parts of kind 2 can be written now: every view that
 * the functions and bodies they call need is (l->pending says which are
 * not, by name: "name" -> their count). */
typedef struct ready_ctx {
    const sc_ddl_late *l;
    bool ready;
} ready_ctx;

static void view_needed(const char *name, void *arg)
{
    ready_ctx *r = arg;
    if (r->l->pending && sc_strmap_get(r->l->pending, name))
        r->ready = false;
}

static void name_needed(const char *name, void *arg)
{
    ready_ctx *r = arg;
    view_needed(name, arg);
    if (r->l->rowfns)
        sc_ddl_rowfns_each_view(r->l->rowfns, NULL, name, view_needed, arg);
}

bool sc_ddl_table_late_ready(const sc_model *m, const sc_ddl_late *l, const sc_table *t)
{
    ready_ctx r = {l, true};
    for (size_t i = 0; r.ready && i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        const char *expr = c->generated ? c->generated : c->default_expr;
        if (sc_ddl_rowtype_call_kind(m, l->kinds, expr) != 2)
            continue;
        if (l->rowfns)
            sc_ddl_rowfns_each_view_called(l->rowfns, expr, view_needed, &r);
        if (l->bodies)
            sc_ddl_bodies_each_read(l->bodies, expr, name_needed, &r);
    }
    for (size_t i = 0; r.ready && i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_CHECK || sc_ddl_rowtype_call_kind(m, l->kinds, k->check_expr) != 2)
            continue;
        if (l->rowfns)
            sc_ddl_rowfns_each_view_called(l->rowfns, k->check_expr, view_needed, &r);
        if (l->bodies)
            sc_ddl_bodies_each_read(l->bodies, k->check_expr, name_needed, &r);
    }
    for (size_t i = 0; r.ready && i < t->indexes.n; i++) {
        const sc_index *ix = t->indexes.items[i];
        if (!sc_ddl_index_late(m, l->kinds, ix))
            continue;
        for (size_t e = 0; e <= ix->nelems; e++) {
            const char *expr = e < ix->nelems ? ix->elems[e].expr : ix->where;
            if (l->rowfns)
                sc_ddl_rowfns_each_view_called(l->rowfns, expr, view_needed, &r);
            if (l->bodies)
                sc_ddl_bodies_each_read(l->bodies, expr, name_needed, &r);
        }
    }
    return r.ready;
}

/* fns7: the functions over a view's row type and the bodies expr calls,
 * if not written yet */
static void called_first(sc_strbuf *b, const sc_ddl_late *l, const char *expr, sc_diags *d)
{
    if (l->rowfns)
        sc_ddl_rowfns_called(b, l->rowfns, expr, d);
    if (l->bodies)
        sc_ddl_bodies_called(b, l->bodies, expr, d);
}

int sc_ddl_table_late(sc_strbuf *b, const sc_model *m, const sc_ddl_late *l, const sc_table *t, int kind,
                      sc_diags *d)
{
    int rc = 0;
    if (l->done) {
        sc_strbuf kb = SC_STRBUF_INIT;
        sc_sb_printf(&kb, "%s.%s", t->schema ? t->schema : SC_DEFAULT_SCHEMA, t->name);
        bool seen = sc_strmap_has(l->done, sc_sb_cstr(&kb));
        if (!seen)
            sc_strmap_put(l->done, sc_sb_cstr(&kb), NULL);
        sc_sb_free(&kb);
        if (seen)
            return 0;
    }
    for (size_t i = 0; m->functions.n && i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        const char *expr = c->generated ? c->generated : c->default_expr;
        int k = sc_ddl_rowtype_call_kind(m, l->kinds, expr);
        if (k != kind)
            continue;   /* (a generated column that cannot go last failed compile already) */
        called_first(b, l, expr, d);
        sc_sb_puts(b, "\nALTER TABLE ");
        sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
        if (c->generated) {
            sc_sb_puts(b, " ADD COLUMN ");
            rc |= sc_ddl_column_def(b, t, c, SC_DIALECT_POSTGRESQL, 0, 0, d);
        } else {
            sc_sb_puts(b, " ALTER COLUMN ");
            sc_ddl_ident(b, SC_DIALECT_POSTGRESQL, c->name);
            sc_sb_puts(b, " SET DEFAULT ");
            sc_ddl_default_expr(b, c->default_expr, SC_DIALECT_POSTGRESQL);
        }
        sc_sb_puts(b, ";\n");
        if (c->generated)   /* attopts7: what CREATE TABLE's ALTERs said of the others */
            sc_ddl_column_after_add(b, t->schema, t->name, c);
    }
    /* fns7: a check that calls a function over a view's row type, or a
     * body that does (those over a table's: with the tables' constraints) */
    for (size_t i = 0; kind == 2 && m->functions.n && i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_CHECK || sc_ddl_rowtype_call_kind(m, l->kinds, k->check_expr) != 2)
            continue;
        called_first(b, l, k->check_expr, d);
        sc_sb_putc(b, '\n');
        rc |= sc_ddl_add_constraint(b, t, k, SC_DIALECT_POSTGRESQL, d);
    }
    /* fns7: and an index that does */
    for (size_t i = 0; kind == 2 && i < t->indexes.n; i++) {
        const sc_index *ix = t->indexes.items[i];
        if (!sc_ddl_index_late(m, l->kinds, ix))
            continue;
        for (size_t e = 0; e < ix->nelems; e++)
            called_first(b, l, ix->elems[e].expr, d);
        called_first(b, l, ix->where, d);
        sc_sb_putc(b, '\n');
        rc |= sc_ddl_create_index(b, t, ix, SC_DIALECT_POSTGRESQL, d);
    }
    return rc;
}
