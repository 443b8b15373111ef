/* test_types.c - sc_type_parse / sc_type_format / sc_type_equal: every
 * alias lands on PostgreSQL's format_type() spelling. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "model/model.h"

static const char *fmt(sc_arena *a, const char *text)
{
    sc_type t;
    const char *err = NULL;
    if (sc_type_parse(a, text, &t, &err) != 0)
        return err ? sc_arena_printf(a, "ERR %s", err) : "ERR";
    return sc_type_format(a, &t);
}

static void test_aliases(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"int", "integer"}, {"INT4", "integer"}, {"integer", "integer"},
        {"int8", "bigint"}, {"int2", "smallint"}, {"smallint", "smallint"},
        {"varchar(255)", "character varying(255)"},
        {"character varying(255)", "character varying(255)"},
        {"Character  Varying ( 255 )", "character varying(255)"},
        {"varchar", "character varying"},
        {"char(3)", "character(3)"}, {"char", "character(1)"}, {"bpchar", "character"},
        {"bool", "boolean"}, {"float8", "double precision"}, {"float", "double precision"},
        {"double precision", "double precision"}, {"float4", "real"}, {"float(10)", "real"},
        {"float(40)", "double precision"}, {"decimal(10, 2)", "numeric(10,2)"},
        {"numeric", "numeric"}, {"timestamptz", "timestamp with time zone"},
        {"timestamp", "timestamp without time zone"},
        {"timestamp(3) with time zone", "timestamp(3) with time zone"},
        {"timestamptz(6)", "timestamp(6) with time zone"},
        {"timestamp(0) without time zone", "timestamp(0) without time zone"},
        {"timetz", "time with time zone"}, {"time", "time without time zone"},
        {"time(2)", "time(2) without time zone"}, {"varbit(8)", "bit varying(8)"},
        {"bit varying", "bit varying"}, {"text", "text"}, {"jsonb", "jsonb"},
        {"uuid", "uuid"}, {"bytea", "bytea"}, {"inet", "inet"}, {"tsvector", "tsvector"},
        {"text[]", "text[]"}, {"int4[]", "integer[]"}, {"integer[3][]", "integer[][]"},
        {"varchar(20)[]", "character varying(20)[]"}, {"integer ARRAY", "integer[]"},
        {"user_status", "user_status"}, {"app.mood", "app.mood"}, {"App.Mood[]", "app.mood[]"},
        {"\"MyType\"", "\"MyType\""}, {"public.\"select\"", "\"select\""},
        {"interval", "interval"}, {"interval day to second(3)", "interval day to second(3)"},
        {"bit", "bit(1)"}, {"bit(8)", "bit(8)"}, {"pg_catalog.int4", "integer"},
        {"timestamp(3) with time zone[]", "timestamp(3) with time zone[]"},
    };
    sc_arena *a = sc_arena_new();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = fmt(a, cases[i][0]);
        if (strcmp(got, cases[i][1]) != 0)
            fail_msg("%s: got \"%s\", want \"%s\"", cases[i][0], got, cases[i][1]);
    }
    sc_arena_free(a);
}

static void test_fields(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sc_type t;
    const char *err;
    assert_int_equal(sc_type_parse(a, "timestamp(3) with time zone", &t, &err), 0);
    assert_string_equal(t.name, "timestamp with time zone");
    assert_string_equal(t.mods, "3");
    assert_int_equal(t.array_dims, 0);
    assert_null(t.schema);
    assert_true(sc_type_is_builtin(&t));
    assert_int_equal(sc_type_parse(a, "app.mood[]", &t, &err), 0);
    assert_string_equal(t.schema, "app");
    assert_string_equal(t.name, "mood");
    assert_int_equal(t.array_dims, 1);
    assert_false(t.is_user);   /* validation decides */
    assert_false(sc_type_is_builtin(&t));
    assert_int_equal(sc_type_parse(a, "numeric(10,2)", &t, &err), 0);
    assert_string_equal(t.mods, "10,2");
    sc_arena_free(a);
}

static void test_errors(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    static const char *const bad[] = {
        "", "numeric(", "numeric()", "int)", "varchar(1)(2)", "text[", "foo varying", "1abc", "\"unterminated",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sc_type t;
        const char *err = NULL;
        if (sc_type_parse(a, bad[i], &t, &err) == 0)
            fail_msg("\"%s\" parsed", bad[i]);
        assert_non_null(err);
    }
    sc_arena_free(a);
}

static void test_equal(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    static const char *const same[][2] = {
        {"int4", "integer"}, {"varchar(10)", "character varying(10)"},
        {"timestamptz", "timestamp with time zone"}, {"int[]", "integer[][]"},
        {"bool", "boolean"}, {"mood", "public.mood"},
    };
    static const char *const differ[][2] = {
        {"varchar(10)", "varchar(20)"}, {"varchar", "varchar(20)"}, {"int", "bigint"},
        {"int[]", "int"}, {"timestamp", "timestamptz"}, {"app.mood", "mood"},
        {"numeric(10,2)", "numeric(10,3)"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        sc_type x, y;
        const char *err;
        assert_int_equal(sc_type_parse(a, same[i][0], &x, &err), 0);
        assert_int_equal(sc_type_parse(a, same[i][1], &y, &err), 0);
        if (!sc_type_equal(&x, &y))
            fail_msg("%s != %s", same[i][0], same[i][1]);
    }
    for (size_t i = 0; i < sizeof differ / sizeof differ[0]; i++) {
        sc_type x, y;
        const char *err;
        assert_int_equal(sc_type_parse(a, differ[i][0], &x, &err), 0);
        assert_int_equal(sc_type_parse(a, differ[i][1], &y, &err), 0);
        if (sc_type_equal(&x, &y))
            fail_msg("%s == %s", differ[i][0], differ[i][1]);
    }
    sc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_equal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
