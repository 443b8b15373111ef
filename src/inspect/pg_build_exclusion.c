/* pg_build_exclusion.c - exclusion constraints from the catalog (issue 12).
 *
 * A row of PGQ_EXCLUSIONS is the constraint's index in PGQ_INDEXES's shape
 * (the elements are read as an index's, pg_build_index_elems) followed by
 * the constraint's own columns: its name, the operators of its elements,
 * deferrability, comment and oid. The model keeps the index part on the
 * constraint (sc_constraint_exclusion), its storage parameters and
 * tablespace as a key's (index_options, index_tablespace). */
#include <string.h>

#include "inspect/pg_internal.h"

void pg_build_exclusions(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 1)));
        if (!rel || !rel->t || !rel->att)
            continue;
        sc_constraint *k = sc_table_add_constraint(c->m, rel->t, SC_CON_EXCLUDE);
        k->name = sc_arena_strdup(a, PQgetvalue(r, i, 16));
        k->name_explicit = true;
        sc_index *ix = sc_arena_alloc(a, sizeof *ix);
        const char *am = PQgetvalue(r, i, 4);
        ix->method = strcmp(am, "btree") ? sc_arena_strdup(a, am) : NULL;
        ix->where = pg_strip_parens(a, pg_val(r, i, 6));
        pg_build_index_elems(c, ix, rel, r, i);
        const char **ops;
        size_t nops = pg_parse_text_array(a, pg_val(r, i, 17), &ops);
        for (size_t e = 0; e < ix->nelems; e++)
            sc_index_elem_set_op(a, &ix->elems[e], e < nops && ops[e] ? ops[e] : "?");
        sc_constraint_set_exclusion(a, k, ix);
        sc_names o;
        o.n = pg_parse_text_array(a, pg_val(r, i, 13), &o.items);
        sc_constraint_set_index_options(a, k, o);
        sc_constraint_set_index_tablespace(a, k, sc_arena_strdup(a, pg_val(r, i, 14)));
        k->deferrable = PQgetvalue(r, i, 18)[0] == 't';
        k->initially_deferred = PQgetvalue(r, i, 19)[0] == 't';
        if (pg_val(r, i, 20))
            sc_constraint_set_comment(a, k, sc_arena_strdup(a, pg_val(r, i, 20)));
        pg_oidmap_put(&c->cons, pg_oid(PQgetvalue(r, i, 21)), k);
        sc_constraint_set_clustered(a, k, PQgetvalue(r, i, 22)[0] == 't');   /* tblprops6 */
    }
}
