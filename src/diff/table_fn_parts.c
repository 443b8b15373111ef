/* table_fn_parts.c - fns5 (issue 11): the checks and indexes of a table
 * the plan creates (or drops) that call a function the plan creates (or
 * drops).
 *
 * CREATE TABLE writes the table's checks and indexes with it, so they
 * need the functions they call to exist first. Mostly they do (functions
 * come ahead of the tables), but a function that waits for the table
 * itself cannot come first: `index ((item_total(items.*)))`, where
 * item_total(items) is over the table's row type (routine_rowtypes.c), or
 * over a view that reads the table. Such a check or index is left out of
 * CREATE TABLE (sc_op.omit_fks, omit_ixs) and added by an op of its own
 * after both the table and the function; otherwise the table simply waits
 * for the function (an edge: the stages alone do not promise it when the
 * function waits for another relation).
 *
 * The other way round, DROP FUNCTION fails while a check or index calls
 * the function ("other objects depend on it"): when the function is
 * dropped before the table (it is over the table's row type), the check
 * or index is dropped on its own before the function; otherwise the
 * function is dropped after the table, which takes them. The down script
 * is the inverse of either.
 *
 * Decided once every other edge is in the graph (a function "waits for
 * the table" when a path of edges says so). */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"
#include "model/strmap.h"

void sc_diff_set_keys(sc_op *op);   /* edges.c */

/* `after` depends on `before`, transitively. */
static bool waits_for(sc_dctx *c, const sc_op *after, const sc_op *before)
{
    size_t n = c->ops.n;
    unsigned char *seen = calloc(n, 1);
    size_t *stack = malloc((n + 1) * sizeof *stack), top = 0;
    if (!seen || !stack)
        abort();
    bool found = false;
    stack[top++] = after->seq;
    seen[after->seq] = 1;
    while (top && !found) {
        const sc_op *op = SC_VEC_AT(c->ops, stack[--top], sc_op);
        for (size_t k = 0; k < op->ndeps && !found; k++) {
            size_t s = op->deps[k];
            if (s == before->seq)
                found = true;
            else if (!seen[s]) {
                seen[s] = 1;
                stack[top++] = s;
            }
        }
    }
    free(seen);
    free(stack);
    return found;
}

/* The function ops of kind k (CREATE and REPLACE when make). */
static void function_ops(sc_dctx *c, bool make, sc_vec *out)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool mk = op->kind == SC_OP_CREATE_FUNCTION || op->kind == SC_OP_REPLACE_FUNCTION;
        if (make ? mk && op->to : op->kind == SC_OP_DROP_FUNCTION && op->from)
            sc_vec_push(c->tmp, out, op);
    }
}

static const sc_function *fn_of(const sc_op *op)
{
    return op->kind == SC_OP_DROP_FUNCTION ? op->from : op->to;
}

/* The function ops of one kind, by the function's name (name -> sc_vec*
 * of ops, in plan order): an expression's call sites are read once and
 * looked up here, not matched against every function (thousands of
 * tables and functions in a first revision). */
typedef struct fn_index {
    const sc_vec *fns;
    sc_strmap *by_name;
} fn_index;

static void index_fns(sc_dctx *c, fn_index *x, const sc_vec *fns)
{
    x->fns = fns;
    x->by_name = sc_strmap_new();
    for (size_t i = 0; i < fns->n; i++)
        sc_vec_map_push(x->by_name, c->tmp, fn_of(fns->items[i])->name, fns->items[i]);
}

typedef struct hits {
    sc_dctx *c;
    const fn_index *x;
    sc_vec *ops;   /* the function ops called, each once */
} hits;

/* A call site: the function ops of that name (and schema, when qualified). */
static bool note_site(const char *schema, const char *name, void *arg)
{
    hits *h = arg;
    const sc_vec *v = sc_strmap_get(h->x->by_name, name);
    for (size_t i = 0; v && i < v->n; i++) {
        sc_op *fop = v->items[i];
        bool seen = false;
        for (size_t k = 0; k < h->ops->n && !seen; k++)
            seen = h->ops->items[k] == fop;
        if (!seen && (!*schema || !strcmp(schema, fn_of(fop)->schema)))
            sc_vec_push(h->c->tmp, h->ops, fop);
    }
    return false;   /* every site */
}

static int by_seq(const void *x, const void *y)
{
    const sc_op *a = *(sc_op *const *)x, *b = *(sc_op *const *)y;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static const char *why(sc_dctx *c, const sc_op *fop, const sc_table *t)
{
    const sc_function *f = fn_of(fop);
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, f->schema, f->name);
    /* the same words in the down script, where the op is inverted */
    const char *r = sc_arena_printf(c->a, "apart from table %s: calls %s(%s), created after the table and "
                                    "dropped before it", t->name, sc_sb_cstr(&b), f->args);
    sc_sb_free(&b);
    return r;
}

sc_op *sc_fn_part_op(sc_dctx *c, sc_op *top, const sc_vec *fops, sc_op_kind k, const char *name, const void *from,
                     const void *to, bool make)
{
    sc_op *fop = fops->items[0];
    const sc_table *t = make ? top->t_to : top->t_from;
    sc_op *op = sc_new_op(c, k, t->schema, t->name, name);
    op->from = from;
    op->to = to;
    op->t_from = top->t_from;
    op->t_to = top->t_to;
    op->table_id = top->table_id;
    op->split_fk = true;   /* a part of a created/dropped table, issued on its own */
    op->note = why(c, fop, t);
    sc_op_classify(c->a, op, c->o);
    sc_diff_set_keys(op);
    for (size_t i = 0; i < fops->n; i++) {
        if (make)
            sc_op_dep(c, op, fops->items[i]);
        else
            sc_op_dep(c, fops->items[i], op);
    }
    if (make)
        sc_op_dep(c, op, top);
    else
        sc_op_dep(c, top, op);
    return op;
}

/* A part of table op top's table issued by an op of its own, after top
 * and fops (make) or before both. */
static sc_op *split_out(sc_dctx *c, sc_op *top, const sc_vec *fops, sc_op_kind k, const char *name,
                        const void *obj, bool make)
{
    return sc_fn_part_op(c, top, fops, k, name, make ? NULL : obj, make ? obj : NULL, make);
}

/* attopts7: CREATE TABLE's op leaves REPLICA IDENTITY and CLUSTER ON out
 * when an index either names is split out (migration_pg.c); they are said
 * by an op of their own after those indexes (ixops, each after fops). */
static void index_props_apart(sc_dctx *c, sc_op *top, const sc_vec *fops, const sc_vec *ixops)
{
    const sc_table *t = top->t_to;
    const char *ri = sc_table_replica_identity(t) == 'i' ? sc_table_replica_index(t) : NULL;
    const char *ci = sc_table_cluster_index(t);
    bool apart = false;
    for (size_t i = 0; i < ixops->n; i++) {
        const char *name = ((const sc_op *)ixops->items[i])->name;
        apart |= (ri && !strcmp(ri, name)) || (ci && !strcmp(ci, name));
    }
    if (!apart)
        return;
    sc_op *op = sc_fn_part_op(c, top, fops, SC_OP_TABLE_INDEX_PROPS, t->name, NULL, t, true);
    op->changes = SC_CHG_IXP_SET | (sc_table_replica_identity(t) != 'd' ? SC_CHG_IXP_REPLICA : 0) |
                  (ci ? SC_CHG_IXP_CLUSTER : 0);
    sc_op_classify(c->a, op, c->o);
    sc_diff_set_keys(op);
    for (size_t i = 0; i < ixops->n; i++)
        sc_op_dep(c, op, ixops->items[i]);
}

static void omit_ix(sc_dctx *c, sc_op *op, const sc_index *ix)
{
    const sc_index **n = sc_arena_alloc(c->a, (op->nomit_ixs + 1) * sizeof *n);
    if (op->nomit_ixs)
        memcpy(n, op->omit_ixs, op->nomit_ixs * sizeof *n);
    n[op->nomit_ixs++] = ix;
    op->omit_ixs = n;
}

static bool con_omitted(const sc_op *op, const sc_constraint *k)
{
    for (size_t i = 0; i < op->nomit_fks; i++)
        if (op->omit_fks[i] == k)
            return true;
    return false;
}

/* One part of top's table, whose expressions are exprs[0..n), against
 * every function of fns it calls: an edge that orders the table and the
 * function where the part can stay in the table's statement; into *apart
 * the functions it cannot (the function waits for the table's create, or
 * the table's drop waits for the function's). */
static void order_part(sc_dctx *c, sc_op *top, const fn_index *fns, const char *const *exprs, size_t n, bool make,
                       sc_vec *apart)
{
    apart->n = 0;
    sc_vec called = {0};
    hits h = {c, fns, &called};
    for (size_t k = 0; k < n; k++)
        sc_expr_call_sites(exprs[k], note_site, &h);
    if (called.n > 1)   /* in plan order, as the functions come */
        qsort(called.items, called.n, sizeof *called.items, by_seq);
    for (size_t i = 0; i < called.n; i++) {
        sc_op *fop = called.items[i];
        if (make ? waits_for(c, fop, top) : waits_for(c, top, fop))
            sc_vec_push(c->tmp, apart, fop);
        else if (make)
            sc_op_dep(c, top, fop);
        else
            sc_op_dep(c, fop, top);
    }
}

static void table_parts(sc_dctx *c, sc_op *top, const fn_index *fns, bool make)
{
    const sc_table *t = make ? top->t_to : top->t_from;
    sc_vec apart = {0}, gen = {0};
    for (size_t i = 0; i < t->columns.n; i++) {
        /* fns6: a default or generated column apart (table_fn_columns.c) */
        const sc_column *col = SC_VEC_AT(t->columns, i, sc_column);
        order_part(c, top, fns, &col->default_expr, 1, make, &apart);
        if (apart.n)
            sc_fn_apart_default(c, top, col, &apart, make);
        order_part(c, top, fns, &col->generated, 1, make, &apart);
        if (!apart.n)
            continue;
        sc_vec *fops = sc_arena_alloc(c->tmp, sizeof *fops);
        *fops = apart;
        apart = (sc_vec){0};
        sc_vec_push(c->tmp, &gen, (void *)col);
        sc_vec_push(c->tmp, &gen, fops);
    }
    if (gen.n)
        sc_fn_apart_generated(c, top, &gen, make);
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_CHECK || con_omitted(top, k))
            continue;
        order_part(c, top, fns, &k->check_expr, 1, make, &apart);
        if (apart.n) {
            sc_op_omit_con(c, top, k);
            split_out(c, top, &apart, make ? SC_OP_ADD_CONSTRAINT : SC_OP_DROP_CONSTRAINT, k->name, k, make);
        }
    }
    sc_vec ixops = {0}, ixfops = {0};   /* attopts7: the indexes made apart */
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (!ix->name)
            continue;
        const char **exprs = sc_arena_alloc(c->tmp, (ix->nelems + 1) * sizeof *exprs);
        exprs[0] = ix->where;
        for (size_t k = 0; k < ix->nelems; k++)
            exprs[k + 1] = ix->elems[k].expr;
        order_part(c, top, fns, exprs, ix->nelems + 1, make, &apart);
        if (apart.n) {
            omit_ix(c, top, ix);
            sc_op *ixop = split_out(c, top, &apart, make ? SC_OP_CREATE_INDEX : SC_OP_DROP_INDEX, ix->name, ix, make);
            if (make)
                sc_vec_push(c->tmp, &ixops, ixop);
            for (size_t k = 0; make && k < apart.n; k++)
                sc_vec_push(c->tmp, &ixfops, apart.items[k]);
        }
    }
    if (ixops.n)
        index_props_apart(c, top, &ixfops, &ixops);
}

void sc_table_fn_parts(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    sc_vec made = {0}, dropped = {0};
    function_ops(c, true, &made);
    function_ops(c, false, &dropped);
    if (!made.n && !dropped.n)
        return;
    fn_index xmade, xdropped;
    index_fns(c, &xmade, &made);
    index_fns(c, &xdropped, &dropped);
    size_t nops = c->ops.n;
    for (size_t i = 0; i < nops; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == SC_OP_CREATE_TABLE && op->t_to && made.n)
            table_parts(c, op, &xmade, true);
        else if (op->kind == SC_OP_DROP_TABLE && op->t_from && dropped.n)
            table_parts(c, op, &xdropped, false);
    }
    sc_strmap_free(xmade.by_name);
    sc_strmap_free(xdropped.by_name);
}
