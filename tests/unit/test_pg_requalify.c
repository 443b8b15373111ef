/* test_pg_requalify.c - the schema part of qualified relation, type and
 * schema.table.column names in a view's query is replaced, found by
 * PostgreSQL's parser: quoted and mixed-case names, aliases and columns
 * spelled like a schema left alone, functions left alone, unparsable text
 * refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "inspect/pg_internal.h"

/* app -> s_app, "App" -> s_App for relations and types; public -> s_pub
 * for relations only. Unqualified relations are counted. */
static int unqualified;

static const char *map(const char *schema, const char *name, char kind, void *arg)
{
    (void)name;
    (void)arg;
    if (!schema) {
        unqualified++;
        return NULL;
    }
    if (!strcmp(schema, "app"))
        return "s_app";
    if (!strcmp(schema, "App"))
        return "s_App";
    if (!strcmp(schema, "public") && kind == 'r')
        return "s_pub";
    return NULL;
}

static void expect(const char *in, const char *out)
{
    char *s = pg_requalify(in, map, NULL);
    assert_non_null(s);
    assert_string_equal(s, out);
    free(s);
}

static void test_relations_and_types(void **state)
{
    (void)state;
    expect("select * from app.t", "select * from s_app.t");
    expect("SELECT * FROM APP.t", "SELECT * FROM s_app.t");
    expect("select o.id from \"App\".\"Orders\" o join public.users u on true",
           "select o.id from \"s_App\".\"Orders\" o join s_pub.users u on true");
    expect("select 'a'::app.mood, cast('b' as \"App\".m)", "select 'a'::s_app.mood, cast('b' as \"s_App\".m)");
    expect("select app.t.x from app.t", "select s_app.t.x from s_app.t");
    /* a type of public is not mapped here: left as it is */
    expect("select 'a'::public.mood from public.t", "select 'a'::public.mood from s_pub.t");
}

static void test_left_alone(void **state)
{
    (void)state;
    /* an alias and a column spelled like the schema; a function of app */
    expect("select app.x, app.f(1) from t app", "select app.x, app.f(1) from t app");
    expect("select 'app.t' as app from (select 1) app", "select 'app.t' as app from (select 1) app");
    expect("select x from \"app\".t", "select x from s_app.t");
    expect("select x from \"APP\".t", "select x from \"APP\".t");   /* another schema */
    unqualified = 0;
    free(pg_requalify("select * from t join u using (id), lateral (select * from v) w", map, NULL));
    assert_int_equal(unqualified, 3);
    assert_null(pg_requalify("select from where", map, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relations_and_types),
        cmocka_unit_test(test_left_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
