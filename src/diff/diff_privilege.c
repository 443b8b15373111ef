/* diff_privilege.c - privileges and ownership (PostgreSQL, only when
 * compared: sc_diff_opts.privileges).
 *
 * One op per grantee and object (or column) whose grant differs, one per
 * object whose declared owner differs, one per default privilege entry.
 * Each is ordered in the one dependency graph against the ops that make
 * its object exist (create, add column, rename to its name) and those that
 * make it go (drop, rename away): a grant after the first, a revoke before
 * the second. An object dropped and created again (a view or function
 * re-created, a type rebuilt) loses its grants and gets a new owner: its
 * grants and owner are taken off before (an op the down script needs, to
 * put the other side's back) and given again after, even when they are the
 * same on both sides.
 *
 * An owner is compared only where the target declares one: a schema that
 * names no owner leaves the database's as they are. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

/* marks an op that runs before its object goes (its tie-break stage) */
enum { SC_CHG_PRIV_BEFORE = 1u << 24 };

bool sc_is_privilege_op(sc_op_kind k)
{
    return k == SC_OP_GRANT || k == SC_OP_OWNER || k == SC_OP_DEFAULT_PRIVS;
}

void sc_privilege_set_keys(sc_op *op)
{
    if (!sc_is_privilege_op(op->kind))
        return;
    op->stage = (op->changes & SC_CHG_PRIV_BEFORE) ? -1 : 5;
    op->phase = op->kind == SC_OP_OWNER ? 0 : op->kind == SC_OP_GRANT ? 1 : 2;
}

/* ---- the ops that make objects exist and go --------------------------------- */

typedef struct lifecycle {
    sc_strmap *made;   /* key of a to-side object -> sc_vec of ops after which it exists anew */
    sc_strmap *gone;   /* key of a from-side object -> sc_vec of ops before which it still exists */
} lifecycle;

static void note(sc_dctx *c, sc_strmap *m, const char *key, sc_op *op)
{
    sc_vec_map_push(m, c->tmp, key, op);
}

static const char *rel(sc_dctx *c, const char *schema, const char *name, const char *column)
{
    return sc_priv_key(c->tmp, SC_PRIV_OBJ_TABLE, schema, name, NULL, column);
}

static void note_function(sc_dctx *c, sc_strmap *m, const sc_function *f, sc_op *op)
{
    if (f)
        note(c, m, sc_priv_key(c->tmp, SC_PRIV_OBJ_FUNCTION, f->schema, f->name, f->args, NULL), op);
}

static void note_op(sc_dctx *c, lifecycle *l, sc_op *op)
{
    const char *s = op->schema;
    switch (op->kind) {
    case SC_OP_CREATE_TABLE:
        note(c, l->made, rel(c, s, op->t_to ? op->t_to->name : op->name, NULL), op);
        break;
    case SC_OP_DROP_TABLE:
        note(c, l->gone, rel(c, s, op->t_from ? op->t_from->name : op->name, NULL), op);
        break;
    case SC_OP_RENAME_TABLE:
    case SC_OP_RENAME_VIEW:
        note(c, l->gone, rel(c, s, op->old_name, NULL), op);
        note(c, l->made, rel(c, s, op->name, NULL), op);
        break;
    case SC_OP_CREATE_VIEW:
    case SC_OP_CREATE_SEQUENCE:
        note(c, l->made, rel(c, s, op->name, NULL), op);
        break;
    case SC_OP_DROP_VIEW:
    case SC_OP_DROP_SEQUENCE:
        note(c, l->gone, rel(c, s, op->name, NULL), op);
        break;
    case SC_OP_ADD_COLUMN:
        note(c, l->made, rel(c, s, op->t_to ? op->t_to->name : op->table, op->name), op);
        break;
    case SC_OP_DROP_COLUMN:
        note(c, l->gone, rel(c, s, op->t_from ? op->t_from->name : op->table, op->name), op);
        break;
    case SC_OP_RENAME_COLUMN: {
        const sc_column *cf = op->from, *ct = op->to;
        if (op->t_from && cf)
            note(c, l->gone, rel(c, s, op->t_from->name, cf->name), op);
        if (op->t_to && ct)
            note(c, l->made, rel(c, s, op->t_to->name, ct->name), op);
        break;
    }
    case SC_OP_CREATE_SCHEMA:
        note(c, l->made, sc_priv_key(c->tmp, SC_PRIV_OBJ_SCHEMA, NULL, op->name, NULL, NULL), op);
        break;
    case SC_OP_DROP_SCHEMA:
        note(c, l->gone, sc_priv_key(c->tmp, SC_PRIV_OBJ_SCHEMA, NULL, op->name, NULL, NULL), op);
        break;
    case SC_OP_CREATE_ENUM:
    case SC_OP_CREATE_UTYPE:
        note(c, l->made, sc_priv_key(c->tmp, SC_PRIV_OBJ_TYPE, s, op->name, NULL, NULL), op);
        break;
    case SC_OP_DROP_ENUM:
    case SC_OP_DROP_UTYPE:
        note(c, l->gone, sc_priv_key(c->tmp, SC_PRIV_OBJ_TYPE, s, op->name, NULL, NULL), op);
        break;
    case SC_OP_REBUILD_UTYPE:   /* a new type of the same name */
        note(c, l->gone, sc_priv_key(c->tmp, SC_PRIV_OBJ_TYPE, s, op->name, NULL, NULL), op);
        note(c, l->made, sc_priv_key(c->tmp, SC_PRIV_OBJ_TYPE, s, op->name, NULL, NULL), op);
        break;
    case SC_OP_CREATE_FUNCTION:
        note_function(c, l->made, op->to, op);
        break;
    case SC_OP_DROP_FUNCTION:
        note_function(c, l->gone, op->from, op);
        break;
    default:
        break;
    }
}

/* The ops of key (and, for a column, of its relation) in m: NULL when none. */
static sc_vec *ops_of(sc_strmap *m, const char *key)
{
    return sc_strmap_get(m, key);
}

typedef struct object_ops {
    sc_vec *made[2], *gone[2];   /* of the object, and of the relation of a column */
} object_ops;

static void object_ops_of(sc_dctx *c, lifecycle *l, sc_priv_obj obj, const char *schema, const char *name,
                          const char *args, const char *column, object_ops *o)
{
    const char *k = sc_priv_key(c->tmp, obj, schema, name, args, column);
    o->made[0] = ops_of(l->made, k);
    o->gone[0] = ops_of(l->gone, k);
    o->made[1] = o->gone[1] = NULL;
    if (column) {
        const char *tk = sc_priv_key(c->tmp, obj, schema, name, args, NULL);
        o->made[1] = ops_of(l->made, tk);
        o->gone[1] = ops_of(l->gone, tk);
    }
}

static bool is_rename(const sc_op *op)
{
    return op->kind == SC_OP_RENAME_TABLE || op->kind == SC_OP_RENAME_VIEW || op->kind == SC_OP_RENAME_COLUMN;
}

/* an op of v[0] or v[1] other than a rename (a rename keeps the object) */
static bool any_but_renames(sc_vec *const v[2])
{
    for (int i = 0; i < 2; i++)
        for (size_t j = 0; v[i] && j < v[i]->n; j++)
            if (!is_rename(SC_VEC_AT(*v[i], j, sc_op)))
                return true;
    return false;
}

/* The object is dropped and created again (under its from-side names in
 * of, its to-side names in ot: the same when it is not renamed): it loses
 * its grants and owner. A rename is no re-creation. */
static bool recreated(const object_ops *of, const object_ops *ot)
{
    return (any_but_renames(of->gone) || any_but_renames(ot->gone)) &&
           (any_but_renames(of->made) || any_but_renames(ot->made));
}

/* ---- renames: grants and owners follow their object ---------------------- *
 * A table, view or column renamed by a hint keeps its grants and owner in
 * PostgreSQL: the from side's are compared under the to side's names, so
 * that the same grants make no op, and a changed one is one op on the
 * to-side name, after the rename (its inverse runs before the rename back,
 * under the same name). */

/* the to-side column that continues from-side column `col` of pair p;
 * NULL when that name is taken by another column renamed into it */
static const char *follow_column(const sc_tpair *p, const char *col)
{
    const char *to = sc_map_col(p, col);
    if (strcmp(to, col))
        return to;
    for (size_t i = 0; i < p->from->columns.n; i++) {
        const sc_column *x = SC_VEC_AT(p->from->columns, i, sc_column);
        if (strcmp(x->name, col) && !strcmp(sc_map_col(p, x->name), col))
            return NULL;
    }
    return col;
}

/* The to-side names (*name, *column) of a from-side object: false when
 * the object does not go on and its name is taken by another one renamed
 * into it (its grants then pair with nothing of the to side). Only
 * relations are renamed: every other object keeps its names. */
static bool follow(sc_dctx *c, sc_priv_obj obj, const char *schema, const char **name, const char **column)
{
    if (obj != SC_PRIV_OBJ_TABLE)
        return true;
    const char *key = sc_dqname(c->tmp, schema, *name);
    const sc_tpair *p = sc_strmap_get(c->pair_by_from, key);
    if (p) {
        *name = p->to->name;
        return !*column || (*column = follow_column(p, *column)) != NULL;
    }
    const sc_vstate *v = sc_strmap_get(c->vs_by_from, key);
    if (v && v->to) {
        *name = v->to->name;
        return true;
    }
    /* gone: the to-side object of its name, if any, must not continue another */
    p = sc_strmap_get(c->pair_by_to, key);
    v = sc_strmap_get(c->vs_by_to, key);
    return !p && !(v && v->from);
}

/* op after what makes its object, or (before) ahead of what takes it away */
static void order(sc_dctx *c, sc_op *op, const object_ops *o, bool before)
{
    for (int i = 0; i < 2; i++) {
        sc_vec *v = before ? o->gone[i] : o->made[i];
        for (size_t j = 0; v && j < v->n; j++) {
            sc_op *x = SC_VEC_AT(*v, j, sc_op);
            if (before)
                sc_op_dep(c, x, op);
            else
                sc_op_dep(c, op, x);
        }
    }
    if (before)
        op->changes |= SC_CHG_PRIV_BEFORE;
}

static sc_op *new_op(sc_dctx *c, sc_op_kind k, const char *schema, const char *name, const void *from,
                     const void *to)
{
    sc_op *op = sc_new_op(c, k, schema, NULL, name);
    op->from = from;
    op->to = to;
    return op;
}

/* ---- grants ----------------------------------------------------------------- */

static const char *grant_key(sc_dctx *c, const sc_grant *g)
{
    return sc_arena_printf(c->tmp, "%s\x1e%s", sc_priv_key(c->tmp, g->obj, g->schema, g->name, g->args, g->column),
                           g->grantee);
}

static const char *obj_schema(const sc_grant *g)
{
    return g->obj == SC_PRIV_OBJ_SCHEMA ? g->name : g->schema;
}

/* a from-side grant under its to-side names (g itself when they are the
 * same); NULL when its object does not go on and another takes its name */
static const sc_grant *followed_grant(sc_dctx *c, const sc_grant *g)
{
    const char *name = g->name, *column = g->column;
    if (!follow(c, g->obj, g->schema, &name, &column))
        return NULL;
    if (!strcmp(name, g->name) && (!column || !strcmp(column, g->column)))
        return g;
    sc_grant *r = sc_arena_alloc(c->a, sizeof *r);
    *r = *g;
    r->name = name;
    r->column = column;
    return r;
}

static void no_ops(object_ops *o)
{
    memset(o, 0, sizeof *o);
}

static const sc_grant *owner_plain(sc_dctx *c, const sc_grant *g, sc_strmap *owners);

typedef struct grant_owners {
    sc_strmap *from, *to;   /* owners_of each side */
} grant_owners;

/* f0: the from side's grant, f: the same under the to side's names, t: the
 * to side's (any but one of them may be NULL) */
static void grant_pair(sc_dctx *c, lifecycle *l, const grant_owners *own, const sc_grant *f0, const sc_grant *f,
                       const sc_grant *t)
{
    object_ops of, ot;
    no_ops(&of);
    no_ops(&ot);
    if (f0)
        object_ops_of(c, l, f0->obj, f0->schema, f0->name, f0->args, f0->column, &of);
    if (t)
        object_ops_of(c, l, t->obj, t->schema, t->name, t->args, t->column, &ot);
    if (recreated(&of, &ot)) {
        if (f0)
            order(c, new_op(c, SC_OP_GRANT, obj_schema(f0), f0->name, f0, NULL), &of, true);
        if (t)
            order(c, new_op(c, SC_OP_GRANT, obj_schema(t), t->name, NULL, t), &ot, false);
        return;
    }
    /* an owner's grant options on an object that stays, and stays its:
     * the other side is the owner's plain privileges (beyond_owner); a
     * grant to a role that becomes the owner, or stops being it, is
     * compared as it is */
    if (f && !t && !any_but_renames(of.gone) && owner_plain(c, f0, own->from) &&
        (t = owner_plain(c, f, own->to)) != NULL)
        object_ops_of(c, l, t->obj, t->schema, t->name, t->args, NULL, &ot);
    if (!f0 && t && !f && owner_plain(c, t, own->to))
        f = owner_plain(c, t, own->from);
    if (f && t && f->privs == t->privs && f->grant_option == t->grant_option && f->revoked == t->revoked)
        return;
    if (!t) {   /* only revoked: before its object goes, under its from-side name */
        order(c, new_op(c, SC_OP_GRANT, obj_schema(f0), f0->name, f0, NULL), &of, true);
        return;
    }
    /* after its object is made (or renamed into its name) */
    order(c, new_op(c, SC_OP_GRANT, obj_schema(t), t->name, f, t), &ot, false);
}

/* object key -> owner role, of one side, and of the other where it names none */
static sc_strmap *owners_of(sc_dctx *c, const sc_model *m, const sc_model *other)
{
    sc_strmap *o = sc_strmap_new();
    const sc_model *ms[2] = {other, m};   /* m's own last: they win */
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < ms[k]->privs.owners.n; i++) {
            const sc_owner *x = ms[k]->privs.owners.items[i];
            sc_strmap_put(o, sc_priv_key(c->tmp, x->obj, x->schema, x->name, x->args, NULL), (void *)x->role);
        }
    return o;
}

static unsigned public_default(sc_priv_obj obj)
{
    return sc_priv_public_default(obj);
}

/* the owner of g's object, as owners (owners_of) has it: NULL when none */
static const char *owner_of(sc_dctx *c, const sc_grant *g, sc_strmap *owners)
{
    return sc_strmap_get(owners, sc_priv_key(c->tmp, g->obj, g->schema, g->name, g->args, NULL));
}

/* g without what its grantee has anyway, as PUBLIC by default (a GRANT of
 * it changes nothing, and the catalog shows none): NULL when nothing is
 * left. The owner has every privilege anyway, but not WITH GRANT OPTION
 * as far as the ACL goes: GRANT ALL ... TO owner WITH GRANT OPTION stores
 * the option bits (a*r*w*...), and pg_dump writes that GRANT. An owner's
 * grant is therefore kept only for its grant options, and read as all the
 * owner's privileges, those with the option: its other side, where it has
 * none, is the owner's plain privileges (owner_plain), so that the SQL is
 * GRANT ... WITH GRANT OPTION / REVOKE GRANT OPTION FOR, never a REVOKE
 * of what the owner holds. A column grant is kept as it is (an owner's
 * column grant is one more ACL entry, attacl, that pg_dump writes). */
static const sc_grant *beyond_owner(sc_dctx *c, const sc_grant *g, sc_strmap *owners)
{
    if (g->column)
        return g;
    const char *owner = owner_of(c, g, owners);
    if (owner && !strcmp(owner, g->grantee)) {
        unsigned all = sc_priv_all(g->obj, false);
        if (!(g->grant_option & all) && !(g->privs & ~all))
            return NULL;
        sc_grant *r = sc_arena_alloc(c->a, sizeof *r);
        *r = *g;
        r->privs |= all;
        return r;
    }
    unsigned all = !strcmp(g->grantee, "PUBLIC") ? public_default(g->obj) : 0;
    if (!(g->privs & all))
        return g;
    if (!(g->privs & ~all) && !g->revoked)
        return NULL;
    sc_grant *r = sc_arena_alloc(c->a, sizeof *r);
    *r = *g;
    r->privs &= ~all;
    r->grant_option &= ~all;
    return r;
}

/* The other side of owner's grant g (beyond_owner) where that side has
 * none: the owner's privileges without the option; NULL when g's grantee
 * is not the owner there, or g is a column grant. */
static const sc_grant *owner_plain(sc_dctx *c, const sc_grant *g, sc_strmap *owners)
{
    if (!g || g->column)
        return NULL;
    const char *owner = owner_of(c, g, owners);
    if (!owner || strcmp(owner, g->grantee))
        return NULL;
    sc_grant *r = sc_arena_alloc(c->a, sizeof *r);
    *r = *g;
    r->privs = sc_priv_all(g->obj, false);
    r->grant_option = 0;
    r->revoked = 0;
    return r;
}

/* the pairing key of from-side grant g0 (followed: f) */
static const char *from_grant_key(sc_dctx *c, const sc_grant *g0, const sc_grant *f)
{
    return f ? grant_key(c, f) : sc_arena_printf(c->tmp, "\x01%s", grant_key(c, g0));
}

static void diff_grants(sc_dctx *c, lifecycle *l)
{
    sc_strmap *by_key = sc_strmap_new(), *seen = sc_strmap_new();
    sc_strmap *fown = owners_of(c, c->from, c->to), *town = owners_of(c, c->to, c->from);
    grant_owners own = {fown, town};
    const sc_vec *fg = &c->from->privs.grants, *tg = &c->to->privs.grants;
    for (size_t i = 0; i < fg->n; i++) {
        const sc_grant *f0 = beyond_owner(c, fg->items[i], fown);
        if (f0)
            sc_strmap_put(by_key, from_grant_key(c, f0, followed_grant(c, f0)), (void *)f0);
    }
    for (size_t i = 0; i < tg->n; i++) {
        const sc_grant *t = beyond_owner(c, tg->items[i], town);
        if (!t)
            continue;
        const char *k = grant_key(c, t);
        sc_strmap_put(seen, k, (void *)t);
        const sc_grant *f0 = sc_strmap_get(by_key, k);
        grant_pair(c, l, &own, f0, f0 ? followed_grant(c, f0) : NULL, t);
    }
    for (size_t i = 0; i < fg->n; i++) {
        const sc_grant *f0 = beyond_owner(c, fg->items[i], fown);
        if (f0 && !sc_strmap_has(seen, from_grant_key(c, f0, followed_grant(c, f0))))
            grant_pair(c, l, &own, f0, followed_grant(c, f0), NULL);
    }
    sc_strmap_free(by_key);
    sc_strmap_free(seen);
    sc_strmap_free(fown);
    sc_strmap_free(town);
}

/* ---- owners ----------------------------------------------------------------- */

static const char *owner_key(sc_dctx *c, const sc_owner *o)
{
    return sc_priv_key(c->tmp, o->obj, o->schema, o->name, o->args, NULL);
}

/* a from-side owner under its to-side names, as followed_grant */
static const sc_owner *followed_owner(sc_dctx *c, const sc_owner *o)
{
    const char *name = o->name, *column = NULL;
    if (!follow(c, o->obj, o->schema, &name, &column))
        return NULL;
    if (!strcmp(name, o->name))
        return o;
    sc_owner *r = sc_arena_alloc(c->a, sizeof *r);
    *r = *o;
    r->name = name;
    return r;
}

static void diff_owners(sc_dctx *c, lifecycle *l)
{
    sc_strmap *by_key = sc_strmap_new();
    const sc_vec *fo = &c->from->privs.owners, *to = &c->to->privs.owners;
    for (size_t i = 0; i < fo->n; i++) {
        const sc_owner *f = followed_owner(c, fo->items[i]);
        if (f)
            sc_strmap_put(by_key, owner_key(c, f), fo->items[i]);
    }
    for (size_t i = 0; i < to->n; i++) {
        const sc_owner *t = to->items[i], *f0 = sc_strmap_get(by_key, owner_key(c, t));
        const sc_owner *f = f0 ? followed_owner(c, f0) : NULL;
        const char *schema = t->obj == SC_PRIV_OBJ_SCHEMA ? t->name : t->schema;
        object_ops of, ot;
        no_ops(&of);
        if (f0)
            object_ops_of(c, l, f0->obj, f0->schema, f0->name, f0->args, NULL, &of);
        object_ops_of(c, l, t->obj, t->schema, t->name, t->args, NULL, &ot);
        if (recreated(&of, &ot)) {
            if (f0)   /* writes nothing; its inverse gives the down script's object its owner back */
                order(c, new_op(c, SC_OP_OWNER, f0->obj == SC_PRIV_OBJ_SCHEMA ? f0->name : f0->schema, f0->name,
                                f0, NULL), &of, true);
            order(c, new_op(c, SC_OP_OWNER, schema, t->name, NULL, t), &ot, false);
            continue;
        }
        if (f && !strcmp(f->role, t->role))
            continue;
        order(c, new_op(c, SC_OP_OWNER, schema, t->name, f, t), &ot, false);
    }
    sc_strmap_free(by_key);
}

/* ---- default privileges --------------------------------------------------------- */

static const char *default_key(sc_dctx *c, const sc_default_priv *p)
{
    return sc_arena_printf(c->tmp, "%s\x1f%s\x1f%c\x1f%s", p->role, p->schema ? p->schema : "", p->objtype,
                           p->grantee);
}

/* p without what its FOR ROLE, or PUBLIC, has by default anyway (the
 * default privileges of every schema start from acldefault). The role's
 * own entry is kept for its grant options, as an owner's grant is
 * (beyond_owner): ALTER DEFAULT PRIVILEGES FOR ROLE r GRANT ALL ON TABLES
 * TO r WITH GRANT OPTION stores a*r*w*... and pg_dump writes it. */
static const sc_default_priv *beyond_builtin(sc_dctx *c, const sc_default_priv *p)
{
    if (!p || p->schema)
        return p;
    sc_priv_obj obj = sc_priv_defobj(p->objtype);
    if (!strcmp(p->grantee, p->role)) {
        unsigned all = sc_priv_all(obj, false);
        if (!(p->grant_option & all) && !(p->privs & ~all))
            return NULL;
        sc_default_priv *r = sc_arena_alloc(c->a, sizeof *r);
        *r = *p;
        r->privs |= all;
        return r;
    }
    unsigned all = !strcmp(p->grantee, "PUBLIC") ? public_default(obj) : 0;
    if (!(p->privs & all))
        return p;
    if (!(p->privs & ~all))
        return NULL;
    sc_default_priv *r = sc_arena_alloc(c->a, sizeof *r);
    *r = *p;
    r->privs &= ~all;
    r->grant_option &= ~all;
    return r;
}

/* The other side of a role's own entry for every schema (beyond_builtin)
 * where that side has none: its built-in privileges without the option. */
static const sc_default_priv *builtin_plain(sc_dctx *c, const sc_default_priv *p)
{
    if (!p || p->schema || strcmp(p->grantee, p->role))
        return NULL;
    sc_default_priv *r = sc_arena_alloc(c->a, sizeof *r);
    *r = *p;
    r->privs = sc_priv_all(sc_priv_defobj(p->objtype), false);
    r->grant_option = 0;
    return r;
}

static void default_pair(sc_dctx *c, lifecycle *l, const sc_default_priv *f, const sc_default_priv *t)
{
    f = beyond_builtin(c, f);
    t = beyond_builtin(c, t);
    if (!f && !t)
        return;
    if (!f)
        f = builtin_plain(c, t);
    else if (!t)
        t = builtin_plain(c, f);
    if (f && t && f->privs == t->privs && f->grant_option == t->grant_option)
        return;
    const sc_default_priv *g = t ? t : f;
    sc_op *op = new_op(c, SC_OP_DEFAULT_PRIVS, g->schema, g->role, f, t);
    if (g->schema) {
        object_ops o;
        object_ops_of(c, l, SC_PRIV_OBJ_SCHEMA, NULL, g->schema, NULL, NULL, &o);
        order(c, op, &o, !t);
    }
}

static void diff_defaults(sc_dctx *c, lifecycle *l)
{
    sc_strmap *by_key = sc_strmap_new(), *seen = sc_strmap_new();
    const sc_vec *fd = &c->from->privs.defaults, *td = &c->to->privs.defaults;
    for (size_t i = 0; i < fd->n; i++)
        sc_strmap_put(by_key, default_key(c, fd->items[i]), fd->items[i]);
    for (size_t i = 0; i < td->n; i++) {
        const char *k = default_key(c, td->items[i]);
        sc_strmap_put(seen, k, td->items[i]);
        default_pair(c, l, sc_strmap_get(by_key, k), td->items[i]);
    }
    for (size_t i = 0; i < fd->n; i++)
        if (!sc_strmap_has(seen, default_key(c, fd->items[i])))
            default_pair(c, l, fd->items[i], NULL);
    sc_strmap_free(by_key);
    sc_strmap_free(seen);
}

void sc_diff_privileges(sc_dctx *c)
{
    lifecycle l = {sc_strmap_new(), sc_strmap_new()};
    size_t n = c->ops.n;   /* the other ops; ours come after */
    for (size_t i = 0; i < n; i++)
        note_op(c, &l, SC_VEC_AT(c->ops, i, sc_op));
    diff_owners(c, &l);
    diff_grants(c, &l);
    diff_defaults(c, &l);
    sc_strmap_free(l.made);
    sc_strmap_free(l.gone);
}

const char *sc_privilege_describe(sc_arena *a, const sc_op *op)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (op->kind == SC_OP_DEFAULT_PRIVS) {
        const sc_default_priv *p = op->to ? op->to : op->from;
        sc_sb_puts(&b, "default privileges for role ");
        sc_sb_ident(&b, p->role);
        if (p->schema) {
            sc_sb_puts(&b, " in schema ");
            sc_sb_ident(&b, p->schema);
        }
        sc_sb_puts(&b, " to ");
        sc_sb_ident(&b, p->grantee);
    } else if (op->kind == SC_OP_OWNER) {
        const sc_owner *o = op->to ? op->to : op->from;
        sc_sb_puts(&b, "owner of ");
        sc_sb_priv_named(&b, sc_priv_obj_word(o->obj), o->obj, o->schema, o->name, o->args);
        if (op->to) {
            sc_sb_puts(&b, " to ");
            sc_sb_ident(&b, o->role);
        }
    } else {
        const sc_grant *g = op->to ? op->to : op->from;
        sc_sb_puts(&b, !op->from ? "grant on " : !op->to ? "revoke on " : "privileges on ");
        sc_sb_priv_named(&b, sc_priv_obj_word(g->obj), g->obj, g->schema, g->name, g->args);
        if (g->column) {
            sc_sb_puts(&b, " column ");
            sc_sb_ident(&b, g->column);
        }
        sc_sb_puts(&b, !op->from ? " to " : !op->to ? " from " : " of ");
        sc_sb_ident(&b, g->grantee);
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}
