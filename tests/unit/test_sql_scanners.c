/* test_sql_scanners.c - the readers of SQL text built on the tokenizer
 * (sqltok.h): function calls in an expression or body (calls.c) and the
 * DSL's lower-cased partition clauses (dsl_partition.c), collation
 * references "schema"."name" (objects_ext.c). Quoted names,
 * strings, comments, dollar quotes, E'' strings and nested bodies are
 * what PostgreSQL takes them for. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "emit/dsl_partition.h"
#include "model/model.h"
#include "model/sqltok.h"

static void calls_plain(void **state)
{
    (void)state;
    assert_true(sc_expr_calls("f(1)", "public", "f"));
    assert_true(sc_expr_calls("1 + f (x)", "public", "f"));
    assert_true(sc_expr_calls("public.f(x)", "public", "f"));
    assert_true(sc_expr_calls("public . f(x)", "public", "f"));
    assert_false(sc_expr_calls("other.f(x)", "public", "f"));
    assert_false(sc_expr_calls("f + 1", "public", "f"));       /* no call */
    assert_false(sc_expr_calls("ff(1)", "public", "f"));
    assert_false(sc_expr_calls("g(f)", "public", "f"));
    assert_false(sc_expr_calls(NULL, "public", "f"));
}

static void calls_quoted_identifiers(void **state)
{
    (void)state;
    assert_true(sc_expr_calls("\"F\"(1)", "public", "F"));
    assert_false(sc_expr_calls("F(1)", "public", "F"));          /* folds to f */
    assert_true(sc_expr_calls("F(1)", "public", "f"));
    assert_true(sc_expr_calls("\"My Schema\".\"a\"\"b\"(1)", "My Schema", "a\"b"));
    assert_false(sc_expr_calls("\"f(\" + 1", "public", "f"));   /* a name, not a call */
}

static void calls_not_in_strings_or_comments(void **state)
{
    (void)state;
    assert_false(sc_expr_calls("'f(1)'", "public", "f"));
    assert_false(sc_expr_calls("'it''s f(1)'", "public", "f"));
    assert_false(sc_expr_calls("E'\\' f(1)'", "public", "f"));   /* \' does not end it */
    assert_true(sc_expr_calls("E'\\'' || f(1)", "public", "f"));
    assert_false(sc_expr_calls("1 -- f(1)\n", "public", "f"));
    assert_false(sc_expr_calls("1 /* f(1) /* nested */ f(2) */", "public", "f"));
    assert_true(sc_expr_calls("1 /* x */ + f(2)", "public", "f"));
    assert_false(sc_expr_calls("'unterminated f(", "public", "f"));   /* does not tokenize */
}

static void calls_in_dollar_bodies(void **state)
{
    (void)state;
    assert_true(sc_expr_calls("AS $$ SELECT f(1) $$ LANGUAGE sql", "public", "f"));
    assert_true(sc_expr_calls("AS $body$ BEGIN PERFORM s.f(); END $body$", "s", "f"));
    assert_false(sc_expr_calls("AS $$ SELECT 'f(1)' $$", "public", "f"));
    /* a $$ body inside a $tag$ body (a DO block in a function) */
    assert_true(sc_expr_calls("AS $o$ BEGIN EXECUTE $$ SELECT f(1) $$; END $o$", "public", "f"));
    assert_false(sc_expr_calls("AS $o$ BEGIN EXECUTE $$ SELECT 'f(1)' $$; END $o$", "public", "f"));
    assert_true(sc_expr_calls("$$f(1)$$", "public", "f"));   /* the name right after the delimiter */
    assert_true(sc_expr_calls("$f$f(1)$f$", "public", "f"));
    assert_false(sc_expr_calls("$$f$(1)$$", "public", "f"));  /* f$ is another name */
    assert_true(sc_expr_calls("x+F (1)", "public", "f"));
    assert_true(sc_expr_calls("\"Ä\"(1) + ä(2)", "public", "ä"));
    assert_false(sc_expr_calls("äf(1)", "public", "f"));
    /* $1 is a parameter, not a dollar quote */
    assert_true(sc_expr_calls("$1 + f($2)", "public", "f"));
}

static void model_calls(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    sc_function *f = sc_arena_alloc(m->arena, sizeof *f);
    f->schema = "app";
    f->name = "price";
    sc_vec_push(m->arena, &m->functions, f);
    assert_true(sc_model_calls_function(m, "app.price(1) > 0"));
    assert_true(sc_model_calls_function(m, "price(1) > 0"));
    assert_false(sc_model_calls_function(m, "other.price(1) > 0"));
    assert_false(sc_model_calls_function(m, "'price(1)' <> ''"));
    assert_false(sc_model_calls_function(m, NULL));
    sc_model_free(m);
}

static void qualified(sc_strbuf *b, const char *schema, const char *name)
{
    sc_sb_ident(b, schema);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, name);
}

static char *clauses(const char *key, const char *parent, const char *bound)
{
    sc_table t;
    memset(&t, 0, sizeof t);
    t.partition_key = key;
    t.parent_schema = parent ? "public" : NULL;
    t.parent_name = parent;
    t.partition_bound = bound;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_dsl_partition_clauses(&b, &t, qualified);
    char *s = strdup(sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

static void expect_clauses(const char *key, const char *parent, const char *bound, const char *want)
{
    char *got = clauses(key, parent, bound);
    assert_string_equal(got, want);
    free(got);
}

static void partition_lowered_outside(void **state)
{
    (void)state;
    expect_clauses("RANGE (D)", NULL, NULL, " partition by range (D)");
    expect_clauses("LIST (\"Region\")", NULL, NULL, " partition by list (\"Region\")");
    expect_clauses("HASH (id)", NULL, NULL, " partition by hash (id)");
    expect_clauses(NULL, "p", NULL, " partition of public.p default");
    expect_clauses(NULL, "p", "FOR VALUES FROM ('A') TO ('B')", " partition of public.p for values from ('A') to ('B')");
    expect_clauses(NULL, "p", "FOR VALUES WITH (MODULUS 4, REMAINDER 0)",
                   " partition of public.p for values with (MODULUS 4, REMAINDER 0)");
    /* a ')' inside a string or a quoted name closes nothing */
    expect_clauses(NULL, "p", "FOR VALUES IN ('x)Y') TO (E'\\')Z')", " partition of public.p for values in ('x)Y') to (E'\\')Z')");
    expect_clauses("LIST ((\"A)\" || 'B'))", NULL, NULL, " partition by list ((\"A)\" || 'B'))");
}

static void collation_refs(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    const char *sch = NULL, *name = NULL;
    assert_true(sc_collation_ref_split(a, "\"app\".\"de\"\"x\"", &sch, &name));
    assert_string_equal(sch, "app");
    assert_string_equal(name, "de\"x");
    assert_true(sc_collation_ref_split(a, "\"a.b\" . \"C\"", &sch, &name));
    assert_string_equal(sch, "a.b");
    assert_string_equal(name, "C");
    assert_false(sc_collation_ref_split(a, "\"app\".de", &sch, &name));     /* both quoted, as written */
    assert_false(sc_collation_ref_split(a, "\"app\".\"de\".\"x\"", &sch, &name));
    assert_false(sc_collation_ref_split(a, "\"app\".\"de", &sch, &name));  /* unterminated */
    assert_false(sc_collation_ref_split(a, "C", &sch, &name));
    assert_string_equal(sc_collation_ref_canon(a, "\"app\" . \"x\""), "\"app\".\"x\"");
    sc_arena_free(a);
}

static int teardown(void **state)
{
    (void)state;
    sc_sql_thread_exit();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calls_plain),
        cmocka_unit_test(calls_quoted_identifiers),
        cmocka_unit_test(calls_not_in_strings_or_comments),
        cmocka_unit_test(calls_in_dollar_bodies),
        cmocka_unit_test(model_calls),
        cmocka_unit_test(partition_lowered_outside),
        cmocka_unit_test(collation_refs),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
