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

/* ---- declared views on the server's terms ------------------------------- */

static void set_type(sc_model *m, sc_type *t, const char *text)
{
    const char *err;
    assert_int_equal(sc_type_parse(m->arena, text, t, &err), 0);
}

static void column(sc_model *m, sc_table *t, const char *name, const char *type)
{
    sc_column *c = sc_table_add_column(m, t, name);
    set_type(m, &c->type, type);
}

static sc_view *view(sc_model *m, const char *schema, const char *name, const char *query)
{
    sc_view *v = sc_model_add_view(m, schema, name);
    v->query = query;
    return v;
}

/* The live database's tables and views, declared in other spellings (lower
 * case, aliases, qualified names, SELECT *), most without refs (the load
 * then finds what they read through the parser). */
static sc_model *declared_views(void)
{
    sc_model *m = sc_model_new();
    sc_model_add_schema(m, "App");
    sc_enum *e = sc_model_add_enum(m, "public", "mood");
    static const char *labels[] = {"a", "b"};
    e->labels.items = labels;
    e->labels.n = 2;
    sc_table *t = sc_model_add_table(m, "public", "users");
    column(m, t, "id", "integer");
    SC_VEC_AT(t->columns, 0, sc_column)->not_null = true;
    column(m, t, "email", "varchar(255)");
    sc_column *st = sc_table_add_column(m, t, "status");
    st->type.name = "mood";
    st->type.schema = "public";
    st->type.is_user = true;
    column(m, t, "created_at", "timestamptz");
    column(m, t, "tags", "text[]");
    sc_constraint *k = sc_table_add_constraint(m, t, SC_CON_PRIMARY_KEY);
    static const char *pk[] = {"id"};
    k->name = "users_pkey";
    k->name_explicit = true;
    k->columns.items = pk;
    k->columns.n = 1;
    t = sc_model_add_table(m, "App", "Orders");
    column(m, t, "id", "integer");
    column(m, t, "userId", "integer");
    column(m, t, "amount", "numeric(10,2)");

    sc_view *v = view(m, "public", "active_users", "select id, email, status from users where status = 'a'");
    v->comment = "the active ones";
    sc_view_column *vc = sc_view_add_column(m, v, "email");
    vc->comment = "their mail";
    v = view(m, "App", "Big Orders", "select o.id, o.amount from \"App\".\"Orders\" as o where o.amount > 100");
    v->security_barrier = true;
    v->check_option = SC_CHECK_OPTION_CASCADED;
    v = view(m, "App", "joined",
             "select o.id, u.email from \"App\".\"Orders\" o join public.users u on u.id = o.\"userId\"");
    v->security_invoker = true;
    sc_view_add_ref(m, v, SC_REF_RELATION, "App", "Orders", NULL);
    sc_view_add_ref(m, v, SC_REF_RELATION, "public", "users", NULL);
    v = view(m, "public", "daily",
             "select date_trunc('day', created_at) as day, count(*) as n from users group by 1");
    v->materialized = true;
    v->with_no_data = true;
    v->comment = "per day";
    sc_index *ix = sc_view_add_index(m, v);
    ix->name = "daily_day";
    ix->name_explicit = true;
    ix->unique = true;
    ix->elems = sc_arena_alloc(m->arena, sizeof *ix->elems);
    ix->nelems = 1;
    ix->elems[0].column = "day";
    ix->elems[0].desc = true;
    v = view(m, "public", "filled", "select 1 as one");
    v->materialized = true;
    v = view(m, "public", "v2", "select * from active_users");
    v->check_option = SC_CHECK_OPTION_LOCAL;
    view(m, "public", "v3", "select f(users.id) as fid, 'b'::public.mood as m, users.tags from public.users");
    return m;
}

static bool same_type(const sc_type *a, const sc_type *b)
{
    return sc_type_equal(a, b) && a->is_user == b->is_user;
}

static void assert_same_refs(const sc_view *a, const sc_view *b)
{
    assert_int_equal(a->refs.n, b->refs.n);
    for (size_t i = 0; i < a->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(a->refs, i, sc_ref);
        assert_true(has_ref(b, r->kind, r->schema, r->name, r->column));
    }
}

/* Each declared view comes back as the live one reads: the same text, column
 * types, options, comments, indexes and refs. */
static void assert_same_view(const sc_view *live, const sc_view *norm)
{
    assert_non_null(norm);
    assert_string_equal(norm->query, live->query);
    assert_int_equal(norm->materialized, live->materialized);
    assert_int_equal(norm->with_no_data, live->with_no_data);
    assert_int_equal(norm->security_barrier, live->security_barrier);
    assert_int_equal(norm->security_invoker, live->security_invoker);
    assert_int_equal(norm->check_option, live->check_option);
    assert_string_equal(norm->comment ? norm->comment : "-", live->comment ? live->comment : "-");
    assert_int_equal(norm->columns.n, live->columns.n);
    for (size_t i = 0; i < live->columns.n; i++) {
        const sc_view_column *a = SC_VEC_AT(live->columns, i, sc_view_column);
        const sc_view_column *b = SC_VEC_AT(norm->columns, i, sc_view_column);
        assert_string_equal(b->name, a->name);
        assert_true(same_type(&a->type, &b->type));
        assert_string_equal(b->comment ? b->comment : "-", a->comment ? a->comment : "-");
    }
    assert_int_equal(norm->indexes.n, live->indexes.n);
    assert_true(norm->refs_known);
    assert_same_refs(live, norm);
}

static long scratch_schemas_left(void)
{
    PGresult *r = PQexec(sc_db_pg(test_db),
                         "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'schemac\\_scratch\\_%'");
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    long n = atol(PQgetvalue(r, 0, 0));
    PQclear(r);
    return n;
}

static void test_views_on_server_terms(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_model *live = inspect_both(&d);
    sc_model *decl = declared_views();
    /* every view but active_users, which v2 reads and so comes along */
    const sc_view *want[6];
    size_t n = 0;
    for (size_t i = 0; i < decl->views.n; i++) {
        const sc_view *v = SC_VEC_AT(decl->views, i, sc_view);
        if (strcmp(v->name, "active_users") != 0)
            want[n++] = v;
    }
    assert_int_equal(n, 6);
    static const char *const schemas[] = {"public", "App"};
    sc_inspect_opts io = {.schemas = schemas, .nschemas = 2};
    sc_model *norm = sc_normalize_pg_views(test_db, decl, NULL, want, n, &io, &d);
    for (size_t i = 0; i < d.n; i++)
        fprintf(stderr, "diag: %s\n", d.items[i].msg);
    assert_non_null(norm);
    assert_int_equal(norm->views.n, 7);
    for (size_t i = 0; i < live->views.n; i++) {
        const sc_view *lv = SC_VEC_AT(live->views, i, sc_view);
        assert_same_view(lv, sc_model_view(norm, lv->schema, lv->name));
    }
    /* the tables came along, under their real names, and nothing stays */
    assert_non_null(sc_model_table(norm, "App", "Orders"));
    assert_non_null(sc_model_table(norm, "public", "users"));
    assert_int_equal(scratch_schemas_left(), 0);
    sc_model_free(norm);

    /* one view alone: only what it reads is loaded */
    const sc_view *one = sc_model_view(decl, "App", "Big Orders");
    norm = sc_normalize_pg_views(test_db, decl, NULL, &one, 1, &io, &d);
    assert_non_null(norm);
    assert_int_equal(norm->views.n, 1);
    assert_int_equal(norm->tables.n, 1);
    assert_same_view(sc_model_view(live, "App", "Big Orders"), sc_model_view(norm, "App", "Big Orders"));
    sc_model_free(norm);
    sc_model_free(decl);
    sc_model_free(live);
    sc_diags_free(&d);
}

/* Given the live model, the views are loaded over the live tables that are
 * the same as declared: none of those is loaded, and the views come back
 * as the full load gives them (a materialized view declared with data is
 * created without, never filled from live rows, and says "with data"). */
static void test_views_over_live_tables(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_model *live = inspect_both(&d);
    sc_model *decl = declared_views();
    const sc_view *want[7];
    for (size_t i = 0; i < decl->views.n; i++)
        want[i] = SC_VEC_AT(decl->views, i, sc_view);
    assert_int_equal(decl->views.n, 7);
    static const char *const schemas[] = {"public", "App"};
    sc_inspect_opts io = {.schemas = schemas, .nschemas = 2};
    sc_model *norm = sc_normalize_pg_views(test_db, decl, live, want, 7, &io, &d);
    for (size_t i = 0; i < d.n; i++)
        fprintf(stderr, "diag: %s\n", d.items[i].msg);
    assert_non_null(norm);
    assert_int_equal(norm->views.n, 7);
    for (size_t i = 0; i < live->views.n; i++) {
        const sc_view *lv = SC_VEC_AT(live->views, i, sc_view);
        assert_same_view(lv, sc_model_view(norm, lv->schema, lv->name));
    }
    assert_int_equal(norm->tables.n, 0);   /* both read where they are */
    assert_int_equal(norm->enums.n, 0);
    assert_int_equal(scratch_schemas_left(), 0);
    sc_model_free(norm);

    /* users declared with one more column: it is loaded (bare), with the
     * enum it uses; "App"."Orders" is still read where it is */
    sc_column *note = sc_table_add_column(decl, sc_model_table(decl, "public", "users"), "note");
    set_type(decl, &note->type, "text");
    norm = sc_normalize_pg_views(test_db, decl, live, want, 7, &io, &d);
    assert_non_null(norm);
    for (size_t i = 0; i < live->views.n; i++) {
        const sc_view *lv = SC_VEC_AT(live->views, i, sc_view);
        assert_same_view(lv, sc_model_view(norm, lv->schema, lv->name));
    }
    assert_int_equal(norm->tables.n, 1);
    assert_int_equal(sc_model_table(norm, "public", "users")->columns.n, 6);
    assert_non_null(sc_model_enum(norm, "public", "mood"));
    assert_int_equal(scratch_schemas_left(), 0);
    sc_model_free(norm);
    sc_model_free(decl);
    sc_model_free(live);
    sc_diags_free(&d);
}

/* Two spellings of one view are one text once the server has read them. */
static void test_spellings_compare_equal(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    const char *spellings[] = {"SELECT a FROM t", "select t.a from t", "SELECT \"a\" FROM public.t",
                               "select (a) from \"t\""};
    const char *first = NULL;
    static const char *const schemas[] = {"public"};
    sc_inspect_opts io = {.schemas = schemas, .nschemas = 1};
    for (size_t i = 0; i < sizeof spellings / sizeof *spellings; i++) {
        sc_model *m = sc_model_new();
        sc_table *t = sc_model_add_table(m, "public", "t");
        column(m, t, "a", "integer");
        const sc_view *v = view(m, "public", "v", spellings[i]);
        sc_model *norm = sc_normalize_pg_views(test_db, m, NULL, &v, 1, &io, &d);
        assert_non_null(norm);
        const char *q = sc_model_view(norm, "public", "v")->query;
        if (!first)
            first = strdup(q);
        assert_string_equal(q, first);
        sc_model_free(norm);
        sc_model_free(m);
    }
    assert_string_equal(first, "SELECT t.a\n   FROM t");
    free((char *)first);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_views_read),
        cmocka_unit_test(test_views_on_server_terms),
        cmocka_unit_test(test_views_over_live_tables),
        cmocka_unit_test(test_spellings_compare_equal),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
