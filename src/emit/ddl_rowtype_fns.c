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
 * the result. */
#include <string.h>

#include "emit/ddl_internal.h"
#include "model/sqltok.h"

static bool text_names(const char *text, const char *name)
{
    if (!text || !*text)
        return false;
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, text);
    bool found = false;
    while (!found && sc_name_iter_next(&it, buf, sizeof buf))
        found = !strcmp(buf, name);
    sc_name_iter_free(&it);
    return found;
}

static bool signature_names(const sc_function *f, const char *name)
{
    return text_names(f->args, name) || text_names(f->returns, name);
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

bool sc_ddl_calls_table_rowtype_fn(const sc_model *m, const char *expr)
{
    for (size_t i = 0; expr && i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (sc_expr_calls(expr, f->schema, f->name) && rowtype_kind(m, f) == 1)
            return true;
    }
    return false;
}

int sc_ddl_rowtype_functions(sc_strbuf *b, const sc_model *m, bool views, sc_dialect dialect, sc_diags *d)
{
    int rc = 0;
    bool first = true;
    for (size_t i = 0; dialect == SC_DIALECT_POSTGRESQL && i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (rowtype_kind(m, f) != (views ? 2 : 1))
            continue;
        if (first)
            sc_sb_puts(b, "\nSET check_function_bodies = false;\n");
        first = false;
        sc_sb_putc(b, '\n');
        rc |= sc_ddl_create_function(b, f, false, dialect, d);
    }
    return rc;
}
