/* pg_build_index.c - indexes that back no constraint, and their elements
 * (key columns or expressions with ordering, collation, opclass; INCLUDE
 * columns). Column positions follow pg_sql.c. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

void pg_build_indexes(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 1)));
        if (!rel)
            continue;
        sc_index *ix = sc_table_add_index(c->m, rel->t);
        ix->name = sc_arena_strdup(a, PQgetvalue(r, i, 2));
        ix->name_explicit = true;
        ix->unique = PQgetvalue(r, i, 3)[0] == 't';
        const char *am = PQgetvalue(r, i, 4);
        ix->method = strcmp(am, "btree") ? sc_arena_strdup(a, am) : NULL;
        ix->where = pg_strip_parens(a, pg_val(r, i, 6));
        pg_idx *info = sc_arena_alloc(c->tmp, sizeof *info);
        info->ix = ix;
        info->rel = rel;
        info->nkey = atoi(PQgetvalue(r, i, 5));
        pg_oidmap_put(&c->indexes, pg_oid(PQgetvalue(r, i, 0)), info);
    }
}

static const char *att_name(const pg_rel *rel, int attnum)
{
    return attnum > 0 && attnum < rel->natt ? rel->att[attnum] : NULL;
}

static void build_elems(pg_ctx *c, pg_idx *info, const PGresult *r, int from, int to)
{
    sc_arena *a = c->m->arena;
    sc_index *ix = info->ix;
    int total = to - from;
    int nkey = info->nkey < total ? info->nkey : total;
    ix->elems = sc_arena_alloc(a, (size_t)(nkey ? nkey : 1) * sizeof *ix->elems);
    ix->nelems = (size_t)nkey;
    if (total > nkey) {
        ix->include.items = sc_arena_alloc(a, (size_t)(total - nkey) * sizeof *ix->include.items);
        ix->include.n = (size_t)(total - nkey);
    }
    for (int i = from; i < to; i++) {
        int pos = i - from;
        int attnum = atoi(PQgetvalue(r, i, 2));
        if (pos >= nkey) {
            const char *col = att_name(info->rel, attnum);
            ix->include.items[pos - nkey] = col ? col : "?";
            continue;
        }
        sc_index_elem *e = &ix->elems[pos];
        if (attnum > 0)
            e->column = att_name(info->rel, attnum);
        else
            e->expr = pg_strip_parens(a, pg_val(r, i, 3));
        if (!e->column && !e->expr)
            e->expr = "?";
        e->collation = sc_arena_strdup(a, pg_val(r, i, 4));
        e->opclass = sc_arena_strdup(a, pg_val(r, i, 5));
        /* indoption bits: 1 DESC, 2 NULLS FIRST. The model records NULLS only
         * where it differs from the direction's default (ASC: LAST). */
        const char *opt = pg_val(r, i, 6);
        int bits = opt ? atoi(opt) : 0;
        e->desc = (bits & 1) != 0;
        bool nulls_first = (bits & 2) != 0;
        if (e->desc && !nulls_first)
            e->nulls = SC_NULLS_LAST;
        else if (!e->desc && nulls_first)
            e->nulls = SC_NULLS_FIRST;
        else
            e->nulls = SC_NULLS_DEFAULT;
    }
}

void pg_build_index_elems(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    int i = 0;
    while (i < n) {
        const char *id = PQgetvalue(r, i, 0);
        int end = i;
        while (end < n && !strcmp(PQgetvalue(r, end, 0), id))
            end++;
        pg_idx *info = pg_oidmap_get(&c->indexes, pg_oid(id));
        if (info)
            build_elems(c, info, r, i, end);
        i = end;
    }
}
