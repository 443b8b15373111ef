/* cmd_history.c - reading the revision graph: history, heads, branches.
 * The output follows Alembic's:
 *   1a2b3c4d5e6f -> 3f2a9c1b7d4e (head), add users table
 *   <base> -> 1a2b3c4d5e6f, initial schema */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/workflow.h"
#include "revision/sums.h"

static void line(const sc_graph *g, int i, const bool *current)
{
    const sc_rev *r = &g->revs[i];
    if (!r->nparents)
        printf("<base>");
    for (size_t k = 0; k < r->nparents; k++)
        printf("%s%s", k ? ", " : "", r->parents[k]);
    printf(" -> %s", r->id);
    if (!r->nchildren)
        printf(" (head)");
    if (current && current[i])
        printf(" (current)");
    if (r->nchildren > 1)
        printf(" (branchpoint)");
    if (r->nparents > 1)
        printf(" (mergepoint)");
    printf(", %s\n", r->message);
}

/* sums: print the file's checksum (history --verbose; show keeps Alembic's
 * output); rec: the checksums recorded in the database (sums.h), NULL when
 * it was not read. */
static void verbose_entry(const sc_graph *g, int i, const bool *current, bool sums, char *const *rec)
{
    const sc_rev *r = &g->revs[i];
    printf("Rev: %s%s%s%s%s\n", r->id, r->nchildren ? "" : " (head)",
           current && current[i] ? " (current)" : "", r->nchildren > 1 ? " (branchpoint)" : "",
           r->nparents > 1 ? " (mergepoint)" : "");
    printf("%s: ", r->nparents > 1 ? "Merges" : "Parent");
    if (!r->nparents)
        printf("<base>");
    for (size_t k = 0; k < r->nparents; k++)
        printf("%s%s", k ? ", " : "", r->parents[k]);
    printf("\n");
    if (r->nchildren > 1) {
        printf("Branches into: ");
        for (size_t k = 0; k < r->nchildren; k++)
            printf("%s%s", k ? ", " : "", g->revs[r->cidx[k]].id);
        printf("\n");
    }
    printf("Path: %s\n", r->src->path);
    if (sums) {
        char sum[SC_SHA256_HEX];
        sc_rev_checksum(r, sum);
        printf("Checksum: %s", sum);
        if (rec && rec[i] && !strcmp(rec[i], sum))
            printf(" (as applied)");
        else if (rec && rec[i])
            printf(" (edited since it was applied: the database ran %s)", rec[i]);
        printf("\n");
    }
    printf("\n    %s\n\n    Revision ID: %s\n    Revises: ", r->message, r->id);
    for (size_t k = 0; k < r->nparents; k++)
        printf("%s%s", k ? ", " : "", r->parents[k]);
    printf("\n    Create Date: %s\n\n", r->create_date);
}

/* The heads recorded in the database (*heads: heap, indices into the graph). */
static int db_heads(wf_ctx *c, int **heads, size_t *n)
{
    sc_db *db;
    sc_rconn conn;
    *heads = NULL;
    *n = 0;
    if (wf_open(c, SC_DB_READONLY, &db, &conn) != 0) {
        if (db)
            sc_db_close(db);
        return -1;
    }
    int rc = sc_current_heads(&conn, &c->g, &c->vt, heads, n, &c->d);
    sc_db_close(db);
    return rc;
}

/* history --verbose: the checksums recorded in the database, when one is
 * configured; history reads files, so a database that cannot be read is a
 * warning, not a failure. NULL when there is none. */
static char **applied_sums(wf_ctx *c)
{
    if (!c->cfg.url || !c->cfg.url[0])
        return NULL;
    sc_diags scratch;
    sc_diags_init(&scratch);
    sc_diags keep = c->d;
    c->d = scratch;
    sc_db *db;
    sc_rconn conn;
    char **rec = NULL;
    if (wf_open(c, SC_DB_READONLY, &db, &conn) == 0 && sc_sums_read(&conn, &c->g, &c->vt, &rec, &c->d) != 0) {
        sc_sums_free(&c->g, rec);
        rec = NULL;
    }
    sc_db_close(db);
    scratch = c->d;
    c->d = keep;
    if (scratch.nerrors) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_WARNING, SC_ERR_NONE, (sc_loc){0},
                                  "applied checksums not compared: %s", scratch.items[0].msg);
        sc_diag_hint(dg, "history reads the versions folder; the database only adds whether a file "
                         "was edited since it was applied");
    }
    sc_diags_free(&scratch);
    return rec;
}

/* "current" as a word of a history range (START or END), as Alembic's. */
static bool range_uses_current(const char *r)
{
    const char *colon = strchr(r, ':');
    size_t n = colon ? (size_t)(colon - r) : strlen(r);
    return (n == 7 && !strncmp(r, "current", 7)) || (colon && !strcmp(colon + 1, "current"));
}

int wf_history(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    bool *current = NULL, *shown = NULL;
    char **rec = NULL;
    int *heads = NULL;
    size_t n = 0;
    int rc = -1;
    if (c->indicate_current || (c->rev_range && range_uses_current(c->rev_range))) {
        if (db_heads(c, &heads, &n) != 0)
            goto out;
        current = calloc(c->g.n + 1, sizeof *current);
        if (!current)
            abort();
        for (size_t i = 0; i < n; i++)
            current[heads[i]] = true;   /* Alembic marks the recorded heads only */
    }
    if (c->verbose)
        rec = applied_sums(c);
    if (c->rev_range) {
        shown = calloc(c->g.n + 1, sizeof *shown);
        if (!shown)
            abort();
        if (sc_graph_range(&c->g, c->rev_range, heads, n, shown, &c->d) != 0)
            goto out;
    }
    for (size_t k = c->g.n; k-- > 0;) {
        int i = c->g.order[k];
        if (shown && !shown[i])
            continue;
        if (c->verbose)
            verbose_entry(&c->g, i, c->indicate_current ? current : NULL, true, rec);
        else
            line(&c->g, i, c->indicate_current ? current : NULL);
    }
    rc = SC_EXIT_OK;
out:
    sc_sums_free(&c->g, rec);
    free(heads);
    free(current);
    free(shown);
    return rc;
}

/* `show REV`: the revision's header and path, as `alembic show` prints it
 * (the verbose history entry). REV: a prefix, head, heads, base (nothing),
 * current (the database's heads). */
int wf_show(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    const char *t = c->args[0];
    int *revs = calloc(c->g.n + 1, sizeof *revs);
    if (!revs)
        abort();
    size_t n = 0;
    int rc = -1;
    if (!strcmp(t, "heads") || !strcmp(t, "head")) {
        n = sc_graph_heads(&c->g, revs);
        if (!strcmp(t, "head") && n > 1) {
            sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                      "there are %zu heads: \"head\" is ambiguous", n);
            sc_diag_hint(dg, "`schemac show heads` shows all of them");
            goto out;
        }
        if (n == 0) {
            sc_error(&c->d, SC_ERR_USAGE, "there are no revisions yet");
            goto out;
        }
    } else if (!strcmp(t, "current")) {
        int *h;
        if (db_heads(c, &h, &n) != 0) {
            free(h);
            goto out;
        }
        memcpy(revs, h, n * sizeof *revs);
        free(h);
    } else if (strcmp(t, "base") != 0) {
        int r = sc_graph_lookup(&c->g, t, &c->d);
        if (r < 0)
            goto out;
        revs[n++] = r;
    }
    for (size_t i = 0; i < n; i++)
        verbose_entry(&c->g, revs[i], NULL, false, NULL);
    rc = SC_EXIT_OK;
out:
    free(revs);
    return rc;
}

int wf_heads(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    int *heads = calloc(c->g.n + 1, sizeof *heads);
    if (!heads)
        abort();
    size_t n = sc_graph_heads(&c->g, heads);
    for (size_t i = 0; i < n; i++) {
        if (c->verbose)
            verbose_entry(&c->g, heads[i], NULL, false, NULL);
        else
            printf("%s (head), %s\n", c->g.revs[heads[i]].id, c->g.revs[heads[i]].message);
    }
    free(heads);
    return SC_EXIT_OK;
}

int wf_branches(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    for (size_t k = 0; k < c->g.n; k++) {
        const sc_rev *r = &c->g.revs[c->g.order[k]];
        if (r->nchildren < 2)
            continue;
        if (c->verbose)
            verbose_entry(&c->g, c->g.order[k], NULL, false, NULL);
        else
            printf("%s (branchpoint), %s\n", r->id, r->message);
        for (size_t i = 0; i < r->nchildren; i++) {
            const sc_rev *ch = &c->g.revs[r->cidx[i]];
            printf("             -> %s%s, %s\n", ch->id, ch->nchildren ? "" : " (head)", ch->message);
        }
    }
    return SC_EXIT_OK;
}
