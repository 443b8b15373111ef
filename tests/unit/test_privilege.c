/* test_privilege.c - privileges and ownership in the DSL, the JSON model,
 * the DSL writer and the diff: what the statements declare, what is
 * refused where, what is written back, and that the diff compares them
 * only when asked. (Convergence on a real server: tests/cases/priv_*,
 * tests/integration/privileges_pg.sh.) */
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

static const char *schema =
    "schema app\n"
    "domain app.d integer\n"
    "table app.orders {\n"
    "  id integer primary key\n"
    "  note text\n"
    "}\n"
    "create function app.f(a int, b text) returns int language sql as $$ select 1 $$;\n"
    "grant select, insert on table app.orders, app.orders to app_rw, public with grant option;\n"
    "GRANT update (note), SELECT (note, id) ON app.orders TO \"Reporting\";\n"
    "grant delete on app.orders to app_rw;\n"
    "grant all on schema app to app_rw;\n"
    "grant execute on function app.f(integer, text) to app_rw;\n"
    "revoke execute on function app.f(int, text) from public;\n"
    "alter table app.orders owner to app_owner;\n"
    "alter function app.f(int4, text) owner to app_owner;\n"
    "alter domain app.d owner to app_owner;\n"
    "alter default privileges for role app_owner in schema app grant select on tables to \"Reporting\";\n"
    "alter default privileges for role app_owner grant usage on types to app_rw;\n";

static const sc_grant *grant_of(const sc_model *m, const char *name, const char *column, const char *grantee)
{
    for (size_t i = 0; i < m->privs.grants.n; i++) {
        const sc_grant *g = m->privs.grants.items[i];
        if (!strcmp(g->name, name) && !strcmp(g->grantee, grantee) &&
            ((!column && !g->column) || (column && g->column && !strcmp(column, g->column))))
            return g;
    }
    return NULL;
}

static void test_parsed(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    /* one grant per object, column and grantee; written twice, they add up */
    const sc_grant *rw = grant_of(m, "orders", NULL, "app_rw");
    assert_non_null(rw);
    assert_int_equal(rw->obj, SC_PRIV_OBJ_TABLE);
    assert_string_equal(rw->schema, "app");
    assert_int_equal(rw->privs, SC_PRIV_SELECT | SC_PRIV_INSERT | SC_PRIV_DELETE);
    assert_int_equal(rw->grant_option, SC_PRIV_SELECT | SC_PRIV_INSERT);
    const sc_grant *pub = grant_of(m, "orders", NULL, "PUBLIC");
    assert_non_null(pub);
    const sc_grant *note = grant_of(m, "orders", "note", "Reporting");
    assert_non_null(note);
    assert_int_equal(note->privs, SC_PRIV_SELECT | SC_PRIV_UPDATE);
    assert_int_equal(grant_of(m, "orders", "id", "Reporting")->privs, SC_PRIV_SELECT);
    assert_null(grant_of(m, "orders", NULL, "Reporting"));
    /* ALL on a schema: USAGE and CREATE; schema objects have no schema */
    const sc_grant *s = grant_of(m, "app", NULL, "app_rw");
    assert_null(s->schema);
    assert_int_equal(s->privs, SC_PRIV_USAGE | SC_PRIV_CREATE);
    /* a function by its identity, in format_type's spelling */
    const sc_grant *f = grant_of(m, "f", NULL, "app_rw");
    assert_string_equal(f->args, "integer, text");
    /* PUBLIC's default EXECUTE revoked: a grant entry of PUBLIC that revokes */
    const sc_grant *fp = grant_of(m, "f", NULL, "PUBLIC");
    assert_int_equal(fp->privs, 0);
    assert_int_equal(fp->revoked, SC_PRIV_EXECUTE);
    assert_int_equal(m->privs.owners.n, 3);
    const sc_owner *fo = NULL, *dom = NULL;
    for (size_t i = 0; i < m->privs.owners.n; i++) {
        const sc_owner *o = m->privs.owners.items[i];
        if (o->obj == SC_PRIV_OBJ_FUNCTION)
            fo = o;
        if (o->obj == SC_PRIV_OBJ_TYPE)
            dom = o;
    }
    assert_string_equal(fo->args, "integer, text");
    assert_string_equal(fo->role, "app_owner");
    assert_int_equal(dom->relkind, 'd');
    assert_int_equal(m->privs.defaults.n, 2);
    const sc_default_priv *dp = m->privs.defaults.items[0];
    assert_string_equal(dp->role, "app_owner");
    sc_model_free(m);
}

/* written back as statements that read again into the same model */
static void test_written_back(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "\nGRANT DELETE ON TABLE app.orders TO app_rw;\n"
                                 "GRANT SELECT, INSERT ON TABLE app.orders TO app_rw WITH GRANT OPTION;\n"));
    assert_non_null(strstr(text, "GRANT SELECT (note), UPDATE (note) ON TABLE app.orders TO \"Reporting\";\n"));
    assert_non_null(strstr(text, "ALTER ROUTINE app.f(integer, text) OWNER TO app_owner;\n"));
    assert_non_null(strstr(text, "REVOKE EXECUTE ON ROUTINE app.f(integer, text) FROM PUBLIC;\n"));
    assert_non_null(strstr(text, "ALTER DOMAIN app.d OWNER TO app_owner;\n"));
    assert_non_null(strstr(text, "ALTER DEFAULT PRIVILEGES FOR ROLE app_owner GRANT USAGE ON TYPES TO app_rw;\n"));
    sc_model *again = dsl(text);
    char *text2 = sc_emit_dsl(again);
    assert_string_equal(text, text2);
    /* and through JSON */
    char *json = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *fromjson = sc_load_json("m.json", json, strlen(json), &d);
    assert_non_null(fromjson);
    char *text3 = sc_emit_dsl(fromjson);
    assert_string_equal(text, text3);
    sc_diags_free(&d);
    free(text);
    free(text2);
    free(text3);
    free(json);
    sc_model_free(m);
    sc_model_free(again);
    sc_model_free(fromjson);
}

static void test_refused(void **state)
{
    (void)state;
    static const struct {
        const char *text, *error;
    } cases[] = {
        {"revoke select on t from r;\n", "t.sch:1:1: error: a declared schema lists what is granted"},
        {"revoke select on t from public;\n", "t.sch:1:1: error: a declared schema lists what is granted"},
        {"revoke execute on function f() from r;\n", "t.sch:1:1: error: a declared schema lists what is granted"},
        {"revoke grant option for execute on function f() from public;\n",
         "t.sch:1:1: error: a declared schema lists what is granted"},
        {"grant select on all tables in schema public to r;\n", "t.sch:1:1: error: GRANT ... ON ALL ... IN SCHEMA"},
        {"grant select on t to current_user;\n", "t.sch:1:1: error: a grant names its role"},
        {"grant execute on function f to r;\n", "t.sch:1:1: error: a grant on a function names its argument types"},
        {"grant usage on table t to r;\n", "t.sch:1:1: error: this privilege does not apply"},
        {"grant delete (a) on t to r;\n", "t.sch:1:1: error: a column takes select, insert, update and references only"},
        {"alter table t owner to a;\nalter table t owner to b;\n", "t.sch:2:1: error: this object's owner is declared twice"},
        {"alter default privileges grant select on tables to r;\n", "t.sch:1:1: error: default privileges belong to a role"},
        {"grant select on t to r\n", "t.sch:1:1: error: this statement has no ';' at its end"},
        /* what they name is declared */
        {"grant select on t to r;\n", "t.sch:1:1: error: grant on \"public.t\": no table, view or sequence"},
        {"table t {\n  id integer\n}\ngrant select (x) on t to r;\n",
         "t.sch:4:1: error: grant on \"public.t.x\": the table has no column of that name"},
        {"alter schema s owner to r;\n", "t.sch:1:1: error: owner of \"s\": no schema of that name"},
        {"create function f() returns int language sql as 'select 1';\ngrant execute on function f(int) to r;\n",
         "t.sch:2:1: error: grant on \"public.f\": no function or procedure"},
        {"alter default privileges for role a in schema s grant select on tables to r;\n",
         "t.sch:1:1: error: default privileges in schema \"s\": no schema"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *e = dsl_first_error(cases[i].text);
        if (strncmp(e, cases[i].error, strlen(cases[i].error)))
            fail_msg("%s: got %s", cases[i].text, e);
        free(e);
    }
}

/* the diff compares them only when asked; a grant to the owner of what it
 * has anyway is no difference */
static void test_diff_only_when_asked(void **state)
{
    (void)state;
    sc_model *a = dsl("table t {\n  id integer primary key\n}\nalter table t owner to o;\n"
                      "grant select on t to r1;\n");
    sc_model *b = dsl("table t {\n  id integer primary key\n}\nalter table t owner to o;\n"
                      "grant select on t to r2;\ngrant all on t to o;\n");
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(a, b, &o, &d);
    assert_int_equal(sc_plan_count(p), 0);
    sc_plan_free(p);
    o.privileges = true;
    p = sc_diff(a, b, &o, &d);
    assert_int_equal(sc_plan_count(p), 2);
    char *up = sc_emit_plan_script(p, SC_DIALECT_POSTGRESQL, false, &d);
    assert_string_equal(up, "-- privileges on table t\n"
                            "REVOKE SELECT ON TABLE t FROM r1;\n"
                            "GRANT SELECT ON TABLE t TO r2;\n");
    free(up);
    sc_plan_free(p);
    sc_diags_free(&d);
    sc_model_free(a);
    sc_model_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parsed),
        cmocka_unit_test(test_written_back),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_diff_only_when_asked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
