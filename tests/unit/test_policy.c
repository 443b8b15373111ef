/* test_policy.c - row level security in the DSL, the JSON model, the DDL of
 * both dialects and the diff: what is parsed, what is refused where, what
 * is written back, and which ops a change makes. (Convergence on a real
 * server: tests/cases/rls_*.) */
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
#include "diff_fixture.h"

static const char *docs =
    "table docs {\n"
    "  id integer primary key\n"
    "  tenant integer not null\n"
    "  row level security forced\n"
    "  policy tenant_read for select to (b_role, \"A role\", b_role) using (tenant > 0) comment 'reads'\n"
    "  policy all_write as restrictive with check (tenant > 0) using (true)\n"
    "  policy for_public to (x, public) using (false)\n"
    "  policy bare for all\n"
    "}\n";

static void test_parsed(void **state)
{
    (void)state;
    sc_model *m = dsl(docs);
    const sc_table *t = sc_model_table(m, "public", "docs");
    assert_true(t->rls_enabled && t->rls_forced);
    assert_int_equal(t->policies.n, 4);
    /* sorted by name */
    const sc_policy *w = SC_VEC_AT(t->policies, 0, sc_policy);
    const sc_policy *p = SC_VEC_AT(t->policies, 2, sc_policy);
    const sc_policy *r = SC_VEC_AT(t->policies, 3, sc_policy);
    const sc_policy *bare = SC_VEC_AT(t->policies, 1, sc_policy);
    assert_string_equal(bare->name, "bare");
    assert_true(!bare->using_expr && !bare->check_expr && !bare->roles.n && bare->cmd == SC_POLICY_ALL);
    assert_string_equal(w->name, "all_write");
    assert_true(w->restrictive);
    assert_int_equal(w->cmd, SC_POLICY_ALL);
    assert_string_equal(w->using_expr, "true");
    assert_string_equal(w->check_expr, "tenant > 0");
    /* a list with public is PUBLIC, as PostgreSQL takes it */
    assert_string_equal(p->name, "for_public");
    assert_int_equal(p->roles.n, 0);
    /* roles: a sorted set */
    assert_int_equal(r->cmd, SC_POLICY_SELECT);
    assert_int_equal(r->roles.n, 2);
    assert_string_equal(r->roles.items[0], "A role");
    assert_string_equal(r->roles.items[1], "b_role");
    assert_string_equal(r->comment, "reads");
    sc_model_free(m);
}

static void test_errors(void **state)
{
    (void)state;
    char *s = dsl_first_error("table t {\n  id int\n  policy p using (true)\n  policy p using (false)\n}\n");
    assert_non_null(strstr(s, "t.sch:4:10: error: duplicate policy \"p\" in table \"t\""));
    free(s);
    s = dsl_first_error("table t {\n  id int\n  policy p for select using (true) for update\n}\n");
    assert_non_null(strstr(s, "t.sch:3:36: error: clause given twice in policy \"p\""));
    free(s);
    s = dsl_first_error("table t {\n  id int\n  row level security\n  row level security forced\n}\n");
    assert_non_null(strstr(s, "t.sch:4:3: error: `row level security` given twice in table \"t\""));
    free(s);
    s = dsl_first_error("table t {\n  id int\n  policy p for truncate using (true)\n}\n");
    assert_non_null(strstr(s, "t.sch:3:16: error: syntax error"));
    free(s);
    s = dsl_first_error("table t {\n  id int\n  policy int\n}\n");
    assert_non_null(strstr(s, "t.sch:3:13: error: syntax error"));
    free(s);
    /* `policy` and `row` start items: as a column's name they need quotes */
    sc_model *m = dsl("table t {\n  \"policy\" int\n  \"row\" int\n}\ntable policy { id int }\n");
    assert_non_null(sc_table_column(sc_model_table(m, "public", "t"), "policy"));
    assert_non_null(sc_model_table(m, "public", "policy"));
    sc_model_free(m);
}

static void test_written_back(void **state)
{
    (void)state;
    sc_model *m = dsl(docs);
    char *t1 = sc_emit_dsl(m);
    assert_non_null(strstr(t1, "  row level security forced\n"
                               "  policy all_write as restrictive using (true) with check (tenant > 0)\n"
                               "  policy bare for all\n"
                               "  policy for_public using (false)\n"
                               "  policy tenant_read for select to (\"A role\", b_role) using (tenant > 0) comment 'reads'\n"));
    sc_model *m2 = dsl(t1);
    char *t2 = sc_emit_dsl(m2);
    assert_string_equal(t1, t2);
    /* and through JSON */
    char *js = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("m.json", js, strlen(js), &d);
    assert_non_null(m3);
    char *t3 = sc_emit_dsl(m3);
    assert_string_equal(t1, t3);
    sc_diags_free(&d);
    free(t1);
    free(t2);
    free(t3);
    free(js);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

static void test_sqlite_refuses(void **state)
{
    (void)state;
    sc_model *m = dsl(docs);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    assert_null(sql);
    assert_true(d.nerrors >= 2);
    char *s = sc_diag_format(&d.items[0]);
    assert_non_null(strstr(s, "test.sch:1:7: error: table \"docs\": SQLite has no row level security"));
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* The summary of the up and down plans of from -> to. */
static void test_diff(void **state)
{
    (void)state;
    const char *from = "table t {\n  id int primary key\n  n int\n  policy p to x using (n > 0)\n}\n";
    /* the roles and an expression change: ALTER POLICY, and back */
    char *up = plan_sql(from, "table t {\n  id int primary key\n  n int\n  policy p to y using (n > 1)\n}\n", false, NULL);
    assert_string_equal(up, "-- table t\nALTER POLICY p ON t TO y USING (n > 1);\n");
    free(up);
    char *down = plan_sql(from, "table t {\n  id int primary key\n  n int\n  policy p to y using (n > 1)\n}\n", true, NULL);
    assert_string_equal(down, "-- table t\nALTER POLICY p ON t TO x USING (n > 0);\n");
    free(down);
    /* the command changes: ALTER POLICY cannot, so drop and create */
    up = plan_sql(from, "table t {\n  id int primary key\n  n int\n  policy p for select to x using (n > 0)\n}\n", false, NULL);
    assert_string_equal(up, "-- table t\nDROP POLICY p ON t;\nCREATE POLICY p ON t FOR SELECT TO x USING (n > 0);\n");
    free(up);
    /* a column of the table changes type: the policy is taken around it */
    up = plan_sql(from, "table t {\n  id int primary key\n  n bigint\n  policy p to x using (n > 0)\n}\n", false, NULL);
    assert_string_equal(up, "-- table t\n"
                            "-- re-created: the type of t.n changes\n"
                            "DROP POLICY p ON t;\n"
                            "ALTER TABLE t ALTER COLUMN n TYPE bigint;\n"
                            "-- re-created: the type of t.n changes\n"
                            "CREATE POLICY p ON t TO x USING (n > 0);\n");
    free(up);
    /* nothing changes: nothing to do */
    up = plan_sql(from, from, false, NULL);
    assert_string_equal(up, "");
    free(up);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parsed),       cmocka_unit_test(test_errors),
        cmocka_unit_test(test_written_back), cmocka_unit_test(test_sqlite_refuses),
        cmocka_unit_test(test_diff),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
