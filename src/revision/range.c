/* range.c - `history -r START:END` ranges, as Alembic's `history -r`.
 *
 * The selection is every revision that is START or a descendant of it and
 * END or an ancestor of it. START: empty or base (everything), heads/head,
 * a revision prefix, current (the database's heads), or -N: N steps down
 * from the head(s). END: empty or heads (everything), head, a revision
 * prefix, current, base (nothing), or +N: N steps up from START. */
#include <stdlib.h>
#include <string.h>

#include "model/strbuf.h"
#include "revision/graph.h"

static long relative(const char *t, char sign)
{
    if (t[0] != sign || !t[1])
        return 0;
    char *end;
    long n = strtol(t + 1, &end, 10);
    return *end || n <= 0 ? 0 : n;
}

static int *ints(size_t n)
{
    int *v = calloc(n + 1, sizeof *v);
    if (!v)
        abort();
    return v;
}

/* Walks n steps down (parents) from r; -1 when it goes below the first
 * revision (base); -2 with an error at a merge point (ambiguous walk). */
static int walk_down(const sc_graph *g, int r, long n, const char *what, sc_diags *d)
{
    for (long k = 0; k < n; k++) {
        const sc_rev *v = &g->revs[r];
        if (v->nparents == 0)
            return -1;
        if (v->nparents > 1) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                      "\"%s\": revision %s is a merge point, so the walk down is ambiguous",
                                      what, v->id);
            sc_diag_hint(dg, "name a revision instead of a relative step");
            return -2;
        }
        r = v->pidx[0];
    }
    return r;
}

/* n steps up (children) from r; stops at a head; -2 with an error at a
 * branch point. */
static int walk_up(const sc_graph *g, int r, long n, const char *what, sc_diags *d)
{
    for (long k = 0; k < n; k++) {
        const sc_rev *v = &g->revs[r];
        if (v->nchildren == 0)
            break;
        if (v->nchildren > 1) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                      "\"%s\": revision %s is a branch point, so the walk up is ambiguous",
                                      what, v->id);
            sc_diag_hint(dg, "name a revision instead of a relative step");
            return -2;
        }
        r = v->cidx[0];
    }
    return r;
}

/* One end of the range (not relative) -> revisions; *all set when it means
 * "no bound". Returns the count, or -1 with an error. */
static long bound(const sc_graph *g, const char *t, const int *current, size_t ncurrent,
                  bool is_start, int *out, bool *all, sc_diags *d)
{
    *all = false;
    if (!t[0] || (is_start && !strcmp(t, "base")) || (!is_start && !strcmp(t, "heads"))) {
        *all = true;
        return 0;
    }
    if (!strcmp(t, "base"))
        return 0;   /* END base: nothing is an ancestor of base */
    if (!strcmp(t, "heads") || !strcmp(t, "head")) {
        size_t nh = sc_graph_heads(g, out);
        if (!strcmp(t, "head") && nh > 1) {
            sc_error(d, SC_ERR_USAGE, "there are %zu heads: \"head\" is ambiguous (use heads or a revision)", nh);
            return -1;
        }
        return (long)nh;
    }
    if (!strcmp(t, "current")) {
        memcpy(out, current, ncurrent * sizeof *out);
        return (long)ncurrent;
    }
    int r = sc_graph_lookup(g, t, d);
    if (r < 0)
        return -1;
    out[0] = r;
    return 1;
}

int sc_graph_range(const sc_graph *g, const char *range, const int *current, size_t ncurrent,
                   bool *set, sc_diags *d)
{
    const char *colon = strchr(range, ':');
    if (!colon || strchr(colon + 1, ':')) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                  "history range \"%s\" needs the form [start]:[end]", range);
        sc_diag_hint(dg, "e.g. 1a2b:3f2a, 1a2b: (to the heads), :3f2a (from base), -3: (the last revisions)");
        return -1;
    }
    char *start = strndup(range, (size_t)(colon - range));
    const char *end = colon + 1;
    if (!start)
        abort();
    int *s = ints(g->n), *e = ints(g->n + ncurrent);
    long ns = 0, ne = 0;
    bool s_all = false, e_all = false;
    int rc = -1;
    long down = relative(start, '-'), up = relative(end, '+');
    if (start[0] == '+' || end[0] == '-') {
        sc_error(d, SC_ERR_USAGE, "history range \"%s\": a relative start is -N, a relative end +N", range);
        goto out;
    }
    if (up && down) {
        sc_error(d, SC_ERR_USAGE, "history range \"%s\": only one end may be relative", range);
        goto out;
    }
    if (!up && (ne = bound(g, end, current, ncurrent, false, e, &e_all, d)) < 0)
        goto out;
    if (down) {
        /* -N counts down from the heads, as Alembic's does */
        int *h = ints(g->n);
        size_t nh = sc_graph_heads(g, h);
        for (size_t i = 0; i < nh; i++) {
            int r = walk_down(g, h[i], down, start, d);
            if (r == -2) {
                free(h);
                goto out;
            }
            if (r == -1) {   /* below the first revision: from base */
                s_all = true;
                break;
            }
            s[ns++] = r;
        }
        free(h);
    } else if ((ns = bound(g, start, current, ncurrent, true, s, &s_all, d)) < 0) {
        goto out;
    }
    if (up) {
        if (s_all) {   /* +N from base: from the first revision (a single root) */
            int roots = 0, root = -1;
            for (size_t i = 0; i < g->n; i++)
                if (!g->revs[i].nparents) {
                    roots++;
                    root = (int)i;
                }
            if (roots != 1) {
                sc_error(d, SC_ERR_USAGE, "history range \"%s\": +N needs one start revision (there are %d roots)",
                         range, roots);
                goto out;
            }
            s_all = false;
            ns = 1;
            s[0] = root;
            up--;   /* the root itself is the first step */
        }
        if (ns != 1) {
            sc_error(d, SC_ERR_USAGE, "history range \"%s\": +N needs one start revision", range);
            goto out;
        }
        int r = walk_up(g, s[0], up, end, d);
        if (r < 0)
            goto out;
        e[0] = r;
        ne = 1;
    }
    bool *anc = calloc(g->n + 1, sizeof *anc), *desc = calloc(g->n + 1, sizeof *desc);
    if (!anc || !desc)
        abort();
    if (e_all)
        for (size_t i = 0; i < g->n; i++)
            anc[i] = true;
    else
        sc_graph_ancestors(g, e, (size_t)ne, anc);
    if (s_all) {
        for (size_t i = 0; i < g->n; i++)
            desc[i] = true;
    } else {
        for (long i = 0; i < ns; i++)
            desc[s[i]] = true;
        for (size_t k = 0; k < g->n; k++) {   /* parents come first in order */
            int i = g->order[k];
            for (size_t p = 0; p < g->revs[i].nparents && !desc[i]; p++)
                desc[i] = desc[g->revs[i].pidx[p]];
        }
    }
    for (size_t i = 0; i < g->n; i++)
        set[i] = anc[i] && desc[i];
    free(anc);
    free(desc);
    rc = 0;
out:
    free(start);
    free(s);
    free(e);
    return rc;
}
