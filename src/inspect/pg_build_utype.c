/* pg_build_utype.c - domains, composite and range types from the catalog
 * (PGQ_UTYPES, then PGQ_UTYPE_PARTS for the domains' checks and the
 * composite types' attributes). Column positions follow pg_sql.c. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

static const char *dup_or_null(sc_arena *a, const char *s)
{
    return s ? sc_arena_strdup(a, s) : NULL;
}

/* PostgreSQL's own multirange name for range r: "range" in the name
 * becomes "multirange", else "_multirange" is appended. Only another name
 * is modelled. */
static bool default_multirange(const char *range, const char *multi)
{
    char buf[2 * 64 + 16];
    const char *p = strstr(range, "range");
    if (p)
        snprintf(buf, sizeof buf, "%.*smultirange%s", (int)(p - range), range, p + 5);
    else
        snprintf(buf, sizeof buf, "%s_multirange", range);
    /* quote_ident gave the catalog's name: quoted only when it needs it */
    size_t n = strlen(multi);
    if (n >= 2 && multi[0] == '"')
        return n - 2 == strlen(buf) && !strncmp(multi + 1, buf, n - 2);
    return !strcmp(buf, multi);
}

void pg_build_utypes(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        char tt = PQgetvalue(r, i, 4)[0];
        sc_utype_kind kind = tt == 'd' ? SC_UTYPE_DOMAIN : tt == 'c' ? SC_UTYPE_COMPOSITE : SC_UTYPE_RANGE;
        sc_utype *u = sc_model_add_utype(c->m, kind, PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        if (!u)
            continue;
        pg_oidmap_put(&c->utypes, pg_oid(PQgetvalue(r, i, 0)), u);
        if (kind != SC_UTYPE_COMPOSITE) {
            const char *what = sc_arena_printf(c->tmp, "%s %s.%s", sc_utype_kind_name(kind), u->schema, u->name);
            pg_read_type(c, r, i, &u->base, what);
        }
        u->collation = sc_collation_ref_canon(a, pg_val(r, i, 7));   /* funcdeps */
        u->comment = dup_or_null(a, pg_val(r, i, 15));
        if (kind == SC_UTYPE_DOMAIN) {
            u->not_null = PQgetvalue(r, i, 5)[0] == 't';
            const char *def = pg_val(r, i, 6);
            u->default_expr = def ? pg_strip_parens(a, pg_strip_literal_cast(c->tmp, def, &u->base, PQgetvalue(r, i, 3)))
                                   : NULL;
        } else if (kind == SC_UTYPE_RANGE) {
            u->subtype_opclass = dup_or_null(a, pg_val(r, i, 8));
            u->canonical = dup_or_null(a, pg_val(r, i, 12));
            u->subtype_diff = dup_or_null(a, pg_val(r, i, 13));
            const char *multi = pg_val(r, i, 14);
            if (multi && !default_multirange(u->name, multi))
                u->multirange = sc_arena_strdup(a, multi);
        }
    }
}

void pg_build_utype_parts(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        sc_utype *u = pg_oidmap_get(&c->utypes, pg_oid(PQgetvalue(r, i, 0)));
        if (!u)
            continue;
        const char *name = PQgetvalue(r, i, 2);
        if (PQgetvalue(r, i, 1)[0] == 'k') {
            sc_domain_check *k = sc_utype_add_check(c->m, u, name, NULL);
            k->expr = pg_strip_check(a, pg_val(r, i, 4));
            k->not_valid = PQgetvalue(r, i, 5)[0] != 't';
            continue;
        }
        sc_type_attr *at = sc_utype_add_attr(c->m, u, name);
        const char *what = sc_arena_printf(c->tmp, "attribute %s.%s.%s", u->schema, u->name, name);
        pg_read_type(c, r, i, &at->type, what);
        at->collation = sc_collation_ref_canon(a, pg_val(r, i, 6));   /* funcdeps */
    }
}
