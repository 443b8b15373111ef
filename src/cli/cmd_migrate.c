/* cmd_migrate.c - commands that move or read a database's revision:
 * upgrade, downgrade (online, or offline with --sql), stamp, current. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/workflow.h"
#include "model/strbuf.h"
#include "revision/offline.h"
#include "revision/sums.h"

static void progress(void *ud, const sc_graph *g, int rev, bool down)
{
    (void)ud;
    const sc_rev *r = &g->revs[rev];
    printf("Running %s ", down ? "downgrade" : "upgrade");
    if (down)
        printf("%s -> ", r->id);
    for (size_t k = 0; k < r->nparents; k++)
        printf("%s%s", k ? ", " : "", r->parents[k]);
    if (!r->nparents)
        printf("<base>");
    if (!down)
        printf(" -> %s", r->id);
    printf(", %s\n", r->message);
    fflush(stdout);
}

int wf_upgrade(wf_ctx *c, bool down)
{
    if (wf_load_graph(c) != 0)
        return -1;
    const char *target = c->args[0];
    if (c->sql) {
        sc_offline_opts o = {&c->vt, SC_DIALECT_POSTGRESQL, c->cfg.transaction_per_migration};
        if (wf_dialect(c, &o.dialect) != 0)
            return -1;
        if (o.dialect == SC_DIALECT_SQLITE && c->vt.schema) {
            sc_error(&c->d, SC_ERR_UNSUPPORTED, "version_table_schema is not supported on SQLite");
            return -1;
        }
        sc_strbuf b = SC_STRBUF_INIT;
        int rc = sc_offline_script(&b, &c->g, target, down, &o, &c->d);
        if (rc == 0)
            rc = cli_write_output(NULL, sc_sb_cstr(&b), &c->d);
        sc_sb_free(&b);
        return rc;
    }
    if (strchr(target, ':')) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                  "a range FROM:TO is for offline mode only");
        sc_diag_hint(dg, "add --sql to print the script of that range");
        return -1;
    }
    sc_db *db;
    sc_rconn conn;
    if (wf_open(c, down ? 0 : SC_DB_CREATE, &db, &conn) != 0) {
        if (db)
            sc_db_close(db);
        return -1;
    }
    if (!down && wf_verify_sums(c, &conn) != 0) {
        sc_db_close(db);
        return -1;
    }
    sc_apply_opts o = {&c->vt, c->cfg.transaction_per_migration, progress, NULL};
    size_t n;
    int rc = sc_apply(&conn, &c->g, target, down, &o, &n, &c->d);
    sc_db_close(db);
    if (rc == 0 && n == 0)
        printf("Nothing to do: the database is at %s already.\n", down ? "that revision" : "the target");
    return rc;
}

int wf_stamp(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    const char *target = c->args[0];
    if (c->sql) {
        /* the same changes as online, as a script */
        sc_dialect dl;
        if (wf_dialect(c, &dl) != 0)
            return -1;
        int *want = calloc(c->g.n + 1, sizeof *want);
        if (!want)
            abort();
        size_t nw = 0;
        int rc = 0;
        if (!strcmp(target, "heads") || !strcmp(target, "head")) {
            nw = sc_graph_heads(&c->g, want);
            if (!strcmp(target, "head") && nw != 1) {
                sc_error(&c->d, SC_ERR_USAGE, "there are %zu heads: \"head\" is ambiguous", nw);
                rc = -1;
            }
        } else if (strcmp(target, "base") != 0) {
            int r = sc_graph_lookup(&c->g, target, &c->d);
            if (r < 0)
                rc = -1;
            else
                want[nw++] = r;
        }
        if (rc == 0) {
            sc_strbuf b = SC_STRBUF_INIT;
            const char **ids = calloc(nw + 1, sizeof *ids);
            if (!ids)
                abort();
            for (size_t i = 0; i < nw; i++)
                ids[i] = c->g.revs[want[i]].id;
            sc_sb_printf(&b, "-- schemac stamp %s (%s), generated offline\n\nBEGIN;\n\n", target,
                         sc_dialect_name(dl));
            sc_version_create_sql(&b, &c->vt);
            sc_sb_puts(&b, "\nDELETE FROM ");
            if (c->vt.schema) {
                sc_sb_ident(&b, c->vt.schema);
                sc_sb_putc(&b, '.');
            }
            sc_sb_ident(&b, c->vt.name);
            sc_sb_puts(&b, ";\n");
            sc_version_step_sql(&b, &c->vt, NULL, 0, ids, nw);
            sc_sb_putc(&b, '\n');
            sc_sums_create_sql(&b, &c->vt);
            sc_stamp_sums_sql(&b, &c->g, &c->vt, want, nw);
            sc_sb_puts(&b, "\nCOMMIT;\n");
            rc = cli_write_output(NULL, sc_sb_cstr(&b), &c->d);
            sc_sb_free(&b);
            free(ids);
        }
        free(want);
        return rc;
    }
    sc_db *db;
    sc_rconn conn;
    if (wf_open(c, SC_DB_CREATE, &db, &conn) != 0) {
        if (db)
            sc_db_close(db);
        return -1;
    }
    sc_apply_opts o = {&c->vt, true, NULL, NULL};
    int rc = sc_stamp(&conn, &c->g, target, &o, &c->d);
    sc_db_close(db);
    if (rc == 0)
        printf("Stamped %s\n", target);
    return rc;
}

int wf_current(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    sc_db *db;
    sc_rconn conn;
    if (wf_open(c, SC_DB_READONLY, &db, &conn) != 0) {
        if (db)
            sc_db_close(db);
        return -1;
    }
    int *heads;
    size_t n;
    char **rec = NULL;
    int rc = sc_current_heads(&conn, &c->g, &c->vt, &heads, &n, &c->d);
    /* --verbose (and --strict): the applied files edited since */
    if (rc == 0 && (c->verbose || c->strict) &&
        (sc_sums_read(&conn, &c->g, &c->vt, &rec, &c->d) != 0 || wf_verify_sums(c, &conn) != 0))
        rc = -1;
    if (rc == 0 && c->verbose)
        printf("Current revision(s) for %s:\n", sc_db_masked_url(db));
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const sc_rev *r = &c->g.revs[heads[i]];
        if (!c->verbose) {
            printf("%s%s\n", r->id, r->nchildren ? "" : " (head)");
            continue;
        }
        char sum[SC_SHA256_HEX];
        sc_rev_checksum(r, sum);
        const char *rs = rec[heads[i]];
        printf("Rev: %s%s\nPath: %s\nChecksum: %s (%s)\n\n    %s\n\n    Create Date: %s\n\n", r->id,
               r->nchildren ? "" : " (head)", r->src->path, sum,
               !rs ? "not recorded" : !strcmp(rs, sum) ? "as applied" : "edited since it was applied",
               r->message, r->create_date);
    }
    sc_sums_free(&c->g, rec);
    sc_db_close(db);
    free(heads);
    return rc;
}
