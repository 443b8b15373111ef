/* test_view_refs.c - what a declared view reads, from its query's parse tree
 * (src/parser/view_refs.c): relations and columns through joins, aliases,
 * subqueries and CTEs, schema-qualified names and schema blocks, views over
 * views, enum casts and functions; a query that does not parse is an error
 * at its place in the file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dsl_fixture.h"

#include "parser/parser.h"

static const char *tables =
    "enum mood { 'ok', 'sad' }\n"
    "table users { id bigint primary key, email text, status mood, org_id int }\n"
    "table orgs { id int primary key, name text }\n"
    "table app.orders { id bigint primary key, user_id bigint, amount numeric, status text }\n"
    "table app.users { id bigint primary key, nick text }\n";

/* The views after the tables above, loaded (heap text for the fixture). */
static char *with_tables(const char *views)
{
    char *text = malloc(strlen(tables) + strlen(views) + 1);
    strcpy(text, tables);
    strcat(text, views);
    return text;
}

static sc_model *load(const char *views, sc_diags *d, int *rc)
{
    char *text = with_tables(views);
    sc_model *m = dsl_load(text, d, rc);
    free(text);
    return m;
}

static sc_model *load_ok(const char *views)
{
    char *text = with_tables(views);
    sc_model *m = dsl_ok(text);
    free(text);
    return m;
}

/* The refs of one view as "kind:schema.name[.column]" lines, sorted. */
static char *refs(const sc_model *m, const char *schema, const char *name)
{
    const sc_view *v = sc_model_view(m, schema, name);
    assert_non_null(v);
    assert_true(v->refs_known);
    static const char *const kinds[] = {"rel", "col", "type", "func"};
    size_t cap = 4096, n = 0;
    char *out = calloc(1, cap);
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        n += (size_t)snprintf(out + n, cap - n, "%s:%s.%s%s%s\n", kinds[r->kind], r->schema, r->name,
                              r->column ? "." : "", r->column ? r->column : "");
    }
    return out;
}

#define ASSERT_REFS(m, schema, name, expected)       \
    do {                                             \
        char *r_ = refs(m, schema, name);            \
        assert_string_equal(r_, expected);           \
        free(r_);                                    \
    } while (0)

static void test_plain(void **state)
{
    (void)state;
    sc_model *m = load_ok("view active as (select id, email from users where status = 'ok')\n");
    ASSERT_REFS(m, "public", "active",
                "rel:public.users\n"
                "col:public.users.email\n"
                "col:public.users.id\n"
                "col:public.users.status\n");
    sc_model_free(m);
}

static void test_join_aliases_qualified(void **state)
{
    (void)state;
    sc_model *m = load_ok(
        "view j as (select u.email, o.amount, name from users u join app.orders o on o.user_id = u.id\n"
        "           left join orgs using (id))\n");
    ASSERT_REFS(m, "public", "j",
                "rel:app.orders\n"
                "rel:public.orgs\n"
                "rel:public.users\n"
                "col:app.orders.amount\n"
                "col:app.orders.id\n"
                "col:app.orders.user_id\n"
                "col:public.orgs.id\n"
                "col:public.orgs.name\n"
                "col:public.users.email\n"
                "col:public.users.id\n");
    sc_model_free(m);
}

/* A subquery's own FROM; a correlated column of the outer query; a derived
 * table's columns are not a relation's. */
static void test_subqueries(void **state)
{
    (void)state;
    sc_model *m = load_ok(
        "view s as (select x.n from (select count(*) as n from orgs) x\n"
        "           where exists (select 1 from app.orders o where o.user_id = x.n and status = 'a')\n"
        "             and x.n > (select max(id) from users))\n");
    ASSERT_REFS(m, "public", "s",
                "rel:app.orders\n"
                "rel:public.orgs\n"
                "rel:public.users\n"
                "col:app.orders.status\n"
                "col:app.orders.user_id\n"
                "col:public.users.id\n"
                "func:public.count\n"
                "func:public.max\n");
    sc_model_free(m);
}

/* A CTE's name is not a relation; what the CTE reads is. */
static void test_cte(void **state)
{
    (void)state;
    sc_model *m = load_ok(
        "view c as (with big as (select user_id, amount from app.orders where amount > 100)\n"
        "           select u.email, big.amount from big join users u on u.id = big.user_id)\n");
    ASSERT_REFS(m, "public", "c",
                "rel:app.orders\n"
                "rel:public.users\n"
                "col:app.orders.amount\n"
                "col:app.orders.user_id\n"
                "col:public.users.email\n"
                "col:public.users.id\n");
    sc_model_free(m);
}

/* In a schema block, an unqualified name is the block's relation first,
 * then public's; enum casts are types; `*` reads every column. */
static void test_block_star_types(void **state)
{
    (void)state;
    sc_model *m = load_ok(
        "schema app {\n"
        "  view b as (select *, 'ok'::mood as m, cast(null as app.nothing) from users, orgs where orgs.id = 1)\n"
        "}\n");
    ASSERT_REFS(m, "app", "b",
                "rel:app.users\n"
                "rel:public.orgs\n"
                "col:app.users.id\n"
                "col:app.users.nick\n"
                "col:public.orgs.id\n"
                "col:public.orgs.name\n"
                "type:public.mood\n");
    /* what resolved into the block is qualified in the query, the rest not */
    assert_string_equal(sc_model_view(m, "app", "b")->query,
                        "select *, 'ok'::mood as m, cast(null as app.nothing) from app.users, orgs where orgs.id = 1");
    sc_model_free(m);
}

/* A block's enum and view are qualified too; a CTE named like a table of
 * the block is not; quoted names keep their quotes. */
static void test_block_qualified(void **state)
{
    (void)state;
    sc_model *m = load_ok(
        "schema \"App X\" {\n"
        "  enum mood { 'a' }\n"
        "  table \"T\" { id int, m mood }\n"
        "  view v1 as (select id from \"T\" where m = 'a'::mood)\n"
        "  view v2 as (with \"T\" as (select 1 as id) select v1.id from v1 join \"T\" on \"T\".id = v1.id)\n"
        "}\n");
    assert_string_equal(sc_model_view(m, "App X", "v1")->query,
                        "select id from \"App X\".\"T\" where m = 'a'::\"App X\".mood");
    assert_string_equal(sc_model_view(m, "App X", "v2")->query,
                        "with \"T\" as (select 1 as id) select v1.id from \"App X\".v1 join \"T\" on \"T\".id = v1.id");
    ASSERT_REFS(m, "App X", "v1",
                "rel:App X.T\n"
                "col:App X.T.id\n"
                "col:App X.T.m\n"
                "type:App X.mood\n");
    sc_model_free(m);
}

/* A view over a view (declared later, with and without a column list): the
 * inner view's output columns are known from its target list. */
static void test_views_over_views(void **state)
{
    (void)state;
    sc_model *m = load_ok(
        "view outer_v as (select total, who from per_user p join renamed r on r.k = p.user_id)\n"
        "view per_user as (select user_id, sum(amount) as total from app.orders group by user_id)\n"
        "view renamed (k, who) as (select id, email from users)\n");
    ASSERT_REFS(m, "public", "outer_v",
                "rel:public.per_user\n"
                "rel:public.renamed\n"
                "col:public.per_user.total\n"
                "col:public.per_user.user_id\n"
                "col:public.renamed.k\n"
                "col:public.renamed.who\n");
    sc_model_free(m);
}

/* Set operations: both sides. */
static void test_union(void **state)
{
    (void)state;
    sc_model *m = load_ok("view u as (select id from users union all select id from orgs order by 1)\n");
    ASSERT_REFS(m, "public", "u",
                "rel:public.orgs\n"
                "rel:public.users\n"
                "col:public.orgs.id\n"
                "col:public.users.id\n");
    sc_model_free(m);
}

/* A syntax error in the query is reported where it is in the file. */
static void test_syntax_error_located(void **state)
{
    (void)state;
    sc_diags d;
    int rc;
    sc_model *m = load("view bad as (\n  select id\n    from users wher id = 1)\n", &d, &rc);
    assert_int_equal(rc, -1);
    assert_true(d.n >= 1);
    char *s = sc_diag_format(&d.items[0]);
    /* line 8 of the text (5 table lines + 3), column of "id" after "wher" */
    assert_non_null(strstr(s, "t.sch:8:21: error: in the query of view \"bad\": syntax error at or near \"id\""));
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* Not a SELECT: an error too. */
static void test_not_a_select(void **state)
{
    (void)state;
    sc_diags d;
    int rc;
    sc_model *m = load("view bad as (delete from users)\n", &d, &rc);
    assert_int_equal(rc, -1);
    char *s = sc_diag_format(&d.items[0]);
    assert_non_null(strstr(s, "is not one SELECT"));
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* A parse tree deeper than the JSON reader takes is an error, not a view
 * that silently reads nothing. */
static void test_too_deep(void **state)
{
    (void)state;
    size_t n = 3000;
    char *q = malloc(n * 5 + 64);
    /* deep without parentheses (the DSL refuses more than 256 of those) */
    strcpy(q, "view deep as (select ");
    for (size_t i = 0; i < n; i++)
        strcat(q, "id+");
    strcat(q, "id");
    strcat(q, " from users)\n");
    sc_diags d;
    int rc;
    sc_model *m = load(q, &d, &rc);
    assert_int_equal(rc, -1);
    char *s = sc_diag_format(&d.items[0]);
    assert_non_null(strstr(s, "is nested too deeply"));
    free(s);
    free(q);
    sc_diags_free(&d);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_join_aliases_qualified),
        cmocka_unit_test(test_subqueries),
        cmocka_unit_test(test_cte),
        cmocka_unit_test(test_block_star_types),
        cmocka_unit_test(test_block_qualified),
        cmocka_unit_test(test_views_over_views),
        cmocka_unit_test(test_union),
        cmocka_unit_test(test_syntax_error_located),
        cmocka_unit_test(test_not_a_select),
        cmocka_unit_test(test_too_deep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
