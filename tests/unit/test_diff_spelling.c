/* test_diff_spelling.c - sc_plan_spelling_tables: which tables must be read
 * back from scratch schemas. A difference that holds whatever the spelling
 * (a column added, NOT NULL, a key, an index over plain columns, a default
 * from one plain literal to another) needs no server; a difference between
 * two texts (checks, expressions, defaults that are not plain literals,
 * types with modifiers the server spells its own way, user types) does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dsl_fixture.h"

#include "diff/diff.h"
#include "parser/parser.h"

/* The diff of table t from `a` to `b` (bodies of `table t { ... }`), and
 * whether t needs the server. Asserts that the diff is not empty. */
static bool server_for(const char *prefix, const char *a, const char *b, bool *others)
{
    char from[1024], to[1024];
    snprintf(from, sizeof from, "%s\ntable t {\n%s\n}\n", prefix, a);
    snprintf(to, sizeof to, "%s\ntable t {\n%s\n}\n", prefix, b);
    sc_model *mf = dsl(from), *mt = dsl(to);
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(mf, mt, &o, &d);
    assert_non_null(p);
    assert_true(sc_plan_count(p) > 0);
    size_t n = 0;
    bool other = false;
    const sc_table **t = sc_plan_spelling_tables(p, &n, &other);
    assert_true(n <= 1);
    if (n)
        assert_string_equal(t[0]->name, "t");
    free(t);
    if (others)
        *others = other;
    sc_plan_free(p);
    sc_model_free(mf);
    sc_model_free(mt);
    sc_diags_free(&d);
    return n == 1;
}

#define needs_server(prefix, a, b) server_for(prefix, a, b, NULL)
#define BASE "id int primary key\n"

static void test_differences_whatever_the_spelling(void **state)
{
    (void)state;
    /* columns added and dropped, NOT NULL, comments */
    assert_false(needs_server("", BASE "a text", BASE "b text"));
    assert_false(needs_server("", BASE "a text", BASE "a text not null"));
    assert_false(needs_server("", BASE "a text comment 'x'", BASE "a text comment 'y'"));
    assert_false(needs_server("", BASE "a text\ncomment 'x'", BASE "a text\ncomment 'y'"));
    /* keys and indexes over plain columns */
    assert_false(needs_server("", BASE "a int\nb int", BASE "a int\nb int\nunique (a, b)"));
    assert_false(needs_server("", BASE "a int\nb int", BASE "a int\nb int\nindex (a, b desc)"));
    assert_false(needs_server("table u { id int primary key }", BASE "a int",
                              BASE "a int references u (id) on delete cascade"));
    /* defaults from one plain literal to another, of the column's own kind */
    assert_false(needs_server("", BASE "a int default 0", BASE "a int default 10"));
    assert_false(needs_server("", BASE "a numeric(12,2) default 0", BASE "a numeric(12,2) default 1.50"));
    assert_false(needs_server("", BASE "a text default 'x'", BASE "a text default 'it''s'"));
    assert_false(needs_server("", BASE "a varchar(5) default 'x'", BASE "a varchar(5)"));
    assert_false(needs_server("", BASE "a boolean default true", BASE "a boolean default false"));
    /* types the server spells as we do */
    assert_false(needs_server("", BASE "a int", BASE "a bigint"));
    assert_false(needs_server("", BASE "a varchar(10)", BASE "a varchar(20)"));
}

static void test_differences_between_texts(void **state)
{
    (void)state;
    /* expressions */
    assert_true(needs_server("", BASE "a int\ncheck (a > 0)", BASE "a int\ncheck (a > 1)"));
    assert_true(needs_server("", BASE "a timestamptz", BASE "a timestamptz default (now())"));
    assert_true(needs_server("", BASE "a text", BASE "a text\nindex (lower(a))"));
    assert_true(needs_server("", BASE "a int", BASE "a int\nindex (a) where (a > 0)"));
    assert_true(needs_server("", BASE "a int", BASE "a int generated always as (id * 2) stored"));
    /* literals the server converts or spells otherwise */
    assert_true(needs_server("", BASE "a int default 0", BASE "a int default -1"));
    assert_true(needs_server("", BASE "a int default 0", BASE "a int default 007"));
    assert_true(needs_server("", BASE "a boolean default true", BASE "a boolean default 'f'"));
    assert_true(needs_server("", BASE "a double precision default 1", BASE "a double precision default 1.5"));
    assert_true(needs_server("", BASE "a date", BASE "a date default '2024-01-01'"));
    /* types with modifiers of the server's own spelling, user types */
    assert_true(needs_server("", BASE "a numeric(10,2)", BASE "a numeric(12)"));
    assert_true(needs_server("enum e { 'x' }\nenum f { 'x' }", BASE "a e", BASE "a f"));
    /* index details the server may spell otherwise */
    assert_true(needs_server("", BASE "a int", BASE "a int\nindex (a desc nulls last)"));
    assert_true(needs_server("", BASE "a text", BASE "a text\nindex (a text_pattern_ops)"));
}

/* A sequence's bounds are the server's to spell: not a table, but it asks
 * for the scratch load all the same. */
static void test_sequences_ask_too(void **state)
{
    (void)state;
    bool others = false;
    server_for("sequence s { increment 1 }", BASE "a int", BASE "a int not null", &others);
    assert_false(others);
    const char *from = "sequence s { increment 1 }\ntable t { id int primary key }\n";
    const char *to = "sequence s { increment -1 }\ntable t { id int primary key }\n";
    sc_model *mf = dsl(from), *mt = dsl(to);
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(mf, mt, &o, &d);
    assert_non_null(p);
    size_t n = 0;
    const sc_table **t = sc_plan_spelling_tables(p, &n, &others);
    assert_int_equal(n, 0);
    assert_true(others);
    free(t);
    sc_plan_free(p);
    sc_model_free(mf);
    sc_model_free(mt);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_differences_whatever_the_spelling),
        cmocka_unit_test(test_differences_between_texts),
        cmocka_unit_test(test_sequences_ask_too),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
