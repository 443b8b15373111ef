/* utype_deps.c - funcdeps (issue 11): types built on a type the plan
 * rebuilds (PostgreSQL).
 *
 * An enum that loses or reorders values, or a domain, composite or range
 * type that cannot change in place, is rebuilt in one op: the old type
 * renamed away, the new one created, its columns cast, the old one
 * dropped. A domain over it, a composite type with an attribute of it or a
 * range over it follows the rename (it is built on the old type's oid), so
 * the final DROP TYPE fails ("cannot drop type ... because other objects
 * depend on it"). Such a dependent is taken around the rebuild: before it,
 * its columns are parked as text (their defaults taken off) and it is
 * dropped (a DROP_UTYPE op with uses); after it, it is created again from
 * the `to` model and its columns are cast back from text (CREATE_UTYPE
 * with uses), transitively for the types built on it in turn. Its own
 * in-place changes (ALTER DOMAIN, ALTER TYPE, a comment) are then what the
 * creation makes, and its own rebuild becomes the same pair. Views that
 * read the parked columns are re-created around it by view_deps.c. */
#include <string.h>

#include "diff/diff_int.h"

typedef struct rebuilt {
    const char *schema, *name;
    sc_op *before, *after;   /* dependents are dropped before `before`, created after `after` */
} rebuilt;

typedef struct ustate {
    sc_dctx *c;
    sc_vec work;             /* rebuilt*, grows as dependents join */
    sc_strmap *taken;        /* "schema.name" of the dependents taken around -> rebuilt* */
    const rebuilt *cur;
    bool hit;
} ustate;

static bool names(const sc_type *ty, const char *schema, const char *name)
{
    return ty->name && !strcmp(ty->name, name) && !strcmp(ty->schema ? ty->schema : SC_DEFAULT_SCHEMA, schema);
}

static void uses_cur(const sc_type *ty, void *arg)
{
    ustate *s = arg;
    if (names(ty, s->cur->schema, s->cur->name))
        s->hit = true;
}

/* The columns of kept tables that are of type f on both sides. */
static void collect_uses(sc_dctx *c, sc_op *op, const sc_utype *f, const sc_utype *t)
{
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        for (size_t j = 0; j < p->to->columns.n; j++) {
            const sc_column *ct = SC_VEC_AT(p->to->columns, j, sc_column);
            if (!names(&ct->type, t->schema, t->name) || ct->generated)
                continue;
            const sc_column *cf = sc_diff_column_source(p->from, p->to, ct);
            if (!cf || !names(&cf->type, f->schema, f->name) || cf->type.array_dims != ct->type.array_dims ||
                strcmp(cf->name, ct->name))
                continue;
            sc_enum_use *u = sc_arena_alloc(c->a, (op->nuses + 1) * sizeof *u);
            if (op->nuses)
                memcpy(u, op->uses, op->nuses * sizeof *u);
            u[op->nuses] = (sc_enum_use){p->to->schema, p->to->name, ct->name, ct, cf};
            op->uses = u;
            op->nuses++;
        }
    }
}

static sc_op *utype_op(sc_dctx *c, sc_op_kind k, const sc_utype *u)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const sc_utype *x = op->to ? op->to : op->from;
        if (op->kind == k && x && !strcmp(op->schema, u->schema) && !strcmp(op->name, u->name))
            return op;
    }
    return NULL;
}

/* The ops that stop using f's columns (dropped, retyped away, their table
 * dropped) run before f is dropped. */
static void drops_first(sc_dctx *c, const sc_utype *f, sc_op *park)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool uses = false;
        if (op->kind == SC_OP_DROP_COLUMN || (op->kind == SC_OP_ALTER_COLUMN && (op->changes & SC_CHG_TYPE)))
            uses = op->from && names(&((const sc_column *)op->from)->type, f->schema, f->name);
        else if (op->kind == SC_OP_DROP_TABLE && op->t_from)
            for (size_t j = 0; j < op->t_from->columns.n && !uses; j++)
                uses = names(&SC_VEC_AT(op->t_from->columns, j, sc_column)->type, f->schema, f->name);
        if (uses)
            sc_op_dep(c, park, op);
    }
}

/* Dependent f (to side: t) of the rebuilt type r, taken around it. */
static void take_around(ustate *s, const rebuilt *r, const sc_utype *f, const sc_utype *t)
{
    sc_dctx *c = s->c;
    const char *key = sc_dqname(c->a, f->schema, f->name);
    rebuilt *have = sc_strmap_get(s->taken, key);
    if (!have) {
        const char *note = sc_arena_printf(c->a, "re-created: built on type %s, which is rebuilt", r->name);
        sc_op *park = sc_new_op(c, SC_OP_DROP_UTYPE, f->schema, NULL, f->name);
        sc_op *unpark = sc_new_op(c, SC_OP_CREATE_UTYPE, t->schema, NULL, t->name);
        park->from = f;
        unpark->to = t;
        park->note = unpark->note = note;
        collect_uses(c, park, f, t);
        unpark->uses = park->uses;
        unpark->nuses = park->nuses;
        sc_op_dep(c, unpark, park);
        drops_first(c, f, park);
        /* what the creation makes now: its own changes and rebuild */
        static const sc_op_kind own[] = {SC_OP_ALTER_DOMAIN, SC_OP_ALTER_COMPOSITE, SC_OP_UTYPE_COMMENT,
                                         SC_OP_REBUILD_UTYPE};
        for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
            sc_op *o;
            while ((o = utype_op(c, own[k], f)) != NULL)
                o->kind = SC_OP_NOP;
        }
        have = sc_arena_alloc(c->a, sizeof *have);
        *have = (rebuilt){f->schema, f->name, park, unpark};
        /* a rebuild of its own listed already: its dependents come around the pair */
        for (size_t k = 0; k < s->work.n; k++) {
            rebuilt *w = s->work.items[k];
            if (!strcmp(w->schema, f->schema) && !strcmp(w->name, f->name)) {
                w->before = park;
                w->after = unpark;
            }
        }
        sc_strmap_put(s->taken, key, have);
        sc_vec_push(c->a, &s->work, have);
    }
    sc_op_dep(c, r->before, have->before);
    sc_op_dep(c, have->after, r->after);
}

void sc_utype_dependents(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !c->from->utypes.n)
        return;
    ustate s = {c, {0}, sc_strmap_new(), NULL, false};
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool enum_rebuild = op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
                            sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op;
        if (!enum_rebuild && op->kind != SC_OP_REBUILD_UTYPE)
            continue;
        rebuilt *r = sc_arena_alloc(c->a, sizeof *r);
        *r = (rebuilt){op->schema, op->name, op, op};
        sc_vec_push(c->a, &s.work, r);
    }
    for (size_t k = 0; k < s.work.n; k++) {
        s.cur = s.work.items[k];
        for (size_t i = 0; i < c->from->utypes.n; i++) {
            const sc_utype *f = SC_VEC_AT(c->from->utypes, i, sc_utype);
            const sc_utype *t = sc_model_utype(c->to, f->schema, f->name);
            if (!t || (!strcmp(f->schema, s.cur->schema) && !strcmp(f->name, s.cur->name)))
                continue;
            s.hit = false;
            sc_utype_each_type(f, uses_cur, &s);
            if (s.hit)
                take_around(&s, s.cur, f, t);
        }
    }
    sc_strmap_free(s.taken);
}
