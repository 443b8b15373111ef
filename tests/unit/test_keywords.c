/* test_keywords.c - every keyword of the one list (src/parser/kwlist.h)
 * behaves as its kind says, in the scanner, the grammar and the DSL writer:
 * plain text inside parentheses, a name where its kind allows, in any case;
 * `check (autoincrement > 0)` on a column "autoincrement" parses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "emit/emit.h"
#include "parser/keywords.h"
#include "parser/parser.h"

typedef struct kw {
    const char *text;
    sc_kw_kind kind;
} kw;

static const kw all[] = {
#define SC_KEYWORD(text, token, kind) {text, kind},
#include "parser/kwlist.h"
#undef SC_KEYWORD
};
#define NKW (sizeof all / sizeof all[0])

/* Parses and finishes text; returns the model, or NULL (diagnostics shown
 * when `show`). */
static sc_model *parse(const char *text, bool show)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_model_new();
    int rc = sc_parse_text(m, "kw.sch", text, strlen(text), &d);
    if (rc == 0)
        rc = sc_model_finish(m, &d);
    for (size_t i = 0; show && rc && i < d.n; i++) {
        char *s = sc_diag_format(&d.items[i]);
        fprintf(stderr, "%s", s);
        free(s);
    }
    sc_diags_free(&d);
    if (rc) {
        sc_model_free(m);
        return NULL;
    }
    return m;
}

/* The first column of the model's table called name (any schema). */
static const char *column_of(const sc_model *m, const char *name)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (!strcmp(t->name, name))
            return SC_VEC_AT(t->columns, 0, sc_column)->name;
    }
    fail_msg("no table \"%s\"", name);
    return NULL;
}

/* The lookup finds each word in any case, and nothing else. */
static void test_lookup(void **state)
{
    (void)state;
    for (size_t i = 0; i < NKW; i++) {
        char up[64];
        size_t n = strlen(all[i].text);
        for (size_t k = 0; k <= n; k++)
            up[k] = (char)(all[i].text[k] >= 'a' && all[i].text[k] <= 'z' ? all[i].text[k] - 32 : all[i].text[k]);
        const sc_keyword *a = sc_keyword_find(all[i].text, n), *b = sc_keyword_find(up, n);
        assert_non_null(a);
        assert_ptr_equal(a, b);
        assert_string_equal(a->text, all[i].text);
        assert_int_equal(a->kind, all[i].kind);
    }
    assert_null(sc_keyword_find("users", 5));
    assert_null(sc_keyword_find("", 0));
    assert_null(sc_keyword_find("tables", 6));
}

/* Inside parentheses every keyword is plain text: a column named like it
 * (in quotes), used in a check, a default and an index expression. The
 * expressions must also be PostgreSQL (they are checked by its parser):
 * qualified, any keyword is a name there (t.as, x.check(1)). */
/* "did you mean": one slip from one keyword only */
static void test_suggest(void **state)
{
    (void)state;
    assert_string_equal(sc_keyword_suggest("tabel", 5, NULL, NULL), "table");
    assert_string_equal(sc_keyword_suggest("PRIMERY", 7, NULL, NULL), "primary");
    assert_string_equal(sc_keyword_suggest("refrences", 9, NULL, NULL), "references");
    assert_null(sc_keyword_suggest("table", 5, NULL, NULL));     /* a keyword already */
    assert_null(sc_keyword_suggest("tbl", 3, NULL, NULL));       /* too short to guess */
    assert_null(sc_keyword_suggest("customer", 8, NULL, NULL));  /* nothing near */
}

static void test_keywords_in_expressions(void **state)
{
    (void)state;
    for (size_t i = 0; i < NKW; i++) {
        const char *w = all[i].text;
        char text[512];
        snprintf(text, sizeof text,
                 "table t {\n  \"%s\" int check (t.%s > 0) default (x.%s(1))\n"
                 "  index ix ((t.%s + 1)) where (t.%s is not null)\n}\n", w, w, w, w, w);
        sc_model *m = parse(text, true);
        if (!m)
            fail_msg("keyword \"%s\" inside parentheses", w);
        assert_string_equal(column_of(m, "t"), w);
        sc_model_free(m);
    }
}

/* A name where the kind says so, unquoted, in any case; in "quotes" always;
 * and the DSL writer quotes it exactly when it must (the output parses back
 * to the same name). */
static void test_keywords_as_names(void **state)
{
    (void)state;
    for (size_t i = 0; i < NKW; i++) {
        const char *w = all[i].text;
        char text[512];
        snprintf(text, sizeof text, "table %s {\n  %s int\n}\n", w, w);
        sc_model *m = parse(text, all[i].kind == SC_KW_NAME);
        if ((m != NULL) != (all[i].kind == SC_KW_NAME))
            fail_msg("\"%s\" unquoted as a table's and a column's name: %s", w, m ? "accepted" : "refused");
        sc_model_free(m);

        snprintf(text, sizeof text, "table \"%s\" {\n  \"%s\" int\n}\n"
                 "table other.zz {\n  id int\n  index \"%s\" (id)\n}\n", w, w, w);
        m = parse(text, true);
        if (!m)
            fail_msg("\"%s\" quoted", w);
        char *dsl = sc_emit_dsl(m);
        sc_model *back = parse(dsl, true);
        if (!back)
            fail_msg("\"%s\": the written DSL does not parse:\n%s", w, dsl);
        assert_string_equal(column_of(back, w), w);
        char *again = sc_emit_dsl(back);
        assert_string_equal(again, dsl);
        free(again);
        sc_model_free(back);
        free(dsl);
        sc_model_free(m);

        /* SC_KW_NOT_COLUMN: a name everywhere but as a column's */
        if (all[i].kind == SC_KW_NOT_COLUMN) {
            snprintf(text, sizeof text, "table %s {\n  id int\n  index %s_ix (id)\n}\nenum s.%s { 'a' }\n", w, w, w);
            m = parse(text, true);
            assert_non_null(m);
            sc_model_free(m);
        }
    }
}

/* The case of issue 14: a column called autoincrement, checked. */
static void test_autoincrement_column(void **state)
{
    (void)state;
    sc_model *m = parse("table t {\n  \"autoincrement\" int check (autoincrement > 0)\n}\n", true);
    assert_non_null(m);
    sc_model_free(m);
    m = parse("table t {\n  id integer primary key\n  sqlite autoincrement\n}\n", true);
    assert_non_null(m);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup),
        cmocka_unit_test(test_suggest),
        cmocka_unit_test(test_keywords_in_expressions),
        cmocka_unit_test(test_keywords_as_names),
        cmocka_unit_test(test_autoincrement_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
