/* test_ext_objects.c - extensions and collations: the DSL (what each form
 * puts in the model, located errors), the DSL and JSON writers read back,
 * the diff's operations and their order, and SQLite's refusal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dsl_fixture.h"

#include "diff/diff.h"
#include "emit/emit.h"
#include "emit/migration.h"
#include "parser/parser.h"

/* Every diagnostic, formatted, one after the other. */
static char *errors_of(const char *text)
{
    sc_diags d;
    int rc;
    sc_model *m = dsl_load(text, &d, &rc);
    if (rc == 0)
        fail_msg("no error for: %s", text);
    size_t cap = 1;
    char *all = calloc(1, cap);
    for (size_t i = 0; i < d.n; i++) {
        char *s = sc_diag_format(&d.items[i]);
        cap += strlen(s);
        all = realloc(all, cap);
        strcat(all, s);
        free(s);
    }
    sc_diags_free(&d);
    sc_model_free(m);
    return all;
}

static void assert_has(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("expected \"%s\" in:\n%s", needle, hay);
}

static const char *full =
    "extension citext\n"
    "extension pgcrypto with schema ext version '1.3'\n"
    "extension \"uuid-ossp\" version 1.1\n"
    "collation ci { provider icu locale 'und-u-ks-level2' deterministic false }\n"
    "collation bytes { locale 'C' }\n"
    "schema app {\n"
    "  collation split { lc_collate 'C', lc_ctype 'POSIX' }\n"
    "}\n"
    "table users {\n"
    "  id    bigint primary key\n"
    "  email citext not null collate ci\n"
    "  hash  ext.citext\n"
    "  index ix_users_email (email collate bytes)\n"
    "}\n";

static void test_dsl_model(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(full);
    assert_int_equal(m->extensions.n, 3);
    const sc_extension *e = sc_model_extension(m, "citext");
    assert_non_null(e);
    assert_null(e->schema);
    assert_null(e->version);
    e = sc_model_extension(m, "pgcrypto");
    assert_string_equal(e->schema, "ext");
    assert_string_equal(e->version, "1.3");
    assert_string_equal(sc_model_extension(m, "uuid-ossp")->version, "1.1");
    /* the extension's schema exists implicitly */
    assert_true(sc_strmap_has(m->schema_map, "ext"));
    const sc_collation *c = sc_model_collation(m, NULL, "ci");
    assert_non_null(c);
    assert_true(c->icu);
    assert_false(c->deterministic);
    assert_string_equal(c->locale, "und-u-ks-level2");
    assert_null(c->lc_collate);
    /* libc's LOCALE is kept as pg_collation holds it: both parts */
    c = sc_model_collation(m, NULL, "bytes");
    assert_false(c->icu);
    assert_true(c->deterministic);
    assert_null(c->locale);
    assert_string_equal(c->lc_collate, "C");
    assert_string_equal(c->lc_ctype, "C");
    /* inside a schema block: that schema */
    c = sc_model_collation(m, "app", "split");
    assert_non_null(c);
    assert_string_equal(c->lc_ctype, "POSIX");
    assert_ptr_equal(sc_model_collation_named(m, "ci"), sc_model_collation(m, NULL, "ci"));
    assert_ptr_equal(sc_model_collation_named(m, "app.split"), c);
    assert_null(sc_model_collation_named(m, "C"));
    /* a type of an extension is not an unknown type once one is declared */
    const sc_table *t = sc_model_table(m, NULL, "users");
    assert_string_equal(sc_table_column(t, "email")->type.name, "citext");
    sc_model_free(m);
}

static void test_dsl_errors(void **state)
{
    (void)state;
    char *s = errors_of("collation c { provider icu locale 'und' colour 'red' }\n");
    assert_has(s, "t.sch:1:41: error: collation \"c\": unknown option \"colour\"\n");
    assert_has(s, "hint: the options are provider, locale, lc_collate, lc_ctype and deterministic");
    free(s);
    s = errors_of("collation c { provider icu locale 'und' locale 'x' }\n");
    assert_has(s, "t.sch:1:41: error: collation \"c\": option \"locale\" is given twice");
    free(s);
    s = errors_of("collation c { provider ucs locale 'und' }\n");
    assert_has(s, "t.sch:1:24: error: collation \"c\": unknown provider \"ucs\"");
    free(s);
    s = errors_of("collation c { locale 'C' deterministic false }\n");
    assert_has(s, "t.sch:1:11: error: collation \"c\": only an ICU collation (provider icu) may be nondeterministic");
    free(s);
    s = errors_of("collation c { provider icu }\n");
    assert_has(s, "t.sch:1:11: error: collation \"c\": an ICU collation needs a locale");
    free(s);
    s = errors_of("collation c { provider icu locale 'und' lc_ctype 'C' }\n");
    assert_has(s, "an ICU collation takes locale, not lc_collate or lc_ctype");
    free(s);
    s = errors_of("collation c { lc_collate 'C' }\n");
    assert_has(s, "a libc collation needs locale, or both lc_collate and lc_ctype");
    free(s);
    s = errors_of("collation c { locale C }\n");
    assert_has(s, "t.sch:1:22: error: collation \"c\": locale takes a string");
    assert_has(s, "hint: write it quoted: locale 'c'");
    free(s);
    s = errors_of("collation c { locale 'C' deterministic 'no' }\n");
    assert_has(s, "deterministic takes true or false");
    free(s);
    s = errors_of("collation c { locale 'C' }\ncollation c { locale 'POSIX' }\n");
    assert_has(s, "t.sch:2:11: error: duplicate collation \"c\"");
    assert_has(s, "t.sch:1:11: note: first defined here");
    free(s);
    s = errors_of("extension citext\nextension citext version '1.6'\n");
    assert_has(s, "t.sch:2:11: error: duplicate extension \"citext\"");
    assert_has(s, "t.sch:1:11: note: first defined here");
    free(s);
    s = errors_of("extension citext version '1.5' version '1.6'\n");
    assert_has(s, "t.sch:1:40: error: extension \"citext\": the version is given twice");
    free(s);
    s = errors_of("extension citext with schema a with schema b\n");
    assert_has(s, "t.sch:1:44: error: extension \"citext\": the schema is given twice");
    free(s);
    s = errors_of("extension citext version ''\n");
    assert_has(s, "the version is empty");
    free(s);
    /* without an extension, a type nobody declares is unknown, with a hint */
    s = errors_of("table t { id int, e hstore }\n");
    assert_has(s, "t.sch:1:21: error: unknown type \"hstore\"");
    assert_has(s, "hint: a type an extension installs needs the extension declared: extension NAME");
    free(s);
}

/* The DSL and JSON writers read back to the same model (as DSL text). */
static void test_writers_round_trip(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(full);
    char *dsl = sc_emit_dsl(m);
    sc_model *m2 = dsl_ok(dsl);
    char *dsl2 = sc_emit_dsl(m2);
    assert_string_equal(dsl, dsl2);
    assert_has(dsl, "extension pgcrypto with schema ext version '1.3'\n");
    assert_has(dsl, "collation ci { provider icu locale 'und-u-ks-level2' deterministic false }\n");
    assert_has(dsl, "collation bytes { locale 'C' }\n");
    assert_has(dsl, "collation app.split { lc_collate 'C' lc_ctype 'POSIX' }\n");
    char *json = sc_emit_json(m);
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m3 = sc_load_json("t.json", json, strlen(json), &d);
    assert_non_null(m3);
    char *dsl3 = sc_emit_dsl(m3);
    assert_string_equal(dsl, dsl3);
    sc_diags_free(&d);
    /* a JSON collation that PostgreSQL would refuse is refused */
    const char *bad = "{\"format\": \"schemac-model\", \"version\": 1, \"tables\": [],"
                      " \"collations\": [{\"name\": \"c\", \"provider\": \"icu\"}]}";
    sc_diags_init(&d);
    sc_model *m4 = sc_load_json("b.json", bad, strlen(bad), &d);
    if (m4 == NULL) {
        char *s = sc_diag_format(&d.items[0]);
        assert_has(s, "an ICU collation takes locale (only)");
        free(s);
    } else {
        /* the format's name or version differs: then this check says nothing */
        fail_msg("a collation without a locale was accepted");
    }
    sc_diags_free(&d);
    free(dsl);
    free(dsl2);
    free(dsl3);
    free(json);
    sc_model_free(m);
    sc_model_free(m2);
    sc_model_free(m3);
}

static char *script(const char *from, const char *to, sc_dialect dialect, bool down, sc_diags *d)
{
    sc_model *f = dsl_ok(from), *t = dsl_ok(to);
    sc_diff_opts o;
    sc_diff_opts_init(&o, dialect);
    sc_plan *p = sc_diff(f, t, &o, d);
    char *s = p ? sc_emit_plan(p, dialect, down, d) : NULL;
    sc_plan_free(p);
    sc_model_free(f);
    sc_model_free(t);
    return s;
}

static size_t pos(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    if (!p)
        fail_msg("expected \"%s\" in:\n%s", needle, hay);
    return (size_t)(p - hay);
}

/* Created before the columns that use them, dropped after. */
static void test_diff_order(void **state)
{
    (void)state;
    const char *a = "table t { id int primary key }\n";
    const char *b = "extension citext with schema ext\n"
                    "collation ci { provider icu locale 'und-u-ks-level2' deterministic false }\n"
                    "table t { id int primary key, e ext.citext collate ci }\n"
                    "table u { id int primary key, f citext }\n";
    sc_diags d;
    sc_diags_init(&d);
    char *up = script(a, b, SC_DIALECT_POSTGRESQL, false, &d);
    assert_non_null(up);
    assert_true(pos(up, "CREATE SCHEMA ext;") < pos(up, "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;"));
    assert_true(pos(up, "CREATE EXTENSION IF NOT EXISTS citext") < pos(up, "ADD COLUMN e ext.citext COLLATE ci"));
    assert_true(pos(up, "CREATE EXTENSION IF NOT EXISTS citext") < pos(up, "CREATE TABLE u"));
    assert_true(pos(up, "CREATE COLLATION ci") < pos(up, "ADD COLUMN e"));
    char *down = script(a, b, SC_DIALECT_POSTGRESQL, true, &d);
    assert_true(pos(down, "DROP COLUMN e") < pos(down, "DROP EXTENSION citext;"));
    assert_true(pos(down, "DROP TABLE u") < pos(down, "DROP EXTENSION citext;"));
    assert_true(pos(down, "DROP COLUMN e") < pos(down, "DROP COLLATION ci;"));
    assert_true(pos(down, "DROP EXTENSION citext;") < pos(down, "DROP SCHEMA ext;"));
    assert_has(down, "-- HAZARD: drops extension citext");
    free(up);
    free(down);
    /* a changed collation: the new one under a temporary name, the old one's
     * columns moved to it, the old one dropped, the new one renamed */
    const char *c1 = "collation ci { provider icu locale 'und-u-ks-level2' }\n"
                     "table t { id int primary key, n text collate ci }\n";
    const char *c2 = "collation ci { provider icu locale 'und-u-ks-level1' }\n"
                     "table t { id int primary key, n text collate ci }\n";
    up = script(c1, c2, SC_DIALECT_POSTGRESQL, false, &d);
    assert_has(up, "CREATE COLLATION ci_schemac (provider = icu, locale = 'und-u-ks-level1');\n"
                   "ALTER TABLE t ALTER COLUMN n TYPE text COLLATE ci_schemac;\n"
                   "DROP COLLATION ci;\n"
                   "ALTER COLLATION ci_schemac RENAME TO ci;\n");
    free(up);
    /* a declared version is compared; an unsaid one is whatever is there */
    up = script("extension citext version '1.5'\n", "extension citext version '1.6'\n", SC_DIALECT_POSTGRESQL,
                false, &d);
    assert_string_equal(up, "-- extension citext\nALTER EXTENSION citext UPDATE TO '1.6';\n");
    free(up);
    up = script("extension citext version '1.5'\n", "extension citext\n", SC_DIALECT_POSTGRESQL, false, &d);
    assert_string_equal(up, "");
    free(up);
    /* going back: the server's update paths decide when the script runs,
     * else the extension is dropped and created at the older version */
    up = script("extension citext version '1.10'\n", "extension citext version '1.9'\n", SC_DIALECT_POSTGRESQL,
                false, &d);
    assert_has(up, "-- HAZARD: extension citext goes from version 1.10 to 1.9");
    assert_true(pos(up, "p.target = '1.9' AND p.path IS NOT NULL) THEN") < pos(up, "ALTER EXTENSION citext UPDATE TO '1.9';"));
    assert_true(pos(up, "ALTER EXTENSION citext UPDATE TO '1.9';") < pos(up, "DROP EXTENSION citext;"));
    assert_true(pos(up, "DROP EXTENSION citext;") < pos(up, "CREATE EXTENSION IF NOT EXISTS citext VERSION '1.9';"));
    free(up);
    sc_diags_free(&d);
}

/* Which versions are known to go up: dotted numbers, part by part. */
static void test_version_up(void **state)
{
    (void)state;
    assert_true(sc_extension_version_up("1.5", "1.6"));
    assert_true(sc_extension_version_up("1.9", "1.10"));
    assert_true(sc_extension_version_up("1", "1.1"));
    assert_true(sc_extension_version_up("2.4.9", "3.0"));
    assert_false(sc_extension_version_up("1.10", "1.9"));
    assert_false(sc_extension_version_up("1.6", "1.6"));
    assert_false(sc_extension_version_up("1.1", "1.1.0"));
    assert_false(sc_extension_version_up("1.0beta1", "1.0"));
    assert_false(sc_extension_version_up("unpackaged", "1.0"));
}

/* SQLite: refused at the object's place, exit 6's kind, nothing planned. */
static void test_sqlite_refuses(void **state)
{
    (void)state;
    const char *b = "table t { id integer primary key }\n"
                    "extension citext\n"
                    "collation ci { provider icu locale 'und' }\n";
    sc_diags d;
    sc_diags_init(&d);
    /* the models stay alive while the diagnostics (which point into their
     * sources) are formatted */
    sc_model *f = dsl_ok("table t { id integer primary key }\n"), *m = dsl_ok(b);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_SQLITE);
    assert_null(sc_diff(f, m, &o, &d));
    assert_int_equal(d.first_kind, SC_ERR_UNSUPPORTED);
    assert_int_equal(d.nerrors, 2);
    char *s = sc_diag_format(&d.items[0]);
    assert_has(s, "t.sch:2:11: error: extension \"citext\": SQLite has no extensions");
    free(s);
    sc_diags_free(&d);
    sc_model_free(f);
    sc_diags_init(&d);
    assert_null(sc_emit_ddl(m, SC_DIALECT_SQLITE, &d));
    assert_int_equal(d.nerrors, 2);
    assert_int_equal(d.first_kind, SC_ERR_UNSUPPORTED);
    s = sc_diag_format(&d.items[1]);
    assert_has(s, "t.sch:3:11: error: collation \"ci\": SQLite has no CREATE COLLATION");
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dsl_model),
        cmocka_unit_test(test_dsl_errors),
        cmocka_unit_test(test_writers_round_trip),
        cmocka_unit_test(test_diff_order),
        cmocka_unit_test(test_version_up),
        cmocka_unit_test(test_sqlite_refuses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
