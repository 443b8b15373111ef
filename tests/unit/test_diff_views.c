/* test_diff_views.c - views in the plan: created after what they read,
 * dropped before it changes, replaced in place where PostgreSQL allows,
 * and re-created around a change they block (transitively, both ways),
 * while views no change touches are left alone. The views are added to
 * DSL-built models by hand with the refs a catalog would give. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff_fixture.h"

static sc_view *view(sc_model *m, const char *name, const char *query)
{
    sc_view *v = sc_model_add_view(m, "public", name);
    assert_non_null(v);
    v->query = sc_arena_strdup(m->arena, query);
    v->refs_known = true;
    return v;
}

static void col(sc_model *m, sc_view *v, const char *name, const char *type)
{
    sc_view_column *c = sc_view_add_column(m, v, name);
    const char *err = NULL;
    assert_int_equal(sc_type_parse(m->arena, type, &c->type, &err), 0);
}

static void reads(sc_model *m, sc_view *v, const char *rel, const char *column)
{
    sc_view_add_ref(m, v, column ? SC_REF_COLUMN : SC_REF_RELATION, "public", rel, column);
}

/* v_big reads orders.amount; v_top reads v_big; v_other (or its new name)
 * reads customers. */
static sc_view *chain_named(sc_model *m, const char *other_name)
{
    sc_view *big = view(m, "v_big", "SELECT id, amount FROM orders WHERE amount > 100");
    reads(m, big, "orders", "id");
    reads(m, big, "orders", "amount");
    sc_view *top = view(m, "v_top", "SELECT id FROM v_big");
    reads(m, top, "v_big", "id");
    sc_view *other = view(m, other_name, "SELECT name FROM customers");
    reads(m, other, "customers", "name");
    return other;
}

static void chain(sc_model *m)
{
    chain_named(m, "v_other");
}

static const char *TABLES_INT = "table orders { id integer primary key\n amount integer\n note text }\n"
                                "table customers { id integer primary key\n name text }\n";
static const char *TABLES_BIG = "table orders { id integer primary key\n amount bigint\n note text }\n"
                                "table customers { id integer primary key\n name text }\n";
static const char *TABLES_NO_AMOUNT = "table orders { id integer primary key\n note text }\n"
                                      "table customers { id integer primary key\n name text }\n";

static void plan(fixture *f, sc_dialect dia)
{
    sc_diags_init(&f->d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, dia);
    f->plan = sc_diff(f->from, f->to, &o, &f->d);
    assert_non_null(f->plan);
    f->up = sc_emit_plan(f->plan, dia, false, &f->d);
    f->down = sc_emit_plan(f->plan, dia, true, &f->d);
    f->summary = sc_plan_summary(f->plan);
    assert_non_null(f->up);
    assert_non_null(f->down);
}

static void models(fixture *f, const char *from, const char *to)
{
    f->from = dsl(from);
    f->to = dsl(to);
    chain(f->from);
    chain(f->to);
}

static void test_type_change_under_chain(void **state)
{
    (void)state;
    fixture f;
    models(&f, TABLES_INT, TABLES_BIG);
    plan(&f, SC_DIALECT_POSTGRESQL);
    const char *alter = "ALTER TABLE orders ALTER COLUMN amount TYPE bigint;";
    assert_before(f.up, "DROP VIEW v_top;", "DROP VIEW v_big;");
    assert_before(f.up, "DROP VIEW v_big;", alter);
    assert_before(f.up, alter, "CREATE VIEW v_big AS");
    assert_before(f.up, "CREATE VIEW v_big AS", "CREATE VIEW v_top AS");
    assert_contains(f.up, "-- re-created: reads orders.amount, whose type changes\n");
    assert_contains(f.up, "-- re-created: reads v_big, which is re-created\n");
    assert_null(strstr(f.up, "v_other"));   /* not touched: left alone */
    const char *back = "ALTER TABLE orders ALTER COLUMN amount TYPE integer;";
    assert_before(f.down, "DROP VIEW v_top;", "DROP VIEW v_big;");
    assert_before(f.down, "DROP VIEW v_big;", back);
    assert_before(f.down, back, "CREATE VIEW v_big AS");
    assert_before(f.down, "CREATE VIEW v_big AS", "CREATE VIEW v_top AS");
    done(&f);
}

static void test_drop_column_under_view(void **state)
{
    (void)state;
    fixture f;
    f.from = dsl(TABLES_INT);
    f.to = dsl(TABLES_NO_AMOUNT);
    chain(f.from);
    sc_view *big = view(f.to, "v_big", "SELECT id FROM orders");
    reads(f.to, big, "orders", "id");
    sc_view *top = view(f.to, "v_top", "SELECT id FROM v_big");
    reads(f.to, top, "v_big", "id");
    sc_view *other = view(f.to, "v_other", "SELECT name FROM customers");
    reads(f.to, other, "customers", "name");
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_before(f.up, "DROP VIEW v_big;", "ALTER TABLE orders DROP COLUMN amount;");
    assert_before(f.up, "ALTER TABLE orders DROP COLUMN amount;", "CREATE VIEW v_big AS\nSELECT id FROM orders;");
    assert_contains(f.up, "CREATE VIEW v_top");
    assert_null(strstr(f.up, "v_other"));
    assert_before(f.down, "DROP VIEW v_big;", "ALTER TABLE orders ADD COLUMN amount integer;");
    assert_before(f.down, "ALTER TABLE orders ADD COLUMN amount integer;",
                  "CREATE VIEW v_big AS\nSELECT id, amount FROM orders WHERE amount > 100;");
    done(&f);
}

static void test_created_after_tables_dropped_before(void **state)
{
    (void)state;
    fixture f;
    f.from = dsl("");
    f.to = dsl(TABLES_INT);
    chain(f.to);
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_before(f.up, "CREATE TABLE orders", "CREATE VIEW v_big AS");
    assert_before(f.up, "CREATE VIEW v_big AS", "CREATE VIEW v_top AS");
    assert_before(f.up, "CREATE TABLE customers", "CREATE VIEW v_other AS");
    assert_before(f.down, "DROP VIEW v_top;", "DROP VIEW v_big;");
    assert_before(f.down, "DROP VIEW v_big;", "DROP TABLE orders;");
    assert_before(f.down, "DROP VIEW v_other;", "DROP TABLE customers;");
    assert_null(strstr(f.up, "-- re-created"));
    done(&f);
}

static void test_replace_same_columns(void **state)
{
    (void)state;
    fixture f;
    models(&f, TABLES_INT, TABLES_INT);
    sc_view *b1 = sc_model_view(f.from, "public", "v_big"), *b2 = sc_model_view(f.to, "public", "v_big");
    col(f.from, b1, "id", "integer");
    col(f.from, b1, "amount", "integer");
    col(f.to, b2, "id", "integer");
    col(f.to, b2, "amount", "integer");
    b2->query = "SELECT id, amount FROM orders WHERE amount > 200";
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_contains(f.up, "CREATE OR REPLACE VIEW v_big AS\nSELECT id, amount FROM orders WHERE amount > 200;");
    assert_contains(f.down, "CREATE OR REPLACE VIEW v_big AS\nSELECT id, amount FROM orders WHERE amount > 100;");
    assert_null(strstr(f.up, "DROP VIEW"));   /* v_top reads it, but a replacement keeps it */
    done(&f);
}

static void test_incompatible_replacement_recreates_readers(void **state)
{
    (void)state;
    fixture f;
    models(&f, TABLES_INT, TABLES_INT);
    sc_view *b1 = sc_model_view(f.from, "public", "v_big"), *b2 = sc_model_view(f.to, "public", "v_big");
    col(f.from, b1, "id", "integer");
    col(f.from, b1, "amount", "integer");
    col(f.to, b2, "id", "integer");
    col(f.to, b2, "amount", "text");
    b2->query = "SELECT id, amount::text AS amount FROM orders";
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_before(f.up, "DROP VIEW v_top;", "DROP VIEW v_big;");
    assert_before(f.up, "DROP VIEW v_big;", "CREATE VIEW v_big AS\nSELECT id, amount::text AS amount FROM orders;");
    assert_before(f.up, "CREATE VIEW v_big AS", "CREATE VIEW v_top AS");
    assert_contains(f.up, "-- re-created: reads v_big, which is re-created\n");
    assert_contains(f.up, "-- re-created: its columns change, which CREATE OR REPLACE VIEW cannot do\n");
    if (strstr(f.up, "CREATE OR REPLACE VIEW v_big"))
        fail_msg("%s", f.up);
    done(&f);
}

/* Columns appended: replaced in place, its readers kept; the down script
 * cannot take columns away with CREATE OR REPLACE, so it drops and creates
 * the view with its readers. */
static void test_appended_columns(void **state)
{
    (void)state;
    fixture f;
    models(&f, TABLES_INT, TABLES_INT);
    sc_view *b1 = sc_model_view(f.from, "public", "v_big"), *b2 = sc_model_view(f.to, "public", "v_big");
    col(f.from, b1, "id", "integer");
    col(f.to, b2, "id", "integer");
    col(f.to, b2, "amount", "integer");
    b1->query = "SELECT id FROM orders WHERE amount > 100";
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_contains(f.up, "CREATE OR REPLACE VIEW v_big AS\nSELECT id, amount FROM orders WHERE amount > 100;");
    assert_null(strstr(f.up, "DROP VIEW"));
    assert_null(strstr(f.up, "v_top"));
    assert_contains(f.down, "-- re-created: CREATE OR REPLACE VIEW cannot drop the columns the up script appended, "
                            "so the views that read it are re-created too\n"
                            "DROP VIEW v_top;\nDROP VIEW v_big;\n"
                            "CREATE VIEW v_big AS\nSELECT id FROM orders WHERE amount > 100;\n"
                            "CREATE VIEW v_top AS\nSELECT id FROM v_big;\n");
    done(&f);
}

static void test_materialized_recreated_is_a_hazard(void **state)
{
    (void)state;
    fixture f;
    f.from = dsl(TABLES_INT);
    f.to = dsl(TABLES_BIG);
    for (int i = 0; i < 2; i++) {
        sc_model *m = i ? f.to : f.from;
        sc_view *mv = view(m, "mv_totals", "SELECT sum(amount) AS total FROM orders");
        mv->materialized = true;
        reads(m, mv, "orders", "amount");
        sc_index *ix = sc_view_add_index(m, mv);
        ix->name = "ix_mv_totals_total";
        ix->elems = sc_arena_alloc(m->arena, sizeof *ix->elems);
        ix->elems[0].column = "total";
        ix->nelems = 1;
    }
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_before(f.up, "DROP MATERIALIZED VIEW mv_totals;", "ALTER TABLE orders ALTER COLUMN amount TYPE bigint;");
    assert_before(f.up, "ALTER TABLE orders ALTER COLUMN amount TYPE bigint;",
                  "CREATE MATERIALIZED VIEW mv_totals AS");
    assert_before(f.up, "CREATE MATERIALIZED VIEW mv_totals AS",
                  "CREATE INDEX ix_mv_totals_total ON mv_totals (total);");
    assert_contains(f.up, "-- HAZARD: materialized view mv_totals is re-created");
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    /* the summary names it as the SQL does */
    assert_contains(f.summary, "drop materialized view mv_totals");
    assert_contains(f.summary, "create materialized view mv_totals");
    assert_null(strstr(f.summary, "create view"));
    assert_null(strstr(f.summary, "drop view"));
    done(&f);
}

/* Every summary line of a materialized view's ops says "materialized view"
 * (create, its index and comment, rename, drop); a plain view's says "view". */
static void test_materialized_summary(void **state)
{
    (void)state;
    fixture f;
    f.from = dsl(TABLES_INT);
    f.to = dsl(TABLES_INT);
    for (int i = 0; i < 2; i++) {
        sc_model *m = i ? f.to : f.from;
        sc_view *mv = view(m, i ? "mv_new" : "mv_old", "SELECT id FROM orders");
        mv->materialized = true;
        reads(m, mv, "orders", "id");
        if (i) {
            mv->renamed_from = "mv_old";
            mv->comment = "renamed";
            sc_index *ix = sc_view_add_index(m, mv);
            ix->name = "ix_mv_new_id";
            ix->elems = sc_arena_alloc(m->arena, sizeof *ix->elems);
            ix->elems[0].column = "id";
            ix->nelems = 1;
            view(m, "v_plain", "SELECT id FROM orders");
            sc_view *made = view(m, "mv_made", "SELECT id FROM orders");
            made->materialized = true;
        }
    }
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_contains(f.summary, "rename materialized view mv_old to mv_new\n");
    assert_contains(f.summary, "materialized view comment mv_new\n");
    assert_contains(f.summary, "create materialized view index mv_new.ix_mv_new_id\n");
    assert_contains(f.summary, "create materialized view mv_made\n");
    assert_contains(f.summary, "create view v_plain\n");
    done(&f);
    fixture g;
    g.from = dsl(TABLES_INT);
    g.to = dsl(TABLES_INT);
    view(g.from, "v_plain", "SELECT id FROM orders")->materialized = false;
    view(g.from, "mv_made", "SELECT id FROM orders")->materialized = true;
    plan(&g, SC_DIALECT_POSTGRESQL);
    assert_contains(g.summary, "drop materialized view mv_made\n");
    assert_contains(g.summary, "drop view v_plain\n");
    done(&g);
}

static void test_sqlite_rebuild_under_view(void **state)
{
    (void)state;
    fixture f;
    f.from = dsl("table orders { id integer primary key\n amount integer\n }\n");
    f.to = dsl("table orders { id integer primary key\n amount integer not null default 0\n }\n");
    for (int i = 0; i < 2; i++) {
        sc_model *m = i ? f.to : f.from;
        sc_view *v = view(m, "v_amounts", "SELECT amount FROM orders");
        reads(m, v, "orders", "amount");
    }
    plan(&f, SC_DIALECT_SQLITE);
    assert_before(f.up, "DROP VIEW v_amounts;", "ALTER TABLE orders RENAME TO _schemac_old_orders;");
    assert_before(f.up, "DROP TABLE _schemac_old_orders;", "CREATE VIEW v_amounts AS");
    assert_contains(f.up, "-- re-created: reads orders, which is rebuilt\n");
    done(&f);
}

static void test_unchanged_is_empty(void **state)
{
    (void)state;
    fixture f;
    models(&f, TABLES_INT, TABLES_INT);
    sc_model_view(f.to, "public", "v_big")->query = "select id,  amount from orders where amount > 100;";
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_string_equal(f.up, "");
    assert_string_equal(f.down, "");
    done(&f);
}

static void test_rename_and_comment(void **state)
{
    (void)state;
    fixture f;
    f.from = dsl(TABLES_INT);
    f.to = dsl(TABLES_INT);
    chain(f.from);
    sc_view *n = chain_named(f.to, "v_names");
    n->renamed_from = "v_other";
    n->comment = "customer names";
    plan(&f, SC_DIALECT_POSTGRESQL);
    assert_contains(f.up, "ALTER VIEW v_other RENAME TO v_names;\n");
    assert_before(f.up, "ALTER VIEW v_other RENAME TO v_names;", "COMMENT ON VIEW v_names IS 'customer names';");
    assert_contains(f.down, "ALTER VIEW v_names RENAME TO v_other;\n");
    assert_contains(f.down, "COMMENT ON VIEW v_names IS NULL;");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_change_under_chain),
        cmocka_unit_test(test_drop_column_under_view),
        cmocka_unit_test(test_created_after_tables_dropped_before),
        cmocka_unit_test(test_replace_same_columns),
        cmocka_unit_test(test_incompatible_replacement_recreates_readers),
        cmocka_unit_test(test_appended_columns),
        cmocka_unit_test(test_materialized_recreated_is_a_hazard),
        cmocka_unit_test(test_materialized_summary),
        cmocka_unit_test(test_sqlite_rebuild_under_view),
        cmocka_unit_test(test_unchanged_is_empty),
        cmocka_unit_test(test_rename_and_comment),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
