/* pg_run.c - running the inspector's catalog queries: one round trip per
 * connection, one snapshot for all.
 *
 * A large catalog is read over two connections at once (like pg_dump -j):
 * the first exports its snapshot, the second imports it, so both see the
 * same catalog; the deparsing functions (pg_get_constraintdef, pg_get_expr
 * of index predicates, pg_get_indexdef, pg_get_viewdef) then run on a second server core
 * while the first reads columns. Anything that keeps the second connection
 * from working (connection limit, a pooler without exported snapshots)
 * quietly falls back to one connection. */
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>

#include "inspect/pg_internal.h"

/* Below this many relations in the chosen schemas a second connection
 * costs more than it saves. */
#define PG_PARALLEL_MIN 300

typedef struct lane {
    PGconn *conn;
    int qids[PGQ_COUNT];
    int nq;
    int idx;       /* results seen, counted from -PG_PREAMBLE */
    bool done;
} lane;

static void quiet(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static void fail(sc_diags *d, bool *failed, PGconn *conn, const PGresult *r)
{
    if (*failed)
        return;
    *failed = true;
    const char *msg = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *m = msg ? msg : PQerrorMessage(conn);
    size_t len = strlen(m);
    while (len && m[len - 1] == '\n')
        len--;
    sc_error(d, SC_ERR_DB, "reading the catalog failed: %.*s", (int)len, m);
}

/* A second connection with the first one's resolved parameters, inside a
 * transaction on the exported snapshot; NULL when that cannot be had. */
static PGconn *open_second(PGconn *conn, const char *snapshot)
{
    PQconninfoOption *opts = PQconninfo(conn);
    if (!opts)
        return NULL;
    size_t n = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        n++;
    const char **keys = calloc(n + 1, sizeof *keys);
    const char **vals = calloc(n + 1, sizeof *vals);
    if (!keys || !vals)
        abort();
    size_t k = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        if (o->val) {
            keys[k] = o->keyword;
            vals[k++] = o->val;
        }
    PGconn *b = PQconnectdbParams(keys, vals, 0);
    free(keys);
    free(vals);
    PQconninfoFree(opts);
    if (!b || PQstatus(b) != CONNECTION_OK) {
        PQfinish(b);
        return NULL;
    }
    PQsetNoticeProcessor(b, quiet, NULL);
    char *lit = PQescapeLiteral(b, snapshot, strlen(snapshot));
    sc_strbuf sql = SC_STRBUF_INIT;
    sc_sb_printf(&sql, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET TRANSACTION SNAPSHOT %s",
                 lit ? lit : "''");
    PQfreemem(lit);
    PGresult *r = PQexec(b, sc_sb_cstr(&sql));
    sc_sb_free(&sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        PQfinish(b);
        return NULL;
    }
    return b;
}

static void take(lane *l, PGresult *r, PGresult **res, sc_diags *d, bool *failed)
{
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
        fail(d, failed, l->conn, r);
    if (!*failed && st == PGRES_TUPLES_OK && l->idx >= 0 && l->idx < l->nq) {
        res[l->qids[l->idx]] = r;
        r = NULL;
    }
    l->idx++;
    PQclear(r);
}

/* Reads every lane's results as they come, so that neither server process
 * waits on a full socket while we read the other. */
static void drain(lane *lanes, int nl, PGresult **res, sc_diags *d, bool *failed)
{
    for (;;) {
        bool all_done = true, progressed = false;
        fd_set fds;
        FD_ZERO(&fds);
        int maxfd = -1;
        for (int i = 0; i < nl; i++) {
            lane *l = &lanes[i];
            if (l->done)
                continue;
            if (!PQconsumeInput(l->conn)) {
                fail(d, failed, l->conn, NULL);
                l->done = true;
                continue;
            }
            while (!l->done && !PQisBusy(l->conn)) {
                PGresult *r = PQgetResult(l->conn);
                if (!r)
                    l->done = true;
                else
                    take(l, r, res, d, failed);
                progressed = true;
            }
            if (!l->done) {
                all_done = false;
                int fd = PQsocket(l->conn);
                FD_SET(fd, &fds);
                if (fd > maxfd)
                    maxfd = fd;
            }
        }
        if (all_done)
            return;
        if (!progressed && maxfd >= 0)
            select(maxfd + 1, &fds, NULL, NULL, NULL);
    }
}

int pg_run_queries(PGconn *conn, const char *schemas_sql, const sc_inspect_opts *opts, PGresult **res,
                   sc_diags *d)
{
    bool failed = false;
    bool in_txn = opts && opts->in_transaction;
    const char *search_path = opts ? opts->search_path : NULL;
    PGconn *second = NULL;
    if (!in_txn) {
        char *sql = pg_count_sql(schemas_sql);
        sc_strbuf begin = SC_STRBUF_INIT;
        sc_sb_printf(&begin, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; %s", sql);
        free(sql);
        PGresult *r = PQexec(conn, sc_sb_cstr(&begin));
        sc_sb_free(&begin);
        if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
            fail(d, &failed, conn, r);
            PQclear(r);
            PQclear(PQexec(conn, "ROLLBACK"));
            return -1;
        }
        if (atol(PQgetvalue(r, 0, 1)) >= PG_PARALLEL_MIN)
            second = open_second(conn, PQgetvalue(r, 0, 0));
        PQclear(r);
    }

    lane lanes[2] = {{.conn = conn, .idx = -PG_PREAMBLE}, {.conn = second, .idx = -PG_PREAMBLE}};
    int nl = second ? 2 : 1;
    for (int q = 0; q < PGQ_COUNT; q++) {
        /* Inside a transaction the reader is the scratch load's, whose
         * warnings about unmodelled objects nobody reads. */
        if (in_txn && q == PGQ_UNMODELLED)
            continue;
        /* The deparsing-heavy queries go to the second connection. */
        lane *l = second && (q == PGQ_CONSTRAINTS || q == PGQ_INDEXES || q == PGQ_VIEWS) ? &lanes[1] : &lanes[0];
        l->qids[l->nq++] = q;
    }
    for (int i = 0; i < nl; i++) {
        char *sql = pg_inspect_sql(schemas_sql, search_path, !in_txn, lanes[i].qids, lanes[i].nq);
        if (!PQsendQuery(lanes[i].conn, sql)) {
            fail(d, &failed, lanes[i].conn, NULL);
            lanes[i].done = true;
        }
        free(sql);
    }
    drain(lanes, nl, res, d, &failed);
    /* every query's result, and COMMIT's unless inside the caller's transaction */
    int tail = in_txn ? 0 : 1;
    for (int i = 0; i < nl && !failed; i++)
        if (lanes[i].idx != lanes[i].nq + tail) {
            sc_error(d, SC_ERR_DB, "reading the catalog failed: %d results instead of %d",
                     lanes[i].idx + PG_PREAMBLE, PG_PREAMBLE + lanes[i].nq + tail);
            failed = true;
        }
    PQfinish(second);
    if (failed) {
        /* An aborted transaction of ours must not outlive us: the caller may
         * reuse the connection. (The caller's own it rolls back itself.) */
        if (!in_txn)
            PQclear(PQexec(conn, "ROLLBACK"));
        for (int q = 0; q < PGQ_COUNT; q++) {
            PQclear(res[q]);
            res[q] = NULL;
        }
        return -1;
    }
    return 0;
}
