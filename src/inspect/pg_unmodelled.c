/* pg_unmodelled.c - nothing silent: what the catalog holds and the model
 * does not (aggregates, domains, policies, grants, partitions, ...; not
 * functions, procedures or triggers, which pg_routines.c reads) is named,
 * one warning line per kind, with the count and the first few names:
 *   not compared: 2 aggregates (public.a(integer), util.b(text))
 * so that `inspect`, `diff` and `check` never pass over it in silence. The
 * rows come from PGQ_UNMODELLED (pg_sql.c); they go to the caller's
 * collector (sc_inspect_opts.not_compared), or are named right away. */
#include <string.h>

#include "inspect/pg_internal.h"

/* Kinds of rows that only --with-privileges compares (owners and grants
 * pg_dump --no-owner --no-privileges leaves out), that the model does not
 * hold even then (pg_sql_unmodelled.h): named with --with-privileges only. */
static const char *const privileges_only[] = {
    "aggregate owner", "collation owner", "default privileges revoking a default", "partition owner",
    "partition with column privileges",
};

static bool named_with_privileges_only(const char *kind)
{
    for (size_t i = 0; i < sizeof privileges_only / sizeof *privileges_only; i++)
        if (!strcmp(kind, privileges_only[i]))
            return true;
    return false;
}

void pg_build_unmodelled(pg_ctx *c, const PGresult *r, sc_not_compared *collect)
{
    sc_not_compared *nc = collect ? collect : sc_not_compared_new();
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        const char *tbl = pg_val(r, i, 3);
        /* Objects hanging on a relation that is not read (the version
         * table) are not the user's schema either. */
        if (tbl && !pg_oidmap_get(&c->rels, pg_oid(tbl)))
            continue;
        /* privileges and ownership: read, when asked (pg_build_privilege.c) */
        if (c->privileges && (!strcmp(PQgetvalue(r, i, 0), "object with granted privileges") ||
                              !strcmp(PQgetvalue(r, i, 0), "default privileges")))
            continue;
        if (!c->privileges && named_with_privileges_only(PQgetvalue(r, i, 0)))
            continue;
        sc_not_compared_add(nc, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
    }
    if (!collect) {
        sc_not_compared_warn(nc, c->d);
        sc_not_compared_free(nc);
    }
}
