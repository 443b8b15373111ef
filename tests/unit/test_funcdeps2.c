/* test_funcdeps2.c - issue 11's second leftovers: where `compile` writes
 * SQL-standard bodies (before their first caller, after what they read),
 * functions over a rebuilt enum, generated columns over a body that reads
 * a retyped column, triggers over a rebuild's casts, and the note when the
 * users of a re-created function were found from the text. */
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

static sc_model *load_ok(const char *text)
{
    sc_model *m = sc_model_new();
    sc_diags d;
    sc_diags_init(&d);
    int rc = sc_parse_text(m, "t.sch", text, strlen(text), &d);
    if (rc == 0)
        rc = sc_model_finish(m, &d);
    for (size_t i = 0; rc != 0 && i < d.n; i++) {
        char *s = sc_diag_format(&d.items[i]);
        fprintf(stderr, "%s", s);
        free(s);
    }
    assert_int_equal(rc, 0);
    sc_diags_free(&d);
    return m;
}

/* the offset of needle in hay (it must be there) */
static size_t at(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    if (!p)
        fprintf(stderr, "not found: %s\n", needle);
    assert_non_null(p);
    return (size_t)(p - hay);
}

#define BODIES                                                                                        \
    "table rates {\n  id integer primary key\n  rate integer\n}\n"                                      \
    "table orders {\n  id integer primary key\n  amount integer\n"                                      \
    "  total integer generated always as (fee(amount)) stored\n}\n"                                    \
    "view v_paid as (SELECT orders.id, orders.amount FROM orders)\n"                                    \
    "view v_summary as (SELECT paid_total() AS total)\n"                                                \
    "CREATE FUNCTION public.paid_total()\n RETURNS bigint\n LANGUAGE sql\n STABLE\nBEGIN ATOMIC\n"      \
    " SELECT sum(v_paid.amount) AS sum FROM v_paid;\nEND;\n"                                            \
    "CREATE FUNCTION public.fee(x integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nBEGIN ATOMIC\n" \
    " SELECT (x + ( SELECT (count(*))::integer AS count FROM rates));\nEND;\n"                          \
    "CREATE FUNCTION public.lonely()\n RETURNS integer\n LANGUAGE sql\nRETURN 1;\n"

/* compile: each body before its first caller, after what it reads */
static void test_compile_body_order(void **state)
{
    (void)state;
    sc_model *m = load_ok(BODIES);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    size_t rates = at(sql, "CREATE TABLE rates"), fee = at(sql, "FUNCTION public.fee"),
           orders = at(sql, "CREATE TABLE orders"), paid = at(sql, "CREATE VIEW v_paid"),
           total = at(sql, "FUNCTION public.paid_total"), summary = at(sql, "CREATE VIEW v_summary"),
           lonely = at(sql, "FUNCTION public.lonely");
    assert_true(rates < fee && fee < orders);
    assert_true(paid < total && total < summary);
    assert_true(summary < lonely);   /* nothing calls it: after the views */
    free(sql);
    sc_diags_free(&d);
    sc_model_free(m);
}

static char *script(const sc_model *f, const sc_model *t, sc_diags *d)
{
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(f, t, &o, d);
    assert_non_null(p);
    char *sql = sc_emit_plan_script(p, SC_DIALECT_POSTGRESQL, false, d);
    sc_plan_free(p);
    return sql;
}

#define MOOD(labels)                                                                                  \
    "enum mood { " labels " }\n"                                                                      \
    "table notes {\n  id integer primary key\n  label text\n"                                         \
    "  happy boolean generated always as (is_happy(label)) stored\n}\n"                               \
    "CREATE FUNCTION public.cheer(m mood)\n RETURNS mood\n LANGUAGE sql\n IMMUTABLE\n"                \
    "AS $function$ select 'happy'::mood $function$;\n"                                                \
    "CREATE FUNCTION public.is_happy(x text)\n RETURNS boolean\n LANGUAGE sql\n IMMUTABLE\n"          \
    "BEGIN ATOMIC\n SELECT ((x)::mood = 'happy'::mood);\nEND;\n"

/* a function over a rebuilt enum goes around the rebuild, with the
 * generated column that calls it; the note says the users came from text */
static void test_rebuilt_enum_functions(void **state)
{
    (void)state;
    sc_model *f = load_ok(MOOD("'happy', 'sad', 'meh'"));
    sc_model *t = load_ok(MOOD("'happy', 'sad'"));
    sc_diags d;
    sc_diags_init(&d);
    char *sql = script(f, t, &d);
    assert_non_null(sql);
    size_t drop_gen = at(sql, "ALTER TABLE notes DROP COLUMN happy"),
           drop_cheer = at(sql, "DROP FUNCTION public.cheer(mood)"),
           drop_happy = at(sql, "DROP FUNCTION public.is_happy(text)"), rename = at(sql, "RENAME TO mood_old"),
           old = at(sql, "DROP TYPE mood_old"), make_cheer = at(sql, "FUNCTION public.cheer(m mood)"),
           make_happy = at(sql, "FUNCTION public.is_happy(x text)"), add_gen = at(sql, "ADD COLUMN happy");
    assert_true(drop_gen < drop_happy && drop_cheer < rename && drop_happy < rename);
    assert_true(old < make_cheer && old < make_happy && make_happy < add_gen);
    assert_non_null(strstr(sql, "-- re-created: names type mood, which is rebuilt"));
    bool note = false;
    for (size_t i = 0; i < d.n; i++)
        note = note || strstr(d.items[i].msg, "was found from the text of the declared schema") != NULL;
    assert_true(note);
    free(sql);
    sc_diags_free(&d);
    sc_model_free(f);
    sc_model_free(t);
}

#define RATES(type)                                                                                   \
    "table rates {\n  id integer primary key\n  rate " type "\n}\n"                                     \
    "table orders {\n  id integer primary key\n  amount integer\n"                                      \
    "  total integer generated always as (fee(amount)) stored\n  index ix_orders_total (total)\n}\n"   \
    "CREATE FUNCTION public.fee(x integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nBEGIN ATOMIC\n" \
    " SELECT (x + ( SELECT (count(*))::integer AS count FROM rates WHERE (rates.rate > 0)));\nEND;\n"

/* a generated column over a body that reads a retyped column */
static void test_generated_over_body_retype(void **state)
{
    (void)state;
    sc_model *f = load_ok(RATES("integer"));
    sc_model *t = load_ok(RATES("bigint"));
    sc_diags d;
    sc_diags_init(&d);
    char *sql = script(f, t, &d);
    assert_non_null(sql);
    size_t drop_ix = at(sql, "DROP INDEX ix_orders_total"), drop_gen = at(sql, "DROP COLUMN total"),
           drop_fee = at(sql, "DROP FUNCTION public.fee(integer)"), retype = at(sql, "ALTER COLUMN rate TYPE bigint"),
           make_fee = at(sql, "FUNCTION public.fee(x integer)"), add_gen = at(sql, "ADD COLUMN total"),
           add_ix = at(sql, "CREATE INDEX ix_orders_total");
    assert_true(drop_ix < drop_gen && drop_gen < drop_fee && drop_fee < retype);
    assert_true(retype < make_fee && make_fee < add_gen && add_gen < add_ix);
    free(sql);
    sc_diags_free(&d);
    sc_model_free(f);
    sc_model_free(t);
}

#define TRIGGERED(labels)                                                                             \
    "enum mood { " labels " }\n"                                                                      \
    "table items {\n  id integer primary key\n  state mood\n}\n"                                        \
    "CREATE FUNCTION public.g()\n RETURNS trigger\n LANGUAGE plpgsql\n"                               \
    "AS $function$ begin return new; end $function$;\n"                                               \
    "CREATE TRIGGER ts BEFORE UPDATE OF state ON public.items FOR EACH ROW EXECUTE FUNCTION g();\n"

/* a trigger whose UPDATE OF names a column a rebuild casts */
static void test_trigger_over_rebuild(void **state)
{
    (void)state;
    sc_model *f = load_ok(TRIGGERED("'a', 'b', 'c'"));
    sc_model *t = load_ok(TRIGGERED("'a', 'b'"));
    sc_diags d;
    sc_diags_init(&d);
    char *sql = script(f, t, &d);
    assert_non_null(sql);
    size_t drop = at(sql, "DROP TRIGGER ts"), cast = at(sql, "ALTER COLUMN state TYPE mood"),
           make = at(sql, "CREATE TRIGGER ts");
    assert_true(drop < cast && cast < make);
    assert_non_null(strstr(sql, "-- re-created: names items.state, whose type is rebuilt"));
    free(sql);
    sc_diags_free(&d);
    sc_model_free(f);
    sc_model_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compile_body_order),
        cmocka_unit_test(test_rebuilt_enum_functions),
        cmocka_unit_test(test_generated_over_body_retype),
        cmocka_unit_test(test_trigger_over_rebuild),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
