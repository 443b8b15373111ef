/* ddl_utype.c - CREATE DOMAIN, CREATE TYPE ... AS (...) and AS RANGE, their
 * comments, and what SQLite refuses of them (it has none of the three). */
#include <string.h>

#include "emit/ddl.h"

static void domain_check(sc_strbuf *b, const sc_domain_check *k)
{
    sc_sb_puts(b, "CONSTRAINT ");
    sc_sb_ident(b, k->name);
    sc_sb_puts(b, " CHECK (");
    sc_sb_puts(b, k->expr);
    sc_sb_putc(b, ')');
}

void sc_ddl_domain_add_check(sc_strbuf *b, const sc_utype *u, const sc_domain_check *k)
{
    sc_sb_puts(b, "ALTER DOMAIN ");
    sc_sb_qualified(b, u->schema, u->name);
    sc_sb_puts(b, " ADD ");
    domain_check(b, k);
    sc_sb_puts(b, k->not_valid ? " NOT VALID;\n" : ";\n");
}

static void create_domain(sc_strbuf *b, const sc_utype *u)
{
    sc_sb_puts(b, "CREATE DOMAIN ");
    sc_sb_qualified(b, u->schema, u->name);
    sc_sb_puts(b, " AS ");
    sc_ddl_type(b, &u->base);
    if (u->collation) {
        sc_sb_puts(b, " COLLATE ");
        sc_ddl_collation(b, u->collation, SC_DIALECT_POSTGRESQL);
    }
    if (u->default_expr) {
        sc_sb_puts(b, " DEFAULT ");
        sc_ddl_default_expr(b, u->default_expr, SC_DIALECT_POSTGRESQL);
    }
    if (u->not_null)
        sc_sb_puts(b, " NOT NULL");
    for (size_t i = 0; i < u->checks.n; i++) {
        const sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
        if (k->not_valid)
            continue;   /* CREATE DOMAIN validates: added after it */
        sc_sb_puts(b, "\n    ");
        domain_check(b, k);
    }
    sc_sb_puts(b, ";\n");
    for (size_t i = 0; i < u->checks.n; i++) {
        const sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
        if (k->not_valid)
            sc_ddl_domain_add_check(b, u, k);
    }
}

void sc_ddl_type_attr(sc_strbuf *b, const sc_type_attr *at)
{
    sc_sb_ident(b, at->name);
    sc_sb_putc(b, ' ');
    sc_ddl_type(b, &at->type);
    if (at->collation) {
        sc_sb_puts(b, " COLLATE ");
        sc_ddl_collation(b, at->collation, SC_DIALECT_POSTGRESQL);
    }
}

static void create_composite(sc_strbuf *b, const sc_utype *u)
{
    sc_sb_puts(b, "CREATE TYPE ");
    sc_sb_qualified(b, u->schema, u->name);
    sc_sb_puts(b, " AS (");
    for (size_t i = 0; i < u->attrs.n; i++) {
        sc_sb_puts(b, i ? ",\n    " : "\n    ");
        sc_ddl_type_attr(b, SC_VEC_AT(u->attrs, i, sc_type_attr));
    }
    sc_sb_puts(b, u->attrs.n ? "\n);\n" : ");\n");
}

static void range_opt(sc_strbuf *b, const char *name, const char *value)
{
    if (value)
        sc_sb_printf(b, ",\n    %s = %s", name, value);
}

static void create_range(sc_strbuf *b, const sc_utype *u)
{
    sc_sb_puts(b, "CREATE TYPE ");
    sc_sb_qualified(b, u->schema, u->name);
    sc_sb_puts(b, " AS RANGE (\n    subtype = ");
    sc_ddl_type(b, &u->base);
    range_opt(b, "subtype_opclass", u->subtype_opclass);
    if (u->collation) {
        sc_sb_puts(b, ",\n    collation = ");
        sc_ddl_collation(b, u->collation, SC_DIALECT_POSTGRESQL);
    }
    range_opt(b, "canonical", u->canonical);
    range_opt(b, "subtype_diff", u->subtype_diff);
    range_opt(b, "multirange_type_name", u->multirange);
    sc_sb_puts(b, "\n);\n");
}

static sc_loc where(const sc_utype *u)
{
    return u->loc;
}

int sc_ddl_create_utype(sc_strbuf *b, const sc_utype *u, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, where(u), "%s \"%s\": SQLite has no %ss",
                                  sc_utype_kind_name(u->kind), u->name, sc_utype_kind_name(u->kind));
        sc_diag_hint(dg, u->kind == SC_UTYPE_DOMAIN ? "use the base type and a check on each column"
                                                    : "store the parts in columns of their own");
        return -1;
    }
    switch (u->kind) {
    case SC_UTYPE_DOMAIN: create_domain(b, u); break;
    case SC_UTYPE_COMPOSITE: create_composite(b, u); break;
    default: create_range(b, u); break;
    }
    return 0;
}

void sc_ddl_comment_utype(sc_strbuf *b, const sc_utype *u, const char *comment)
{
    sc_sb_puts(b, u->kind == SC_UTYPE_DOMAIN ? "COMMENT ON DOMAIN " : "COMMENT ON TYPE ");
    sc_sb_qualified(b, u->schema, u->name);
    sc_ddl_comment_is(b, comment);
}

/* ---- what SQLite refuses -------------------------------------------------- */

int sc_ddl_refuse_utypes(const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    if (dialect != SC_DIALECT_SQLITE || !m || !m->utypes.n)
        return 0;
    int rc = 0;
    sc_strbuf scratch = SC_STRBUF_INIT;
    for (size_t i = 0; i < m->utypes.n; i++)
        rc |= sc_ddl_create_utype(&scratch, SC_VEC_AT(m->utypes, i, sc_utype), dialect, d);
    sc_sb_free(&scratch);
    /* and each column that uses one, where it says so */
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->columns.n; j++) {
            const sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            const sc_utype *u = c->type.is_user ? sc_model_utype_of(m, &c->type) : NULL;
            if (!u)
                continue;
            sc_loc loc = sc_column_type_loc(c).src ? sc_column_type_loc(c) : c->loc;
            sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, loc, "column %s.%s: type \"%s\" is a %s, which SQLite cannot express",
                        t->name, c->name, u->name, sc_utype_kind_name(u->kind));
            rc = -1;
        }
    }
    return rc;
}
