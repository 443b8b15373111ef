/* dsl_fixture.h - a model from DSL text, for the unit tests that diff or
 * emit what a .sch file declares (include after <cmocka.h>). */
#ifndef SC_TEST_DSL_FIXTURE_H
#define SC_TEST_DSL_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

/* Parsed and finished (names, validation); a failure prints the located
 * diagnostics and fails the test. */
static __attribute__((unused)) sc_model *dsl(const char *text)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_model_new();
    int rc = sc_parse_text(m, "test.sch", text, strlen(text), &d);
    if (rc == 0)
        rc = sc_model_finish(m, &d);
    for (size_t i = 0; rc && i < d.n; i++) {
        char *s = sc_diag_format(&d.items[i]);
        fprintf(stderr, "%s", s);
        free(s);
    }
    assert_int_equal(rc, 0);
    sc_diags_free(&d);
    return m;
}

/* The first error of a text that must fail to parse or finish, formatted
 * (heap string): "t.sch:L:C: error: ...", its line and caret. */
static __attribute__((unused)) char *dsl_first_error(const char *text)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_model_new();
    int rc = sc_parse_text(m, "t.sch", text, strlen(text), &d);
    if (rc == 0)
        rc = sc_model_finish(m, &d);
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

#endif
