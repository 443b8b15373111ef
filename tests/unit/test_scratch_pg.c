/* test_scratch_pg.c - sc_normalize_pg against the real test PostgreSQL
 * (PGHOST/PGPORT/PGUSER from scripts/pg-cluster.sh; skipped without them):
 * the declared model comes back in the server's own spellings under its
 * own schema names, nothing of the scratch load survives (schemas rolled
 * back, databases dropped), a role with CREATE on the database needs no
 * CREATEDB, and a role with neither gets the documented warning instead of
 * an error; the views spelled ahead of the catalog are, but for one the
 * database cannot take yet. */
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
#include "diff/diff.h"
#include "emit/emit.h"
#include "inspect/inspect.h"
#include "parser/parser.h"

static void set_type(sc_model *m, sc_column *c, const char *text)
{
    const char *err;
    assert_int_equal(sc_type_parse(m->arena, text, &c->type, &err), 0);
}

/* enum mood; table items (id, name varchar(40) default 'x', price numeric
 * check price > 0, mood default 'a'). */
static sc_model *declared(const char *check)
{
    sc_model *m = sc_model_new();
    sc_enum *e = sc_model_add_enum(m, "public", "mood");
    static const char *labels[] = {"a", "b"};
    e->labels.items = labels;
    e->labels.n = 2;
    sc_table *t = sc_model_add_table(m, "public", "items");
    sc_column *c = sc_table_add_column(m, t, "id");
    set_type(m, c, "integer");
    c->not_null = true;
    c = sc_table_add_column(m, t, "name");
    set_type(m, c, "varchar(40)");
    c->default_expr = "'x'";
    c = sc_table_add_column(m, t, "price");
    set_type(m, c, "numeric");
    c = sc_table_add_column(m, t, "m");
    c->type.name = "mood";
    c->type.schema = "public";
    c->type.is_user = true;
    c->default_expr = "'a'";
    sc_constraint *k = sc_table_add_constraint(m, t, SC_CON_PRIMARY_KEY);
    static const char *pk[] = {"id"};
    k->name = "items_pk";
    k->name_explicit = true;
    k->columns.items = pk;
    k->columns.n = 1;
    k = sc_table_add_constraint(m, t, SC_CON_CHECK);
    k->name = "items_price_check";
    k->name_explicit = true;
    k->check_expr = check;
    return m;
}

static int open_pg(const char *user, sc_db **db, sc_diags *d)
{
    char url[256];
    const char *dbname = getenv("PGDATABASE") ? getenv("PGDATABASE") : "postgres";
    if (user)
        snprintf(url, sizeof url, "dbname=%s user=%s", dbname, user);
    else
        snprintf(url, sizeof url, "dbname=%s", dbname);
    return sc_db_open(url, SC_DB_READONLY, db, d);
}

/* Scratch databases of this process (their names carry our pid), so that
 * other test runs on the same cluster do not count. */
static long scratch_count(sc_db *db)
{
    char sql[160];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemac\\_scratch\\_%ld\\_%%'", (long)getpid());
    PGresult *r = PQexec(sc_db_pg(db), sql);
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    long n = atol(PQgetvalue(r, 0, 0));
    PQclear(r);
    return n;
}

/* Scratch schemas left in the database (none ever should be). */
static long scratch_schemas(sc_db *db)
{
    PGresult *r = PQexec(sc_db_pg(db),
                         "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'schemac\\_scratch\\_%'");
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    long n = atol(PQgetvalue(r, 0, 0));
    PQclear(r);
    return n;
}

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

/* A new, empty database prefix_<pid> (dropped first if a run left one),
 * its name into dbname, open. */
static sc_db *new_database(sc_db *admin, const char *prefix, char *dbname, size_t size, sc_diags *d)
{
    char sql[128];
    snprintf(dbname, size, "%s_%ld", prefix, (long)getpid());
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", dbname);
    exec_ok(admin, sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    exec_ok(admin, sql);
    sc_db *db = NULL;
    assert_int_equal(sc_db_open_pg_dbname(admin, dbname, &db, d), 0);
    return db;
}

static void test_server_spellings(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_db *db = NULL;
    assert_int_equal(open_pg(NULL, &db, &d), 0);
    long before = scratch_count(db);
    sc_model *decl = declared("price > 0");
    sc_model *m = sc_normalize_pg(db, decl, NULL, &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    sc_table *t = sc_model_table(m, "public", "items");
    assert_non_null(t);
    assert_string_equal(sc_table_column(t, "name")->type.name, "character varying");
    assert_string_equal(sc_table_column(t, "name")->type.mods, "40");
    assert_string_equal(sc_table_column(t, "name")->default_expr, "'x'");
    assert_string_equal(sc_table_column(t, "m")->default_expr, "'a'");
    assert_true(sc_table_column(t, "m")->type.is_user);
    assert_true(sc_table_column(t, "id")->not_null);
    const sc_constraint *ck = NULL;
    for (size_t i = 0; i < t->constraints.n; i++)
        if (SC_VEC_AT(t->constraints, i, sc_constraint)->kind == SC_CON_CHECK)
            ck = SC_VEC_AT(t->constraints, i, sc_constraint);
    assert_non_null(ck);
    assert_string_equal(ck->check_expr, "price > 0::numeric");   /* the server's spelling */
    assert_string_equal(sc_table_primary_key(t)->name, "items_pk");
    assert_int_equal(scratch_count(db), before);   /* dropped */
    sc_model_free(m);

    /* A schema the server rejects: the schema's error (an input error: the
     * migration would be refused too) naming the table and with the
     * server's message, and the scratch database is dropped all the same. */
    sc_model *bad = declared("no_such_column > 0");
    m = sc_normalize_pg(db, bad, NULL, &d);
    assert_null(m);
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    bool found = false;
    for (size_t i = 0; i < d.n; i++)
        found = found || (strstr(d.items[i].msg, "no_such_column") && strstr(d.items[i].msg, "table items: "));
    assert_true(found);
    assert_int_equal(scratch_count(db), before);
    sc_model_free(bad);
    sc_model_free(decl);
    sc_db_close(db);
    sc_diags_free(&d);
}

static void test_no_createdb_warns(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_db *admin = NULL;
    assert_int_equal(open_pg(NULL, &admin, &d), 0);
    char role[64], sql[256];
    snprintf(role, sizeof role, "schemac_nocreatedb_%ld", (long)getpid());
    snprintf(sql, sizeof sql, "DROP ROLE IF EXISTS %s; CREATE ROLE %s LOGIN NOCREATEDB", role, role);
    exec_ok(admin, sql);
    sc_db *db = NULL;
    assert_int_equal(open_pg(role, &db, &d), 0);
    sc_model *decl = declared("price > 0");
    sc_model *m = sc_normalize_pg(db, decl, NULL, &d);
    assert_null(m);
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.items[0].sev, SC_SEV_WARNING);
    /* both places were tried, and the warning says why each failed */
    assert_non_null(strstr(d.items[0].msg, "expressions were compared as text: cannot create scratch schemas ("));
    assert_non_null(strstr(d.items[0].msg, "permission denied for database"));
    assert_non_null(strstr(d.items[0].msg, "nor a scratch database (permission denied to create database)"));
    assert_int_equal(scratch_schemas(admin), 0);
    sc_db_close(db);
    snprintf(sql, sizeof sql, "DROP ROLE %s", role);
    exec_ok(admin, sql);
    sc_db_close(admin);
    sc_model_free(decl);
    sc_diags_free(&d);
}

/* CREATE on the database is all the scratch schemas need: no CREATEDB, no
 * scratch database, and nothing left behind. */
static void test_create_on_database_suffices(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_db *admin = NULL;
    assert_int_equal(open_pg(NULL, &admin, &d), 0);
    const char *dbname = getenv("PGDATABASE") ? getenv("PGDATABASE") : "postgres";
    char role[64], sql[384];
    snprintf(role, sizeof role, "schemac_schemaonly_%ld", (long)getpid());
    snprintf(sql, sizeof sql, "DROP ROLE IF EXISTS %s; CREATE ROLE %s LOGIN NOCREATEDB;"
             " GRANT CREATE ON DATABASE \"%s\" TO %s", role, role, dbname, role);
    exec_ok(admin, sql);
    long before = scratch_count(admin);
    sc_db *db = NULL;
    assert_int_equal(open_pg(role, &db, &d), 0);
    sc_model *decl = declared("price > 0");
    sc_model *m = sc_normalize_pg(db, decl, NULL, &d);
    assert_non_null(m);
    assert_int_equal(d.n, 0);   /* not even a warning */
    const sc_table *t = sc_model_table(m, "public", "items");
    assert_non_null(t);
    assert_string_equal(sc_table_column(t, "name")->type.name, "character varying");
    assert_true(sc_table_column(t, "m")->type.is_user);
    assert_string_equal(sc_table_column(t, "m")->type.schema, "public");
    assert_non_null(sc_model_enum(m, "public", "mood"));
    assert_int_equal(scratch_schemas(admin), 0);
    assert_int_equal(scratch_count(admin), before);
    sc_model_free(m);
    sc_db_close(db);
    snprintf(sql, sizeof sql, "REVOKE CREATE ON DATABASE \"%s\" FROM %s; DROP ROLE %s", dbname, role, role);
    exec_ok(admin, sql);
    sc_db_close(admin);
    sc_model_free(decl);
    sc_diags_free(&d);
}

/* Schemas other than public, with names that need quoting: objects come
 * back under their real names, in bare names (schemas, FK targets, column
 * types) and inside the server's text (casts in checks and defaults), so
 * that the read-back declared schema equals the same schema inspected from
 * a real database built from it: the diff is empty. */
static const char other_schemas_dsl[] =
    "schema \"App Data\" {\n"
    "  enum \"Mood\" { 'a', 'b', 'c' }\n"
    "  table owners {\n"
    "    id int primary key\n"
    "    m \"Mood\" not null default 'b'\n"
    "    check (m <> 'c')\n"
    "  }\n"
    "}\n"
    "enum kind { 'x', 'y' }\n"
    "table pets {\n"
    "  id int primary key\n"
    "  owner int references \"App Data\".owners(id)\n"
    "  k kind default 'x'\n"
    "  m \"App Data\".\"Mood\"\n"
    "  index (owner) where (m = 'a' and k <> 'y')\n"
    "}\n";

static void test_other_schemas_round_trip(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_model *decl = sc_model_new();
    assert_int_equal(sc_parse_text(decl, "other.sch", other_schemas_dsl, strlen(other_schemas_dsl), &d), 0);
    assert_int_equal(sc_model_finish(decl, &d), 0);

    /* a real database built from the same declaration */
    sc_db *admin = NULL;
    assert_int_equal(open_pg(NULL, &admin, &d), 0);
    char dbname[64], sql[128];
    sc_db *db = new_database(admin, "schemac_other", dbname, sizeof dbname, &d);
    char *ddl = sc_emit_ddl(decl, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(ddl);
    exec_ok(db, ddl);
    free(ddl);
    static const char *const schemas[] = {"public", "App Data"};
    sc_inspect_opts io = {.schemas = schemas, .nschemas = 2};
    sc_model *live = sc_inspect(db, &io, &d);
    assert_non_null(live);

    /* read back as a role that may create schemas but not databases: the
     * scratch schemas, not a scratch database, did it */
    char role[64], grant[512];
    snprintf(role, sizeof role, "schemac_other_%ld", (long)getpid());
    snprintf(grant, sizeof grant, "DROP ROLE IF EXISTS %s; CREATE ROLE %s LOGIN NOCREATEDB;"
             " GRANT CREATE ON DATABASE %s TO %s", role, role, dbname, role);
    exec_ok(admin, grant);
    char url[192];
    snprintf(url, sizeof url, "dbname=%s user=%s", dbname, role);
    sc_db *limited = NULL;
    assert_int_equal(sc_db_open(url, SC_DB_READONLY, &limited, &d), 0);
    sc_model *norm = sc_normalize_pg(limited, decl, &io, &d);
    assert_non_null(norm);
    assert_int_equal(d.n, 0);
    assert_int_equal(scratch_schemas(db), 0);
    sc_db_close(limited);
    const sc_table *owners = sc_model_table(norm, "App Data", "owners");
    const sc_table *pets = sc_model_table(norm, "public", "pets");
    assert_non_null(owners);
    assert_non_null(pets);
    assert_non_null(sc_model_enum(norm, "App Data", "Mood"));
    assert_string_equal(sc_table_column(pets, "m")->type.schema, "App Data");
    const sc_constraint *ck = NULL, *fk = NULL;
    for (size_t i = 0; i < owners->constraints.n; i++)
        if (SC_VEC_AT(owners->constraints, i, sc_constraint)->kind == SC_CON_CHECK)
            ck = SC_VEC_AT(owners->constraints, i, sc_constraint);
    for (size_t i = 0; i < pets->constraints.n; i++)
        if (SC_VEC_AT(pets->constraints, i, sc_constraint)->kind == SC_CON_FOREIGN_KEY)
            fk = SC_VEC_AT(pets->constraints, i, sc_constraint);
    assert_non_null(ck);
    assert_non_null(fk);
    assert_string_equal(ck->check_expr, "m <> 'c'::\"App Data\".\"Mood\"");
    assert_string_equal(fk->ref_schema, "App Data");
    assert_non_null(strstr(pets->indexes.n ? SC_VEC_AT(pets->indexes, 0, sc_index)->where : "",
                           "'a'::\"App Data\".\"Mood\""));

    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(live, norm, &o, &d);
    assert_non_null(p);
    if (sc_plan_count(p)) {
        char *sum = sc_plan_summary(p);
        fprintf(stderr, "unexpected changes:\n%s", sum);
        free(sum);
    }
    assert_int_equal(sc_plan_count(p), 0);
    sc_plan_free(p);

    sc_model_free(norm);
    sc_model_free(live);
    sc_db_close(db);
    snprintf(sql, sizeof sql, "DROP DATABASE %s WITH (FORCE)", dbname);
    exec_ok(admin, sql);
    snprintf(grant, sizeof grant, "DROP ROLE %s", role);
    exec_ok(admin, grant);
    sc_db_close(admin);
    sc_model_free(decl);
    sc_diags_free(&d);
}

/* sc_pg_views_ahead: the declared views created over the live tables in
 * one go, or, when one of them cannot be (it reads a column the database
 * lacks yet), each alone: the others are still spelled by the server. */
static const char ahead_dsl[] = "table a {\n  id int primary key\n  x int\n  z text\n}\n"
                                "view vx as (select id, x from a where x > 0)\n"
                                "view vz as (select id, z from a where z <> '')\n";

static sc_model *views_ahead_of(sc_db *db, const char *dsl, sc_diags *d)
{
    sc_model *decl = sc_model_new();
    assert_int_equal(sc_parse_text(decl, "ahead.sch", dsl, strlen(dsl), d), 0);
    assert_int_equal(sc_model_finish(decl, d), 0);
    sc_inspect_opts io = {0};
    sc_model *m = sc_pg_views_ahead(db, decl, &io);
    sc_model_free(decl);
    return m;
}

static void test_views_ahead_one_refused(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    sc_diags d;
    sc_diags_init(&d);
    sc_db *admin = NULL;
    assert_int_equal(open_pg(NULL, &admin, &d), 0);
    char dbname[64], sql[128];
    sc_db *db = new_database(admin, "schemac_ahead", dbname, sizeof dbname, &d);
    exec_ok(db, "CREATE TABLE a (id integer PRIMARY KEY, x integer)");

    /* vz reads a.z, which the database lacks: vx alone, as the server spells it */
    sc_model *m = views_ahead_of(db, ahead_dsl, &d);
    assert_non_null(m);
    const sc_view *vx = sc_model_view(m, "public", "vx");
    assert_non_null(vx);
    assert_non_null(strstr(vx->query, "WHERE a.x > 0"));
    assert_null(sc_model_view(m, "public", "vz"));
    sc_model_free(m);

    /* once the database has it, both in one go */
    exec_ok(db, "ALTER TABLE a ADD COLUMN z text");
    m = views_ahead_of(db, ahead_dsl, &d);
    assert_non_null(m);
    assert_non_null(sc_model_view(m, "public", "vx"));
    assert_non_null(strstr(sc_model_view(m, "public", "vz")->query, "WHERE a.z <> ''::text"));
    sc_model_free(m);
    assert_int_equal(scratch_schemas(db), 0);

    sc_db_close(db);
    snprintf(sql, sizeof sql, "DROP DATABASE %s WITH (FORCE)", dbname);
    exec_ok(admin, sql);
    sc_db_close(admin);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_server_spellings),
        cmocka_unit_test(test_no_createdb_warns),
        cmocka_unit_test(test_create_on_database_suffices),
        cmocka_unit_test(test_other_schemas_round_trip),
        cmocka_unit_test(test_views_ahead_one_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
