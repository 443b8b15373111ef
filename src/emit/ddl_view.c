/* ddl_view.c - DDL for one view or materialized view at a time, shared by
 * `compile` and the diff emitters (the same text either way). */
#include <string.h>

#include "emit/ddl_internal.h"

static const char *view_word(const sc_view *v)
{
    return v->materialized ? "MATERIALIZED VIEW" : "VIEW";
}

/* What SQLite cannot express. 0, or -1 after adding errors. */
static int sqlite_check_view(const sc_view *v, sc_diags *d)
{
    const char *what = v->materialized ? "materialized views"
                       : v->check_option ? "WITH CHECK OPTION"
                       : v->security_barrier ? "view option security_barrier"
                       : v->security_invoker ? "view option security_invoker"
                       : v->indexes.n ? "indexes on views" : NULL;
    if (!what)
        return 0;
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, v->loc,
                              "%s \"%s\": SQLite has no %s", v->materialized ? "materialized view" : "view",
                              v->name, what);
    sc_diag_hint(dg, "compile it for PostgreSQL, or declare a plain view without options for SQLite");
    return -1;
}

static void view_options(sc_strbuf *b, const sc_view *v)
{
    if (!v->security_barrier && !v->security_invoker)
        return;
    sc_sb_puts(b, " WITH (");
    if (v->security_barrier)
        sc_sb_puts(b, v->security_invoker ? "security_barrier, " : "security_barrier");
    if (v->security_invoker)
        sc_sb_puts(b, "security_invoker");
    sc_sb_putc(b, ')');
}

/* The query without a trailing ';' or blanks (pg_get_viewdef ends in ";"). */
static void query_text(sc_strbuf *b, const char *q, sc_dialect dialect)
{
    size_t n = strlen(q);
    while (n && (q[n - 1] == ';' || q[n - 1] == ' ' || q[n - 1] == '\n' || q[n - 1] == '\t' ||
                 q[n - 1] == '\r'))
        n--;
    while (n && (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r')) {
        q++;
        n--;
    }
    sc_strbuf t = SC_STRBUF_INIT;
    sc_sb_putn(&t, q, n);
    sc_ddl_expr(b, sc_sb_cstr(&t), dialect);
    sc_sb_free(&t);
}

int sc_ddl_create_view(sc_strbuf *b, const sc_view *v, bool or_replace, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE) {
        if (sqlite_check_view(v, d))
            return -1;
        if (v->sqlite_sql) {   /* read from SQLite: its own text, byte for byte */
            sc_sb_puts(b, v->sqlite_sql);
            sc_sb_puts(b, ";\n");
            return 0;
        }
    }
    sc_sb_puts(b, "CREATE ");
    if (or_replace && !v->materialized)
        sc_sb_puts(b, "OR REPLACE ");
    sc_sb_puts(b, view_word(v));
    sc_sb_putc(b, ' ');
    sc_ddl_qualified(b, dialect, v->schema, v->name);
    if (v->column_list.n) {
        sc_sb_putc(b, ' ');
        sc_ddl_names(b, &v->column_list, dialect);
    }
    if (dialect == SC_DIALECT_POSTGRESQL)
        view_options(b, v);
    sc_sb_puts(b, " AS\n");
    query_text(b, v->query ? v->query : "", dialect);
    if (v->check_option)
        sc_sb_puts(b, v->check_option == SC_CHECK_OPTION_LOCAL ? "\n  WITH LOCAL CHECK OPTION"
                                                              : "\n  WITH CASCADED CHECK OPTION");
    if (v->materialized && v->with_no_data)
        sc_sb_puts(b, "\n  WITH NO DATA");
    sc_sb_puts(b, ";\n");
    return 0;
}

void sc_ddl_drop_view(sc_strbuf *b, const sc_view *v, sc_dialect dialect)
{
    sc_sb_puts(b, "DROP ");
    sc_sb_puts(b, dialect == SC_DIALECT_SQLITE ? "VIEW" : view_word(v));
    sc_sb_putc(b, ' ');
    sc_ddl_qualified(b, dialect, v->schema, v->name);
    sc_sb_puts(b, ";\n");
}

/* An index of a materialized view is written as one of a table of the same
 * name: CREATE INDEX takes any relation. */
int sc_ddl_create_view_index(sc_strbuf *b, const sc_view *v, const sc_index *ix, sc_dialect dialect,
                             sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE)
        return sqlite_check_view(v, d);
    sc_table as_table = {0};
    as_table.schema = v->schema;
    as_table.name = v->name;
    return sc_ddl_create_index(b, &as_table, ix, dialect, d);
}


void sc_ddl_comment_view(sc_strbuf *b, const sc_view *v, const char *comment, sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON ");
    sc_sb_puts(b, view_word(v));
    sc_sb_putc(b, ' ');
    sc_sb_qualified(b, v->schema, v->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_view_column(sc_strbuf *b, const sc_view *v, const char *column, const char *comment,
                                sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON COLUMN ");
    sc_sb_qualified(b, v->schema, v->name);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, column);
    sc_ddl_comment_is(b, comment);
}

int sc_ddl_view_extras(sc_strbuf *b, const sc_view *v, sc_dialect dialect, sc_diags *d)
{
    int rc = 0;
    for (size_t i = 0; i < v->indexes.n; i++)
        if (sc_ddl_create_view_index(b, v, SC_VEC_AT(v->indexes, i, sc_index), dialect, d))
            rc = -1;
    if (v->comment)
        sc_ddl_comment_view(b, v, v->comment, dialect);
    for (size_t i = 0; i < v->columns.n; i++) {
        const sc_view_column *c = SC_VEC_AT(v->columns, i, sc_view_column);
        if (c->comment)
            sc_ddl_comment_view_column(b, v, c->name, c->comment, dialect);
    }
    return rc;
}
