/* pg_run.c - running the inspector's catalog queries: one snapshot for all,
 * a round trip or three per connection.
 *
 * A large catalog is read over two connections at once (like pg_dump -j):
 * the first exports its snapshot, the second imports it, so both see the
 * same catalog; the deparsing functions (pg_get_constraintdef, pg_get_expr
 * of index predicates, pg_get_indexdef, pg_get_viewdef) then run on a second server core
 * while the first reads columns. Anything that keeps the second connection
 * from working (connection limit, a pooler without exported snapshots)
 * quietly falls back to one connection.
 *
 * Each result goes to the sink as it arrives, to be built and freed at once.
 * The large ones come row by row in libpq's single-row mode (which holds for
 * a whole string), so that they are never held whole: the second
 * connection's (constraints, indexes), and the columns (a third of a large
 * catalog's bytes), whose query goes alone as the second of three strings
 * on the first connection, each string sent when the one before it is
 * read. */
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
    int sent;      /* qids[0..sent) are sent */
    bool rows;     /* every result row by row (the second connection's) */
    PGresult *pending;   /* a row the sink cannot take yet: the lane waits */
    bool busy;     /* a string is in flight */
    bool done;
} lane;

/* What a lane needs to send its next part (pg_run_queries). */
typedef struct run_ctx {
    const char *schemas_sql, *search_path;
    bool in_txn;
    uint32_t unread;   /* pg_unread_queries */
    const pg_sink *sink;
    sc_diags *d;
    bool *failed;
} run_ctx;

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

/* Returns false when the sink cannot take r yet: it waits in l->pending. */
static bool take(lane *l, PGresult *r, const run_ctx *rc)
{
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && st != PGRES_SINGLE_TUPLE)
        fail(rc->d, rc->failed, l->conn, r);
    bool query = l->idx >= 0 && l->idx < l->nq;
    if (!*rc->failed && query && (st == PGRES_TUPLES_OK || st == PGRES_SINGLE_TUPLE)) {
        if (!rc->sink->take(rc->sink->arg, l->qids[l->idx], r)) {
            l->pending = r;
            return false;
        }
        r = NULL;
    }
    if (st != PGRES_SINGLE_TUPLE)   /* a row: its query's result is still to come */
        l->idx++;
    PQclear(r);
    return true;
}

/* Sends the lane's next part: up to the columns query, that query alone
 * (read row by row), or the rest and COMMIT. */
static void send_part(lane *l, const run_ctx *rc)
{
    int from = l->sent, to = from;
    bool rows = l->rows || l->qids[from] == PGQ_COLUMNS;
    if (l->rows)
        to = l->nq;
    else if (rows)
        to = from + 1;
    else
        while (to < l->nq && l->qids[to] != PGQ_COLUMNS)
            to++;
    bool last = to == l->nq;
    /* inside a transaction: a scratch load's read-back (pg_run_queries) */
    char *sql = pg_inspect_sql_part(rc->schemas_sql, rc->search_path, from == 0, last && !rc->in_txn,
                                    rc->in_txn, rc->unread, l->qids + from, to - from);
    if (!PQsendQuery(l->conn, sql)) {
        fail(rc->d, rc->failed, l->conn, NULL);
        l->done = true;
    } else {
        l->sent = to;
        l->busy = true;
        if (rows && !PQsetSingleRowMode(l->conn))
            fail(rc->d, rc->failed, l->conn, NULL);
    }
    free(sql);
}

/* Reads every lane's results as they come, so that neither server process
 * waits on a full socket while we read the other; sends each lane's next
 * part once its previous one is read. */
static void drain(lane *lanes, int nl, const run_ctx *rc)
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
            if (l->pending) {
                /* Not read on while its row waits: the server stops once
                 * the socket is full, instead of this process holding the
                 * rows. The other lane's results are what it waits for. */
                PGresult *r = l->pending;
                l->pending = NULL;
                if (*rc->failed)
                    PQclear(r);
                else if (!take(l, r, rc)) {
                    all_done = false;
                    continue;
                }
                progressed = true;
            }
            if (!l->busy) {
                if (*rc->failed || l->sent == l->nq) {
                    l->done = true;
                    continue;
                }
                send_part(l, rc);
                if (!l->busy)
                    continue;
            }
            if (!PQconsumeInput(l->conn)) {
                fail(rc->d, rc->failed, l->conn, NULL);
                l->done = true;
                continue;
            }
            bool waits = false;
            while (l->busy && !waits && !PQisBusy(l->conn)) {
                PGresult *r = PQgetResult(l->conn);
                if (!r)
                    l->busy = false;
                else
                    waits = !take(l, r, rc);
                progressed = true;
            }
            all_done = false;
            if (l->busy && !waits) {
                int fd = PQsocket(l->conn);
                FD_SET(fd, &fds);
                if (fd > maxfd)
                    maxfd = fd;
            }
        }
        if (all_done)
            return;
        if (!progressed && maxfd < 0) {
            /* only waiting lanes, none to wait on: cannot happen, since the
             * first lane never waits (pg.c) */
            sc_error(rc->d, SC_ERR_DB, "reading the catalog failed: results arrived in an order that cannot be built");
            *rc->failed = true;
        }
        if (!progressed && maxfd >= 0)
            select(maxfd + 1, &fds, NULL, NULL, NULL);
    }
}

int pg_run_queries(PGconn *conn, const char *schemas_sql, const sc_inspect_opts *opts, const pg_sink *sink,
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

    lane lanes[2] = {{.conn = conn, .idx = -PG_PREAMBLE}, {.conn = second, .idx = -PG_PREAMBLE, .rows = true}};
    int nl = second ? 2 : 1;
    for (int q = 0; q < PGQ_COUNT; q++) {
        /* Inside a transaction the reader is the scratch load's, whose
         * warnings about unmodelled objects nobody reads. */
        if (in_txn && q == PGQ_UNMODELLED)
            continue;
        /* The deparsing-heavy queries go to the second connection, and the
         * sequences and comments after them: read row by row there, they
         * are built as they come instead of waiting whole for the indexes
         * (the first connection has the longer way anyway). */
        lane *l = second && (q == PGQ_CONSTRAINTS || q == PGQ_INDEXES || q == PGQ_VIEWS ||
                             q == PGQ_SEQUENCES || q == PGQ_COMMENTS) ? &lanes[1] : &lanes[0];
        l->qids[l->nq++] = q;
    }
    run_ctx rc = {schemas_sql, search_path, in_txn, pg_unread_queries(opts), sink, d, &failed};
    drain(lanes, nl, &rc);
    for (int i = 0; i < nl; i++)
        PQclear(lanes[i].pending);   /* only after a failure */
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
        return -1;
    }
    return 0;
}
