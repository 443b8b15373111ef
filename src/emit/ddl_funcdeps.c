/* ddl_funcdeps.c - funcdeps (issue 11): `compile` creates domains before
 * functions (a function's arguments may be of a domain), but a domain's
 * check or default may call a function of the schema. Such parts are
 * left out of CREATE DOMAIN and added after the functions, as pg_dump
 * does for what depends on a later object. */
#include "emit/ddl.h"

const sc_utype *sc_ddl_domain_early(sc_arena *a, const sc_model *m, const sc_utype *u)
{
    if (u->kind != SC_UTYPE_DOMAIN || !m->functions.n)
        return u;
    bool late_default = sc_model_calls_function(m, u->default_expr);
    bool any = late_default;
    for (size_t i = 0; i < u->checks.n && !any; i++)
        any = sc_model_calls_function(m, ((const sc_domain_check *)u->checks.items[i])->expr);
    if (!any)
        return u;
    sc_utype *e = sc_arena_alloc(a, sizeof *e);
    *e = *u;
    if (late_default)
        e->default_expr = NULL;
    e->checks = (sc_vec){0};
    for (size_t i = 0; i < u->checks.n; i++) {
        const sc_domain_check *k = u->checks.items[i];
        if (!sc_model_calls_function(m, k->expr))
            sc_vec_push(a, &e->checks, (void *)k);
    }
    return e;
}

/* Whether a late part is written in this pass: one that calls a
 * SQL-standard body waits until the bodies are written (they may read the
 * tables, which come after the functions). */
static bool late_now(const sc_model *m, const sc_ddl_bodies *bodies, bool after_bodies, const char *expr)
{
    if (!sc_model_calls_function(m, expr))
        return false;
    return sc_ddl_bodies_calls(bodies, expr) == after_bodies;
}

void sc_ddl_domains_late(sc_strbuf *b, const sc_model *m, const sc_ddl_bodies *bodies, bool after_bodies)
{
    for (size_t i = 0; m->functions.n && i < m->utypes.n; i++) {
        const sc_utype *u = m->utypes.items[i];
        if (u->kind != SC_UTYPE_DOMAIN)
            continue;
        if (late_now(m, bodies, after_bodies, u->default_expr)) {
            sc_sb_puts(b, "\nALTER DOMAIN ");
            sc_sb_qualified(b, u->schema, u->name);
            sc_sb_puts(b, " SET DEFAULT ");
            sc_ddl_default_expr(b, u->default_expr, SC_DIALECT_POSTGRESQL);
            sc_sb_puts(b, ";\n");
        }
        for (size_t k = 0; k < u->checks.n; k++) {
            const sc_domain_check *ck = u->checks.items[k];
            if (late_now(m, bodies, after_bodies, ck->expr)) {
                sc_sb_putc(b, '\n');
                sc_ddl_domain_add_check(b, u, ck);
            }
        }
    }
}
