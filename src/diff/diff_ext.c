/* diff_ext.c - extensions and collations (PostgreSQL): their operations,
 * and the edges that put them before what uses them and after what stops
 * using them.
 *
 * An extension is matched by name. A declared one that says no schema or
 * no version accepts whatever the database has; one that says them gets
 * ALTER EXTENSION ... SET SCHEMA / UPDATE TO. Dropping one is a hazard.
 * The objects an extension installs are never in a model (the inspector
 * leaves pg_depend 'e' members out), so they are never diffed or dropped.
 *
 * A collation whose definition changes cannot be altered: REPLACE_COLLATION
 * creates the new one under a temporary name, moves the columns that use
 * the old one to it, drops the old one and renames the new one (emitted by
 * migration_ext.c, which finds the columns on the plan's `from` side: that
 * is the database's state whenever the op runs, first in the up script,
 * last in the down one).
 *
 * Which columns use an extension: a column whose type the catalog lists
 * as a member of the extension (sc_extension.types); a declared extension
 * has no member list, so a column of a type that is neither built-in nor
 * the model's depends on every extension the plan creates. Views, indexes
 * and constraints may call an extension's functions: they depend on every
 * extension the plan creates (there are few). */
#include <string.h>

#include "diff/diff_int.h"

static bool str_same(const char *x, const char *y)
{
    return x && y ? !strcmp(x, y) : x == y;
}

static sc_op *ext_op(sc_dctx *c, sc_op_kind k, const sc_extension *f, const sc_extension *t)
{
    const sc_extension *e = t ? t : f;
    sc_op *op = sc_new_op(c, k, e->schema ? e->schema : SC_DEFAULT_SCHEMA, NULL, e->name);
    op->from = f;
    op->to = t;
    return op;
}

static sc_op *coll_op(sc_dctx *c, sc_op_kind k, const sc_collation *f, const sc_collation *t)
{
    const sc_collation *co = t ? t : f;
    sc_op *op = sc_new_op(c, k, co->schema, NULL, co->name);
    op->from = f;
    op->to = t;
    return op;
}

/* An unsaid schema or version (a declared extension's) is whatever the
 * database has: only two that are said can differ, either way round. */
static bool ext_differs(const sc_extension *f, const sc_extension *t)
{
    return (t->schema && f->schema && !str_same(f->schema, t->schema)) ||
           (t->version && f->version && !str_same(f->version, t->version));
}

void sc_diff_ext(sc_dctx *c)
{
    for (size_t i = 0; i < c->to->extensions.n; i++) {
        const sc_extension *t = SC_VEC_AT(c->to->extensions, i, sc_extension);
        const sc_extension *f = sc_model_extension(c->from, t->name);
        if (!f)
            ext_op(c, SC_OP_CREATE_EXTENSION, NULL, t);
        else if (ext_differs(f, t))
            ext_op(c, SC_OP_ALTER_EXTENSION, f, t);
    }
    for (size_t i = 0; i < c->from->extensions.n; i++) {
        const sc_extension *f = SC_VEC_AT(c->from->extensions, i, sc_extension);
        if (!sc_model_extension(c->to, f->name))
            ext_op(c, SC_OP_DROP_EXTENSION, f, NULL);
    }
    for (size_t i = 0; i < c->to->collations.n; i++) {
        const sc_collation *t = SC_VEC_AT(c->to->collations, i, sc_collation);
        const sc_collation *f = sc_model_collation(c->from, t->schema, t->name);
        if (!f)
            coll_op(c, SC_OP_CREATE_COLLATION, NULL, t);
        else if (!sc_collation_same(f, t))
            coll_op(c, SC_OP_REPLACE_COLLATION, f, t);
    }
    for (size_t i = 0; i < c->from->collations.n; i++) {
        const sc_collation *f = SC_VEC_AT(c->from->collations, i, sc_collation);
        if (!sc_model_collation(c->to, f->schema, f->name))
            coll_op(c, SC_OP_DROP_COLLATION, f, NULL);
    }
}

/* ---- edges ---------------------------------------------------------------- */

typedef struct ectx {
    sc_dctx *c;
    sc_strmap *schemas;     /* schema name -> CREATE_SCHEMA / DROP_SCHEMA op */
    sc_strmap *exts;        /* extension name -> its op */
    sc_strmap *colls;       /* "schema.name" -> its op */
    sc_vec ext_adds;        /* CREATE / ALTER EXTENSION ops */
    sc_vec ext_drops;       /* DROP EXTENSION ops */
} ectx;

/* The op of the collation a column or index element names, on side m. */
static sc_op *coll_op_of(ectx *e, const sc_model *m, const char *collation)
{
    const sc_collation *co = sc_model_collation_named(m, collation);
    return co ? sc_strmap_get(e->colls, sc_dqname(e->c->a, co->schema, co->name)) : NULL;
}

static void dep_all(ectx *e, sc_op *after, const sc_vec *befores)
{
    for (size_t i = 0; i < befores->n; i++)
        sc_op_dep(e->c, after, befores->items[i]);
}

static void all_dep(ectx *e, const sc_vec *afters, sc_op *before)
{
    for (size_t i = 0; i < afters->n; i++)
        sc_op_dep(e->c, afters->items[i], before);
}

/* A column that `op` brings (adds) or takes away (!adds), on side m. */
static void column_uses(ectx *e, sc_op *op, const sc_model *m, const sc_column *col, bool adds)
{
    if (!col)
        return;
    sc_op *co = coll_op_of(e, m, sc_column_collation(col));
    if (co && adds && co->kind != SC_OP_DROP_COLLATION)
        sc_op_dep(e->c, op, co);
    if (co && !adds && co->kind == SC_OP_DROP_COLLATION)
        sc_op_dep(e->c, co, op);
    const sc_extension *x = sc_model_type_extension(m, &col->type);
    if (!x && (sc_type_is_builtin(&col->type) || sc_diff_enum_of(m, &col->type)))
        return;
    sc_op *xo = x ? sc_strmap_get(e->exts, x->name) : NULL;
    if (adds) {
        if (xo && xo->kind != SC_OP_DROP_EXTENSION)
            sc_op_dep(e->c, op, xo);
        else if (!x)
            dep_all(e, op, &e->ext_adds);
    } else {
        if (xo && xo->kind == SC_OP_DROP_EXTENSION)
            sc_op_dep(e->c, xo, op);
        else if (!x)
            all_dep(e, &e->ext_drops, op);
    }
}

static void index_uses(ectx *e, sc_op *op, const sc_model *m, const sc_index *ix, bool adds)
{
    for (size_t i = 0; ix && i < ix->nelems; i++) {
        sc_op *co = coll_op_of(e, m, sc_index_elem_collation(&ix->elems[i]));
        if (co && adds && co->kind != SC_OP_DROP_COLLATION)
            sc_op_dep(e->c, op, co);
        if (co && !adds && co->kind == SC_OP_DROP_COLLATION)
            sc_op_dep(e->c, co, op);
    }
    /* an operator class or a function of an extension */
    if (adds)
        dep_all(e, op, &e->ext_adds);
    else
        all_dep(e, &e->ext_drops, op);
}

static void table_uses(ectx *e, sc_op *op, const sc_model *m, const sc_table *t, bool adds)
{
    for (size_t i = 0; t && i < t->columns.n; i++)
        column_uses(e, op, m, SC_VEC_AT(t->columns, i, sc_column), adds);
    if (t && (t->constraints.n || t->indexes.n))
        index_uses(e, op, m, NULL, adds);   /* checks and defaults may call an extension's functions */
}

/* A user type (domain, composite or range type) that `op` creates or
 * alters (adds) or drops (!adds), on side m: its base, subtype or attributes
 * may be an extension's type (`domain email citext`), and it or its
 * attributes may name a collation. As for enums, any extension may provide
 * what it uses: every extension is created before it and dropped after it. */
static void utype_uses(ectx *e, sc_op *op, const sc_model *m, const sc_utype *u, bool adds)
{
    if (!u)
        return;
    if (adds)
        dep_all(e, op, &e->ext_adds);
    else
        all_dep(e, &e->ext_drops, op);
    for (size_t i = 0; i <= u->attrs.n; i++) {
        const char *coll = i < u->attrs.n ? SC_VEC_AT(u->attrs, i, sc_type_attr)->collation : u->collation;
        sc_op *co = coll_op_of(e, m, coll);
        if (co && adds && co->kind != SC_OP_DROP_COLLATION)
            sc_op_dep(e->c, op, co);
        if (co && !adds && co->kind == SC_OP_DROP_COLLATION)
            sc_op_dep(e->c, co, op);
    }
}

static void index_ops(ectx *e)
{
    sc_dctx *c = e->c;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        switch (op->kind) {
        case SC_OP_CREATE_SCHEMA:
        case SC_OP_DROP_SCHEMA:
            sc_strmap_put(e->schemas, op->name, op);
            break;
        case SC_OP_CREATE_EXTENSION:
        case SC_OP_ALTER_EXTENSION:
            sc_strmap_put(e->exts, op->name, op);
            sc_vec_push(c->a, &e->ext_adds, op);
            break;
        case SC_OP_DROP_EXTENSION:
            sc_strmap_put(e->exts, op->name, op);
            sc_vec_push(c->a, &e->ext_drops, op);
            break;
        case SC_OP_CREATE_COLLATION:
        case SC_OP_DROP_COLLATION:
        case SC_OP_REPLACE_COLLATION:
            sc_strmap_put(e->colls, sc_dqname(c->a, op->schema, op->name), op);
            break;
        default:
            break;
        }
    }
}

/* The schema an extension or collation lives in is created before it and
 * dropped after it. */
static void schema_edges(ectx *e, sc_op *op)
{
    const sc_extension *x = op->kind == SC_OP_CREATE_EXTENSION || op->kind == SC_OP_ALTER_EXTENSION ? op->to
                            : op->kind == SC_OP_DROP_EXTENSION ? op->from : NULL;
    const char *schema = x ? x->schema : op->schema;
    if (x && !schema)
        return;
    sc_op *so = schema ? sc_strmap_get(e->schemas, schema) : NULL;
    if (!so)
        return;
    bool adds = op->kind != SC_OP_DROP_EXTENSION && op->kind != SC_OP_DROP_COLLATION;
    if (adds && so->kind == SC_OP_CREATE_SCHEMA)
        sc_op_dep(e->c, op, so);
    if (!adds && so->kind == SC_OP_DROP_SCHEMA)
        sc_op_dep(e->c, so, op);
}

void sc_ext_edges(sc_dctx *c)
{
    if (!c->from->extensions.n && !c->to->extensions.n && !c->from->collations.n && !c->to->collations.n)
        return;
    ectx e = {c, sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), {0}, {0}};
    index_ops(&e);
    size_t n = c->ops.n;
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        switch (op->kind) {
        case SC_OP_CREATE_EXTENSION:
        case SC_OP_ALTER_EXTENSION:
        case SC_OP_DROP_EXTENSION:
        case SC_OP_CREATE_COLLATION:
        case SC_OP_DROP_COLLATION:
            schema_edges(&e, op);
            break;
        case SC_OP_CREATE_TABLE:
            table_uses(&e, op, c->to, op->t_to, true);
            break;
        case SC_OP_DROP_TABLE:
            table_uses(&e, op, c->from, op->t_from, false);
            break;
        case SC_OP_ADD_COLUMN:
            column_uses(&e, op, c->to, op->to, true);
            break;
        case SC_OP_DROP_COLUMN:
            column_uses(&e, op, c->from, op->from, false);
            break;
        case SC_OP_ALTER_COLUMN:
            column_uses(&e, op, c->to, op->to, true);
            column_uses(&e, op, c->from, op->from, false);
            break;
        case SC_OP_CREATE_INDEX:
        case SC_OP_CREATE_VIEW_INDEX:
            index_uses(&e, op, c->to, op->to, true);
            break;
        case SC_OP_DROP_INDEX:
        case SC_OP_DROP_VIEW_INDEX:
            index_uses(&e, op, c->from, op->from, false);
            break;
        case SC_OP_ADD_CONSTRAINT:
        case SC_OP_CREATE_VIEW:
        case SC_OP_REPLACE_VIEW:
        case SC_OP_CREATE_ENUM:
        case SC_OP_CREATE_SEQUENCE:
            dep_all(&e, op, &e.ext_adds);
            break;
        case SC_OP_DROP_CONSTRAINT:
        case SC_OP_DROP_VIEW:
        case SC_OP_DROP_ENUM:
        case SC_OP_DROP_SEQUENCE:
            all_dep(&e, &e.ext_drops, op);
            break;
        /* user types and functions over an extension's types (newuser4) */
        case SC_OP_CREATE_UTYPE:
            utype_uses(&e, op, c->to, op->to, true);
            break;
        case SC_OP_DROP_UTYPE:
            utype_uses(&e, op, c->from, op->from, false);
            break;
        case SC_OP_ALTER_DOMAIN:      /* a check may call an extension's function */
        case SC_OP_ALTER_COMPOSITE:
        case SC_OP_REBUILD_UTYPE:
            utype_uses(&e, op, c->to, op->to, true);
            utype_uses(&e, op, c->from, op->from, false);
            break;
        case SC_OP_CREATE_FUNCTION:
        case SC_OP_REPLACE_FUNCTION:
            dep_all(&e, op, &e.ext_adds);   /* arguments and result of an extension's type */
            break;
        case SC_OP_DROP_FUNCTION:
            all_dep(&e, &e.ext_drops, op);
            break;
        default:
            break;
        }
    }
    sc_strmap_free(e.schemas);
    sc_strmap_free(e.exts);
    sc_strmap_free(e.colls);
}
