/* db.c - opening connections (libpq, sqlite3) with distinct, masked errors. */
#include <errno.h>
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "db/db.h"
#include "db/source.h"
#include "model/strbuf.h"

struct sc_db {
    sc_dialect dialect;
    int timeout;     /* connect timeout in seconds; 0: PGCONNECT_TIMEOUT or the default */
    sc_source src;   /* classified once: its text is never printed, its masked form is */
    PGconn *pg;
    sqlite3 *lite;
};

static sc_db *db_new(const sc_source *src)
{
    sc_db *db = calloc(1, sizeof *db);
    if (!db)
        abort();
    db->dialect = sc_source_dialect(src);
    sc_source_copy(&db->src, src);
    return db;
}

void sc_db_close(sc_db *db)
{
    if (!db)
        return;
    if (db->pg)
        PQfinish(db->pg);
    if (db->lite)
        sqlite3_close(db->lite);
    sc_source_free(&db->src);
    free(db);
}

sc_dialect sc_db_dialect(const sc_db *db) { return db->dialect; }
const char *sc_db_masked_url(const sc_db *db) { return db->src.masked; }
const sc_source *sc_db_source(const sc_db *db) { return &db->src; }
struct pg_conn *sc_db_pg(sc_db *db) { return db ? db->pg : NULL; }
struct sqlite3 *sc_db_sqlite(sc_db *db) { return db ? db->lite : NULL; }

bool sc_db_idle(sc_db *db)
{
    if (db && db->pg)
        return PQtransactionStatus(db->pg) == PQTRANS_IDLE;
    return db && db->lite && sqlite3_get_autocommit(db->lite);
}

/* ---- PostgreSQL --------------------------------------------------------- */

/* libpq's notices (NOTICE: ... does not exist, skipping) are not ours to
 * print: the library never writes to stderr. */
static void quiet_notices(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

/* The first line of a libpq message, without "FATAL:  " noise, scrubbed. */
static char *pg_message(const sc_db *db, const char *raw)
{
    char *s = sc_source_scrub(&db->src, raw);
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
        s[--n] = '\0';
    /* Keep it on one line: libpq puts the server's FATAL on a second line,
     * and its hint ("Is the server running ...?") after a sentence without
     * a full stop: a line ending in a word gets a ";" (the text only
     * shrinks or keeps its length: "\n\t" -> "; "). */
    char *w = s;
    for (char *p = s; *p; p++) {
        if (*p == '\n' && p[1] == '\t' && w > s && isalnum((unsigned char)w[-1])) {
            *w++ = ';';
            *w++ = ' ';
            p++;
            continue;
        }
        char ch = (*p == '\n' || *p == '\t') ? ' ' : *p;
        if (ch == ' ' && (w == s || w[-1] == ' '))
            continue;
        *w++ = ch;
    }
    *w = '\0';
    return s;
}

static const char *pg_classify(const char *msg)
{
    if (strstr(msg, "password authentication failed") || strstr(msg, "no password supplied") ||
        strstr(msg, "authentication failed") || strstr(msg, "no pg_hba.conf entry") ||
        (strstr(msg, "role \"") && strstr(msg, "does not exist")) ||
        strstr(msg, "SCRAM") || strstr(msg, "password is required"))
        return "authentication failed";
    if (strstr(msg, "database \"") && strstr(msg, "does not exist"))
        return "no such database";
    if (strstr(msg, "permission denied") || strstr(msg, "CONNECT privilege"))
        return "permission denied";
    if (strstr(msg, "invalid connection option") || strstr(msg, "invalid URI") ||
        strstr(msg, "invalid percent-encoded") || strstr(msg, "missing \"=\"") ||
        strstr(msg, "unterminated quoted string") || strstr(msg, "invalid integer value") ||
        strstr(msg, "invalid sslmode") || strstr(msg, "invalid port"))
        return "invalid connection string";
    if (strstr(msg, "Connection refused") || strstr(msg, "could not connect") ||
        strstr(msg, "could not translate host name") || strstr(msg, "No such file or directory") ||
        strstr(msg, "timeout expired") || strstr(msg, "Network is unreachable") ||
        strstr(msg, "No route to host") || strstr(msg, "server closed the connection") ||
        strstr(msg, "Connection timed out"))
        return "server unreachable";
    return "cannot connect";
}

static int pg_after_connect(sc_db *db, sc_diags *d)
{
    PQsetNoticeProcessor(db->pg, quiet_notices, NULL);
    if (PQserverVersion(db->pg) < 120000) {
        sc_error(d, SC_ERR_DB, "%s: PostgreSQL %d.%d is not supported (12 or later is needed)",
                 db->src.masked, PQserverVersion(db->pg) / 10000, PQserverVersion(db->pg) / 100 % 100);
        return -1;
    }
    PGresult *r = PQexec(db->pg, "SET client_min_messages = warning");
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        char *m = pg_message(db, PQerrorMessage(db->pg));
        sc_error(d, SC_ERR_DB, "%s: %s", db->src.masked, m);
        free(m);
        return -1;
    }
    return 0;
}

/* "timeout expired" alone says neither where nor how long: say both, with
 * the host and port libpq tried and the timeout it used. */
static char *pg_timeout_message(PGconn *conn, const char *m)
{
    if (!strstr(m, "timeout expired"))
        return NULL;
    const char *host = PQhost(conn), *port = PQport(conn), *secs = NULL;
    PQconninfoOption *opts = PQconninfo(conn);
    for (PQconninfoOption *o = opts; o && o->keyword; o++)
        if (!strcmp(o->keyword, "connect_timeout"))
            secs = o->val;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "no answer from %s port %s within %s s",
                 host && host[0] ? host : "localhost", port && port[0] ? port : "5432",
                 secs && secs[0] ? secs : "?");
    if (opts)
        PQconninfoFree(opts);
    return sc_sb_take(&b);
}

static int pg_connect(sc_db *db, const char *const *keys, const char *const *vals, sc_diags *d)
{
    db->pg = PQconnectdbParams(keys, vals, 1);
    if (!db->pg)
        abort();
    if (PQstatus(db->pg) != CONNECTION_OK) {
        char *m = pg_message(db, PQerrorMessage(db->pg));
        char *tm = pg_timeout_message(db->pg, m);
        if (tm) {
            free(m);
            m = tm;
        }
        const char *cls = tm ? "server unreachable" : pg_classify(m);
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_DB, (sc_loc){0}, "%s: %s (%s)",
                                  db->src.masked, cls, m);
        if (!strcmp(cls, "authentication failed"))
            sc_diag_hint(dg, "check the user name and the password (URL, PGPASSWORD or ~/.pgpass)");
        else if (tm)
            sc_diag_hint(dg, "a firewall or a proxy that accepts and never answers? "
                             "connect_timeout in the URL, PGCONNECT_TIMEOUT or schemac.ini sets the wait");
        free(m);
        return -1;
    }
    return pg_after_connect(db, d);
}

/* The connect timeout: a URL's own connect_timeout wins (libpq applies the
 * expanded dbname over the keywords before it), then PGCONNECT_TIMEOUT, then
 * the caller's (schemac.ini), then SC_DB_CONNECT_TIMEOUT. Without one, a
 * server that accepts the connection and never answers hangs libpq forever. */
static void timeout_value(const sc_db *db, char buf[16])
{
    const char *env = getenv("PGCONNECT_TIMEOUT");
    if (env && env[0])
        snprintf(buf, 16, "%.15s", env);
    else
        snprintf(buf, 16, "%d", db->timeout > 0 ? db->timeout : SC_DB_CONNECT_TIMEOUT);
}

static int open_pg(sc_db *db, sc_diags *d)
{
    /* expand_dbname: the URL or conninfo goes to libpq as it is, so that PG*
     * variables, .pgpass, service files and sslmode all apply. */
    char secs[16];
    timeout_value(db, secs);
    const char *keys[] = {"connect_timeout", "dbname", "fallback_application_name", NULL};
    const char *vals[] = {secs, db->src.text, "schemac", NULL};
    return pg_connect(db, keys, vals, d);
}

int sc_db_open_pg_dbname(sc_db *base, const char *dbname, sc_db **out, sc_diags *d)
{
    *out = NULL;
    if (!base || !base->pg) {
        sc_error(d, SC_ERR_DB, "not a PostgreSQL connection");
        return -1;
    }
    /* Same parameters as the live connection (libpq resolved them all), with
     * another dbname. */
    PQconninfoOption *opts = PQconninfo(base->pg);
    if (!opts)
        abort();
    size_t n = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        n++;
    const char **keys = calloc(n + 2, sizeof *keys);
    const char **vals = calloc(n + 2, sizeof *vals);
    if (!keys || !vals)
        abort();
    size_t k = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        if (!o->val || !strcmp(o->keyword, "dbname"))
            continue;
        keys[k] = o->keyword;
        vals[k++] = o->val;
    }
    keys[k] = "dbname";
    vals[k++] = dbname;
    keys[k] = NULL;
    vals[k] = NULL;
    /* The new handle's source is only used to scrub messages: the base's. */
    sc_db *db = db_new(&base->src);
    free(db->src.masked);
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "%s (scratch database %s)", base->src.masked, dbname);
    db->src.masked = sc_sb_take(&b);
    /* expand_dbname = 0 here: dbname is a plain name, not a conninfo. */
    db->pg = PQconnectdbParams(keys, vals, 0);
    free(keys);
    free(vals);
    PQconninfoFree(opts);
    if (!db->pg)
        abort();
    if (PQstatus(db->pg) != CONNECTION_OK) {
        char *m = pg_message(db, PQerrorMessage(db->pg));
        char *tm = pg_timeout_message(db->pg, m);
        if (tm) {
            free(m);
            m = tm;
        }
        sc_error(d, SC_ERR_DB, "%s: %s (%s)", db->src.masked, pg_classify(m), m);
        free(m);
        sc_db_close(db);
        return -1;
    }
    if (pg_after_connect(db, d) != 0) {
        sc_db_close(db);
        return -1;
    }
    *out = db;
    return 0;
}

/* ---- SQLite ------------------------------------------------------------- */

static int open_sqlite(sc_db *db, int flags, sc_diags *d)
{
    const char *path = db->src.sqlite_path;
    if (!path) {
        sc_error(d, SC_ERR_DB, "%s: not a SQLite URL (use sqlite:///relative.db or sqlite:////absolute.db)",
                 db->src.masked);
        return -1;
    }
    bool memory = !strcmp(path, ":memory:");
    struct stat st;
    if (!memory) {
        if (stat(path, &st) != 0) {
            if (errno == ENOENT && (flags & SC_DB_CREATE) && !(flags & SC_DB_READONLY)) {
                /* sqlite3 creates it below. */
            } else if (errno == ENOENT) {
                sc_error(d, SC_ERR_DB, "%s: no such database file (schemac never creates a file when it only reads)",
                         db->src.masked);
                return -1;
            } else if (errno == EACCES) {
                sc_error(d, SC_ERR_DB, "%s: permission denied", db->src.masked);
                return -1;
            } else {
                sc_error(d, SC_ERR_DB, "%s: %s", db->src.masked, strerror(errno));
                return -1;
            }
        } else if (S_ISDIR(st.st_mode)) {
            sc_error(d, SC_ERR_DB, "%s: not a SQLite file (it is a directory)", db->src.masked);
            return -1;
        } else if (access(path, (flags & SC_DB_READONLY) ? R_OK : R_OK | W_OK) != 0) {
            sc_error(d, SC_ERR_DB, "%s: permission denied", db->src.masked);
            return -1;
        } else if (st.st_size > 0) {
            /* Check the header ourselves: sqlite3 opens anything lazily. */
            char hdr[16] = {0};
            FILE *f = fopen(path, "rb");
            size_t got = f ? fread(hdr, 1, sizeof hdr, f) : 0;
            if (f)
                fclose(f);
            if (got < sizeof hdr || memcmp(hdr, "SQLite format 3", 16) != 0) {
                sc_error(d, SC_ERR_DB, "%s: not a SQLite file", db->src.masked);
                return -1;
            }
        }
    }
    int oflags = (flags & SC_DB_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if ((flags & SC_DB_CREATE) && !(flags & SC_DB_READONLY))
        oflags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path, &db->lite, oflags, NULL);
    if (rc != SQLITE_OK) {
        sc_error(d, SC_ERR_DB, "%s: %s", db->src.masked,
                 db->lite ? sqlite3_errmsg(db->lite) : sqlite3_errstr(rc));
        return -1;
    }
    sqlite3_extended_result_codes(db->lite, 1);
    sqlite3_busy_timeout(db->lite, 5000);
    /* Reading the schema cookie makes sqlite3 read and check the file. */
    rc = sqlite3_exec(db->lite, "PRAGMA schema_version", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        int base = rc & 0xff;
        if (base == SQLITE_NOTADB || base == SQLITE_CORRUPT)
            sc_error(d, SC_ERR_DB, "%s: not a SQLite file", db->src.masked);
        else if (base == SQLITE_PERM || base == SQLITE_CANTOPEN || base == SQLITE_READONLY)
            sc_error(d, SC_ERR_DB, "%s: permission denied", db->src.masked);
        else
            sc_error(d, SC_ERR_DB, "%s: %s", db->src.masked, sqlite3_errmsg(db->lite));
        return -1;
    }
    if (!(flags & SC_DB_READONLY))
        sqlite3_exec(db->lite, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    return 0;
}

/* ---- common ------------------------------------------------------------- */

int sc_db_open(const char *url, int flags, sc_db **out, sc_diags *d)
{
    return sc_db_open_timeout(url, flags, 0, out, d);
}

int sc_db_open_timeout(const char *url, int flags, int timeout_sec, sc_db **out, sc_diags *d)
{
    sc_source src;
    sc_source_classify_text(&src, url);
    int rc = sc_db_open_source(&src, flags, timeout_sec, out, d);
    sc_source_free(&src);
    return rc;
}

int sc_db_open_source(const sc_source *src, int flags, int timeout_sec, sc_db **out, sc_diags *d)
{
    *out = NULL;
    if (src->kind == SC_SOURCE_NONE) {
        sc_error(d, SC_ERR_USAGE, "no database URL given");
        return -1;
    }
    if (!sc_source_is_database(src)) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_DB, (sc_loc){0},
                                  "%s: not a database URL", src->masked);
        sc_diag_hint(dg, "use postgresql://user@host/dbname, a conninfo string (dbname=... host=...), "
                         "sqlite:///relative.db or sqlite:////absolute.db");
        return -1;
    }
    sc_db *db = db_new(src);
    db->timeout = timeout_sec;
    int rc = db->dialect == SC_DIALECT_SQLITE ? open_sqlite(db, flags, d) : open_pg(db, d);
    if (rc != 0) {
        sc_db_close(db);
        return -1;
    }
    *out = db;
    return 0;
}

int sc_db_exec(sc_db *db, const char *sql, sc_diags *d)
{
    if (db->pg) {
        PGresult *r = PQexec(db->pg, sql);
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) {
            PQclear(r);
            return 0;
        }
        const char *prim = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        const char *detail = PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL);
        const char *hint = PQresultErrorField(r, PG_DIAG_MESSAGE_HINT);
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        char *m = pg_message(db, prim ? prim : PQerrorMessage(db->pg));
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_puts(&b, m);
        if (state)
            sc_sb_printf(&b, " [SQLSTATE %s]", state);
        if (detail) {
            char *dm = pg_message(db, detail);
            sc_sb_printf(&b, "; %s", dm);
            free(dm);
        }
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_MIGRATION, (sc_loc){0}, "%s", sc_sb_cstr(&b));
        if (hint)
            sc_diag_hint(dg, "%s", hint);
        sc_sb_free(&b);
        free(m);
        PQclear(r);
        return -1;
    }
    if (db->lite) {
        char *err = NULL;
        if (sqlite3_exec(db->lite, sql, NULL, NULL, &err) == SQLITE_OK)
            return 0;
        sc_error(d, SC_ERR_MIGRATION, "%s", err ? err : sqlite3_errmsg(db->lite));
        sqlite3_free(err);
        return -1;
    }
    sc_error(d, SC_ERR_DB, "no connection");
    return -1;
}
