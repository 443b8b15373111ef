/* pg_build_view.c - views and materialized views: their query as
 * pg_get_viewdef spells it, options, and what they read (sc_ref, from the
 * dependencies of their _RETURN rule). Their output columns, comments and
 * (materialized) indexes come through the tables' own queries and builders,
 * which take every relation with columns. Column positions follow pg_sql.c. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

/* " SELECT ...;" (pg_get_viewdef) -> "SELECT ..." (arena string). */
static const char *strip_viewdef(sc_arena *a, const char *def)
{
    if (!def)
        return NULL;
    while (*def == ' ' || *def == '\n' || *def == '\t' || *def == '\r')
        def++;
    size_t n = strlen(def);
    while (n && (def[n - 1] == ';' || def[n - 1] == ' ' || def[n - 1] == '\n' || def[n - 1] == '\t' ||
                 def[n - 1] == '\r'))
        n--;
    char *s = sc_arena_alloc(a, n + 1);
    memcpy(s, def, n);
    s[n] = '\0';
    return s;
}

/* reloptions {security_barrier=true,check_option=local,...} */
static void view_options(pg_ctx *c, sc_view *v, const char *lit)
{
    const char **opts;
    size_t n = pg_parse_text_array(c->tmp, lit, &opts);
    for (size_t i = 0; i < n; i++) {
        const char *o = opts[i];
        if (!o)
            continue;
        if (!strcmp(o, "security_barrier=true"))
            v->security_barrier = true;
        else if (!strcmp(o, "security_invoker=true"))
            v->security_invoker = true;
        else if (!strcmp(o, "check_option=local"))
            v->check_option = SC_CHECK_OPTION_LOCAL;
        else if (!strcmp(o, "check_option=cascaded"))
            v->check_option = SC_CHECK_OPTION_CASCADED;
        else if (strcmp(o, "security_barrier=false") && strcmp(o, "security_invoker=false"))
            sc_warn(c->d, "%s %s.%s: option %s is not modelled yet and was ignored",
                    v->materialized ? "materialized view" : "view", v->schema, v->name, o);
    }
}

void pg_build_views(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        sc_view *v = sc_model_add_view(c->m, PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        if (!v)
            continue;
        v->materialized = PQgetvalue(r, i, 3)[0] == 'm';
        v->query = strip_viewdef(c->m->arena, pg_val(r, i, 4));
        view_options(c, v, pg_val(r, i, 5));
        v->with_no_data = v->materialized && PQgetvalue(r, i, 6)[0] != 't';
        /* The catalog says what the view reads, even when that is nothing
         * (SELECT 1). */
        v->refs_known = true;
        pg_rel *rel = sc_arena_alloc(c->tmp, sizeof *rel);
        rel->v = v;
        pg_oidmap_put(&c->rels, pg_oid(PQgetvalue(r, i, 0)), rel);
    }
}

void pg_build_view_refs(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 0)));
        if (!rel || !rel->v || !pg_val(r, i, 2) || !pg_val(r, i, 3))
            continue;
        char k = PQgetvalue(r, i, 1)[0];
        sc_ref_kind kind = k == 't' ? SC_REF_TYPE : k == 'f' ? SC_REF_FUNCTION
                         : k == 'c' ? SC_REF_COLUMN : SC_REF_RELATION;
        const char *column = kind == SC_REF_COLUMN ? pg_val(r, i, 4) : NULL;
        if (kind == SC_REF_COLUMN && !column)
            continue;   /* a dropped column cannot be read: never happens */
        sc_view_add_ref(c->m, rel->v, kind, PQgetvalue(r, i, 2), PQgetvalue(r, i, 3), column);
    }
}
