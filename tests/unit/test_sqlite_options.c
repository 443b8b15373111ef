/* test_sqlite_options.c - SQLite's table options (AUTOINCREMENT, WITHOUT
 * ROWID, STRICT) on real in-memory SQLite databases: inspected, emitted,
 * kept through JSON, rebuilt with the option kept, and a change of option
 * seen by diff (and ignored on PostgreSQL). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "diff/diff.h"
#include "emit/emit.h"
#include "emit/migration.h"
#include "inspect/inspect.h"
#include "parser/parser.h"

static sqlite3 *open_with(const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("loading SQL: %s\n%s", err, sql);
    return db;
}

static sc_model *inspect_db(sqlite3 *db)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_inspect_sqlite(db, NULL, &d);
    assert_non_null(m);
    assert_false((d.nerrors > 0));
    sc_diags_free(&d);
    return m;
}

static sc_model *inspect_sql(const char *sql)
{
    sqlite3 *db = open_with(sql);
    sc_model *m = inspect_db(db);
    sqlite3_close(db);
    return m;
}

static const sc_table *tab(const sc_model *m, const char *name)
{
    const sc_table *t = sc_model_table(m, "public", name);
    if (!t)
        fail_msg("no table %s", name);
    return t;
}

static void assert_opts(const sc_table *t, bool autoinc, bool without_rowid, bool strict)
{
    if (t->sqlite_autoincrement != autoinc || t->sqlite_without_rowid != without_rowid ||
        t->sqlite_strict != strict)
        fail_msg("table %s: options %d/%d/%d, expected %d/%d/%d", t->name, t->sqlite_autoincrement,
                 t->sqlite_without_rowid, t->sqlite_strict, autoinc, without_rowid, strict);
}

static const char *const with_options =
    "CREATE TABLE t (id INTEGER CONSTRAINT pk_tickets PRIMARY KEY AUTOINCREMENT, x TEXT);\n"
    "CREATE TABLE s (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;\n"
    "CREATE TABLE m (id INTEGER PRIMARY KEY, v REAL, w TEXT) STRICT;\n"
    "CREATE TABLE b (k TEXT PRIMARY KEY, n INTEGER, y REAL) STRICT, WITHOUT ROWID;\n"
    "CREATE TABLE p (id INTEGER PRIMARY KEY, x TEXT);\n";
static const char *const without_options =
    "CREATE TABLE t (id INTEGER CONSTRAINT pk_tickets PRIMARY KEY, x TEXT);\n"
    "CREATE TABLE s (k TEXT PRIMARY KEY, v TEXT);\n"
    "CREATE TABLE m (id INTEGER PRIMARY KEY, v REAL, w TEXT);\n"
    "CREATE TABLE b (k TEXT PRIMARY KEY, n INTEGER, y REAL);\n"
    "CREATE TABLE p (id INTEGER PRIMARY KEY, x TEXT);\n";

static void assert_all_opts(const sc_model *m)
{
    assert_opts(tab(m, "t"), true, false, false);
    assert_opts(tab(m, "s"), false, true, false);
    assert_opts(tab(m, "m"), false, false, true);
    assert_opts(tab(m, "b"), false, true, true);
    assert_opts(tab(m, "p"), false, false, false);
}

static void test_inspected(void **state)
{
    (void)state;
    sc_model *m = inspect_sql(with_options);
    assert_all_opts(m);
    const sc_constraint *pk = sc_table_primary_key(tab(m, "t"));
    assert_non_null(pk);
    assert_string_equal(pk->name, "pk_tickets");
    assert_true(pk->name_explicit);
    assert_int_equal(sc_table_column(tab(m, "t"), "id")->identity, SC_IDENTITY_BY_DEFAULT);
    sc_model_free(m);
    m = inspect_sql(without_options);
    assert_opts(tab(m, "t"), false, false, false);
    assert_opts(tab(m, "b"), false, false, false);
    sc_model_free(m);
}

static char *ddl(const sc_model *m)
{
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    if ((d.nerrors > 0))
        fail_msg("emit: %s", d.items[0].msg);
    sc_diags_free(&d);
    assert_non_null(sql);
    return sql;
}

/* Emitted, loaded into a fresh database and inspected: the same options,
 * the same PK name, and the two databases do not differ. */
static void test_emitted_round_trip(void **state)
{
    (void)state;
    sc_model *m = inspect_sql(with_options);
    char *sql = ddl(m);
    assert_non_null(strstr(sql, "id INTEGER NOT NULL CONSTRAINT pk_tickets PRIMARY KEY AUTOINCREMENT"));
    assert_null(strstr(sql, "CONSTRAINT pk_tickets PRIMARY KEY (id)"));
    assert_non_null(strstr(sql, "\n) WITHOUT ROWID;"));
    assert_non_null(strstr(sql, "\n) STRICT;"));
    assert_non_null(strstr(sql, "\n) STRICT, WITHOUT ROWID;"));
    sc_model *back = inspect_sql(sql);
    assert_all_opts(back);
    assert_string_equal(sc_table_primary_key(tab(back, "t"))->name, "pk_tickets");
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_SQLITE);
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(m, back, &o, &d);
    assert_non_null(p);
    assert_int_equal(sc_plan_count(p), 0);
    sc_plan_free(p);
    sc_diags_free(&d);
    free(sql);
    sc_model_free(back);
    sc_model_free(m);
}

static void test_json(void **state)
{
    (void)state;
    sc_model *m = inspect_sql(with_options);
    char *js = sc_emit_json(m);
    assert_non_null(strstr(js, "\"sqlite_autoincrement\": true"));
    assert_null(strstr(js, "false,\n      \"sqlite"));   /* only written when true */
    sc_diags d;
    sc_diags_init(&d);
    sc_model *back = sc_load_json("m.json", js, strlen(js), &d);
    if (!back)
        fail_msg("load: %s", d.n ? d.items[0].msg : "?");
    assert_false((d.nerrors > 0));
    assert_all_opts(back);
    sc_diags_free(&d);
    free(js);
    sc_model_free(back);
    /* a model without options writes none of the keys */
    sc_model *plain = inspect_sql("CREATE TABLE p (id INTEGER PRIMARY KEY);");
    js = sc_emit_json(plain);
    assert_null(strstr(js, "sqlite_"));
    free(js);
    sc_model_free(plain);
    /* a non-boolean value is an error */
    const char *bad = "{\"tables\": [{\"name\": \"t\", \"sqlite_strict\": 1, \"columns\": "
                      "[{\"name\": \"a\", \"type\": {\"name\": \"text\"}}]}]}";
    sc_diags_init(&d);
    back = sc_load_json("bad.json", bad, strlen(bad), &d);
    assert_true((d.nerrors > 0));
    sc_model_free(back);
    sc_diags_free(&d);
    sc_model_free(m);
}

static bool has_error(const sc_diags *d, sc_errkind kind, const char *part)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i].sev == SC_SEV_ERROR && d->items[i].kind == kind && strstr(d->items[i].msg, part))
            return true;
    return false;
}

static void emit_fails(sc_model *m, const char *part)
{
    sc_diags d;
    sc_diags_init(&d);
    free(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    if (!has_error(&d, SC_ERR_UNSUPPORTED, part))
        fail_msg("no unsupported error mentioning %s", part);
    sc_diags_free(&d);
}

static sc_model *dsl(const char *text)
{
    sc_model *m = sc_model_new();
    sc_diags d;
    sc_diags_init(&d);
    if (sc_parse_text(m, "t.sch", text, strlen(text), &d) != 0 || sc_model_finish(m, &d) != 0)
        fail_msg("parse: %s", d.n ? d.items[0].msg : "?");
    sc_diags_free(&d);
    return m;
}

/* What SQLite would reject is an error naming the table, not bad SQL. */
static void test_emit_errors(void **state)
{
    (void)state;
    sc_model *m = dsl("table st {\n  id integer identity primary key\n  name varchar(20)\n}\n");
    sc_table *t = sc_model_table(m, "public", "st");
    t->sqlite_strict = true;
    emit_fails(m, "table \"st\" is STRICT");
    t->sqlite_strict = false;
    t->sqlite_without_rowid = true;
    emit_fails(m, "WITHOUT ROWID");
    t->sqlite_without_rowid = false;
    t->sqlite_autoincrement = true;
    char *sql = ddl(m);   /* the identity PK is the rowid: fine */
    assert_non_null(strstr(sql, "PRIMARY KEY AUTOINCREMENT"));
    free(sql);
    sc_model_free(m);
    m = dsl("table na {\n  code text primary key\n}\n");
    sc_model_table(m, "public", "na")->sqlite_autoincrement = true;
    emit_fails(m, "AUTOINCREMENT");
    sc_model_free(m);
}

static char *plan_sql(const sc_model *from, const sc_model *to, sc_dialect dialect, bool down,
                      size_t *count)
{
    sc_diff_opts o;
    sc_diff_opts_init(&o, dialect);
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(from, to, &o, &d);
    assert_non_null(p);
    *count = sc_plan_count(p);
    char *sql = sc_emit_plan(p, dialect, down, &d);
    if ((d.nerrors > 0))
        fail_msg("plan: %s", d.items[0].msg);
    sc_plan_free(p);
    sc_diags_free(&d);
    return sql;
}

/* Each option added and removed: the diff sees it, the rebuild keeps the
 * rows and ends with the option as declared, down goes back. */
static void test_change_detected_and_rebuilt(void **state)
{
    (void)state;
    sc_model *plain = inspect_sql(without_options);
    sc_model *opts = inspect_sql(with_options);
    size_t n;
    char *pg = plan_sql(plain, opts, SC_DIALECT_POSTGRESQL, false, &n);
    assert_int_equal(n, 0);   /* PostgreSQL ignores them */
    free(pg);

    char *up = plan_sql(plain, opts, SC_DIALECT_SQLITE, false, &n);
    assert_int_equal(n, 4);   /* t, s, m, b; p unchanged */
    char *down = plan_sql(plain, opts, SC_DIALECT_SQLITE, true, &n);
    sqlite3 *db = open_with(without_options);
    char *err = NULL;
    assert_int_equal(sqlite3_exec(db, "INSERT INTO t (x) VALUES ('a'), ('b'); "
                                      "INSERT INTO s VALUES ('k', 'v'); INSERT INTO b VALUES ('k', 1, 2.5);",
                                  NULL, NULL, &err), SQLITE_OK);
    if (sqlite3_exec(db, up, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("up: %s\n%s", err, up);
    sc_model *after = inspect_db(db);
    assert_all_opts(after);
    assert_string_equal(sc_table_primary_key(tab(after, "t"))->name, "pk_tickets");
    char *again = plan_sql(after, opts, SC_DIALECT_SQLITE, false, &n);
    assert_int_equal(n, 0);
    free(again);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM t) || '/' || "
                                            "(SELECT count(*) FROM s) || '/' || (SELECT typeof(y) FROM b)",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "2/1/real");
    sqlite3_finalize(st);

    if (sqlite3_exec(db, down, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("down: %s\n%s", err, down);
    sc_model *back = inspect_db(db);
    assert_opts(tab(back, "t"), false, false, false);
    assert_opts(tab(back, "b"), false, false, false);
    again = plan_sql(back, plain, SC_DIALECT_SQLITE, false, &n);
    assert_int_equal(n, 0);
    free(again);
    sqlite3_close(db);

    sc_model_free(back);
    sc_model_free(after);
    free(up);
    free(down);
    sc_model_free(opts);
    sc_model_free(plain);
}

/* The DSL cannot say it; the emitted DSL tells the reader. */
static void test_dsl_comment(void **state)
{
    (void)state;
    sc_model *m = inspect_sql(with_options);
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "table b {\n  -- sqlite: WITHOUT ROWID, STRICT"));
    assert_non_null(strstr(text, "table t {\n  -- sqlite: AUTOINCREMENT"));
    assert_non_null(strstr(text, "table p {\n  id"));
    sc_model *back = dsl(text);   /* still parses */
    assert_non_null(sc_model_table(back, "public", "b"));
    sc_model_free(back);
    free(text);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inspected),
        cmocka_unit_test(test_emitted_round_trip),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_emit_errors),
        cmocka_unit_test(test_change_detected_and_rebuilt),
        cmocka_unit_test(test_dsl_comment),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
