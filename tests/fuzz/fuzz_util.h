/* fuzz_util.h - helpers shared by the libFuzzer targets (tests/fuzz/). */
#ifndef SC_FUZZ_UTIL_H
#define SC_FUZZ_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff.h"
#include "emit/emit.h"
#include "model/diag.h"
#include "parser/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Formats every diagnostic (the caret line reads the source around the
 * location: a wrong offset shows up here under ASan), and checks that no
 * control byte reaches the terminal raw. */
static inline void fuzz_format_diags(const sc_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        char *s = sc_diag_format(&d->items[i]);
        for (const unsigned char *p = (const unsigned char *)s; *p; p++)
            if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
                abort();
        free(s);
    }
}

/* What the project promises of any model, checked on every model a target
 * gets to load:
 *   - the DSL written back (sc_emit_dsl) parses to the same model: a diff
 *     between the two is empty;
 *   - the JSON written (sc_emit_json) loads back to the same model;
 *   - the DDL of both dialects is written (or refused with a diagnostic).
 * A broken promise aborts, so that libFuzzer keeps the input. */
/* Diff a -> b must be empty; when not, say what differs and abort. */
static inline void fuzz_same_model(const sc_model *a, const sc_model *b, const char *what, const char *text)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(a, b, &o, &d);
    if (!p || sc_plan_count(p) != 0) {
        char *sum = p ? sc_plan_summary(p) : NULL;
        fprintf(stderr, "%s: not the same model:\n%s\n--- written:\n%s\n", what, sum ? sum : "(diff failed)", text);
        abort();
    }
    sc_plan_free(p);
    sc_diags_free(&d);
}

static inline void fuzz_round_trips(const sc_model *m)
{
    sc_diags d;
    sc_diags_init(&d);
    char *dsl = sc_emit_dsl(m);
    sc_model *back = sc_model_new();
    if (sc_parse_text(back, "written.sch", dsl, strlen(dsl), &d) != 0 || sc_model_finish(back, &d) != 0) {
        for (size_t i = 0; i < d.n; i++) {
            char *s = sc_diag_format(&d.items[i]);
            fprintf(stderr, "%s", s);
            free(s);
        }
        fprintf(stderr, "the written DSL does not load:\n%s\n", dsl);
        abort();
    }
    fuzz_same_model(m, back, "DSL round trip", dsl);
    sc_model_free(back);
    free(dsl);

    char *json = sc_emit_json(m);
    back = sc_load_json("written.json", json, strlen(json), &d);
    if (!back) {
        for (size_t i = 0; i < d.n; i++) {
            char *msg = sc_diag_format(&d.items[i]);
            fprintf(stderr, "%s", msg);
            free(msg);
        }
        fprintf(stderr, "the written JSON does not load:\n%s\n", json);
        abort();
    }
    fuzz_same_model(m, back, "JSON round trip", json);
    sc_model_free(back);
    free(json);

    free(sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d));
    free(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    sc_diags_free(&d);
}

#endif
