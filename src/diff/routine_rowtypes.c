/* routine_rowtypes.c - types4 (issue 11): a function whose argument or
 * result types are a table's or a view's row type (`f(i items)`,
 * `RETURNS SETOF v_items`) is created after that relation and dropped
 * before it: PostgreSQL resolves the type when the function is created,
 * and the function depends on it (DROP TABLE fails while it exists).
 *
 * Edges in the one graph: a function's create or replace after the create
 * of a relation its signature names, its drop before the drop of one. A
 * relation is named as routine_types.c names a type: its name among the
 * words of the argument types or the result (text: a RETURNS TABLE column
 * of the same name errs towards one edge more). An edge that would close a
 * cycle with one the op already has (the relation waits for the function)
 * is left out. The down script is the up script's inverse, so it drops the
 * function before the relation and creates it after. */
#include <stdio.h>
#include <string.h>

#include "diff/diff_int.h"
#include "diff/routine_deps.h"
#include "model/sqltok.h"
#include "model/strmap.h"

static void push_names(sc_dctx *c, sc_vec *v, const char *text)
{
    if (!text)
        return;
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, text);
    while (sc_name_iter_next(&it, buf, sizeof buf))
        sc_vec_push(c->a, v, sc_arena_strdup(c->a, buf));
    sc_name_iter_free(&it);
}

/* f's names, tokenized once a diff: the loops below ask it of every pair
 * of a function and a relation the plan makes or drops (thousands of
 * each in a first revision, or its down script). */
static const sc_vec *signature_names(sc_dctx *c, const sc_function *f)
{
    char key[2 * sizeof(void *) + 3];
    snprintf(key, sizeof key, "%p", (const void *)f);
    if (!c->fn_sig_names)
        c->fn_sig_names = sc_strmap_new();
    sc_vec *v = sc_strmap_get(c->fn_sig_names, key);
    if (!v) {
        v = sc_arena_alloc(c->a, sizeof *v);
        memset(v, 0, sizeof *v);
        push_names(c, v, f->args);
        push_names(c, v, f->returns);
        sc_strmap_put(c->fn_sig_names, key, v);
    }
    return v;
}

/* By name alone: an unqualified name resolves through the search_path,
 * so any schema's relation of that name may be the one. */
bool sc_fn_signature_names(sc_dctx *c, const sc_function *f, const char *name)
{
    const sc_vec *v = signature_names(c, f);
    for (size_t i = 0; i < v->n; i++)
        if (!strcmp(v->items[i], name))
            return true;
    return false;
}

/* `after` already waits for `before`. */
static bool waits_for(const sc_op *after, const sc_op *before)
{
    for (size_t i = 0; i < after->ndeps; i++)
        if (after->deps[i] == before->seq)
            return true;
    return false;
}

/* The relation an op creates (make) or drops (!make). */
static bool relation_of(const sc_op *o, bool make, const char **name)
{
    if (make && o->kind == SC_OP_CREATE_TABLE && o->t_to) {
        *name = o->t_to->name;
        return true;
    }
    if (!make && o->kind == SC_OP_DROP_TABLE && o->t_from) {
        *name = o->t_from->name;
        return true;
    }
    if (make && (o->kind == SC_OP_CREATE_VIEW || o->kind == SC_OP_REPLACE_VIEW) && o->v_to) {
        *name = o->v_to->name;
        return true;
    }
    if (!make && o->kind == SC_OP_DROP_VIEW && o->v_from) {
        *name = o->v_from->name;
        return true;
    }
    return false;
}

/* The relations the plan makes (make) or drops (!make), by name: name ->
 * sc_vec* of their ops, in plan order. */
static sc_strmap *relations_by_name(sc_dctx *c, bool make)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t j = 0; j < c->ops.n; j++) {
        sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
        const char *name;
        if (relation_of(o, make, &name))
            sc_vec_map_push(m, c->a, name, o);
    }
    return m;
}

void sc_routine_rowtype_edges(sc_dctx *c)
{
    sc_strmap *made = NULL, *dropped = NULL;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool mk = op->kind == SC_OP_CREATE_FUNCTION || op->kind == SC_OP_REPLACE_FUNCTION;
        const sc_function *f = mk ? op->to : op->kind == SC_OP_DROP_FUNCTION ? op->from : NULL;
        if (!f || f->aggregate)
            continue;
        if (!made) {
            made = relations_by_name(c, true);
            dropped = relations_by_name(c, false);
        }
        const sc_vec *names = signature_names(c, f);
        for (size_t k = 0; k < names->n; k++) {
            const sc_vec *rels = sc_strmap_get(mk ? made : dropped, names->items[k]);
            for (size_t j = 0; rels && j < rels->n; j++) {
                sc_op *o = rels->items[j];
                if (mk && !waits_for(o, op) && !waits_for(op, o))
                    sc_op_dep(c, op, o);   /* created after the relation */
                if (!mk && !waits_for(op, o) && !waits_for(o, op))
                    sc_op_dep(c, o, op);   /* the relation dropped after the function */
            }
        }
    }
    sc_strmap_free(made);
    sc_strmap_free(dropped);
}

static bool is_key(const char *name, const void *names)
{
    return sc_strmap_has(names, name);
}

/* One of text's names is a key of names. */
static bool names_one_of(const char *text, const sc_strmap *names)
{
    return sc_text_any_name(text, is_key, names);
}

/* Each signature is read once, against the views' names (a diff of
 * thousands of views and functions asks this once). */
bool sc_fn_over_view_rowtype(const sc_dctx *c)
{
    if (!c->from->views.n || !c->from->functions.n)
        return false;
    sc_strmap *views = sc_strmap_new();
    for (size_t i = 0; i < c->from->views.n; i++)
        sc_strmap_put(views, SC_VEC_AT(c->from->views, i, sc_view)->name, NULL);
    bool any = false;
    for (size_t k = 0; k < c->from->functions.n && !any; k++) {
        const sc_function *g = SC_VEC_AT(c->from->functions, k, sc_function);
        any = !g->aggregate && (names_one_of(g->args, views) || names_one_of(g->returns, views));
    }
    sc_strmap_free(views);
    return any;
}

/* The note of a function over the row type of the relation op drops: a
 * view re-created, or a relation whose name the to side gives to another
 * kind (a view that becomes a table); the same words serve the down
 * script, where the op is inverted. */
static const char *again_why(sc_dctx *c, const sc_op *op, const char *name)
{
    const char *schema = op->kind == SC_OP_DROP_TABLE ? op->t_from->schema : op->v_from->schema;
    bool same = op->kind == SC_OP_DROP_VIEW ? sc_model_view(c->to, schema, name) != NULL
                                            : sc_model_table(c->to, schema, name) != NULL;
    return sc_arena_printf(c->a, "re-created: over the row type of %s, which is %s", name,
                           same ? "re-created" : "dropped and created again as another kind of relation");
}

/* The from side's functions (not aggregates) by the names their
 * signatures hold: name -> sc_vec* of sc_function*, in model order. */
static sc_strmap *functions_by_signature_name(sc_dctx *c)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t k = 0; k < c->from->functions.n; k++) {
        const sc_function *g = SC_VEC_AT(c->from->functions, k, sc_function);
        if (g->aggregate)
            continue;
        const sc_vec *names = signature_names(c, g);
        for (size_t i = 0; i < names->n; i++) {
            const sc_vec *v = sc_strmap_get(m, names->items[i]);
            if (!v || v->items[v->n - 1] != g)   /* a name twice in one signature */
                sc_vec_map_push(m, c->a, names->items[i], (void *)g);
        }
    }
    return m;
}

/* fns5: a view the plan drops and creates again (its columns change)
 * while a function over its row type stays: DROP VIEW fails ("function
 * view_rows() depends on type v_items"). The function is dropped before
 * and created after (the edges above order it), with what calls it
 * (routine_deps.c). fns6: a view view_deps.c re-creates for what it reads
 * (a column retyped under it) too: when such a function exists, the views'
 * dependents are found once before this, and then in turn with the
 * functions' until neither adds one (fns7: fn_fixpoint.c). And a relation dropped
 * whose name the to side gives to a relation of another kind (a view that
 * becomes a table): the function the to side keeps goes around both.
 * One the to side lacks is only dropped (diff_routine.c's op). fns7: the
 * drops of ops [first, end) only, as the views re-created for the
 * functions' dependents join (fn_fixpoint.c). */
void sc_rd_rowtype_views(rdeps *r, size_t first, size_t end)
{
    sc_dctx *c = r->c;
    sc_strmap *by_name = NULL;
    for (size_t i = first; c->from->functions.n && i < end; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const char *name = op->kind == SC_OP_DROP_TABLE && op->t_from   ? op->t_from->name
                           : op->kind == SC_OP_DROP_VIEW && op->v_from ? op->v_from->name
                                                                        : NULL;
        if (!name)
            continue;
        if (!by_name)
            by_name = functions_by_signature_name(c);
        const sc_vec *fns = sc_strmap_get(by_name, name);
        for (size_t k = 0; fns && k < fns->n; k++) {
            const sc_function *g = fns->items[k];
            /* one the to side lacks is only dropped: diff_routine.c's op */
            if (!sc_model_function(c->to, g->schema, g->name, g->args))
                continue;
            sc_rd_recreate(r, g, again_why(c, op, name));
        }
    }
    sc_strmap_free(by_name);
}
