/* graph.c - the revision graph: links, order, lookups and steps. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/strbuf.h"
#include "revision/graph.h"

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n ? n : 1, sz);
    if (!p)
        abort();
    return p;
}

void sc_graph_init(sc_graph *g)
{
    memset(g, 0, sizeof *g);
    g->by_id = sc_strmap_new();
}

void sc_graph_free(sc_graph *g)
{
    for (size_t i = 0; i < g->n; i++)
        sc_rev_free(&g->revs[i]);
    free(g->revs);
    free(g->order);
    free(g->pos);
    sc_strmap_free(g->by_id);
    memset(g, 0, sizeof *g);
}

void sc_graph_add(sc_graph *g, sc_rev *r)
{
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 16;
        g->revs = realloc(g->revs, g->cap * sizeof *g->revs);
        if (!g->revs)
            abort();
    }
    g->revs[g->n++] = *r;
    memset(r, 0, sizeof *r);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int sc_graph_load(sc_graph *g, const char *dir, sc_diags *d)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        sc_error(d, SC_ERR_IO, "cannot read the versions folder %s: %m", dir);
        return -1;
    }
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dh))) {
        size_t l = strlen(de->d_name);
        if (de->d_name[0] == '.' || l < 5 || strcmp(de->d_name + l - 4, ".sql") != 0)
            continue;
        if (nn == cap) {
            cap = cap ? cap * 2 : 32;
            names = realloc(names, cap * sizeof *names);
            if (!names)
                abort();
        }
        size_t pl = strlen(dir) + l + 2;
        names[nn] = malloc(pl);
        if (!names[nn])
            abort();
        snprintf(names[nn++], pl, "%s/%s", dir, de->d_name);
    }
    closedir(dh);
    if (nn)
        qsort(names, nn, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < nn; i++) {
        sc_rev r;
        if (sc_rev_load(&r, names[i], d) != 0)
            rc = -1;
        sc_graph_add(g, &r);   /* kept even when broken: diagnostics point into it */
        free(names[i]);
    }
    free(names);
    if (rc != 0)
        return -1;
    return sc_graph_build(g, d);
}

int sc_graph_find(const sc_graph *g, const char *id)
{
    void *v = sc_strmap_get(g->by_id, id);
    return v ? (int)((intptr_t)v - 1) : -1;
}

static sc_loc file_loc(const sc_rev *r)
{
    return (sc_loc){r->src, 0, 0};
}

/* ---- ordering: Kahn's algorithm with a heap of ready revisions -------- */

static int before(const sc_graph *g, int a, int b)
{
    int c = strcmp(g->revs[a].create_date ? g->revs[a].create_date : "",
                   g->revs[b].create_date ? g->revs[b].create_date : "");
    if (c)
        return c < 0;
    return strcmp(g->revs[a].id, g->revs[b].id) < 0;
}

static void heap_push(const sc_graph *g, int *h, size_t *n, int v)
{
    size_t i = (*n)++;
    h[i] = v;
    while (i && before(g, h[i], h[(i - 1) / 2])) {
        int t = h[i];
        h[i] = h[(i - 1) / 2];
        h[(i - 1) / 2] = t;
        i = (i - 1) / 2;
    }
}

static int heap_pop(const sc_graph *g, int *h, size_t *n)
{
    int top = h[0];
    h[0] = h[--*n];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < *n && before(g, h[l], h[m]))
            m = l;
        if (r < *n && before(g, h[r], h[m]))
            m = r;
        if (m == i)
            break;
        int t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
    return top;
}

/* Names the files of one cycle among the revisions Kahn could not order. */
static void report_cycle(const sc_graph *g, const bool *left, sc_diags *d)
{
    int start = -1;
    for (size_t i = 0; i < g->n && start < 0; i++)
        if (left[i])
            start = (int)i;
    /* Walk parents that are also left until a revision repeats: that is a cycle. */
    int *seen_at = xcalloc(g->n, sizeof *seen_at);
    int *path = xcalloc(g->n + 1, sizeof *path);
    size_t len = 0;
    int cur = start;
    while (!seen_at[cur]) {
        seen_at[cur] = (int)len + 1;
        path[len++] = cur;
        const sc_rev *r = &g->revs[cur];
        int nxt = -1;
        for (size_t k = 0; k < r->nparents && nxt < 0; k++)
            if (r->pidx[k] >= 0 && left[r->pidx[k]])
                nxt = r->pidx[k];
        if (nxt < 0)
            break;
        cur = nxt;
    }
    sc_strbuf b = SC_STRBUF_INIT;
    size_t from = seen_at[cur] ? (size_t)(seen_at[cur] - 1) : 0;
    for (size_t i = from; i < len; i++)
        sc_sb_printf(&b, "%s (%s) revises ", g->revs[path[i]].id, g->revs[path[i]].src->path);
    sc_sb_printf(&b, "%s", g->revs[cur].id);
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, file_loc(&g->revs[path[from]]),
                              "the revisions form a cycle: %s", sc_sb_cstr(&b));
    sc_diag_hint(dg, "fix the \"-- Revises:\" lines so that every chain ends at a first revision");
    sc_sb_free(&b);
    free(seen_at);
    free(path);
}

int sc_graph_build(sc_graph *g, sc_diags *d)
{
    int rc = 0;
    g->built = false;
    sc_strmap_free(g->by_id);
    g->by_id = sc_strmap_new();
    for (size_t i = 0; i < g->n; i++) {
        sc_rev *r = &g->revs[i];
        int prev = sc_graph_find(g, r->id);
        if (prev >= 0) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, file_loc(r),
                                      "duplicate revision id %s: %s and %s", r->id,
                                      g->revs[prev].src->path, r->src->path);
            sc_diag_hint(dg, "every revision needs its own id; give one of them a new id "
                             "and update the \"Revises:\" lines that meant it");
            rc = -1;
            continue;
        }
        sc_strmap_put(g->by_id, r->id, (void *)(intptr_t)(i + 1));
    }
    for (size_t i = 0; i < g->n; i++) {
        sc_rev *r = &g->revs[i];
        free(r->cidx);
        r->cidx = NULL;
        r->nchildren = 0;
    }
    size_t *nch = xcalloc(g->n, sizeof *nch);
    for (size_t i = 0; i < g->n; i++) {
        sc_rev *r = &g->revs[i];
        free(r->pidx);
        r->pidx = xcalloc(r->nparents, sizeof *r->pidx);
        for (size_t k = 0; k < r->nparents; k++) {
            int p = sc_graph_find(g, r->parents[k]);
            r->pidx[k] = p;
            if (p < 0) {
                sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT,
                                          (sc_loc){r->src, (uint32_t)r->revises_off, (uint32_t)r->revises_len},
                                          "revision %s (%s) revises %s, which is not in the versions folder",
                                          r->id, r->src->path, r->parents[k]);
                sc_diag_hint(dg, "restore the missing revision file, or correct the \"Revises:\" line");
                rc = -1;
            } else if (p == (int)i) {
                sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, file_loc(r),
                            "revision %s (%s) revises itself", r->id, r->src->path);
                rc = -1;
                r->pidx[k] = -1;
            } else {
                nch[p]++;
            }
        }
    }
    for (size_t i = 0; i < g->n; i++)
        g->revs[i].cidx = xcalloc(nch[i], sizeof(int));
    for (size_t i = 0; i < g->n; i++) {
        sc_rev *r = &g->revs[i];
        for (size_t k = 0; k < r->nparents; k++)
            if (r->pidx[k] >= 0) {
                sc_rev *p = &g->revs[r->pidx[k]];
                p->cidx[p->nchildren++] = (int)i;
            }
    }
    free(nch);
    if (rc != 0)
        return -1;
    /* Kahn: a revision is ready when all its parents are placed. */
    free(g->order);
    free(g->pos);
    g->order = xcalloc(g->n, sizeof *g->order);
    g->pos = xcalloc(g->n, sizeof *g->pos);
    size_t *waiting = xcalloc(g->n, sizeof *waiting);
    int *heap = xcalloc(g->n, sizeof *heap);
    size_t hn = 0, placed = 0;
    for (size_t i = 0; i < g->n; i++) {
        waiting[i] = g->revs[i].nparents;
        if (!waiting[i])
            heap_push(g, heap, &hn, (int)i);
    }
    while (hn) {
        int v = heap_pop(g, heap, &hn);
        g->pos[v] = (int)placed;
        g->order[placed++] = v;
        for (size_t k = 0; k < g->revs[v].nchildren; k++) {
            int c = g->revs[v].cidx[k];   /* parents are distinct (revfile.c) */
            if (--waiting[c] == 0)
                heap_push(g, heap, &hn, c);
        }
    }
    free(heap);
    if (placed < g->n) {
        bool *left = xcalloc(g->n, sizeof *left);
        for (size_t i = 0; i < g->n; i++)
            left[i] = waiting[i] > 0;
        report_cycle(g, left, d);
        free(left);
        free(waiting);
        return -1;
    }
    free(waiting);
    g->built = true;
    return 0;
}

/* ---- lookups ----------------------------------------------------------- */

int sc_graph_lookup(const sc_graph *g, const char *prefix, sc_diags *d)
{
    size_t pl = strlen(prefix);
    int exact = pl == SC_REV_ID_LEN ? sc_graph_find(g, prefix) : -1;
    if (exact >= 0)
        return exact;
    int found = -1;
    size_t nfound = 0;
    for (size_t i = 0; i < g->n && pl; i++)
        if (!strncmp(g->revs[i].id, prefix, pl)) {
            found = (int)i;
            nfound++;
        }
    if (nfound == 1)
        return found;
    if (nfound == 0) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                  "no revision matches \"%s\"", prefix);
        sc_diag_hint(dg, "`schemac history` lists the revisions; targets are head, heads, base, "
                         "a revision id or prefix, +N (upgrade), -N (downgrade)");
        return -1;
    }
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t k = 0; k < g->n; k++) {
        int i = g->order ? g->order[k] : (int)k;
        if (!strncmp(g->revs[i].id, prefix, pl))
            sc_sb_printf(&b, "%s%s (%s)", b.len ? ", " : "", g->revs[i].id, g->revs[i].message);
    }
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                              "revision prefix \"%s\" is ambiguous: %s", prefix, sc_sb_cstr(&b));
    sc_diag_hint(dg, "give more digits of the revision id");
    sc_sb_free(&b);
    return -1;
}

size_t sc_graph_heads(const sc_graph *g, int *out)
{
    size_t n = 0;
    for (size_t k = 0; k < g->n; k++) {
        int i = g->order[k];
        if (!g->revs[i].nchildren)
            out[n++] = i;
    }
    return n;
}

void sc_graph_ancestors(const sc_graph *g, const int *revs, size_t n, bool *set)
{
    int *stack = xcalloc(g->n + n, sizeof *stack);
    size_t sp = 0;
    for (size_t i = 0; i < n; i++)
        if (!set[revs[i]]) {
            set[revs[i]] = true;
            stack[sp++] = revs[i];
        }
    while (sp) {
        const sc_rev *r = &g->revs[stack[--sp]];
        for (size_t k = 0; k < r->nparents; k++) {
            int p = r->pidx[k];
            if (p >= 0 && !set[p]) {
                set[p] = true;
                stack[sp++] = p;
            }
        }
    }
    free(stack);
}

int sc_graph_resolve_heads(const sc_graph *g, char *const *ids, size_t n, int *out, sc_diags *d)
{
    for (size_t i = 0; i < n; i++) {
        out[i] = sc_graph_find(g, ids[i]);
        if (out[i] < 0) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){0},
                                      "the database is at revision %s, which is not in the versions folder",
                                      ids[i]);
            sc_diag_hint(dg, "restore its revision file, or `schemac stamp` the database to a known revision");
            return -1;
        }
    }
    return 0;
}

/* "+N"/"-N" -> N (> 0), else 0. */
static long relative(const char *t, char sign)
{
    if (t[0] != sign || !t[1])
        return 0;
    char *end;
    long n = strtol(t + 1, &end, 10);
    return *end || n <= 0 ? 0 : n;
}

static int single_head(const sc_graph *g, int *tmp, sc_diags *d)
{
    size_t nh = sc_graph_heads(g, tmp);
    if (nh == 1)
        return tmp[0];
    if (nh == 0) {
        sc_error(d, SC_ERR_USAGE, "there are no revisions yet (`schemac revision -m MSG` or `schemac diff -m MSG`)");
        return -1;
    }
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < nh; i++)
        sc_sb_printf(&b, "%s%s", i ? ", " : "", g->revs[tmp[i]].id);
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                              "there are %zu heads (%s): \"head\" is ambiguous", nh, sc_sb_cstr(&b));
    sc_diag_hint(dg, "name a head, use \"heads\" for all of them, or join them with `schemac merge heads -m MSG`");
    sc_sb_free(&b);
    return -1;
}

int sc_graph_upgrade_goal(const sc_graph *g, const int *heads, size_t nheads,
                          const char *target, bool *goal, sc_diags *d)
{
    memset(goal, 0, g->n * sizeof *goal);
    sc_graph_ancestors(g, heads, nheads, goal);   /* what is applied stays applied */
    int *tmp = xcalloc(g->n, sizeof *tmp);
    int rc = 0;
    long plus = relative(target, '+');
    if (!strcmp(target, "base")) {
        /* nothing more */
    } else if (!strcmp(target, "heads")) {
        size_t nh = sc_graph_heads(g, tmp);
        sc_graph_ancestors(g, tmp, nh, goal);
    } else if (!strcmp(target, "head")) {
        int h = single_head(g, tmp, d);
        if (h < 0)
            rc = -1;
        else
            sc_graph_ancestors(g, &h, 1, goal);
    } else if (plus) {
        long got = 0;
        for (size_t k = 0; k < g->n && got < plus; k++)
            if (!goal[g->order[k]]) {
                goal[g->order[k]] = true;   /* its parents come earlier in order */
                got++;
            }
        if (got < plus) {
            sc_error(d, SC_ERR_USAGE, "\"%s\": only %ld revision%s left to apply", target, got,
                     got == 1 ? "" : "s");
            rc = -1;
        }
    } else if (target[0] == '-' || target[0] == '+') {
        sc_error(d, SC_ERR_USAGE, "\"%s\" is not an upgrade target (head, heads, a revision, +N)", target);
        rc = -1;
    } else {
        int r = sc_graph_lookup(g, target, d);
        if (r < 0)
            rc = -1;
        else
            sc_graph_ancestors(g, &r, 1, goal);
    }
    free(tmp);
    return rc;
}

int sc_graph_downgrade_set(const sc_graph *g, const int *heads, size_t nheads,
                           const char *target, bool *revert, sc_diags *d)
{
    bool *applied = xcalloc(g->n, sizeof *applied);
    sc_graph_ancestors(g, heads, nheads, applied);
    memset(revert, 0, g->n * sizeof *revert);
    int rc = 0;
    long minus = relative(target, '-');
    if (!strcmp(target, "base")) {
        memcpy(revert, applied, g->n * sizeof *revert);
    } else if (minus) {
        /* the last N applied revisions in order: each is a head when its turn comes */
        long got = 0;
        for (size_t k = g->n; k-- > 0 && got < minus;)
            if (applied[g->order[k]]) {
                revert[g->order[k]] = true;
                got++;
            }
        if (got < minus) {
            sc_error(d, SC_ERR_USAGE, "\"%s\": only %ld revision%s applied", target, got, got == 1 ? "" : "s");
            rc = -1;
        }
    } else if (target[0] == '-' || target[0] == '+' || !strcmp(target, "head") || !strcmp(target, "heads")) {
        sc_error(d, SC_ERR_USAGE, "\"%s\" is not a downgrade target (base, a revision, -N)", target);
        rc = -1;
    } else {
        int r = sc_graph_lookup(g, target, d);
        if (r < 0) {
            rc = -1;
        } else if (!applied[r]) {
            sc_error(d, SC_ERR_USAGE, "revision %s is not applied to the database: cannot downgrade to it",
                     g->revs[r].id);
            rc = -1;
        } else {
            /* everything applied that descends from r */
            for (size_t k = (size_t)g->pos[r] + 1; k < g->n; k++) {
                int i = g->order[k];
                if (!applied[i])
                    continue;
                const sc_rev *x = &g->revs[i];
                for (size_t p = 0; p < x->nparents; p++)
                    if (x->pidx[p] == r || revert[x->pidx[p]])
                        revert[i] = true;
            }
        }
    }
    free(applied);
    return rc;
}

int sc_graph_next(const sc_graph *g, const int *heads, size_t nheads, const bool *set, bool down)
{
    bool *applied = xcalloc(g->n, sizeof *applied);
    sc_graph_ancestors(g, heads, nheads, applied);
    int r = -1;
    if (!down) {
        for (size_t k = 0; k < g->n && r < 0; k++)
            if (set[g->order[k]] && !applied[g->order[k]])
                r = g->order[k];
    } else {
        for (size_t k = g->n; k-- > 0 && r < 0;)
            if (set[g->order[k]] && applied[g->order[k]])
                r = g->order[k];
    }
    free(applied);
    return r;
}

static bool in(const int *v, size_t n, int x)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == x)
            return true;
    return false;
}

void sc_graph_step(const sc_graph *g, int *heads, size_t *nheads, int r, bool down,
                   int *removed, size_t *nremoved, int *added, size_t *nadded)
{
    const sc_rev *x = &g->revs[r];
    *nremoved = *nadded = 0;
    size_t n = 0;
    if (!down) {
        for (size_t i = 0; i < *nheads; i++) {
            if (in(x->pidx, x->nparents, heads[i]))
                removed[(*nremoved)++] = heads[i];
            else
                heads[n++] = heads[i];
        }
        heads[n++] = r;
        added[(*nadded)++] = r;
        *nheads = n;
        return;
    }
    for (size_t i = 0; i < *nheads; i++)
        if (heads[i] != r)
            heads[n++] = heads[i];
    removed[(*nremoved)++] = r;
    /* A parent becomes a head again unless another head still descends from it. */
    bool *still = xcalloc(g->n, sizeof *still);
    sc_graph_ancestors(g, heads, n, still);
    for (size_t k = 0; k < x->nparents; k++) {
        int p = x->pidx[k];
        if (!still[p]) {
            heads[n++] = p;
            added[(*nadded)++] = p;
            sc_graph_ancestors(g, &p, 1, still);
        }
    }
    free(still);
    *nheads = n;
}
