/* test_json.c - the JSON model format: canonical output, exact round trip
 * through sc_load_json, and the reader's errors (malformed JSON with
 * line:col, wrong shapes with the path of the value). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "emit/emit.h"
#include "parser/parser.h"
#include "unit/emit_fixture.h"

static void roundtrip(sc_model *m)
{
    char *j1 = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m2 = sc_load_json("model.json", j1, strlen(j1), &d);
    if (!m2)
        for (size_t i = 0; i < d.n; i++)
            fprintf(stderr, "%s\n", d.items[i].msg);
    assert_non_null(m2);
    assert_int_equal(d.nerrors, 0);
    char *j2 = sc_emit_json(m2);
    assert_string_equal(j1, j2);
    /* The DDL of the loaded model is the same too. */
    for (int dia = 0; dia < 2; dia++) {
        sc_diags d1, d2;
        sc_diags_init(&d1);
        sc_diags_init(&d2);
        char *s1 = sc_emit_ddl(m, (sc_dialect)dia, &d1), *s2 = sc_emit_ddl(m2, (sc_dialect)dia, &d2);
        assert_int_equal(!s1, !s2);
        if (s1)
            assert_string_equal(s1, s2);
        assert_int_equal(d1.n, d2.n);
        free(s1);
        free(s2);
        sc_diags_free(&d1);
        sc_diags_free(&d2);
    }
    free(j1);
    free(j2);
    sc_diags_free(&d);
    sc_model_free(m2);
}

static void test_roundtrip(void **state)
{
    (void)state;
    sc_model *m = fx_portable_model();
    roundtrip(m);
    sc_model_free(m);
    m = fx_cycle_model();
    roundtrip(m);
    sc_model_free(m);
    m = fx_pg_only_model();
    roundtrip(m);
    sc_model_free(m);
    m = sc_model_new();
    roundtrip(m);
    sc_model_free(m);
}

static void test_shape(void **state)
{
    (void)state;
    sc_model *m = fx_pg_only_model();
    char *j = sc_emit_json(m);
    /* Fixed key order, every key present, pretty-printed, newline-ended. */
    const char *head = "{\n  \"format\": \"schemac-model\",\n  \"version\": 1,\n  \"schemas\": [\n    \"app\"\n  ],\n";
    assert_memory_equal(j, head, strlen(head));
    assert_non_null(strstr(j,
        "      \"name\": \"invoice_no\",\n"
        "      \"type\": \"integer\",\n"
        "      \"start\": 1000,\n"
        "      \"increment\": 5,\n"
        "      \"min_value\": null,\n"
        "      \"max_value\": null,\n"
        "      \"cache\": 1,\n"
        "      \"cycle\": false,\n"
        "      \"owned_by\": {\n"
        "        \"table\": \"posts\",\n"
        "        \"column\": \"invoice\"\n"
        "      }\n"));
    assert_non_null(strstr(j,
        "          \"type\": {\n"
        "            \"schema\": \"app\",\n"
        "            \"name\": \"Mood\",\n"
        "            \"mods\": null,\n"
        "            \"array_dims\": 0,\n"
        "            \"user\": true\n"
        "          },\n"));
    assert_non_null(strstr(j, "\"identity\": \"always\""));
    assert_non_null(strstr(j, "\"nulls\": \"last\""));
    assert_string_equal(j + strlen(j) - 2, "}\n");
    char *j2 = sc_emit_json(m);
    assert_string_equal(j, j2);
    free(j);
    free(j2);
    sc_model_free(m);
}

/* Loads text expecting failure; returns the first message (static copy). */
static const char *load_error(const char *text)
{
    static char msg[512];
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_json("in.json", text, strlen(text), &d);
    assert_null(m);
    assert_true(d.nerrors > 0);
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    /* Located diagnostics are checked as the user sees them. */
    if (d.items[0].loc.src) {
        char *f = sc_diag_format(&d.items[0]);
        snprintf(msg, sizeof msg, "%s", f);
        free(f);
    } else {
        snprintf(msg, sizeof msg, "%s", d.items[0].msg);
    }
    sc_diags_free(&d);
    return msg;
}

#define HEAD "{\"format\": \"schemac-model\", \"version\": 1, "

static void test_errors(void **state)
{
    (void)state;
    assert_string_equal(load_error("{\n  \"format\": \"schemac-model\",\n  \"version\": 1,,\n}"),
                        "in.json:3:16: error: invalid JSON: string or '}' expected near ','\n"
                        "    3 |   \"version\": 1,,\n"
                        "      |                ^\n");
    assert_string_equal(load_error("[]"),
                        "in.json: expected a JSON object at the top (a schemac model, see docs/json.md)");
    assert_string_equal(load_error("{\"format\": \"other\"}"),
                        "in.json: format: expected \"schemac-model\" (is this a schemac model?)");
    assert_string_equal(load_error("{\"format\": \"schemac-model\", \"version\": 2}"),
                        "in.json: version: unsupported version (this schemac reads version 1)");
    assert_string_equal(load_error(HEAD "\"tabels\": []}"), "in.json: unknown key \"tabels\"");
    assert_string_equal(load_error(HEAD "\"tables\": {}}"), "in.json: tables: expected an array");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"columns\": "
                                   "[{\"name\": \"a\", \"type\": {\"name\": 5}}]}]}"),
                        "in.json: tables[0].columns[0].type.name: expected a string");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"columns\": "
                                   "[{\"name\": \"a\", \"type\": {\"name\": \"text\"}, \"nullable\": true}]}]}"),
                        "in.json: tables[0].columns[0]: unknown key \"nullable\"");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"columns\": "
                                   "[{\"name\": \"a\", \"type\": {\"name\": \"text\"}, \"identity\": \"sometimes\"}]}]}"),
                        "in.json: tables[0].columns[0].identity: expected \"always\", \"by default\" or null");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"constraints\": "
                                   "[{\"kind\": \"foreign key\", \"name\": \"fk\", \"columns\": [\"a\"]}]}]}"),
                        "in.json: tables[0].constraints[0].references: a foreign key needs \"references\"");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\"}, {\"name\": \"t\"}]}"),
                        "in.json: tables[1]: duplicate table \"public.t\"");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"indexes\": [{\"name\": \"i\", "
                                   "\"elements\": [{\"column\": \"a\", \"expr\": \"a\"}]}]}]}"),
                        "in.json: tables[0].indexes[0].elements[0]: needs exactly one of \"column\" and \"expr\"");
    /* SQLite's table options are checked as in the DSL (found by fuzz_json) */
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"sqlite_autoincrement\": true, "
                                   "\"columns\": [{\"name\": \"id\", \"type\": {\"name\": \"text\"}}], "
                                   "\"constraints\": [{\"kind\": \"primary key\", \"name\": \"pk\", \"columns\": [\"id\"]}]}]}"),
                        "in.json: AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY: column \"id\" "
                        "of table \"t\" is not integer");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"sqlite_without_rowid\": true}]}"),
                        "in.json: PRIMARY KEY missing: table \"t\" is WITHOUT ROWID, which needs one");
    /* a key or an index of nothing (found by fuzz_json) */
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"constraints\": "
                                   "[{\"kind\": \"primary key\", \"name\": \"pk\", \"columns\": []}]}]}"),
                        "in.json: primary key of table \"t\" lists no column");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"indexes\": [{\"name\": \"i\", "
                                   "\"elements\": []}]}]}"),
                        "in.json: index \"i\" lists no column or expression");
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                                   "\"type\": {\"name\": \"text\", \"array_dims\": -1}}]}]}"),
                        "in.json: tables[0].columns[0].type.array_dims: expected 0 to 6");
    /* a view's query parses as in the DSL, refs given or not (found by fuzz_json) */
    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\", \"query\": \"select ema]l\", \"refs\": []}]}"),
                        "in.json: in the query of view \"v\": syntax error at or near \"]\"");
    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\", \"query\": \"select 1 -- one\", \"refs\": []}]}"),
                        "in.json: views[0].query: not an expression the DSL can hold: "
                        "ends in a -- comment, which would hide the closing parenthesis");
    /* type modifiers are numbers, as the DSL's grammar takes them (found by fuzz_json) */
    assert_string_equal(load_error(HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                                   "\"type\": {\"name\": \"time with time zone\", \"mods\": \"v\"}}]}]}"),
                        "in.json: tables[0].columns[0].type.mods: expected numbers separated by commas, e.g. \"10,2\"");
    /* a sequence's type is read as the DSL reads it (found by fuzz_json) */
    const char *e = load_error(HEAD "\"sequences\": [{\"name\": \"s\", \"type\": \"bi@gint\"}]}");
    assert_non_null(strstr(e, "in.json: sequences[0].type: invalid type: "));
}

/* Views: every field round trips (refs too), a view read from a catalog
 * (typed columns, a query ending in ';', SQLite's text) as well; hand-written
 * views without refs get them from their query; shapes are checked. */
static void test_views(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    sc_table *t = sc_model_add_table(m, "public", "t");
    sc_column *c = sc_table_add_column(m, t, "a");
    c->type.name = "integer";
    sc_view *v = sc_model_add_view(m, "public", "mv");
    v->materialized = true;
    v->query = " SELECT t.a\n   FROM t;";
    v->with_no_data = true;
    v->comment = "c";
    sc_view_column *vc = sc_view_add_column(m, v, "a");
    vc->type.name = "integer";
    vc->comment = "the a";
    sc_index *ix = sc_view_add_index(m, v);
    ix->name = "ix_mv_a";
    ix->nelems = 1;
    ix->elems = sc_arena_alloc(m->arena, sizeof *ix->elems);
    ix->elems[0].column = "a";
    sc_view_add_ref(m, v, SC_REF_RELATION, "public", "t", NULL);
    sc_view_add_ref(m, v, SC_REF_COLUMN, "public", "t", "a");
    sc_view *w = sc_model_add_view(m, "public", "w");
    w->query = "select a from mv";
    w->column_list.items = sc_arena_alloc(m->arena, sizeof(char *));
    w->column_list.items[0] = "x";
    w->column_list.n = 1;
    w->check_option = SC_CHECK_OPTION_LOCAL;
    w->security_barrier = true;
    w->renamed_from = "old_w";
    w->sqlite_sql = "CREATE VIEW w (x) AS select a from mv";
    sc_view_add_ref(m, w, SC_REF_RELATION, "public", "mv", NULL);
    sc_model_sort(m);
    roundtrip(m);
    char *j = sc_emit_json(m);
    assert_non_null(strstr(j, "\"refs\": [\n"));
    assert_non_null(strstr(j, "\"check_option\": \"local\""));
    free(j);
    sc_model_free(m);

    /* refs left out: from the query */
    const char *text = HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                       "\"type\": {\"name\": \"integer\"}}]}], "
                       "\"views\": [{\"name\": \"v\", \"query\": \"select a from t\"}]}";
    sc_diags d;
    sc_diags_init(&d);
    m = sc_load_json("in.json", text, strlen(text), &d);
    assert_non_null(m);
    v = sc_model_view(m, "public", "v");
    assert_true(v->refs_known);
    assert_int_equal(v->refs.n, 2);
    sc_diags_free(&d);
    sc_model_free(m);

    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\", \"query\": \"select 1\", \"check\": 1}]}"),
                        "in.json: views[0]: unknown key \"check\"");
    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\", \"query\": \"select 1\", "
                                   "\"check_option\": \"always\"}]}"),
                        "in.json: views[0].check_option: expected \"local\", \"cascaded\" or null");
    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\", \"query\": \"select 1\", "
                                   "\"refs\": [{\"kind\": \"table\", \"name\": \"t\"}]}]}"),
                        "in.json: views[0].refs[0].kind: expected \"relation\", \"column\", \"type\" or \"function\"");
    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\"}]}"),
                        "in.json: views[0].query: expected a string, found nothing");
    assert_string_equal(load_error(HEAD "\"views\": [{\"name\": \"v\", \"query\": \"select 1\", "
                                   "\"indexes\": [{\"name\": \"i\", \"elements\": [{\"column\": \"a\"}]}]}]}"),
                        "in.json: index on view \"v\": only a materialized view has indexes");
}

/* A column whose default is the JSON string `def` (escaped for C and JSON). */
static const char *default_error(const char *def)
{
    char text[2048];
    snprintf(text, sizeof text, HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
             "\"type\": {\"name\": \"text\"}, \"default\": \"%s\"}]}]}", def);
    return load_error(text);
}

/* Expressions the DSL could not carry between parentheses are refused (a
 * fuzzer found one: the .sch written from it did not parse back). */
static void test_expressions_refused(void **state)
{
    (void)state;
    const char *p = "in.json: tables[0].columns[0].default: not an expression the DSL can hold: ";
    char want[256];
#define REFUSED(def, why) \
    (snprintf(want, sizeof want, "%s%s", p, why), assert_string_equal(default_error(def), want))
    REFUSED("nextval('s'::regclass()", "unbalanced parentheses: a \"(\" is never closed");
    REFUSED("f(1))", "unbalanced parentheses: \")\" without a \"(\" before it");
    REFUSED("'abc", "unterminated string literal");
    REFUSED("E'abc\\\\'", "unterminated string literal");
    REFUSED("\\\"col", "unterminated quoted identifier");
    REFUSED("$x$abc$y$", "unterminated dollar-quoted string");
    REFUSED("1 /* one", "unterminated /* comment");
    REFUSED("1 -- one", "ends in a -- comment, which would hide the closing parenthesis");
    char deep[600];   /* the DSL could not hold 255 parentheses in its own */
    memset(deep, '(', 255);
    deep[255] = '1';
    memset(deep + 256, ')', 255);
    deep[511] = '\0';
    REFUSED(deep, "nested too deeply");
    /* balanced, but not an expression: the DSL's parser would refuse the
     * .sch written from it (fuzz_json) */
    REFUSED("current[date", "syntax error at or near \")\"");
#undef REFUSED
    /* read as the DSL's scanner reads them: two dollar quotes back to back
     * (found by fuzz_dsl), a $ inside a name, a dollar quote after a number,
     * an escaped quote in an E'' string */
    static const char *const fine[] = {"$$a$$ || $$)$$", "a$$b || ')'", "1 || $$)$$", "e'\\\\')'", NULL};
    for (int i = 0; fine[i]; i++) {
        char text[512];
        snprintf(text, sizeof text, HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                 "\"type\": {\"name\": \"text\"}, \"default\": \"%s\"}]}]}", fine[i]);
        sc_diags d0;
        sc_diags_init(&d0);
        sc_model *m0 = sc_load_json("in.json", text, strlen(text), &d0);
        if (!m0)
            fail_msg("refused: %s", fine[i]);
        sc_model_free(m0);
        sc_diags_free(&d0);
    }
    /* parentheses inside strings, identifiers, dollar quotes and comments */
    const char *text = HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                       "\"type\": {\"name\": \"text\"}, \"default\": "
                       "\"f(')', \\\")\\\", $q$)$q$, E'\\\\')', /* ) */ 1) -- )\\n\"}]}]}";
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_json("in.json", text, strlen(text), &d);
    assert_non_null(m);
    char *dsl = sc_emit_dsl(m);
    sc_model *back = sc_model_new();
    assert_int_equal(sc_parse_text(back, "back.sch", dsl, strlen(dsl), &d), 0);
    /* the DSL drops comments from expressions: the rest is the same */
    assert_string_equal(sc_table_column(sc_model_table(back, "public", "t"), "a")->default_expr,
                        "f(')', \")\", $q$)$q$, E'\\')',   1)");
    sc_model_free(back);
    free(dsl);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* The schema a table lives in exists without being listed, and a primary
 * key's columns are NOT NULL, as in the DSL (a fuzzer found the DSL written
 * from such models reading back differently). */
static void test_implied_schema(void **state)
{
    (void)state;
    const char *text;
    text = HEAD "\"sequences\": [{\"schema\": \"s1\", \"name\": \"q\"}], "
                       "\"tables\": [{\"schema\": \"app\", \"name\": \"t\", \"columns\": [{\"name\": \"id\", "
                       "\"type\": {\"name\": \"integer\"}, \"not_null\": false}], \"constraints\": "
                       "[{\"kind\": \"primary key\", \"name\": \"pk\", \"columns\": [\"id\"]}]}]}";
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_json("in.json", text, strlen(text), &d);
    assert_non_null(m);
    assert_int_equal(m->schemas.n, 2);
    assert_true(sc_table_column(sc_model_table(m, "app", "t"), "id")->not_null);

    char *j = sc_emit_json(m);
    assert_non_null(strstr(j, "\"schemas\": [\n    \"app\",\n    \"s1\"\n  ]"));
    free(j);
    sc_diags_free(&d);
    sc_model_free(m);
    /* types are read as the DSL reads them: canonical spelling */
    text = HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
           "\"type\": {\"name\": \"decimal\", \"mods\": \"10,2\", \"array_dims\": 1}}]}]}";
    sc_diags_init(&d);
    m = sc_load_json("in.json", text, strlen(text), &d);
    assert_non_null(m);
    const sc_type *ty = &sc_table_column(sc_model_table(m, "public", "t"), "a")->type;
    assert_string_equal(sc_type_format(m->arena, ty), "numeric(10,2)[]");
    assert_string_equal(ty->name, "numeric");
    sc_diags_free(&d);
    sc_model_free(m);
    /* a view's schema too (found by fuzz_json) */
    text = HEAD "\"views\": [{\"schema\": \"rep\", \"name\": \"v\", \"query\": \"select 1 as one\"}]}";
    sc_diags_init(&d);
    m = sc_load_json("in.json", text, strlen(text), &d);
    assert_non_null(m);
    assert_int_equal(m->schemas.n, 1);
    assert_string_equal(SC_VEC_AT(m->schemas, 0, const char), "rep");
    sc_diags_free(&d);
    sc_model_free(m);
}

/* Hand-written JSON may leave out what is null/false/empty. */
static void test_minimal_input(void **state)
{
    (void)state;
    const char *text = HEAD "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                       "\"type\": {\"name\": \"integer\"}, \"not_null\": true}], "
                       "\"constraints\": [{\"kind\": \"primary key\", \"name\": \"pk_t\", \"columns\": [\"a\"]}]}]}";
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_json("in.json", text, strlen(text), &d);
    assert_non_null(m);
    sc_table *t = sc_model_table(m, "public", "t");
    assert_non_null(t);
    assert_true(sc_table_column(t, "a")->not_null);
    assert_string_equal(sc_table_primary_key(t)->name, "pk_t");
    char *s = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_string_equal(s, "-- Schema DDL for PostgreSQL, generated by schemac.\n\n"
                           "CREATE TABLE t (\n    a integer NOT NULL,\n    CONSTRAINT pk_t PRIMARY KEY (a)\n);\n");
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip),
        cmocka_unit_test(test_shape),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_expressions_refused),
        cmocka_unit_test(test_implied_schema),
        cmocka_unit_test(test_minimal_input),
        cmocka_unit_test(test_views),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
