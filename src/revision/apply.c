/* apply.c - online upgrade, downgrade and stamp (see apply.h). */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/strbuf.h"
#include "revision/apply.h"
#include "db/sqlsplit.h"
#include "revision/sums.h"

static int run(sc_rconn *c, const char *sql, const char *what, sc_diags *d)
{
    char *msg = NULL;
    if (sc_rconn_exec(c, sql, &msg) == 0)
        return 0;
    sc_error(d, SC_ERR_DB, "%s: %s", what, msg);
    free(msg);
    return -1;
}

static void rollback(sc_rconn *c)
{
    char *msg = NULL;
    if (sc_rconn_exec(c, "ROLLBACK", &msg) != 0)
        free(msg);
}

static const char *begin_sql(const sc_rconn *c)
{
    /* IMMEDIATE takes SQLite's write lock now, before the version table is
     * read: a second process waits here instead of reading a stale state. */
    return c->pg ? "BEGIN" : "BEGIN IMMEDIATE";
}

/* The advisory lock key: FNV-1a of the version table's name, so that two
 * schema sets with their own version tables do not wait for each other. */
static long long lock_key(const sc_vtable *vt)
{
    uint64_t h = 1469598103934665603ULL;
    const char *parts[] = {"schemac:", vt->schema ? vt->schema : "", ".", vt->name};
    for (int i = 0; i < 4; i++)
        for (const unsigned char *p = (const unsigned char *)parts[i]; *p; p++)
            h = (h ^ *p) * 1099511628211ULL;
    return (long long)(h >> 1);
}

static int lock(sc_rconn *c, const sc_vtable *vt, bool take, sc_diags *d)
{
    if (!c->pg) {
        sqlite3_busy_timeout(c->lite, 60000);
        return 0;
    }
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT pg_advisory_%slock(%lld)", take ? "" : "un", lock_key(vt));
    return run(c, sql, take ? "cannot take the migration lock" : "cannot release the migration lock", d);
}

int sc_current_heads(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, int **heads, size_t *n,
                     sc_diags *d)
{
    char **ids;
    size_t nids;
    *n = 0;
    if (sc_version_read(c, vt, &ids, &nids, d) != 0) {
        *heads = calloc(g->n + 1, sizeof **heads);
        if (!*heads)
            abort();
        return -1;
    }
    /* room for the rows read and for every head a step can add */
    *heads = calloc((nids > g->n ? nids : g->n) + 1, sizeof **heads);
    if (!*heads)
        abort();
    int rc = sc_graph_resolve_heads(g, ids, nids, *heads, d);
    if (rc == 0)
        *n = nids;
    sc_rconn_rows_free(ids, nids);
    return rc;
}

/* Runs one section of a revision; statements located in its file. `before`
 * lists the revisions run earlier in the same transaction (one transaction
 * for the whole run): a failure rolls them back too, and says so. */
static int run_section(sc_rconn *c, const sc_rev *r, bool down, const char *before, sc_diags *d)
{
    size_t off = down ? r->down_off : r->up_off;
    size_t len = down ? r->down_len : r->up_len;
    sc_stmts st = {0};
    size_t eoff;
    const char *err;
    if (sc_sql_split(r->src->text + off, len, off, &st, &eoff, &err) != 0) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){r->src, (uint32_t)eoff, 1},
                    "revision %s: %s", r->id, err);
        sc_stmts_free(&st);
        return -1;
    }
    int rc = 0;
    /* Whether part of the revision is committed already: statements before a
     * no-transaction one, or a no-transaction statement that changed the
     * database (a PRAGMA only sets the connection up). */
    bool split_tx = false;
    size_t in_tx = 0;   /* statements run since the last BEGIN */
    for (size_t i = 0; i < st.n && rc == 0; i++) {
        char *sql = strndup(r->src->text + st.items[i].off, st.items[i].len);
        if (!sql)
            abort();
        char *msg = NULL;
        if (st.items[i].no_transaction) {
            /* outside the transaction: commit what came before, run it alone, go on */
            rc = run(c, "COMMIT", "commit", d);
            if (rc == 0 && in_tx)
                split_tx = true;
            in_tx = 0;
            if (rc == 0 && sc_rconn_exec(c, sql, &msg) != 0)
                rc = -2;
            else if (rc == 0 && strncasecmp(sql, "PRAGMA", 6) != 0)
                split_tx = true;
            if (rc == 0)
                rc = run(c, begin_sql(c), "begin", d);
        } else if (sc_rconn_exec(c, sql, &msg) != 0) {
            rc = -2;
        } else {
            in_tx++;
        }
        if (rc == -2) {
            size_t sl = strlen(sql);
            const char *nl = strchr(sql, '\n');
            sc_strbuf why = SC_STRBUF_INIT;
            if (split_tx)
                sc_sb_puts(&why, "partly applied: the statements up to the one marked "
                                 "no-transaction were committed; the version table was not updated");
            else if (before && before[0])
                sc_sb_printf(&why, "rolled back, and with it %s, run before it in the same transaction "
                                   "(transaction_per_migration = false)", before);
            else
                sc_sb_puts(&why, "rolled back");
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_MIGRATION,
                                      (sc_loc){r->src, (uint32_t)st.items[i].off,
                                               (uint32_t)(nl ? (size_t)(nl - sql) : sl)},
                                      "%s of revision %s failed (%s): %s",
                                      down ? "downgrade" : "upgrade", r->id, sc_sb_cstr(&why), msg);
            sc_sb_free(&why);
            sc_diag_hint(dg, "statement: %.300s%s", sql, sl > 300 ? " ..." : "");
            rc = -1;
        }
        free(msg);
        free(sql);
    }
    sc_stmts_free(&st);
    return rc;
}

static int version_step(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, const int *removed, size_t nr,
                        const int *added, size_t na, sc_diags *d)
{
    const char **rem = calloc(nr + 1, sizeof *rem), **add = calloc(na + 1, sizeof *add);
    if (!rem || !add)
        abort();
    for (size_t i = 0; i < nr; i++)
        rem[i] = g->revs[removed[i]].id;
    for (size_t i = 0; i < na; i++)
        add[i] = g->revs[added[i]].id;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_version_step_sql(&b, vt, rem, nr, add, na);
    int rc = run(c, sc_sb_cstr(&b), "cannot update the version table", d);
    sc_sb_free(&b);
    free(rem);
    free(add);
    return rc;
}

static int sums_ensure(sc_rconn *c, const sc_vtable *vt, sc_diags *d)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sums_create_sql(&b, vt);
    int rc = run(c, sc_sb_cstr(&b), "cannot create the checksums table", d);
    sc_sb_free(&b);
    return rc;
}

static int sums_step(sc_rconn *c, const sc_vtable *vt, const sc_rev *r, bool down, sc_diags *d)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sums_step_sql(&b, vt, r, down);
    int rc = run(c, sc_sb_cstr(&b), "cannot record the revision's checksum", d);
    sc_sb_free(&b);
    return rc;
}

int sc_apply(sc_rconn *c, const sc_graph *g, const char *target, bool down,
             const sc_apply_opts *o, size_t *count, sc_diags *d)
{
    *count = 0;
    if (lock(c, o->vt, true, d) != 0)
        return -1;
    int rc = 0;
    bool *set = NULL;
    int *heads = NULL, *removed = calloc(g->n + 1, sizeof(int)), *added = calloc(g->n + 1, sizeof(int));
    if (!removed || !added)
        abort();
    bool in_tx = false, one_tx = !o->transaction_per_migration;
    sc_strbuf before = SC_STRBUF_INIT;   /* revisions run in the open transaction */
    for (;;) {
        if (!in_tx) {
            if ((rc = run(c, begin_sql(c), "cannot begin a transaction", d)) != 0)
                break;
            in_tx = true;
            /* created on the first upgrade, inside the lock */
            if (!down && (rc = sc_version_ensure(c, o->vt, d)) != 0)
                break;
            /* the checksums' table: a database stamped before it gets it now */
            if ((rc = sums_ensure(c, o->vt, d)) != 0)
                break;
        }
        /* read again inside the lock: another run may have moved the heads */
        size_t nheads;
        free(heads);
        if ((rc = sc_current_heads(c, g, o->vt, &heads, &nheads, d)) != 0)
            break;
        if (!set) {
            set = calloc(g->n + 1, sizeof *set);
            if (!set)
                abort();
            rc = down ? sc_graph_downgrade_set(g, heads, nheads, target, set, d)
                      : sc_graph_upgrade_goal(g, heads, nheads, target, set, d);
            if (rc != 0)
                break;
        }
        int r = sc_graph_next(g, heads, nheads, set, down);
        if (r < 0)
            break;
        if (o->progress)
            o->progress(o->ud, g, r, down);
        size_t nr, na;
        sc_graph_step(g, heads, &nheads, r, down, removed, &nr, added, &na);
        if ((rc = run_section(c, &g->revs[r], down, sc_sb_cstr(&before), d)) != 0)
            break;
        if (one_tx)
            sc_sb_printf(&before, "%s%s", before.len ? ", " : "", g->revs[r].id);
        if ((rc = version_step(c, g, o->vt, removed, nr, added, na, d)) != 0)
            break;
        if ((rc = sums_step(c, o->vt, &g->revs[r], down, d)) != 0)
            break;
        (*count)++;
        if (!one_tx) {
            if ((rc = run(c, "COMMIT", "cannot commit", d)) != 0)
                break;
            in_tx = false;
        }
    }
    if (in_tx) {
        if (rc != 0)
            rollback(c);
        else if (run(c, "COMMIT", "cannot commit", d) != 0)
            rc = -1;
    }
    if (rc != 0 && one_tx)
        *count = 0;
    sc_sb_free(&before);
    free(set);
    free(heads);
    free(removed);
    free(added);
    sc_diags scratch;
    sc_diags_init(&scratch);
    lock(c, o->vt, false, rc != 0 ? &scratch : d);
    sc_diags_free(&scratch);
    return rc;
}

int sc_stamp(sc_rconn *c, const sc_graph *g, const char *target, const sc_apply_opts *o, sc_diags *d)
{
    int *want = calloc(g->n + 1, sizeof *want);
    if (!want)
        abort();
    size_t nwant = 0;
    int rc = 0;
    if (!strcmp(target, "heads")) {
        nwant = sc_graph_heads(g, want);
    } else if (!strcmp(target, "head")) {
        nwant = sc_graph_heads(g, want);
        if (nwant == 0) {   /* not ambiguous: there is nothing to name */
            sc_error(d, SC_ERR_USAGE, "there are no revisions yet (`schemac revision -m MSG` or `schemac diff -m MSG`)");
            rc = -1;
        } else if (nwant != 1) {
            sc_error(d, SC_ERR_USAGE, "there are %zu heads: \"head\" is ambiguous (name one, or \"heads\")", nwant);
            rc = -1;
        }
    } else if (strcmp(target, "base") != 0) {
        int r = sc_graph_lookup(g, target, d);
        if (r < 0)
            rc = -1;
        else
            want[nwant++] = r;
    }
    if (rc == 0 && (rc = lock(c, o->vt, true, d)) == 0) {
        rc = run(c, begin_sql(c), "cannot begin a transaction", d);
        if (rc == 0)
            rc = sc_version_ensure(c, o->vt, d);
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_puts(&b, "DELETE FROM ");
        if (o->vt->schema) {
            sc_sb_ident(&b, o->vt->schema);
            sc_sb_putc(&b, '.');
        }
        sc_sb_ident(&b, o->vt->name);
        if (rc == 0)
            rc = run(c, sc_sb_cstr(&b), "cannot update the version table", d);
        sc_sb_free(&b);
        if (rc == 0 && nwant)
            rc = version_step(c, g, o->vt, NULL, 0, want, nwant, d);
        /* the files of what is now recorded as applied, as they are */
        if (rc == 0)
            rc = sums_ensure(c, o->vt, d);
        if (rc == 0) {
            sc_strbuf s = SC_STRBUF_INIT;
            sc_stamp_sums_sql(&s, g, o->vt, want, nwant);
            rc = run(c, sc_sb_cstr(&s), "cannot record the checksums", d);
            sc_sb_free(&s);
        }
        if (rc == 0)
            rc = run(c, "COMMIT", "cannot commit", d);
        else
            rollback(c);
        sc_diags scratch;
        sc_diags_init(&scratch);
        lock(c, o->vt, false, &scratch);
        sc_diags_free(&scratch);
    }
    free(want);
    return rc;
}
