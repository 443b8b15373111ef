/* test_diff.c - the diff engine: each operation kind and its inverse,
 * ordering, determinism, implicit-name matching, default normalisation,
 * hazards, transaction marks, and the migration emitters' shape. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "dsl_fixture.h"

#include "diff/diff_int.h"
#include "emit/migration.h"
#include "parser/parser.h"

/* ---- helpers ------------------------------------------------------------- */

typedef struct fixture {
    sc_model *from, *to;
    sc_plan *plan;
    sc_diags d;
} fixture;

static void diff_with(fixture *f, const char *from, const char *to, sc_dialect dia, const sc_diff_opts *opts)
{
    f->from = dsl(from);
    f->to = dsl(to);
    sc_diags_init(&f->d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, dia);
    if (opts)
        o = *opts;
    f->plan = sc_diff(f->from, f->to, &o, &f->d);
    assert_non_null(f->plan);
}

static void diff_pg(fixture *f, const char *from, const char *to)
{
    diff_with(f, from, to, SC_DIALECT_POSTGRESQL, NULL);
}

static void done(fixture *f)
{
    sc_plan_free(f->plan);
    sc_model_free(f->from);
    sc_model_free(f->to);
    sc_diags_free(&f->d);
}

static char *sql(fixture *f, bool down)
{
    char *s = sc_emit_plan(f->plan, f->plan->opts.dialect, down, &f->d);
    assert_non_null(s);
    return s;
}

/* position of needle in hay, or -1 */
static long pos(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    return p ? (long)(p - hay) : -1;
}

static void assert_contains(const char *hay, const char *needle)
{
    if (pos(hay, needle) < 0)
        fail_msg("expected to find\n  %s\nin\n%s", needle, hay);
}

static void assert_before(const char *hay, const char *a, const char *b)
{
    long pa = pos(hay, a), pb = pos(hay, b);
    if (pa < 0 || pb < 0 || pa >= pb)
        fail_msg("expected\n  %s\nbefore\n  %s\nin\n%s", a, b, hay);
}

static const char *USERS =
    "table users {\n"
    "  id    bigint identity primary key\n"
    "  email varchar(255) not null\n"
    "}\n";

/* ---- kinds and inverses ------------------------------------------------------ */

static void test_no_change(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, USERS, USERS);
    assert_int_equal(sc_plan_count(f.plan), 0);
    char *s = sql(&f, false), *j = sc_emit_plan_json(f.plan), *sum = sc_plan_summary(f.plan);
    assert_string_equal(s, "");
    assert_string_equal(j, "[]\n");
    assert_string_equal(sum, "");
    free(s);
    free(j);
    free(sum);
    done(&f);
}

static void test_add_column_and_inverse(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, USERS,
            "table users {\n  id bigint identity primary key\n  email varchar(255) not null\n"
            "  name text not null default 'x'\n}\n");
    assert_int_equal(f.plan->nup, 1);
    assert_int_equal(f.plan->up[0]->kind, SC_OP_ADD_COLUMN);
    assert_int_equal(f.plan->down[0]->kind, SC_OP_DROP_COLUMN);
    assert_int_equal(f.plan->down[0]->hazard, SC_HAZ_DATA_LOSS);   /* the down loses the column */
    assert_int_equal(sc_plan_hazards(f.plan), 0);
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_string_equal(up, "-- table users\nALTER TABLE users ADD COLUMN name text DEFAULT 'x' NOT NULL;\n");
    assert_string_equal(down, "-- table users\n-- HAZARD: drops column users.name and its data\n"
                              "ALTER TABLE users DROP COLUMN name;\n");
    free(up);
    free(down);
    done(&f);
}

static void test_drop_column_keeps_definition(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  id integer primary key\n  note varchar(20) default 'n'\n}\n",
            "table t {\n  id integer primary key\n}\n");
    assert_int_equal(f.plan->up[0]->kind, SC_OP_DROP_COLUMN);
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    char *down = sql(&f, true);
    assert_string_equal(down, "-- table t\nALTER TABLE t ADD COLUMN note character varying(20) DEFAULT 'n';\n");
    free(down);
    done(&f);
}

static void test_alter_column_kinds(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table t {\n  id integer primary key\n  a integer\n  b text not null\n  c varchar(10) default 'x'\n}\n",
            "table t {\n  id integer primary key\n  a bigint not null\n  b varchar(5)\n  c varchar(10)\n}\n");
    char *up = sql(&f, false);
    assert_contains(up, "ALTER TABLE t ALTER COLUMN a TYPE bigint;\n");   /* widening: no USING, no hazard */
    assert_contains(up, "ALTER TABLE t ALTER COLUMN a SET NOT NULL;\n");
    assert_contains(up, "-- HAZARD: type of t.b changes from text to character varying(5)");
    assert_contains(up, "ALTER TABLE t ALTER COLUMN b TYPE character varying(5);\n");   /* no truncating cast */
    assert_contains(up, "ALTER TABLE t ALTER COLUMN b DROP NOT NULL;\n");
    assert_contains(up, "ALTER TABLE t ALTER COLUMN c DROP DEFAULT;\n");
    assert_int_equal(sc_plan_hazards(f.plan), 2);   /* b narrows, a becomes NOT NULL */
    char *down = sql(&f, true);
    assert_contains(down, "ALTER TABLE t ALTER COLUMN a TYPE integer;\n");
    assert_contains(down, "ALTER TABLE t ALTER COLUMN b SET NOT NULL;\n");
    assert_contains(down, "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'x';\n");
    free(up);
    free(down);
    done(&f);
}

/* A column that narrows and becomes NOT NULL at once: both hazards are said
 * (a default does not fill the NULLs already there). */
static void test_narrow_and_not_null_hazards(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  id integer primary key\n  p text\n}\n",
            "table t {\n  id integer primary key\n  p varchar(5) not null default ''\n}\n");
    char *up = sql(&f, false);
    assert_contains(up, "-- HAZARD: type of t.p changes from text to character varying(5): values may not fit; "
                        "and t.p becomes NOT NULL: fails if it holds NULLs\n");
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    free(up);
    done(&f);
}

static void test_using_cast(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  id integer primary key\n  a text\n}\n",
            "table t {\n  id integer primary key\n  a integer\n}\n");
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_contains(up, "ALTER TABLE t ALTER COLUMN a TYPE integer USING a::integer;\n");
    assert_contains(down, "ALTER TABLE t ALTER COLUMN a TYPE text USING a::text;\n");
    free(up);
    free(down);
    done(&f);
}

static void test_no_compare_type_and_default(void **state)
{
    (void)state;
    fixture f;
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    o.compare_type = false;
    o.compare_server_default = false;
    diff_with(&f, "table t {\n  id integer primary key\n  a text default 'x'\n}\n",
              "table t {\n  id integer primary key\n  a integer default 3\n}\n", SC_DIALECT_POSTGRESQL, &o);
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
}

static void test_rename_hints(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table old_t {\n  id integer primary key\n  a text\n}\n",
            "table new_t {\n  renamed from old_t\n  id integer primary key\n  b text renamed from a\n}\n");
    /* the primary key's convention name follows its table */
    assert_int_equal(f.plan->nup, 3);
    assert_int_equal(f.plan->up[0]->kind, SC_OP_RENAME_TABLE);
    assert_int_equal(f.plan->up[1]->kind, SC_OP_RENAME_COLUMN);
    assert_int_equal(f.plan->up[2]->kind, SC_OP_RENAME_CONSTRAINT);
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_string_equal(up, "-- table new_t\nALTER TABLE old_t RENAME TO new_t;\n"
                            "ALTER TABLE new_t RENAME COLUMN a TO b;\n"
                            "ALTER TABLE new_t RENAME CONSTRAINT pk_old_t TO pk_new_t;\n");
    assert_string_equal(down, "-- table old_t\nALTER TABLE new_t RENAME CONSTRAINT pk_new_t TO pk_old_t;\n"
                              "ALTER TABLE new_t RENAME COLUMN b TO a;\n"
                              "ALTER TABLE new_t RENAME TO old_t;\n");
    free(up);
    free(down);
    done(&f);
    /* a hint whose rename already happened is ignored */
    diff_pg(&f, "table new_t {\n  id integer primary key\n}\n",
            "table new_t {\n  renamed from old_t\n  id integer primary key\n}\n");
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
    /* never guessed: a different name without a hint is drop + create */
    diff_pg(&f, "table a {\n  id integer primary key\n}\n", "table b {\n  id integer primary key\n}\n");
    assert_int_equal(f.plan->nup, 2);
    done(&f);
}

static void test_constraints_by_name_and_definition(void **state)
{
    (void)state;
    fixture f;
    /* explicit vs implicit name, same definition: PostgreSQL renames it to
     * the convention's name (the schema gives none); SQLite keeps it */
    diff_pg(&f, "table t {\n  id integer primary key\n  e text\n  unique uq_custom (e)\n}\n",
            "table t {\n  id integer primary key\n  e text unique\n}\n");
    assert_int_equal(sc_plan_count(f.plan), 1);
    assert_int_equal(f.plan->up[0]->kind, SC_OP_RENAME_CONSTRAINT);
    done(&f);
    diff_with(&f, "table t {\n  id integer primary key\n  e text\n  unique uq_custom (e)\n}\n",
              "table t {\n  id integer primary key\n  e text unique\n}\n", SC_DIALECT_SQLITE, NULL);
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
    /* one explicit name, definition changed: drop + add */
    diff_pg(&f, "table t {\n  id integer primary key\n  a integer\n  check ck_t_a (a > 0)\n}\n",
            "table t {\n  id integer primary key\n  a integer\n  check ck_t_a (a > 1)\n}\n");
    assert_int_equal(f.plan->nup, 2);
    assert_int_equal(f.plan->up[0]->kind, SC_OP_DROP_CONSTRAINT);
    assert_int_equal(f.plan->up[1]->kind, SC_OP_ADD_CONSTRAINT);
    done(&f);
    /* a check written with other parentheses and spacing: nothing */
    diff_pg(&f, "table t {\n  id integer primary key\n  a integer\n  check ck_t_a (a > 0)\n}\n",
            "table t {\n  id integer primary key\n  a integer\n  check ck_t_a ((a  >  0))\n}\n");
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
    /* FK action change under an implicit name */
    diff_pg(&f,
            "table p {\n  id integer primary key\n}\ntable c {\n  id integer primary key\n"
            "  p_id integer references p (id)\n}\n",
            "table p {\n  id integer primary key\n}\ntable c {\n  id integer primary key\n"
            "  p_id integer references p (id) on delete cascade\n}\n");
    assert_int_equal(f.plan->nup, 2);
    char *up = sql(&f, false);
    assert_before(up, "DROP CONSTRAINT fk_c_p_id_p", "ON DELETE CASCADE");
    free(up);
    done(&f);
}

static void test_indexes(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  id integer primary key\n  a text\n  index ix_t_a (a)\n}\n",
            "table t {\n  id integer primary key\n  a text\n  index (a)\n"
            "  unique index ix_t_lower (lower(a)) where (a is not null)\n}\n");
    assert_int_equal(f.plan->nup, 1);   /* ix_t_a == implicit index (a) */
    assert_int_equal(f.plan->up[0]->kind, SC_OP_CREATE_INDEX);
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_contains(up, "CREATE UNIQUE INDEX ix_t_lower ON t ((lower(a))) WHERE (a is not null);\n");
    assert_contains(down, "DROP INDEX ix_t_lower;\n");
    free(up);
    free(down);
    done(&f);
    /* ordering change: drop + create; concurrently marks no-transaction */
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    o.concurrently = true;
    diff_with(&f, "table t {\n  id integer primary key\n  a text\n  index ix_t_a (a)\n}\n",
              "table t {\n  id integer primary key\n  a text\n  index ix_t_a (a desc)\n}\n",
              SC_DIALECT_POSTGRESQL, &o);
    up = sql(&f, false);
    assert_string_equal(up, "-- table t\n-- schemac:no-transaction\nDROP INDEX CONCURRENTLY ix_t_a;\n"
                            "-- schemac:no-transaction\nCREATE INDEX CONCURRENTLY ix_t_a ON t (a DESC);\n");
    free(up);
    done(&f);
}

static void test_enums(void **state)
{
    (void)state;
    fixture f;
    const char *tbl = "table d {\n  id integer primary key\n  s st not null default 'a'\n}\n";
    char from[256], to[256];
    snprintf(from, sizeof from, "enum st { 'a', 'c' }\n%s", tbl);
    snprintf(to, sizeof to, "enum st { 'a', 'b', 'c' }\n%s", tbl);
    diff_pg(&f, from, to);
    assert_int_equal(f.plan->nup, 1);
    assert_int_equal(f.plan->up[0]->kind, SC_OP_ALTER_ENUM);
    assert_true(f.plan->up[0]->no_transaction);
    assert_int_equal(f.plan->up[0]->hazard, SC_HAZ_NONE);
    assert_false(f.plan->down[0]->no_transaction);
    assert_int_equal(f.plan->down[0]->hazard, SC_HAZ_DATA_LOSS);   /* removing 'b' again */
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_string_equal(up, "-- enum st\n-- schemac:no-transaction\nALTER TYPE st ADD VALUE IF NOT EXISTS 'b' AFTER 'a';\n");
    assert_contains(down, "ALTER TYPE st RENAME TO st_old;\n");
    assert_contains(down, "CREATE TYPE st AS ENUM ('a', 'c');\n");
    assert_before(down, "ALTER TABLE d ALTER COLUMN s DROP DEFAULT;\n",
                  "ALTER TABLE d ALTER COLUMN s TYPE st USING s::text::st;\n");
    assert_before(down, "ALTER TABLE d ALTER COLUMN s SET DEFAULT 'a';\n", "DROP TYPE st_old;\n");
    free(up);
    free(down);
    done(&f);
    /* first label: BEFORE the next one */
    diff_pg(&f, "enum e { 'b' }\n", "enum e { 'a', 'b' }\n");
    up = sql(&f, false);
    assert_contains(up, "ALTER TYPE e ADD VALUE IF NOT EXISTS 'a' BEFORE 'b';\n");
    free(up);
    done(&f);
    /* create before use, drop after the last use is gone */
    diff_pg(&f, "enum old { 'x' }\ntable t {\n  id integer primary key\n  k old\n}\n",
            "enum new { 'y' }\ntable t {\n  id integer primary key\n  n new\n}\n");
    up = sql(&f, false);
    assert_before(up, "CREATE TYPE new", "ADD COLUMN n new");
    assert_before(up, "DROP COLUMN k", "DROP TYPE old");
    free(up);
    done(&f);
}

static void test_sequences_and_comments(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "sequence s { as integer start 5 }\nenum e { 'a' } comment 'old'\n"
                "table t {\n  id integer primary key\n  a text\n  index ix_t_a (a)\n}\n",
            "sequence s { as bigint start 5 increment 2 cycle }\nenum e { 'a' } comment 'new'\n"
            "table t {\n  id integer primary key\n  a text\n  index ix_t_a (a) comment 'by a'\n}\n");
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_contains(up, "ALTER SEQUENCE s AS bigint INCREMENT BY 2 CYCLE;\n");
    assert_contains(down, "ALTER SEQUENCE s AS integer INCREMENT BY 1 NO CYCLE;\n");
    assert_contains(up, "COMMENT ON TYPE e IS 'new';\n");
    assert_contains(down, "COMMENT ON TYPE e IS 'old';\n");
    assert_contains(up, "COMMENT ON INDEX ix_t_a IS 'by a';\n");
    assert_contains(down, "COMMENT ON INDEX ix_t_a IS NULL;\n");
    assert_int_equal(pos(up, "DROP"), -1);   /* nothing is recreated */
    free(up);
    free(down);
    done(&f);
    /* SQLite stores no comments: nothing to do */
    diff_with(&f, "table t {\n  id integer primary key\n  a text comment 'x'\n  comment 'old'\n}\n",
              "table t {\n  id integer primary key\n  a text\n  comment 'new'\n}\n", SC_DIALECT_SQLITE, NULL);
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
}

/* ---- ordering ------------------------------------------------------------------ */

static void test_order_drop_referenced(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table a {\n  id integer primary key\n}\ntable b {\n  id integer primary key\n"
            "  a_id integer references a (id)\n}\ntable z {\n  id integer primary key\n"
            "  b_id integer references b (id)\n}\n",
            "table keep {\n  id integer primary key\n}\n");
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_before(up, "DROP TABLE z;", "DROP TABLE b;");
    assert_before(up, "DROP TABLE b;", "DROP TABLE a;");
    assert_before(down, "CREATE TABLE a ", "CREATE TABLE b ");
    assert_before(down, "CREATE TABLE b ", "CREATE TABLE z ");
    free(up);
    free(down);
    done(&f);
}

static void test_fk_cycle_split(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "",
            "table a {\n  id integer primary key\n  b_id integer references b (id)\n}\n"
            "table b {\n  id integer primary key\n  a_id integer references a (id)\n}\n");
    size_t splits = 0;
    for (size_t i = 0; i < f.plan->nup; i++)
        splits += f.plan->up[i]->split_fk;
    assert_int_equal(splits, 1);
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_before(up, "CREATE TABLE b ", "CREATE TABLE a ");
    assert_before(up, "CREATE TABLE a ", "ADD CONSTRAINT fk_b_a_id_a FOREIGN KEY");
    assert_before(down, "DROP CONSTRAINT fk_b_a_id_a", "DROP TABLE a;");
    assert_before(down, "DROP TABLE a;", "DROP TABLE b;");
    free(up);
    free(down);
    done(&f);
}

static void test_fk_after_its_key(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table p {\n  id integer primary key\n  code text\n}\ntable c {\n  id integer primary key\n}\n",
            "table p {\n  id integer primary key\n  code text unique\n}\ntable c {\n  id integer primary key\n"
            "  code text references p (code)\n}\n");
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_before(up, "ADD CONSTRAINT uq_p_code UNIQUE", "FOREIGN KEY (code) REFERENCES p (code)");
    assert_before(down, "DROP CONSTRAINT fk_c_code_p", "DROP CONSTRAINT uq_p_code");
    free(up);
    free(down);
    done(&f);
}

/* fkidx5: a kept FK goes around a drop of the unique index it stands on
 * (its columns reordered); a new table's FK onto its own unique index is
 * added after that index; the down script is the inverse. */
static void test_fk_around_its_unique_index(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table r {\n  id integer primary key\n  a integer\n  b integer\n  unique index ux_r (a, b)\n}\n"
            "table s {\n  id integer primary key\n  a integer\n  b integer\n"
            "  foreign key fk_s_r (a, b) references r (a, b)\n}\n",
            "table r {\n  id integer primary key\n  a integer\n  b integer\n  unique index ux_r (b, a)\n}\n"
            "table s {\n  id integer primary key\n  a integer\n  b integer\n"
            "  foreign key fk_s_r (a, b) references r (a, b)\n}\n"
            "table n {\n  id integer primary key\n  code text\n  up text\n  unique index ux_n (code)\n"
            "  foreign key fk_n_up (up) references n (code)\n}\n");
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_before(up, "ALTER TABLE s DROP CONSTRAINT fk_s_r;", "DROP INDEX ux_r;");
    assert_before(up, "CREATE UNIQUE INDEX ux_r ON r (b, a);", "ADD CONSTRAINT fk_s_r FOREIGN KEY");
    assert_contains(up, "-- re-created: references r (a, b), whose key changes");
    assert_before(down, "ALTER TABLE s DROP CONSTRAINT fk_s_r;", "DROP INDEX ux_r;");
    assert_before(down, "CREATE UNIQUE INDEX ux_r ON r (a, b);", "ADD CONSTRAINT fk_s_r FOREIGN KEY");
    assert_before(up, "CREATE UNIQUE INDEX ux_n ON n (code);", "ADD CONSTRAINT fk_n_up FOREIGN KEY");
    assert_int_equal(pos(up, "CONSTRAINT fk_n_up FOREIGN KEY (up) REFERENCES n (code)\n)"), -1);
    free(up);
    free(down);
    done(&f);
}

static void test_determinism(void **state)
{
    (void)state;
    const char *from = "table b {\n  id integer primary key\n}\ntable a {\n  id integer primary key\n}\n";
    const char *to1 = "table c {\n  id integer primary key\n  x text\n}\ntable a {\n  id integer primary key\n"
                      "  y text\n  z text\n}\ntable d {\n  id integer primary key\n}\n";
    const char *to2 = "table d {\n  id integer primary key\n}\ntable a {\n  id integer primary key\n"
                      "  y text\n  z text\n}\ntable c {\n  id integer primary key\n  x text\n}\n";
    fixture f1, f2;
    diff_pg(&f1, from, to1);
    diff_pg(&f2, from, to2);
    char *s1 = sql(&f1, false), *s2 = sql(&f2, false), *s3 = sql(&f1, false);
    assert_string_equal(s1, s2);
    assert_string_equal(s1, s3);
    char *d1 = sql(&f1, true), *d2 = sql(&f2, true);
    assert_string_equal(d1, d2);
    free(s1);
    free(s2);
    free(s3);
    free(d1);
    free(d2);
    done(&f1);
    done(&f2);
}

/* ---- normalisation ----------------------------------------------------------- */

static void test_default_normalisation(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    const char *same[][2] = {
        {"'x'::character varying", "'x'"},
        {"('x'::character varying)", "'x'"},
        {"(now())", "now()"},
        {"now()", "CURRENT_TIMESTAMP"},
        {"now ( )", "current_timestamp"},
        {"'-1'::integer", "-1"},
        {"(-1)", "-1"},
        {"0", "(0)"},
        {"'2024-01-01'::date", "'2024-01-01'"},
        {"'{}'::text[]", "'{}'"},
        {"'a'::timestamp with time zone", "'a'"},
        {"(a  >=  0) AND (b IS NOT NULL)", "(a >= 0) and (b is not null)"},
        {"a IN ( 'x' , 'y' )", "a in ('x','y')"},
        {"lower( email )", "LOWER(email)"},
        {"true", "(TRUE)"},
        {"c>0", "c > 0"},
        {"(c > 0) AND (d IS NOT TRUE)", "c > 0 and d is not true"},
        {"((a = 1) OR (b <> 2)) AND (NOT (c IS NULL))", "(a=1 or b<>2) and not c is null"},
        /* issue 14 item 16: on PostgreSQL's tokens and parse trees */
        {"$$ABC$$", "'ABC'"},                      /* a dollar quote is a string */
        {"$t$it's$t$ || A", "'it''s' || a"},
        {"E'a\\'B'", "e'a''B'"},                  /* \' and '' are one quote */
        {"a > 0 -- why\n", "A>0"},                 /* comments are blanks */
        {"a /* x */ + 1", "a+1"},
        {"((a + b) * c)", "(a+b)*c"},               /* the same tree */
        {"a + (b * c)", "a + b * c"},
        {"\"Ab\" + 1", "\"Ab\"+1"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        if (!sc_expr_same(a, same[i][0], same[i][1]))
            fail_msg("expected equal: %s | %s (%s | %s)", same[i][0], same[i][1], sc_expr_norm(a, same[i][0]),
                     sc_expr_norm(a, same[i][1]));
    const char *differ[][2] = {
        {"'x'", "'y'"},
        {"'X'", "'x'"},                 /* case inside a literal matters */
        {"'a  b'", "'a b'"},            /* and so does its whitespace */
        {"1", "'1x'"},
        {"a > 0", "a >= 0"},
        {"now()", "clock_timestamp()"},
        {"(a or b) and c", "a or b and c"},       /* precedence is kept */
        {"not (a and b)", "not a and b"},
        {"f(a) > 0", "f a > 0"},
        {"x in (1, 2)", "x in 1, 2"},
        /* issue 14 item 16: strings keep their case whatever their quotes */
        {"$$ABC$$", "$$abc$$"},
        {"$t$ABC$t$", "$t$abc$t$"},
        {"E'ABC'", "E'abc'"},
        {"E'A\\'B'", "E'a\\'b'"},
        {"\"Ab\" + 1", "ab + 1"},                  /* a quoted name keeps its case */
        {"(a + b) * c", "a + b * c"},
        {"0", "-1"},
        {"a - (b - c)", "a - b - c"},
    };
    for (size_t i = 0; i < sizeof differ / sizeof differ[0]; i++)
        if (sc_expr_same(a, differ[i][0], differ[i][1]))
            fail_msg("expected different: %s | %s", differ[i][0], differ[i][1]);
    assert_true(sc_default_same(a, NULL, "NULL"));
    assert_true(sc_default_same(a, "NULL::text", NULL));
    assert_false(sc_default_same(a, NULL, "''"));
    sc_arena_free(a);
}

/* issue 14 item 16: file against file, without a server, a dollar-quoted
 * or E'' string's case is a change (it once was folded away). */
static void test_string_case_is_a_change(void **state)
{
    (void)state;
    const char *pairs[][2] = {
        {"default ($$ABC$$)", "default ($$abc$$)"},
        {"default (E'ABC')", "default (E'abc')"},
        {"default ($x$A$x$ || 'b')", "default ($x$a$x$ || 'b')"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char from[256], to[256];
        snprintf(from, sizeof from, "table t {\n  id int primary key\n  a text %s\n}\n", pairs[i][0]);
        snprintf(to, sizeof to, "table t {\n  id int primary key\n  a text %s\n}\n", pairs[i][1]);
        fixture f;
        diff_pg(&f, from, to);
        assert_int_equal(sc_plan_count(f.plan), 1);
        char *up = sql(&f, false);
        assert_contains(up, "SET DEFAULT");
        free(up);
        done(&f);
    }
    /* and the same text spelled otherwise is not */
    fixture f;
    diff_pg(&f, "table t {\n  id int primary key\n  a text default ($$ABC$$ || Upper('x'))\n}\n",
            "table t {\n  id int primary key\n  a text default ('ABC' || upper( 'x' ) /* c */)\n}\n");
    assert_int_equal(sc_plan_count(f.plan), 0);
    done(&f);
}

static void test_type_narrowing(void **state)
{
    (void)state;
    sc_type i4 = {NULL, "integer", NULL, 0, false, NULL}, i8 = {NULL, "bigint", NULL, 0, false, NULL};
    sc_type v10 = {NULL, "character varying", "10", 0, false, NULL}, v5 = {NULL, "character varying", "5", 0, false, NULL};
    sc_type txt = {NULL, "text", NULL, 0, false, NULL}, n102 = {NULL, "numeric", "10,2", 0, false, NULL};
    sc_type n124 = {NULL, "numeric", "12,4", 0, false, NULL}, n83 = {NULL, "numeric", "8,3", 0, false, NULL};
    assert_false(sc_type_narrows(&i4, &i8));
    assert_true(sc_type_narrows(&i8, &i4));
    assert_false(sc_type_narrows(&v5, &v10));
    assert_true(sc_type_narrows(&v10, &v5));
    assert_false(sc_type_narrows(&v10, &txt));
    assert_true(sc_type_narrows(&txt, &v10));
    assert_false(sc_type_narrows(&n102, &n124));
    assert_true(sc_type_narrows(&n102, &n83));
    assert_true(sc_type_narrows(&txt, &i4));
    /* citext holds any text, wherever the extension is; not the other way */
    sc_type ci = {"ext", "citext", NULL, 0, false, NULL};
    assert_false(sc_type_narrows(&txt, &ci));
    assert_false(sc_type_narrows(&v10, &ci));
    assert_true(sc_type_narrows(&ci, &v10));
}

/* ---- SQLite ------------------------------------------------------------------ */

static void test_sqlite_rebuild(void **state)
{
    (void)state;
    fixture f;
    diff_with(&f, "table t {\n  id integer primary key\n  a text\n  b integer\n  index ix_t_b (b)\n}\n",
              "table t {\n  id integer primary key\n  aa text not null default '' renamed from a\n  b bigint\n"
              "  index ix_t_b (b)\n}\n",
              SC_DIALECT_SQLITE, NULL);
    char *up = sql(&f, false), *down = sql(&f, true);
    assert_before(up, "-- schemac:no-transaction\nPRAGMA foreign_keys = OFF;\n",
                  "PRAGMA legacy_alter_table = ON;\nALTER TABLE t RENAME TO _schemac_old_t;\n");
    assert_before(up, "ALTER TABLE t RENAME TO _schemac_old_t;\nPRAGMA legacy_alter_table = OFF;\n",
                  "CREATE TABLE t (");
    assert_before(up, "CREATE TABLE t (", "INSERT INTO t (id, aa, b)\n    SELECT id, a, b FROM _schemac_old_t;\n");
    assert_before(up, "INSERT INTO t (id, aa, b)\n    SELECT id, a, b FROM _schemac_old_t;\n",
                  "DROP TABLE _schemac_old_t;\n");
    assert_before(up, "DROP TABLE _schemac_old_t;\n", "CREATE INDEX ix_t_b ON t (b);\n");
    /* the guard: the rows are counted before the copy, checked before the commit */
    assert_before(up, "INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 't', count(*) FROM _schemac_old_t;\n",
                  "INSERT INTO t (id, aa, b)\n");
    assert_before(up, "CREATE INDEX ix_t_b ON t (b);\n",
                  "SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 't' AND n <> (SELECT count(*) FROM t);\n");
    assert_before(up, "SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 't' AND n <> (SELECT count(*) FROM t);\n",
                  "RELEASE schemac_rebuild;\n");
    assert_before(up, "FROM pragma_foreign_key_check;\nDROP TABLE temp._schemac_fk_check;\nRELEASE schemac_rebuild;\n",
                  "-- schemac:no-transaction\nPRAGMA foreign_keys = ON;\n");
    assert_int_equal(pos(up, "RENAME COLUMN"), -1);   /* the rebuild carries the rename */
    assert_contains(down, "INSERT INTO t (id, a, b)\n    SELECT id, aa, b FROM _schemac_old_t;\n");
    free(up);
    free(down);
    done(&f);
    /* what ALTER TABLE can do stays direct */
    diff_with(&f, "table t {\n  id integer primary key\n  a text\n}\n",
              "table t {\n  id integer primary key\n  b text renamed from a\n  c integer default 1\n}\n",
              SC_DIALECT_SQLITE, NULL);
    up = sql(&f, false);
    assert_string_equal(up, "-- table t\nALTER TABLE t RENAME COLUMN a TO b;\nALTER TABLE t ADD COLUMN c integer DEFAULT 1;\n");
    free(up);
    done(&f);
}

static void test_sqlite_alter_limits(void **state)
{
    (void)state;
    fixture f;
    /* dropping an indexed column, adding one with a non-constant default or
     * a NOT NULL one without default: SQLite's ALTER TABLE refuses them */
    const char *cases[][2] = {
        {"table t {\n  id integer primary key\n  a text\n  index ix_t_a (a)\n}\n",
         "table t {\n  id integer primary key\n}\n"},
        {"table t {\n  id integer primary key\n}\n",
         "table t {\n  id integer primary key\n  at timestamptz default (now())\n}\n"},
        {"table t {\n  id integer primary key\n}\n",
         "table t {\n  id integer primary key\n  n integer not null\n}\n"},
        {"table t {\n  id integer primary key\n  a text\n}\n",
         "table t {\n  id integer primary key\n  a text\n  check (a <> '')\n}\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        diff_with(&f, cases[i][0], cases[i][1], SC_DIALECT_SQLITE, NULL);
        char *up = sql(&f, false), *down = sql(&f, true);
        if (pos(up, "ALTER TABLE t RENAME TO _schemac_old_t;\n") < 0 &&
            pos(down, "ALTER TABLE t RENAME TO _schemac_old_t;\n") < 0)
            fail_msg("case %zu: expected a rebuild:\n%s\n%s", i, up, down);
        free(up);
        free(down);
        done(&f);
    }
    /* an unused column goes with DROP COLUMN */
    diff_with(&f, "table t {\n  id integer primary key\n  a text\n}\n", "table t {\n  id integer primary key\n}\n",
              SC_DIALECT_SQLITE, NULL);
    char *up = sql(&f, false);
    assert_contains(up, "ALTER TABLE t DROP COLUMN a;\n");
    assert_int_equal(pos(up, "_schemac_old_t"), -1);
    free(up);
    done(&f);
    /* a rebuilt table keeps every row: all its columns are copied */
    diff_with(&f, "table t {\n  id integer primary key\n  a text\n  b text\n}\n",
              "table t {\n  id integer primary key\n  a text not null default ''\n  b text\n  c text\n}\n",
              SC_DIALECT_SQLITE, NULL);
    up = sql(&f, false);
    assert_contains(up, "INSERT INTO t (id, a, b)\n    SELECT id, a, b FROM _schemac_old_t;\n");
    free(up);
    done(&f);
}

/* ---- JSON and summary ---------------------------------------------------------- */

static void test_json_and_summary(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, USERS, "table users {\n  id bigint identity primary key\n}\n");
    char *j = sc_emit_plan_json(f.plan), *s = sc_plan_summary(f.plan);
    assert_contains(j, "\"op\": \"drop_column\"");
    assert_contains(j, "\"hazard\": \"drops column users.email and its data\"");
    assert_contains(j, "\"transactional\": true");
    assert_string_equal(s, "drop column users.email  [HAZARD: drops column users.email and its data]\n");
    free(j);
    free(s);
    done(&f);
}

/* ---- scale: linear, through the maps ------------------------------------------ */

static sc_model *big_model(int ntables, int changed)
{
    sc_model *m = sc_model_new();
    char name[32];
    for (int i = 0; i < ntables; i++) {
        snprintf(name, sizeof name, "t%05d", i);
        sc_table *t = sc_model_add_table(m, NULL, name);
        const char *cols[] = {"id", "name", "ref_id", "created"};
        for (int k = 0; k < 4; k++) {
            sc_column *c = sc_table_add_column(m, t, cols[k]);
            c->type.name = k == 1 ? "text" : "bigint";
            c->not_null = k == 0;
        }
        if (i < changed)
            SC_VEC_AT(t->columns, 1, sc_column)->type.name = "character varying";
        sc_constraint *pk = sc_table_add_constraint(m, t, SC_CON_PRIMARY_KEY);
        pk->name = sc_arena_printf(m->arena, "pk_%s", name);
        pk->columns.items = sc_arena_alloc(m->arena, sizeof(char *));
        pk->columns.items[0] = "id";
        pk->columns.n = 1;
        if (i > 0) {
            sc_constraint *fk = sc_table_add_constraint(m, t, SC_CON_FOREIGN_KEY);
            fk->name = sc_arena_printf(m->arena, "fk_%s", name);
            fk->columns.items = sc_arena_alloc(m->arena, sizeof(char *));
            fk->columns.items[0] = "ref_id";
            fk->columns.n = 1;
            fk->ref_schema = "public";
            fk->ref_table = sc_arena_printf(m->arena, "t%05d", i - 1);
            fk->ref_columns = pk->columns;
        }
    }
    return m;
}

static void test_scale(void **state)
{
    (void)state;
    sc_model *a = big_model(5000, 0), *b = big_model(5000, 50);
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    /* what comes out at scale; how fast is `make bench`'s question
     * (tests/tools/bench_core.c), never a unit test's */
    sc_plan *p = sc_diff(a, b, &o, &d);
    assert_non_null(p);
    assert_int_equal(sc_plan_count(p), 50);
    sc_plan_free(p);
    sc_model_free(a);
    sc_model_free(b);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_change),
        cmocka_unit_test(test_add_column_and_inverse),
        cmocka_unit_test(test_drop_column_keeps_definition),
        cmocka_unit_test(test_alter_column_kinds),
        cmocka_unit_test(test_narrow_and_not_null_hazards),
        cmocka_unit_test(test_using_cast),
        cmocka_unit_test(test_no_compare_type_and_default),
        cmocka_unit_test(test_rename_hints),
        cmocka_unit_test(test_constraints_by_name_and_definition),
        cmocka_unit_test(test_indexes),
        cmocka_unit_test(test_enums),
        cmocka_unit_test(test_sequences_and_comments),
        cmocka_unit_test(test_order_drop_referenced),
        cmocka_unit_test(test_fk_cycle_split),
        cmocka_unit_test(test_fk_around_its_unique_index),
        cmocka_unit_test(test_fk_after_its_key),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_default_normalisation),
        cmocka_unit_test(test_string_case_is_a_change),
        cmocka_unit_test(test_type_narrowing),
        cmocka_unit_test(test_sqlite_rebuild),
        cmocka_unit_test(test_sqlite_alter_limits),
        cmocka_unit_test(test_json_and_summary),
        cmocka_unit_test(test_scale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
