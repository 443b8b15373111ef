/* test_fn_callers.c - callers4 (issue 11): the calls of PL/pgSQL and string
 * SQL bodies read with libpg_query (fn_callers.c), resolved to a model's
 * functions; the diff following them from a replaced body to the indexes
 * over a caller, and the materialized views refreshed after it (up and
 * down). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff/diff.h"
#include "diff/fn_callers.h"
#include "emit/migration.h"
#include "model/strbuf.h"
#include "parser/parser.h"
#include "dsl_fixture.h"

/* The call of `name` (schema as written, NULL: unqualified) in info, or NULL. */
static const sc_body_call *call_of(const sc_vec *calls, const char *schema, const char *name)
{
    for (size_t i = 0; i < calls->n; i++) {
        const sc_body_call *k = calls->items[i];
        if (!strcmp(k->name, name) && (schema ? k->schema && !strcmp(k->schema, schema) : !k->schema))
            return k;
    }
    return NULL;
}

static void test_plpgsql_calls(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sc_body_info bi;
    sc_body_info_read(a,
                      "CREATE FUNCTION public.g(x integer) RETURNS integer LANGUAGE plpgsql AS $$\n"
                      "declare y int := fee(x); r record;\n"
                      "begin\n"
                      "  if x > s.check_it(x, 2) then return s.fee(x) + 1; end if;\n"
                      "  perform other(1, 2, 3);\n"
                      "  y := lower(twice(x));\n"
                      "  for r in select nested(a) from t loop null; end loop;\n"
                      "  execute 'select constant_one($1)' using x;\n"
                      "  execute format('select %I(1)', 'picked') into y;\n"
                      "  return total(variadic array[1, 2]) + count_it(*);\n"
                      "end $$",
                      &bi);
    assert_int_equal(bi.status, SC_BODY_READ);
    assert_string_equal(bi.language, "plpgsql");
    assert_false(bi.path_set);
    const sc_body_call *k;
    assert_non_null(k = call_of(&bi.calls, NULL, "fee"));   /* a declaration's default */
    assert_int_equal(k->nargs, 1);
    assert_non_null(k = call_of(&bi.calls, "s", "fee"));   /* qualified, in RETURN */
    assert_non_null(k = call_of(&bi.calls, "s", "check_it"));   /* IF's condition */
    assert_int_equal(k->nargs, 2);
    assert_non_null(k = call_of(&bi.calls, NULL, "other"));   /* PERFORM */
    assert_int_equal(k->nargs, 3);
    assert_non_null(call_of(&bi.calls, NULL, "lower"));   /* an assignment */
    assert_non_null(call_of(&bi.calls, NULL, "twice"));   /* an argument's call */
    assert_non_null(call_of(&bi.calls, NULL, "nested"));   /* FOR ... IN query */
    assert_non_null(call_of(&bi.calls, NULL, "constant_one"));   /* EXECUTE of a constant */
    assert_non_null(k = call_of(&bi.calls, NULL, "total"));
    assert_int_equal(k->nargs, -1);   /* VARIADIC: any overload */
    assert_non_null(k = call_of(&bi.calls, NULL, "count_it"));
    assert_int_equal(k->nargs, -1);
    assert_null(call_of(&bi.calls, NULL, "picked"));   /* built at run time ... */
    assert_int_equal(bi.dynamic.n, 1);   /* ... kept as text */
    assert_non_null(strstr(bi.dynamic.items[0], "picked"));
    sc_arena_free(a);
}

static void test_header(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sc_body_info bi;
    sc_body_info_read(a,
                      "CREATE OR REPLACE FUNCTION app.g(a integer, b integer DEFAULT 2, VARIADIC c integer[] "
                      "DEFAULT '{}')\n RETURNS integer\n LANGUAGE plpgsql\n SET search_path TO 'app', 'public'\n"
                      "AS $function$ begin return a; end $function$",
                      &bi);
    assert_int_equal(bi.status, SC_BODY_READ);
    assert_true(bi.path_set);
    assert_int_equal(bi.npath, 2);
    assert_string_equal(bi.path[0], "app");
    assert_string_equal(bi.path[1], "public");
    assert_int_equal(bi.min_args, 1);
    assert_int_equal(bi.max_args, -1);
    sc_body_info_read(a, "CREATE FUNCTION f(a int, b int DEFAULT 0, OUT r int) LANGUAGE sql AS 'select a + b'",
                      &bi);
    assert_int_equal(bi.min_args, 1);
    assert_int_equal(bi.max_args, 2);   /* OUT is not passed */
    assert_int_equal(bi.status, SC_BODY_READ);   /* a string SQL body */
    assert_string_equal(bi.language, "sql");
    sc_arena_free(a);
}

static void test_sql_and_others(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sc_body_info bi;
    sc_body_info_read(a,
                      "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ insert into log values (stamp(a)); "
                      "select app.fee(a) $$",
                      &bi);
    assert_int_equal(bi.status, SC_BODY_READ);
    assert_non_null(call_of(&bi.calls, NULL, "stamp"));
    assert_non_null(call_of(&bi.calls, "app", "fee"));
    /* a SQL-standard body: pg_depend has its calls (not followed here) */
    sc_body_info_read(a, "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN fee(a)", &bi);
    assert_int_equal(bi.status, SC_BODY_NOT_FOLLOWED);
    sc_body_info_read(a, "CREATE FUNCTION f(a int) RETURNS int LANGUAGE c AS 'lib', 'f'", &bi);
    assert_int_equal(bi.status, SC_BODY_NOT_FOLLOWED);
    sc_body_info_read(a, "CREATE FUNCTION f(a int) RETURNS int LANGUAGE internal AS 'int4abs'", &bi);
    assert_int_equal(bi.status, SC_BODY_NOT_FOLLOWED);
    /* another language: its text only */
    sc_body_info_read(a, "CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpython3u AS 'return plpy.execute(1)'",
                      &bi);
    assert_int_equal(bi.status, SC_BODY_UNREAD);
    assert_non_null(strstr(bi.text, "plpy"));
    /* a PL/pgSQL body that does not parse, and a text that is no CREATE */
    sc_body_info_read(a, "CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql AS $$ begin retrun fee(a); end $$",
                      &bi);
    assert_int_equal(bi.status, SC_BODY_UNREAD);
    sc_body_info_read(a, "CREATE FUNCTION f(", &bi);
    assert_int_equal(bi.status, SC_BODY_UNREAD);
    sc_vec calls = {0};
    assert_int_equal(sc_sql_calls(a, "y := fee(1)", &calls), 0);
    assert_non_null(call_of(&calls, NULL, "fee"));
    assert_int_equal(sc_sql_calls(a, "select (", &calls), -1);
    sc_arena_free(a);
}

#define FN(sig, lang, body)                                                                            \
    "CREATE FUNCTION " sig " RETURNS integer LANGUAGE " lang " IMMUTABLE AS $f$ " body " $f$;\n"

static bool has(const sc_vec *v, const sc_function *f)
{
    for (size_t i = 0; v && i < v->n; i++)
        if (v->items[i] == f)
            return true;
    return false;
}

/* names resolved: search path, qualification, argument count, the text of
 * what does not parse */
static void test_resolve(void **state)
{
    (void)state;
    sc_model *m = dsl_ok("schema app {}\n"
                         FN("public.fee(a integer)", "sql", "select a")
                         FN("public.fee(a integer, b integer)", "sql", "select a + b")
                         FN("public.fee3(a integer, b integer, c integer DEFAULT 0)", "sql", "select a")
                         FN("app.fee(a integer)", "sql", "select a")
                         FN("app.rate(a integer)", "sql", "select a")
                         FN("public.g(a integer)", "plpgsql", "begin return fee(a) + fee3(a, 1); end")
                         FN("public.h(a integer)", "plpgsql", "begin return app.fee(a, 2) + rate(a); end")
                         "CREATE FUNCTION public.p(a integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE "
                         "SET search_path TO 'app' AS $f$ begin return rate(a) + fee(a); end $f$;\n"
                         FN("public.self(a integer)", "plpgsql", "begin return self(a - 1); end")
                         FN("public.broken(a integer)", "plpgsql", "begin retrun rate(a); end"));
    const sc_function *fee1 = sc_model_function(m, "public", "fee", "integer"),
                      *fee2 = sc_model_function(m, "public", "fee", "integer, integer"),
                      *fee3 = sc_model_function(m, "public", "fee3", "integer, integer, integer"),
                      *afee = sc_model_function(m, "app", "fee", "integer"),
                      *rate = sc_model_function(m, "app", "rate", "integer");
    assert_non_null(fee1);
    assert_non_null(fee3);
    sc_fn_callees *cc = sc_fn_callees_new(m);
    /* fee(a): public's one-argument overload (no SET: public and its own schema) */
    const sc_vec *v = sc_fn_callees_of(cc, sc_model_function(m, "public", "g", "integer"));
    assert_true(has(v, fee1));
    assert_false(has(v, fee2));
    assert_false(has(v, afee));
    assert_true(has(v, fee3));   /* two arguments, the third has a default */
    /* app.fee(a, 2): no app.fee takes two; rate unqualified is not on the path */
    v = sc_fn_callees_of(cc, sc_model_function(m, "public", "h", "integer"));
    assert_non_null(v);
    assert_int_equal(v->n, 0);
    /* SET search_path TO 'app': rate() and fee() are app's */
    v = sc_fn_callees_of(cc, sc_model_function(m, "public", "p", "integer"));
    assert_true(has(v, rate));
    assert_true(has(v, afee));
    assert_false(has(v, fee1));
    /* a recursive call is not a callee */
    v = sc_fn_callees_of(cc, sc_model_function(m, "public", "self", "integer"));
    assert_int_equal(v->n, 0);
    /* what does not parse: every function its text names before '(' */
    v = sc_fn_callees_of(cc, sc_model_function(m, "public", "broken", "integer"));
    assert_true(has(v, rate));
    assert_false(has(v, fee1));
    /* a SQL body not followed here (no body of its own to read) */
    assert_non_null(sc_fn_callees_of(cc, fee1));
    sc_fn_callees_free(cc);
    sc_model_free(m);
}

/* ---- the diff ------------------------------------------------------------- */

static size_t at(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    if (!p)
        fprintf(stderr, "not found: %s\nin:\n%s\n", needle, hay);
    assert_non_null(p);
    return (size_t)(p - hay);
}

static char *script(const char *from, const char *to, bool down, sc_diags *d)
{
    sc_model *f = dsl_ok(from), *t = dsl_ok(to);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(f, t, &o, d);
    assert_non_null(p);
    char *sql = sc_emit_plan_script(p, SC_DIALECT_POSTGRESQL, down, d);
    assert_non_null(sql);
    sc_plan_free(p);
    sc_model_free(f);
    sc_model_free(t);
    return sql;
}

#define SHOP(n)                                                                                        \
    "table orders {\n  id integer primary key\n  amount integer not null\n"                           \
    "  index ix_orders_wrap (wrap(amount))\n  index ix_orders_calm (calm(amount))\n"                   \
    "  check ck_orders_wrap (wrap(amount) > 0)\n}\n"                                                  \
    "materialized view mv_wrap as (select id, wrap(amount) as w from orders)\n"                       \
    "materialized view mv_later as (select id, wrap(amount) as w from orders) with no data\n"         \
    FN("public.fee(a integer)", "sql", "select a + " n)                                                \
    FN("public.steady(a integer)", "sql", "select a")                                                  \
    FN("public.wrap(a integer)", "plpgsql", "begin return fee(a) * 2; end")                            \
    FN("public.calm(a integer)", "plpgsql", "begin return steady(a); end")

static bool warned(const sc_diags *d, const char *what)
{
    for (size_t i = 0; i < d->n; i++)
        if (strstr(d->items[i].msg, what))
            return true;
    return false;
}

static void test_diff_follows_plpgsql(void **state)
{
    (void)state;
    for (int down = 0; down < 2; down++) {
        sc_diags d;
        sc_diags_init(&d);
        char *sql = script(SHOP("1"), SHOP("100"), down, &d);
        size_t drop = at(sql, "DROP INDEX ix_orders_wrap;"), rep = at(sql, "CREATE OR REPLACE FUNCTION public.fee"),
               make = at(sql, "CREATE INDEX ix_orders_wrap "), refresh = at(sql, "REFRESH MATERIALIZED VIEW mv_wrap;");
        assert_true(drop < rep && rep < make && rep < refresh);
        at(sql, "-- re-created: calls wrap(integer), which calls fee(integer), whose body is replaced");
        at(sql, "-- refreshed: calls wrap(integer), which calls fee(integer), whose body is replaced: its rows were "
                "computed by the old body");
        assert_null(strstr(sql, "ix_orders_calm"));   /* calm() calls only steady(), unchanged */
        assert_null(strstr(sql, "mv_later"));   /* WITH NO DATA: no rows to refresh */
        assert_false(warned(&d, "materialized view"));
        /* a check over the caller is left unchecked, and said */
        assert_true(warned(&d, "check ck_orders_wrap of orders"));
        free(sql);
        sc_diags_free(&d);
    }
}

/* a materialized view over one that is refreshed: refreshed after it, both
 * ways (the down script puts the refreshes back in the up script's order,
 * after the old body) */
static void test_refresh_order(void **state)
{
    (void)state;
    for (int down = 0; down < 2; down++) {
        sc_diags d;
        sc_diags_init(&d);
#define TOP "materialized view mv_top as (select id, w from mv_wrap)\n"
        char *sql = script(SHOP("1") TOP, SHOP("100") TOP, down, &d);
        size_t rep = at(sql, "CREATE OR REPLACE FUNCTION public.fee"), first = at(sql, "REFRESH MATERIALIZED VIEW mv_wrap;"),
               second = at(sql, "REFRESH MATERIALIZED VIEW mv_top;");
        assert_true(rep < first && first < second);
        at(sql, "-- refreshed: reads mv_wrap, which calls wrap(integer), which calls fee(integer)");
        free(sql);
        sc_diags_free(&d);
    }
}

/* a long chain of bodies, each calling the one before twice: the index
 * over its last link is re-created (the walk has no depth limit and
 * enters each function once) */
static char *chain(int n, int fee)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "table t {\n  id integer primary key\n  a integer\n  index ix_t_last (f%d(a))\n}\n", n);
    sc_sb_printf(&b, "CREATE FUNCTION public.f0(a integer) RETURNS integer LANGUAGE sql IMMUTABLE "
                     "AS $f$ select a + %d $f$;\n", fee);
    for (int i = 1; i <= n; i++)
        sc_sb_printf(&b, "CREATE FUNCTION public.f%d(a integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE "
                         "AS $f$ begin return f%d(a) + f%d(a - 1); end $f$;\n", i, i - 1, i - 1);
    return sc_sb_take(&b);
}

static void test_long_chain(void **state)
{
    (void)state;
    char *from = chain(60, 1), *to = chain(60, 2);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = script(from, to, false, &d);
    size_t rep = at(sql, "CREATE OR REPLACE FUNCTION public.f0"), make = at(sql, "CREATE INDEX ix_t_last");
    assert_true(rep < make);
    at(sql, "-- re-created: calls f60(integer), which calls f0(integer), whose body is replaced");
    free(sql);
    free(from);
    free(to);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plpgsql_calls),
        cmocka_unit_test(test_header),
        cmocka_unit_test(test_sql_and_others),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_diff_follows_plpgsql),
        cmocka_unit_test(test_refresh_order),
        cmocka_unit_test(test_long_chain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
