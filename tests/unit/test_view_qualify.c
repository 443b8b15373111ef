/* test_view_qualify.c - a view in a `schema X { }` block reads what the DSL
 * resolves there: its query names those relations and enum types as X.name,
 * and nothing else (public ones, qualified ones, CTEs, columns, literals). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "dsl_fixture.h"

static const char *query_of(const char *text, const char *schema, const char *name)
{
    static char buf[512];
    sc_model *m = dsl(text);
    const sc_view *v = sc_model_view(m, schema, name);
    assert_non_null(v);
    snprintf(buf, sizeof buf, "%s", v->query);
    sc_model_free(m);
    return buf;
}

#define BLOCK(views)                                                                                     \
    "table public_t { id int }\n"                                                                       \
    "schema app {\n enum mood { 'a', 'b' }\n table orders { id int primary key\n m mood }\n"            \
    " table \"Items\" { id int }\n" views "}\n"

static void test_block_relations_and_types(void **state)
{
    (void)state;
    assert_string_equal(query_of(BLOCK(" view v as (select id, 'a'::mood as x from \"Items\" join orders using (id))\n"),
                                 "app", "v"),
                        "select id, 'a'::app.mood as x from app.\"Items\" join app.orders using (id)");
}

static void test_left_alone(void **state)
{
    (void)state;
    /* public relations, already qualified names, CTE names, column names and strings */
    const char *q = "with orders as (select 1 as id) select o.id, 'orders' as t from orders o "
                    "join app.\"Items\" i on i.id = o.id join public_t p on p.id = o.id";
    char text[1024];
    snprintf(text, sizeof text, BLOCK(" view v as (%s)\n"), q);
    assert_string_equal(query_of(text, "app", "v"), q);
}

static void test_outside_a_block(void **state)
{
    (void)state;
    assert_string_equal(query_of(BLOCK("") "view app.w as (select id from public_t)\n", "app", "w"),
                        "select id from public_t");
}

static void test_views_over_views_in_the_block(void **state)
{
    (void)state;
    assert_string_equal(query_of(BLOCK(" view v as (select id from orders)\n view w as (select id from v)\n"),
                                 "app", "w"),
                        "select id from app.v");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_block_relations_and_types),
        cmocka_unit_test(test_left_alone),
        cmocka_unit_test(test_outside_a_block),
        cmocka_unit_test(test_views_over_views_in_the_block),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
