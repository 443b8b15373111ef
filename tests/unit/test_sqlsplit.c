/* test_sqlsplit.c - splitting revision SQL into statements. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "db/sqlsplit.h"

/* Splits text and returns the statements joined by "|" (heap). */
static char *split(const char *text, int *rc)
{
    sc_stmts st = {0};
    size_t eoff = 0;
    const char *err = NULL;
    *rc = sc_sql_split(text, strlen(text), 0, &st, &eoff, &err);
    size_t cap = strlen(text) * 2 + 64;
    char *out = calloc(1, cap);
    for (size_t i = 0; i < st.n; i++) {
        if (i)
            strcat(out, "|");
        if (st.items[i].no_transaction)
            strcat(out, "[notx]");
        strncat(out, text + st.items[i].off, st.items[i].len);
    }
    if (*rc != 0)
        snprintf(out, cap, "error at %zu: %s", eoff, err);
    sc_stmts_free(&st);
    return out;
}

static void expect(const char *text, const char *want)
{
    int rc;
    char *got = split(text, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(got, want);
    free(got);
}

static void expect_error(const char *text, const char *want)
{
    int rc;
    char *got = split(text, &rc);
    assert_int_equal(rc, -1);
    assert_string_equal(got, want);
    free(got);
}

static void test_plain(void **state)
{
    (void)state;
    expect("CREATE TABLE a (x int);\nDROP TABLE b;\n", "CREATE TABLE a (x int);|DROP TABLE b;");
    expect("  \n\n", "");
    expect("-- only a comment\n/* and another */\n", "");
    expect("SELECT 1", "SELECT 1");           /* no final semicolon */
    expect(";;SELECT 1;", ";|;|SELECT 1;");   /* empty statements are kept for the server to judge */
}

static void test_strings(void **state)
{
    (void)state;
    expect("INSERT INTO t VALUES ('a;b', 'it''s;');SELECT 2;",
           "INSERT INTO t VALUES ('a;b', 'it''s;');|SELECT 2;");
    expect("SELECT E'x\\';y';SELECT 3;", "SELECT E'x\\';y';|SELECT 3;");
    /* a backslash is not an escape in a standard string */
    expect("SELECT 'a\\';SELECT 4;", "SELECT 'a\\';|SELECT 4;");
    expect("CREATE TABLE \"we;ird\"\"x\" (a int);SELECT 5;", "CREATE TABLE \"we;ird\"\"x\" (a int);|SELECT 5;");
}

static void test_dollar_quotes(void **state)
{
    (void)state;
    expect("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nSELECT f();",
           "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;|SELECT f();");
    expect("DO $body$ BEGIN PERFORM 1; $x$ ; END $body$;SELECT 1;",
           "DO $body$ BEGIN PERFORM 1; $x$ ; END $body$;|SELECT 1;");
    /* $1 is a parameter, a$b an identifier: neither opens a quote */
    expect("PREPARE p AS SELECT $1;SELECT a$b FROM t;", "PREPARE p AS SELECT $1;|SELECT a$b FROM t;");
}

static void test_comments(void **state)
{
    (void)state;
    expect("SELECT 1; -- a; comment\nSELECT /* ; /* nested ; */ still */ 2;",
           "SELECT 1;|SELECT /* ; /* nested ; */ still */ 2;");
    expect("-- leading comment\nSELECT 1;", "SELECT 1;");
}

static void test_marker(void **state)
{
    (void)state;
    expect("ALTER TYPE mood ADD VALUE 'x';\n-- schemac:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nSELECT 1;",
           "ALTER TYPE mood ADD VALUE 'x';|[notx]CREATE INDEX CONCURRENTLY i ON t (a);|SELECT 1;");
    /* the marker must be a line of its own, not a trailing comment or text */
    expect("SELECT 1; -- schemac:no-transaction\nSELECT 2;", "SELECT 1;|SELECT 2;");
    expect("-- schemac:no-transaction please\nSELECT 2;", "SELECT 2;");
    expect("  -- schemac:no-transaction  \n-- other comment\nVACUUM;", "[notx]VACUUM;");
}

static void test_trigger_bodies(void **state)
{
    (void)state;
    expect("CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = CASE WHEN 1 THEN 2 END; "
           "DELETE FROM u; END;\nSELECT 1;",
           "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = CASE WHEN 1 THEN 2 END; "
           "DELETE FROM u; END;|SELECT 1;");
    /* a column named "function" or "begin" does not open a body */
    expect("CREATE TABLE x (id int, function text, begin int);SELECT 1;",
           "CREATE TABLE x (id int, function text, begin int);|SELECT 1;");
    expect("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;SELECT 3;",
           "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;|SELECT 3;");
    /* BEGIN as a transaction statement is not a body */
    expect("BEGIN;SELECT 1;END;", "BEGIN;|SELECT 1;|END;");
    /* PostgreSQL trigger without a body */
    expect("CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();SELECT 1;",
           "CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();|SELECT 1;");
}

static void test_unterminated(void **state)
{
    (void)state;
    expect_error("SELECT 1;\nSELECT 'abc;", "error at 17: unterminated string literal");
    expect_error("SELECT \"abc", "error at 7: unterminated quoted identifier");
    expect_error("SELECT $q$ abc $q;", "error at 7: unterminated dollar-quoted string");
    expect_error("SELECT 1; /* /* */", "error at 10: unterminated /* comment");
}

static void test_base_offset(void **state)
{
    (void)state;
    const char *text = "xxxxSELECT 1;";
    sc_stmts st = {0};
    size_t eoff;
    const char *err;
    assert_int_equal(sc_sql_split(text + 4, strlen(text + 4), 4, &st, &eoff, &err), 0);
    assert_int_equal(st.n, 1);
    assert_int_equal(st.items[0].off, 4);
    assert_int_equal(st.items[0].len, 9);
    sc_stmts_free(&st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),         cmocka_unit_test(test_strings),
        cmocka_unit_test(test_dollar_quotes), cmocka_unit_test(test_comments),
        cmocka_unit_test(test_marker),        cmocka_unit_test(test_trigger_bodies),
        cmocka_unit_test(test_unterminated),  cmocka_unit_test(test_base_offset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
