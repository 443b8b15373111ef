/* pg_build_index.c - indexes that back no constraint: key columns or
 * expressions with ordering, collation and operator class, INCLUDE columns.
 * The element vectors come raw from pg_index and are resolved here through
 * the table's attnum -> name array and small oid -> name maps, which spares
 * the server a join per element. Column positions follow pg_sql.c. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

#define PG_DEFAULT_COLLATION 100   /* DEFAULT_COLLATION_OID */

void pg_build_names(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_oidmap *map = PQgetvalue(r, i, 0)[0] == 'c' ? &c->collations : &c->opclasses;
        pg_oidmap_put(map, pg_oid(PQgetvalue(r, i, 1)), sc_arena_strdup(c->tmp, PQgetvalue(r, i, 2)));
    }
}

static const char *att_name(const pg_rel *rel, long attnum)
{
    return attnum > 0 && attnum < rel->natt ? rel->att[attnum] : NULL;
}

static void set_nulls(sc_index_elem *e, long option)
{
    /* indoption bits: 1 DESC, 2 NULLS FIRST. The model records NULLS only
     * where it differs from the direction's default (ASC: LAST). */
    e->desc = (option & 1) != 0;
    bool nulls_first = (option & 2) != 0;
    if (e->desc && !nulls_first)
        e->nulls = SC_NULLS_LAST;
    else if (!e->desc && nulls_first)
        e->nulls = SC_NULLS_FIRST;
    else
        e->nulls = SC_NULLS_DEFAULT;
}

/* "\x1fname\x1fa=1\x1fb=2": the operator class (named even when it is
 * its type's default: its parameters need it) and its parameters. */
static void opclass_params(pg_ctx *c, sc_index_elem *e, const char *v)
{
    sc_arena *a = c->m->arena;
    const char *p = v + 1, *sep = strchr(p, '\x1f');
    if (!sep)
        return;
    sc_index_elem_set_opclass(a, e, sc_arena_strndup(a, p, (size_t)(sep - p)));
    size_t n = 0;
    for (const char *q = sep; q; q = strchr(q + 1, '\x1f'))
        n++;
    sc_names params = {sc_arena_alloc(a, n * sizeof *params.items), 0};
    for (p = sep + 1;; p = sep + 1) {
        sep = strchr(p, '\x1f');
        size_t len = sep ? (size_t)(sep - p) : strlen(p);
        params.items[params.n++] = sc_arena_strndup(a, p, len);
        if (!sep)
            break;
    }
    sc_index_elem_set_opclass_params(a, e, params);
}

void pg_build_index_elems(pg_ctx *c, sc_index *ix, const pg_rel *rel, const PGresult *r, int row)
{
    sc_arena *a = c->m->arena;
    long *keys, *opts, *colls, *classes;
    size_t total = pg_parse_int_list(c->row, pg_val(r, row, 7), &keys);
    size_t nopt = pg_parse_int_list(c->row, pg_val(r, row, 8), &opts);
    size_t ncoll = pg_parse_int_list(c->row, pg_val(r, row, 9), &colls);
    size_t ncls = pg_parse_int_list(c->row, pg_val(r, row, 10), &classes);
    const char **exprs;
    size_t nexpr = pg_parse_text_array(c->row, pg_val(r, row, 11), &exprs);
    size_t nkey = (size_t)atol(PQgetvalue(r, row, 5));
    const char **params;
    size_t nparams = pg_parse_text_array(c->row, pg_val(r, row, 15), &params);
    if (nkey > total)
        nkey = total;

    ix->elems = sc_arena_alloc(a, (nkey ? nkey : 1) * sizeof *ix->elems);
    ix->nelems = nkey;
    size_t next_expr = 0;
    for (size_t k = 0; k < nkey; k++) {
        sc_index_elem *e = &ix->elems[k];
        uint32_t keycoll = PG_DEFAULT_COLLATION;
        if (keys[k] > 0) {
            e->column = att_name(rel, keys[k]);
            keycoll = e->column ? rel->attcoll[keys[k]] : 0;
        } else if (next_expr < nexpr) {
            e->expr = pg_strip_parens(a, exprs[next_expr++]);
        }
        if (!e->column && !e->expr)
            e->expr = "?";
        uint32_t coll = k < ncoll ? (uint32_t)colls[k] : 0;
        if (coll && coll != keycoll)
            sc_index_elem_set_collation(a, e, sc_collation_ref_canon(a, pg_oidmap_get(&c->collations, coll)));   /* funcdeps */
        if (k < ncls)
            sc_index_elem_set_opclass(a, e, sc_arena_strdup(a, pg_oidmap_get(&c->opclasses, (uint32_t)classes[k])));
        set_nulls(e, k < nopt ? opts[k] : 0);
        if (k < nparams && params[k][0])
            opclass_params(c, e, params[k]);
    }
    if (total > nkey) {
        ix->include.n = total - nkey;
        ix->include.items = sc_arena_alloc(a, ix->include.n * sizeof *ix->include.items);
        for (size_t k = nkey; k < total; k++) {
            const char *col = att_name(rel, keys[k]);
            ix->include.items[k - nkey] = col ? col : "?";
        }
    }
}

void pg_build_indexes(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 1)));
        if (!rel || !rel->att)
            continue;
        sc_index *ix = rel->v ? sc_view_add_index(c->m, rel->v) : sc_table_add_index(c->m, rel->t);
        ix->name = sc_arena_strdup(a, PQgetvalue(r, i, 2));
        ix->name_explicit = true;
        ix->unique = PQgetvalue(r, i, 3)[0] == 't';
        ix->nulls_not_distinct = PQgetvalue(r, i, 12)[0] == 't';
        sc_names o;
        o.n = pg_parse_text_array(a, pg_val(r, i, 13), &o.items);
        sc_index_set_options(a, ix, o);
        sc_index_set_tablespace(a, ix, sc_arena_strdup(a, pg_val(r, i, 14)));
        if (!rel->v)   /* tblprops6: a materialized view's is not modelled (pg_unmodelled.c) */
            sc_index_set_clustered(a, ix, PQgetvalue(r, i, 16)[0] == 't');
        const char *am = PQgetvalue(r, i, 4);
        ix->method = strcmp(am, "btree") ? sc_arena_strdup(a, am) : NULL;
        ix->where = pg_strip_parens(a, pg_val(r, i, 6));
        pg_build_index_elems(c, ix, rel, r, i);
        pg_idx *info = sc_arena_alloc(c->tmp, sizeof *info);
        info->ix = ix;
        info->rel = rel;
        info->nkey = (int)ix->nelems;
        pg_oidmap_put(&c->indexes, pg_oid(PQgetvalue(r, i, 0)), info);
        sc_arena_reset(c->row);
    }
}
