/* test_sqlite_scan.c - the scanner of stored SQLite DDL, on statements as
 * the sqlite3 shell's users, Alembic's batch mode and schemac write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "inspect/sqlite_scan.h"

#define COL(t, i) SC_VEC_AT((t).columns, i, sq_column)
#define CON(t, i) SC_VEC_AT((t).constraints, i, sq_constraint)
#define STR(v, i) ((const char *)(v).items[i])

static sq_table scan_ok(sc_arena *a, const char *sql)
{
    sq_table t;
    const char *err = "unset";
    int rc = sq_scan_table(a, sql, &t, &err);
    if (rc)
        fail_msg("scan failed: %s\n%s", err, sql);
    assert_null(err);
    return t;
}

static void test_tokens(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    const char *sql = "a 'it''s' \"x\"\"y\" `b``c` [d e] -- c\n /* c */ 1.5e-3 x'00ff' (";
    sq_tok *t;
    const char *err;
    long n = sq_tokenize(a, sql, &t, &err);
    assert_int_equal(n, 8);
    assert_int_equal(t[0].kind, SQ_WORD);
    assert_int_equal(t[1].kind, SQ_STRING);
    assert_string_equal(sq_tok_value(a, sql, &t[1]), "it's");
    assert_int_equal(t[2].kind, SQ_QUOTED);
    assert_string_equal(sq_tok_value(a, sql, &t[2]), "x\"y");
    assert_string_equal(sq_tok_value(a, sql, &t[3]), "b`c");
    assert_string_equal(sq_tok_value(a, sql, &t[4]), "d e");
    assert_int_equal(t[5].kind, SQ_NUMBER);
    assert_int_equal(t[5].len, 6);
    assert_int_equal(t[6].kind, SQ_STRING);
    assert_int_equal(t[7].kind, SQ_OP);
    assert_int_equal(t[8].kind, SQ_EOF);
    assert_int_equal(sq_tokenize(a, "a 'open", &t, &err), -1);
    assert_non_null(err);
    assert_int_equal(sq_tokenize(a, "a \"open", &t, &err), -1);
    sc_arena_free(a);
}

/* The sqlite3 shell, as people type it. */
static void test_shell_style(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t = scan_ok(a,
        "create table posts (\n"
        "  id integer primary key autoincrement, -- the key\n"
        "  \"author id\" int references users(id) on delete set null,\n"
        "  title varchar(255) not null unique,\n"
        "  body text default '' /* (not null yet) */,\n"
        "  score int check(score>0) default 0,\n"
        "  created datetime default current_timestamp\n"
        ")");
    assert_string_equal(t.name, "posts");
    assert_int_equal(t.columns.n, 6);
    assert_string_equal(COL(t, 1)->name, "author id");
    assert_string_equal(COL(t, 5)->name, "created");
    assert_int_equal(t.constraints.n, 4);
    sq_constraint *pk = CON(t, 0);
    assert_int_equal(pk->kind, SC_CON_PRIMARY_KEY);
    assert_true(pk->autoincrement);
    assert_null(pk->name);
    assert_string_equal(STR(pk->columns, 0), "id");
    sq_constraint *fk = CON(t, 1);
    assert_int_equal(fk->kind, SC_CON_FOREIGN_KEY);
    assert_string_equal(fk->column, "author id");
    assert_string_equal(fk->ref_table, "users");
    assert_string_equal(STR(fk->ref_columns, 0), "id");
    assert_int_equal(fk->on_delete, SC_FK_SET_NULL);
    assert_int_equal(fk->on_update, SC_FK_NO_ACTION);
    assert_int_equal(CON(t, 2)->kind, SC_CON_UNIQUE);
    assert_string_equal(STR(CON(t, 2)->columns, 0), "title");
    assert_int_equal(CON(t, 3)->kind, SC_CON_CHECK);
    assert_string_equal(CON(t, 3)->check_expr, "score>0");
    assert_string_equal(CON(t, 3)->column, "score");
    sc_arena_free(a);
}

/* What Alembic's batch mode leaves behind after the rename back. */
static void test_alembic_batch(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t = scan_ok(a,
        "CREATE TABLE \"users\" (\n"
        "\tid INTEGER NOT NULL, \n"
        "\temail VARCHAR(255) NOT NULL, \n"
        "\tauthor_id INTEGER, \n"
        "\tstatus VARCHAR(8), \n"
        "\tCONSTRAINT pk_users PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_users_email UNIQUE (email), \n"
        "\tCONSTRAINT fk_users_author_id_users FOREIGN KEY(author_id) REFERENCES users (id) "
        "ON DELETE CASCADE, \n"
        "\tCONSTRAINT ck_users_status CHECK (status IN ('a', 'b')), \n"
        "\tCHECK (length(email) > 3)\n"
        ")");
    assert_string_equal(t.name, "users");
    assert_int_equal(t.columns.n, 4);
    assert_int_equal(t.constraints.n, 5);
    assert_string_equal(CON(t, 0)->name, "pk_users");
    assert_null(CON(t, 0)->column);
    assert_string_equal(STR(CON(t, 0)->columns, 0), "id");
    assert_string_equal(CON(t, 1)->name, "uq_users_email");
    assert_string_equal(CON(t, 2)->name, "fk_users_author_id_users");
    assert_int_equal(CON(t, 2)->on_delete, SC_FK_CASCADE);
    assert_string_equal(STR(CON(t, 2)->columns, 0), "author_id");
    assert_string_equal(CON(t, 3)->check_expr, "status IN ('a', 'b')");
    assert_null(CON(t, 4)->name);
    assert_string_equal(CON(t, 4)->check_expr, "length(email) > 3");
    sc_arena_free(a);
}

static void test_quoting_and_nesting(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t = scan_ok(a,
        "CREATE TABLE IF NOT EXISTS main.[odd table] (`a``b` TEXT COLLATE NOCASE, "
        "\"c)\" INTEGER DEFAULT (1 + (2 * 3)) CONSTRAINT \"ck, odd\" CHECK ((\"c)\" + 1) > (0)), "
        "d TEXT CHECK (d <> ')' AND d NOT IN ('(', '--', '/*')), "
        "e double precision, f timestamp(3) with time zone, g numeric(10, 2) not null, "
        "CONSTRAINT two PRIMARY KEY (\"a`b\" COLLATE NOCASE DESC, \"c)\") ON CONFLICT ABORT, "
        "UNIQUE (d, e), CHECK(e>0)) WITHOUT ROWID, STRICT");
    assert_string_equal(t.name, "odd table");
    assert_true(t.without_rowid);
    assert_true(t.strict);
    assert_int_equal(t.columns.n, 6);
    assert_string_equal(COL(t, 0)->name, "a`b");
    assert_string_equal(COL(t, 0)->collation, "NOCASE");
    assert_string_equal(COL(t, 1)->name, "c)");
    assert_string_equal(COL(t, 5)->name, "g");
    assert_int_equal(t.constraints.n, 5);
    assert_string_equal(CON(t, 0)->name, "ck, odd");
    /* only parentheses around the whole expression go */
    assert_string_equal(CON(t, 0)->check_expr, "(\"c)\" + 1) > (0)");
    assert_string_equal(CON(t, 1)->check_expr, "d <> ')' AND d NOT IN ('(', '--', '/*')");
    assert_string_equal(CON(t, 2)->name, "two");
    assert_int_equal(CON(t, 2)->columns.n, 2);
    assert_string_equal(STR(CON(t, 2)->columns, 0), "a`b");
    assert_string_equal(STR(CON(t, 2)->columns, 1), "c)");
    assert_int_equal(CON(t, 3)->kind, SC_CON_UNIQUE);
    assert_int_equal(CON(t, 3)->columns.n, 2);
    assert_string_equal(CON(t, 4)->check_expr, "e>0");
    sc_arena_free(a);
}

static void test_generated_and_fk_options(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t = scan_ok(a,
        "CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a * 2) STORED, "
        "c INT AS (a + 1), d INT GENERATED ALWAYS AS ((a)) VIRTUAL NOT NULL, "
        "p INT, q INT, "
        "CONSTRAINT fk_pq FOREIGN KEY (p, q) REFERENCES \"Parent\" ON UPDATE CASCADE "
        "ON DELETE RESTRICT MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED, "
        "FOREIGN KEY (q) REFERENCES other(x) NOT DEFERRABLE INITIALLY IMMEDIATE "
        "ON DELETE SET DEFAULT)");
    assert_string_equal(COL(t, 1)->generated, "a * 2");
    assert_true(COL(t, 1)->stored);
    assert_string_equal(COL(t, 2)->generated, "a + 1");
    assert_false(COL(t, 2)->stored);
    assert_string_equal(COL(t, 3)->generated, "a");
    assert_false(COL(t, 3)->stored);
    assert_null(COL(t, 0)->generated);
    assert_int_equal(t.constraints.n, 2);
    sq_constraint *fk = CON(t, 0);
    assert_string_equal(fk->name, "fk_pq");
    assert_string_equal(fk->ref_table, "Parent");
    assert_int_equal(fk->ref_columns.n, 0);
    assert_int_equal(fk->columns.n, 2);
    assert_int_equal(fk->on_update, SC_FK_CASCADE);
    assert_int_equal(fk->on_delete, SC_FK_RESTRICT);
    assert_true(fk->deferrable);
    assert_true(fk->initially_deferred);
    fk = CON(t, 1);
    assert_false(fk->deferrable);
    assert_false(fk->initially_deferred);
    assert_int_equal(fk->on_delete, SC_FK_SET_DEFAULT);
    sc_arena_free(a);
}

/* Column constraints named one by one, and a name before every kind. */
static void test_named_column_constraints(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t = scan_ok(a,
        "CREATE TABLE x (id INTEGER CONSTRAINT pk_x PRIMARY KEY ASC ON CONFLICT REPLACE, "
        "e TEXT CONSTRAINT nn NOT NULL CONSTRAINT uq_x_e UNIQUE CONSTRAINT ck_e CHECK (e != '') "
        "CONSTRAINT fk_e REFERENCES y (e) DEFAULT 'z' COLLATE \"C\")");
    assert_int_equal(t.constraints.n, 4);
    assert_string_equal(CON(t, 0)->name, "pk_x");
    assert_false(CON(t, 0)->autoincrement);
    assert_string_equal(CON(t, 1)->name, "uq_x_e");
    assert_string_equal(CON(t, 2)->name, "ck_e");
    assert_string_equal(CON(t, 3)->name, "fk_e");
    assert_string_equal(COL(t, 1)->collation, "C");
    sc_arena_free(a);
}

/* Table constraints may follow each other without commas; keyword-like
 * column names are quoted. */
static void test_no_commas_and_keyword_names(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t = scan_ok(a,
        "CREATE TABLE \"check\" (\"default\" TEXT, key TEXT, \"primary\" INT, "
        "PRIMARY KEY(key) UNIQUE(\"default\") CONSTRAINT c CHECK(\"primary\" > 0))");
    assert_string_equal(t.name, "check");
    assert_int_equal(t.columns.n, 3);
    assert_string_equal(COL(t, 0)->name, "default");
    assert_string_equal(COL(t, 1)->name, "key");
    assert_int_equal(t.constraints.n, 3);
    assert_int_equal(CON(t, 0)->kind, SC_CON_PRIMARY_KEY);
    assert_int_equal(CON(t, 1)->kind, SC_CON_UNIQUE);
    assert_string_equal(STR(CON(t, 1)->columns, 0), "default");
    assert_string_equal(CON(t, 2)->name, "c");
    assert_string_equal(CON(t, 2)->check_expr, "\"primary\" > 0");
    sc_arena_free(a);
}

static void test_scan_errors(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_table t;
    sq_index ix;
    const char *err = NULL;
    assert_int_equal(sq_scan_table(a, "CREATE VIEW v AS SELECT 1", &t, &err), -1);
    assert_non_null(err);
    assert_int_equal(sq_scan_table(a, "CREATE TABLE t (a INT", &t, &err), -1);
    assert_non_null(strstr(err, "end of the statement"));
    assert_int_equal(sq_scan_table(a, "CREATE TABLE t (a INT CHECK (a > 0)", &t, &err), -1);
    assert_int_equal(sq_scan_index(a, "CREATE INDEX i ON t", &ix, &err), -1);
    sc_arena_free(a);
}

static void test_index(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sq_index ix;
    const char *err;
    assert_int_equal(sq_scan_index(a,
        "CREATE UNIQUE INDEX IF NOT EXISTS \"Ix One\" ON \"My T\" (lower(name) COLLATE nocase DESC, "
        "b, \"c\" ASC, (a + b), [d e] COLLATE \"C\") WHERE (deleted_at IS NULL AND (b > 0));",
        &ix, &err), 0);
    assert_true(ix.unique);
    assert_string_equal(ix.name, "Ix One");
    assert_string_equal(ix.table, "My T");
    assert_int_equal(ix.elems.n, 5);
    sq_index_elem *e = SC_VEC_AT(ix.elems, 0, sq_index_elem);
    assert_null(e->column);
    assert_string_equal(e->expr, "lower(name)");
    assert_string_equal(e->collation, "nocase");
    assert_true(e->desc);
    e = SC_VEC_AT(ix.elems, 1, sq_index_elem);
    assert_string_equal(e->column, "b");
    assert_false(e->desc);
    assert_null(e->collation);
    assert_string_equal(SC_VEC_AT(ix.elems, 2, sq_index_elem)->column, "c");
    assert_string_equal(SC_VEC_AT(ix.elems, 3, sq_index_elem)->expr, "a + b");
    e = SC_VEC_AT(ix.elems, 4, sq_index_elem);
    assert_string_equal(e->column, "d e");
    assert_string_equal(e->collation, "C");
    assert_string_equal(ix.where, "deleted_at IS NULL AND (b > 0)");

    assert_int_equal(sq_scan_index(a, "create index ix_t_a on t(a desc)", &ix, &err), 0);
    assert_false(ix.unique);
    assert_null(ix.where);
    assert_true(SC_VEC_AT(ix.elems, 0, sq_index_elem)->desc);
    sc_arena_free(a);
}

static void test_in_list(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    const char *col;
    sc_names labels;
    assert_true(sq_match_in_list(a, "status IN ('active', 'it''s', 'x')", &col, &labels));
    assert_string_equal(col, "status");
    assert_int_equal(labels.n, 3);
    assert_string_equal(labels.items[1], "it's");
    assert_true(sq_match_in_list(a, "\"Mood\" in ('a')", &col, &labels));
    assert_string_equal(col, "Mood");
    assert_int_equal(labels.n, 1);
    assert_false(sq_match_in_list(a, "status IN ('a', 1)", &col, &labels));
    assert_false(sq_match_in_list(a, "status NOT IN ('a')", &col, &labels));
    assert_false(sq_match_in_list(a, "status IN ('a') OR x", &col, &labels));
    assert_false(sq_match_in_list(a, "status IN ()", &col, &labels));
    assert_false(sq_match_in_list(a, "lower(s) IN ('a')", &col, &labels));
    assert_false(sq_match_in_list(a, "s IN ('a',)", &col, &labels));
    assert_false(sq_match_in_list(a, "s IN ('a' 'b')", &col, &labels));
    assert_string_equal(sq_strip_outer_parens(a, "((1 + 2))"), "1 + 2");
    assert_string_equal(sq_strip_outer_parens(a, "(1) + (2)"), "(1) + (2)");
    assert_string_equal(sq_strip_outer_parens(a, "'('"), "'('");
    sc_arena_free(a);
}

/* ---- against SQLite itself ------------------------------------------------ *
 * Random CREATE TABLE / CREATE INDEX statements built from awkward pieces
 * (every quoting style, comments, nested parentheses, strings holding
 * parentheses and comment markers); those SQLite accepts are scanned from the
 * text SQLite stored, and the scan must agree with SQLite's pragmas. */

static unsigned rnd_state = 12345;
static unsigned rnd(unsigned n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 16) % n;
}
#define PICK(arr) (arr[rnd(sizeof arr / sizeof arr[0])])

static const char *const names[] = {"a", "\"b c\"", "`d``e`", "[F g]", "'h'", "\"order\"", "key",
                                    "\"sel\"\"ect\"", "x1"};
static const char *const blanks[] = {" ", "\n\t", " /* c, ( ' */ ", " -- c ) '\n", ""};
static const char *const types[] = {"", "INTEGER", "varchar(255)", "VARCHAR ( 10 )", "numeric(10, 2)",
                                    "double precision", "mood", "unsigned big int"};
static const char *const col_cons[] = {
    "NOT NULL", "NULL", "UNIQUE", "CHECK(%s>0)", "CHECK ((%s) IN ('(', ')'))", "DEFAULT 0",
    "DEFAULT -1.5", "DEFAULT 'x'')'", "DEFAULT (1+(2))", "DEFAULT CURRENT_TIMESTAMP", "COLLATE NOCASE",
    "REFERENCES p(id) ON DELETE CASCADE", "REFERENCES p DEFERRABLE INITIALLY DEFERRED",
    "NOT NULL ON CONFLICT IGNORE", "CONSTRAINT \"n)\" CHECK (coalesce(%s, '--') <> '/*')",
    "GENERATED ALWAYS AS (1) STORED", "AS (2)"};
static const char *const tab_cons[] = {"UNIQUE (%s)", "CHECK (length(%s) > (1))",
                                       "FOREIGN KEY (%s) REFERENCES p (id) ON UPDATE SET NULL",
                                       "CONSTRAINT [c k] CHECK(%s<>')')", "PRIMARY KEY (%s DESC)"};

static void random_table(char *buf, size_t cap, const char *cols[], size_t *ncols)
{
    size_t len = (size_t)snprintf(buf, cap, "CREATE TABLE t%s(", PICK(blanks));
    *ncols = 1 + rnd(4);
    for (size_t i = 0; i < *ncols; i++) {
        cols[i] = names[(i * 3 + rnd(3)) % (sizeof names / sizeof names[0])];
        for (size_t j = 0; j < i; j++)
            if (cols[j] == cols[i])
                cols[i] = names[(i * 3 + 7) % (sizeof names / sizeof names[0])];
        len += (size_t)snprintf(buf + len, cap - len, "%s%s %s%s", i ? "," : "", cols[i],
                                PICK(types), PICK(blanks));
        for (unsigned k = rnd(3); k > 0; k--) {
            len += (size_t)snprintf(buf + len, cap - len, " ");
            len += (size_t)snprintf(buf + len, cap - len, PICK(col_cons), cols[i]);
            len += (size_t)snprintf(buf + len, cap - len, "%s", PICK(blanks));
        }
    }
    for (unsigned k = rnd(3); k > 0; k--) {
        len += (size_t)snprintf(buf + len, cap - len, ",%s", PICK(blanks));
        len += (size_t)snprintf(buf + len, cap - len, PICK(tab_cons), cols[rnd((unsigned)*ncols)]);
    }
    snprintf(buf + len, cap - len, ")%s", rnd(4) ? "" : " WITHOUT ROWID");
}

static void test_against_sqlite(void **state)
{
    (void)state;
    sqlite3 *db;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE p (id INTEGER PRIMARY KEY)", NULL, NULL, NULL), SQLITE_OK);
    int accepted = 0, indexes = 0;
    for (int iter = 0; iter < 3000; iter++) {
        char sql[4096];
        const char *cols[8];
        size_t ncols;
        random_table(sql, sizeof sql, cols, &ncols);
        if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
            continue;
        accepted++;
        sqlite3_stmt *st;
        assert_int_equal(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE name = 't'", -1, &st,
                                            NULL), SQLITE_OK);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        sc_arena *a = sc_arena_new();
        const char *stored = sc_arena_strdup(a, (const char *)sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sq_table t;
        const char *err;
        if (sq_scan_table(a, stored, &t, &err))
            fail_msg("scan failed (%s) on SQL SQLite accepted:\n%s", err, stored);
        assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_xinfo('t')", -1, &st, NULL),
                         SQLITE_OK);
        size_t i = 0;
        for (; sqlite3_step(st) == SQLITE_ROW; i++) {
            if (i >= t.columns.n || strcmp(COL(t, i)->name, (const char *)sqlite3_column_text(st, 0)))
                fail_msg("column %zu differs from pragma_table_xinfo in:\n%s", i, stored);
        }
        sqlite3_finalize(st);
        assert_int_equal(i, t.columns.n);

        /* an index on the same columns, with expressions, collations, DESC, WHERE */
        char ix[1024];
        snprintf(ix, sizeof ix, "CREATE %sINDEX \"i x\" ON t /* ( */ (%s%s, lower(%s) COLLATE NOCASE%s)%s",
                 rnd(2) ? "UNIQUE " : "", cols[0], rnd(2) ? " DESC" : "", cols[ncols - 1],
                 rnd(2) ? " desc" : "", rnd(2) ? " WHERE (x1 IS NULL OR 'a--' <> ')')" : "");
        if (sqlite3_exec(db, ix, NULL, NULL, NULL) == SQLITE_OK) {
            indexes++;
            sq_index si;
            assert_int_equal(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE name = 'i x'", -1,
                                                &st, NULL), SQLITE_OK);
            assert_int_equal(sqlite3_step(st), SQLITE_ROW);
            stored = sc_arena_strdup(a, (const char *)sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            if (sq_scan_index(a, stored, &si, &err))
                fail_msg("index scan failed (%s) on:\n%s", err, stored);
            assert_int_equal(si.elems.n, 2);
            assert_non_null(SC_VEC_AT(si.elems, 0, sq_index_elem)->column);
            assert_string_equal(SC_VEC_AT(si.elems, 1, sq_index_elem)->collation, "NOCASE");
            assert_non_null(SC_VEC_AT(si.elems, 1, sq_index_elem)->expr);
            assert_int_equal(sqlite3_prepare_v2(db, "SELECT \"desc\" FROM pragma_index_xinfo('i x') "
                                                "WHERE key = 1 ORDER BY seqno", -1, &st, NULL), SQLITE_OK);
            for (size_t k = 0; sqlite3_step(st) == SQLITE_ROW; k++)
                assert_int_equal(SC_VEC_AT(si.elems, k, sq_index_elem)->desc, sqlite3_column_int(st, 0));
            sqlite3_finalize(st);
        }
        sc_arena_free(a);
        assert_int_equal(sqlite3_exec(db, "DROP TABLE t", NULL, NULL, NULL), SQLITE_OK);
    }
    print_message("%d random tables and %d indexes accepted by SQLite, scanned\n", accepted, indexes);
    /* the generator must really exercise the scanner */
    assert_true(accepted > 500);
    assert_true(indexes > 200);
    sqlite3_close(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_shell_style),
        cmocka_unit_test(test_alembic_batch),
        cmocka_unit_test(test_quoting_and_nesting),
        cmocka_unit_test(test_generated_and_fk_options),
        cmocka_unit_test(test_named_column_constraints),
        cmocka_unit_test(test_no_commas_and_keyword_names),
        cmocka_unit_test(test_scan_errors),
        cmocka_unit_test(test_index),
        cmocka_unit_test(test_in_list),
        cmocka_unit_test(test_against_sqlite),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
