/* test_diff_generated.c - PostgreSQL refuses to change the type of a column
 * that a generated column reads: the generated column is dropped before the
 * type change and added after it (also when its expression stays the same),
 * with the checks and indexes that mention it; a rename of a column it reads
 * is no change of it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff_fixture.h"

#include "diff/diff_int.h"
#include "emit/migration.h"
#include "parser/parser.h"

static void assert_in_order(const char *hay, const char *a, const char *b, const char *c)
{
    assert_before(hay, a, b);
    assert_before(hay, b, c);
}

#define PEOPLE(score_type, total_type, expr)                                                                      \
    "table people {\n  id integer primary key\n  score " score_type "\n  total " total_type                      \
    " generated always as (" expr ") stored\n}\n"

static const char *DROP_TOTAL = "ALTER TABLE people DROP COLUMN total;\n";

/* ---- the word test ------------------------------------------------------------ */

static void test_expr_reads(void **state)
{
    (void)state;
    assert_true(sc_expr_reads("score * 2", "score"));
    assert_true(sc_expr_reads("(SCORE*2)", "score"));            /* unquoted words fold */
    assert_true(sc_expr_reads("abs(score) + 1", "score"));
    assert_true(sc_expr_reads("\"Score\" + 1", "Score"));        /* quoted ones keep their spelling */
    assert_false(sc_expr_reads("\"Score\" + 1", "score"));
    assert_false(sc_expr_reads("score_total * 2", "score"));     /* a word, not a substring */
    assert_false(sc_expr_reads("'score' || name", "score"));     /* not inside a literal */
    assert_false(sc_expr_reads("$$score$$ || name", "score"));
    assert_false(sc_expr_reads("score(x)", "score"));             /* a function's name */
    assert_false(sc_expr_reads(NULL, "score"));
}

/* ---- ordering ------------------------------------------------------------------- */

/* The lead's case: both change. The tie-break alone would add the new total
 * (phase 7) before the type change (phase 8): the edge puts it after. */
static void test_type_and_expression_change(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, PEOPLE("integer", "integer", "score * 2"), PEOPLE("bigint", "bigint", "score * 3"));
    assert_in_order(f.up, DROP_TOTAL, "ALTER TABLE people ALTER COLUMN score TYPE bigint;\n",
                    "ALTER TABLE people ADD COLUMN total bigint GENERATED ALWAYS AS (score * 3) STORED;\n");
    /* the exact inverse */
    assert_in_order(f.down, DROP_TOTAL, "ALTER TABLE people ALTER COLUMN score TYPE integer;\n",
                    "ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;\n");
    assert_int_equal(f.plan->nup, 3);
    done(&f);
}

/* Only score's type changes: total is dropped and re-added all the same,
 * and that is no hazard (it is recomputed from score). */
static void test_type_change_under_unchanged_generated(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, PEOPLE("integer", "integer", "score * 2"), PEOPLE("bigint", "integer", "score * 2"));
    const char *add = "ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;\n";
    assert_in_order(f.up, DROP_TOTAL, "ALTER TABLE people ALTER COLUMN score TYPE bigint;\n", add);
    assert_in_order(f.down, DROP_TOTAL, "ALTER TABLE people ALTER COLUMN score TYPE integer;\n", add);
    assert_int_equal(sc_plan_hazards(f.plan), 0);
    done(&f);
    /* a column it does not read changes type: total is left alone */
    diff_pg(&f, "table t {\n  a integer\n  b integer\n  g integer generated always as (a + 1) stored\n}\n",
            "table t {\n  a integer\n  b bigint\n  g integer generated always as (a + 1) stored\n}\n");
    assert_string_equal(f.up, "-- table t\nALTER TABLE t ALTER COLUMN b TYPE bigint;\n");
    done(&f);
    /* a collation change is an ALTER COLUMN ... TYPE as well */
    diff_pg(&f, "table t {\n  a text\n  g text generated always as (a || '!') stored\n}\n",
            "table t {\n  a text collate \"C\"\n  g text generated always as (a || '!') stored\n}\n");
    assert_in_order(f.up, "ALTER TABLE t DROP COLUMN g;\n", "ALTER TABLE t ALTER COLUMN a TYPE text COLLATE \"C\";\n",
                    "ALTER TABLE t ADD COLUMN g text GENERATED ALWAYS AS (a || '!') STORED;\n");
    done(&f);
}

/* SQLite rebuilds the table for a type change: no extra ops there. */
static void test_sqlite_rebuilds(void **state)
{
    (void)state;
    fixture f;
    diff_as(&f, PEOPLE("integer", "integer", "score * 2"), PEOPLE("bigint", "integer", "score * 2"),
            SC_DIALECT_SQLITE);
    assert_int_equal(f.plan->nup, 1);
    assert_int_equal(pos(f.summary, "total"), -1);
    done(&f);
}

/* The check and the index on total go with it (DROP COLUMN takes them away
 * silently) and come back after it. */
static void test_dependents_of_readded_column(void **state)
{
    (void)state;
    fixture f;
    const char *from = "table people {\n  id integer primary key\n  score integer\n"
                       "  total integer generated always as (score * 2) stored\n"
                       "  check (total >= 0)\n  index ix_people_total (total)\n  index ix_people_id (id)\n}\n";
    char to[512];
    snprintf(to, sizeof to, "%s", from);
    memcpy(strstr(to, "score integer"), "score bigint ", 13);
    diff_pg(&f, from, to);
    assert_in_order(f.up, "ALTER TABLE people DROP CONSTRAINT ck_people_total;\n", DROP_TOTAL,
                    "ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;\n");
    assert_in_order(f.up, "DROP INDEX ix_people_total;\n", DROP_TOTAL,
                    "ALTER TABLE people ALTER COLUMN score TYPE bigint;\n");
    assert_before(f.up, "ALTER TABLE people ADD COLUMN total", "CHECK (total >= 0);\n");
    assert_before(f.up, "ALTER TABLE people ADD COLUMN total", "CREATE INDEX ix_people_total ON people (total);\n");
    assert_int_equal(pos(f.up, "ix_people_id"), -1);   /* does not mention total */
    assert_before(f.down, "DROP INDEX ix_people_total;\n", DROP_TOTAL);
    assert_before(f.down, "ALTER TABLE people ADD COLUMN total", "CREATE INDEX ix_people_total ON people (total);\n");
    done(&f);
}

/* An enum rebuild casts the column with ALTER COLUMN ... TYPE too. */
static void test_enum_rebuild_under_generated(void **state)
{
    (void)state;
    fixture f;
    const char *t = "table t {\n  id integer primary key\n  s st\n"
                    "  is_a boolean generated always as (s = 'a') stored\n}\n";
    char from[256], to[256];
    snprintf(from, sizeof from, "enum st { 'a', 'b', 'c' }\n%s", t);
    snprintf(to, sizeof to, "enum st { 'a', 'c' }\n%s", t);
    diff_pg(&f, from, to);
    assert_in_order(f.up, "ALTER TABLE t DROP COLUMN is_a;\n", "ALTER TYPE st RENAME TO st_old;\n",
                    "ALTER TABLE t ADD COLUMN is_a boolean");
    assert_before(f.up, "DROP TYPE st_old;\n", "ALTER TABLE t ADD COLUMN is_a boolean");
    /* the inverse, though ADD VALUE alone would not need it */
    assert_in_order(f.down, "ALTER TABLE t DROP COLUMN is_a;\n", "ALTER TYPE st ADD VALUE IF NOT EXISTS 'b' AFTER 'a';\n",
                    "ALTER TABLE t ADD COLUMN is_a boolean");
    done(&f);
}

/* ---- renames ------------------------------------------------------------------ */

static void test_rename_of_read_column(void **state)
{
    (void)state;
    fixture f;
    const char *to = "table people {\n  id integer primary key\n  points integer renamed from score\n"
                     "  total integer generated always as (points * 2) stored\n}\n";
    diff_pg(&f, PEOPLE("integer", "integer", "score * 2"), to);
    /* PostgreSQL renames inside the expression: nothing else to do */
    assert_string_equal(f.up, "-- table people\nALTER TABLE people RENAME COLUMN score TO points;\n");
    assert_string_equal(f.down, "-- table people\nALTER TABLE people RENAME COLUMN points TO score;\n");
    done(&f);
    /* a swap: the old expression is read under the new names at once */
    diff_pg(&f, "table t {\n  a integer\n  b smallint\n  g integer generated always as (a - 2 * b) stored\n}\n",
            "table t {\n  a smallint renamed from b\n  b integer renamed from a\n"
            "  g integer generated always as (b - 2 * a) stored\n}\n");
    assert_int_equal(pos(f.summary, "t.g"), -1);
    assert_int_equal(f.plan->nup, 3);   /* a -> temporary, b -> a, temporary -> b */
    done(&f);
    /* a rename plus a type change: dropped under the old name's expression,
     * re-added after both */
    to = "table people {\n  id integer primary key\n  points bigint renamed from score\n"
         "  total integer generated always as (points * 2) stored\n}\n";
    diff_pg(&f, PEOPLE("integer", "integer", "score * 2"), to);
    assert_in_order(f.up, DROP_TOTAL, "ALTER TABLE people RENAME COLUMN score TO points;\n",
                    "ALTER TABLE people ALTER COLUMN points TYPE bigint;\n");
    assert_before(f.up, "ALTER TABLE people ALTER COLUMN points TYPE bigint;\n",
                  "ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (points * 2) STORED;\n");
    assert_in_order(f.down, DROP_TOTAL, "ALTER TABLE people ALTER COLUMN points TYPE integer;\n",
                    "ALTER TABLE people RENAME COLUMN points TO score;\n");
    assert_before(f.down, "ALTER TABLE people RENAME COLUMN points TO score;\n",
                  "ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;\n");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_expr_reads),
        cmocka_unit_test(test_type_and_expression_change),
        cmocka_unit_test(test_type_change_under_unchanged_generated),
        cmocka_unit_test(test_sqlite_rebuilds),
        cmocka_unit_test(test_dependents_of_readded_column),
        cmocka_unit_test(test_enum_rebuild_under_generated),
        cmocka_unit_test(test_rename_of_read_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
