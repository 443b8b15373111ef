/* test_inspect_pg_views.c - views and materialized views read from a real
 * PostgreSQL (PGHOST/PGPORT/PGUSER from scripts/pg-cluster.sh; skipped
 * without them): the query as pg_get_viewdef spells it, output columns and
 * their types, options, WITH NO DATA, comments, indexes of a materialized
 * view, and what each view reads (sc_ref) from pg_depend; views of an
 * extension are not the user's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libpq-fe.h>

#include "db/db.h"
#include "inspect/inspect.h"

static sc_db *admin_db;
static sc_db *test_db;
static char test_dbname[64];

static void exec_ok(sc_db *db, const char *sql)
{
    sc_diags d;
    sc_diags_init(&d);
    int rc = sc_db_exec(db, sql, &d);
    if (rc != 0)
        fprintf(stderr, "%s: %s\n", sql, d.n ? d.items[0].msg : "?");
    assert_int_equal(rc, 0);
    sc_diags_free(&d);
}

static const char schema_sql[] =
    "CREATE TYPE mood AS ENUM ('a', 'b');\n"
    "CREATE TABLE users (id integer PRIMARY KEY, email varchar(255), status mood, created_at timestamptz,"
    " tags text[]);\n"
    "CREATE SCHEMA \"App\";\n"
    "CREATE TABLE \"App\".\"Orders\" (id integer, \"userId\" integer, amount numeric(10,2));\n"
    "CREATE VIEW active_users AS SELECT id, email, status FROM users WHERE status = 'a';\n"
    "COMMENT ON VIEW active_users IS 'the active ones';\n"
    "COMMENT ON COLUMN active_users.email IS 'their mail';\n"
    "CREATE VIEW \"App\".\"Big Orders\" WITH (security_barrier) AS SELECT o.id, o.amount FROM \"App\".\"Orders\" o"
    " WHERE o.amount > 100 WITH CASCADED CHECK OPTION;\n"
    "CREATE VIEW \"App\".joined WITH (security_invoker = true) AS SELECT o.id, u.email FROM \"App\".\"Orders\" o"
    " JOIN users u ON u.id = o.\"userId\";\n"
    "CREATE MATERIALIZED VIEW daily AS SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM users"
    " GROUP BY 1 WITH NO DATA;\n"
    "CREATE UNIQUE INDEX daily_day ON daily (day DESC);\n"
    "COMMENT ON MATERIALIZED VIEW daily IS 'per day';\n"
    "CREATE MATERIALIZED VIEW filled AS SELECT 1 AS one;\n"
    "CREATE VIEW v2 AS SELECT * FROM active_users WITH LOCAL CHECK OPTION;\n"
    "CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'select x';\n"
    "CREATE VIEW v3 AS SELECT f(id) AS fid, 'b'::mood AS m, tags FROM users;\n";

static int setup(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        return 0;
    sc_diags d;
    sc_diags_init(&d);
    char url[256];
    snprintf(url, sizeof url, "dbname=%s", getenv("PGDATABASE") ? getenv("PGDATABASE") : "postgres");
    assert_int_equal(sc_db_open(url, SC_DB_READONLY, &admin_db, &d), 0);
    snprintf(test_dbname, sizeof test_dbname, "schemac_views_%ld", (long)getpid());
    char sql[160];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", test_dbname);
    exec_ok(admin_db, sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", test_dbname);
    exec_ok(admin_db, sql);
    assert_int_equal(sc_db_open_pg_dbname(admin_db, test_dbname, &test_db, &d), 0);
    exec_ok(test_db, schema_sql);
    sc_diags_free(&d);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    if (!admin_db)
        return 0;
    sc_db_close(test_db);
    char sql[160];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", test_dbname);
    exec_ok(admin_db, sql);
    sc_db_close(admin_db);
    return 0;
}

static sc_model *inspect_both(sc_diags *d)
{
    static const char *const schemas[] = {"public", "App"};
    sc_inspect_opts io = {.schemas = schemas, .nschemas = 2};
    sc_model *m = sc_inspect(test_db, &io, d);
    assert_non_null(m);
    return m;
}

static bool has_ref(const sc_view *v, sc_ref_kind kind, const char *schema, const char *name, const char *column)
{
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        if (r->kind == kind && !strcmp(r->schema, schema) && !strcmp(r->name, name) &&
            (column ? r->column && !strcmp(r->column, column) : !r->column))
            return true;
    }
    return false;
}

static void test_views_read(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = inspect_both(&d);
    assert_int_equal(m->views.n, 7);

    sc_view *v = sc_model_view(m, "public", "active_users");
    assert_non_null(v);
    assert_false(v->materialized);
    assert_string_equal(v->query, "SELECT users.id,\n    users.email,\n    users.status\n   FROM users\n"
                                  "  WHERE users.status = 'a'::mood");
    assert_string_equal(v->comment, "the active ones");
    assert_int_equal(v->columns.n, 3);
    sc_view_column *c = SC_VEC_AT(v->columns, 1, sc_view_column);
    assert_string_equal(c->name, "email");
    assert_string_equal(c->type.name, "character varying");
    assert_string_equal(c->type.mods, "255");
    assert_string_equal(c->comment, "their mail");
    c = SC_VEC_AT(v->columns, 2, sc_view_column);
    assert_true(c->type.is_user);
    assert_string_equal(c->type.schema, "public");
    assert_string_equal(c->type.name, "mood");
    assert_int_equal(v->check_option, SC_CHECK_OPTION_NONE);
    assert_false(v->security_barrier);
    assert_true(v->refs_known);
    assert_true(has_ref(v, SC_REF_RELATION, "public", "users", NULL));
    assert_true(has_ref(v, SC_REF_COLUMN, "public", "users", "id"));
    assert_true(has_ref(v, SC_REF_COLUMN, "public", "users", "email"));
    assert_true(has_ref(v, SC_REF_COLUMN, "public", "users", "status"));
    assert_true(has_ref(v, SC_REF_TYPE, "public", "mood", NULL));   /* the 'a'::mood constant */
    assert_false(has_ref(v, SC_REF_COLUMN, "public", "users", "created_at"));

    /* another schema, quoted names: qualified in the text, options */
    v = sc_model_view(m, "App", "Big Orders");
    assert_non_null(v);
    assert_string_equal(v->query, "SELECT o.id,\n    o.amount\n   FROM \"App\".\"Orders\" o\n"
                                  "  WHERE o.amount > 100::numeric");
    assert_true(v->security_barrier);
    assert_false(v->security_invoker);
    assert_int_equal(v->check_option, SC_CHECK_OPTION_CASCADED);
    assert_true(has_ref(v, SC_REF_COLUMN, "App", "Orders", "amount"));
    assert_true(has_ref(v, SC_REF_RELATION, "App", "Orders", NULL));
    c = SC_VEC_AT(v->columns, 1, sc_view_column);
    assert_string_equal(c->type.name, "numeric");
    assert_string_equal(c->type.mods, "10,2");

    v = sc_model_view(m, "App", "joined");
    assert_non_null(v);
    assert_true(v->security_invoker);
    assert_true(has_ref(v, SC_REF_COLUMN, "public", "users", "email"));
    assert_true(has_ref(v, SC_REF_COLUMN, "App", "Orders", "userId"));

    /* materialized: WITH NO DATA, its index, its comment */
    v = sc_model_view(m, "public", "daily");
    assert_non_null(v);
    assert_true(v->materialized);
    assert_true(v->with_no_data);
    assert_string_equal(v->comment, "per day");
    assert_int_equal(v->indexes.n, 1);
    sc_index *ix = SC_VEC_AT(v->indexes, 0, sc_index);
    assert_string_equal(ix->name, "daily_day");
    assert_true(ix->unique);
    assert_int_equal(ix->nelems, 1);
    assert_string_equal(ix->elems[0].column, "day");
    assert_true(ix->elems[0].desc);
    c = SC_VEC_AT(v->columns, 0, sc_view_column);
    assert_string_equal(c->type.name, "timestamp with time zone");
    c = SC_VEC_AT(v->columns, 1, sc_view_column);
    assert_string_equal(c->type.name, "bigint");
    assert_true(has_ref(v, SC_REF_COLUMN, "public", "users", "created_at"));
    assert_false(has_ref(v, SC_REF_FUNCTION, "pg_catalog", "date_trunc", NULL));   /* built-ins left out */

    v = sc_model_view(m, "public", "filled");
    assert_true(v->materialized);
    assert_false(v->with_no_data);
    assert_true(v->refs_known);
    assert_int_equal(v->refs.n, 0);

    /* a view over a view; a function and a type */
    v = sc_model_view(m, "public", "v2");
    assert_int_equal(v->check_option, SC_CHECK_OPTION_LOCAL);
    assert_true(has_ref(v, SC_REF_RELATION, "public", "active_users", NULL));
    assert_true(has_ref(v, SC_REF_COLUMN, "public", "active_users", "email"));
    v = sc_model_view(m, "public", "v3");
    assert_true(has_ref(v, SC_REF_FUNCTION, "public", "f", NULL));
    assert_true(has_ref(v, SC_REF_TYPE, "public", "mood", NULL));
    c = SC_VEC_AT(v->columns, 2, sc_view_column);
    assert_string_equal(c->type.name, "text");
    assert_int_equal(c->type.array_dims, 1);

    /* views are not tables */
    assert_null(sc_model_table(m, "public", "active_users"));
    assert_int_equal(m->tables.n, 2);
    sc_model_free(m);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_views_read),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
