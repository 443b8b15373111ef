/* test_sqlite_options.c - SQLite's table options (AUTOINCREMENT, WITHOUT
 * ROWID, STRICT) on real in-memory SQLite databases: inspected, emitted,
 * kept through JSON and the DSL, rebuilt with the option kept, and a change
 * of option seen by diff (and ignored on PostgreSQL); STRICT tables' types
 * (ANY, BLOB); the rebuild's foreign key guard. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dsl_fixture.h"
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
    /* the name is the database's own; the NOT NULL a rowid implies is not written */
    assert_non_null(strstr(sql, "id INTEGER CONSTRAINT pk_tickets PRIMARY KEY AUTOINCREMENT"));
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
    /* a model without options writes none of the table options' keys (the
     * key column's implicit NOT NULL is a column's) */
    sc_model *plain = inspect_sql("CREATE TABLE p (id INTEGER PRIMARY KEY);");
    js = sc_emit_json(plain);
    assert_null(strstr(js, "\"sqlite_autoincrement\""));
    assert_null(strstr(js, "\"sqlite_strict\""));
    assert_null(strstr(js, "\"sqlite_without_rowid\""));
    assert_non_null(strstr(js, "\"sqlite_implicit_not_null\": true"));
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

static size_t diff_count(const sc_model *from, const sc_model *to)
{
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_SQLITE);
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(from, to, &o, &d);
    assert_non_null(p);
    size_t n = sc_plan_count(p);
    sc_plan_free(p);
    sc_diags_free(&d);
    return n;
}

/* The DSL says them (`sqlite autoincrement`, `sqlite strict without rowid`):
 * inspected -> DSL -> parsed -> SQLite DDL -> a fresh database -> inspected
 * is the same model. */
static void test_dsl_round_trip(void **state)
{
    (void)state;
    sc_model *m = inspect_sql(with_options);
    char *text = sc_emit_dsl(m);
    /* the types as the database declares them (the DSL can say these) */
    assert_non_null(strstr(text, "table b {\n  k  TEXT    primary key\n  n  INTEGER\n  y  REAL\n\n"
                                 "  sqlite strict without rowid\n}\n"));
    assert_non_null(strstr(text, "\n  sqlite autoincrement\n}\n"));
    assert_non_null(strstr(text, "\n  sqlite without rowid\n}\n"));
    assert_non_null(strstr(text, "table p {\n  id  INTEGER identity primary key\n  x   TEXT\n}\n"));
    sc_model *back = dsl(text);
    assert_all_opts(back);
    char *sql = ddl(back);
    sc_model *again = inspect_sql(sql);
    assert_all_opts(again);
    assert_int_equal(diff_count(m, again), 0);
    assert_int_equal(diff_count(again, m), 0);
    /* a fixed point as text: the SQLite DDL invents no name (pk_b) that
     * the original CREATE text did not have */
    char *text2 = sc_emit_dsl(again);
    assert_string_equal(text2, text);
    free(text2);
    sc_model_free(again);
    free(sql);
    sc_model_free(back);
    free(text);
    sc_model_free(m);
}

/* STRICT tables declare INT, INTEGER, REAL, TEXT, BLOB or ANY, nothing else:
 * ANY is the type `any`, BLOB reads as bytea and is written BLOB again
 * (SQLite refuses "bytea" in a STRICT table). */
static void test_strict_types(void **state)
{
    (void)state;
    const char *src = "CREATE TABLE s (id INTEGER PRIMARY KEY, a ANY, b BLOB, c TEXT NOT NULL, d REAL, "
                      "e INT, f integer) STRICT;\n"
                      "CREATE TABLE loose (x ANY);\n";
    sqlite3 *db = open_with(src);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_inspect_sqlite(db, NULL, &d);
    assert_non_null(m);
    assert_int_equal(d.n, 0);   /* no warning about an unknown type */
    sc_diags_free(&d);
    sqlite3_close(db);
    const sc_table *t = tab(m, "s");
    assert_string_equal(sc_table_column(t, "a")->type.name, "any");
    assert_true(sc_type_is_builtin(&sc_table_column(t, "a")->type));
    assert_string_equal(sc_table_column(t, "b")->type.name, "bytea");
    assert_string_equal(sc_table_column(t, "e")->type.name, "integer");
    assert_string_equal(sc_table_column(tab(m, "loose"), "x")->type.name, "any");

    char *sql = ddl(m);
    /* the declared names as SQLite reports them (INT stays INT; a STRICT
     * table's types come back upper case from the pragma) */
    assert_non_null(strstr(sql, "    a  ANY,\n    b  BLOB,\n    c  TEXT    NOT NULL,\n    d  REAL,\n"
                                "    e  INT,\n    f  INTEGER,\n    PRIMARY KEY (id)\n) STRICT;"));
    assert_non_null(strstr(sql, "CREATE TABLE loose (\n    x ANY\n);"));   /* as declared */
    db = open_with(sql);   /* a real SQLite takes it */
    char *err = NULL;
    assert_int_equal(sqlite3_exec(db, "INSERT INTO s (a, b, c, d, e) VALUES ('x', x'00', 't', 1.5, 2), "
                                      "(3, NULL, 'u', 2, 3)", NULL, NULL, &err), SQLITE_OK);
    /* and still refuses what STRICT refuses */
    assert_int_not_equal(sqlite3_exec(db, "INSERT INTO s (c, e) VALUES ('v', 'not a number')", NULL, NULL, &err),
                         SQLITE_OK);
    sqlite3_free(err);
    sc_model *back = inspect_db(db);
    sqlite3_close(db);
    assert_int_equal(diff_count(m, back), 0);

    /* through the DSL: `ANY` and `BLOB` parse (any, bytea); PostgreSQL refuses `any` */
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "  a   ANY\n  b   BLOB\n"));   /* as declared */
    sc_model *fromdsl = dsl(text);
    assert_int_equal(diff_count(m, fromdsl), 0);
    sc_diags_init(&d);
    char *pg = sc_emit_ddl(fromdsl, SC_DIALECT_POSTGRESQL, &d);
    assert_true(has_error(&d, SC_ERR_UNSUPPORTED, "type any is SQLite's"));
    free(pg);
    sc_diags_free(&d);
    sc_model_free(fromdsl);
    free(text);
    sc_model_free(back);
    free(sql);
    sc_model_free(m);

    /* a type STRICT refuses: an error naming the type, with the one to use */
    m = dsl("table st {\n  id integer primary key\n  n varchar(20)\n  b bigint\n  sqlite strict\n}\n");
    sc_diags_init(&d);
    free(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    assert_true(has_error(&d, SC_ERR_UNSUPPORTED,
                          "table \"st\" is STRICT: SQLite refuses the type character varying(20) of column \"n\""));
    assert_true(has_error(&d, SC_ERR_UNSUPPORTED, "SQLite refuses the type bigint of column \"b\""));
    int line, col;
    sc_loc_linecol(d.items[0].loc.src, d.items[0].loc.off, &line, &col);
    assert_int_equal(line, 3);
    assert_int_equal(col, 5);
    assert_non_null(strstr(d.items[0].hint, "declare \"n\" text"));
    assert_non_null(strstr(d.items[1].hint, "declare \"b\" integer"));
    sc_diags_free(&d);
    sc_model_free(m);

    /* the same for a column added to a STRICT table (ALTER TABLE ADD COLUMN) */
    sc_model *from = dsl("table st {\n  id integer primary key\n  sqlite strict\n}\n");
    sc_model *to = dsl("table st {\n  id integer primary key\n  n text\n  b bigint\n  sqlite strict\n}\n");
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_SQLITE);
    sc_diags_init(&d);
    sc_plan *p = sc_diff(from, to, &o, &d);
    assert_non_null(p);
    char *up = sc_emit_plan(p, SC_DIALECT_SQLITE, false, &d);
    assert_true(has_error(&d, SC_ERR_UNSUPPORTED, "SQLite refuses the type bigint of column \"b\""));
    assert_false(has_error(&d, SC_ERR_UNSUPPORTED, "column \"n\""));
    free(up);
    sc_plan_free(p);
    sc_diags_free(&d);
    sc_model_free(to);
    sc_model_free(from);
}

static char *schema_text(sqlite3 *db)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT group_concat(name || ':' || sql, ';') FROM "
                                            "(SELECT name, sql FROM sqlite_schema UNION ALL "
                                            "SELECT name, sql FROM sqlite_temp_schema ORDER BY 1)",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    char *r = strdup(sqlite3_column_text(st, 0) ? (const char *)sqlite3_column_text(st, 0) : "");
    sqlite3_finalize(st);
    return r;
}

/* The rebuild's foreign key guard fails by itself: a violation is an error
 * naming the tables and the whole change is rolled back, also when the
 * script runs outside any transaction. */
static void test_fk_guard(void **state)
{
    (void)state;
    const char *from = "CREATE TABLE p (id INTEGER PRIMARY KEY, v TEXT);\n"
                       "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id integer);\n"
                       "CREATE TABLE g (id INTEGER PRIMARY KEY, c_id integer REFERENCES c (id));\n";
    sc_model *before = inspect_sql(from);
    /* the target as SQLite has it (what diff does through sc_normalize_sqlite) */
    sc_model *declared = dsl("table p { id integer primary key, v text not null default '' }\n"
                             "table c { id integer primary key, p_id integer references p (id) }\n"
                             "table g { id integer primary key, c_id integer references c (id) }\n");
    char *target = ddl(declared);
    sc_model_free(declared);
    sc_model *after = inspect_sql(target);
    free(target);
    size_t n;
    char *up = plan_sql(before, after, SC_DIALECT_SQLITE, false, &n);
    /* pairs from and to every rebuilt table (p and c), then the catch-all */
    const char *want[] = {
        "SAVEPOINT schemac_rebuild;\n",
        "CONSTRAINT \"foreign key check failed: rows of c reference missing rows of p\"\n"
        "        CHECK (NOT (tbl = 'c' COLLATE NOCASE AND parent = 'p' COLLATE NOCASE)),\n",
        "CONSTRAINT \"foreign key check failed: rows of g reference missing rows of c\"\n",
        "CONSTRAINT \"foreign key check failed: PRAGMA foreign_key_check lists the rows\" CHECK (false)\n);\n"
        "INSERT OR ROLLBACK INTO temp._schemac_fk_check\n"
        "    SELECT DISTINCT \"table\", parent FROM pragma_foreign_key_check;\n"
        "DROP TABLE temp._schemac_fk_check;\nRELEASE schemac_rebuild;\n"
        "-- schemac:no-transaction\nPRAGMA foreign_keys = ON;\n",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!strstr(up, want[i]))
            fail_msg("missing:\n%s\nin:\n%s", want[i], up);

    /* c row 2 points at a missing p: the script fails, nothing changes */
    sqlite3 *db = open_with(from);
    char *err = NULL;
    assert_int_equal(sqlite3_exec(db, "INSERT INTO p VALUES (1, 'a'); INSERT INTO c VALUES (1, 1), (2, 7);"
                                      "INSERT INTO g VALUES (1, 2);", NULL, NULL, &err), SQLITE_OK);
    char *schema0 = schema_text(db);
    assert_int_not_equal(sqlite3_exec(db, up, NULL, NULL, &err), SQLITE_OK);
    assert_non_null(err);
    assert_string_equal(err, "CHECK constraint failed: foreign key check failed: rows of c reference "
                             "missing rows of p");
    sqlite3_free(err);
    err = NULL;
    assert_true(sqlite3_get_autocommit(db));   /* rolled back, no transaction left open */
    char *schema1 = schema_text(db);
    assert_string_equal(schema0, schema1);
    free(schema1);

    /* inside the caller's transaction the same: all of it rolled back */
    assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; BEGIN; INSERT INTO p VALUES (5, 'e');",
                                  NULL, NULL, &err), SQLITE_OK);
    const char *body = strstr(up, "SAVEPOINT");   /* after the no-transaction pragma */
    assert_non_null(body);
    assert_int_not_equal(sqlite3_exec(db, body, NULL, NULL, &err), SQLITE_OK);
    sqlite3_free(err);
    err = NULL;
    assert_true(sqlite3_get_autocommit(db));
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM p", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 1);   /* the caller's row 5 went too */
    sqlite3_finalize(st);
    schema1 = schema_text(db);
    assert_string_equal(schema0, schema1);
    free(schema1);

    /* fixed data: it applies, the FKs hold, the guard leaves nothing behind */
    assert_int_equal(sqlite3_exec(db, "UPDATE c SET p_id = 1 WHERE id = 2;", NULL, NULL, &err), SQLITE_OK);
    if (sqlite3_exec(db, up, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("up: %s", err);
    sc_model *now = inspect_db(db);
    assert_int_equal(diff_count(now, after), 0);
    schema1 = schema_text(db);
    assert_null(strstr(schema1, "_schemac"));
    free(schema1);
    sc_model_free(now);
    sqlite3_close(db);
    free(schema0);
    free(up);
    sc_model_free(after);
    sc_model_free(before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inspected),
        cmocka_unit_test(test_emitted_round_trip),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_emit_errors),
        cmocka_unit_test(test_change_detected_and_rebuilt),
        cmocka_unit_test(test_dsl_round_trip),
        cmocka_unit_test(test_strict_types),
        cmocka_unit_test(test_fk_guard),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
