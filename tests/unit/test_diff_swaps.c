/* test_diff_swaps.c - rename hints as chains, swaps and rotations (through
 * a temporary name), the NOT NULL column hazard, and the checks/indexes an
 * enum rebuild takes down and puts back. */
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

static size_t warnings(const sc_diags *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n; i++)
        n += d->items[i].sev == SC_SEV_WARNING;
    return n;
}

/* ---- swaps, rotations, chains ------------------------------------------------ */

static const char *AB =
    "table a {\n  id integer primary key\n  x text\n}\n"
    "table b {\n  id integer primary key\n  y integer not null\n}\n";
static const char *AB_SWAPPED =
    "table a {\n  renamed from b\n  id integer primary key\n  y integer not null\n}\n"
    "table b {\n  renamed from a\n  id integer primary key\n  x text\n}\n";

static void test_table_swap(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, AB, AB_SWAPPED);
    /* the tables, then their primary keys' convention names (index names
     * share one namespace: the swap goes through a temporary name too) */
    assert_int_equal(f.plan->nup, 6);
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(f.plan->up[i]->kind, i < 3 ? SC_OP_RENAME_TABLE : SC_OP_RENAME_CONSTRAINT);
    assert_int_equal(sc_plan_hazards(f.plan), 0);
    assert_string_equal(f.up, "-- table b\nALTER TABLE a RENAME TO a_schemac_tmp;\n\n"
                              "-- table a\nALTER TABLE b RENAME TO a;\n\n"
                              "-- table b\nALTER TABLE a_schemac_tmp RENAME TO b;\n"
                              "ALTER TABLE b RENAME CONSTRAINT pk_a TO pk_a_schemac_tmp;\n\n"
                              "-- table a\nALTER TABLE a RENAME CONSTRAINT pk_b TO pk_a;\n\n"
                              "-- table b\nALTER TABLE b RENAME CONSTRAINT pk_a_schemac_tmp TO pk_b;\n");
    /* the exact inverse: the same steps backwards */
    assert_string_equal(f.down, "-- table a\nALTER TABLE b RENAME CONSTRAINT pk_b TO pk_a_schemac_tmp;\n\n"
                                "-- table b\nALTER TABLE a RENAME CONSTRAINT pk_a TO pk_b;\n\n"
                                "-- table a\nALTER TABLE b RENAME CONSTRAINT pk_a_schemac_tmp TO pk_a;\n"
                                "ALTER TABLE b RENAME TO a_schemac_tmp;\n\n"
                                "-- table b\nALTER TABLE a RENAME TO b;\n\n"
                                "-- table a\nALTER TABLE a_schemac_tmp RENAME TO a;\n");
    assert_int_equal(warnings(&f.d), 0);
    done(&f);
    /* SQLite renames the same way */
    diff_as(&f, AB, AB_SWAPPED, SC_DIALECT_SQLITE);
    assert_before(f.up, "ALTER TABLE a RENAME TO a_schemac_tmp;\n", "ALTER TABLE b RENAME TO a;\n");
    assert_before(f.up, "ALTER TABLE b RENAME TO a;\n", "ALTER TABLE a_schemac_tmp RENAME TO b;\n");
    done(&f);
}

static void test_stale_swap_is_ignored(void **state)
{
    (void)state;
    fixture f;
    /* the database after the swap ran, the hints still in the DSL */
    const char *after = "table a {\n  id integer primary key\n  y integer not null\n}\n"
                        "table b {\n  id integer primary key\n  x text\n}\n";
    diff_pg(&f, after, AB_SWAPPED);
    assert_int_equal(sc_plan_count(f.plan), 0);
    assert_int_equal(warnings(&f.d), 2);   /* one per ignored hint */
    assert_contains(f.d.items[0].msg, "ignored");
    done(&f);
    /* identical definitions cannot be told apart: ignored the same way */
    const char *same = "table t {\n  id integer primary key\n  p text\n  q text\n}\n";
    diff_pg(&f, same, "table t {\n  id integer primary key\n  p text renamed from q\n  q text renamed from p\n}\n");
    assert_int_equal(sc_plan_count(f.plan), 0);
    assert_int_equal(warnings(&f.d), 2);
    assert_contains(f.d.items[0].msg, "column t.");
    done(&f);
}

static void test_column_swap_and_rotation(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table p {\n  id integer primary key\n  given varchar(40) not null\n  family varchar(80)\n"
            "  x text\n  y varchar(5)\n  z boolean\n}\n",
            "table p {\n  id integer primary key\n  family varchar(40) not null renamed from given\n"
            "  given varchar(80) renamed from family\n  y text renamed from x\n"
            "  z varchar(5) renamed from y\n  x boolean renamed from z\n}\n");
    assert_string_equal(f.up, "-- table p\n"
                              "ALTER TABLE p RENAME COLUMN family TO family_schemac_tmp;\n"
                              "ALTER TABLE p RENAME COLUMN given TO family;\n"
                              "ALTER TABLE p RENAME COLUMN family_schemac_tmp TO given;\n"
                              "ALTER TABLE p RENAME COLUMN x TO x_schemac_tmp;\n"
                              "ALTER TABLE p RENAME COLUMN z TO x;\n"
                              "ALTER TABLE p RENAME COLUMN y TO z;\n"
                              "ALTER TABLE p RENAME COLUMN x_schemac_tmp TO y;\n");
    assert_string_equal(f.down, "-- table p\n"
                                "ALTER TABLE p RENAME COLUMN y TO x_schemac_tmp;\n"
                                "ALTER TABLE p RENAME COLUMN z TO y;\n"
                                "ALTER TABLE p RENAME COLUMN x TO z;\n"
                                "ALTER TABLE p RENAME COLUMN x_schemac_tmp TO x;\n"
                                "ALTER TABLE p RENAME COLUMN given TO family_schemac_tmp;\n"
                                "ALTER TABLE p RENAME COLUMN family TO given;\n"
                                "ALTER TABLE p RENAME COLUMN family_schemac_tmp TO family;\n");
    done(&f);
}

static void test_swap_with_type_change(void **state)
{
    (void)state;
    fixture f;
    const char *from = "table r {\n  id integer primary key\n  lo integer not null\n  hi integer\n}\n";
    const char *to = "table r {\n  id integer primary key\n  hi bigint not null renamed from lo\n"
                     "  lo integer renamed from hi\n}\n";
    diff_pg(&f, from, to);
    assert_string_equal(f.up, "-- table r\n"
                              "ALTER TABLE r RENAME COLUMN hi TO hi_schemac_tmp;\n"
                              "ALTER TABLE r RENAME COLUMN lo TO hi;\n"
                              "ALTER TABLE r RENAME COLUMN hi_schemac_tmp TO lo;\n"
                              "ALTER TABLE r ALTER COLUMN hi TYPE bigint;\n");
    assert_before(f.down, "ALTER TABLE r ALTER COLUMN hi TYPE integer;\n",
                  "ALTER TABLE r RENAME COLUMN lo TO hi_schemac_tmp;\n");
    done(&f);
    /* SQLite rebuilds: the copy reads each column from its old name */
    diff_as(&f, from, to, SC_DIALECT_SQLITE);
    assert_contains(f.up, "INSERT INTO r (id, hi, lo)\n    SELECT id, lo, hi FROM _schemac_old_r;\n");
    assert_int_equal(pos(f.up, "RENAME COLUMN"), -1);
    assert_contains(f.down, "INSERT INTO r (id, lo, hi)\n    SELECT id, hi, lo FROM _schemac_old_r;\n");
    done(&f);
}

static void test_chains(void **state)
{
    (void)state;
    fixture f;
    /* a -> b, b -> c: the free end first, no temporary name */
    diff_pg(&f, "table t {\n  id integer primary key\n  a text\n  b integer\n}\n",
            "table t {\n  id integer primary key\n  b text renamed from a\n  c integer renamed from b\n}\n");
    assert_string_equal(f.up, "-- table t\nALTER TABLE t RENAME COLUMN b TO c;\nALTER TABLE t RENAME COLUMN a TO b;\n");
    assert_string_equal(f.down, "-- table t\nALTER TABLE t RENAME COLUMN b TO a;\nALTER TABLE t RENAME COLUMN c TO b;\n");
    done(&f);
    /* the same for tables, and a 3-table rotation */
    diff_pg(&f, "table t1 {\n  id integer primary key\n}\ntable t2 {\n  k text primary key\n}\n",
            "table t2 {\n  renamed from t1\n  id integer primary key\n}\n"
            "table t3 {\n  renamed from t2\n  k text primary key\n}\n");
    assert_before(f.up, "ALTER TABLE t2 RENAME TO t3;\n", "ALTER TABLE t1 RENAME TO t2;\n");
    assert_int_equal(pos(f.up, "schemac_tmp"), -1);
    done(&f);
    diff_pg(&f, "table r1 {\n  a integer\n}\ntable r2 {\n  b integer\n}\ntable r3 {\n  c integer\n}\n",
            "table r2 {\n  renamed from r1\n  a integer\n}\ntable r3 {\n  renamed from r2\n  b integer\n}\n"
            "table r1 {\n  renamed from r3\n  c integer\n}\n");
    assert_int_equal(f.plan->nup, 4);
    assert_before(f.up, "ALTER TABLE r1 RENAME TO r1_schemac_tmp;\n", "ALTER TABLE r3 RENAME TO r1;\n");
    assert_before(f.up, "ALTER TABLE r3 RENAME TO r1;\n", "ALTER TABLE r2 RENAME TO r3;\n");
    assert_before(f.up, "ALTER TABLE r2 RENAME TO r3;\n", "ALTER TABLE r1_schemac_tmp RENAME TO r2;\n");
    done(&f);
    /* a chain whose last name already exists is a stale hint: nothing moves */
    diff_pg(&f, "table t {\n  b text\n  c integer\n}\n",
            "table t {\n  b text renamed from a\n  c integer renamed from b\n}\n");
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
    /* two columns claiming one old name: neither hint applies */
    diff_pg(&f, "table t {\n  a text\n}\n", "table t {\n  b text renamed from a\n  c text renamed from a\n}\n");
    assert_int_equal(pos(f.up, "RENAME"), -1);
    assert_contains(f.up, "DROP COLUMN a;\n");
    done(&f);
}

static void test_temporary_names(void **state)
{
    (void)state;
    fixture f;
    /* a column of that name exists: the next free one */
    diff_pg(&f, "table t {\n  a text\n  b integer\n  a_schemac_tmp date\n}\n",
            "table t {\n  b text renamed from a\n  a integer renamed from b\n  a_schemac_tmp date\n}\n");
    assert_contains(f.up, "ALTER TABLE t RENAME COLUMN a TO a_schemac_tmp2;\n");
    assert_contains(f.up, "ALTER TABLE t RENAME COLUMN a_schemac_tmp2 TO b;\n");
    done(&f);
    /* tables share PostgreSQL's namespace with indexes */
    diff_pg(&f, "table a {\n  x text\n  index a_schemac_tmp (x)\n}\ntable b {\n  y integer\n}\n",
            "table b {\n  renamed from a\n  x text\n  index a_schemac_tmp (x)\n}\n"
            "table a {\n  renamed from b\n  y integer\n}\n");
    assert_contains(f.up, "ALTER TABLE a RENAME TO a_schemac_tmp2;\n");
    done(&f);
    /* at most 63 bytes */
    char from[512], to[512], name[64], want[256];
    memset(name, 'n', 60);
    name[60] = 0;
    snprintf(from, sizeof from, "table t {\n  %s text\n  m integer\n}\n", name);
    snprintf(to, sizeof to, "table t {\n  %s integer renamed from m\n  m text renamed from %s\n}\n", name, name);
    diff_pg(&f, from, to);
    snprintf(want, sizeof want, "RENAME COLUMN m TO m_schemac_tmp;\n");
    assert_contains(f.up, want);
    done(&f);
    /* the long one moves aside when it sorts first */
    char lname[64];
    memset(lname, 'a', 60);
    lname[60] = 0;
    snprintf(from, sizeof from, "table t {\n  %s text\n  m integer\n}\n", lname);
    snprintf(to, sizeof to, "table t {\n  %s integer renamed from m\n  m text renamed from %s\n}\n", lname, lname);
    diff_pg(&f, from, to);
    snprintf(want, sizeof want, "RENAME COLUMN %s TO %.51s_schemac_tmp;\n", lname, lname);
    assert_contains(f.up, want);   /* 51 + 12 bytes */
    done(&f);
}

/* ---- NOT NULL without a default on an existing table ----------------------- */

static void test_not_null_add_hazard(void **state)
{
    (void)state;
    fixture f;
    const char *from = "table t {\n  id integer primary key\n}\n";
    diff_pg(&f, from, "table t {\n  id integer primary key\n  code text not null\n}\n");
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    assert_string_equal(f.up, "-- table t\n-- HAZARD: adds NOT NULL column t.code without a default: fails if t has "
                              "rows: give it a default or add it nullable, fill it, then set NOT NULL\n"
                              "ALTER TABLE t ADD COLUMN code text NOT NULL;\n");
    char *sum = sc_plan_summary(f.plan);
    assert_contains(sum, "[HAZARD: adds NOT NULL column t.code without a default: fails if t has rows");
    free(sum);
    done(&f);
    /* SQLite: the rebuild cannot fill it either */
    diff_as(&f, from, "table t {\n  id integer primary key\n  code text not null\n}\n", SC_DIALECT_SQLITE);
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    assert_contains(f.up, "-- HAZARD: adds NOT NULL column t.code without a default");
    done(&f);
    /* with a default, nullable, identity, generated, or in a new table: none */
    diff_pg(&f, from,
            "table t {\n  id integer primary key\n  a text not null default 'x'\n  b text\n"
            "  c bigint identity not null\n  d integer not null generated always as (id * 2) stored\n}\n"
            "table n {\n  k text not null\n}\n");
    assert_int_equal(sc_plan_hazards(f.plan), 0);
    done(&f);
    /* the down of a dropped NOT NULL column adds it back: the same hazard */
    diff_pg(&f, "table t {\n  id integer primary key\n  old text not null\n}\n", from);
    assert_contains(f.down, "-- HAZARD: adds NOT NULL column t.old without a default: fails if t has rows");
    done(&f);
}

/* ---- enum rebuild: checks and indexes that compare with a literal ---------- */

static const char *DOCS =
    "table docs {\n  id integer primary key\n  status st not null default 'draft'\n  title text\n"
    "  check (status <> 'archived' or title is not null)\n"
    "  index ix_docs_active (id) where (status = 'active')\n"
    "  index ix_docs_is_draft ((status = 'draft'))\n"
    "  index ix_docs_status (status)\n}\n";

static void test_enum_rebuild_dependents(void **state)
{
    (void)state;
    fixture f;
    char from[1024], to[1024];
    snprintf(from, sizeof from, "enum st { 'draft', 'active', 'archived', 'gone' }\n%s", DOCS);
    snprintf(to, sizeof to, "enum st { 'draft', 'active', 'archived' }\n%s", DOCS);
    diff_pg(&f, from, to);
    /* dropped before the type is renamed away, created after the old one is gone */
    const char *drops[] = {"ALTER TABLE docs DROP CONSTRAINT ck_docs_status;\n", "DROP INDEX ix_docs_active;\n",
                           "DROP INDEX ix_docs_is_draft;\n"};
    const char *creates[] = {"ADD CONSTRAINT ck_docs_status CHECK (status <> 'archived' or title is not null);\n",
                             "CREATE INDEX ix_docs_active ON docs (id) WHERE (status = 'active');\n",
                             "CREATE INDEX ix_docs_is_draft ON docs ((status = 'draft'));\n"};
    for (int i = 0; i < 3; i++) {
        assert_before(f.up, drops[i], "ALTER TYPE st RENAME TO st_old;\n");
        assert_before(f.up, "DROP TYPE st_old;\n", creates[i]);
        /* the down plan is the inverse: the same around the way back */
        assert_before(f.down, drops[i], "ALTER TYPE st ADD VALUE IF NOT EXISTS 'gone' AFTER 'archived';\n");
        assert_before(f.down, "ALTER TYPE st ADD VALUE IF NOT EXISTS 'gone' AFTER 'archived';\n", creates[i]);
    }
    /* a plain key column is recast by ALTER COLUMN TYPE without trouble */
    assert_int_equal(pos(f.up, "ix_docs_status"), -1);
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    done(&f);
    /* only ADD VALUE: nothing is taken down */
    snprintf(from, sizeof from, "enum st { 'draft', 'active', 'archived' }\n%s", DOCS);
    snprintf(to, sizeof to, "enum st { 'draft', 'active', 'archived', 'new' }\n%s", DOCS);
    diff_pg(&f, from, to);
    assert_int_equal(f.plan->nup, 1);
    done(&f);
    /* a check added in the same plan goes after the rebuild too */
    snprintf(from, sizeof from, "enum st { 'b', 'a' }\ntable t {\n  id integer primary key\n  s st\n}\n");
    snprintf(to, sizeof to, "enum st { 'a', 'b' }\ntable t {\n  id integer primary key\n  s st\n"
                            "  check ck_t_s (s <> 'b')\n}\n");
    diff_pg(&f, from, to);
    assert_before(f.up, "DROP TYPE st_old;\n", "ADD CONSTRAINT ck_t_s CHECK (s <> 'b');\n");
    assert_before(f.down, "DROP CONSTRAINT ck_t_s;\n", "ALTER TYPE st RENAME TO st_old;\n");
    done(&f);
    /* the rebuild waits for a rename in another table (u sorts after t): the
     * tie-break alone would put t's checks first, the edges keep them after */
    snprintf(from, sizeof from, "enum st { 'b', 'a' }\ntable t {\n  id integer primary key\n  s st\n"
                                "  check ck_t_keep (s <> 'a')\n}\ntable u {\n  old st\n}\n");
    snprintf(to, sizeof to, "enum st { 'a', 'b' }\ntable t {\n  id integer primary key\n  s st\n"
                            "  check ck_t_keep (s <> 'a')\n  check ck_t_s (s <> 'b')\n}\n"
                            "table u {\n  new st renamed from old\n}\n");
    diff_pg(&f, from, to);
    assert_before(f.up, "ALTER TABLE u RENAME COLUMN old TO new;\n", "ALTER TYPE st RENAME TO st_old;\n");
    assert_before(f.up, "DROP CONSTRAINT ck_t_keep;\n", "ALTER TYPE st RENAME TO st_old;\n");
    assert_before(f.up, "DROP TYPE st_old;\n", "ADD CONSTRAINT ck_t_s CHECK (s <> 'b');\n");
    assert_before(f.up, "DROP TYPE st_old;\n", "ADD CONSTRAINT ck_t_keep CHECK (s <> 'a');\n");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_swap),
        cmocka_unit_test(test_stale_swap_is_ignored),
        cmocka_unit_test(test_column_swap_and_rotation),
        cmocka_unit_test(test_swap_with_type_change),
        cmocka_unit_test(test_chains),
        cmocka_unit_test(test_temporary_names),
        cmocka_unit_test(test_not_null_add_hazard),
        cmocka_unit_test(test_enum_rebuild_dependents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
