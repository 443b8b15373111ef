/* inspect.c - sc_inspect: dispatch to the dialect's inspector. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libpq-fe.h>

#include "inspect/inspect.h"

bool sc_inspect_is_bookkeeping(const char *name, const char *version_table)
{
    size_t n = strlen(version_table);
    return !strcasecmp(name, version_table) ||
           (!strncasecmp(name, version_table, n) && !strcasecmp(name + n, "_checksums"));
}

sc_model *sc_inspect(sc_db *db, const sc_inspect_opts *opts, sc_diags *d)
{
    if (!db) {
        sc_error(d, SC_ERR_DB, "no database connection");
        return NULL;
    }
    switch (sc_db_dialect(db)) {
    case SC_DIALECT_POSTGRESQL:
        return sc_inspect_pg(sc_db_pg(db), opts, d);
    case SC_DIALECT_SQLITE:
        return sc_inspect_sqlite(sc_db_sqlite(db), opts, d);
    }
    sc_error(d, SC_ERR_DB, "unknown dialect");
    return NULL;
}

size_t sc_inspect_not_compared(const sc_diags *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i].sev == SC_SEV_WARNING &&
            !strncmp(d->items[i].msg, SC_NOT_COMPARED, strlen(SC_NOT_COMPARED)))
            n++;
    return n;
}

/* User schemas: not PostgreSQL's own, not an extension's (pg_dump leaves
 * those out too). */
static const char schema_names_sql[] =
    "SELECT n.nspname FROM pg_catalog.pg_namespace n"
    " WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"
    " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_namespace'::regclass"
    "  AND x.objid = n.oid AND x.deptype = 'e')"
    " ORDER BY 1";

char **sc_inspect_schema_names(sc_db *db, size_t *n, sc_diags *d)
{
    *n = 0;
    PGconn *conn = sc_db_pg(db);
    if (!conn) {   /* SQLite: the main database, modelled as public */
        char **v = malloc(sizeof *v + sizeof SC_DEFAULT_SCHEMA);
        if (!v)
            abort();
        v[0] = (char *)(v + 1);
        memcpy(v[0], SC_DEFAULT_SCHEMA, sizeof SC_DEFAULT_SCHEMA);
        *n = 1;
        return v;
    }
    PGresult *r = PQexec(conn, schema_names_sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        sc_error(d, SC_ERR_DB, "listing the schemas failed: %s", m ? m : "?");
        PQclear(r);
        return NULL;
    }
    int rows = PQntuples(r);
    size_t bytes = (size_t)rows * sizeof(char *);
    for (int i = 0; i < rows; i++)
        bytes += strlen(PQgetvalue(r, i, 0)) + 1;
    char **v = malloc(bytes + 1);   /* pointers, then the names: one free() */
    if (!v)
        abort();
    char *p = (char *)(v + rows);
    for (int i = 0; i < rows; i++) {
        size_t len = strlen(PQgetvalue(r, i, 0)) + 1;
        memcpy(p, PQgetvalue(r, i, 0), len);
        v[i] = p;
        p += len;
    }
    PQclear(r);
    *n = (size_t)rows;
    return v;
}
