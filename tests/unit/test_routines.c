/* test_routines.c - functions, procedures and triggers in the DSL
 * (src/parser/lex_routine.c, routine_sql.c): identity and overloads, where
 * each statement ends (strings, dollar quotes, BEGIN ... END with CASE),
 * located errors, the DSL writer and JSON round trips, and the diff's
 * choices (CREATE OR REPLACE, or drop and create with what uses it). */
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

/* The first error, formatted ("t.sch:L:C: error: ..."); heap. */
static char *first_error(const char *text)
{
    sc_diags d;
    int rc;
    sc_model *m = dsl_load(text, &d, &rc);
    assert_int_not_equal(rc, 0);
    assert_true(d.n > 0);
    char *s = sc_diag_format(&d.items[0]);
    sc_diags_free(&d);
    sc_model_free(m);
    return s;
}

static const char *fns =
    "table t { id int primary key, x int, at timestamptz }\n"
    "create function touch() returns trigger language plpgsql as $$\n"
    "begin new.at := now(); return new; end; -- a ';' and a comment inside\n"
    "$$;\n"
    "create or replace function app.f(a int, b varchar(10)[] default '{}', out c text) returns text\n"
    "  language sql immutable as 'select ''a;b''';\n"
    "create function app.f(a text) returns setof int language sql as $q$ select 1 $q$;\n"
    "create procedure app.p(inout n int) language plpgsql as $$ begin n := n + 1; end $$;\n"
    "create trigger t_touch before update of x on t for each row when (old.x is distinct from new.x)\n"
    "  execute function touch();\n"
    "alter table t disable trigger t_touch;\n"
    "view v as (select id from t)\n";

static void identity_and_overloads(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(fns);
    assert_int_equal(m->functions.n, 4);
    const sc_function *f = sc_model_function(m, "app", "f", "integer, character varying(10)[]");
    assert_non_null(f);
    assert_string_equal(f->returns, "text");
    assert_false(f->procedure);
    const sc_function *g = sc_model_function(m, "app", "f", "text");
    assert_non_null(g);
    assert_string_equal(g->returns, "SETOF integer");
    const sc_function *p = sc_model_function(m, "app", "p", "integer");
    assert_non_null(p);
    assert_true(p->procedure);
    assert_null(p->returns);
    assert_non_null(sc_model_function(m, "public", "touch", ""));
    /* the schema of a qualified function exists */
    bool app = false;
    for (size_t i = 0; i < m->schemas.n; i++)
        app |= !strcmp(SC_VEC_AT(m->schemas, i, const char), "app");
    assert_true(app);
    /* the text is kept as written, without the ';' */
    assert_string_equal(g->sql, "create function app.f(a text) returns setof int language sql as $q$ select 1 $q$");
    sc_model_free(m);
}

static void triggers(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(fns);
    assert_int_equal(m->triggers.n, 1);
    const sc_trigger *t = sc_model_trigger(m, "public", "t", "t_touch");
    assert_non_null(t);
    assert_false(t->sqlite);
    assert_int_equal(t->enabled, SC_TRIGGER_DISABLED);
    assert_string_equal(t->func_name, "touch");
    assert_string_equal(t->func_schema, "public");
    sc_model_free(m);
}

static void sqlite_trigger_body(void **state)
{
    (void)state;
    sc_model *m = dsl_ok("table log { id integer primary key, msg text }\n"
                          "table items { id integer primary key, price int }\n"
                          "CREATE TRIGGER \"items log\" AFTER INSERT ON items BEGIN\n"
                          "  INSERT INTO log (msg) VALUES (CASE WHEN new.price > 0 THEN 'a;' ELSE 'b' END);\n"
                          "  DELETE FROM log WHERE id < 0;\n"
                          "END;\n"
                          "table after { id int }\n");
    assert_int_equal(m->triggers.n, 1);
    const sc_trigger *t = sc_model_trigger(m, "public", "items", "items log");
    assert_non_null(t);
    assert_true(t->sqlite);
    assert_non_null(strstr(t->sql, "DELETE FROM log WHERE id < 0;\nEND"));
    assert_non_null(sc_model_table(m, "public", "after"));
    sc_model_free(m);
}

static void create_as_a_name(void **state)
{
    (void)state;
    /* `create` and `alter` start a statement only at the top level */
    sc_model *m = dsl_ok("table create { alter int, create text }\nenum alter { 'a' }\n");
    assert_non_null(sc_model_table(m, "public", "create"));
    assert_non_null(sc_model_enum(m, "public", "alter"));
    assert_int_equal(m->functions.n, 0);
    sc_model_free(m);
}

static void located_errors(void **state)
{
    (void)state;
    char *s = first_error("table t { id int }\ncreate function f( returns int language sql as 'select 1';\n");
    assert_non_null(strstr(s, "t.sch:2:"));
    assert_non_null(strstr(s, "syntax error"));
    free(s);
    s = first_error("table t { id int }\n\ncreate function f() returns int language sql as 'select 1'\n");
    assert_non_null(strstr(s, "t.sch:3:1: error: this statement has no ';' at its end"));
    free(s);
    s = first_error("create index ix on t (a);\n");
    assert_non_null(strstr(s, "t.sch:1:1: error: this statement declares nothing schemac models"));
    free(s);
    s = first_error("table t { id int }\ncreate function f() returns int language sql as 'select 1';\n"
                    "create function f() returns int language sql as 'select 2';\n");
    assert_non_null(strstr(s, "t.sch:3:1: error: function \"f()\" is declared twice"));
    free(s);
    s = first_error("table t { id int }\nalter table t disable trigger nope;\n");
    assert_non_null(strstr(s, "t.sch:2:1: error: no trigger \"nope\" on \"t\" is declared before this"));
    free(s);
    s = first_error("create trigger g before insert on missing for each row execute function f();\n");
    assert_non_null(strstr(s, "t.sch:1:1: error: trigger \"g\" is on \"public.missing\", which is not declared"));
    free(s);
    s = first_error("create function f() returns int language sql as $$ select 1;\n");
    assert_non_null(strstr(s, "unterminated dollar-quoted string"));
    free(s);
}

static void dsl_and_json_round_trip(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(fns);
    char *dsl = sc_emit_dsl(m);
    sc_model *back = dsl_ok(dsl);
    char *again = sc_emit_dsl(back);
    assert_string_equal(dsl, again);
    char *json = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *jm = sc_load_json("m.json", json, strlen(json), &d);
    assert_non_null(jm);
    char *json2 = sc_emit_json(jm);
    assert_string_equal(json, json2);
    assert_int_equal(sc_model_trigger(jm, "public", "t", "t_touch")->enabled, SC_TRIGGER_DISABLED);
    free(dsl);
    free(again);
    free(json);
    free(json2);
    sc_diags_free(&d);
    sc_model_free(jm);
    sc_model_free(back);
    sc_model_free(m);
}

static char *up_sql(const char *from, const char *to)
{
    sc_model *a = dsl_ok(from), *b = dsl_ok(to);
    sc_diff_opts o = {0};
    o.dialect = SC_DIALECT_POSTGRESQL;
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(a, b, &o, &d);
    assert_non_null(p);
    char *s = sc_emit_plan(p, SC_DIALECT_POSTGRESQL, false, &d);
    sc_plan_free(p);
    sc_diags_free(&d);
    sc_model_free(a);
    sc_model_free(b);
    return s;
}

static const char *base =
    "table t { id int primary key, x int default (f(1)) check ck_t_x (f(x) > 0) }\n"
    "create function f(a int) returns int language sql as 'select a';\n"
    "create function touch() returns trigger language plpgsql as $$ begin return new; end $$;\n"
    "create trigger tg before insert on t for each row execute function f2();\n";

static void replace_in_place(void **state)
{
    (void)state;
    char *to = malloc(strlen(base) + 8);
    strcpy(to, base);
    char *at = strstr(to, "'select a'");
    memcpy(at, "'select 2'", 10);
    char *s = up_sql(base, to);
    assert_non_null(strstr(s, "CREATE OR REPLACE function f(a int) returns int language sql as 'select 2';"));
    assert_null(strstr(s, "DROP FUNCTION"));
    assert_null(strstr(s, "DROP CONSTRAINT"));
    free(s);
    free(to);
}

static void result_type_change(void **state)
{
    (void)state;
    const char *from = "table t { id int primary key, x int default (f(1)) check ck_t_x (f(x) > 0) }\n"
                       "view v as (select f(id) as y from t)\n"
                       "create function f(a int) returns int language sql as 'select a';\n"
                       "create function g() returns trigger language plpgsql as $$ begin return new; end $$;\n"
                       "create trigger tg before insert on t for each row execute function g();\n";
    const char *to = "table t { id int primary key, x int default (f(1)) check ck_t_x (f(x) > 0) }\n"
                     "view v as (select f(id) as y from t)\n"
                     "create function f(a int) returns bigint language sql as 'select a';\n"
                     "create function g() returns event_trigger language plpgsql as $$ begin end $$;\n"
                     "create trigger tg before insert on t for each row execute function g();\n";
    char *s = up_sql(from, to);
    const char *must[] = {"DROP VIEW v;", "DROP TRIGGER tg ON public.t;", "DROP CONSTRAINT ck_t_x",
                          "ALTER COLUMN x DROP DEFAULT", "DROP FUNCTION public.f(integer);", "returns bigint",
                          "SET DEFAULT f(1)", "ADD CONSTRAINT ck_t_x", "CREATE VIEW v", "create trigger tg"};
    for (size_t i = 0; i < sizeof must / sizeof *must; i++)
        if (!strstr(s, must[i]))
            fail_msg("missing %s in:\n%s", must[i], s);
    /* every drop comes before the function's drop, every creation after its creation */
    const char *dropf = strstr(s, "DROP FUNCTION public.f(integer);"), *mk = strstr(s, "returns bigint");
    assert_true(strstr(s, "DROP VIEW v;") < dropf && strstr(s, "DROP CONSTRAINT ck_t_x") < dropf &&
                strstr(s, "DROP DEFAULT") < dropf);
    assert_true(mk < strstr(s, "SET DEFAULT f(1)") && mk < strstr(s, "ADD CONSTRAINT ck_t_x") &&
                mk < strstr(s, "CREATE VIEW v"));
    /* g changes its result type too: the trigger that runs it goes and comes back around it */
    const char *dropg = strstr(s, "DROP FUNCTION public.g();");
    assert_non_null(dropg);
    assert_true(strstr(s, "DROP TRIGGER tg ON public.t;") < dropg);
    assert_true(strstr(s, "returns event_trigger") < strstr(s, "create trigger tg"));
    free(s);
}

static void trigger_state_only(void **state)
{
    (void)state;
    const char *from = "table t { id int primary key }\n"
                       "create function g() returns trigger language plpgsql as $$ begin return new; end $$;\n"
                       "create trigger tg before insert on t for each row execute function g();\n";
    char *to = malloc(strlen(from) + 64);
    strcpy(to, from);
    strcat(to, "alter table t enable always trigger tg;\n");
    char *s = up_sql(from, to);
    assert_non_null(strstr(s, "ALTER TABLE public.t ENABLE ALWAYS TRIGGER tg;"));
    assert_null(strstr(s, "DROP TRIGGER"));
    free(s);
    free(to);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(identity_and_overloads), cmocka_unit_test(triggers),
        cmocka_unit_test(sqlite_trigger_body),    cmocka_unit_test(create_as_a_name),
        cmocka_unit_test(located_errors),         cmocka_unit_test(dsl_and_json_round_trip),
        cmocka_unit_test(replace_in_place),       cmocka_unit_test(result_type_change),
        cmocka_unit_test(trigger_state_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
