/* pg_unmodelled.c - nothing silent: what the catalog holds and the model
 * does not (functions, triggers, domains, policies, grants, partitions,
 * ...) is named, one warning line per kind, with the count and the first
 * few names:
 *   not compared: 3 functions (public.f(integer), public.g(), util.h(text))
 * so that `inspect`, `diff` and `check` never pass over it in silence. The
 * rows come from PGQ_UNMODELLED (pg_sql.c), ordered by kind then name. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

/* Names shown per kind; the rest are counted. */
#define PG_UNMODELLED_SHOWN 5

void pg_build_unmodelled(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    int i = 0;
    while (i < n) {
        const char *kind = PQgetvalue(r, i, 0), *plural = PQgetvalue(r, i, 1);
        sc_strbuf names = SC_STRBUF_INIT;
        int count = 0;
        for (; i < n && !strcmp(PQgetvalue(r, i, 0), kind); i++) {
            const char *tbl = pg_val(r, i, 3);
            /* Objects hanging on a relation that is not read (the version
             * table) are not the user's schema either. */
            if (tbl && !pg_oidmap_get(&c->rels, pg_oid(tbl)))
                continue;
            if (count < PG_UNMODELLED_SHOWN)
                sc_sb_printf(&names, "%s%s", count ? ", " : "", PQgetvalue(r, i, 2));
            count++;
        }
        if (count > PG_UNMODELLED_SHOWN)
            sc_sb_printf(&names, ", and %d more", count - PG_UNMODELLED_SHOWN);
        if (count)
            sc_warn(c->d, "%s%d %s (%s)", SC_NOT_COMPARED, count, count == 1 ? kind : plural,
                    sc_sb_cstr(&names));
        sc_sb_free(&names);
    }
}
