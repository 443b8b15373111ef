/* test_config.c - schemac.ini: keys, defaults, errors with line numbers,
 * file_template rendering, slugs, time zones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "revision/config.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/test_config.XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd);
}

static const char *write_ini(const char *name, const char *text)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

/* The first error, formatted (file:line:col: error: ...), heap. */
static char *first_error(const sc_diags *d)
{
    assert_true(d->nerrors > 0);
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i].sev == SC_SEV_ERROR)
            return sc_diag_format(&d->items[i]);
    return NULL;
}

static void test_defaults(void **state)
{
    (void)state;
    sc_config c;
    sc_diags d;
    sc_diags_init(&d);
    const char *p = write_ini("a.ini", "[schemac]\nurl = sqlite:///x.db\n");
    assert_int_equal(sc_config_load(&c, p, &d), 0);
    assert_string_equal(c.url, "sqlite:///x.db");
    assert_string_equal(c.version_table, "schemac_version");
    assert_null(c.version_table_schema);
    assert_null(c.include_schemas);   /* declared */
    assert_true(c.compare_type);
    assert_true(c.compare_server_default);
    assert_true(c.transaction_per_migration);
    assert_false(c.has_dialect);
    assert_null(c.schema);
    assert_string_equal(c.file_template, SC_DEFAULT_FILE_TEMPLATE);
    /* relative to the ini's folder */
    char want[128];
    snprintf(want, sizeof want, "%s/migrations", dir);
    assert_string_equal(c.script_location, want);
    sc_config_free(&c);
    sc_diags_free(&d);
}

static void test_all_keys(void **state)
{
    (void)state;
    sc_config c;
    sc_diags d;
    sc_diags_init(&d);
    const char *p = write_ini("b.ini",
                              "# a comment\n"
                              "[schemac]\n"
                              "script_location = /abs/mig\n"
                              "schema = schemas/\n"
                              "url = postgresql:///app\n"
                              "file_template = %%(rev)s_%%(slug)s\n"
                              "timezone = UTC\n"
                              "version_table = app_version\n"
                              "version_table_schema = meta\n"
                              "compare_type = false\n"
                              "compare_server_default = no\n"
                              "transaction_per_migration = off\n"
                              "dialect = sqlite\n"
                              "truncate_slug_length = 10\n"
                              "include_schemas = public, app\n");
    assert_int_equal(sc_config_load(&c, p, &d), 0);
    assert_int_equal(d.n, 0);
    assert_string_equal(c.script_location, "/abs/mig");
    char want[128];
    snprintf(want, sizeof want, "%s/schemas/", dir);
    assert_string_equal(c.schema, want);
    assert_string_equal(c.url, "postgresql:///app");
    assert_string_equal(c.timezone, "UTC");
    assert_string_equal(c.version_table, "app_version");
    assert_string_equal(c.version_table_schema, "meta");
    assert_false(c.compare_type);
    assert_false(c.compare_server_default);
    assert_false(c.transaction_per_migration);
    assert_true(c.has_dialect);
    assert_int_equal(c.dialect, SC_DIALECT_SQLITE);
    assert_int_equal(c.truncate_slug_length, 10);
    assert_string_equal(c.include_schemas, "public, app");
    sc_config_set_url(&c, "sqlite:///override.db");   /* DATABASE_URL / --url */
    assert_string_equal(c.url, "sqlite:///override.db");
    sc_config_free(&c);
    sc_diags_free(&d);
}

static void expect_error(const char *text, const char *want_prefix, const char *want_substr)
{
    sc_config c;
    sc_diags d;
    sc_diags_init(&d);
    const char *p = write_ini("bad.ini", text);
    assert_int_equal(sc_config_load(&c, p, &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    char *msg = first_error(&d);
    char want[256];
    snprintf(want, sizeof want, "%s/bad.ini:%s", dir, want_prefix);
    if (strncmp(msg, want, strlen(want)) != 0 || !strstr(msg, want_substr))
        fail_msg("got: %s\nwanted prefix %s and %s", msg, want, want_substr);
    free(msg);
    sc_config_free(&c);
    sc_diags_free(&d);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("[schemac]\nurl = x\n\nscript_locaton = m\n", "4:1: error: unknown configuration key \"script_locaton\"",
                 "did you mean \"script_location\"?");
    expect_error("[schemac]\nurl = x\nfrobnicate = 1\n", "3:1: error: unknown configuration key \"frobnicate\"", "");
    expect_error("[alembic]\nurl = x\n", "2:1: error: key \"url\" in unknown section [alembic]", "");
    expect_error("url = x\n", "1:1: error: key \"url\" outside of the [schemac] section", "");
    expect_error("[schemac]\nurl = a\nurl = b\n", "3:1: error: duplicate configuration key \"url\"", "");
    expect_error("[schemac]\ncompare_type = maybe\n", "2:1: error: compare_type must be true or false", "");
    expect_error("[schemac]\ndialect = oracle\n", "2:1: error: unknown dialect \"oracle\"", "");
    expect_error("[schemac]\nurl = x\nthis is not ini\n", "3:1: error: expected \"[section]\" or \"key = value\"", "");
    expect_error("[schemac]\n  url = x\n  nope = 1\n", "3:3: error: an indented line continues the value of \"url\"", "");
}

/* Issue 14 item 2: a line longer than inih's buffer (200 bytes) is read
 * whole, and ${NAME} takes a value from the environment. */
static void test_long_lines_and_env(void **state)
{
    (void)state;
    char url[700], text[1600];
    snprintf(url, sizeof url, "postgresql://app@db.example.com:5432/shop?sslmode=verify-full&sslrootcert=");
    while (strlen(url) < 600)
        strcat(url, "/very/long/path");
    strcat(url, "&application_name=schemac");
    snprintf(text, sizeof text, "[schemac]\n# %s\nurl = %s ; the app's database\nschema = s/\n", url, url);
    sc_config c;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_config_load(&c, write_ini("long.ini", text), &d), 0);
    assert_int_equal(d.n, 0);
    assert_string_equal(c.url, url);
    assert_non_null(strstr(c.schema, "/s/"));
    sc_config_free(&c);
    sc_diags_free(&d);

    setenv("SC_TEST_URL", "postgresql://app:pw@h/db", 1);
    sc_diags_init(&d);
    const char *p = write_ini("env.ini", "[schemac]\nurl = ${SC_TEST_URL}\nscript_location = ${SC_TEST_DIR}/m\n");
    assert_int_equal(sc_config_load(&c, p, &d), -1);   /* SC_TEST_DIR is not set */
    char *msg = first_error(&d);
    assert_non_null(strstr(msg, "env.ini:3:1: error: script_location refers to the environment variable SC_TEST_DIR"));
    free(msg);
    sc_config_free(&c);
    sc_diags_free(&d);
    setenv("SC_TEST_DIR", "/srv", 1);
    sc_diags_init(&d);
    assert_int_equal(sc_config_load(&c, p, &d), 0);
    assert_string_equal(c.url, "postgresql://app:pw@h/db");
    assert_string_equal(c.script_location, "/srv/m");
    sc_config_free(&c);
    sc_diags_free(&d);
    /* an unset url variable is the business of the commands that connect */
    unsetenv("SC_TEST_URL");
    sc_diags_init(&d);
    assert_int_equal(sc_config_load(&c, p, &d), 0);
    assert_null(c.url);
    assert_string_equal(c.url_unset_env, "SC_TEST_URL");
    sc_config_free(&c);
    sc_diags_free(&d);
    unsetenv("SC_TEST_DIR");

    /* the byte that stands for a long line's value, written in the file
     * itself, is just a byte of the value (fuzz_config found it read as a
     * placeholder: a NULL value), before and after a long line */
    snprintf(text, sizeof text, "[schemac]\nschema = \001" "0\nurl = %s\nscript_location = \001" "0\n", url);
    sc_diags_init(&d);
    assert_int_equal(sc_config_load(&c, write_ini("mark.ini", text), &d), 0);
    assert_non_null(strstr(c.schema, "/\001" "0"));
    assert_string_equal(c.url, url);
    assert_non_null(strstr(c.script_location, "/\001" "0"));
    sc_config_free(&c);
    sc_diags_free(&d);
}

/* Issue 14 item 3: the line a diagnostic echoes has its password masked. */
static void test_errors_mask_passwords(void **state)
{
    (void)state;
    sc_config c;
    sc_diags d;
    sc_diags_init(&d);
    const char *p = write_ini("pw.ini", "[schemac]\nurl = postgresql://app:hunter2@h/db\n"
                                        "url = postgresql://app:hunter3@h/db\nx y z password=hunter4\n");
    assert_int_equal(sc_config_load(&c, p, &d), -1);
    for (size_t i = 0; i < d.n; i++) {
        char *m = sc_diag_format(&d.items[i]);
        assert_null(strstr(m, "hunter"));
        free(m);
    }
    char *m = first_error(&d);
    assert_non_null(strstr(m, "pw.ini:3:1: error: duplicate configuration key \"url\""));
    assert_non_null(strstr(m, "url = postgresql://app:***@h/db"));
    free(m);
    sc_config_free(&c);
    sc_diags_free(&d);
}

/* Issue 14 item 12: values used later are checked when the file is read,
 * on their line. */
static void test_values_checked_on_load(void **state)
{
    (void)state;
    expect_error("[schemac]\nurl = x\ntimezone = Mars/Olympus\n", "3:1: error: unknown timezone \"Mars/Olympus\"", "");
    expect_error("[schemac]\n\nfile_template = %%(nope)s\n", "3:1: error: file_template: unknown token", "");
    expect_error("[schemac]\nfile_template = %%(rev)s/%%(slug)s\n", "2:1: error: file_template", "names a folder");
    expect_error("[schemac]\nversion_table =\n", "2:1: error: version_table must not be empty", "");
}

static void test_missing_file(void **state)
{
    (void)state;
    sc_config c;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_config_load(&c, "/nonexistent/schemac.ini", &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_IO);
    sc_config_free(&c);
    sc_diags_free(&d);
}

static void test_slug(void **state)
{
    (void)state;
    char *s = sc_slugify("Add users table!", 40);
    assert_string_equal(s, "add_users_table");
    free(s);
    s = sc_slugify("  --  ", 40);
    assert_string_equal(s, "");
    free(s);
    /* Alembic cuts at a word boundary and ends with "_" */
    s = sc_slugify("add a very long message that goes on and on", 20);
    assert_string_equal(s, "add_a_very_long_");
    free(s);
    s = sc_slugify("abcdefghijklmnop", 5);
    assert_string_equal(s, "abcde_");
    free(s);
}

static void test_filename(void **state)
{
    (void)state;
    sc_config c;
    sc_config_init(&c);
    c.timezone = strdup("UTC");
    sc_diags d;
    sc_diags_init(&d);
    time_t t = 1795368960;   /* 2026-11-22 17:36:00 UTC */
    char *n = sc_config_filename(&c, "3f2a9c1b7d4e", "add users table", t, &d);
    assert_non_null(n);
    assert_string_equal(n, "20261122_1736_3f2a9c1b7d4e_add_users_table.sql");
    free(n);
    free(c.file_template);
    c.file_template = strdup("%(epoch)s-%%(second)02d-%(rev)s");
    n = sc_config_filename(&c, "3f2a9c1b7d4e", "x", t, &d);
    assert_string_equal(n, "1795368960-00-3f2a9c1b7d4e.sql");
    free(n);
    free(c.file_template);
    c.file_template = strdup("%%(nope)s");
    assert_null(sc_config_filename(&c, "3f2a9c1b7d4e", "x", t, &d));
    assert_true(d.nerrors == 1);
    free(c.file_template);
    c.file_template = strdup("a/%%(rev)s");
    assert_null(sc_config_filename(&c, "3f2a9c1b7d4e", "x", t, &d));
    assert_true(d.nerrors == 2);
    /* another zone */
    free(c.timezone);
    c.timezone = strdup("Asia/Tokyo");
    free(c.file_template);
    c.file_template = strdup("%%(hour).2d");
    n = sc_config_filename(&c, "3f2a9c1b7d4e", "x", t, &d);
    if (access("/usr/share/zoneinfo/Asia/Tokyo", F_OK) == 0) {
        assert_string_equal(n, "02.sql");   /* UTC+9 */
        free(n);
    }
    free(c.timezone);
    c.timezone = strdup("Mars/Olympus");
    assert_null(sc_config_filename(&c, "3f2a9c1b7d4e", "x", t, &d));
    sc_config_free(&c);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults), cmocka_unit_test(test_all_keys), cmocka_unit_test(test_errors),
        cmocka_unit_test(test_long_lines_and_env), cmocka_unit_test(test_errors_mask_passwords),
        cmocka_unit_test(test_values_checked_on_load),
        cmocka_unit_test(test_missing_file), cmocka_unit_test(test_slug), cmocka_unit_test(test_filename),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
