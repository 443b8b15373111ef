/* bench_inspect.c - the PostgreSQL inspector against its floor, for `make bench`.
 *
 *   bench_inspect URL
 *
 * floor:    the inspector's own catalog queries (pg_inspect_sql), sent as one
 *           string on one connection, results received and thrown away;
 * cold:     the same on a new connection each time, connecting included, as
 *           a command (psql -f, or schemac itself) meets them: the server
 *           process starts with empty catalog caches;
 * inspect:  sc_inspect_pg, the same queries plus building the model;
 * +json:    sc_inspect_pg then sc_emit_json (what `inspect --format json` does
 *           before writing).
 * Best of 5 each, in milliseconds, and the peak RSS of the process. */
#define _GNU_SOURCE
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "emit/emit.h"
#include "inspect/inspect.h"
#include "inspect/pg_internal.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int floor_once(PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    PQclear(r);
    if (!PQsendQuery(c, sql))
        return -1;
    int ok = 0;
    while ((r = PQgetResult(c)) != NULL) {
        ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
            fprintf(stderr, "%s", PQresultErrorMessage(r));
            ok = -1;
        }
        PQclear(r);
    }
    return ok;   /* pg_inspect_sql ends with its own COMMIT */
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bench_inspect URL\n");
        return 2;
    }
    PGconn *c = PQconnectdb(argv[1]);
    if (PQstatus(c) != CONNECTION_OK) {
        fprintf(stderr, "%s", PQerrorMessage(c));
        return 1;
    }
    int qids[PGQ_COUNT];
    for (int i = 0; i < PGQ_COUNT; i++)
        qids[i] = i;
    char *sql = pg_inspect_sql("ARRAY['public']::name[]", NULL, true, qids, PGQ_COUNT);
    double best_floor = 1e18, best_inspect = 1e18, best_json = 1e18;
    size_t ntables = 0, nviews = 0, nrefs = 0;
    for (int run = 0; run < 5; run++) {
        double t0 = now_ms();
        if (floor_once(c, sql) != 0)
            return 1;
        double t1 = now_ms();
        sc_diags d;
        sc_diags_init(&d);
        sc_model *m = sc_inspect_pg(c, NULL, &d);
        double t2 = now_ms();
        if (!m) {
            fprintf(stderr, "inspect failed\n");
            return 1;
        }
        char *json = sc_emit_json(m);
        double t3 = now_ms();
        ntables = m->tables.n;
        nviews = m->views.n;
        nrefs = 0;
        for (size_t v = 0; v < m->views.n; v++)
            nrefs += SC_VEC_AT(m->views, v, sc_view)->refs.n;
        free(json);
        sc_model_free(m);
        sc_diags_free(&d);
        if (t1 - t0 < best_floor)
            best_floor = t1 - t0;
        if (t2 - t1 < best_inspect)
            best_inspect = t2 - t1;
        if (t3 - t1 < best_json)
            best_json = t3 - t1;
    }
    double best_cold = 1e18;
    for (int run = 0; run < 5; run++) {
        double t0 = now_ms();
        PGconn *fresh = PQconnectdb(argv[1]);
        if (PQstatus(fresh) != CONNECTION_OK || floor_once(fresh, sql) != 0) {
            fprintf(stderr, "%s", PQerrorMessage(fresh));
            return 1;
        }
        PQfinish(fresh);
        double t1 = now_ms();
        if (t1 - t0 < best_cold)
            best_cold = t1 - t0;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("inspect tables=%zu views=%zu refs=%zu floor_ms=%.0f floor_cold_ms=%.0f inspect_ms=%.0f (%.2fx floor) inspect+json_ms=%.0f"
           " peak_rss_kb=%ld\n",
           ntables, nviews, nrefs, best_floor, best_cold, best_inspect, best_inspect / best_floor, best_json, ru.ru_maxrss);
    free(sql);
    PQfinish(c);
    return 0;
}
