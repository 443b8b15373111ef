/* db.h - connections to live databases (PostgreSQL through libpq, SQLite
 * through sqlite3), named by URL.
 *
 * URLs: postgresql://... and postgres://... URIs or key=value conninfo
 * strings (libpq handles PG* variables, .pgpass, service files, sslmode);
 * sqlite:///relative.db, sqlite:////absolute.db.
 * A password never appears in any message: every URL echoed is masked. */
#ifndef SC_DB_H
#define SC_DB_H

#include <stdbool.h>

#include "db/source.h"
#include "model/diag.h"
#include "model/model.h"

typedef struct sc_db sc_db;
struct pg_conn;
struct sqlite3;

enum {
    SC_DB_READONLY = 1,   /* inspect: SQLite opened read-only, never created */
    SC_DB_CREATE = 2,     /* SQLite: create the file when missing */
};

/* true when s names a database rather than a file: a known URL scheme or a
 * libpq conninfo string ("host=... dbname=..."); sc_source_is_database of
 * its classification (source.h). */
bool sc_url_is_database(const char *s);
/* The database when no URL is given: DATABASE_URL; else, when any of
 * PGHOST, PGHOSTADDR, PGPORT, PGUSER, PGDATABASE, PGSERVICE is set,
 * "postgresql://" (libpq takes every parameter from them, as psql does);
 * else NULL. */
const char *sc_url_from_env(void);
/* The URL with any password replaced by "***": heap string. */
char *sc_url_mask(const char *url);

/* Opens a connection. Returns 0, or -1 with an SC_ERR_DB error naming the
 * masked URL and the cause (unreachable, authentication, no such database,
 * not a SQLite file, permission denied). */
int sc_db_open(const char *url, int flags, sc_db **out, sc_diags *d);
/* PostgreSQL waits at most this long for a server to answer (a firewall or
 * a stuck proxy that accepts and never answers would hang libpq forever). */
#define SC_DB_CONNECT_TIMEOUT 10
/* sc_db_open with a connect timeout in seconds (schemac.ini's
 * connect_timeout; 0: the default). The URL's own connect_timeout wins, then
 * PGCONNECT_TIMEOUT, then timeout_sec, then SC_DB_CONNECT_TIMEOUT. A timeout
 * is an SC_ERR_DB error naming the host and port. */
int sc_db_open_timeout(const char *url, int flags, int timeout_sec, sc_db **out, sc_diags *d);
/* The same for a source classified already (the connection keeps a copy of
 * it, to mask and scrub its messages); a source that is no database is an
 * SC_ERR_DB error naming its masked text. */
int sc_db_open_source(const sc_source *src, int flags, int timeout_sec, sc_db **out, sc_diags *d);
void sc_db_close(sc_db *db);

sc_dialect sc_db_dialect(const sc_db *db);
const char *sc_db_masked_url(const sc_db *db);
const sc_source *sc_db_source(const sc_db *db);   /* what it was opened from, classified */
struct pg_conn *sc_db_pg(sc_db *db);      /* NULL unless PostgreSQL */
struct sqlite3 *sc_db_sqlite(sc_db *db);  /* NULL unless SQLite */
/* Outside any transaction, with nothing pending: what another connection
 * reads is what this one would. */
bool sc_db_idle(sc_db *db);

/* Runs SQL text (one or more statements). Returns 0, or -1 with an
 * SC_ERR_MIGRATION error carrying the server's message. */
int sc_db_exec(sc_db *db, const char *sql, sc_diags *d);

/* PostgreSQL: a second connection with the same resolved parameters as
 * base (host, port, user, password, sslmode, ...) to another database
 * (used for scratch databases). Returns 0, or -1 with an SC_ERR_DB error. */
int sc_db_open_pg_dbname(sc_db *base, const char *dbname, sc_db **out, sc_diags *d);

#endif
