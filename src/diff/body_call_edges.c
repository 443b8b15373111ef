/* body_call_edges.c - fns7 (issue 11): a function with a SQL-standard
 * body (BEGIN ATOMIC ... END, RETURN ...) is created (or replaced) after
 * the functions its body calls that the plan creates, and dropped before
 * those the plan drops.
 *
 * PostgreSQL parses such a body when the function is created ("function
 * weight(v_items) does not exist"), and DROP FUNCTION fails while a body
 * calls it. The order of the names alone put `score` before `weight`.
 * The callees are found by name among the body's words (a map of the
 * created and dropped functions by name, so a plan of thousands of
 * functions reads each body once), then by sc_expr_calls, which errs
 * towards an edge more. */
#include "diff/diff_int.h"
#include "model/sqltok.h"

static void push(sc_dctx *c, sc_strmap *m, const char *name, sc_op *op)
{
    sc_vec *v = sc_strmap_get(m, name);
    if (!v) {
        v = sc_arena_alloc(c->tmp, sizeof *v);
        sc_strmap_put(m, name, v);
    }
    sc_vec_push(c->tmp, v, op);
}

/* The function op makes (*make true) or drops. */
static const sc_function *fn_of(const sc_op *op, bool *make)
{
    *make = op->kind == SC_OP_CREATE_FUNCTION || op->kind == SC_OP_REPLACE_FUNCTION;
    if (*make)
        return op->to;
    return op->kind == SC_OP_DROP_FUNCTION ? op->from : NULL;
}

static void body_edges(sc_dctx *c, sc_op *op, const sc_function *g, bool make, sc_strmap *makes, sc_strmap *drops)
{
    const char *body = sc_routine_body_after_create(g->sql);
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, body);
    while (sc_name_iter_next(&it, buf, sizeof buf)) {
        const sc_vec *v = sc_strmap_get(make ? makes : drops, buf);
        for (size_t i = 0; v && i < v->n; i++) {
            sc_op *o = v->items[i];
            bool m;
            const sc_function *f = fn_of(o, &m);
            if (o == op || f == g || !sc_expr_calls(body, f->schema, f->name))
                continue;
            if (make)
                sc_op_dep(c, op, o);   /* after the callee is made */
            else
                sc_op_dep(c, o, op);   /* the callee dropped after it */
        }
    }
    sc_name_iter_free(&it);
}

void sc_body_call_edges(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    sc_strmap *makes = sc_strmap_new(), *drops = sc_strmap_new();
    bool any_body = false;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool make;
        const sc_function *f = fn_of(op, &make);
        if (!f || f->aggregate)
            continue;
        push(c, make ? makes : drops, f->name, op);
        any_body |= f->sql_body;
    }
    for (size_t i = 0; any_body && i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool make;
        const sc_function *g = fn_of(op, &make);
        if (g && g->sql_body && !g->aggregate)
            body_edges(c, op, g, make, makes, drops);
    }
    sc_strmap_free(makes);
    sc_strmap_free(drops);
}
