/* test_pipeline.c - the library's one pipeline (src/pipeline/pipeline.h)
 * reached directly: .sch file against .sch file, a real SQLite file against
 * a .sch file, and a real PostgreSQL database against a .sch file compared
 * on the server's terms (PGHOST/PGPORT/PGUSER from scripts/pg-cluster.sh;
 * that test is skipped, and counted as skipped, without them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "emit/emit.h"
#include "parser/parser.h"
#include "pipeline/pipeline.h"

static char dir[] = "/tmp/test_pipeline.XXXXXX";

static const char *write_file(const char *name, const char *text)
{
    static char paths[8][300];
    static int k;
    char *p = paths[k++ % 8];
    snprintf(p, 300, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return p;
}

static bool has_note(const sc_diags *d, const char *part)
{
    for (size_t i = 0; i < d->n; i++)
        if (strstr(d->items[i].msg, part))
            return true;
    return false;
}

/* Runs from -> to and returns the up script (heap), the plan's operation
 * count in *nops. */
static char *run(const sc_pipeline_opts *o, size_t *nops, sc_diags *d)
{
    sc_pipeline p;
    sc_pipeline_init(&p, o);
    char *text = NULL;
    if (sc_pipeline_run(&p, d) == 0) {
        *nops = sc_plan_count(p.plan);
        text = sc_pipeline_emit(&p, SC_EMIT_SCRIPT, false, d);
    }
    sc_pipeline_free(&p);
    return text;
}

static void test_file_vs_file(void **state)
{
    (void)state;
    sc_pipeline_opts o = {0};
    o.from = write_file("a.sch", "table t {\n  id int primary key\n}\n");
    o.to = write_file("b.sch", "table t {\n  id int primary key\n  name text\n}\n");
    sc_diff_opts_init(&o.diff, SC_DIALECT_POSTGRESQL);
    o.has_dialect = true;
    sc_diags d;
    sc_diags_init(&d);
    size_t n = 0;
    char *sql = run(&o, &n, &d);
    assert_non_null(sql);
    assert_int_equal(n, 1);
    assert_non_null(strstr(sql, "ALTER TABLE t ADD COLUMN name text"));
    assert_true(has_note(&d, "no database at hand"));
    free(sql);
    sc_diags_free(&d);

    /* without a dialect and without a database: an error, not a guess */
    o.has_dialect = false;
    sc_diags_init(&d);
    sc_pipeline p;
    sc_pipeline_init(&p, &o);
    assert_int_equal(sc_pipeline_databases(&p), 0);
    assert_int_equal(sc_pipeline_run(&p, &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_USAGE);
    sc_pipeline_free(&p);
    sc_diags_free(&d);

    /* a located error in a side stops the run */
    o.has_dialect = true;
    o.to = write_file("bad.sch", "table t {\n  id int\n  id int\n}\n");
    sc_diags_init(&d);
    assert_null(run(&o, &n, &d));
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    sc_diags_free(&d);
}

/* A JSON model and a folder are sides too: each classified once, loaded by
 * its own loader. */
static void test_json_and_folder(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    /* `integer`, as the JSON model spells it: on SQLite a declared `int` is
     * other text (docs/sqlite.md), which a JSON model does not keep */
    sc_model *m = sc_load_schema(write_file("j.sch", "table t {\n  id integer primary key\n}\n"), &d);
    assert_non_null(m);
    char *json = sc_emit_json(m);
    sc_model_free(m);
    sc_pipeline_opts o = {0};
    o.from = write_file("a.json", json);
    free(json);
    char sub[300];
    snprintf(sub, sizeof sub, "%s/folder", dir);
    assert_int_equal(mkdir(sub, 0755), 0);
    write_file("folder/one.sch", "table t {\n  id integer primary key\n}\n");
    write_file("folder/two.sch", "table u {\n  id int primary key\n}\n");
    o.to = sub;
    sc_diff_opts_init(&o.diff, SC_DIALECT_SQLITE);
    o.has_dialect = true;
    sc_pipeline p;
    sc_pipeline_init(&p, &o);
    assert_int_equal(p.from.src.kind, SC_SOURCE_JSON);
    assert_int_equal(p.to.src.kind, SC_SOURCE_FOLDER);
    assert_int_equal(sc_pipeline_run(&p, &d), 0);
    assert_int_equal(p.dialect, SC_DIALECT_SQLITE);
    assert_int_equal(sc_plan_count(p.plan), 1);   /* CREATE TABLE u */
    char *sql = sc_pipeline_emit(&p, SC_EMIT_REVISION, false, &d);
    assert_non_null(strstr(sql, "CREATE TABLE u"));
    free(sql);
    sql = sc_pipeline_emit(&p, SC_EMIT_REVISION, true, &d);
    assert_non_null(strstr(sql, "DROP TABLE u"));
    free(sql);
    sc_pipeline_free(&p);
    sc_diags_free(&d);
}

static void test_sqlite_vs_dsl(void **state)
{
    (void)state;
    char db_path[300], url[320];
    snprintf(db_path, sizeof db_path, "%s/app.db", dir);
    snprintf(url, sizeof url, "sqlite:///%s", db_path);   /* sqlite:////tmp/... */
    sqlite3 *lite;
    assert_int_equal(sqlite3_open(db_path, &lite), SQLITE_OK);
    assert_int_equal(sqlite3_exec(lite, "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, price INTEGER "
                                        "CHECK (price > 0), name TEXT DEFAULT 'x')", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(lite);
    sc_pipeline_opts o = {.from = url, .db_flags = SC_DB_READONLY};
    sc_diff_opts_init(&o.diff, SC_DIALECT_POSTGRESQL);   /* the database's dialect is taken */
    /* the same table, spelled otherwise: no change */
    /* NOT NULL as the database declares it (SQLite keeps what is declared) */
    o.to = write_file("same.sch", "table t {\n  id integer not null primary key\n  price integer check (price>0)\n"
                                  "  name text default ('x')\n}\n");
    sc_diags d;
    sc_diags_init(&d);
    size_t n = 99;
    char *sql = run(&o, &n, &d);
    assert_non_null(sql);
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(n, 0);
    assert_string_equal(sql, "");
    free(sql);
    sc_diags_free(&d);
    /* a new column: one operation, in SQLite's SQL */
    o.to = write_file("more.sch", "table t {\n  id integer not null primary key\n  price integer check (price>0)\n"
                                  "  name text default ('x')\n  note text\n}\n");
    sc_diags_init(&d);
    sql = run(&o, &n, &d);
    assert_non_null(sql);
    assert_int_equal(n, 1);
    assert_non_null(strstr(sql, "ALTER TABLE t ADD COLUMN note text"));
    free(sql);
    sc_diags_free(&d);
    unlink(db_path);
}

static PGconn *admin(void)
{
    PGconn *c = PQconnectdb("dbname=postgres");
    assert_int_equal(PQstatus(c), CONNECTION_OK);
    return c;
}

static void exec_ok(PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        fail_msg("%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
}

static void test_postgresql_server_terms(void **state)
{
    (void)state;
    if (!getenv("PGHOST"))
        skip();
    char name[64], sql[256], url[128];
    snprintf(name, sizeof name, "sc_pipeline_%ld", (long)getpid());
    PGconn *a = admin();
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", name);
    exec_ok(a, sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", name);
    exec_ok(a, sql);
    snprintf(url, sizeof url, "dbname=%s", name);
    PGconn *c = PQconnectdb(url);
    assert_int_equal(PQstatus(c), CONNECTION_OK);
    exec_ok(c, "CREATE TABLE items (id integer CONSTRAINT pk_items PRIMARY KEY, "
               "price numeric CONSTRAINT ck_items_price CHECK (price BETWEEN 1 AND 10), "
               "name varchar(40) DEFAULT 'x', at timestamptz DEFAULT now())");
    PQfinish(c);

    sc_pipeline_opts o = {.from = url, .db_flags = SC_DB_READONLY};
    sc_diff_opts_init(&o.diff, SC_DIALECT_POSTGRESQL);
    /* spelled otherwise than pg_get_expr does: only the server can say it
     * is the same (as text, the check and the defaults differ) */
    o.to = write_file("pg.sch", "table items {\n  id integer primary key\n"
                                "  price numeric check (price between 1 and 10)\n  name varchar(40) default ('x')\n"
                                "  at timestamp with time zone default (CURRENT_TIMESTAMP)\n}\n");
    sc_diags d;
    sc_diags_init(&d);
    sc_pipeline p;
    sc_pipeline_init(&p, &o);
    assert_int_equal(sc_pipeline_databases(&p), 1);
    assert_int_equal(sc_pipeline_run(&p, &d), 0);
    assert_int_equal(d.nerrors, 0);
    assert_false(has_note(&d, "compared as text"));
    assert_int_equal(sc_plan_count(p.plan), 0);
    /* as text the two sides differ: the server's terms made them equal */
    sc_diags td;
    sc_diags_init(&td);
    sc_plan *as_text = sc_diff(p.from.m, p.to.m, &p.o.diff, &td);
    assert_non_null(as_text);
    assert_true(sc_plan_count(as_text) > 0);
    sc_plan_free(as_text);
    sc_diags_free(&td);
    assert_int_equal(p.dialect, SC_DIALECT_POSTGRESQL);
    sc_pipeline_free(&p);
    sc_diags_free(&d);

    /* a real change next to the respelled ones: only it */
    o.to = write_file("pg2.sch", "table items {\n  id integer primary key\n"
                                 "  price numeric check (price between 1 and 10)\n  name varchar(80) default ('x')\n"
                                 "  at timestamp with time zone default (CURRENT_TIMESTAMP)\n}\n");
    sc_diags_init(&d);
    size_t n = 0;
    char *up = run(&o, &n, &d);
    assert_non_null(up);
    assert_int_equal(n, 1);   /* the type change (its default dropped and set around it) */
    if (!strstr(up, "ALTER COLUMN name TYPE character varying(80)"))
        fail_msg("%s", up);
    free(up);
    sc_diags_free(&d);

    snprintf(sql, sizeof sql, "DROP DATABASE %s", name);
    exec_ok(a, sql);
    PQfinish(a);
}

static int setup(void **state)
{
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_file_vs_file),
        cmocka_unit_test(test_json_and_folder),
        cmocka_unit_test(test_sqlite_vs_dsl),
        cmocka_unit_test(test_postgresql_server_terms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
