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
    sc_vec *v = sc_strmap_get(m, key);
    if (!v) {
        v = sc_arena_alloc(c->tmp, sizeof *v);
        memset(v, 0, sizeof *v);
        sc_strmap_put(m, key, v);
    }
    sc_vec_push(c->tmp, v, op);
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

static bool recreated(const object_ops *o)
{
    return (o->made[0] || o->made[1]) && (o->gone[0] || o->gone[1]);
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

static void grant_pair(sc_dctx *c, lifecycle *l, const sc_grant *f, const sc_grant *t)
{
    const sc_grant *g = t ? t : f;
    object_ops o;
    object_ops_of(c, l, g->obj, g->schema, g->name, g->args, g->column, &o);
    bool same = f && t && f->privs == t->privs && f->grant_option == t->grant_option && f->revoked == t->revoked;
    if (recreated(&o)) {
        if (f)
            order(c, new_op(c, SC_OP_GRANT, obj_schema(f), f->name, f, NULL), &o, true);
        if (t)
            order(c, new_op(c, SC_OP_GRANT, obj_schema(t), t->name, NULL, t), &o, false);
        return;
    }
    if (same)
        return;
    sc_op *op = new_op(c, SC_OP_GRANT, obj_schema(g), g->name, f, t);
    /* only revoked: before its object goes; else after it is made */
    order(c, op, &o, !t);
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

/* g without what its grantee has anyway, as the object's owner or as
 * PUBLIC by default (a GRANT of it changes nothing, and the catalog shows
 * none): NULL when nothing is left */
static const sc_grant *beyond_owner(sc_dctx *c, const sc_grant *g, sc_strmap *owners)
{
    if (g->column)
        return g;
    const char *owner = sc_strmap_get(owners, sc_priv_key(c->tmp, g->obj, g->schema, g->name, g->args, NULL));
    unsigned all = !strcmp(g->grantee, "PUBLIC") ? public_default(g->obj) : 0;
    if (owner && !strcmp(owner, g->grantee))
        all = sc_priv_all(g->obj, false);
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

static void diff_grants(sc_dctx *c, lifecycle *l)
{
    sc_strmap *by_key = sc_strmap_new(), *seen = sc_strmap_new();
    sc_strmap *fown = owners_of(c, c->from, c->to), *town = owners_of(c, c->to, c->from);
    const sc_vec *fg = &c->from->privs.grants, *tg = &c->to->privs.grants;
    for (size_t i = 0; i < fg->n; i++) {
        const sc_grant *f = beyond_owner(c, fg->items[i], fown);
        if (f)
            sc_strmap_put(by_key, grant_key(c, f), (void *)f);
    }
    for (size_t i = 0; i < tg->n; i++) {
        const sc_grant *t = beyond_owner(c, tg->items[i], town);
        if (!t)
            continue;
        const char *k = grant_key(c, t);
        sc_strmap_put(seen, k, (void *)t);
        grant_pair(c, l, sc_strmap_get(by_key, k), t);
    }
    for (size_t i = 0; i < fg->n; i++) {
        const sc_grant *f = beyond_owner(c, fg->items[i], fown);
        if (f && !sc_strmap_has(seen, grant_key(c, f)))
            grant_pair(c, l, f, NULL);
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

static void diff_owners(sc_dctx *c, lifecycle *l)
{
    sc_strmap *by_key = sc_strmap_new();
    const sc_vec *fo = &c->from->privs.owners, *to = &c->to->privs.owners;
    for (size_t i = 0; i < fo->n; i++)
        sc_strmap_put(by_key, owner_key(c, fo->items[i]), fo->items[i]);
    for (size_t i = 0; i < to->n; i++) {
        const sc_owner *t = to->items[i], *f = sc_strmap_get(by_key, owner_key(c, t));
        const char *schema = t->obj == SC_PRIV_OBJ_SCHEMA ? t->name : t->schema;
        object_ops o;
        object_ops_of(c, l, t->obj, t->schema, t->name, t->args, NULL, &o);
        if (recreated(&o)) {
            if (f)   /* writes nothing; its inverse gives the down script's object its owner back */
                order(c, new_op(c, SC_OP_OWNER, schema, t->name, f, NULL), &o, true);
            order(c, new_op(c, SC_OP_OWNER, schema, t->name, NULL, t), &o, false);
            continue;
        }
        if (f && !strcmp(f->role, t->role))
            continue;
        order(c, new_op(c, SC_OP_OWNER, schema, t->name, f, t), &o, false);
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
 * default privileges of every schema start from acldefault) */
static const sc_default_priv *beyond_builtin(sc_dctx *c, const sc_default_priv *p)
{
    if (!p || p->schema)
        return p;
    sc_priv_obj obj = sc_priv_defobj(p->objtype);
    unsigned all = !strcmp(p->grantee, "PUBLIC") ? public_default(obj)
                   : !strcmp(p->grantee, p->role) ? sc_priv_all(obj, false) : 0;
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

static void default_pair(sc_dctx *c, lifecycle *l, const sc_default_priv *f, const sc_default_priv *t)
{
    f = beyond_builtin(c, f);
    t = beyond_builtin(c, t);
    if (!f && !t)
        return;
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
