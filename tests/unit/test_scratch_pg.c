/* test_scratch_pg.c - sc_normalize_pg against the real test PostgreSQL
 * (PGHOST/PGPORT/PGUSER from scripts/pg-cluster.sh; skipped without them):
 * the declared model comes back in the server's own spellings, the scratch
 * database is always dropped, and a role that may not create databases gets
 * the documented warning instead of an error. */
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

    /* A schema the server rejects: an error with its message, and the
     * scratch database is dropped all the same. */
    sc_model *bad = declared("no_such_column > 0");
    m = sc_normalize_pg(db, bad, NULL, &d);
    assert_null(m);
    assert_int_equal(d.first_kind, SC_ERR_MIGRATION);
    bool found = false;
    for (size_t i = 0; i < d.n; i++)
        found = found || strstr(d.items[i].msg, "no_such_column") != NULL;
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
    assert_int_equal(sc_db_exec(admin, sql, &d), 0);
    sc_db *db = NULL;
    assert_int_equal(open_pg(role, &db, &d), 0);
    sc_model *decl = declared("price > 0");
    sc_model *m = sc_normalize_pg(db, decl, NULL, &d);
    assert_null(m);
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.items[0].sev, SC_SEV_WARNING);
    assert_non_null(strstr(d.items[0].msg, "expressions were compared as text: cannot create a scratch database ("));
    assert_non_null(strstr(d.items[0].msg, "permission denied"));
    sc_db_close(db);
    snprintf(sql, sizeof sql, "DROP ROLE %s", role);
    assert_int_equal(sc_db_exec(admin, sql, &d), 0);
    sc_db_close(admin);
    sc_model_free(decl);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_server_spellings),
        cmocka_unit_test(test_no_createdb_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
