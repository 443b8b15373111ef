/* test_exclusion.c - issue 12's exclusion constraints and the indexes of
 * keys (WITH (...), USING INDEX TABLESPACE): what the DSL puts in the
 * model, the located errors, the DSL writer and JSON giving them back, the
 * DDL, the diff (a change is a drop and an add, both ways) and SQLite's
 * refusals. */
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
    "table booking {\n"
    "  id     int primary key with (fillfactor = 70) using index tablespace pg_default\n"
    "  room   int not null\n"
    "  during tsrange not null\n"
    "  code   text unique with (fillfactor = 80)\n"
    "  exclude ex_room (room with =, during with &&) using gist deferrable initially deferred comment 'no overlap'\n"
    "  exclude (lower(during) with =, (room + 1) with <>, code collate \"C\" text_pattern_ops desc with -|-)"
    " using gist include (code) with (fillfactor = 60) where (room > 0)\n"
    "  constraint ex_code exclude (code with =)\n"
    "}\n";

static const sc_constraint *con(const sc_model *m, const char *name)
{
    const sc_table *t = sc_model_table(m, "public", "booking");
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
    const sc_constraint *k = con(m, "ex_room");
    assert_int_equal(k->kind, SC_CON_EXCLUDE);
    assert_true(k->deferrable && k->initially_deferred);
    assert_string_equal(sc_constraint_comment(k), "no overlap");
    const sc_index *ix = sc_constraint_exclusion(k);
    assert_non_null(ix);
    assert_string_equal(ix->method, "gist");
    assert_int_equal(ix->nelems, 2);
    assert_string_equal(ix->elems[0].column, "room");
    assert_string_equal(sc_index_elem_op(&ix->elems[0]), "=");
    assert_string_equal(ix->elems[1].column, "during");
    assert_string_equal(sc_index_elem_op(&ix->elems[1]), "&&");
    assert_null(ix->where);

    /* unnamed: ex_<table>_<first column of the first element> */
    k = con(m, "ex_booking_during");
    assert_false(k->name_explicit || k->deferrable);
    ix = sc_constraint_exclusion(k);
    assert_int_equal(ix->nelems, 3);
    assert_null(ix->elems[0].column);
    assert_string_equal(ix->elems[0].expr, "lower(during)");
    assert_string_equal(ix->elems[1].expr, "room + 1");
    assert_string_equal(sc_index_elem_op(&ix->elems[1]), "<>");
    assert_string_equal(ix->elems[2].column, "code");
    assert_string_equal(sc_index_elem_collation(&ix->elems[2]), "C");
    assert_string_equal(sc_index_elem_opclass(&ix->elems[2]), "text_pattern_ops");
    assert_true(ix->elems[2].desc);
    assert_string_equal(sc_index_elem_op(&ix->elems[2]), "-|-");
    assert_int_equal(ix->include.n, 1);
    assert_string_equal(ix->include.items[0], "code");
    assert_string_equal(ix->where, "room > 0");
    assert_int_equal(sc_constraint_index_options(k)->n, 1);
    assert_string_equal(sc_constraint_index_options(k)->items[0], "fillfactor=60");

    k = con(m, "ex_code");
    assert_null(sc_constraint_exclusion(k)->method);   /* btree, the default */

    k = con(m, "pk_booking");
    assert_int_equal(sc_constraint_index_options(k)->n, 1);
    assert_string_equal(sc_constraint_index_options(k)->items[0], "fillfactor=70");
    assert_string_equal(sc_constraint_index_tablespace(k), "pg_default");
    k = con(m, "uq_booking_code");
    assert_string_equal(sc_constraint_index_options(k)->items[0], "fillfactor=80");
    assert_null(sc_constraint_index_tablespace(k));
}

static void test_parse(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    check_model(m);
    sc_model_free(m);
}

/* The DSL writer and JSON give every part back. */
static void test_round_trips(void **state)
{
    (void)state;
    sc_model *m = dsl(schema);
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "  exclude ex_room (room with =, during with &&) using gist deferrable initially "
                                 "deferred comment 'no overlap'\n"));
    assert_non_null(strstr(text, "  exclude (lower(during) with =, (room + 1) with <>, code collate \"C\" "
                                 "text_pattern_ops desc with -|-) using gist include (code) with (fillfactor = 60) "
                                 "where (room > 0)\n"));
    assert_non_null(strstr(text, "primary key with (fillfactor = 70) using index tablespace pg_default"));
    dsl_json_round_trip(m, text, check_model);
}

static void expect_error(const char *text, const char *first_line)
{
    char *s = dsl_first_error(text);
    if (strncmp(s, first_line, strlen(first_line)) != 0)
        fail_msg("got: %s", s);
    free(s);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("table t {\n  a int\n  exclude (b with =)\n}\n",
                 "t.sch:3:12: error: unknown column \"b\" in exclusion constraint \"ex_t_b\"\n");
    expect_error("table t {\n  a int\n  exclude (a with =) include (c)\n}\n",
                 "t.sch:3:31: error: unknown column \"c\" in include list of exclusion constraint \"ex_t_a\"\n");
    expect_error("table t {\n  a int\n  exclude (a with = =)\n}\n",
                 "t.sch:3:19: error: an operator is written without blanks inside it\n");
    expect_error("table t {\n  a int primary key where (a > 0)\n}\n",
                 "t.sch:2:21: error: \"using\" / \"include\" / \"where\" applies to exclusion constraints only\n");
    expect_error("table t {\n  a int\n  unique (a) using gist\n}\n",
                 "t.sch:3:14: error: \"using\" / \"include\" / \"where\" applies to exclusion constraints only\n");
    expect_error("table t {\n  a int check (a > 0) with (fillfactor = 1)\n}\n",
                 "t.sch:2:23: error: \"with (...)\" / \"using index tablespace\" applies to primary keys, unique and "
                 "exclusion constraints only\n");
    expect_error("table t {\n  a int\n  exclude (a with =) nulls not distinct\n}\n",
                 "t.sch:3:22: error: \"nulls [not] distinct\" applies to unique constraints and unique indexes only\n");
    /* the index's name is the schema's: a table or index of that name */
    expect_error("table t {\n  a int\n  exclude x (a with =)\n  index x (a)\n}\n",
                 "t.sch:4:3: error: index name \"x\" is already used in schema \"public\"\n");
}

/* `exclude` starts a table item: a column needs quotes, anything else may
 * be called so. */
static void test_names(void **state)
{
    (void)state;
    sc_model *m0 = dsl("table exclude {\n  \"exclude\" int\n  exclude (\"exclude\" with =)\n}\n");
    assert_non_null(sc_model_table(m0, "public", "exclude"));
    sc_model_free(m0);
    sc_model *m = dsl("table t {\n  \"exclude\" int\n  exclude exclude (\"exclude\" with =)\n}\n");
    const sc_table *t = sc_model_table(m, "public", "t");
    assert_non_null(t);
    const sc_constraint *k = SC_VEC_AT(t->constraints, 0, sc_constraint);
    assert_string_equal(k->name, "exclude");
    char *text = sc_emit_dsl(m);
    assert_non_null(strstr(text, "\n  \"exclude\"  integer\n"));
    sc_model *m2 = dsl(text);
    sc_model_free(m2);
    free(text);
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
    assert_non_null(strstr(sql, "CONSTRAINT pk_booking PRIMARY KEY (id) WITH (fillfactor=70) USING INDEX "
                                "TABLESPACE pg_default,\n"));
    assert_non_null(strstr(sql, "CONSTRAINT uq_booking_code UNIQUE (code) WITH (fillfactor=80),\n"));
    assert_non_null(strstr(sql, "CONSTRAINT ex_booking_during EXCLUDE USING gist ((lower(during)) WITH =, "
                                "(room + 1) WITH <>, code COLLATE \"C\" text_pattern_ops DESC WITH -|-) INCLUDE "
                                "(code) WITH (fillfactor=60) WHERE (room > 0),\n"));
    assert_non_null(strstr(sql, "CONSTRAINT ex_code EXCLUDE (code WITH =),\n"));
    assert_non_null(strstr(sql, "CONSTRAINT ex_room EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE "
                                "INITIALLY DEFERRED\n"));
    assert_non_null(strstr(sql, "COMMENT ON CONSTRAINT ex_room ON booking IS 'no overlap';\n"));
    free(sql);
    /* SQLite: each exclusion constraint and each key's index option, located */
    sc_diags_free(&d);
    sc_diags_init(&d);
    sql = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    assert_null(sql);
    size_t nexcl = 0, nopt = 0;
    for (size_t i = 0; i < d.n; i++) {
        assert_int_equal(d.items[i].kind, SC_ERR_UNSUPPORTED);
        assert_non_null(d.items[i].loc.src);
        nexcl += strstr(d.items[i].msg, "SQLite has no exclusion constraints") != NULL;
        nopt += strstr(d.items[i].msg, "SQLite has no index storage parameters") != NULL;
    }
    assert_int_equal(nexcl, 3);
    assert_int_equal(nopt, 2);
    sc_diags_free(&d);
    sc_model_free(m);
}

static const char *from_sch =
    "table slot {\n"
    "  id     int primary key\n"
    "  during int4range not null\n"
    "  exclude ex_slot (during with &&) using gist\n"
    "}\n";

/* An exclusion constraint becoming deferrable: dropped and added, both ways. */
static void test_diff_deferrable(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, from_sch,
            "table slot {\n"
            "  id     int primary key\n"
            "  during int4range not null\n"
            "  exclude ex_slot (during with &&) using gist deferrable initially deferred\n"
            "}\n");
    assert_contains(f.up, "ALTER TABLE slot DROP CONSTRAINT ex_slot;\n");
    assert_contains(f.up, "ADD CONSTRAINT ex_slot EXCLUDE USING gist (during WITH &&) DEFERRABLE INITIALLY "
                          "DEFERRED;\n");
    assert_true(pos(f.up, "DROP CONSTRAINT ex_slot") < pos(f.up, "ADD CONSTRAINT ex_slot"));
    assert_contains(f.down, "ADD CONSTRAINT ex_slot EXCLUDE USING gist (during WITH &&);\n");
    done(&f);
}

/* Each part of an exclusion constraint is a change; the same one is none. */
static void test_diff_each_part(void **state)
{
    (void)state;
    static const char *const variants[] = {
        "exclude ex_slot (during with &&) using spgist",
        "exclude ex_slot (during with -|-) using gist",
        "exclude ex_slot (during with &&, id with <>) using gist",
        "exclude ex_slot (during with &&) using gist include (id)",
        "exclude ex_slot (during with &&) using gist where (id > 0)",
        "exclude ex_slot (during with &&) using gist deferrable",
        "exclude ex_slot (upper(during) with =) using gist",
    };
    for (size_t i = 0; i < sizeof variants / sizeof variants[0]; i++) {
        char to[512];
        snprintf(to, sizeof to,
                 "table slot {\n  id     int primary key\n  during int4range not null\n  %s\n}\n", variants[i]);
        fixture f;
        diff_pg(&f, from_sch, to);
        if (pos(f.up, "DROP CONSTRAINT ex_slot;") < 0 || pos(f.up, "ADD CONSTRAINT ex_slot EXCLUDE") < 0)
            fail_msg("variant %zu: no drop and add in\n%s", i, f.up);
        done(&f);
    }
    fixture f;
    diff_pg(&f, from_sch, "table slot {\n  id int primary key, during int4range not null\n"
                          "  constraint ex_slot exclude using gist (during with &&)\n}\n");
    assert_string_equal(f.up, "");
    done(&f);
}

/* A key's or an exclusion's index options are altered in place (a foreign
 * key may use the key's index), both ways, whatever their order. */
static void test_diff_key_index(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table a {\n  id int primary key with (fillfactor = 90, deduplicate_items = off)\n  b int unique\n"
                "  c int4range\n  exclude ex_c (c with &&) using gist\n}\n"
                "table r {\n  id int primary key\n  a_id int references a (id)\n}\n",
            "table a {\n  id int primary key with (fillfactor = 70)\n  b int unique using index tablespace ts\n"
            "  c int4range\n  exclude ex_c (c with &&) using gist with (fillfactor = 60) using index tablespace ts\n}\n"
            "table r {\n  id int primary key\n  a_id int references a (id)\n}\n");
    assert_null(strstr(f.up, "DROP CONSTRAINT"));
    assert_null(strstr(f.up, "ADD CONSTRAINT"));
    assert_contains(f.up, "ALTER INDEX pk_a SET (fillfactor=70);\nALTER INDEX pk_a RESET (deduplicate_items);\n");
    assert_contains(f.up, "ALTER INDEX uq_a_b SET TABLESPACE ts;\n");
    assert_contains(f.up, "ALTER INDEX ex_c SET (fillfactor=60);\nALTER INDEX ex_c SET TABLESPACE ts;\n");
    assert_contains(f.down, "ALTER INDEX pk_a SET (fillfactor=90, deduplicate_items=off);\n");
    assert_contains(f.down, "ALTER INDEX ex_c RESET (fillfactor);\n");
    assert_contains(f.down, "EXECUTE pg_catalog.format('ALTER INDEX %s SET TABLESPACE %I', 'uq_a_b', (SELECT");
    done(&f);
    /* the same parameters in another order: no change */
    diff_pg(&f, "table a {\n  id int primary key with (fillfactor = 70, deduplicate_items = off)\n}\n",
            "table a {\n  id int primary key with (deduplicate_items = off, fillfactor = 70)\n}\n");
    assert_string_equal(f.up, "");
    done(&f);
}

/* A generated column re-added (its expression changed) takes the
 * exclusion constraints over it with it: dropped before, added after. */
static void test_diff_generated_readd(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, "table t {\n  id int primary key\n  a int\n  g int generated always as (a * 2) stored\n"
                "  exclude ex_t_g (g with =)\n}\n",
            "table t {\n  id int primary key\n  a int\n  g int generated always as (a * 3) stored\n"
            "  exclude ex_t_g (g with =)\n}\n");
    long drop = pos(f.up, "DROP CONSTRAINT ex_t_g;"), dropcol = pos(f.up, "DROP COLUMN g;");
    long addcol = pos(f.up, "ADD COLUMN g"), add = pos(f.up, "ADD CONSTRAINT ex_t_g EXCLUDE (g WITH =);");
    assert_true(drop >= 0 && dropcol > drop && addcol > dropcol && add > addcol);
    done(&f);
}

/* A JSON model's exclusion constraint: an operator the DSL could not
 * write back, no element, no "exclusion", "exclusion" on another kind. */
static void json_error(const char *json, const char *part)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_json("m.json", json, strlen(json), &d);
    if (m && sc_model_finish(m, &d) == 0)
        fail_msg("no error for %s", json);
    bool found = false;
    for (size_t i = 0; i < d.n; i++)
        found = found || strstr(d.items[i].msg, part) != NULL;
    if (!found)
        fail_msg("no \"%s\" among %zu diagnostics (first: %s)", part, d.n, d.n ? d.items[0].msg : "");
    sc_model_free(m);
    sc_diags_free(&d);
}

#define JSON_TABLE(CON)                                                                                  \
    "{\"format\": \"schemac-model\", \"version\": 1, \"tables\": [{\"schema\": \"public\", \"name\": \"t\", " \
    "\"columns\": [{\"name\": \"a\", \"type\": {\"name\": \"integer\"}}], \"constraints\": [" CON "]}]}"
#define JSON_EXCL(EXCL) "{\"kind\": \"exclude\", \"name\": \"x\", \"columns\": []" EXCL "}"

static void test_json_errors(void **state)
{
    (void)state;
    json_error(JSON_TABLE(JSON_EXCL(", \"exclusion\": {\"elements\": [{\"column\": \"a\", \"op\": \"a b\"}]}")),
               "is not an operator");
    json_error(JSON_TABLE(JSON_EXCL(", \"exclusion\": {\"elements\": [{\"column\": \"a\"}]}")), "op");
    json_error(JSON_TABLE(JSON_EXCL(", \"exclusion\": {\"elements\": []}")), "lists no column or expression");
    json_error(JSON_TABLE(JSON_EXCL("")), "an exclusion constraint needs \"exclusion\"");
    json_error(JSON_TABLE("{\"kind\": \"unique\", \"name\": \"u\", \"columns\": [\"a\"], "
                          "\"exclusion\": {\"elements\": []}}"),
               "only an exclusion constraint has \"exclusion\"");
    json_error(JSON_TABLE("{\"kind\": \"check\", \"name\": \"c\", \"columns\": [], \"check\": \"a > 0\", "
                          "\"index_options\": [\"fillfactor=70\"]}"),
               "not an option of this kind of constraint");
}

/* privs2: an operator outside pg_catalog, as the catalog qualifies it */
static void test_qualified_operator(void **state)
{
    (void)state;
    assert_true(sc_exclusion_op_valid("&&"));
    assert_true(sc_exclusion_op_valid("OPERATOR(ext.&&)"));
    assert_true(sc_exclusion_op_valid("operator(public.=)"));
    assert_true(sc_exclusion_op_valid("OPERATOR(\"My \"\"x\"\"\".&&)"));
    assert_false(sc_exclusion_op_valid("OPERATOR(ext.a)"));
    assert_false(sc_exclusion_op_valid("OPERATOR(.&&)"));
    assert_false(sc_exclusion_op_valid("OPERATOR(ext.&&"));
    assert_false(sc_exclusion_op_valid("OPERATOR(e x.&&)"));
    assert_false(sc_exclusion_op_valid("OPERATOR(ext.)"));
    sc_model *m = dsl("table t {\n  a int\n  exclude x (a with OPERATOR(ext.&&)) using gist\n}\n");
    const sc_table *t = sc_model_table(m, "public", "t");
    assert_non_null(t);
    const sc_constraint *k = SC_VEC_AT(t->constraints, 0, sc_constraint);
    assert_string_equal(sc_index_elem_op(&sc_constraint_exclusion(k)->elems[0]), "OPERATOR(ext.&&)");
    char *text = sc_emit_dsl(m);
    if (!strstr(text, "exclude x (a with OPERATOR(ext.&&)) using gist"))
        fail_msg("DSL: %s", text);
    free(text);
    sc_model_free(m);
    expect_error("table t {\n  a int\n  exclude (a with OPERATOR(ext. &&))\n}\n",
                 "t.sch:3:19: error: an operator is written without blanks inside it\n");
    json_error(JSON_TABLE(JSON_EXCL(", \"exclusion\": {\"elements\": [{\"column\": \"a\", "
                                    "\"op\": \"OPERATOR(ext.a)\"}]}")),
               "is not an operator");
    /* an operator class outside pg_catalog and public: "schema"."name" */
    m = dsl("table t {\n  a text\n  index ix (a ext.gist_trgm_ops (siglen = 8)) using gist\n"
            "  exclude x (a \"My\".ops with =) using gist\n}\n");
    t = sc_model_table(m, "public", "t");
    assert_non_null(t);
    const sc_index *ix = SC_VEC_AT(t->indexes, 0, sc_index);
    assert_string_equal(sc_index_elem_opclass(&ix->elems[0]), "\"ext\".\"gist_trgm_ops\"");
    k = SC_VEC_AT(t->constraints, 0, sc_constraint);
    assert_string_equal(sc_index_elem_opclass(&sc_constraint_exclusion(k)->elems[0]), "\"My\".\"ops\"");
    text = sc_emit_dsl(m);
    if (!strstr(text, "(a \"ext\".\"gist_trgm_ops\" (siglen = 8)) using gist") ||
        !strstr(text, "(a \"My\".\"ops\" with =)"))
        fail_msg("DSL: %s", text);
    sc_model *m2 = dsl(text);
    assert_string_equal(sc_index_elem_opclass(&SC_VEC_AT(sc_model_table(m2, "public", "t")->indexes, 0, sc_index)->elems[0]),
                        "\"ext\".\"gist_trgm_ops\"");
    sc_model_free(m2);
    free(text);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_ddl),
        cmocka_unit_test(test_diff_deferrable),
        cmocka_unit_test(test_diff_each_part),
        cmocka_unit_test(test_diff_key_index),
        cmocka_unit_test(test_diff_generated_readd),
        cmocka_unit_test(test_json_errors),
        cmocka_unit_test(test_qualified_operator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
