/* test_funcdeps.c - issue 11's leftovers: collations named with their
 * schema (the model's form, the DSL read and written back), aggregates in
 * the DSL, and the users of a re-created function found from the catalog's
 * list (fn_users) rather than from text: an overload's users are left
 * alone. */
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
#include "emit/emit.h"
#include "emit/migration.h"
#include "parser/parser.h"

static void test_collation_ref(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    assert_string_equal(sc_collation_ref(a, "public", "ci"), "ci");
    assert_string_equal(sc_collation_ref(a, "pg_catalog", "en_US.utf8"), "en_US.utf8");
    assert_string_equal(sc_collation_ref(a, "app", "c1"), "\"app\".\"c1\"");
    const char *r = sc_collation_ref(a, "my \"s\"", "A.b");
    assert_string_equal(r, "\"my \"\"s\"\"\".\"A.b\"");
    const char *s = NULL, *n = NULL;
    assert_true(sc_collation_ref_split(a, r, &s, &n));
    assert_string_equal(s, "my \"s\"");
    assert_string_equal(n, "A.b");
    assert_false(sc_collation_ref_split(a, "en_US.utf8", &s, &n));
    assert_false(sc_collation_ref_split(a, "\"C\"", &s, &n));
    sc_arena_free(a);
}

static void test_collation_dsl(void **state)
{
    (void)state;
    sc_model *m = dsl_ok("schema app\ncollation app.c1 { locale 'C' }\n"
                          "table t {\n  a text collate app.c1\n  b text collate \"app\".\"c1\"\n"
                          "  c text collate \"C\"\n  index ix_t_a (a collate app.c1)\n}\n");
    const sc_table *t = sc_model_table(m, "public", "t");
    assert_string_equal(sc_column_collation(sc_table_column(t, "a")), "\"app\".\"c1\"");
    assert_string_equal(sc_column_collation(sc_table_column(t, "b")), "\"app\".\"c1\"");
    assert_string_equal(sc_column_collation(sc_table_column(t, "c")), "C");
    assert_non_null(sc_model_collation_named(m, sc_column_collation(sc_table_column(t, "a"))));
    char *dsl = sc_emit_dsl(m);
    assert_non_null(strstr(dsl, "collate \"app\".\"c1\""));
    sc_model *m2 = dsl_ok(dsl);
    char *dsl2 = sc_emit_dsl(m2);
    assert_string_equal(dsl, dsl2);
    free(dsl);
    free(dsl2);
    sc_model_free(m2);
    sc_model_free(m);
}

static void test_aggregate_dsl(void **state)
{
    (void)state;
    sc_model *m = dsl_ok("CREATE OR REPLACE AGGREGATE public.total_of(integer) (\n    SFUNC = int4pl,\n"
                          "    STYPE = integer\n);\n"
                          "create aggregate app.cnt(*) (sfunc = int8inc, stype = bigint);\n");
    const sc_function *f = sc_model_function(m, "public", "total_of", "integer");
    assert_non_null(f);
    assert_true(f->aggregate);
    const sc_function *g = sc_model_function(m, "app", "cnt", "");
    assert_non_null(g);
    assert_true(g->aggregate);
    sc_model_free(m);
}

static char *up_script(const sc_model *f, const sc_model *t)
{
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(f, t, &o, &d);
    assert_non_null(p);
    char *sql = sc_emit_plan_script(p, SC_DIALECT_POSTGRESQL, false, &d);
    sc_plan_free(p);
    sc_diags_free(&d);
    return sql;
}

#define FEE(ret) \
    "CREATE OR REPLACE FUNCTION public.fee(a integer)\n RETURNS " ret "\n LANGUAGE sql\n IMMUTABLE\n" \
    "AS $function$ select a $function$;\n"                                                           \
    "CREATE OR REPLACE FUNCTION public.fee(a text)\n RETURNS text\n LANGUAGE sql\n IMMUTABLE\n"      \
    "AS $function$ select a $function$;\n"
#define TABLE "table t {\n  id integer\n  code text\n  check ck_t_code (fee(code) <> '')\n" \
              "  check ck_t_id (fee(id) > 0)\n}\n"

/* The catalog's list tells overloads apart; the text cannot. */
static void test_users_from_catalog(void **state)
{
    (void)state;
    sc_model *f = dsl_ok(TABLE FEE("integer"));
    sc_model *t = dsl_ok(TABLE FEE("bigint"));
    char *text = up_script(f, t);
    assert_non_null(strstr(text, "DROP CONSTRAINT ck_t_code"));
    assert_non_null(strstr(text, "DROP CONSTRAINT ck_t_id"));
    free(text);
    /* what pg_depend would say of the from side */
    sc_fn_user *u = sc_arena_alloc(f->arena, sizeof *u);
    *u = (sc_fn_user){SC_FNU_CHECK, "public", "fee", "integer", "public", "t", "ck_t_id"};
    sc_vec_push(f->arena, &f->fn_users, u);
    sc_fn_user *v = sc_arena_alloc(f->arena, sizeof *v);
    *v = (sc_fn_user){SC_FNU_CHECK, "public", "fee", "text", "public", "t", "ck_t_code"};
    sc_vec_push(f->arena, &f->fn_users, v);
    f->fn_users_known = true;
    char *cat = up_script(f, t);
    assert_null(strstr(cat, "ck_t_code"));
    assert_non_null(strstr(cat, "-- re-created: calls fee(integer), which is re-created\n"
                                "ALTER TABLE t DROP CONSTRAINT ck_t_id;"));
    free(cat);
    sc_model_free(f);
    sc_model_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_collation_ref),
        cmocka_unit_test(test_collation_dsl),
        cmocka_unit_test(test_aggregate_dsl),
        cmocka_unit_test(test_users_from_catalog),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
