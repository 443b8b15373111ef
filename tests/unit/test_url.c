/* test_url.c - database URL classification, password masking, and the
 * SQLite open errors (real files under a temporary directory). */
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

#include "db/db.h"
#include "db/db_internal.h"

static void check_mask(const char *url, const char *want)
{
    char *m = sc_url_mask(url);
    assert_string_equal(m, want);
    free(m);
}

static void test_mask_uri(void **state)
{
    (void)state;
    check_mask("postgresql://app:secret@localhost/shop", "postgresql://app:***@localhost/shop");
    check_mask("postgres://app:s3cr%40t@db.example:5433/shop?sslmode=require",
               "postgres://app:***@db.example:5433/shop?sslmode=require");
    /* A literal '@' in the password: the userinfo ends at the last '@'. */
    check_mask("postgresql://app:p@ss@host/db", "postgresql://app:***@host/db");
    check_mask("postgresql://app@localhost/shop", "postgresql://app@localhost/shop");
    check_mask("postgresql:///shop", "postgresql:///shop");
    check_mask("postgresql:///shop?host=/tmp&password=hunter2&user=x",
               "postgresql:///shop?host=/tmp&password=***&user=x");
    check_mask("postgresql://u:a@h/d?password=b#frag", "postgresql://u:***@h/d?password=***#frag");
    check_mask("sqlite:///app.db", "sqlite:///app.db");
}

static void test_mask_conninfo(void **state)
{
    (void)state;
    check_mask("host=localhost password=secret dbname=shop", "host=localhost password=*** dbname=shop");
    check_mask("password = 'with space \\' quote' user=app", "password = *** user=app");
    check_mask("dbname=shop", "dbname=shop");
    /* Only the password keyword, not others that end in it. */
    check_mask("xpassword=keep password=drop", "xpassword=keep password=***");
}

static void test_classify(void **state)
{
    (void)state;
    assert_true(sc_url_is_database("postgresql://localhost/db"));
    assert_true(sc_url_is_database("postgres://localhost/db"));
    assert_true(sc_url_is_database("sqlite:///app.db"));
    assert_true(sc_url_is_database("sqlite:////tmp/app.db"));
    assert_true(sc_url_is_database("host=localhost dbname=shop"));
    assert_true(sc_url_is_database("  dbname = shop"));
    assert_false(sc_url_is_database("schema.sch"));
    assert_false(sc_url_is_database("schemas/app.sch"));
    assert_false(sc_url_is_database("./dir"));
    assert_false(sc_url_is_database(""));
    assert_false(sc_url_is_database(NULL));
}

static void test_scrub(void **state)
{
    (void)state;
    char *s = sc_url_scrub("postgresql://u:p%41ss@h/d", "invalid token \"p%41ss\" and \"pAss\"");
    assert_null(strstr(s, "p%41ss"));
    assert_null(strstr(s, "pAss"));
    assert_non_null(strstr(s, "***"));
    free(s);
    s = sc_url_scrub("host=h password=hunter2", "bad \"hunter2\" here");
    assert_string_equal(s, "bad \"***\" here");
    free(s);
}

/* Issue 14 item 4: a short password, or one that is an English word, is
 * masked where it stands, not inside the words of libpq's message. */
static void test_scrub_by_position(void **state)
{
    (void)state;
    char *s = sc_url_scrub("postgresql://u:x@h/d", "timeout expired at postgresql://u:x@h/d, \"x\"");
    assert_string_equal(s, "timeout expired at postgresql://u:***@h/d, \"***\"");
    free(s);
    s = sc_url_scrub("host=h password=connect", "could not connect to server (connection refused)");
    assert_string_equal(s, "could not connect to server (connection refused)");
    free(s);
    s = sc_url_scrub("postgresql://u:p%41ss@h/d", "invalid token \"p%41ss\" at \"pAss&x\"");
    assert_string_equal(s, "invalid token \"***\" at \"***&x\"");
    free(s);
    s = sc_url_scrub("host=h password=connect", "invalid value \"connect\" in host=h password=connect");
    assert_string_equal(s, "invalid value \"***\" in host=h password=***");
    free(s);
}

static const char *first_msg(const sc_diags *d)
{
    return d->n ? d->items[0].msg : "";
}

static void test_sqlite_open_errors(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_url.XXXXXX";
    assert_non_null(mkdtemp(dir));
    assert_int_equal(chdir(dir), 0);
    sc_diags d;
    sc_db *db = NULL;

    /* Missing file, read-only: an error, and no file appears. */
    sc_diags_init(&d);
    assert_int_equal(sc_db_open("sqlite:///missing.db", SC_DB_READONLY, &db, &d), -1);
    assert_null(db);
    assert_int_equal(d.first_kind, SC_ERR_DB);
    assert_string_equal(first_msg(&d),
                        "sqlite:///missing.db: no such database file (schemac never creates a file when it only reads)");
    assert_int_equal(access("missing.db", F_OK), -1);
    sc_diags_free(&d);

    /* Not a SQLite file. */
    FILE *f = fopen("junk.db", "w");
    assert_non_null(f);
    fputs("this is not a database, just some text that is long enough\n", f);
    fclose(f);
    sc_diags_init(&d);
    assert_int_equal(sc_db_open("sqlite:///junk.db", SC_DB_READONLY, &db, &d), -1);
    assert_string_equal(first_msg(&d), "sqlite:///junk.db: not a SQLite file");
    sc_diags_free(&d);

    /* A directory. */
    assert_int_equal(mkdir("adir.db", 0700), 0);
    sc_diags_init(&d);
    assert_int_equal(sc_db_open("sqlite:///adir.db", SC_DB_READONLY, &db, &d), -1);
    assert_non_null(strstr(first_msg(&d), "not a SQLite file"));
    sc_diags_free(&d);

    /* CREATE creates; then READONLY opens it and cannot write. */
    sc_diags_init(&d);
    assert_int_equal(sc_db_open("sqlite:///new.db", SC_DB_CREATE, &db, &d), 0);
    assert_int_equal(sc_db_dialect(db), SC_DIALECT_SQLITE);
    assert_int_equal(sc_db_exec(db, "CREATE TABLE t (a integer); INSERT INTO t VALUES (1);", &d), 0);
    assert_int_equal(sc_db_exec(db, "CREATE TABLE t (a integer)", &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_MIGRATION);
    assert_non_null(strstr(first_msg(&d), "already exists"));
    sc_db_close(db);
    sc_diags_free(&d);
    char abs[256];
    snprintf(abs, sizeof abs, "sqlite:///%s/new.db", dir);   /* sqlite:////tmp/... */
    sc_diags_init(&d);
    assert_int_equal(sc_db_open(abs, SC_DB_READONLY, &db, &d), 0);
    assert_int_equal(sc_db_exec(db, "INSERT INTO t VALUES (2)", &d), -1);
    sc_db_close(db);
    sc_diags_free(&d);

    /* Not a URL at all. */
    sc_diags_init(&d);
    assert_int_equal(sc_db_open("mysql://u:pw@h/d", SC_DB_READONLY, &db, &d), -1);
    assert_null(strstr(first_msg(&d), "pw@"));
    assert_non_null(strstr(first_msg(&d), "not a database URL"));
    sc_diags_free(&d);

    remove("junk.db");
    remove("new.db");
    rmdir("adir.db");
    assert_int_equal(chdir("/"), 0);
    rmdir(dir);
}

/* A password in a URL to a closed port: the message says "unreachable" and
 * never shows the password. Needs no server: port 1 on 127.0.0.1 is closed. */
static void test_pg_unreachable_masked(void **state)
{
    (void)state;
    sc_diags d;
    sc_diags_init(&d);
    sc_db *db = NULL;
    assert_int_equal(sc_db_open("postgresql://app:topsecret@127.0.0.1:1/shop?connect_timeout=3",
                                SC_DB_READONLY, &db, &d), -1);
    assert_int_equal(d.first_kind, SC_ERR_DB);
    for (size_t i = 0; i < d.n; i++) {
        assert_null(strstr(d.items[i].msg, "topsecret"));
        assert_true(!d.items[i].hint || !strstr(d.items[i].hint, "topsecret"));
    }
    assert_non_null(strstr(first_msg(&d), "postgresql://app:***@127.0.0.1:1/shop"));
    assert_non_null(strstr(first_msg(&d), "server unreachable"));
    sc_diags_free(&d);

    /* libpq echoes a malformed URI's pieces: they must be scrubbed too. */
    sc_diags_init(&d);
    assert_int_equal(sc_db_open("postgresql://app:bad%zzsecret@127.0.0.1:1/shop", SC_DB_READONLY, &db, &d), -1);
    for (size_t i = 0; i < d.n; i++)
        assert_null(strstr(d.items[i].msg, "zzsecret"));
    sc_diags_free(&d);

    sc_diags_init(&d);
    assert_int_equal(sc_db_open("host=127.0.0.1 port=1 password=hunter22 dbname=x connect_timeout=3",
                                SC_DB_READONLY, &db, &d), -1);
    assert_null(strstr(first_msg(&d), "hunter22"));
    assert_non_null(strstr(first_msg(&d), "password=***"));
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mask_uri),
        cmocka_unit_test(test_mask_conninfo),
        cmocka_unit_test(test_classify),
        cmocka_unit_test(test_scrub),
        cmocka_unit_test(test_scrub_by_position),
        cmocka_unit_test(test_sqlite_open_errors),
        cmocka_unit_test(test_pg_unreachable_masked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
