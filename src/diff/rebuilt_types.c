/* rebuilt_types.c - funcs3 (issue 11): the types the plan rebuilds, known
 * from the two models before the tables' diff.
 *
 * A function whose argument or result types (or SQL-standard body) name a
 * rebuilt type is dropped before the rebuild and created after it
 * (routine_types.c), and with it go everything that calls it
 * (routine_deps.c). A stored generated column is one of those, but it is
 * the tables' diff that drops and re-adds a column (diff_table.c asks
 * sc_gen_calls_dropped -> sc_fn_dropped), and the tables are diffed before
 * the types' ops exist (sc_diff_utypes runs after them: a rebuild casts
 * the tables' columns). So the set is computed here from the models with
 * the rule the ops follow:
 *  - an enum rebuilt by diff_enums (c->rebuilt_enums, known by then);
 *  - a domain, composite or range type that cannot change in place
 *    (sc_utype_needs_rebuild, diff_utype.c's own test);
 *  - a type of both sides built on one of those, transitively: it is
 *    dropped and created again around the rebuild (utype_deps.c).
 * A function names a type as routine_types.c reads it: the type's name
 * among the words of its argument types, result or SQL-standard body
 * (text, which errs towards re-creating more, never fewer). */
#include <string.h>

#include "diff/diff_int.h"

typedef struct tname {
    const char *schema, *name;
} tname;

static bool listed(const sc_vec *v, const char *schema, const char *name)
{
    for (size_t i = 0; i < v->n; i++) {
        const tname *x = v->items[i];
        if (!strcmp(x->schema, schema) && !strcmp(x->name, name))
            return true;
    }
    return false;
}

static void add(sc_dctx *c, sc_vec *v, const char *schema, const char *name)
{
    if (listed(v, schema, name))
        return;
    tname *x = sc_arena_alloc(c->tmp, sizeof *x);
    x->schema = schema;
    x->name = name;
    sc_vec_push(c->tmp, v, x);
}

typedef struct onarg {
    const sc_vec *set;
    bool hit;
} onarg;

static void built_on(const sc_type *ty, void *arg)
{
    onarg *o = arg;
    if (ty->name && listed(o->set, ty->schema ? ty->schema : SC_DEFAULT_SCHEMA, ty->name))
        o->hit = true;
}

static const sc_vec *rebuilt_set(sc_dctx *c)
{
    if (c->rebuilt_types)
        return c->rebuilt_types;
    sc_vec *v = c->rebuilt_types = sc_arena_alloc(c->tmp, sizeof *v);
    for (size_t i = 0; c->rebuilt_enums && i < c->ops.n; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == SC_OP_ALTER_ENUM && sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op)
            add(c, v, op->schema, op->name);
    }
    for (size_t i = 0; i < c->from->utypes.n; i++) {
        const sc_utype *f = SC_VEC_AT(c->from->utypes, i, sc_utype);
        const sc_utype *t = sc_model_utype(c->to, f->schema, f->name);
        if (t && sc_utype_needs_rebuild(c->from, f, t))
            add(c, v, f->schema, f->name);
    }
    /* the types built on them, until none joins */
    for (bool grew = v->n > 0; grew;) {
        grew = false;
        for (size_t i = 0; i < c->from->utypes.n; i++) {
            const sc_utype *f = SC_VEC_AT(c->from->utypes, i, sc_utype);
            if (listed(v, f->schema, f->name) || !sc_model_utype(c->to, f->schema, f->name))
                continue;
            onarg o = {v, false};
            sc_utype_each_type(f, built_on, &o);
            if (o.hit) {
                add(c, v, f->schema, f->name);
                grew = true;
            }
        }
    }
    return v;
}

bool sc_fn_names_rebuilt_type(sc_dctx *c, const sc_function *f)
{
    const sc_vec *v = rebuilt_set(c);
    const char *body = v->n && f->sql_body ? sc_routine_body_after_create(f->sql) : NULL;
    for (size_t i = 0; i < v->n; i++) {
        const tname *x = v->items[i];
        if (sc_expr_reads(f->args, x->name) || sc_expr_reads(f->returns, x->name) || sc_expr_reads(body, x->name))
            return true;
    }
    return false;
}
