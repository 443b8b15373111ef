/* order.c - one dependency graph over every operation, sorted
 * topologically; ties go to the smallest (stage, schema, table, phase,
 * name, creation) key, so that the same input always gives the same order.
 *
 * New kinds of objects (views, functions, triggers) slot in as new ops with
 * their own edges: nothing here knows about kinds. */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"

void sc_op_dep(sc_dctx *c, sc_op *after, const sc_op *before)
{
    if (!after || !before || after == before)
        return;
    if (after->ndeps == after->capdeps) {
        size_t cap = after->capdeps ? after->capdeps * 2 : 4;
        size_t *n = sc_arena_alloc(c->a, cap * sizeof *n);
        if (after->ndeps)
            memcpy(n, after->deps, after->ndeps * sizeof *n);
        after->deps = n;
        after->capdeps = cap;
    }
    after->deps[after->ndeps++] = before->seq;
}

static const char *sort_table(const sc_op *op)
{
    if (op->t_to)
        return op->t_to->name;
    if (op->t_from)
        return op->t_from->name;
    return "";
}

static int key_cmp(const sc_op *x, const sc_op *y)
{
    if (x->stage != y->stage)
        return x->stage < y->stage ? -1 : 1;
    int r = strcmp(x->schema, y->schema);
    if (r)
        return r;
    if ((r = strcmp(sort_table(x), sort_table(y))))
        return r;
    if (x->phase != y->phase)
        return x->phase < y->phase ? -1 : 1;
    /* the columns a table gains go in the order the target declares them
     * (diff_columns makes their ops in that order), as Alembic adds them:
     * `SELECT *` and an INSERT without a column list see them there. After
     * the phase's other ops, so that the order stays total. */
    bool xa = x->kind == SC_OP_ADD_COLUMN, ya = y->kind == SC_OP_ADD_COLUMN;
    if (xa != ya)
        return xa ? 1 : -1;
    if (xa)
        return x->seq < y->seq ? -1 : x->seq > y->seq;
    if ((r = strcmp(x->name ? x->name : "", y->name ? y->name : "")))
        return r;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* binary min-heap of ops */
typedef struct heap {
    sc_op **v;
    size_t n;
} heap;

static void heap_push(heap *h, sc_op *op)
{
    size_t i = h->n++;
    h->v[i] = op;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (key_cmp(h->v[p], h->v[i]) <= 0)
            break;
        sc_op *t = h->v[p];
        h->v[p] = h->v[i];
        h->v[i] = t;
        i = p;
    }
}

static sc_op *heap_pop(heap *h)
{
    sc_op *top = h->v[0];
    h->v[0] = h->v[--h->n];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->n && key_cmp(h->v[l], h->v[m]) < 0)
            m = l;
        if (r < h->n && key_cmp(h->v[r], h->v[m]) < 0)
            m = r;
        if (m == i)
            break;
        sc_op *t = h->v[m];
        h->v[m] = h->v[i];
        h->v[i] = t;
        i = m;
    }
    return top;
}

int sc_order(sc_dctx *c, sc_diags *d)
{
    size_t n = c->ops.n;
    sc_plan *p = c->plan;
    p->up = sc_arena_alloc(c->a, (n + 1) * sizeof *p->up);
    p->nup = 0;
    if (!n)
        return 0;
    size_t *indeg = calloc(n, sizeof *indeg);
    size_t *outn = calloc(n + 1, sizeof *outn);   /* CSR of reverse edges */
    if (!indeg || !outn)
        abort();
    size_t nedges = 0;
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        indeg[i] = op->ndeps;
        for (size_t k = 0; k < op->ndeps; k++)
            outn[op->deps[k] + 1]++;
        nedges += op->ndeps;
    }
    for (size_t i = 0; i < n; i++)
        outn[i + 1] += outn[i];
    size_t *out = malloc((nedges + 1) * sizeof *out), *fill = malloc((n + 1) * sizeof *fill);
    heap h = {malloc(n * sizeof(sc_op *)), 0};
    if (!out || !fill || !h.v)
        abort();
    memcpy(fill, outn, n * sizeof *fill);
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        for (size_t k = 0; k < op->ndeps; k++)
            out[fill[op->deps[k]]++] = i;
    }
    for (size_t i = 0; i < n; i++)
        if (!indeg[i])
            heap_push(&h, SC_VEC_AT(c->ops, i, sc_op));
    size_t done = 0;
    while (h.n) {
        sc_op *op = heap_pop(&h);
        done++;
        if (op->kind != SC_OP_NOP)
            p->up[p->nup++] = op;
        for (size_t k = outn[op->seq]; k < outn[op->seq + 1]; k++)
            if (--indeg[out[k]] == 0)
                heap_push(&h, SC_VEC_AT(c->ops, out[k], sc_op));
    }
    int rc = 0;
    if (done != n) {
        for (size_t i = 0; i < n; i++)
            if (indeg[i]) {
                sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
                sc_error(d, SC_ERR_UNSUPPORTED, "cannot order the changes: a dependency cycle through %s",
                         sc_op_describe(c->a, op));
                break;
            }
        rc = -1;
    }
    free(indeg);
    free(outn);
    free(out);
    free(fill);
    free(h.v);
    return rc;
}
