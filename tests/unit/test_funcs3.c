/* test_funcs3.c - issue 11's third leftovers: functions re-created around a
 * rebuilt domain or composite type take their generated columns with them;
 * a function whose body is replaced in place has its indexes and stored
 * generated columns computed again (up and down), a COST or PARALLEL change
 * alone does not, and the checks left unchecked are said. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff/diff.h"
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

#define CENTS(base)                                                                                   \
    "domain cents " base " check (value >= 0)\n"                                                      \
    "table items {\n  id integer primary key\n  qty integer not null\n"                               \
    "  price integer generated always as (to_cents(qty)) stored\n}\n"                                 \
    "CREATE FUNCTION public.to_cents(x integer)\n RETURNS cents\n LANGUAGE sql\n IMMUTABLE\n"         \
    "AS $function$ select (x * 100)::cents $function$;\n"

/* a domain rebuilt under a function's result: the generated column that
 * calls it is dropped before the function and added after it */
static void test_domain_signature_generated(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    char *sql = script(CENTS("integer"), CENTS("bigint"), false, &d);
    size_t drop_gen = at(sql, "ALTER TABLE items DROP COLUMN price"),
           drop_fn = at(sql, "DROP FUNCTION public.to_cents(integer)"), rebuild = at(sql, "RENAME TO cents_old"),
           make_fn = at(sql, "FUNCTION public.to_cents(x integer)"), add_gen = at(sql, "ADD COLUMN price");
    assert_true(drop_gen < drop_fn && drop_fn < rebuild && rebuild < make_fn && make_fn < add_gen);
    free(sql);
    sc_diags_free(&d);
}

#define FEE(body, attrs)                                                                              \
    "table orders {\n  id integer primary key\n  amount integer not null\n"                           \
    "  total integer generated always as (fee(amount)) stored\n"                                      \
    "  index ix_orders_fee (fee(amount))\n  index ix_orders_id (id)\n"                                \
    "  check ck_orders_fee (fee(amount) > 0)\n}\n"                                                    \
    "CREATE FUNCTION public.fee(a integer)\n RETURNS integer\n LANGUAGE sql\n " attrs "\n"            \
    "AS $function$ " body " $function$;\n"

static bool warned(const sc_diags *d, const char *what)
{
    for (size_t i = 0; i < d->n; i++)
        if (strstr(d->items[i].msg, what))
            return true;
    return false;
}

/* a body replaced: the index and the generated column around it, both ways */
static void test_replaced_body(void **state)
{
    (void)state;
    for (int down = 0; down < 2; down++) {
        sc_diags d;
        sc_diags_init(&d);
        char *sql = script(FEE("select a + 1", "IMMUTABLE"), FEE("select a + 2", "IMMUTABLE"), down, &d);
        size_t drop_ix = at(sql, "DROP INDEX ix_orders_fee"), drop_gen = at(sql, "DROP COLUMN total"),
               rep = at(sql, "CREATE OR REPLACE FUNCTION public.fee"), add_gen = at(sql, "ADD COLUMN total"),
               make_ix = at(sql, "CREATE INDEX ix_orders_fee");
        assert_true(drop_ix < rep && drop_gen < rep && rep < add_gen && rep < make_ix);
        at(sql, "-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body");
        assert_null(strstr(sql, "ix_orders_id"));   /* an index that does not call it stays */
        at(sql, "-- left as computed by the old body: check ck_orders_fee of orders");
        assert_true(warned(&d, "fee(integer) is replaced in place: check ck_orders_fee of orders"));
        free(sql);
        sc_diags_free(&d);
    }
}

/* COST and PARALLEL cannot change a result: replaced, nothing else */
static void test_cost_only(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    char *sql = script(FEE("select a + 1", "IMMUTABLE"), FEE("select a + 1", "IMMUTABLE PARALLEL SAFE COST 5"),
                       false, &d);
    at(sql, "CREATE OR REPLACE FUNCTION public.fee");
    assert_null(strstr(sql, "INDEX"));
    assert_null(strstr(sql, "COLUMN"));
    assert_false(warned(&d, "is replaced in place"));
    free(sql);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_domain_signature_generated),
        cmocka_unit_test(test_replaced_body),
        cmocka_unit_test(test_cost_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
