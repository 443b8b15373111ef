/* ddl_rowtype_cols.c - fns6 (issue 11): `compile` leaves out of CREATE
 * TABLE a column default or a generated column that calls a function over
 * a row type, which is written after the tables (over a table's) or after
 * the views (over a view's: ddl_rowtype_fns.c), and adds it once that
 * function exists: ALTER TABLE ... ALTER COLUMN ... SET DEFAULT, or ADD
 * COLUMN for a generated one (PostgreSQL 15 cannot make a column generated
 * in place), which puts it last: model/late_columns.c says when it can be,
 * else a located error. The diff does the same (diff/table_fn_columns.c). */
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

int sc_ddl_table_late(sc_strbuf *b, const sc_model *m, const unsigned char *kinds, const sc_table *t, int kind,
                      sc_diags *d)
{
    int rc = 0;
    for (size_t i = 0; m->functions.n && i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        int k = sc_ddl_rowtype_call_kind(m, kinds, c->generated ? c->generated : c->default_expr);
        if (k != kind)
            continue;   /* (a generated column that cannot go last failed compile already) */
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
    return rc;
}
