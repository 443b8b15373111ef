/* test_utype.c - domains, composite and range types: the DSL and its
 * located errors, the DSL and JSON written back, SQLite's refusal, and the
 * ops and SQL of a diff. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "diff_fixture.h"
#include "emit/emit.h"

/* The first error of a text that must not load, formatted (heap). */
static void assert_error(const char *text, const char *where, const char *what)
{
    char *s = dsl_first_error(text);
    if (!strstr(s, where) || !strstr(s, what))
        fail_msg("expected %s ... %s, got:\n%s", where, what, s);
    free(s);
}

static const sc_domain_check *check_at(const sc_utype *u, size_t i)
{
    assert_true(i < u->checks.n);
    return SC_VEC_AT(u->checks, i, sc_domain_check);
}

static void test_domain_parts(void **state)
{
    (void)state;
    sc_model *m = dsl("domain money_cents bigint not null default 0 check positive (value >= 0)\n"
                      "domain email text collate \"C\"\n"
                      "  check (value ~ '@')\n"
                      "  constraint short check (length(value) < 200) not valid\n"
                      "  check (value <> '')\n"
                      "  comment 'an address'\n"
                      "schema app { domain code varchar(10) }\n"
                      "table t { id integer primary key\n amount money_cents\n c app.code[] }\n");
    const sc_utype *u = sc_model_utype(m, "public", "money_cents");
    assert_non_null(u);
    assert_int_equal(u->kind, SC_UTYPE_DOMAIN);
    assert_string_equal(u->base.name, "bigint");
    assert_true(u->not_null);
    assert_string_equal(u->default_expr, "0");
    assert_int_equal(u->checks.n, 1);
    assert_string_equal(check_at(u, 0)->name, "positive");
    assert_string_equal(check_at(u, 0)->expr, "value >= 0");
    u = sc_model_utype(m, "public", "email");
    assert_string_equal(u->collation, "C");
    assert_string_equal(u->comment, "an address");
    /* PostgreSQL's names for unnamed checks, sorted by name */
    assert_int_equal(u->checks.n, 3);
    assert_string_equal(check_at(u, 0)->name, "email_check");
    assert_string_equal(check_at(u, 0)->expr, "value ~ '@'");
    assert_string_equal(check_at(u, 1)->name, "email_check1");
    assert_string_equal(check_at(u, 2)->name, "short");
    assert_true(check_at(u, 2)->not_valid);
    assert_false(check_at(u, 0)->not_valid);
    u = sc_model_utype(m, "app", "code");
    assert_non_null(u);
    assert_string_equal(u->base.name, "character varying");
    assert_string_equal(u->base.mods, "10");
    /* columns are of the domain, resolved */
    const sc_table *t = sc_model_table(m, "public", "t");
    const sc_column *c = sc_table_column(t, "amount");
    assert_true(c->type.is_user);
    assert_string_equal(c->type.schema, "public");
    assert_string_equal(c->type.name, "money_cents");
    c = sc_table_column(t, "c");
    assert_true(c->type.is_user);
    assert_string_equal(c->type.schema, "app");
    assert_int_equal(c->type.array_dims, 1);
    sc_model_free(m);
}

static void test_composite_and_range(void **state)
{
    (void)state;
    sc_model *m = dsl("enum mood { 'a', 'b' }\n"
                      "type pair as (x int, y text collate \"C\", m mood renamed from mm,)\n"
                      "type floatrange as range (subtype = float8, subtype_diff = float8mi,\n"
                      "  multirange_type_name = floatranges) comment 'r'\n"
                      "type tsr as range (subtype = timestamp with time zone)\n");
    const sc_utype *u = sc_model_utype(m, "public", "pair");
    assert_int_equal(u->kind, SC_UTYPE_COMPOSITE);
    assert_int_equal(u->attrs.n, 3);
    const sc_type_attr *a = SC_VEC_AT(u->attrs, 0, sc_type_attr);
    assert_string_equal(a->name, "x");
    assert_string_equal(a->type.name, "integer");
    a = SC_VEC_AT(u->attrs, 1, sc_type_attr);
    assert_string_equal(a->collation, "C");
    a = SC_VEC_AT(u->attrs, 2, sc_type_attr);
    assert_true(a->type.is_user);
    assert_string_equal(a->renamed_from, "mm");
    u = sc_model_utype(m, "public", "floatrange");
    assert_int_equal(u->kind, SC_UTYPE_RANGE);
    assert_string_equal(u->base.name, "double precision");
    assert_string_equal(u->subtype_diff, "float8mi");
    assert_string_equal(u->multirange, "floatranges");
    assert_string_equal(u->comment, "r");
    u = sc_model_utype(m, "public", "tsr");
    assert_string_equal(u->base.name, "timestamp with time zone");
    assert_string_equal(sc_utype_multirange(m->arena, u), "tsr_multirange");
    assert_string_equal(sc_utype_multirange(m->arena, sc_model_utype(m, "public", "floatrange")), "floatranges");
    sc_model_free(m);
}

static void test_located_errors(void **state)
{
    (void)state;
    assert_error("domain d int\ndomain d text\n", "t.sch:2:8", "duplicate type \"d\" (already a domain)");
    assert_error("type r as range (subtype = int4, flavour = x)\n", "t.sch:1:34", "unknown range option \"flavour\"");
    assert_error("type r as range (subtype_diff = float8mi)\n", "t.sch:1:6", "range type \"r\" needs a subtype");
    assert_error("type r as range (subtype < int4)\n", "t.sch:1:26", "expected \"=\" after range option \"subtype\"");
    assert_error("domain d int default 1 default 2\n", "t.sch:1:24", "domain \"d\": a default given twice");
    assert_error("domain d int check c (value > 0) check c (value < 9)\n", "t.sch:1:34",
                 "duplicate check \"c\" in domain \"d\"");
    assert_error("domain d int not valid\n", "t.sch:1:14", "NOT VALID belongs after a check");
    assert_error("type p as (a int, a text)\n", "t.sch:1:19", "duplicate attribute \"a\" in type \"p\"");
    assert_error("domain d nosuchtype\n", "t.sch:1:10", "unknown type \"nosuchtype\" in domain \"d\"");
    assert_error("type p as (a int, b nosuch)\n", "t.sch:1:21", "unknown type \"nosuch\" in composite type \"p\"");
    assert_error("type p as (a int, b p)\n", "t.sch:1:6", "composite type \"p\" uses itself");
    assert_error("domain t int\ntable t { id int }\n", "t.sch:1:8", "type name \"t\" is already used by a table");
    assert_error("enum e { 'a' }\ndomain e int\n", "t.sch:2:8", "type name \"e\" is already used by an enum");
    assert_error("table t { a money_centz }\ndomain money_cents bigint\n", "t.sch:1:13", "unknown type \"money_centz\"");
    assert_error("type r as range (subtype = int[])\n", "t.sch:1:28", "the subtype cannot be an array");
}

/* The DSL and the JSON written back read as the same model (a fixed point). */
static void test_written_back(void **state)
{
    (void)state;
    const char *text = "schema app\n"
                       "domain app.code varchar(10) collate \"C\" not null default 'x'\n"
                       "  check code_upper (value = upper(value))\n"
                       "  check never (value <> 'no') not valid\n"
                       "  comment 'a code'\n"
                       "type pair as (x integer, y app.code[])\n"
                       "type floatrange as range (subtype = float8, subtype_diff = float8mi)\n"
                       "table t { id integer primary key\n p pair\n r floatrange }\n";
    sc_model *m = dsl(text);
    char *d1 = sc_emit_dsl(m);
    sc_model *m2 = dsl(d1);
    char *d2 = sc_emit_dsl(m2);
    assert_string_equal(d1, d2);
    assert_non_null(strstr(d1, "domain app.code character varying(10) collate \"C\" not null default 'x'\n"
                               "  check code_upper (value = upper(value))\n"
                               "  check never (value <> 'no') not valid\n"
                               "  comment 'a code'\n"));
    assert_non_null(strstr(d1, "type floatrange as range (subtype = double precision, subtype_diff = float8mi)\n"));
    char *j1 = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("t.json", j1, strlen(j1), &d);
    assert_non_null(m3);
    assert_int_equal(sc_model_finish(m3, &d), 0);
    char *j2 = sc_emit_json(m3);
    assert_string_equal(j1, j2);
    char *d3 = sc_emit_dsl(m3);
    assert_string_equal(d1, d3);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    /* each type after the ones it uses, the tables after them */
    const char *code = strstr(sql, "CREATE DOMAIN app.code"), *pair = strstr(sql, "CREATE TYPE pair AS");
    assert_non_null(code);
    assert_non_null(pair);
    assert_true(code < pair);
    assert_true(pair < strstr(sql, "CREATE TABLE t"));
    assert_non_null(strstr(sql, "ALTER DOMAIN app.code ADD CONSTRAINT never CHECK (value <> 'no') NOT VALID;\n"));
    assert_non_null(strstr(sql, "COMMENT ON DOMAIN app.code IS 'a code';\n"));
    free(sql);
    free(d1);
    free(d2);
    free(d3);
    free(j1);
    free(j2);
    sc_diags_free(&d);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

/* SQLite has none of them: an error where each is declared, and where each
 * column of one says so (exit 6: SC_ERR_UNSUPPORTED). */
static void test_sqlite_refuses(void **state)
{
    (void)state;
    sc_model *m = dsl("domain cents bigint check (value >= 0)\n"
                      "table t {\n  id integer primary key\n  amount cents\n}\n");
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_SQLITE, &d);
    assert_null(sql);
    assert_int_equal(d.first_kind, SC_ERR_UNSUPPORTED);
    assert_true(d.nerrors >= 2);
    char *e0 = sc_diag_format(&d.items[0]), *e1 = sc_diag_format(&d.items[1]);
    assert_non_null(strstr(e0, "test.sch:1:8: error: domain \"cents\": SQLite has no domains"));
    assert_non_null(strstr(e1, "test.sch:4:10: error: column t.amount: type \"cents\" is a domain"));
    free(e0);
    free(e1);
    sc_diags_free(&d);
    /* the same for a migration to it */
    fixture f = {0};
    f.from = dsl("table t {\n  id integer primary key\n}\n");
    f.to = dsl("type pair as (a int)\ntable t {\n  id integer primary key\n  p pair\n}\n");
    sc_diags_init(&f.d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_SQLITE);
    f.plan = sc_diff(f.from, f.to, &o, &f.d);
    assert_non_null(f.plan);
    assert_null(sc_emit_plan(f.plan, SC_DIALECT_SQLITE, false, &f.d));
    assert_int_equal(f.d.first_kind, SC_ERR_UNSUPPORTED);
    done(&f);
    sc_model_free(m);
}

static void assert_has(const char *sql, const char *part)
{
    if (!strstr(sql, part))
        fail_msg("expected\n%s\nin\n%s", part, sql);
}

static void test_diff_alter_domain(void **state)
{
    (void)state;
    fixture f = {0};
    diff_pg(&f, "domain d int default 1 check a (value > 0) check b (value < 10) not valid check c (value <> 5)\n",
            "domain d int not null check a (value > 1) check b (value < 10) check e (value <> 7) not valid\n");
    assert_has(f.up, "ALTER DOMAIN d DROP CONSTRAINT a;\n"
                     "ALTER DOMAIN d DROP CONSTRAINT c;\n"
                     "ALTER DOMAIN d DROP DEFAULT;\n"
                     "ALTER DOMAIN d ADD CONSTRAINT a CHECK (value > 1);\n"
                     "ALTER DOMAIN d ADD CONSTRAINT e CHECK (value <> 7) NOT VALID;\n"
                     "ALTER DOMAIN d VALIDATE CONSTRAINT b;\n"
                     "ALTER DOMAIN d SET NOT NULL;\n");
    assert_has(f.up, "-- HAZARD: domain d gets check a (value > 1)");
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    /* the way back: b cannot be un-validated, so it is re-added NOT VALID */
    assert_has(f.down, "ALTER DOMAIN d DROP CONSTRAINT a;\n"
                       "ALTER DOMAIN d DROP CONSTRAINT b;\n"
                       "ALTER DOMAIN d DROP CONSTRAINT e;\n"
                       "ALTER DOMAIN d SET DEFAULT 1;\n"
                       "ALTER DOMAIN d DROP NOT NULL;\n"
                       "ALTER DOMAIN d ADD CONSTRAINT a CHECK (value > 0);\n"
                       "ALTER DOMAIN d ADD CONSTRAINT b CHECK (value < 10) NOT VALID;\n"
                       "ALTER DOMAIN d ADD CONSTRAINT c CHECK (value <> 5);\n");
    done(&f);
    /* a looser default or NOT NULL dropped is no hazard; the same spelled
     * otherwise is no change */
    diff_pg(&f, "domain d int not null check (VALUE>0)\n", "domain d int check d_check ((value > 0))\n");
    assert_string_equal(f.up, "-- domain d\nALTER DOMAIN d DROP NOT NULL;\n");
    assert_int_equal(sc_plan_hazards(f.plan), 0);
    done(&f);
}

static void test_diff_create_order(void **state)
{
    (void)state;
    fixture f = {0};
    diff_pg(&f, "table t { id integer primary key }\n",
            "schema s\nenum mood { 'a' }\ntype s.pair as (m mood, d dom)\ndomain dom int\n"
            "table t { id integer primary key\n p s.pair }\n");
    const char *sch = strstr(f.up, "CREATE SCHEMA s"), *en = strstr(f.up, "CREATE TYPE mood"),
               *dom = strstr(f.up, "CREATE DOMAIN dom"), *pair = strstr(f.up, "CREATE TYPE s.pair"),
               *col = strstr(f.up, "ADD COLUMN p s.pair");
    assert_non_null(sch);
    assert_non_null(en);
    assert_non_null(dom);
    assert_non_null(pair);
    assert_non_null(col);
    assert_true(sch < pair && en < pair && dom < pair && pair < col);
    /* and dropped the other way round */
    const char *dcol = strstr(f.down, "DROP COLUMN p"), *dpair = strstr(f.down, "DROP TYPE s.pair"),
               *ddom = strstr(f.down, "DROP DOMAIN dom"), *den = strstr(f.down, "DROP TYPE mood"),
               *dsch = strstr(f.down, "DROP SCHEMA s");
    assert_non_null(dcol);
    assert_non_null(dpair);
    assert_non_null(ddom);
    assert_non_null(den);
    assert_non_null(dsch);
    assert_true(dcol < dpair && dpair < ddom && dpair < den && dpair < dsch);
    done(&f);
}

static void test_diff_composite(void **state)
{
    (void)state;
    fixture f = {0};
    /* not used by a column: in place */
    diff_pg(&f, "type p as (a int, b text, c int)\n", "type p as (a2 bigint renamed from a, c int, d text)\n");
    assert_string_equal(f.up, "-- composite type p\n"
                              "-- HAZARD: type p drops attribute b: its values in every column of the type are lost\n"
                              "ALTER TYPE p RENAME ATTRIBUTE a TO a2;\n"
                              "ALTER TYPE p\n"
                              "    ALTER ATTRIBUTE a2 TYPE bigint,\n"
                              "    DROP ATTRIBUTE b,\n"
                              "    ADD ATTRIBUTE d text;\n");
    assert_has(f.down, "ALTER TYPE p RENAME ATTRIBUTE a2 TO a;\n");
    done(&f);
    /* used by a column and retyped: rebuilt, the values carried over */
    diff_pg(&f, "type p as (a int, b text)\ntable t { id int primary key\n v p }\n",
            "type p as (b text, a bigint)\ntable t { id int primary key\n v p }\n");
    assert_has(f.up, "ALTER TYPE p RENAME TO p_old;\n");
    assert_has(f.up, "ALTER TABLE t ALTER COLUMN v TYPE p USING CASE WHEN v IS NULL THEN NULL ELSE "
                     "ROW((v).b::text, (v).a::bigint)::p END;\nDROP TYPE p_old;\n");
    done(&f);
}

static void test_diff_range_rebuild(void **state)
{
    (void)state;
    fixture f = {0};
    diff_pg(&f, "type r as range (subtype = int4)\ntable t { id int primary key\n v r default '[1,2)'\n w r[] }\n",
            "type r as range (subtype = int8)\ntable t { id int primary key\n v r default '[1,2)'\n w r[] }\n");
    assert_has(f.up, "ALTER TABLE t ALTER COLUMN v DROP DEFAULT;\n"
                     "ALTER TABLE t ALTER COLUMN v TYPE text USING v::text;\n"
                     "ALTER TABLE t ALTER COLUMN w TYPE text[] USING w::text[];\n"
                     "DROP TYPE r;\n"
                     "CREATE TYPE r AS RANGE (\n    subtype = bigint\n);\n"
                     "ALTER TABLE t ALTER COLUMN v TYPE r USING v::r;\n"
                     "ALTER TABLE t ALTER COLUMN v SET DEFAULT '[1,2)';\n"
                     "ALTER TABLE t ALTER COLUMN w TYPE r[] USING w::r[];\n");
    assert_int_equal(sc_plan_hazards(f.plan), 1);
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_domain_parts),
        cmocka_unit_test(test_composite_and_range),
        cmocka_unit_test(test_located_errors),
        cmocka_unit_test(test_written_back),
        cmocka_unit_test(test_sqlite_refuses),
        cmocka_unit_test(test_diff_alter_domain),
        cmocka_unit_test(test_diff_create_order),
        cmocka_unit_test(test_diff_composite),
        cmocka_unit_test(test_diff_range_rebuild),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
