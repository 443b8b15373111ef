/* cmd_history.c - reading the revision graph: history, heads, branches.
 * The output follows Alembic's:
 *   1a2b3c4d5e6f -> 3f2a9c1b7d4e (head), add users table
 *   <base> -> 1a2b3c4d5e6f, initial schema */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/workflow.h"

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

static void verbose_entry(const sc_graph *g, int i, const bool *current)
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
    printf("Path: %s\n\n    %s\n\n    Revision ID: %s\n    Revises: ", r->src->path, r->message, r->id);
    for (size_t k = 0; k < r->nparents; k++)
        printf("%s%s", k ? ", " : "", r->parents[k]);
    printf("\n    Create Date: %s\n\n", r->create_date);
}

int wf_history(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    bool *current = NULL;
    if (c->indicate_current) {
        sc_db *db;
        sc_rconn conn;
        if (wf_open(c, 0, &db, &conn) != 0) {
            if (db)
                sc_db_close(db);
            return -1;
        }
        int *heads;
        size_t n;
        int rc = sc_current_heads(&conn, &c->g, &c->vt, &heads, &n, &c->d);
        sc_db_close(db);
        if (rc != 0) {
            free(heads);
            return -1;
        }
        current = calloc(c->g.n + 1, sizeof *current);
        if (!current)
            abort();
        for (size_t i = 0; i < n; i++)
            current[heads[i]] = true;   /* Alembic marks the recorded heads only */
        free(heads);
    }
    for (size_t k = c->g.n; k-- > 0;) {
        if (c->verbose)
            verbose_entry(&c->g, c->g.order[k], current);
        else
            line(&c->g, c->g.order[k], current);
    }
    free(current);
    return SC_EXIT_OK;
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
            verbose_entry(&c->g, heads[i], NULL);
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
            verbose_entry(&c->g, c->g.order[k], NULL);
        else
            printf("%s (branchpoint), %s\n", r->id, r->message);
        for (size_t i = 0; i < r->nchildren; i++) {
            const sc_rev *ch = &c->g.revs[r->cidx[i]];
            printf("             -> %s%s, %s\n", ch->id, ch->nchildren ? "" : " (head)", ch->message);
        }
    }
    return SC_EXIT_OK;
}
