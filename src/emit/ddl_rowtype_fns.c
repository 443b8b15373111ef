/* ddl_rowtype_fns.c - types4 (issue 11): `compile` creates a function
 * whose argument or result types are a table's or a view's row type
 * (`f(i items)`, `RETURNS SETOF v_items`) after that relation, not with the
 * other functions ahead of the tables: PostgreSQL resolves the type when
 * the function is created. Those over a table's row type come right after
 * the tables (before the indexes and views that may call them), those over
 * a view's after the views. Functions with a SQL-standard body are placed
 * by ddl_bodies.c (after what they read) and aggregates with the other
 * functions, as before. A relation is named as the diff names it
 * (routine_rowtypes.c): its name among the words of the argument types or
 * the result.
 *
 * fns6: a view that calls a function over another view's row type
 * (`FROM view_rows()`) needs it first: the views' order puts the views its
 * signature names ahead of the view (sc_ddl_rowfns_each_view), and the
 * function is written just before the view (sc_ddl_rowfns_named); the
 * rest after the views. */
#include <stdlib.h>
#include <string.h>

#include "emit/ddl_internal.h"
#include "model/sqltok.h"

static bool signature_names(const sc_function *f, const char *name)
{
    return sc_text_uses_name(f->args, name) || sc_text_uses_name(f->returns, name);
}

/* 0: none; 1: a table's row type; 2: a view's (and maybe a table's too). */
static int rowtype_kind(const sc_model *m, const sc_function *f)
{
    if (f->sql_body || f->aggregate)
        return 0;
    for (size_t i = 0; i < m->views.n; i++)
        if (signature_names(f, SC_VEC_AT(m->views, i, sc_view)->name))
            return 2;
    for (size_t i = 0; i < m->tables.n; i++)
        if (signature_names(f, SC_VEC_AT(m->tables, i, sc_table)->name))
            return 1;
    return 0;
}

bool sc_ddl_fn_over_rowtype(const sc_model *m, const sc_function *f)
{
    return rowtype_kind(m, f) != 0;
}

/* fns7: the SQL-standard bodies that call a function over a view's row
 * type, or such a body, to a fixed point: 3. PostgreSQL parses the body
 * when it is created, so it comes after the views too (ddl_bodies.c writes
 * it), and so does what of a table calls it. */
static void late_bodies(const sc_model *m, unsigned char *k)
{
    bool any = false;
    for (size_t i = 0; i < m->functions.n && !any; i++)
        any = k[i] == 2;
    for (bool more = any; more;) {
        more = false;
        for (size_t i = 0; i < m->functions.n; i++) {
            const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
            if (!f->sql_body || f->aggregate || k[i])
                continue;
            const char *text = sc_routine_body_after_create(f->sql);
            for (size_t j = 0; j < m->functions.n && !k[i]; j++) {
                const sc_function *g = SC_VEC_AT(m->functions, j, sc_function);
                if (j != i && k[j] >= 2 && sc_expr_calls(text, g->schema, g->name))
                    k[i] = 3;
            }
            more |= k[i] != 0;
        }
    }
}

unsigned char *sc_ddl_rowtype_kinds(const sc_model *m)
{
    unsigned char *k = calloc(m->functions.n + 1, 1);
    if (!k)
        abort();
    for (size_t i = 0; i < m->functions.n; i++)
        k[i] = (unsigned char)rowtype_kind(m, SC_VEC_AT(m->functions, i, sc_function));
    late_bodies(m, k);
    return k;
}

int sc_ddl_rowtype_call_kind(const sc_model *m, const unsigned char *kinds, const char *expr)
{
    int kind = 0;
    for (size_t i = 0; expr && i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (kinds[i] > kind && sc_expr_calls(expr, f->schema, f->name))
            kind = kinds[i];
    }
    return kind > 2 ? 2 : kind;   /* fns7: a body over a view's: after the views */
}

static void write_one(sc_strbuf *b, sc_ddl_rowfns *s, size_t i, sc_diags *d)
{
    if (s->written[i])
        return;
    s->written[i] = 1;
    if (!s->set)
        sc_sb_puts(b, "\nSET check_function_bodies = false;\n");
    s->set = true;
    sc_sb_putc(b, '\n');
    s->rc |= sc_ddl_create_function(b, SC_VEC_AT(s->m->functions, i, sc_function), false, SC_DIALECT_POSTGRESQL, d);
}

void sc_ddl_rowfns_init(sc_ddl_rowfns *s, const sc_model *m, const unsigned char *kinds, bool views,
                        sc_dialect dialect)
{
    memset(s, 0, sizeof *s);
    s->m = m;
    s->views = views;
    s->written = calloc(m->functions.n + 1, 1);
    if (!s->written)
        abort();
    /* SQLite has none: every function counts as written */
    for (size_t i = 0; i < m->functions.n; i++)
        s->written[i] = dialect != SC_DIALECT_POSTGRESQL || kinds[i] != (views ? 2 : 1);
}

void sc_ddl_rowfns_free(sc_ddl_rowfns *s)
{
    free(s->written);
    s->written = NULL;
}

/* Function i is one of s's not written yet and of that name. */
static bool named(const sc_ddl_rowfns *s, size_t i, const char *schema, const char *name)
{
    const sc_function *f = SC_VEC_AT(s->m->functions, i, sc_function);
    return !s->written[i] && !strcmp(f->name, name) && (!schema || !strcmp(f->schema, schema));
}

void sc_ddl_rowfns_each_view(const sc_ddl_rowfns *s, const char *schema, const char *name,
                             void (*fn)(const char *, void *), void *arg)
{
    for (size_t i = 0; i < s->m->functions.n; i++) {
        if (!named(s, i, schema, name))
            continue;
        const sc_function *f = SC_VEC_AT(s->m->functions, i, sc_function);
        for (size_t k = 0; k < s->m->views.n; k++) {
            const char *v = SC_VEC_AT(s->m->views, k, sc_view)->name;
            if (signature_names(f, v))
                fn(v, arg);
        }
    }
}

void sc_ddl_rowfns_each_view_called(const sc_ddl_rowfns *s, const char *expr, void (*fn)(const char *, void *),
                                    void *arg)
{
    for (size_t i = 0; expr && i < s->m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(s->m->functions, i, sc_function);
        if (!s->written[i] && sc_expr_calls(expr, f->schema, f->name))
            sc_ddl_rowfns_each_view(s, f->schema, f->name, fn, arg);
    }
}

void sc_ddl_rowfns_called(sc_strbuf *b, sc_ddl_rowfns *s, const char *expr, sc_diags *d)
{
    for (size_t i = 0; expr && i < s->m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(s->m->functions, i, sc_function);
        if (!s->written[i] && sc_expr_calls(expr, f->schema, f->name))
            write_one(b, s, i, d);
    }
}

void sc_ddl_rowfns_named(sc_strbuf *b, sc_ddl_rowfns *s, const char *schema, const char *name, sc_diags *d)
{
    for (size_t i = 0; i < s->m->functions.n; i++)
        if (named(s, i, schema, name))
            write_one(b, s, i, d);
}

int sc_ddl_rowfns_rest(sc_strbuf *b, sc_ddl_rowfns *s, sc_diags *d)
{
    for (size_t i = 0; i < s->m->functions.n; i++)
        write_one(b, s, i, d);
    return s->rc;
}
