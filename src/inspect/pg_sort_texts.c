/* pg_sort_texts.c - text values sorted by a collation as the server sorts
 * them (parts6, issue 12): PostgreSQL orders a partitioned table's
 * partitions by their bounds under the key's collation, which only the
 * server knows (ICU and libc collations, the database's default), and the
 * names of their copies of its indexes follow that order. */
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "db/db.h"
#include "inspect/inspect.h"
#include "inspect/pg_internal.h"
#include "model/strbuf.h"

/* Whether the server has the collation (a declared one may be created by
 * the plan only): to_regcollation, which never raises an error, so that an
 * open transaction is not spoiled. */
static bool collation_exists(PGconn *conn, const char *collation_sql)
{
    const char *params[1] = {collation_sql};
    PGresult *r = PQexecParams(conn, "SELECT pg_catalog.to_regcollation($1) IS NOT NULL", 1, NULL, params, NULL, NULL,
                               0);
    bool ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && !strcmp(PQgetvalue(r, 0, 0), "t");
    PQclear(r);
    return ok;
}

int sc_pg_sort_texts(sc_db *db, const char *collation_sql, const char *const *values, size_t n, size_t *order,
                     sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn || !n || (collation_sql && !collation_exists(conn, collation_sql)))
        return 1;
    sc_strbuf lit = SC_STRBUF_INIT, q = SC_STRBUF_INIT;
    sc_sb_putc(&lit, '{');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sc_sb_putc(&lit, ',');
        pg_put_array_elem(&lit, values[i]);
    }
    sc_sb_putc(&lit, '}');
    /* ties of a nondeterministic collation by their bytes, as a stable order */
    sc_sb_printf(&q, "SELECT i FROM pg_catalog.unnest($1::text[]) WITH ORDINALITY u(x, i) ORDER BY x COLLATE %s,"
                     " x COLLATE \"C\"", collation_sql ? collation_sql : "\"default\"");
    const char *params[1] = {sc_sb_cstr(&lit)};
    PGresult *r = PQexecParams(conn, sc_sb_cstr(&q), 1, NULL, params, NULL, NULL, 0);
    int rc = 0;
    if (PQresultStatus(r) != PGRES_TUPLES_OK || (size_t)PQntuples(r) != n) {
        sc_warn(d, "sorting partition bounds by their collation failed: %s", PQerrorMessage(conn));
        rc = 1;
    } else {
        for (size_t k = 0; k < n; k++)
            order[k] = (size_t)strtoul(PQgetvalue(r, (int)k, 0), NULL, 10) - 1;
    }
    PQclear(r);
    sc_sb_free(&lit);
    sc_sb_free(&q);
    return rc;
}
