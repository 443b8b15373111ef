/* test_con_options.c - issue 12's constraint options (UNIQUE NULLS NOT
 * DISTINCT, DEFERRABLE keys, CHECK NO INHERIT, NOT VALID, FK MATCH FULL,
 * unique indexes NULLS NOT DISTINCT) and index options (storage and operator
 * class parameters, tablespace): what the DSL puts in the model, the
 * located errors for an option of the wrong kind, the DSL writer and JSON
 * giving them back, the DDL, the diff (VALIDATE CONSTRAINT, both ways) and
 * SQLite's refusals. */
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
    "table p {\n"
    "  id int primary key\n"
    "  z  int unique deferrable initially deferred\n"
    "  a  int\n"
    "  unique uq_a (a, z) nulls not distinct deferrable\n"
    "}\n"
    "table t {\n"
    "  id int primary key\n"
    "  pa int references p (id) match full not valid\n"
    "  x  int check (x > 0) no inherit\n"
    "  y  int constraint uq_y unique nulls not distinct\n"
    "  check ck_y (y < 100) not valid\n"
    "  unique index ix_t_x (x) nulls not distinct\n"
    "}\n";

static const sc_constraint *con(const sc_model *m, const char *table, const char *name)
{
    const sc_table *t = sc_model_table(m, "public", table);
    assert_non_null(t);
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (!strcmp(k->name, name))
            return k;
    }
    fail_msg("no constraint %s", name);
    return NULL;
}

static void check_model(const sc_model *m)
{
    const sc_constraint *k = con(m, "p", "uq_p_z");
    assert_true(k->deferrable && k->initially_deferred && !k->nulls_not_distinct);
    k = con(m, "p", "uq_a");
    assert_true(k->deferrable && !k->initially_deferred && k->nulls_not_distinct);
    k = con(m, "p", "pk_p");
    assert_false(k->deferrable);
    k = con(m, "t", "fk_t_pa_p");
    assert_true(k->match_full && k->not_valid && !k->deferrable);
    k = con(m, "t", "ck_t_x");
    assert_true(k->no_inherit && !k->not_valid);
    k = con(m, "t", "uq_y");
    assert_true(k->nulls_not_distinct);
    k = con(m, "t", "ck_y");
    assert_true(k->not_valid && !k->no_inherit);
    const sc_table *t = sc_model_table(m, "public", "t");
    const sc_index *ix = SC_VEC_AT(t->indexes, 0, sc_index);
    assert_true(ix->unique && ix->nulls_not_distinct);
}

static void test_parse(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    check_model(m);
    sc_model_free(m);
}

/* The DSL writer and JSON give every option back. */
static void test_round_trips(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "  unique uq_a (a, z) nulls not distinct deferrable\n"));
    assert_non_null(strstr(text, "unique deferrable initially deferred"));
    assert_non_null(strstr(text, "references p (id) match full not valid"));
    assert_non_null(strstr(text, "  check ck_y (y < 100) not valid\n"));
    assert_non_null(strstr(text, "  unique index ix_t_x (x) nulls not distinct\n"));
    dsl_json_round_trip(m, text, check_model);
}

static char *first_error(const char *text, size_t *nerr)
{
    sc_model *m = sc_model_new();
    sc_diags d;
    sc_diags_init(&d);
    int rc = sc_parse_text(m, "e.sch", text, strlen(text), &d);
    if (rc == 0)
        rc = sc_model_finish(m, &d);
    assert_int_not_equal(rc, 0);
    assert_true(d.n > 0);
    *nerr = d.nerrors;
    char *s = sc_diag_format(&d.items[0]);
    sc_diags_free(&d);
    sc_model_free(m);
    return s;
}

static void expect_error(const char *text, const char *first_line)
{
    size_t n;
    char *s = first_error(text, &n);
    assert_int_equal(n, 1);
    if (strncmp(s, first_line, strlen(first_line)) != 0)
        fail_msg("got: %s", s);
    free(s);
}

/* Each option on a kind that does not take it: one error, at the option. */
static void test_wrong_kind(void **state)
{
    (void)state;
    expect_error("table t {\n  a int primary key nulls not distinct\n}\n",
                 "e.sch:2:21: error: \"nulls [not] distinct\" applies to unique constraints and unique indexes only\n");
    expect_error("table t {\n  a int\n  check (a > 0) deferrable\n}\n",
                 "e.sch:3:17: error: \"deferrable\" / \"initially deferred\" applies to primary keys, unique constraints, exclusion constraints and foreign keys only\n");
    expect_error("table t {\n  a int\n  primary key (a) not valid\n}\n",
                 "e.sch:3:19: error: \"not valid\" applies to check constraints and foreign keys only\n");
    expect_error("table t {\n  a int primary key\n  b int references t no inherit\n}\n",
                 "e.sch:3:22: error: \"no inherit\" applies to check constraints only\n");
    expect_error("table t {\n  a int unique match full\n}\n",
                 "e.sch:2:16: error: \"match\" applies to foreign keys only\n");
    expect_error("table t {\n  a int check (a > 0) on update cascade\n}\n",
                 "e.sch:2:23: error: \"on delete\" / \"on update\" applies to foreign keys only\n");
    expect_error("table t {\n  a int\n  index (a) nulls not distinct\n}\n",
                 "e.sch:3:13: error: \"nulls not distinct\" applies to unique indexes only\n");
    expect_error("table t {\n  a int unique not deferrable initially deferred\n}\n",
                 "e.sch:2:31: error: a constraint declared \"initially deferred\" must be deferrable\n");
}

/* The defaults said out loud are the defaults; `not valid` is one token
 * only as two words, so a column may still be called valid. */
static void test_defaults_and_names(void **state)
{
    (void)state;
    sc_model *m = dsl("table t {\n"
                      "  valid int unique nulls distinct not deferrable initially immediate\n"
                      "  full int references t (valid) match simple\n"
                      "  check (valid > 0) not valid\n"
                      "  distinct int not null\n"
                      "}\n");
    const sc_constraint *k = con(m, "t", "uq_t_valid");
    assert_false(k->nulls_not_distinct || k->deferrable || k->initially_deferred);
    k = con(m, "t", "fk_t_full_t");
    assert_false(k->match_full || k->not_valid);
    k = con(m, "t", "ck_t_valid");
    assert_true(k->not_valid);
    sc_model_free(m);
}

static void test_ddl(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    assert_non_null(strstr(sql, "CONSTRAINT uq_a UNIQUE NULLS NOT DISTINCT (a, z) DEFERRABLE,\n"));
    assert_non_null(strstr(sql, "CONSTRAINT uq_p_z UNIQUE (z) DEFERRABLE INITIALLY DEFERRED"));
    assert_non_null(strstr(sql, "CONSTRAINT ck_t_x CHECK (x > 0) NO INHERIT"));
    /* NOT VALID never inside CREATE TABLE (it would be valid there) */
    assert_null(strstr(sql, "ck_y CHECK (y < 100) NOT VALID,"));
    assert_non_null(strstr(sql, "ALTER TABLE t\n    ADD CONSTRAINT ck_y CHECK (y < 100) NOT VALID;\n"));
    assert_non_null(strstr(sql, "ADD CONSTRAINT fk_t_pa_p FOREIGN KEY (pa) REFERENCES p (id) MATCH FULL NOT VALID;\n"));
    assert_non_null(strstr(sql, "CREATE UNIQUE INDEX ix_t_x ON t (x) NULLS NOT DISTINCT;\n"));
    free(sql);
    /* SQLite: every option but NO INHERIT is an error at its constraint */
    sql = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    assert_null(sql);
    assert_int_equal(d.nerrors, 8);
    sc_diags_free(&d);
    sc_model_free(m);
}

static const char *valid_from =
    "table t {\n  a int\n  check ck_a (a > 0) not valid\n}\n";
static const char *valid_to =
    "table t {\n  a int\n  check ck_a (a > 0)\n}\n";

/* NOT VALID -> valid: VALIDATE CONSTRAINT; back: drop, add NOT VALID. */
static void test_diff_validate(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, valid_from, valid_to);
    assert_string_equal(f.up, "-- table t\nALTER TABLE t VALIDATE CONSTRAINT ck_a;\n");
    assert_string_equal(f.down, "-- table t\nALTER TABLE t DROP CONSTRAINT ck_a;\n"
                                "ALTER TABLE t\n    ADD CONSTRAINT ck_a CHECK (a > 0) NOT VALID;\n");
    done(&f);
}

/* Every other option changed is seen (drop and add). */
static void test_diff_each_option(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"table t {\n  a int unique\n}\n", "table t {\n  a int unique nulls not distinct\n}\n"},
        {"table t {\n  a int unique\n}\n", "table t {\n  a int unique deferrable\n}\n"},
        {"table t {\n  a int primary key deferrable\n}\n", "table t {\n  a int primary key deferrable initially deferred\n}\n"},
        {"table t {\n  a int check (a > 0)\n}\n", "table t {\n  a int check (a > 0) no inherit\n}\n"},
        {"table t {\n  a int primary key\n  b int references t\n}\n",
         "table t {\n  a int primary key\n  b int references t match full\n}\n"},
        {"table t {\n  a int\n  unique index ix (a)\n}\n", "table t {\n  a int\n  unique index ix (a) nulls not distinct\n}\n"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fixture f;
        diff_pg(&f, pairs[i][0], pairs[i][1]);
        if (!strstr(f.up, "DROP") || !strstr(f.down, "DROP"))
            fail_msg("pair %zu: up:\n%s\ndown:\n%s", i, f.up, f.down);
        done(&f);
    }
    /* SQLite has no inheritance: NO INHERIT is no difference there */
    fixture f;
    diff_as(&f, pairs[3][0], pairs[3][1], SC_DIALECT_SQLITE);
    assert_string_equal(f.up, "");
    done(&f);
}

static const char *ix_schema =
    "table d {\n"
    "  id int primary key\n"
    "  body tsvector\n"
    "  t text\n"
    "  index ix_d_body (body tsvector_ops (siglen = 100)) using gist with (buffering = 'on')\n"
    "  index ix_d_t (t text_pattern_ops desc nulls first) with (fillfactor = 70, deduplicate_items = off) tablespace fast where (t <> '')\n"
    "}\n";

static void check_ix(const sc_model *m)
{
    const sc_table *t = sc_model_table(m, "public", "d");
    const sc_index *b = SC_VEC_AT(t->indexes, 0, sc_index), *x = SC_VEC_AT(t->indexes, 1, sc_index);
    assert_string_equal(b->name, "ix_d_body");
    assert_string_equal(sc_index_elem_opclass(&b->elems[0]), "tsvector_ops");
    assert_int_equal(sc_index_elem_opclass_params(&b->elems[0])->n, 1);
    assert_string_equal(sc_index_elem_opclass_params(&b->elems[0])->items[0], "siglen=100");
    assert_int_equal(sc_index_options(b)->n, 1);
    assert_string_equal(sc_index_options(b)->items[0], "buffering=on");
    assert_null(sc_index_tablespace(b));
    assert_int_equal(sc_index_options(x)->n, 2);
    assert_string_equal(sc_index_options(x)->items[0], "fillfactor=70");
    assert_string_equal(sc_index_options(x)->items[1], "deduplicate_items=off");
    assert_string_equal(sc_index_tablespace(x), "fast");
    assert_true(x->elems[0].desc && x->elems[0].nulls == SC_NULLS_FIRST);
    assert_string_equal(x->where, "t <> ''");
}

static void test_index_options(void **state)
{
    (void)state;
    sc_model *m = dsl(ix_schema);
    check_ix(m);
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "  index ix_d_body (body tsvector_ops (siglen = 100)) using gist with (buffering = 'on')\n"));
    assert_non_null(strstr(text, "with (fillfactor = 70, deduplicate_items = off) tablespace fast where (t <> '')\n"));
    sc_model *m2 = dsl(text);
    check_ix(m2);
    char *json = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("m.json", json, strlen(json), &d);
    assert_non_null(m3);
    check_ix(m3);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    assert_non_null(strstr(sql, "CREATE INDEX ix_d_body ON d USING gist (body tsvector_ops (siglen=100)) WITH (buffering=on);\n"));
    assert_non_null(strstr(sql, "CREATE INDEX ix_d_t ON d (t text_pattern_ops DESC NULLS FIRST) "
                                "WITH (fillfactor=70, deduplicate_items=off) TABLESPACE fast WHERE (t <> '');\n"));
    free(sql);
    assert_null(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    bool with_err = false, ts_err = false;
    for (size_t i = 0; i < d.n; i++) {
        with_err |= strstr(d.items[i].msg, "SQLite has no storage parameters (WITH)") != NULL;
        ts_err |= strstr(d.items[i].msg, "SQLite has no tablespaces") != NULL;
    }
    assert_true(with_err && ts_err);
    free(text);
    free(json);
    sc_diags_free(&d);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

/* A parameter is name = value: another operator is an error at it. */
static void test_param_errors(void **state)
{
    (void)state;
    expect_error("table t {\n  a int\n  index (a) with (fillfactor > 70)\n}\n",
                 "e.sch:3:30: error: expected \"=\" between a parameter's name and its value\n");
}

/* Every index option changed is seen; the order of parameters is not a
 * change; storage parameters and the tablespace alone are altered in place
 * (privs2). */
static void test_diff_index_options(void **state)
{
    (void)state;
    static const char *const in_place[][4] = {
        {"table t {\n  a int\n  index ix (a) with (fillfactor = 70)\n}\n",
         "table t {\n  a int\n  index ix (a) with (fillfactor = 80)\n}\n",
         "ALTER INDEX ix SET (fillfactor=80);\n", "ALTER INDEX ix SET (fillfactor=70);\n"},
        {"table t {\n  a int\n  index ix (a)\n}\n", "table t {\n  a int\n  index ix (a) tablespace fast\n}\n",
         "ALTER INDEX ix SET TABLESPACE fast;\n", "ALTER INDEX %s SET TABLESPACE %I'"},
        {"table t {\n  a int\n  index ix (a) with (fillfactor = 70)\n}\n", "table t {\n  a int\n  index ix (a)\n}\n",
         "ALTER INDEX ix RESET (fillfactor);\n", "ALTER INDEX ix SET (fillfactor=70);\n"},
    };
    for (size_t i = 0; i < sizeof in_place / sizeof in_place[0]; i++) {
        fixture f;
        diff_pg(&f, in_place[i][0], in_place[i][1]);
        if (strstr(f.up, "DROP INDEX") || strstr(f.down, "DROP INDEX") || !strstr(f.up, in_place[i][2]) ||
            !strstr(f.down, in_place[i][3]))
            fail_msg("in place %zu: up:\n%s\ndown:\n%s", i, f.up, f.down);
        done(&f);
    }
    static const char *const pairs[][2] = {
        {"table t {\n  a int\n  index ix (a) with (fillfactor = 70)\n}\n",
         "table t {\n  a int\n  index ix (a desc) with (fillfactor = 80)\n}\n"},
        {"table t {\n  a tsvector\n  index ix (a tsvector_ops (siglen = 8)) using gist\n}\n",
         "table t {\n  a tsvector\n  index ix (a tsvector_ops (siglen = 16)) using gist\n}\n"},
        {"table t {\n  a int\n  index ix (a desc)\n}\n", "table t {\n  a int\n  index ix (a desc nulls last)\n}\n"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fixture f;
        diff_pg(&f, pairs[i][0], pairs[i][1]);
        if (!strstr(f.up, "DROP INDEX ix") || !strstr(f.down, "DROP INDEX ix"))
            fail_msg("pair %zu: up:\n%s\ndown:\n%s", i, f.up, f.down);
        done(&f);
    }
    fixture f;
    diff_pg(&f, "table t {\n  a int\n  index ix (a) with (fillfactor = 70, deduplicate_items = off)\n}\n",
            "table t {\n  a int\n  index ix (a) with (deduplicate_items = off, fillfactor = 70)\n}\n");
    assert_string_equal(f.up, "");
    done(&f);
}

static const char *tab_schema =
    "sequence ticket_no { start 100 } comment 'ticket numbers'\n"
    "unlogged table cache {\n"
    "  k text primary key\n"
    "  v text storage external compression lz4\n"
    "  n bigint identity always (start 1000 increment 10 cache 20)\n"
    "  m smallint identity (increment -1 maxvalue 400 no cycle)\n"
    "  check ck_cache_v (v <> '') comment 'never empty'\n"
    "  with (fillfactor = 70, autovacuum_enabled = false)\n"
    "}\n";

static void check_tab(const sc_model *m)
{
    const sc_table *t = sc_model_table(m, "public", "cache");
    assert_true(t->unlogged);
    assert_int_equal(sc_table_options(t)->n, 2);
    assert_string_equal(sc_table_options(t)->items[0], "fillfactor=70");
    assert_string_equal(sc_table_options(t)->items[1], "autovacuum_enabled=false");
    const sc_column *v = sc_table_column(t, "v"), *n = sc_table_column(t, "n"), *mm = sc_table_column(t, "m");
    assert_int_equal(v->storage, 'e');
    assert_int_equal(v->compression, 'l');
    assert_non_null(sc_column_identity_opts(n));
    assert_true(sc_column_identity_opts(n)->start == 1000 && sc_column_identity_opts(n)->increment == 10 &&
                sc_column_identity_opts(n)->cache == 20 && sc_column_identity_opts(n)->min_value == 1 &&
                sc_column_identity_opts(n)->max_value == 9223372036854775807LL && !sc_column_identity_opts(n)->cycle);
    /* descending: the type's minimum up to the maximum given, starting there */
    assert_non_null(sc_column_identity_opts(mm));
    assert_true(sc_column_identity_opts(mm)->start == 400 && sc_column_identity_opts(mm)->min_value == -32768 &&
                sc_column_identity_opts(mm)->max_value == 400);
    assert_string_equal(sc_constraint_comment(con(m, "cache", "ck_cache_v")), "never empty");
    assert_string_equal(sc_model_sequence(m, "public", "ticket_no")->comment, "ticket numbers");
}

static void test_table_column_options(void **state)
{
    (void)state;
    sc_model *m = dsl(tab_schema);
    check_tab(m);
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "unlogged table cache {\n"));
    assert_non_null(strstr(text, "identity always (start 1000 increment 10 cache 20)"));
    assert_non_null(strstr(text, "  with (fillfactor = 70, autovacuum_enabled = 'false')\n"));
    assert_non_null(strstr(text, "sequence ticket_no { start 100 } comment 'ticket numbers'\n"));
    sc_model *m2 = dsl(text);
    check_tab(m2);
    char *json = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("m.json", json, strlen(json), &d);
    assert_non_null(m3);
    assert_int_equal(d.nerrors, 0);
    check_tab(m3);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    assert_non_null(strstr(sql, "CREATE UNLOGGED TABLE cache ("));
    assert_non_null(strstr(sql, ") WITH (fillfactor=70, autovacuum_enabled=false);\n"));
    assert_non_null(strstr(sql, "v text     COMPRESSION lz4"));
    assert_non_null(strstr(sql, "ALTER TABLE cache ALTER COLUMN v SET STORAGE external;\n"));
    assert_non_null(strstr(sql, "GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10 MINVALUE 1 "
                                "MAXVALUE 9223372036854775807 CACHE 20 NO CYCLE)"));
    assert_non_null(strstr(sql, "COMMENT ON CONSTRAINT ck_cache_v ON cache IS 'never empty';\n"));
    assert_non_null(strstr(sql, "COMMENT ON SEQUENCE ticket_no IS 'ticket numbers';\n"));
    free(sql);
    size_t before = d.nerrors;
    assert_null(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    assert_true(d.nerrors > before);
    free(text);
    free(json);
    sc_diags_free(&d);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

static void test_table_option_errors(void **state)
{
    (void)state;
    expect_error("table t {\n  a text storage compressed\n}\n",
                 "e.sch:2:18: error: unknown storage \"compressed\": plain, external, main or extended\n");
    expect_error("table t {\n  a text compression zstd\n}\n",
                 "e.sch:2:22: error: unknown compression \"zstd\": pglz, lz4 or default\n");
}

/* Identity options, storage, table options and comments: each change seen. */
static void test_diff_table_options(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  id bigint identity primary key\n}\n",
            "table t {\n  id bigint identity (start 50 cache 5) primary key\n}\n");
    assert_non_null(strstr(f.up, "ALTER TABLE t ALTER COLUMN id SET START WITH 50 SET INCREMENT BY 1 SET MINVALUE 1 "
                                 "SET MAXVALUE 9223372036854775807 SET CACHE 5 SET NO CYCLE;\n"));
    assert_non_null(strstr(f.down, "SET START WITH 1 "));
    done(&f);
    diff_pg(&f, "table t {\n  a int\n}\n", "unlogged table t {\n  a int\n  with (fillfactor = 50)\n}\n");
    assert_string_equal(f.up, "-- table t\nALTER TABLE t SET (fillfactor=50);\nALTER TABLE t SET UNLOGGED;\n");
    assert_string_equal(f.down, "-- table t\nALTER TABLE t RESET (fillfactor);\nALTER TABLE t SET LOGGED;\n");
    done(&f);
    diff_pg(&f, "table t {\n  a text\n  check ck (a <> '')\n}\n",
            "table t {\n  a text compression lz4\n  check ck (a <> '') comment 'why'\n}\n");
    assert_non_null(strstr(f.up, "ALTER TABLE t ALTER COLUMN a SET COMPRESSION lz4;\n"));
    assert_non_null(strstr(f.up, "COMMENT ON CONSTRAINT ck ON t IS 'why';\n"));
    assert_non_null(strstr(f.down, "COMMENT ON CONSTRAINT ck ON t IS NULL;\n"));
    done(&f);
    diff_pg(&f, "sequence s\n", "sequence s comment 'numbers'\n");
    assert_non_null(strstr(f.up, "COMMENT ON SEQUENCE s IS 'numbers';\n"));
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_wrong_kind),
        cmocka_unit_test(test_defaults_and_names),
        cmocka_unit_test(test_ddl),
        cmocka_unit_test(test_diff_validate),
        cmocka_unit_test(test_diff_each_option),
        cmocka_unit_test(test_index_options),
        cmocka_unit_test(test_param_errors),
        cmocka_unit_test(test_diff_index_options),
        cmocka_unit_test(test_table_column_options),
        cmocka_unit_test(test_table_option_errors),
        cmocka_unit_test(test_diff_table_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
