/* pg_key_type.c - the type and collation of a partition key expression as
 * the server makes them (parts7, issue 12): PostgreSQL orders a
 * partitioned table's partitions by the key's type and collation, which
 * for an expression (`lower(name)`, `(name COLLATE "x")`) only the server
 * knows. The expression is evaluated over one row of typed NULLs standing
 * for the table's columns; nothing is created. */
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "db/db.h"
#include "inspect/inspect.h"
#include "inspect/pg_internal.h"
#include "model/strbuf.h"

static bool exec_plain(PGconn *conn, const char *sql)
{
    PGresult *r = PQexec(conn, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok;
}

int sc_pg_key_expr_type(sc_db *db, const char *columns_sql, const char *expr, sc_arena *a, const char **type,
                        const char **collation, sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn)
        return 1;
    /* a domain counts as its base type, as its btree operator class is */
    sc_strbuf q = SC_STRBUF_INIT;
    sc_sb_printf(&q, "SELECT pg_catalog.format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END,"
                     " NULL), CASE WHEN t.typcollation <> 0 THEN pg_catalog.pg_collation_for(s.k) END"
                     " FROM (SELECT (%s) AS k FROM (SELECT %s) c) s, pg_catalog.pg_type t"
                     " WHERE t.oid = pg_catalog.pg_typeof(s.k)", expr, columns_sql);
    /* an expression the server refuses (a function the plan creates) must
     * not spoil the transaction a caller may have open */
    bool in_tx = PQtransactionStatus(conn) == PQTRANS_INTRANS;
    if (in_tx && !exec_plain(conn, "SAVEPOINT schemac_key_type")) {
        sc_sb_free(&q);
        return 1;
    }
    PGresult *r = PQexec(conn, sc_sb_cstr(&q));
    int rc = 0;
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
        const char *msg = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        sc_warn(d, "the type of partition key expression %s could not be read from the server: %s", expr,
                msg ? msg : PQerrorMessage(conn));
        rc = 1;
    } else {
        *type = sc_arena_strdup(a, PQgetvalue(r, 0, 0));
        *collation = PQgetisnull(r, 0, 1) ? NULL : sc_arena_strdup(a, PQgetvalue(r, 0, 1));
    }
    PQclear(r);
    if (in_tx)
        exec_plain(conn, rc ? "ROLLBACK TO SAVEPOINT schemac_key_type" : "RELEASE SAVEPOINT schemac_key_type");
    sc_sb_free(&q);
    return rc;
}
