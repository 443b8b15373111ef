/* test_graph.c - the revision graph: heads, branches, merges, lookups,
 * broken graphs (missing parent, cycle, duplicate id), the steps of
 * upgrades and downgrades, and the offline script. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "revision/graph.h"
#include "revision/offline.h"
#include "revision/sums.h"

/* Adds a revision "id: parents" with the given up/down SQL. */
static void add(sc_graph *g, const char *id, const char *parents, const char *date, const char *up,
                const char *down)
{
    char head[256];
    snprintf(head, sizeof head, "-- Revision ID: %s\n-- Revises: %s\n-- Create Date: %s\n-- Message: msg %s\n",
             id, parents, date, id);
    size_t n = strlen(head) + strlen(up) + strlen(down) + 64;
    char *text = malloc(n);
    snprintf(text, n, "%s\n-- migrate:up\n%s\n-- migrate:down\n%s", head, up, down);
    char path[64];
    snprintf(path, sizeof path, "versions/%s.sql", id);
    sc_rev r;
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_rev_parse(&r, path, text, strlen(text), &d), 0);
    sc_diags_free(&d);
    sc_graph_add(g, &r);
}

/* a linear chain a1 <- a2 <- a3 */
static void chain(sc_graph *g)
{
    sc_graph_init(g);
    add(g, "aaaaaaaaaaa1", "", "2026-01-01", "CREATE TABLE t1 (a int);", "DROP TABLE t1;");
    add(g, "aaaaaaaaaaa3", "aaaaaaaaaaa2", "2026-01-03", "CREATE TABLE t3 (a int);", "DROP TABLE t3;");
    add(g, "aaaaaaaaaaa2", "aaaaaaaaaaa1", "2026-01-02", "CREATE TABLE t2 (a int);", "DROP TABLE t2;");
}

static const char *ids(const sc_graph *g, const int *v, size_t n)
{
    static char buf[512];
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, g->revs[v[i]].id);
    }
    return buf;
}

static void test_chain_order_and_heads(void **state)
{
    (void)state;
    sc_graph g;
    chain(&g);
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    assert_string_equal(ids(&g, g.order, g.n), "aaaaaaaaaaa1 aaaaaaaaaaa2 aaaaaaaaaaa3");
    int h[8];
    size_t nh = sc_graph_heads(&g, h);
    assert_string_equal(ids(&g, h, nh), "aaaaaaaaaaa3");
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_lookup(void **state)
{
    (void)state;
    sc_graph g;
    chain(&g);
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    assert_int_equal(sc_graph_lookup(&g, "aaaaaaaaaaa2", &d), sc_graph_find(&g, "aaaaaaaaaaa2"));
    assert_int_equal(sc_graph_lookup(&g, "aaaaaaaaaaa3", &d), sc_graph_find(&g, "aaaaaaaaaaa3"));
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(sc_graph_lookup(&g, "aaa", &d), -1);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.items[0].msg, "revision prefix \"aaa\" is ambiguous: aaaaaaaaaaa1 (msg aaaaaaaaaaa1), "
                                        "aaaaaaaaaaa2 (msg aaaaaaaaaaa2), aaaaaaaaaaa3 (msg aaaaaaaaaaa3)");
    assert_int_equal(sc_graph_lookup(&g, "b", &d), -1);
    assert_string_equal(d.items[1].msg, "no revision matches \"b\"");
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_missing_parent(void **state)
{
    (void)state;
    sc_graph g;
    sc_graph_init(&g);
    add(&g, "aaaaaaaaaaa1", "", "", "", "");
    add(&g, "aaaaaaaaaaa2", "bbbbbbbbbbbb", "", "", "");
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), -1);
    char *msg = sc_diag_format(&d.items[0]);
    assert_non_null(strstr(msg, "versions/aaaaaaaaaaa2.sql:2:1: error: revision aaaaaaaaaaa2 (versions/aaaaaaaaaaa2.sql) "
                                "revises bbbbbbbbbbbb, which is not in the versions folder"));
    free(msg);
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_cycle(void **state)
{
    (void)state;
    sc_graph g;
    sc_graph_init(&g);
    add(&g, "aaaaaaaaaaa0", "", "", "", "");
    add(&g, "aaaaaaaaaaa1", "aaaaaaaaaaa3", "", "", "");
    add(&g, "aaaaaaaaaaa2", "aaaaaaaaaaa1", "", "", "");
    add(&g, "aaaaaaaaaaa3", "aaaaaaaaaaa2", "", "", "");
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), -1);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.items[0].msg,
                        "the revisions form a cycle: aaaaaaaaaaa1 (versions/aaaaaaaaaaa1.sql) revises "
                        "aaaaaaaaaaa3 (versions/aaaaaaaaaaa3.sql) revises aaaaaaaaaaa2 (versions/aaaaaaaaaaa2.sql) "
                        "revises aaaaaaaaaaa1");
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_duplicate(void **state)
{
    (void)state;
    sc_graph g;
    sc_graph_init(&g);
    add(&g, "aaaaaaaaaaa1", "", "", "", "");
    add(&g, "aaaaaaaaaaa1", "", "", "", "");
    free((char *)g.revs[1].src->path);
    g.revs[1].src->path = strdup("versions/copy.sql");
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), -1);
    assert_string_equal(d.items[0].msg,
                        "duplicate revision id aaaaaaaaaaa1: versions/aaaaaaaaaaa1.sql and versions/copy.sql");
    sc_graph_free(&g);
    sc_diags_free(&d);
}

/* base <- b1 <- {x1, y1}; x1 <- x2; merge m of x2 and y1 */
static void branched(sc_graph *g, bool merged)
{
    sc_graph_init(g);
    add(g, "bbbbbbbbbbb1", "", "2026-01-01", "CREATE TABLE b (a int);", "DROP TABLE b;");
    add(g, "cccccccccc01", "bbbbbbbbbbb1", "2026-01-02", "CREATE TABLE x1 (a int);", "DROP TABLE x1;");
    add(g, "dddddddddd01", "bbbbbbbbbbb1", "2026-01-03", "CREATE TABLE y1 (a int);", "DROP TABLE y1;");
    add(g, "cccccccccc02", "cccccccccc01", "2026-01-04", "CREATE TABLE x2 (a int);", "DROP TABLE x2;");
    if (merged)
        add(g, "eeeeeeeeeeee", "cccccccccc02, dddddddddd01", "2026-01-05", "", "");
}

static void test_branches_and_steps(void **state)
{
    (void)state;
    sc_graph g;
    branched(&g, false);
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    int h[8], rem[8], addv[8];
    size_t nh = sc_graph_heads(&g, h);
    assert_string_equal(ids(&g, h, nh), "dddddddddd01 cccccccccc02");
    /* "head" is ambiguous with two heads */
    bool set[8];
    int cur[8];
    size_t ncur = 0;
    assert_int_equal(sc_graph_upgrade_goal(&g, cur, ncur, "head", set, &d), -1);
    assert_non_null(strstr(d.items[0].msg, "there are 2 heads (dddddddddd01, cccccccccc02)"));
    /* upgrade heads from base: every revision once, parents first; the version rows follow */
    assert_int_equal(sc_graph_upgrade_goal(&g, cur, ncur, "heads", set, &d), 0);
    char log[512] = "";
    int r;
    while ((r = sc_graph_next(&g, cur, ncur, set, false)) >= 0) {
        size_t nr, na;
        sc_graph_step(&g, cur, &ncur, r, false, rem, &nr, addv, &na);
        strcat(log, g.revs[r].id);
        strcat(log, nr ? "(u) " : "(i) ");
    }
    assert_string_equal(log, "bbbbbbbbbbb1(i) cccccccccc01(u) dddddddddd01(i) cccccccccc02(u) ");
    assert_string_equal(ids(&g, cur, ncur), "dddddddddd01 cccccccccc02");
    /* downgrade one branch to its branch point: the other head stays */
    assert_int_equal(sc_graph_downgrade_set(&g, cur, ncur, "bbbbbbbbbbb1", set, &d), 0);
    log[0] = '\0';
    while ((r = sc_graph_next(&g, cur, ncur, set, true)) >= 0) {
        size_t nr, na;
        sc_graph_step(&g, cur, &ncur, r, true, rem, &nr, addv, &na);
        strcat(log, g.revs[r].id);
        strcat(log, na ? "(+parent) " : " ");
    }
    /* x1 is a head again once x2 is gone; b1 once x1 is gone */
    assert_string_equal(log, "cccccccccc02(+parent) dddddddddd01 cccccccccc01(+parent) ");
    assert_string_equal(ids(&g, cur, ncur), "bbbbbbbbbbb1");
    /* a downgrade target that is not applied */
    assert_int_equal(sc_graph_downgrade_set(&g, cur, ncur, "cccccccccc02", set, &d), -1);
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_merge_and_relative(void **state)
{
    (void)state;
    sc_graph g;
    branched(&g, true);
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    int h[8], rem[8], addv[8], cur[8];
    assert_int_equal(sc_graph_heads(&g, h), 1);
    size_t ncur = 2;
    cur[0] = sc_graph_find(&g, "cccccccccc02");
    cur[1] = sc_graph_find(&g, "dddddddddd01");
    bool set[8];
    assert_int_equal(sc_graph_upgrade_goal(&g, cur, ncur, "+1", set, &d), 0);
    int r = sc_graph_next(&g, cur, ncur, set, false);
    assert_string_equal(g.revs[r].id, "eeeeeeeeeeee");
    size_t nr, na;
    sc_graph_step(&g, cur, &ncur, r, false, rem, &nr, addv, &na);
    assert_int_equal(nr, 2);   /* the merge replaces both heads */
    assert_string_equal(ids(&g, cur, ncur), "eeeeeeeeeeee");
    assert_int_equal(sc_graph_next(&g, cur, ncur, set, false), -1);
    assert_int_equal(sc_graph_upgrade_goal(&g, cur, ncur, "+1", set, &d), -1);   /* nothing left */
    /* -1 undoes the merge: both heads come back */
    assert_int_equal(sc_graph_downgrade_set(&g, cur, ncur, "-1", set, &d), 0);
    r = sc_graph_next(&g, cur, ncur, set, true);
    sc_graph_step(&g, cur, &ncur, r, true, rem, &nr, addv, &na);
    assert_int_equal(na, 2);
    assert_string_equal(ids(&g, cur, ncur), "cccccccccc02 dddddddddd01");
    assert_int_equal(sc_graph_next(&g, cur, ncur, set, true), -1);
    /* -3 then takes x2, y1, x1 (latest first in the order, by create date) */
    assert_int_equal(sc_graph_downgrade_set(&g, cur, ncur, "-3", set, &d), 0);
    char log[256] = "";
    while ((r = sc_graph_next(&g, cur, ncur, set, true)) >= 0) {
        sc_graph_step(&g, cur, &ncur, r, true, rem, &nr, addv, &na);
        strcat(log, g.revs[r].id);
        strcat(log, " ");
    }
    assert_string_equal(log, "cccccccccc02 dddddddddd01 cccccccccc01 ");
    assert_string_equal(ids(&g, cur, ncur), "bbbbbbbbbbb1");
    assert_int_equal(sc_graph_downgrade_set(&g, cur, ncur, "-2", set, &d), -1);
    assert_int_equal(sc_graph_downgrade_set(&g, cur, ncur, "head", set, &d), -1);
    assert_int_equal(sc_graph_upgrade_goal(&g, cur, ncur, "-1", set, &d), -1);
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_offline(void **state)
{
    (void)state;
    sc_graph g;
    chain(&g);
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    sc_vtable vt = {NULL, "schemac_version"};
    sc_offline_opts o = {&vt, SC_DIALECT_POSTGRESQL, true};
    sc_strbuf b = SC_STRBUF_INIT;
    assert_int_equal(sc_offline_script(&b, &g, "aaaaaaaaaaa2:head", false, &o, &d), 0);
    /* the applied file's checksum is recorded with the version (sums.h) */
    char sum3[SC_SHA256_HEX], want[2048];
    sc_rev_checksum(&g.revs[sc_graph_find(&g, "aaaaaaaaaaa3")], sum3);
    snprintf(want, sizeof want,
             "-- schemac upgrade aaaaaaaaaaa2:head (postgresql), generated offline: run it with the "
             "database at aaaaaaaaaaa2\n\n"
             "CREATE TABLE IF NOT EXISTS schemac_version_checksums (\n"
             "    version_num VARCHAR(32) NOT NULL,\n"
             "    checksum VARCHAR(64) NOT NULL,\n"
             "    CONSTRAINT schemac_version_checksums_pkc PRIMARY KEY (version_num)\n"
             ");\n\n"
             "-- Running upgrade aaaaaaaaaaa2 -> aaaaaaaaaaa3, msg aaaaaaaaaaa3\n"
             "-- aaaaaaaaaaa3.sql\n\n"
             "BEGIN;\n\n"
             "CREATE TABLE t3 (a int);\n\n"
             "UPDATE schemac_version SET version_num = 'aaaaaaaaaaa3' WHERE version_num = 'aaaaaaaaaaa2';\n"
             "DELETE FROM schemac_version_checksums WHERE version_num = 'aaaaaaaaaaa3';\n"
             "INSERT INTO schemac_version_checksums (version_num, checksum) VALUES ('aaaaaaaaaaa3', '%s');\n\n"
             "COMMIT;\n",
             sum3);
    assert_string_equal(sc_sb_cstr(&b), want);
    b.len = 0;
    /* downgrade to base: in reverse, ending with the version table dropped */
    assert_int_equal(sc_offline_script(&b, &g, "head:base", true, &o, &d), 0);
    const char *s = sc_sb_cstr(&b);
    const char *p3 = strstr(s, "DROP TABLE t3;"), *p2 = strstr(s, "DROP TABLE t2;"), *p1 = strstr(s, "DROP TABLE t1;");
    assert_true(p3 && p2 && p1 && p3 < p2 && p2 < p1);
    assert_non_null(strstr(s, "DELETE FROM schemac_version WHERE version_num = 'aaaaaaaaaaa1';\n"));
    assert_non_null(strstr(s, "DELETE FROM schemac_version_checksums WHERE version_num = 'aaaaaaaaaaa1';\n"));
    assert_non_null(strstr(s, "DROP TABLE schemac_version;\nDROP TABLE IF EXISTS schemac_version_checksums;\n"));
    /* transaction_per_migration = false: one transaction around everything */
    b.len = 0;
    o.transaction_per_migration = false;
    assert_int_equal(sc_offline_script(&b, &g, "aaaaaaaaaaa1:head", false, &o, &d), 0);
    s = sc_sb_cstr(&b);
    assert_non_null(strstr(s, "BEGIN;\n\nCREATE TABLE IF NOT EXISTS schemac_version_checksums"));
    assert_non_null(strstr(s, ");\n\n-- Running upgrade aaaaaaaaaaa1 -> aaaaaaaaaaa2"));
    assert_null(strstr(strstr(s, "BEGIN;") + 1, "BEGIN;"));
    assert_non_null(strstr(s, "WHERE version_num = 'aaaaaaaaaaa2';\nDELETE FROM schemac_version_checksums"));
    assert_null(strstr(s, "COMMIT;\n\n-- Running"));
    o.transaction_per_migration = true;
    /* downgrade needs a range */
    assert_int_equal(sc_offline_script(&b, &g, "-1", true, &o, &d), -1);
    sc_sb_free(&b);
    sc_graph_free(&g);
    sc_diags_free(&d);
}

static void test_offline_no_transaction(void **state)
{
    (void)state;
    sc_graph g;
    sc_graph_init(&g);
    add(&g, "aaaaaaaaaaa1", "", "",
        "ALTER TYPE mood ADD VALUE 'x';\n-- schemac:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nSELECT 1;",
        "");
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    sc_vtable vt = {"meta", "Version"};
    sc_offline_opts o = {&vt, SC_DIALECT_POSTGRESQL, true};
    sc_strbuf b = SC_STRBUF_INIT;
    assert_int_equal(sc_offline_script(&b, &g, "head", false, &o, &d), 0);
    const char *s = sc_sb_cstr(&b);
    assert_non_null(strstr(s, "CREATE TABLE IF NOT EXISTS meta.\"Version\" (\n"));
    assert_non_null(strstr(s, "CONSTRAINT \"Version_pkc\" PRIMARY KEY (version_num)"));
    assert_non_null(strstr(s, "BEGIN;\n\nALTER TYPE mood ADD VALUE 'x';\n-- schemac:no-transaction\nCOMMIT;\n\n"
                              "CREATE INDEX CONCURRENTLY i ON t (a);\n\nBEGIN;\n\nSELECT 1;\n\n"
                              "INSERT INTO meta.\"Version\" (version_num) VALUES ('aaaaaaaaaaa1');\n"
                              "DELETE FROM meta.\"Version_checksums\" WHERE version_num = 'aaaaaaaaaaa1';\n"
                              "INSERT INTO meta.\"Version_checksums\" (version_num, checksum) VALUES ('aaaaaaaaaaa1', '"));
    assert_non_null(strstr(s, "CREATE TABLE IF NOT EXISTS meta.\"Version_checksums\" (\n"));
    sc_sb_free(&b);
    sc_graph_free(&g);
    sc_diags_free(&d);
}

/* history -r START:END: the selection as a string of ids in graph order. */
static const char *range(const sc_graph *g, const char *r, const int *cur, size_t ncur, int *rc)
{
    static char buf[512];
    bool set[16] = {false};
    sc_diags d;
    sc_diags_init(&d);
    *rc = sc_graph_range(g, r, cur, ncur, set, &d);
    buf[0] = '\0';
    if (*rc != 0) {
        assert_true(d.n > 0);
        assert_int_equal(d.first_kind, SC_ERR_USAGE);
        snprintf(buf, sizeof buf, "%s", d.items[0].msg);
    } else {
        for (size_t k = 0; k < g->n; k++)
            if (set[g->order[k]]) {
                if (buf[0])
                    strcat(buf, " ");
                strcat(buf, g->revs[g->order[k]].id + 10);   /* the last two digits */
            }
    }
    sc_diags_free(&d);
    return buf;
}

static void test_history_range(void **state)
{
    (void)state;
    sc_graph g;
    sc_diags d;
    sc_diags_init(&d);
    /* 01 <- 02 <- {03, 04} <- 05 (merge) <- 06 */
    sc_graph_init(&g);
    add(&g, "100000000001", "", "2026-01-01", "", "");
    add(&g, "100000000002", "100000000001", "2026-01-02", "", "");
    add(&g, "100000000003", "100000000002", "2026-01-03", "", "");
    add(&g, "100000000004", "100000000002", "2026-01-04", "", "");
    add(&g, "100000000005", "100000000003, 100000000004", "2026-01-05", "", "");
    add(&g, "100000000006", "100000000005", "2026-01-06", "", "");
    assert_int_equal(sc_graph_build(&g, &d), 0);
    int rc;
    assert_string_equal(range(&g, ":", NULL, 0, &rc), "01 02 03 04 05 06");
    assert_string_equal(range(&g, "base:heads", NULL, 0, &rc), "01 02 03 04 05 06");
    assert_string_equal(range(&g, "1000000000021:", NULL, 0, &rc), "no revision matches \"1000000000021\"");
    assert_string_equal(range(&g, "100000000002:100000000005", NULL, 0, &rc), "02 03 04 05");
    assert_string_equal(range(&g, "10000000000:", NULL, 0, &rc) , "revision prefix \"10000000000\" is ambiguous: 100000000001 (msg 100000000001), 100000000002 (msg 100000000002), 100000000003 (msg 100000000003), 100000000004 (msg 100000000004), 100000000005 (msg 100000000005), 100000000006 (msg 100000000006)");
    assert_int_equal(rc, -1);
    assert_string_equal(range(&g, "100000000003:", NULL, 0, &rc), "03 05 06");
    assert_string_equal(range(&g, ":100000000004", NULL, 0, &rc), "01 02 04");
    assert_string_equal(range(&g, "100000000004:head", NULL, 0, &rc), "04 05 06");
    assert_string_equal(range(&g, "-1:", NULL, 0, &rc), "05 06");
    assert_string_equal(range(&g, "-2:", NULL, 0, &rc),
                        "\"-2\": revision 100000000005 is a merge point, so the walk down is ambiguous");
    assert_string_equal(range(&g, "100000000004:+1", NULL, 0, &rc), "04 05");
    assert_string_equal(range(&g, ":+2", NULL, 0, &rc), "01 02");
    assert_string_equal(range(&g, "100000000002:+1", NULL, 0, &rc),
                        "\"+1\": revision 100000000002 is a branch point, so the walk up is ambiguous");
    assert_string_equal(range(&g, "100000000005:+9", NULL, 0, &rc), "05 06");
    assert_string_equal(range(&g, ":base", NULL, 0, &rc), "");
    assert_int_equal(rc, 0);
    int cur[2] = {2, 3};   /* indices of 03 and 04 (added in that order) */
    assert_string_equal(range(&g, "current:", cur, 2, &rc), "03 04 05 06");
    assert_string_equal(range(&g, ":current", cur, 2, &rc), "01 02 03 04");
    assert_string_equal(range(&g, "100000000003", NULL, 0, &rc),
                        "history range \"100000000003\" needs the form [start]:[end]");
    assert_string_equal(range(&g, "+1:", NULL, 0, &rc),
                        "history range \"+1:\": a relative start is -N, a relative end +N");
    assert_string_equal(range(&g, "-1:+1", NULL, 0, &rc),
                        "history range \"-1:+1\": only one end may be relative");
    sc_graph_free(&g);

    /* a chain: -N steps down from the head; further than the root is everything */
    chain(&g);
    assert_int_equal(sc_graph_build(&g, &d), 0);
    assert_string_equal(range(&g, "-1:", NULL, 0, &rc), "a2 a3");
    assert_string_equal(range(&g, "-2:", NULL, 0, &rc), "a1 a2 a3");
    assert_string_equal(range(&g, "-7:", NULL, 0, &rc), "a1 a2 a3");
    sc_graph_free(&g);
    sc_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chain_order_and_heads), cmocka_unit_test(test_lookup),
        cmocka_unit_test(test_missing_parent),        cmocka_unit_test(test_cycle),
        cmocka_unit_test(test_duplicate),             cmocka_unit_test(test_branches_and_steps),
        cmocka_unit_test(test_merge_and_relative),    cmocka_unit_test(test_offline),
        cmocka_unit_test(test_offline_no_transaction),
        cmocka_unit_test(test_history_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
