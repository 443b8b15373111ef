/* diff_obj_comments.c - issue 12: the comments of functions, procedures,
 * aggregates, triggers and collations (PostgreSQL).
 *
 * Such an object that the plan keeps (on both sides, not dropped and
 * created again) and whose comment changes gets an op of its own: COMMENT
 * ON ... IS '...', or IS NULL when the target has none; its inverse is the
 * same op with the sides swapped. One the plan creates, whatever made it
 * create it (a new object, a function re-created for its result type, a
 * trigger re-created with the function it runs or its view, a collation
 * replaced), gets its comment from the create builder itself (ddl_routine.c,
 * ddl_ext.c), in the up script and in the down one alike: so this runs once
 * every other op exists, and leaves out what they create. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

static bool same_comment(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

static const char *function_key(sc_arena *a, const sc_function *f)
{
    return sc_arena_printf(a, "f\x1f%s.%s(%s)", f->schema, f->name, f->args);
}

static const char *trigger_key(sc_arena *a, const sc_trigger *t)
{
    return sc_arena_printf(a, "t\x1f%s.%s\x1f%s", t->schema, t->table, t->name);
}

static const char *collation_key(sc_arena *a, const sc_collation *co)
{
    return sc_arena_printf(a, "c\x1f%s.%s", co->schema, co->name);
}

/* The objects of the `to` side the plan's ops create (their keys). */
static sc_strmap *created(sc_dctx *c)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t i = 0; i < c->ops.n; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (!op->to)
            continue;
        if (op->kind == SC_OP_CREATE_FUNCTION)
            sc_strmap_put(m, function_key(c->tmp, op->to), NULL);
        else if (op->kind == SC_OP_CREATE_TRIGGER)
            sc_strmap_put(m, trigger_key(c->tmp, op->to), NULL);
        else if (op->kind == SC_OP_CREATE_COLLATION || op->kind == SC_OP_REPLACE_COLLATION)
            sc_strmap_put(m, collation_key(c->tmp, op->to), NULL);
    }
    return m;
}

static void comment_op(sc_dctx *c, sc_op_kind k, const char *schema, const char *table, const char *name,
                       const void *from, const void *to)
{
    sc_op *op = sc_new_op(c, k, schema, table, name);
    op->from = from;
    op->to = to;
}

static void function_comments(sc_dctx *c, sc_strmap *made)
{
    for (size_t i = 0; i < c->to->functions.n; i++) {
        const sc_function *t = SC_VEC_AT(c->to->functions, i, sc_function);
        const sc_function *f = sc_model_function(c->from, t->schema, t->name, t->args);
        if (f && !same_comment(f->comment, t->comment) && !sc_strmap_has(made, function_key(c->tmp, t)))
            comment_op(c, SC_OP_FUNCTION_COMMENT, t->schema, NULL, t->name, f, t);
    }
}

/* The from-side trigger t continues: on its table, or on the table the
 * plan renames to t's (ALTER TABLE ... RENAME keeps its triggers). */
static const sc_trigger *trigger_source(sc_dctx *c, const sc_trigger *t)
{
    const sc_trigger *f = sc_model_trigger(c->from, t->schema, t->table, t->name);
    if (f)
        return f;
    const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->tmp, t->schema, t->table));
    return p && p->from && p->to ? sc_model_trigger(c->from, t->schema, p->from->name, t->name) : NULL;
}

static void trigger_comments(sc_dctx *c, sc_strmap *made)
{
    for (size_t i = 0; i < c->to->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(c->to->triggers, i, sc_trigger);
        const sc_trigger *f = t->sqlite ? NULL : trigger_source(c, t);
        /* the op runs where the table has its `to` name (after a rename;
         * in the down script, before the rename back): op->table */
        if (f && !same_comment(f->comment, t->comment) && !sc_strmap_has(made, trigger_key(c->tmp, t)))
            comment_op(c, SC_OP_TRIGGER_COMMENT, t->schema, t->table, t->name, f, t);
    }
}

static void collation_comments(sc_dctx *c, sc_strmap *made)
{
    for (size_t i = 0; i < c->to->collations.n; i++) {
        const sc_collation *t = SC_VEC_AT(c->to->collations, i, sc_collation);
        const sc_collation *f = sc_model_collation(c->from, t->schema, t->name);
        if (f && !same_comment(f->comment, t->comment) && !sc_strmap_has(made, collation_key(c->tmp, t)))
            comment_op(c, SC_OP_COLLATION_COMMENT, t->schema, NULL, t->name, f, t);
    }
}

void sc_diff_object_comments(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL ||
        (!c->to->functions.n && !c->to->triggers.n && !c->to->collations.n))
        return;
    sc_strmap *made = created(c);
    function_comments(c, made);
    trigger_comments(c, made);
    collation_comments(c, made);
    sc_strmap_free(made);
}

bool sc_is_object_comment_op(sc_op_kind k)
{
    return k == SC_OP_FUNCTION_COMMENT || k == SC_OP_TRIGGER_COMMENT || k == SC_OP_COLLATION_COMMENT;
}

const char *sc_object_comment_describe(sc_arena *a, const sc_op *op)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (op->kind == SC_OP_FUNCTION_COMMENT) {
        const sc_function *f = op->to;
        sc_sb_printf(&b, "%s comment ", sc_function_kind_word(f));
        sc_sb_qualified(&b, f->schema, f->name);
        sc_sb_printf(&b, "(%s)", f->args);
    } else if (op->kind == SC_OP_TRIGGER_COMMENT) {
        sc_sb_puts(&b, "trigger comment ");
        sc_sb_ident(&b, op->name);
        sc_sb_puts(&b, " on ");
        sc_sb_qualified(&b, op->schema, op->table);
    } else {
        sc_sb_puts(&b, "collation comment ");
        sc_sb_qualified(&b, op->schema, op->name);
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}
