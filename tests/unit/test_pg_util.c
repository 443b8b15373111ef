/* test_pg_util.c - the PostgreSQL inspector's text helpers: catalog
 * expression cleanup, array/vector literals, the oid map. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "inspect/pg_internal.h"

static sc_arena *A;

static const char *strip_cast(const char *expr, const char *coltype)
{
    sc_type t;
    const char *err;
    assert_int_equal(sc_type_parse(A, coltype, &t, &err), 0);
    return pg_strip_literal_cast(A, expr, &t, coltype);
}

static void test_literal_cast(void **state)
{
    (void)state;
    A = sc_arena_new();
    assert_string_equal(strip_cast("'x'::character varying", "character varying(255)"), "'x'");
    assert_string_equal(strip_cast("'it''s'::text", "text"), "'it''s'");
    assert_string_equal(strip_cast("'{}'::text[]", "text[]"), "'{}'");
    assert_string_equal(strip_cast("'ab'::bpchar", "character(2)"), "'ab'");
    assert_string_equal(strip_cast("'2020-01-01 00:00:00'::timestamp without time zone",
                                   "timestamp(3) without time zone"),
                        "'2020-01-01 00:00:00'");
    assert_string_equal(strip_cast("NULL::character varying", "character varying(10)"), "NULL");
    /* Plain numbers on number columns lose their quotes too. */
    assert_string_equal(strip_cast("'-1'::integer", "integer"), "-1");
    assert_string_equal(strip_cast("'-0.5'::numeric", "numeric(4,2)"), "-0.5");
    /* Not the column's type, not a plain literal: kept. */
    assert_string_equal(strip_cast("'x'::text", "character varying(5)"), "'x'::text");
    assert_string_equal(strip_cast("('a'::text || 'b'::text)", "text"), "('a'::text || 'b'::text)");
    assert_string_equal(strip_cast("'a'::text || 'b'::text", "text"), "'a'::text || 'b'::text");
    assert_string_equal(strip_cast("now()", "timestamp with time zone"), "now()");
    assert_string_equal(strip_cast("'1 day'::interval", "text"), "'1 day'::interval");
    /* An enum column: its type is named by the catalog. */
    sc_type e = {.schema = "app", .name = "mood", .is_user = true};
    assert_string_equal(pg_strip_literal_cast(A, "'happy'::app.mood", &e, "app.mood"), "'happy'");
    sc_arena_free(A);
}

static void test_parens_and_check(void **state)
{
    (void)state;
    A = sc_arena_new();
    assert_string_equal(pg_strip_parens(A, "(a * b)"), "a * b");
    assert_string_equal(pg_strip_parens(A, "((a))"), "a");
    assert_string_equal(pg_strip_parens(A, "(a) + (b)"), "(a) + (b)");
    assert_string_equal(pg_strip_parens(A, "(')(' || x)"), "')(' || x");
    assert_string_equal(pg_strip_parens(A, "lower(x)"), "lower(x)");
    assert_string_equal(pg_strip_check(A, "CHECK (price > 0::numeric)"), "price > 0::numeric");
    assert_string_equal(pg_strip_check(A, "CHECK ((a > 0) AND (b > 0)) NOT VALID"), "(a > 0) AND (b > 0)");
    assert_string_equal(pg_strip_check(A, "CHECK (x <> ')'::text) NO INHERIT"), "x <> ')'::text");
    sc_arena_free(A);
}

static void test_literals(void **state)
{
    (void)state;
    A = sc_arena_new();
    const char **items;
    assert_int_equal(pg_parse_text_array(A, "{a,\"b c\",NULL,\"NULL\",\"q\\\"x\"}", &items), 5);
    assert_string_equal(items[0], "a");
    assert_string_equal(items[1], "b c");
    assert_null(items[2]);
    assert_string_equal(items[3], "NULL");
    assert_string_equal(items[4], "q\"x");
    assert_int_equal(pg_parse_text_array(A, "{}", &items), 0);
    assert_int_equal(pg_parse_text_array(A, NULL, &items), 0);
    long *v;
    assert_int_equal(pg_parse_int_list(A, "3 0 1", &v), 3);
    assert_int_equal(v[0], 3);
    assert_int_equal(v[1], 0);
    assert_int_equal(v[2], 1);
    assert_int_equal(pg_parse_int_list(A, "{2,1}", &v), 2);
    assert_int_equal(v[0], 2);
    assert_int_equal(pg_parse_int_list(A, "", &v), 0);
    sc_arena_free(A);
}

static void test_oidmap(void **state)
{
    (void)state;
    pg_oidmap m;
    pg_oidmap_init(&m, 0);
    static int vals[20000];
    for (uint32_t k = 1; k <= 20000; k++)
        pg_oidmap_put(&m, k * 7919u, &vals[k - 1]);
    for (uint32_t k = 1; k <= 20000; k++)
        assert_ptr_equal(pg_oidmap_get(&m, k * 7919u), &vals[k - 1]);
    assert_null(pg_oidmap_get(&m, 5));
    assert_null(pg_oidmap_get(&m, 0));
    assert_int_equal(m.n, 20000);
    pg_oidmap_free(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_literal_cast),
        cmocka_unit_test(test_parens_and_check),
        cmocka_unit_test(test_literals),
        cmocka_unit_test(test_oidmap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
