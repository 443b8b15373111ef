/* routine_types.c - funcdeps2 (issue 11): functions over a type the plan
 * rebuilds.
 *
 * An enum that loses or reorders labels, and a domain, composite or range
 * type that cannot be altered in place, are rebuilt: the old type is
 * renamed (or dropped) and a new one created; a type built on a rebuilt one
 * is dropped and created again around it (utype_deps.c). A function whose
 * arguments or result are of that type keeps pointing at the old type, so
 * its DROP TYPE fails ("cannot drop type ... because other objects depend
 * on it"), whether or not a column uses the type; a SQL-standard body that
 * names the type (a cast) holds it the same way. Such a function is
 * dropped before the rebuild and created after it (with the objects that
 * call it, routine_deps.c), as the columns of the type are cast around it.
 * Which functions: the type's name among the names of their argument
 * types, result or SQL-standard body (text, which errs towards more). */
#include <string.h>

#include "diff/routine_deps.h"

static bool names_type(const sc_function *f, const char *type)
{
    if (sc_expr_reads(f->args, type) || sc_expr_reads(f->returns, type))
        return true;
    return f->sql_body && sc_expr_reads(sc_routine_body_after_create(f->sql), type);
}

/* The op after which the rebuilt type exists again: a parked type's
 * creation (utype_deps.c), else the rebuild itself. */
static sc_op *remade_by(sc_dctx *c, sc_op *op)
{
    for (size_t i = 0; op->kind == SC_OP_DROP_UTYPE && i < c->ops.n; i++) {
        sc_op *o = SC_VEC_AT(c->ops, i, sc_op);
        if (o->kind == SC_OP_CREATE_UTYPE && !strcmp(o->schema, op->schema) && !strcmp(o->name, op->name))
            return o;
    }
    return op;
}

void sc_rd_typed_signatures(rdeps *r)
{
    sc_dctx *c = r->c;
    size_t nops = c->ops.n;
    for (size_t i = 0; c->from->functions.n && i < nops; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool enum_rebuild = op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
                            sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op;
        /* a type dropped and created again (parked around a rebuild) */
        bool parked = op->kind == SC_OP_DROP_UTYPE && sc_model_utype(c->to, op->schema, op->name) &&
                      remade_by(c, op) != op;
        if (!enum_rebuild && op->kind != SC_OP_REBUILD_UTYPE && !parked)
            continue;
        sc_op *after = remade_by(c, op);
        for (size_t k = 0; k < c->from->functions.n; k++) {
            const sc_function *g = SC_VEC_AT(c->from->functions, k, sc_function);
            if (!names_type(g, op->name))
                continue;
            fnchange *gc = sc_rd_recreate(r, g, sc_arena_printf(c->a, "re-created: names type %s, which is rebuilt",
                                                                op->name));
            sc_op_dep(c, op, gc->drop);
            if (gc->create)
                sc_op_dep(c, gc->create, after);
        }
    }
}
