/* test_rowtype_fns.c - types4 (issue 11): a function whose argument or
 * result types are a table's or a view's row type is created after the
 * relation and dropped before it, by the diff (routine_rowtypes.c: up, and
 * down as its inverse) and by compile (ddl_rowtype_fns.c); a function over
 * plain types stays ahead of the tables; compile writes one over a view's
 * row type before a view that calls it (fns6). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff/diff.h"
#include "emit/emit.h"
#include "emit/migration.h"
#include "parser/parser.h"
#include "dsl_fixture.h"

static size_t at(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    if (!p)
        fprintf(stderr, "not found: %s\nin:\n%s\n", needle, hay);
    assert_non_null(p);
    return (size_t)(p - hay);
}

#define FN(name, sig, ret, body)                                                                      \
    "CREATE FUNCTION public." name sig "\n RETURNS " ret "\n LANGUAGE sql\n STABLE\n"                \
    "AS $function$ " body " $function$;\n"

#define SCHEMA                                                                                        \
    "table items {\n  id integer primary key\n  qty integer not null\n}\n"                            \
    "view v_items as (SELECT items.id, items.qty FROM items)\n"                                       \
    FN("item_total", "(i items)", "integer", "select i.qty * 2")                                      \
    FN("all_items", "()", "SETOF items", "select * from items")                                       \
    FN("view_rows", "()", "SETOF v_items", "select * from v_items")                                   \
    FN("plain", "(x integer)", "integer", "select x")

static char *script(const char *from, const char *to, bool down)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *f = dsl_ok(from), *t = dsl_ok(to);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(f, t, &o, &d);
    assert_non_null(p);
    char *sql = sc_emit_plan_script(p, SC_DIALECT_POSTGRESQL, down, &d);
    assert_non_null(sql);
    sc_plan_free(p);
    sc_model_free(f);
    sc_model_free(t);
    sc_diags_free(&d);
    return sql;
}

static void test_diff_up_down(void **state)
{
    (void)state;
    char *up = script("", SCHEMA, false);
    size_t table = at(up, "CREATE TABLE items"), view = at(up, "CREATE VIEW v_items");
    assert_true(table < at(up, "FUNCTION public.item_total"));
    assert_true(table < at(up, "FUNCTION public.all_items"));
    assert_true(view < at(up, "FUNCTION public.view_rows"));
    free(up);
    char *down = script("", SCHEMA, true);
    size_t drop_table = at(down, "DROP TABLE items"), drop_view = at(down, "DROP VIEW v_items");
    assert_true(at(down, "DROP FUNCTION public.item_total") < drop_table);
    assert_true(at(down, "DROP FUNCTION public.all_items") < drop_table);
    assert_true(at(down, "DROP FUNCTION public.view_rows") < drop_view);
    free(down);
}

static void test_compile(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = dsl_ok(SCHEMA);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    size_t table = at(sql, "CREATE TABLE items"), view = at(sql, "CREATE VIEW v_items");
    assert_true(at(sql, "FUNCTION public.plain") < table);   /* a plain one stays ahead */
    assert_true(table < at(sql, "FUNCTION public.item_total"));
    assert_true(table < at(sql, "FUNCTION public.all_items"));
    assert_true(at(sql, "FUNCTION public.all_items") < view);   /* before the views that may call it */
    assert_true(view < at(sql, "FUNCTION public.view_rows"));
    free(sql);
    sc_model_free(m);
    sc_diags_free(&d);
}

/* fns6: a view that calls a function over another view's row type comes
 * after that function, which comes after the view it is over: the view
 * named first in the schema is the caller. */
static void test_compile_view_calls(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = dsl_ok("table items {\n  id integer primary key\n  qty integer not null\n}\n"
                         "view v_count as (SELECT count(*) AS n FROM view_rows() r(id, qty))\n"
                         "view v_items as (SELECT items.id, items.qty FROM items)\n"
                         FN("view_rows", "()", "SETOF v_items", "select * from v_items"));
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    size_t fn = at(sql, "FUNCTION public.view_rows");
    assert_true(at(sql, "CREATE VIEW v_items") < fn);
    assert_true(fn < at(sql, "CREATE VIEW v_count"));
    free(sql);
    sc_model_free(m);
    /* through a SQL-standard body the view calls, bound to view_rows()
     * when it is created */
    m = dsl_ok("table items {\n  id integer primary key\n  qty integer not null\n}\n"
               "view v_count as (SELECT n_rows() AS n)\n"
               "view v_items as (SELECT items.id, items.qty FROM items)\n"
               FN("view_rows", "()", "SETOF v_items", "select * from v_items")
               "CREATE FUNCTION public.n_rows()\n RETURNS bigint\n LANGUAGE sql\n STABLE\n"
               "BEGIN ATOMIC\n SELECT count(*) AS count FROM view_rows() r(id, qty);\nEND;\n");
    sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    fn = at(sql, "FUNCTION public.view_rows");
    assert_true(at(sql, "CREATE VIEW v_items") < fn);
    assert_true(fn < at(sql, "FUNCTION public.n_rows"));
    assert_true(at(sql, "FUNCTION public.n_rows") < at(sql, "CREATE VIEW v_count"));
    free(sql);
    sc_model_free(m);
    sc_diags_free(&d);
}

/* fns6: a generated column that calls a function over its table's row
 * type can only be added last, after the function: one declared before
 * another column is refused by compile and diff with a located error. */
#define GEN_FIRST                                                                                     \
    "table items {\n  id integer primary key\n  dbl integer generated always as (dbl(id)) stored\n" \
    "  qty integer not null\n}\n"                                                                    \
    FN("dbl", "(q integer, r items DEFAULT NULL::items)", "integer", "select q * 2")

static void test_generated_not_last(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = dsl_ok(GEN_FIRST), *empty = dsl_ok("");
    assert_null(sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d));
    assert_int_equal(d.nerrors, 1);
    assert_int_equal(d.first_kind, SC_ERR_UNSUPPORTED);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    assert_null(sc_diff(empty, m, &o, &d));
    assert_int_equal(d.nerrors, 2);
    sc_model_free(m);
    sc_model_free(empty);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_diff_up_down),
        cmocka_unit_test(test_compile),
        cmocka_unit_test(test_compile_view_calls),
        cmocka_unit_test(test_generated_not_last),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
