/* test_revfile.c - revision files: written, read back as written, and
 * every malformed shape a clear error at file:line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "revision/revfile.h"

static int parse(const char *text, sc_rev *r, sc_diags *d)
{
    char *copy = strdup(text);
    return sc_rev_parse(r, "v/x.sql", copy, strlen(copy), d);
}

static char *section(const sc_rev *r, bool down)
{
    return strndup(r->src->text + (down ? r->down_off : r->up_off), down ? r->down_len : r->up_len);
}

static void test_roundtrip(void **state)
{
    (void)state;
    const char *parents[] = {"1a2b3c4d5e6f", "9c1d00000000"};
    char *text = sc_rev_render("3f2a9c1b7d4e", parents, 2, "2026-11-22 17:36:00+00:00",
                               "merge\nbranches", "postgresql", "CREATE TABLE a (x int);\n", "\n\nDROP TABLE a;");
    assert_string_equal(text,
                        "-- Revision ID: 3f2a9c1b7d4e\n"
                        "-- Revises: 1a2b3c4d5e6f, 9c1d00000000\n"
                        "-- Create Date: 2026-11-22 17:36:00+00:00\n"
                        "-- Message: merge branches\n"
                        "-- Dialect: postgresql\n"
                        "\n"
                        "-- migrate:up\n"
                        "CREATE TABLE a (x int);\n"
                        "\n"
                        "-- migrate:down\n"
                        "DROP TABLE a;\n");
    sc_rev r;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_rev_parse(&r, "v/x.sql", text, strlen(text), &d), 0);
    assert_string_equal(r.id, "3f2a9c1b7d4e");
    assert_int_equal(r.nparents, 2);
    assert_string_equal(r.parents[0], "1a2b3c4d5e6f");
    assert_string_equal(r.parents[1], "9c1d00000000");
    assert_string_equal(r.message, "merge branches");
    assert_string_equal(r.dialect, "postgresql");
    assert_string_equal(r.create_date, "2026-11-22 17:36:00+00:00");
    char *up = section(&r, false), *down = section(&r, true);
    assert_string_equal(up, "CREATE TABLE a (x int);\n\n");
    assert_string_equal(down, "DROP TABLE a;\n");
    free(up);
    free(down);
    sc_rev_free(&r);
    sc_diags_free(&d);
}

static void test_first_and_empty(void **state)
{
    (void)state;
    char *text = sc_rev_render("000000000001", NULL, 0, "", "first", "", NULL, "");
    sc_rev r;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_rev_parse(&r, "v/x.sql", text, strlen(text), &d), 0);
    assert_int_equal(r.nparents, 0);
    char *up = section(&r, false);
    assert_string_equal(up, "\n");   /* the blank line before "-- migrate:down" */
    free(up);
    assert_int_equal(r.down_len, 0);
    sc_rev_free(&r);
    sc_diags_free(&d);
}

static void test_hand_edited(void **state)
{
    (void)state;
    /* free comments, other key order, CRLF-free trailing spaces, no Message */
    const char *text =
        "-- my notes about this revision\n"
        "--   Revises: 1a2b3c4d5e6f  \n"
        "\n"
        "-- Revision ID: 3f2a9c1b7d4e\n"
        "   -- migrate:up   \n"
        "UPDATE t SET a = 1; -- backfill\n"
        "-- migrate:down\n";
    sc_rev r;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(parse(text, &r, &d), 0);
    assert_string_equal(r.id, "3f2a9c1b7d4e");
    assert_int_equal(r.nparents, 1);
    assert_string_equal(r.message, "");
    char *up = section(&r, false);
    assert_string_equal(up, "UPDATE t SET a = 1; -- backfill\n");
    free(up);
    assert_int_equal(r.down_len, 0);
    sc_rev_free(&r);
    sc_diags_free(&d);
}

/* Parses text, expects failure with the formatted first error starting with want. */
static void expect_error(const char *text, const char *want)
{
    sc_rev r;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(parse(text, &r, &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    char *msg = sc_diag_format(&d.items[0]);
    if (strncmp(msg, want, strlen(want)) != 0)
        fail_msg("got: %s\nwanted: %s", msg, want);
    free(msg);
    sc_rev_free(&r);
    sc_diags_free(&d);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises:\n\n-- migrate:up\nCREATE TABLE a (x int);\n",
                 "v/x.sql:4:1: error: missing \"-- migrate:down\" section");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises:\nCREATE TABLE a (x int);\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:3:1: error: malformed header: SQL before \"-- migrate:up\"");
    expect_error("-- Revises:\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:1:1: error: malformed header: no \"-- Revision ID:\" line");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:1:1: error: malformed header: no \"-- Revises:\" line");
    expect_error("-- Revision ID: 3F2A9C1B7D4E\n-- Revises:\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:1:17: error: malformed header: \"3F2A9C1B7D4E\" is not a revision id");
    expect_error("-- Revision ID: abc\n-- Revises:\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:1:17: error: malformed header: \"abc\" is not a revision id");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises: 1a2b, 000000000001\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:2:13: error: malformed header: \"1a2b\" is not a revision id");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises: 000000000001, 000000000001\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:2:27: error: malformed header: 000000000001 is listed twice");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revision ID: 3f2a9c1b7d4f\n-- Revises:\n-- migrate:up\n-- migrate:down\n",
                 "v/x.sql:2:1: error: malformed header: a second \"Revision ID\" line");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises:\n-- migrate:down\n-- migrate:up\n",
                 "v/x.sql:3:1: error: \"-- migrate:down\" before \"-- migrate:up\"");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises:\n-- migrate:up\n-- migrate:down\n-- migrate:down\n",
                 "v/x.sql:5:1: error: a second \"-- migrate:down\" marker");
    expect_error("-- Revision ID: 3f2a9c1b7d4e\n-- Revises:\n",
                 "v/x.sql:2:1: error: no \"-- migrate:up\" section");
}

static void test_ids(void **state)
{
    (void)state;
    char a[13], b[13];
    sc_rev_id_new(a);
    sc_rev_id_new(b);
    assert_true(sc_rev_id_valid(a));
    assert_true(sc_rev_id_valid(b));
    assert_string_not_equal(a, b);
    assert_false(sc_rev_id_valid("3f2a9c1b7d4"));
    assert_false(sc_rev_id_valid("3f2a9c1b7d4e0"));
    assert_false(sc_rev_id_valid("3f2a9c1b7d4g"));
}

static void test_write_never_replaces(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_revfile.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/r.sql", dir);
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_rev_write_new(path, "first\n", &d), 0);
    assert_int_equal(sc_rev_write_new(path, "second\n", &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_IO);
    assert_non_null(strstr(d.items[0].msg, "exists already"));
    FILE *f = fopen(path, "r");
    char buf[32] = {0};
    assert_non_null(fgets(buf, sizeof buf, f));
    fclose(f);
    assert_string_equal(buf, "first\n");
    /* no temporary file left behind */
    char cmd[160];
    snprintf(cmd, sizeof cmd, "test $(ls %s | wc -l) -eq 1", dir);
    assert_int_equal(system(cmd), 0);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
    /* an unwritable folder: an I/O error */
    assert_int_equal(sc_rev_write_new("/nonexistent/dir/r.sql", "x", &d), -1);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip), cmocka_unit_test(test_first_and_empty),
        cmocka_unit_test(test_hand_edited), cmocka_unit_test(test_errors),
        cmocka_unit_test(test_ids), cmocka_unit_test(test_write_never_replaces),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
