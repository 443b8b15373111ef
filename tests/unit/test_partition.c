/* test_partition.c - partitioning and inheritance (issue 12 items 4-5) in
 * the DSL, validation, the JSON model, the DDL of both dialects and the
 * diff: what is parsed, what is refused where, what is written back, and
 * the SQL a change makes. (Convergence on a real server: tests/cases/
 * pg_partition_*, pg_inherits_child, tests/db2db/pg_partitions_inheritance.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff/diff.h"
#include "emit/emit.h"
#include "emit/migration.h"
#include "parser/parser.h"
#include "diff_fixture.h"
#include "model/partition_key.h"

static const char *parts =
    "table m_2024 partition of m for values from ('2024-01-01') to (MAXVALUE)\n"
    "table m partition by range (d) {\n"
    "  id int not null\n"
    "  d date not null\n"
    "  primary key (id, d)\n"
    "}\n"
    "schema app {\n"
    "  table h partition by hash (id) { id int }\n"
    "  table h0 partition of h for values with (modulus 2, remainder 0) { index h0_id (id) }\n"
    "  table h1 partition of h for values with (modulus 2, remainder 1)\n"
    "}\n"
    "table m_def partition of m default\n"
    "table c inherits (m_base, app.other) {\n"
    "  x text\n"
    "  unique (id, x)\n"
    "}\n"
    "table m_base { id int }\n"
    "table app.other { y int }\n";

static void test_parsed(void **state)
{
    (void)state;
    sc_model *m = dsl(parts);
    const sc_table *t = sc_model_table(m, "public", "m");
    assert_string_equal(t->partition_key, "RANGE (d)");
    const sc_table *p = sc_model_table(m, "public", "m_2024");
    assert_string_equal(p->parent_schema, "public");
    assert_string_equal(p->parent_name, "m");
    assert_string_equal(p->partition_bound, "FOR VALUES FROM ('2024-01-01') TO (MAXVALUE)");
    assert_int_equal(p->columns.n, 0);
    assert_string_equal(sc_model_table(m, "public", "m_def")->partition_bound, "DEFAULT");
    /* unqualified inside a block: the block's schema */
    const sc_table *h0 = sc_model_table(m, "app", "h0");
    assert_string_equal(h0->parent_schema, "app");
    assert_string_equal(h0->partition_bound, "FOR VALUES WITH (modulus 2, remainder 0)");
    assert_int_equal(h0->indexes.n, 1);
    const sc_table *c = sc_model_table(m, "public", "c");
    assert_int_equal(c->inherits.n, 2);
    assert_string_equal(c->inherits_schemas.items[0], "public");
    assert_string_equal(c->inherits.items[0], "m_base");
    assert_string_equal(c->inherits_schemas.items[1], "app");
    assert_string_equal(c->inherits.items[1], "other");
    sc_model_free(m);
}

static void test_errors(void **state)
{
    (void)state;
    char *s = dsl_first_error("table p partition of nowhere default\n");
    assert_non_null(strstr(s, "t.sch:1:9: error: unknown table \"nowhere\" named by `partition of` of table \"p\""));
    free(s);
    s = dsl_first_error("table a { x int }\ntable p partition of a for values in (1)\n");
    assert_non_null(strstr(s, "error: table \"a\" is not partitioned (no `partition by`): table \"p\" cannot be its partition"));
    free(s);
    s = dsl_first_error("table a partition by list (x) { x int }\ntable c inherits (a) { y int }\n");
    assert_non_null(strstr(s, "error: table \"a\" is partitioned: table \"c\" cannot inherit from it"));
    free(s);
    s = dsl_first_error("table a inherits (b) { x int }\ntable b inherits (a) { y int }\n");
    assert_non_null(strstr(s, "is its own ancestor"));
    free(s);
    s = dsl_first_error("table a partition by tree (x) { x int }\n");
    assert_non_null(strstr(s, "t.sch:1:9: error: unknown partitioning strategy \"tree\" (range, list or hash)"));
    free(s);
    s = dsl_first_error("table a partition by list (x) partition by list (x) { x int }\n");
    assert_non_null(strstr(s, "`partition by` given twice in table \"a\""));
    free(s);
    s = dsl_first_error("table m partition by list (a) { a int }\ntable p partition of m for values in (1) {\n  b int\n}\n");
    assert_non_null(strstr(s, "t.sch:3:3: error: column \"b\" in partition \"p\": a partition's columns are its parent's"));
    free(s);
    /* keys and indexes of a child name its parents' columns; others are unknown */
    s = dsl_first_error("table a { x int }\ntable c inherits (a) {\n  y int\n  index c_z (z)\n}\n");
    assert_non_null(strstr(s, "unknown column \"z\" in index \"c_z\""));
    free(s);
}

static void test_written_back(void **state)
{
    (void)state;
    sc_model *m = dsl(parts);
    char *t1 = sc_emit_dsl(m);
    assert_non_null(strstr(t1, "table m_2024 partition of m for values from ('2024-01-01') to (MAXVALUE) {\n}\n"));
    assert_non_null(strstr(t1, "table app.h0 partition of app.h for values with (modulus 2, remainder 0) {\n"));
    assert_non_null(strstr(t1, "table c inherits (m_base, app.other) {\n"));
    assert_non_null(strstr(t1, "table m partition by range (d) {\n"));
    assert_non_null(strstr(t1, "table m_def partition of m default {\n}\n"));
    sc_model *m2 = dsl(t1);
    char *t2 = sc_emit_dsl(m2);
    assert_string_equal(t1, t2);
    char *js = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("m.json", js, strlen(js), &d);
    assert_non_null(m3);
    assert_int_equal(sc_model_finish(m3, &d), 0);
    char *t3 = sc_emit_dsl(m3);
    assert_string_equal(t1, t3);
    /* compile: parents first, a partition without a list of its own */
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    const char *parent = strstr(sql, "CREATE TABLE m (");
    const char *part = strstr(sql, "CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);\n");
    assert_true(parent && part && parent < part);
    assert_non_null(strstr(sql, ") PARTITION BY RANGE (d);\n"));
    assert_non_null(strstr(sql, ") INHERITS (m_base, app.other);\n"));
    assert_true(strstr(sql, "CREATE TABLE app.other (") < strstr(sql, "CREATE TABLE c ("));
    sc_diags_free(&d);
    free(sql);
    free(t1);
    free(t2);
    free(t3);
    free(js);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

static void test_sqlite_refuses(void **state)
{
    (void)state;
    sc_model *m = dsl("table a partition by list (x) { x int }\ntable b { y int }\n");
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    assert_null(sql);
    assert_int_equal(d.nerrors, 1);
    char *s = sc_diag_format(&d.items[0]);
    assert_non_null(strstr(s, "test.sch:1:9: error: table \"a\" is partitioned (partition by): SQLite has neither"));
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* The up or down script of from -> to; NULL when the emitter refused. */
static void test_diff(void **state)
{
    (void)state;
    size_t ne;
    const char *base = "table m partition by range (d) { d date not null }\n";
    char *from = malloc(512), *to = malloc(512);
    snprintf(from, 512, "%stable p partition of m for values from ('2024-01-01') to ('2025-01-01')\n", base);
    snprintf(to, 512, "%stable p partition of m for values from ('2023-01-01') to ('2025-01-01')\n", base);
    char *up = plan_sql(from, to, false, &ne);
    assert_string_equal(up, "-- table p\n"
                            "ALTER TABLE m DETACH PARTITION p;\n"
                            "-- HAZARD: attaches public.p to public.m FOR VALUES FROM ('2023-01-01') TO ('2025-01-01'): "
                            "it fails if a row does not fit the bound (and scans every row to check)\n"
                            "ALTER TABLE m ATTACH PARTITION p FOR VALUES FROM ('2023-01-01') TO ('2025-01-01');\n");
    free(up);
    /* a new partition after its parent, dropped before it */
    up = plan_sql("", to, false, &ne);
    assert_true(strstr(up, "CREATE TABLE m (") < strstr(up, "CREATE TABLE p PARTITION OF m"));
    free(up);
    char *down = plan_sql("", to, true, &ne);
    assert_true(strstr(down, "DROP TABLE p;") < strstr(down, "DROP TABLE m;"));
    free(down);
    /* the spelling of a key is no change; another key is an error, and nothing is written */
    up = plan_sql(base, "table m partition by RANGE ( d ) { d date not null }\n", false, &ne);
    assert_string_equal(up, "");
    assert_int_equal(ne, 0);
    free(up);
    up = plan_sql(base, "table m partition by list (d) { d date not null }\n", false, &ne);
    assert_null(up);
    assert_int_equal(ne, 1);
    /* INHERITS: a parent without columns added and removed */
    up = plan_sql("table a { }\ntable b { }\ntable c { x int }\n", "table a { }\ntable b { }\ntable c inherits (a) { x int }\n",
                 false, &ne);
    assert_string_equal(up, "-- table c\nALTER TABLE c INHERIT a;\n");
    free(up);
    down = plan_sql("table a { }\ntable b { }\ntable c { x int }\n", "table a { }\ntable b { }\ntable c inherits (a) { x int }\n",
                   true, &ne);
    assert_string_equal(down, "-- table c\nALTER TABLE c NO INHERIT a;\n");
    free(down);
    /* partmig: a standalone table with columns attached, its columns
     * brought in line with the parent's first; detached the other way */
    up = plan_sql("table m partition by list (d) { d int }\ntable p { d bigint\n e text }\n",
                 "table m partition by list (d) { d int }\ntable p partition of m for values in (1)\n", false, &ne);
    assert_non_null(up);
    assert_int_equal(ne, 0);
    assert_true(strstr(up, "ALTER TABLE p DROP COLUMN e;") < strstr(up, "ALTER TABLE m ATTACH PARTITION p"));
    assert_true(strstr(up, "ALTER TABLE p ALTER COLUMN d TYPE integer;") < strstr(up, "ALTER TABLE m ATTACH PARTITION p"));
    free(up);
    down = plan_sql("table m partition by list (d) { d int }\ntable p { d bigint\n e text }\n",
                   "table m partition by list (d) { d int }\ntable p partition of m for values in (1)\n", true, &ne);
    assert_non_null(strstr(down, "ALTER TABLE m DETACH PARTITION p;"));
    assert_true(strstr(down, "ALTER TABLE m DETACH PARTITION p;") < strstr(down, "ALTER TABLE p ADD COLUMN e text;"));
    free(down);
    /* partmig: a partition's own default on its parent's column */
    up = plan_sql("table m partition by list (d) { d int\n v int }\ntable p partition of m for values in (1)\n",
                 "table m partition by list (d) { d int\n v int }\ntable p partition of m for values in (1) {\n"
                 "  v int default 3\n}\n", false, &ne);
    assert_string_equal(up, "-- table p\nALTER TABLE p ALTER COLUMN v SET DEFAULT 3;\n");
    free(up);
    /* a partition's column of another type than its parent's: an input error */
    char *s = dsl_first_error("table m partition by list (a) { a int }\ntable p partition of m for values in (1) {\n"
                              "  a text\n}\n");
    assert_non_null(strstr(s, "t.sch:3:3: error: column \"a\" in partition \"p\": its type must be its parent's column's"));
    free(s);
    free(from);
    free(to);
}

/* parts7: a key's elements, as PostgreSQL's part_elem reads them */
static void test_key_elems(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    sc_pkey_elem e[SC_PKEY_MAX];
    assert_int_equal(sc_partition_key_elems(a, "RANGE (a, \"B\")", e), 2);
    assert_string_equal(e[0].column, "a");
    assert_string_equal(e[1].column, "B");
    assert_null(e[1].collation);
    assert_int_equal(sc_partition_key_elems(a, "RANGE (lower(name) text_pattern_ops)", e), 1);
    assert_null(e[0].column);
    assert_string_equal(e[0].expr, "lower(name)");
    assert_string_equal(e[0].opclass, "text_pattern_ops");
    assert_true(sc_pkey_opclass_bytes(e[0].opclass));
    assert_int_equal(sc_partition_key_elems(a, "range (region collate \"und-x-icu\", (a + 1))", e), 2);
    assert_string_equal(e[0].column, "region");
    assert_string_equal(e[0].collation, "und-x-icu");
    assert_string_equal(e[0].expr, "region collate \"und-x-icu\"");
    assert_null(e[0].opclass);
    assert_null(e[1].column);
    assert_string_equal(e[1].expr, "(a + 1)");
    assert_int_equal(sc_partition_key_elems(a, "LIST (((a + 1)))", e), 1);
    assert_string_equal(e[0].expr, "((a + 1))");
    assert_int_equal(sc_partition_key_elems(a, "RANGE (b COLLATE s.\"My\" my_ops)", e), 1);
    assert_string_equal(e[0].collation, "\"s\".\"My\"");
    assert_string_equal(e[0].opclass, "my_ops");
    assert_false(sc_pkey_opclass_bytes(e[0].opclass));
    assert_int_equal(sc_partition_key_elems(a, NULL, e), 0);
    assert_int_equal(sc_partition_key_elems(a, "RANGE ('x", e), 0);
    sc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parsed),       cmocka_unit_test(test_errors),
        cmocka_unit_test(test_written_back), cmocka_unit_test(test_sqlite_refuses),
        cmocka_unit_test(test_diff),         cmocka_unit_test(test_key_elems),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
