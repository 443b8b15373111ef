/* bench_core.c - times the in-process stages, for `make bench`.
 *
 *   bench_core parse FILE        sc_load_schema (scan, parse, name, validate)
 *   bench_core diff FROM TO      two loads, then sc_diff + sc_emit_plan (model x model)
 *
 * Prints one line "stage ms=... " per stage and the peak RSS. Each stage is
 * run several times and the best time is kept, so that a cold cache or a
 * busy machine shows less in the figure. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "diff/diff.h"
#include "emit/migration.h"
#include "parser/parser.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static sc_model *load(const char *path)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_schema(path, &d);
    if (!m) {
        for (size_t i = 0; i < d.n && i < 5; i++) {
            char *s = sc_diag_format(&d.items[i]);
            fputs(s, stderr);
            free(s);
        }
    }
    sc_diags_free(&d);
    return m;
}

int main(int argc, char **argv)
{
    enum { RUNS = 5 };
    if (argc == 3 && !strcmp(argv[1], "parse")) {
        double best = 1e18;
        size_t ntables = 0;
        for (int r = 0; r < RUNS; r++) {
            double t0 = now_ms();
            sc_model *m = load(argv[2]);
            double t = now_ms() - t0;
            if (!m)
                return 1;
            ntables = m->tables.n;
            sc_model_free(m);
            if (t < best)
                best = t;
        }
        printf("parse tables=%zu ms=%.1f peak_rss_kb=%ld\n", ntables, best, peak_rss_kb());
        return 0;
    }
    if (argc == 4 && !strcmp(argv[1], "diff")) {
        sc_model *from = load(argv[2]), *to = load(argv[3]);
        if (!from || !to)
            return 1;
        double best = 1e18, best_emit = 1e18;
        size_t nops = 0;
        for (int r = 0; r < RUNS; r++) {
            sc_diags d;
            sc_diags_init(&d);
            sc_diff_opts o;
            sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
            double t0 = now_ms();
            sc_plan *p = sc_diff(from, to, &o, &d);
            double t1 = now_ms();
            if (!p) {
                fprintf(stderr, "diff failed\n");
                sc_diags_free(&d);
                return 1;
            }
            char *sql = sc_emit_plan(p, SC_DIALECT_POSTGRESQL, false, &d);
            double t2 = now_ms();
            nops = sc_plan_count(p);
            free(sql);
            sc_plan_free(p);
            sc_diags_free(&d);
            if (t1 - t0 < best)
                best = t1 - t0;
            if (t2 - t1 < best_emit)
                best_emit = t2 - t1;
        }
        printf("diff tables=%zu ops=%zu diff_ms=%.2f emit_ms=%.2f peak_rss_kb=%ld\n",
               to->tables.n, nops, best, best_emit, peak_rss_kb());
        sc_model_free(from);
        sc_model_free(to);
        return 0;
    }
    fprintf(stderr, "usage: bench_core parse FILE | diff FROM TO\n");
    return 2;
}
