/* test_column_options.c - attopts7 (issue 12): a column's statistics
 * options (ALTER COLUMN ... SET (n_distinct = ...), pg_attribute.attoptions):
 * what the DSL puts in the model, the DSL writer and JSON giving them back,
 * the DDL after CREATE TABLE, SQLite's refusal, and the diff's SET / RESET
 * both ways. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff_fixture.h"
#include "emit/ddl.h"
#include "emit/emit.h"

static const char *schema =
    "table docs {\n"
    "  id   integer primary key\n"
    "  code text    statistics 50 statistics (n_distinct = -0.5, n_distinct_inherited = 200)\n"
    "  n    integer statistics (n_distinct = .25)\n"
    "}\n";

static void check_model(const sc_model *m)
{
    const sc_table *d = sc_model_table(m, "public", "docs");
    assert_non_null(d);
    const sc_names *code = sc_column_options(sc_table_column(d, "code"));
    assert_int_equal(code->n, 2);
    assert_string_equal(code->items[0], "n_distinct=-0.5");
    assert_string_equal(code->items[1], "n_distinct_inherited=200");
    assert_int_equal(sc_column_statistics(sc_table_column(d, "code")), 50);
    assert_int_equal(sc_column_options(sc_table_column(d, "n"))->n, 1);
    assert_int_equal(sc_column_options(sc_table_column(d, "id"))->n, 0);
}

static void test_round_trips(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    check_model(m);
    char *text = sc_emit_dsl(m);
    assert_contains(text, "statistics 50 statistics (n_distinct = -0.5, n_distinct_inherited = 200)\n");
    assert_contains(text, "statistics (n_distinct = .25)\n");
    dsl_json_round_trip(m, text, check_model);
}

static void test_ddl(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    assert_contains(sql, "ALTER TABLE docs ALTER COLUMN code SET STATISTICS 50;\n"
                         "ALTER TABLE docs ALTER COLUMN code SET (n_distinct=-0.5, n_distinct_inherited=200);\n");
    assert_contains(sql, "ALTER TABLE docs ALTER COLUMN n SET (n_distinct=.25);\n");
    free(sql);
    assert_null(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    int refused = 0;
    for (size_t i = 0; i < d.n; i++)
        refused += strstr(d.items[i].msg, "SQLite has no column statistics options") != NULL;
    assert_int_equal(refused, 2);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* Only what changes: SET the new or changed ones, RESET the ones gone;
 * the order they are written in is no change. */
static void test_diff(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  a int statistics (n_distinct = 5, n_distinct_inherited = 7)\n  b int\n}\n",
            "table t {\n  a int statistics (n_distinct = 6)\n  b int statistics (n_distinct = -1)\n"
            "  c int statistics (n_distinct = 3)\n}\n");
    assert_contains(f.up, "ALTER TABLE t ALTER COLUMN a SET (n_distinct=6);\n"
                          "ALTER TABLE t ALTER COLUMN a RESET (n_distinct_inherited);\n");
    assert_contains(f.up, "ALTER TABLE t ALTER COLUMN b SET (n_distinct=-1);\n");
    assert_before(f.up, "ALTER TABLE t ADD COLUMN c integer;\n", "ALTER TABLE t ALTER COLUMN c SET (n_distinct=3);\n");
    assert_contains(f.down, "ALTER TABLE t ALTER COLUMN a SET (n_distinct=5, n_distinct_inherited=7);\n");
    assert_contains(f.down, "ALTER TABLE t ALTER COLUMN b RESET (n_distinct);\n");
    assert_contains(f.summary, "statistics options");
    done(&f);
    diff_pg(&f, "table t {\n  a int statistics (n_distinct = 5, n_distinct_inherited = 7)\n}\n",
            "table t {\n  a int statistics (n_distinct_inherited = 7, n_distinct = 5)\n}\n");
    assert_string_equal(f.up, "");
    assert_string_equal(f.down, "");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_ddl),
        cmocka_unit_test(test_diff),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
