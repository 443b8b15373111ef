/* ddl_policy.c - row level security: ENABLE/FORCE on a table and its
 * policies (CREATE/ALTER/DROP POLICY, COMMENT ON POLICY). PostgreSQL only:
 * SQLite has no roles and no row security, so a model that asks for them is
 * refused for SQLite with a located error, never written without them. */
#include <string.h>

#include "emit/ddl.h"

/* NULL and "" are both no expression. */
static bool same_text(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

static int refuse_sqlite(const sc_table *t, sc_loc loc, const char *what, sc_diags *d)
{
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, loc,
                              "table \"%s\": SQLite has no %s", t->name, what);
    sc_diag_hint(dg, "row level security and policies are PostgreSQL's; keep them in a "
                     "PostgreSQL-only schema file");
    return -1;
}

static void on_table(sc_strbuf *b, const sc_table *t)
{
    sc_sb_puts(b, " ON ");
    sc_sb_qualified(b, t->schema, t->name);
}

static void roles(sc_strbuf *b, const sc_names *r)
{
    sc_sb_puts(b, " TO ");
    if (!r->n) {
        sc_sb_puts(b, "PUBLIC");
        return;
    }
    for (size_t i = 0; i < r->n; i++) {
        if (i)
            sc_sb_puts(b, ", ");
        sc_sb_ident(b, r->items[i]);
    }
}

static void expr_clause(sc_strbuf *b, const char *kw, const char *expr)
{
    if (!expr)
        return;
    sc_sb_printf(b, " %s (", kw);
    sc_sb_puts(b, expr);
    sc_sb_putc(b, ')');
}

int sc_ddl_table_rls(sc_strbuf *b, const sc_table *t, bool enable, bool force, sc_dialect dialect,
                     sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE)
        return enable || force ? refuse_sqlite(t, t->loc, "row level security", d) : 0;
    sc_sb_puts(b, "ALTER TABLE ");
    sc_sb_qualified(b, t->schema, t->name);
    sc_sb_puts(b, enable ? " ENABLE ROW LEVEL SECURITY;\n" : " DISABLE ROW LEVEL SECURITY;\n");
    return 0;
}

void sc_ddl_table_rls_force(sc_strbuf *b, const sc_table *t, bool force)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_sb_qualified(b, t->schema, t->name);
    sc_sb_puts(b, force ? " FORCE ROW LEVEL SECURITY;\n" : " NO FORCE ROW LEVEL SECURITY;\n");
}

int sc_ddl_create_policy(sc_strbuf *b, const sc_table *t, const sc_policy *p, sc_dialect dialect,
                         sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE)
        return refuse_sqlite(t, p->loc, "policies", d);
    sc_sb_puts(b, "CREATE POLICY ");
    sc_sb_ident(b, p->name);
    on_table(b, t);
    if (p->restrictive)
        sc_sb_puts(b, " AS RESTRICTIVE");
    if (p->cmd != SC_POLICY_ALL)
        sc_sb_printf(b, " FOR %s", sc_policy_cmd_sql(p->cmd));
    if (p->roles.n)   /* TO PUBLIC is the default */
        roles(b, &p->roles);
    expr_clause(b, "USING", p->using_expr);
    expr_clause(b, "WITH CHECK", p->check_expr);
    sc_sb_puts(b, ";\n");
    return 0;
}

void sc_ddl_drop_policy(sc_strbuf *b, const sc_table *t, const sc_policy *p)
{
    sc_sb_puts(b, "DROP POLICY ");
    sc_sb_ident(b, p->name);
    on_table(b, t);
    sc_sb_puts(b, ";\n");
}

/* What ALTER POLICY can change: roles and the two expressions. An
 * expression that goes away cannot be removed by ALTER POLICY: the caller
 * drops and creates then (sc_policy_alterable). */
void sc_ddl_alter_policy(sc_strbuf *b, const sc_table *t, const sc_policy *from, const sc_policy *to)
{
    sc_sb_puts(b, "ALTER POLICY ");
    sc_sb_ident(b, to->name);
    on_table(b, t);
    if (!sc_names_equal(&from->roles, &to->roles))
        roles(b, &to->roles);
    if (!same_text(from->using_expr, to->using_expr))
        expr_clause(b, "USING", to->using_expr);
    if (!same_text(from->check_expr, to->check_expr))
        expr_clause(b, "WITH CHECK", to->check_expr);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_comment_policy(sc_strbuf *b, const sc_table *t, const sc_policy *p, const char *comment)
{
    sc_sb_puts(b, "COMMENT ON POLICY ");
    sc_sb_ident(b, p->name);
    on_table(b, t);
    sc_ddl_comment_is(b, comment);
}
