/* pg_build_ext.c - extensions and collations from the catalog
 * (PGQ_EXTENSIONS, PGQ_COLLATIONS of pg_sql.c). The objects an extension
 * installs are its own (pg_depend deptype 'e'): every other query leaves
 * them out, so they are never modelled, diffed or dropped as the user's;
 * only the types among them are kept, by name, on the extension, for the
 * dependency of a column of such a type. */
#include "inspect/pg_internal.h"

void pg_build_extensions(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        sc_extension *e = sc_model_add_extension(c->m, PQgetvalue(r, i, 0));
        if (!e)
            continue;
        e->schema = sc_arena_strdup(a, PQgetvalue(r, i, 1));
        e->version = sc_arena_strdup(a, PQgetvalue(r, i, 2));
        if (pg_val(r, i, 3))
            e->types.n = pg_parse_text_array(a, pg_val(r, i, 3), &e->types.items);
    }
}

void pg_build_collations(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        sc_collation *co = sc_model_add_collation(c->m, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1));
        if (!co)
            continue;
        co->icu = PQgetvalue(r, i, 2)[0] == 'i';
        co->deterministic = PQgetvalue(r, i, 6)[0] == 't';
        if (co->icu) {
            co->locale = sc_arena_strdup(a, pg_val(r, i, 5) ? pg_val(r, i, 5) : "");
        } else {
            co->lc_collate = sc_arena_strdup(a, pg_val(r, i, 3) ? pg_val(r, i, 3) : "");
            co->lc_ctype = sc_arena_strdup(a, pg_val(r, i, 4) ? pg_val(r, i, 4) : "");
        }
        if (pg_val(r, i, 7))   /* issue 12 */
            co->comment = sc_arena_strdup(a, pg_val(r, i, 7));
    }
}
