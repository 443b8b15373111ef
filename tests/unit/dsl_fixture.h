/* dsl_fixture.h - a model from DSL text, for the unit tests that parse,
 * diff or emit what a .sch file declares (include after <cmocka.h>). The
 * one place the tests parse and finish a text: each test file names its
 * source as it likes (t.sch, r.sch, ...), the diagnostics are printed the
 * same way everywhere. */
#ifndef SC_TEST_DSL_FIXTURE_H
#define SC_TEST_DSL_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/emit.h"
#include "parser/parser.h"

#define DSL_FIX_UNUSED __attribute__((unused))

/* Parsed as file `name` and finished (names, validation): the model, *rc
 * (0 or -1) and the diagnostics in d (the caller frees d and the model). */
static DSL_FIX_UNUSED sc_model *dsl_load_named(const char *name, const char *text, sc_diags *d, int *rc)
{
    sc_model *m = sc_model_new();
    sc_diags_init(d);
    *rc = sc_parse_text(m, name, text, strlen(text), d);
    if (*rc == 0)
        *rc = sc_model_finish(m, d);
    return m;
}

/* The same as file t.sch. */
static DSL_FIX_UNUSED sc_model *dsl_load(const char *text, sc_diags *d, int *rc)
{
    return dsl_load_named("t.sch", text, d, rc);
}

/* Every diagnostic located and formatted, on stderr. */
static DSL_FIX_UNUSED void dsl_print_diags(const sc_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        char *s = sc_diag_format(&d->items[i]);
        fprintf(stderr, "%s", s);
        free(s);
    }
}

/* A text that must load: a failure prints the diagnostics and the text and
 * fails the test. */
static DSL_FIX_UNUSED sc_model *dsl_ok_named(const char *name, const char *text)
{
    sc_diags d;
    int rc;
    sc_model *m = dsl_load_named(name, text, &d, &rc);
    if (rc != 0 || d.nerrors) {
        dsl_print_diags(&d);
        fprintf(stderr, "--- text:\n%s", text);
        fail_msg("%s does not load", name);
    }
    sc_diags_free(&d);
    return m;
}

static DSL_FIX_UNUSED sc_model *dsl_ok(const char *text)
{
    return dsl_ok_named("t.sch", text);
}

/* The diff and emit tests' model: as file test.sch. */
static DSL_FIX_UNUSED sc_model *dsl(const char *text)
{
    return dsl_ok_named("test.sch", text);
}

/* The first error of a text that must fail to parse or finish, formatted
 * (heap string): "t.sch:L:C: error: ...", its line and caret. */
static DSL_FIX_UNUSED char *dsl_first_error(const char *text)
{
    sc_diags d;
    int rc;
    sc_model *m = dsl_load(text, &d, &rc);
    assert_int_not_equal(rc, 0);
    assert_true(d.n > 0);
    size_t i = 0;
    while (i + 1 < d.n && d.items[i].sev != SC_SEV_ERROR)
        i++;
    char *s = sc_diag_format(&d.items[i]);
    sc_diags_free(&d);
    sc_model_free(m);
    return s;
}

/* m's DSL text (written by the caller, checked on its own) and m's JSON
 * both read back to what m is: check holds of each model read back, and
 * writing it again gives the same text. Frees text and m. */
static DSL_FIX_UNUSED void dsl_json_round_trip(sc_model *m, char *text, void (*check)(const sc_model *))
{
    sc_model *m2 = dsl(text);
    check(m2);
    char *text2 = sc_emit_dsl(m2);
    assert_string_equal(text, text2);

    char *json = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("m.json", json, strlen(json), &d);
    assert_non_null(m3);
    assert_int_equal(d.nerrors, 0);
    check(m3);
    char *json2 = sc_emit_json(m3);
    assert_string_equal(json, json2);
    free(text);
    free(text2);
    free(json);
    free(json2);
    sc_diags_free(&d);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

#endif
