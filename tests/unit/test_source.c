/* test_source.c - a source is classified once (src/db/source.c): every form
 * a user can name (a .sch file, a folder, JSON, standard input, SQLite,
 * PostgreSQL URIs and conninfo strings, another scheme), its masked
 * spelling, its passwords (odd ones: '@', percent-encoded, quoted, in the
 * query), SQLite's path; and the password never appears in an error. */
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
#include "db/source.h"

static void check_kind(const char *text, sc_source_kind want, bool is_db)
{
    sc_source s;
    sc_source_classify(&s, text);
    assert_int_equal(s.kind, want);
    assert_int_equal(sc_source_is_database(&s), is_db);
    sc_source_free(&s);
}

static void test_files(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_source.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/app.sch", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("table t { id int }\n", f);
    fclose(f);
    check_kind(path, SC_SOURCE_SCH, false);
    check_kind(dir, SC_SOURCE_FOLDER, false);
    snprintf(path, sizeof path, "%s/sub.json", dir);
    assert_int_equal(mkdir(path, 0755), 0);   /* a folder whatever its name */
    check_kind(path, SC_SOURCE_FOLDER, false);
    check_kind("model.json", SC_SOURCE_JSON, false);
    check_kind("no/such/file.sch", SC_SOURCE_SCH, false);   /* its loader says it is missing */
    check_kind("-", SC_SOURCE_SCH, false);
    check_kind("./dir", SC_SOURCE_SCH, false);
    check_kind("", SC_SOURCE_NONE, false);
    check_kind(NULL, SC_SOURCE_NONE, false);
    rmdir(path);
    snprintf(path, sizeof path, "%s/app.sch", dir);
    unlink(path);
    rmdir(dir);
}

static void test_sqlite(void **state)
{
    (void)state;
    sc_source s;
    sc_source_classify(&s, "sqlite:///app.db");
    assert_int_equal(s.kind, SC_SOURCE_SQLITE);
    assert_int_equal(sc_source_dialect(&s), SC_DIALECT_SQLITE);
    assert_string_equal(s.sqlite_path, "app.db");
    sc_source_free(&s);
    sc_source_classify(&s, "sqlite:////tmp/abs.db");
    assert_string_equal(s.sqlite_path, "/tmp/abs.db");
    sc_source_free(&s);
    sc_source_classify(&s, "sqlite:///:memory:");
    assert_string_equal(s.sqlite_path, ":memory:");
    sc_source_free(&s);
    sc_source_classify(&s, "sqlite://host/x.db");   /* names no file */
    assert_int_equal(s.kind, SC_SOURCE_SQLITE);
    assert_null(s.sqlite_path);
    sc_source_free(&s);
    sc_source_classify(&s, "sqlite:///");
    assert_null(s.sqlite_path);
    sc_source_free(&s);
}

static void check_pg(const char *text, sc_source_kind kind, const char *masked, const char *secret)
{
    sc_source s;
    sc_source_classify(&s, text);
    assert_int_equal(s.kind, kind);
    assert_true(sc_source_is_database(&s));
    assert_int_equal(sc_source_dialect(&s), SC_DIALECT_POSTGRESQL);
    assert_string_equal(s.masked, masked);
    if (secret) {
        bool found = false;
        for (size_t i = 0; i < s.nsecrets; i++)
            found |= !strcmp(s.secrets[i], secret);
        assert_true(found);
        assert_null(strstr(s.masked, secret));
    } else {
        assert_int_equal(s.nsecrets, 0);
    }
    /* a copy is the same classification */
    sc_source c;
    sc_source_copy(&c, &s);
    assert_int_equal(c.kind, s.kind);
    assert_string_equal(c.masked, s.masked);
    assert_int_equal(c.nsecrets, s.nsecrets);
    sc_source_free(&c);
    sc_source_free(&s);
}

static void test_postgresql(void **state)
{
    (void)state;
    check_pg("postgresql://app:secret@localhost/shop", SC_SOURCE_PG_URI, "postgresql://app:***@localhost/shop",
             "secret");
    check_pg("postgres://app@localhost/shop", SC_SOURCE_PG_URI, "postgres://app@localhost/shop", NULL);
    check_pg("postgresql://", SC_SOURCE_PG_URI, "postgresql://", NULL);
    /* a literal '@' in the password: the userinfo ends at the last '@' */
    check_pg("postgresql://app:p@ss@host/db", SC_SOURCE_PG_URI, "postgresql://app:***@host/db", "p@ss");
    /* libpq ends the userinfo at the first '@' and names the rest as the
     * host in its message: each piece is masked there too (newuser4) */
    sc_source s;
    sc_source_classify(&s, "postgresql://u:s3c@ret@localhost/db");
    char *scrubbed = sc_source_scrub(&s, "could not translate host name \"ret@localhost\" to address; "
                                         "password \"s3c\"");
    assert_null(strstr(scrubbed, "ret@"));
    assert_null(strstr(scrubbed, "s3c"));
    free(scrubbed);
    sc_source_free(&s);
    /* percent-encoded: both spellings are secrets */
    check_pg("postgresql://app:s3cr%40t@h:5433/db?sslmode=require", SC_SOURCE_PG_URI,
             "postgresql://app:***@h:5433/db?sslmode=require", "s3cr@t");
    check_pg("postgresql:///shop?host=/tmp&password=hunter2&user=x", SC_SOURCE_PG_URI,
             "postgresql:///shop?host=/tmp&password=***&user=x", "hunter2");
    check_pg("postgresql://u:a@h/d?password=b#frag", SC_SOURCE_PG_URI, "postgresql://u:***@h/d?password=***#frag",
             "b");
    /* a quoted name in the path and an odd option are no password */
    check_pg("postgresql://h/%22My%20Db%22?options=-c%20search_path%3Dx", SC_SOURCE_PG_URI,
             "postgresql://h/%22My%20Db%22?options=-c%20search_path%3Dx", NULL);
    check_pg("host=localhost password=secret dbname=shop", SC_SOURCE_PG_CONNINFO,
             "host=localhost password=*** dbname=shop", "secret");
    check_pg("  dbname = shop", SC_SOURCE_PG_CONNINFO, "  dbname = shop", NULL);
    check_pg("password = 'with space \\' quote' user=app", SC_SOURCE_PG_CONNINFO, "password = *** user=app",
             "with space \\' quote");
    /* SQL's '' inside the quotes (libpq's escape is \'): the whole value is
     * masked, not only up to the second quote (newuser4) */
    check_pg("host=h password='it''s s3cret' user=app", SC_SOURCE_PG_CONNINFO, "host=h password=*** user=app",
             "s s3cret");
    check_pg("xpassword=keep password=drop", SC_SOURCE_PG_CONNINFO, "xpassword=keep password=***", "drop");
    /* a conninfo string that holds "://" is still a conninfo string: its
     * password keyword is masked */
    check_pg("host=h password=pw sslrootcert=file://x", SC_SOURCE_PG_CONNINFO,
             "host=h password=*** sslrootcert=file://x", "pw");
}

static void test_other_url(void **state)
{
    (void)state;
    sc_source s;
    sc_source_classify(&s, "mysql://root:hunter2@db/app");
    assert_int_equal(s.kind, SC_SOURCE_OTHER_URL);
    assert_false(sc_source_is_database(&s));
    assert_string_equal(s.masked, "mysql://root:***@db/app");
    sc_source_free(&s);
}

static const char *all_msgs(const sc_diags *d, char *buf, size_t n)
{
    buf[0] = '\0';
    for (size_t i = 0; i < d->n; i++) {
        strncat(buf, d->items[i].msg, n - strlen(buf) - 1);
        if (d->items[i].hint)
            strncat(buf, d->items[i].hint, n - strlen(buf) - 1);
    }
    return buf;
}

/* The errors of opening a source: each names the masked text, never the
 * password. */
static void test_errors_masked(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "mysql://root:hunter2@db/app",                               /* no database schemac opens */
        "postgresql://app:hunter2@127.0.0.1:1/shop?connect_timeout=2", /* unreachable */
        "postgresql://app:hunter2@[::1/shop",                         /* malformed */
        "host=127.0.0.1 port=1 password='hunter2' connect_timeout=2",  /* conninfo */
        "postgresql://app:hunt%65r2@127.0.0.1:1/shop?connect_timeout=2", /* decoded: hunter2 */
        "sqlite://u:hunter2@host/x.db",                              /* names no file */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        sc_source s;
        sc_source_classify(&s, bad[i]);
        sc_diags d;
        sc_diags_init(&d);
        sc_db *db = NULL;
        assert_int_equal(sc_db_open_source(&s, SC_DB_READONLY, 0, &db, &d), -1);
        assert_null(db);
        char buf[4096];
        const char *m = all_msgs(&d, buf, sizeof buf);
        assert_true(d.nerrors > 0);
        if (strstr(m, "hunter2"))
            fail_msg("password in the error of %s: %s", s.masked, m);
        assert_null(strstr(m, "hunt%65r2"));
        sc_diags_free(&d);
        sc_source_free(&s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_files),
        cmocka_unit_test(test_sqlite),
        cmocka_unit_test(test_postgresql),
        cmocka_unit_test(test_other_url),
        cmocka_unit_test(test_errors_masked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
