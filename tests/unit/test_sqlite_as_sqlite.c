/* test_sqlite_as_sqlite.c - issue 13 on real in-memory SQLite databases:
 * declared types kept verbatim (and compared as SQLite compares them),
 * nothing invented in SQLite's DDL, VIRTUAL and STORED generated columns,
 * names matched ignoring ASCII case. */
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

static sc_model *inspect_sql(const char *sql)
{
    sqlite3 *db = open_with(sql);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_inspect_sqlite(db, NULL, &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    sc_diags_free(&d);
    sqlite3_close(db);
    return m;
}

/* The up script from -> to (SQLite), heap string; *n the number of ops. */
static char *up_sql(const sc_model *from, const sc_model *to, size_t *n)
{
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_SQLITE);
    sc_diags d;
    sc_diags_init(&d);
    sc_plan *p = sc_diff(from, to, &o, &d);
    assert_non_null(p);
    *n = sc_plan_count(p);
    char *sql = sc_emit_plan(p, SC_DIALECT_SQLITE, false, &d);
    assert_non_null(sql);
    assert_int_equal(d.nerrors, 0);
    sc_plan_free(p);
    sc_diags_free(&d);
    return sql;
}

static char *ddl_of(const sc_model *m)
{
    sc_diags d;
    sc_diags_init(&d);
    char *s = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    assert_non_null(s);
    assert_int_equal(d.nerrors, 0);
    sc_diags_free(&d);
    return s;
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("missing:\n%s\nin:\n%s", needle, hay);
}

static void test_declared_same(void **state)
{
    (void)state;
    assert_true(sc_type_declared_same("VARCHAR(20)", "varchar ( 20 )"));
    assert_true(sc_type_declared_same("unsigned  big int", "UNSIGNED BIG INT"));
    assert_true(sc_type_declared_same("", ""));
    assert_false(sc_type_declared_same("", "BLOB"));
    assert_false(sc_type_declared_same("varchar(20)", "nvarchar(20)"));
    assert_false(sc_type_declared_same("timestamp", "timestamp without time zone"));
    assert_false(sc_type_declared_same("numeric(10,2)", "numeric(10,3)"));
}

/* Declared types round-trip exactly through SQLite's DDL; a change of the
 * declared text is a change, a change of case is not. */
static void test_declared_types(void **state)
{
    (void)state;
    const char *a_sql = "CREATE TABLE t (id INTEGER PRIMARY KEY, data, v VARCHAR(20), ts timestamp, "
                        "u unsigned big int, b BLOB, dp double precision);";
    sc_model *a = inspect_sql(a_sql);
    const sc_table *t = sc_model_table(a, "public", "t");
    assert_string_equal(sc_table_column(t, "data")->type.declared, "");
    assert_string_equal(sc_table_column(t, "v")->type.declared, "VARCHAR(20)");
    char *ddl = ddl_of(a);
    assert_contains(ddl, "    data,\n");
    assert_contains(ddl, "    v    VARCHAR(20),\n");
    assert_contains(ddl, "    ts   timestamp,\n");
    assert_contains(ddl, "    u    unsigned big int,\n");
    assert_contains(ddl, "    b    BLOB,\n");
    assert_contains(ddl, "    dp   double precision,\n");
    /* the same table again: no difference */
    sc_model *a2 = inspect_sql(ddl);
    size_t n;
    char *sql = up_sql(a, a2, &n);
    assert_int_equal(n, 0);
    free(sql);
    sc_model_free(a2);
    free(ddl);
    /* a case change is none; a different text is a change */
    sc_model *b = inspect_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, data, v varchar(20), ts TIMESTAMP, "
                              "u UNSIGNED BIG INT, b blob, dp DOUBLE PRECISION);");
    sql = up_sql(a, b, &n);
    assert_int_equal(n, 0);
    free(sql);
    sc_model_free(b);
    b = inspect_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB, v VARCHAR(20), ts timestamp, "
                    "u unsigned big int, b BLOB, dp double precision);");
    sql = up_sql(a, b, &n);
    assert_true(n > 0);
    /* the rebuild creates the table with the target's own text */
    assert_contains(sql, "CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB, v VARCHAR(20), ts timestamp, "
                         "u unsigned big int, b BLOB, dp double precision);\n");
    free(sql);
    sc_model_free(b);
    sc_model_free(a);
}

/* Nothing invented: no constraint name, no NOT NULL on a rowid alias that
 * the database does not declare; what it declares is kept. */
static void test_nothing_invented(void **state)
{
    (void)state;
    sc_model *m = inspect_sql("CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT, CHECK (x <> ''));\n"
                              "CREATE TABLE b (id INTEGER NOT NULL CONSTRAINT pk_b PRIMARY KEY, y TEXT UNIQUE);\n"
                              "CREATE TABLE c (k TEXT PRIMARY KEY, a_id INT REFERENCES a (id));\n");
    char *ddl = ddl_of(m);
    assert_non_null(ddl);
    assert_contains(ddl, "CREATE TABLE a (\n    id INTEGER,\n    x  TEXT,\n    PRIMARY KEY (id),\n    CHECK (x <> '')\n);");
    assert_contains(ddl, "    id INTEGER NOT NULL,\n");
    assert_contains(ddl, "    CONSTRAINT pk_b PRIMARY KEY (id),\n    UNIQUE (y)\n");
    assert_contains(ddl, "    k    TEXT,\n");   /* SQLite lets this key be NULL: not declared, not written */
    assert_contains(ddl, "    FOREIGN KEY (a_id) REFERENCES a (id)\n");
    assert_null(strstr(ddl, "CONSTRAINT pk_a"));
    assert_null(strstr(ddl, "CONSTRAINT ck_"));
    assert_null(strstr(ddl, "CONSTRAINT fk_"));
    assert_null(strstr(ddl, "CONSTRAINT uq_"));
    /* and it loads into the same model */
    sc_model *back = inspect_sql(ddl);
    size_t n;
    char *sql = up_sql(m, back, &n);
    assert_int_equal(n, 0);
    free(sql);
    sc_model_free(back);
    free(ddl);
    sc_model_free(m);
}

/* A model from DSL text (validated as `compile` does). */
/* The DSL model as a diff against a database sees it: read back through
 * SQLite (sc_normalize_sqlite), as `diff` does. */
static sc_model *on_sqlite_terms(const sc_model *m)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *n = sc_normalize_sqlite(m, &d);
    if (!n)
        fail_msg("normalize: %s", d.nerrors ? d.items[0].msg : "?");
    sc_diff_adopt_hints(n, m);
    sc_diags_free(&d);
    return n;
}

/* From the DSL too, nothing invented and what is declared kept: the key
 * NOT NULL the model implies is not written, a `not null` written is, and
 * neither an enum's check nor a key gets a name; a SQLite diff of two DSL
 * models, or of one against the database built from the other, compares
 * the declared type texts and NOT NULL as written. */
static void test_dsl_as_declared(void **state)
{
    (void)state;
    const char *from_text = "enum mood { 'a', 'b' }\n"
                            "table a {\n  id integer primary key\n  v varchar(20)\n  m mood\n}\n"
                            "table k {\n  a int\n  b text\n  primary key (a, b)\n}\n";
    sc_model *from = dsl(from_text);
    char *ddl = ddl_of(from);
    assert_contains(ddl, "    id integer,\n");
    assert_contains(ddl, "    v  varchar(20),\n");
    assert_contains(ddl, "    CHECK (m IN ('a', 'b'))\n");
    assert_contains(ddl, "    a int,\n    b text,\n    PRIMARY KEY (a, b)\n");
    assert_null(strstr(ddl, "NOT NULL"));
    assert_null(strstr(ddl, "CONSTRAINT"));
    /* the database built from it: no difference either way */
    sc_model *db = inspect_sql(ddl);
    sc_model *nfrom = on_sqlite_terms(from);
    size_t n;
    char *sql = up_sql(db, nfrom, &n);
    assert_int_equal(n, 0);
    free(sql);
    free(ddl);
    /* a respelled type and a written NOT NULL are changes, from the DSL and from the database */
    sc_model *to = dsl("enum mood { 'a', 'b' }\n"
                       "table a {\n  id integer not null primary key\n  v character varying(20)\n  m mood\n}\n"
                       "table k {\n  a int not null\n  b text\n  primary key (a, b)\n}\n");
    ddl = ddl_of(to);
    assert_contains(ddl, "    id integer               NOT NULL,\n");
    assert_contains(ddl, "    v  character varying(20),\n");
    assert_contains(ddl, "    a int  NOT NULL,\n    b text,\n");
    free(ddl);
    sql = up_sql(from, to, &n);
    assert_contains(sql, "    v  character varying(20),\n");
    free(sql);
    sc_model *nto = on_sqlite_terms(to);
    sql = up_sql(db, nto, &n);
    assert_true(n >= 3);   /* v's type, id's and a's NOT NULL */
    assert_contains(sql, "    v  character varying(20),\n");
    assert_contains(sql, "    a int  NOT NULL,\n");
    free(sql);
    sc_model_free(nto);
    sc_model_free(nfrom);
    /* a change of case alone is none */
    sc_model *same = dsl("enum mood { 'a', 'b' }\n"
                         "table a {\n  id INTEGER primary key\n  v VARCHAR(20)\n  m mood\n}\n"
                         "table k {\n  a INT\n  b TEXT\n  primary key (a, b)\n}\n");
    sql = up_sql(from, same, &n);
    assert_int_equal(n, 0);
    free(sql);
    sc_model_free(same);
    sc_model_free(to);
    sc_model_free(db);
    sc_model_free(from);
}

/* The DDL schemac writes for a VIRTUAL and a STORED column. */
static void test_generated_ddl(void **state)
{
    (void)state;
    sc_model *a = inspect_sql("CREATE TABLE g (id INTEGER PRIMARY KEY, a INT, v INT AS (a * 2), "
                              "s INT AS (a * 3) STORED);");
    char *ddl = ddl_of(a);
    assert_contains(ddl, "    v  INT     GENERATED ALWAYS AS (a * 2),\n");
    assert_contains(ddl, "    s  INT     GENERATED ALWAYS AS (a * 3) STORED,\n");
    free(ddl);
    sc_model_free(a);
}

static void test_generated_kinds(void **state)
{
    (void)state;
    sc_model *a = inspect_sql("CREATE TABLE g (id INTEGER PRIMARY KEY, a INT, v INT AS (a * 2), "
                              "s INT AS (a * 3) STORED);");
    const sc_table *g = sc_model_table(a, "public", "g");
    assert_true(sc_table_column(g, "v")->generated_virtual);
    assert_false(sc_table_column(g, "s")->generated_virtual);
    /* adding a VIRTUAL column: ALTER TABLE; a STORED one: a rebuild */
    sc_model *b = inspect_sql("CREATE TABLE g (id INTEGER PRIMARY KEY, a INT, v INT AS (a * 2), "
                              "s INT AS (a * 3) STORED, w INT AS (a + 1) VIRTUAL);");
    size_t n;
    char *sql = up_sql(a, b, &n);
    assert_contains(sql, "ALTER TABLE g ADD COLUMN w INT GENERATED ALWAYS AS (a + 1);\n");
    assert_null(strstr(sql, "_schemac_old_g"));
    free(sql);
    sc_model_free(b);
    b = inspect_sql("CREATE TABLE g (id INTEGER PRIMARY KEY, a INT, v INT AS (a * 2), "
                    "s INT AS (a * 3) STORED, t INT AS (a + 2) STORED);");
    sql = up_sql(a, b, &n);
    assert_contains(sql, "ALTER TABLE g RENAME TO _schemac_old_g;\n");
    assert_contains(sql, "CREATE TABLE g (id INTEGER PRIMARY KEY, a INT, v INT AS (a * 2), "
                         "s INT AS (a * 3) STORED, t INT AS (a + 2) STORED);\n");
    free(sql);
    sc_model_free(b);
    /* VIRTUAL -> STORED is a change */
    b = inspect_sql("CREATE TABLE g (id INTEGER PRIMARY KEY, a INT, v INT AS (a * 2) STORED, "
                    "s INT AS (a * 3) STORED);");
    sql = up_sql(a, b, &n);
    assert_true(n > 0);
    assert_contains(sql, "v INT AS (a * 2) STORED");
    free(sql);
    sc_model_free(b);
    sc_model_free(a);
}

/* USERS and users are one table for SQLite: altered, not dropped and
 * created again (SQLite would refuse the CREATE: it already exists), and
 * renamed to the target's spelling (issue 13 item 4): the table through a
 * temporary name (SQLite refuses a case-only rename), the columns directly,
 * the index (which SQLite cannot rename) dropped and created again. */
static void test_names_ignore_case(void **state)
{
    (void)state;
    sc_model *a = inspect_sql("CREATE TABLE USERS (ID INTEGER PRIMARY KEY, Email TEXT);\n"
                              "CREATE INDEX IX_EMAIL ON USERS (Email);\n"
                              "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INT REFERENCES USERS (ID));\n");
    sc_model *b = inspect_sql("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);\n"
                              "CREATE INDEX ix_email ON users (email);\n"
                              "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INT REFERENCES users (id));\n");
    size_t n;
    char *sql = up_sql(a, b, &n);
    assert_string_equal(sql, "-- table users\n"
                             "DROP INDEX \"IX_EMAIL\";\n"
                             "PRAGMA legacy_alter_table = ON;\n"
                             "ALTER TABLE \"USERS\" RENAME TO _schemac_case_users;\n"
                             "ALTER TABLE _schemac_case_users RENAME TO users;\n"
                             "PRAGMA legacy_alter_table = OFF;\n"
                             "ALTER TABLE users RENAME COLUMN \"Email\" TO email;\n"
                             "ALTER TABLE users RENAME COLUMN \"ID\" TO id;\n"
                             "ALTER TABLE users ADD COLUMN name TEXT;\n"
                             "CREATE INDEX ix_email ON users (email);\n");
    assert_null(strstr(sql, "DROP TABLE"));
    free(sql);
    /* the other way: the drop of the column, and the names back */
    sql = up_sql(b, a, &n);
    assert_contains(sql, "DROP COLUMN name;\n");
    assert_contains(sql, "RENAME TO \"USERS\";\n");
    assert_contains(sql, "RENAME COLUMN email TO \"Email\";\n");
    assert_null(strstr(sql, "DROP TABLE"));
    free(sql);
    sc_model_free(b);
    sc_model_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_declared_same),
        cmocka_unit_test(test_declared_types),
        cmocka_unit_test(test_nothing_invented),
        cmocka_unit_test(test_dsl_as_declared),
        cmocka_unit_test(test_generated_ddl),
        cmocka_unit_test(test_generated_kinds),
        cmocka_unit_test(test_names_ignore_case),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
