/* test_tblprops.c - tblprops6 (issue 12): REPLICA IDENTITY, CLUSTER ON and
 * per-column statistics targets: what the DSL puts in the model, the DSL
 * writer and JSON giving them back, the DDL (after the indexes), SQLite's
 * refusals, and the diff: set after the table's index ops, set again when
 * their index is made again, and the down script's set last. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff_fixture.h"
#include "emit/ddl.h"
#include "emit/emit.h"

static const char *schema =
    "table docs {\n"
    "  id   integer primary key clustered\n"
    "  code text    not null statistics 0\n"
    "  n    integer statistics 250\n"
    "\n"
    "  unique index ux_docs_code (code)\n"
    "  replica identity using index ux_docs_code\n"
    "}\n"
    "\n"
    "table runs {\n"
    "  id integer primary key\n"
    "  at integer\n"
    "\n"
    "  index ix_runs_at (at) clustered\n"
    "  replica identity full\n"
    "}\n";

static void check_model(const sc_model *m)
{
    const sc_table *d = sc_model_table(m, "public", "docs"), *r = sc_model_table(m, "public", "runs");
    assert_non_null(d);
    assert_non_null(r);
    assert_int_equal(sc_table_replica_identity(d), 'i');
    assert_string_equal(sc_table_replica_index(d), "ux_docs_code");
    assert_string_equal(sc_table_cluster_index(d), "pk_docs");
    assert_int_equal(sc_column_statistics(sc_table_column(d, "code")), 0);
    assert_int_equal(sc_column_statistics(sc_table_column(d, "n")), 250);
    assert_int_equal(sc_column_statistics(sc_table_column(d, "id")), -1);
    assert_int_equal(sc_table_replica_identity(r), 'f');
    assert_null(sc_table_replica_index(r));
    assert_string_equal(sc_table_cluster_index(r), "ix_runs_at");
}

static void test_round_trips(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    check_model(m);
    char *text = sc_emit_dsl(m);
    assert_contains(text, "  id    integer primary key clustered\n");
    assert_contains(text, "statistics 0\n");
    assert_contains(text, "  replica identity using index ux_docs_code\n");
    assert_contains(text, "  index ix_runs_at (at) clustered\n");
    assert_contains(text, "  replica identity full\n");
    dsl_json_round_trip(m, text, check_model);
}

/* After CREATE TABLE its statistics targets, after every index the
 * replica identity and CLUSTER ON; SQLite refuses each at its place. */
static void test_ddl(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    assert_before(sql, "ALTER TABLE docs ALTER COLUMN code SET STATISTICS 0;\n", "CREATE TABLE runs");
    assert_contains(sql, "ALTER TABLE docs ALTER COLUMN n SET STATISTICS 250;\n");
    assert_before(sql, "CREATE UNIQUE INDEX ux_docs_code", "ALTER TABLE docs REPLICA IDENTITY USING INDEX ux_docs_code;\n");
    assert_before(sql, "CREATE INDEX ix_runs_at", "ALTER TABLE docs CLUSTER ON pk_docs;\n");
    assert_contains(sql, "ALTER TABLE runs REPLICA IDENTITY FULL;\nALTER TABLE runs CLUSTER ON ix_runs_at;\n");
    free(sql);
    assert_null(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    int replica = 0, cluster = 0, stats = 0;
    for (size_t i = 0; i < d.n; i++) {
        replica += strstr(d.items[i].msg, "SQLite has no REPLICA IDENTITY") != NULL;
        cluster += strstr(d.items[i].msg, "SQLite has no CLUSTER ON") != NULL;
        stats += strstr(d.items[i].msg, "SQLite has no statistics targets") != NULL;
    }
    assert_int_equal(replica, 2);
    assert_int_equal(cluster, 2);
    assert_int_equal(stats, 2);
    sc_diags_free(&d);
    sc_model_free(m);
}

static void test_diff_statistics(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  a int statistics 10\n  b int\n}\n",
            "table t {\n  a int\n  b int statistics 300\n  c int statistics 5\n}\n");
    assert_contains(f.up, "ALTER TABLE t ALTER COLUMN a SET STATISTICS -1;\n");
    assert_contains(f.up, "ALTER TABLE t ALTER COLUMN b SET STATISTICS 300;\n");
    assert_before(f.up, "ALTER TABLE t ADD COLUMN c integer;\n", "ALTER TABLE t ALTER COLUMN c SET STATISTICS 5;\n");
    assert_contains(f.down, "ALTER TABLE t ALTER COLUMN a SET STATISTICS 10;\n");
    assert_contains(f.down, "ALTER TABLE t ALTER COLUMN b SET STATISTICS -1;\n");
    assert_contains(f.summary, "statistics");
    done(&f);
}

/* The new index first, then what names it; the down script names the old
 * one once it is back (its first half writes nothing, nor is it listed). */
static void test_diff_moves(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table t {\n  a int not null\n  b int not null\n  index ix_a (a) clustered\n}\n",
            "table t {\n  a int not null\n  b int not null\n  index ix_a (a)\n"
            "  unique index ux_b (b) clustered\n  replica identity using index ux_b\n}\n");
    assert_string_equal(f.up, "-- table t\nCREATE UNIQUE INDEX ux_b ON t (b);\n"
                              "ALTER TABLE t REPLICA IDENTITY USING INDEX ux_b;\nALTER TABLE t CLUSTER ON ux_b;\n");
    assert_string_equal(f.down, "-- table t\nDROP INDEX ux_b;\nALTER TABLE t REPLICA IDENTITY DEFAULT;\n"
                                "ALTER TABLE t CLUSTER ON ix_a;\n");
    /* the index and the change, one line each: the down script's half is not one */
    assert_contains(f.summary, "(replica identity, cluster on)");
    size_t lines = 0;
    for (const char *p = f.summary; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, 2);
    done(&f);
}

/* A drop and create of the index (its definition changed) forgets both in
 * PostgreSQL: they are said again, both ways, though both sides agree. */
static void test_diff_index_made_again(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table t {\n  a int not null\n  b int not null\n  unique index ux (a) clustered\n"
            "  replica identity using index ux\n}\n",
            "table t {\n  a int not null\n  b int not null\n  unique index ux (a, b) clustered\n"
            "  replica identity using index ux\n}\n");
    assert_before(f.up, "CREATE UNIQUE INDEX ux ON t (a, b);\n", "ALTER TABLE t REPLICA IDENTITY USING INDEX ux;\n");
    assert_contains(f.up, "ALTER TABLE t CLUSTER ON ux;\n");
    assert_before(f.down, "CREATE UNIQUE INDEX ux ON t (a);\n", "ALTER TABLE t REPLICA IDENTITY USING INDEX ux;\n");
    assert_contains(f.down, "ALTER TABLE t CLUSTER ON ux;\n");
    done(&f);
    /* nothing made again, nothing changed: nothing said */
    diff_pg(&f, "table t {\n  a int not null\n  unique index ux (a) clustered\n  replica identity using index ux\n}\n",
            "table t {\n  a int not null\n  unique index ux (a) clustered\n  replica identity using index ux\n}\n");
    assert_string_equal(f.up, "");
    assert_string_equal(f.down, "");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_ddl),
        cmocka_unit_test(test_diff_statistics),
        cmocka_unit_test(test_diff_moves),
        cmocka_unit_test(test_diff_index_made_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
