/* ddl_pg.c - statements only PostgreSQL has: schemas, enum types,
 * sequences and comments. For SQLite they are errors (schemas, sequences)
 * or nothing at all (enum types become checks, comments are not stored). */
#include <string.h>

#include "emit/ddl.h"

int sc_ddl_create_schema(sc_strbuf *b, const char *schema, sc_loc at, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, at,
                                  "schema \"%s\": SQLite has no schemas", schema);
        sc_diag_hint(dg, "SQLite's main database is schema \"public\"; leave objects unqualified");
        return -1;
    }
    sc_sb_puts(b, "CREATE SCHEMA ");
    sc_sb_ident(b, schema);
    sc_sb_puts(b, ";\n");
    return 0;
}

int sc_ddl_create_enum(sc_strbuf *b, const sc_enum *e, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE) {
        if (e->schema && strcmp(e->schema, SC_DEFAULT_SCHEMA) != 0) {
            sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, e->loc,
                        "enum \"%s.%s\": SQLite has no schemas", e->schema, e->name);
            return -1;
        }
        return 0;
    }
    sc_sb_puts(b, "CREATE TYPE ");
    sc_sb_qualified(b, e->schema, e->name);
    sc_sb_puts(b, " AS ENUM (");
    /* One label a line once the list gets long, as in code review. */
    size_t total = 0;
    for (size_t i = 0; i < e->labels.n; i++)
        total += strlen(e->labels.items[i]) + 4;
    bool multiline = total > 60;
    for (size_t i = 0; i < e->labels.n; i++) {
        if (multiline)
            sc_sb_puts(b, i ? ",\n    " : "\n    ");
        else if (i)
            sc_sb_puts(b, ", ");
        sc_sb_literal(b, e->labels.items[i]);
    }
    sc_sb_puts(b, multiline && e->labels.n ? "\n);\n" : ");\n");
    return 0;
}

int sc_ddl_create_sequence(sc_strbuf *b, const sc_sequence *s, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, s->loc,
                                  "sequence \"%s\": SQLite has no sequences", s->name);
        sc_diag_hint(dg, "use an identity column (INTEGER PRIMARY KEY in SQLite) instead");
        return -1;
    }
    sc_sb_puts(b, "CREATE SEQUENCE ");
    sc_sb_qualified(b, s->schema, s->name);
    /* Only what differs from PostgreSQL's defaults, so that the text reads
     * like what was declared. */
    if (s->type && strcmp(s->type, "bigint") != 0)
        sc_sb_printf(b, " AS %s", s->type);
    if (s->increment != 1)
        sc_sb_printf(b, " INCREMENT BY %lld", s->increment);
    if (s->has_min)
        sc_sb_printf(b, " MINVALUE %lld", s->min_value);
    if (s->has_max)
        sc_sb_printf(b, " MAXVALUE %lld", s->max_value);
    if (s->start != 1 || s->has_min || s->increment < 0)
        sc_sb_printf(b, " START WITH %lld", s->start);
    if (s->cache != 1 && s->cache > 0)
        sc_sb_printf(b, " CACHE %lld", s->cache);
    if (s->cycle)
        sc_sb_puts(b, " CYCLE");
    sc_sb_puts(b, ";\n");
    return 0;
}

void sc_ddl_sequence_owned_by(sc_strbuf *b, const sc_sequence *s)
{
    if (!s->owned_by_table || !s->owned_by_column)
        return;
    sc_sb_puts(b, "ALTER SEQUENCE ");
    sc_sb_qualified(b, s->schema, s->name);
    sc_sb_puts(b, " OWNED BY ");
    /* OWNED BY needs the table in the sequence's schema. */
    sc_sb_qualified(b, s->schema, s->owned_by_table);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, s->owned_by_column);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_comment_is(sc_strbuf *b, const char *comment)
{
    sc_sb_puts(b, " IS ");
    if (comment)
        sc_sb_literal(b, comment);
    else
        sc_sb_puts(b, "NULL");
    sc_sb_puts(b, ";\n");
}

void sc_ddl_comment_table(sc_strbuf *b, const sc_table *t, const char *comment, sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON TABLE ");
    sc_sb_qualified(b, t->schema, t->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_column(sc_strbuf *b, const sc_table *t, const sc_column *c, const char *comment,
                           sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON COLUMN ");
    sc_sb_qualified(b, t->schema, t->name);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, c->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_enum(sc_strbuf *b, const sc_enum *e, const char *comment, sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON TYPE ");
    sc_sb_qualified(b, e->schema, e->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_index(sc_strbuf *b, const sc_table *t, const sc_index *ix, const char *comment,
                          sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON INDEX ");
    sc_sb_qualified(b, t->schema, ix->name);   /* an index lives in its table's schema */
    sc_ddl_comment_is(b, comment);
}

/* ---- comments on constraints and sequences (issue 12) ------------------- */

void sc_ddl_comment_constraint(sc_strbuf *b, const sc_table *t, const sc_constraint *k, const char *comment,
                               sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON CONSTRAINT ");
    sc_sb_ident(b, k->name ? k->name : "");
    sc_sb_puts(b, " ON ");
    sc_sb_qualified(b, t->schema, t->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_sequence(sc_strbuf *b, const sc_sequence *s, const char *comment, sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    sc_sb_puts(b, "COMMENT ON SEQUENCE ");
    sc_sb_qualified(b, s->schema, s->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_schema(sc_strbuf *b, const char *schema, const char *comment)
{
    sc_sb_puts(b, "COMMENT ON SCHEMA ");
    sc_sb_ident(b, schema);
    sc_ddl_comment_is(b, comment);
}
