/* dsl_utype.c - domains, composite and range types written back as DSL
 * (docs/dsl.md): what compiles back to the same model. */
#include <string.h>

#include "emit/dsl_utype.h"

static void domain(sc_strbuf *b, const sc_utype *u)
{
    sc_sb_puts(b, "domain ");
    sc_dsl_qualified(b, u->schema, u->name);
    sc_sb_putc(b, ' ');
    sc_dsl_type(b, &u->base);
    if (u->collation) {
        sc_sb_puts(b, " collate ");
        sc_dsl_collation(b, u->collation);
    }
    if (u->not_null)
        sc_sb_puts(b, " not null");
    if (u->default_expr) {
        sc_sb_puts(b, " default ");
        sc_dsl_default(b, u->default_expr);
    }
    for (size_t i = 0; i < u->checks.n; i++) {
        const sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
        sc_sb_puts(b, "\n  check ");
        sc_dsl_ident(b, k->name);
        sc_sb_printf(b, " (%s)", k->expr);
        if (k->not_valid)
            sc_sb_puts(b, " not valid");
    }
}

static void composite(sc_strbuf *b, const sc_utype *u)
{
    sc_sb_puts(b, "type ");
    sc_dsl_qualified(b, u->schema, u->name);
    sc_sb_puts(b, " as (");
    for (size_t i = 0; i < u->attrs.n; i++) {
        const sc_type_attr *at = SC_VEC_AT(u->attrs, i, sc_type_attr);
        sc_sb_puts(b, i ? ",\n  " : "\n  ");
        sc_dsl_ident(b, at->name);
        sc_sb_putc(b, ' ');
        sc_dsl_type(b, &at->type);
        if (at->collation) {
            sc_sb_puts(b, " collate ");
            sc_dsl_collation(b, at->collation);
        }
        if (at->renamed_from) {
            sc_sb_puts(b, " renamed from ");
            sc_dsl_ident(b, at->renamed_from);
        }
    }
    sc_sb_puts(b, u->attrs.n ? "\n)" : ")");
}

static void range_opt(sc_strbuf *b, const char *name, const char *value)
{
    if (value)
        sc_sb_printf(b, ", %s = %s", name, value);
}

static void range(sc_strbuf *b, const sc_utype *u)
{
    sc_sb_puts(b, "type ");
    sc_dsl_qualified(b, u->schema, u->name);
    sc_sb_puts(b, " as range (subtype = ");
    sc_dsl_type(b, &u->base);
    range_opt(b, "subtype_opclass", u->subtype_opclass);
    if (u->collation) {
        sc_sb_puts(b, ", collation = ");
        sc_dsl_collation(b, u->collation);
    }
    range_opt(b, "canonical", u->canonical);
    range_opt(b, "subtype_diff", u->subtype_diff);
    range_opt(b, "multirange_type_name", u->multirange);
    sc_sb_putc(b, ')');
}

void sc_dsl_utypes(sc_strbuf *b, const sc_model *m)
{
    for (size_t i = 0; i < m->utypes.n; i++) {
        const sc_utype *u = SC_VEC_AT(m->utypes, i, sc_utype);
        switch (u->kind) {
        case SC_UTYPE_DOMAIN: domain(b, u); break;
        case SC_UTYPE_COMPOSITE: composite(b, u); break;
        default: range(b, u); break;
        }
        if (u->comment) {
            sc_sb_puts(b, u->kind == SC_UTYPE_DOMAIN && u->checks.n ? "\n  comment " : " comment ");
            sc_sb_literal(b, u->comment);
        }
        sc_sb_putc(b, '\n');
    }
    if (m->utypes.n)
        sc_sb_putc(b, '\n');
}
