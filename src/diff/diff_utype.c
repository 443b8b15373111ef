/* diff_utype.c - domains, composite and range types: their ops and edges.
 *
 * A domain changes in place for what ALTER DOMAIN can change (default, NOT
 * NULL, checks added, dropped or validated); a composite type for what
 * ALTER TYPE can (attributes renamed from a hint, added at the end,
 * dropped, retyped while no column uses the type). Anything else (a
 * domain's base type or collation, a range type, attributes reordered) is
 * a rebuild: the old type is renamed away, the new one created, every
 * column of it cast through text (defaults taken off and put back), the
 * old one dropped; views that read those columns are re-created around it
 * by view_deps.c. PostgreSQL only: SQLite has none of them (refused at
 * emission, ddl_utype.c). */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

static bool str_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

static const sc_domain_check *check_named(const sc_utype *u, const char *name)
{
    for (size_t i = 0; i < u->checks.n; i++) {
        const sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
        if (!strcmp(k->name, name))
            return k;
    }
    return NULL;
}

static void push(const sc_domain_check ***v, size_t *n, const sc_domain_check *k)
{
    *v = realloc(*v, (*n + 1) * sizeof **v);
    if (!*v)
        abort();
    (*v)[(*n)++] = k;
}

void sc_domain_check_diff(const sc_utype *from, const sc_utype *to, sc_check_diff *out)
{
    memset(out, 0, sizeof *out);
    sc_arena *a = sc_arena_new();
    for (size_t i = 0; i < from->checks.n; i++) {
        const sc_domain_check *f = SC_VEC_AT(from->checks, i, sc_domain_check);
        const sc_domain_check *t = check_named(to, f->name);
        /* a check that becomes NOT VALID cannot be un-validated: re-added */
        if (!t || !sc_expr_same(a, f->expr, t->expr) || (!f->not_valid && t->not_valid))
            push(&out->dropped, &out->ndropped, f);
    }
    for (size_t i = 0; i < to->checks.n; i++) {
        const sc_domain_check *t = SC_VEC_AT(to->checks, i, sc_domain_check);
        const sc_domain_check *f = check_named(from, t->name);
        if (!f || !sc_expr_same(a, f->expr, t->expr) || (!f->not_valid && t->not_valid))
            push(&out->added, &out->nadded, t);
        else if (f->not_valid && !t->not_valid)
            push(&out->validated, &out->nvalidated, t);
    }
    sc_arena_free(a);
}

void sc_check_diff_free(sc_check_diff *cd)
{
    free(cd->dropped);
    free(cd->added);
    free(cd->validated);
}

const sc_type_attr *sc_composite_attr_of(const sc_utype *from, const sc_utype *to, const sc_type_attr *f)
{
    const sc_type_attr *same = NULL;
    for (size_t i = 0; i < to->attrs.n; i++) {
        const sc_type_attr *t = SC_VEC_AT(to->attrs, i, sc_type_attr);
        if (t->renamed_from && !strcmp(t->renamed_from, f->name))
            return t;   /* renamed (up) */
        if (f->renamed_from && !strcmp(f->renamed_from, t->name))
            return t;   /* renamed back (the inverse) */
        if (!strcmp(t->name, f->name))
            same = t;
    }
    /* a name the hint moved away is not the same attribute */
    if (same && same->renamed_from && strcmp(same->renamed_from, f->name))
        for (size_t i = 0; i < from->attrs.n; i++)
            if (!strcmp(SC_VEC_AT(from->attrs, i, sc_type_attr)->name, same->renamed_from))
                return NULL;
    return same;
}

static bool attr_same_def(const sc_type_attr *f, const sc_type_attr *t)
{
    return sc_type_same(&f->type, &t->type) && str_same(f->collation, t->collation);
}

bool sc_type_attr_same(const sc_type_attr *x, const sc_type_attr *y)
{
    return attr_same_def(x, y);
}

/* In place: the kept attributes keep their order and come first (ADD
 * ATTRIBUTE appends), and none is retyped while a column uses the type
 * (PostgreSQL refuses ALTER ATTRIBUTE TYPE then). */
bool sc_composite_alterable(const sc_utype *from, const sc_utype *to, bool used)
{
    size_t next = 0;
    for (size_t i = 0; i < from->attrs.n; i++) {
        const sc_type_attr *f = SC_VEC_AT(from->attrs, i, sc_type_attr);
        const sc_type_attr *t = sc_composite_attr_of(from, to, f);
        if (!t)
            continue;
        if (SC_VEC_AT(to->attrs, next, sc_type_attr) != t)
            return false;
        next++;
        if (used && !attr_same_def(f, t))
            return false;
    }
    return true;
}

static bool composite_same(const sc_utype *f, const sc_utype *t)
{
    if (f->attrs.n != t->attrs.n)
        return false;
    for (size_t i = 0; i < f->attrs.n; i++) {
        const sc_type_attr *x = SC_VEC_AT(f->attrs, i, sc_type_attr), *y = SC_VEC_AT(t->attrs, i, sc_type_attr);
        if (strcmp(x->name, y->name) || !attr_same_def(x, y))
            return false;
    }
    return true;
}

/* What cannot change in place: a domain's base type or collation, any
 * part of a range type. */
static bool needs_rebuild(const sc_utype *f, const sc_utype *t, bool used)
{
    if (f->kind != t->kind)
        return true;
    switch (t->kind) {
    case SC_UTYPE_DOMAIN:
        return !sc_type_same(&f->base, &t->base) || !str_same(f->collation, t->collation);
    case SC_UTYPE_COMPOSITE:
        return !sc_composite_alterable(f, t, used);
    default:
        return !sc_type_same(&f->base, &t->base) || !str_same(f->collation, t->collation) ||
               !str_same(f->subtype_opclass, t->subtype_opclass) || !str_same(f->canonical, t->canonical) ||
               !str_same(f->subtype_diff, t->subtype_diff) || !str_same(f->multirange, t->multirange);
    }
}

static unsigned domain_changes(sc_dctx *c, const sc_utype *f, const sc_utype *t)
{
    unsigned ch = 0;
    if (!sc_default_same(c->a, f->default_expr, t->default_expr))
        ch |= SC_CHG_UT_DEFAULT;
    if (f->not_null != t->not_null)
        ch |= SC_CHG_UT_NULL;
    sc_check_diff cd;
    sc_domain_check_diff(f, t, &cd);
    if (cd.ndropped || cd.nadded || cd.nvalidated)
        ch |= SC_CHG_UT_CHECKS;
    sc_check_diff_free(&cd);
    return ch;
}

/* The type names t (either side's spelling of its schema). */
static bool names(const sc_type *ty, const sc_utype *u)
{
    return ty->name && !strcmp(ty->name, u->name) &&
           !strcmp(ty->schema ? ty->schema : SC_DEFAULT_SCHEMA, u->schema);
}

/* A column of the from side is of type u. */
static bool used_by_columns(const sc_model *m, const sc_utype *u)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->columns.n; j++)
            if (names(&SC_VEC_AT(t->columns, j, sc_column)->type, u))
                return true;
    }
    return false;
}

/* funcs3: needs_rebuild as diff_pair decides it, for the types rebuilt
 * known before the tables' diff (rebuilt_types.c). */
bool sc_utype_needs_rebuild(const sc_model *from, const sc_utype *f, const sc_utype *t)
{
    return needs_rebuild(f, t, f->kind == SC_UTYPE_COMPOSITE && used_by_columns(from, f));
}

/* The columns a rebuild casts: of the type on both sides of a table pair. */
static void collect_uses(sc_dctx *c, sc_op *op, const sc_utype *f, const sc_utype *t)
{
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        for (size_t j = 0; j < p->to->columns.n; j++) {
            const sc_column *ct = SC_VEC_AT(p->to->columns, j, sc_column);
            if (!names(&ct->type, t))
                continue;
            const sc_column *cf = sc_diff_column_source(p->from, p->to, ct);
            if (!cf || !names(&cf->type, f) || cf->type.array_dims != ct->type.array_dims || ct->generated)
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

static sc_op *ut_op(sc_dctx *c, sc_op_kind k, const sc_utype *f, const sc_utype *t)
{
    const sc_utype *u = t ? t : f;
    sc_op *op = sc_new_op(c, k, u->schema, NULL, u->name);
    op->from = f;
    op->to = t;
    return op;
}

static void diff_pair(sc_dctx *c, const sc_utype *f, const sc_utype *t)
{
    if (needs_rebuild(f, t, f->kind == SC_UTYPE_COMPOSITE && used_by_columns(c->from, f))) {
        sc_op *op = ut_op(c, SC_OP_REBUILD_UTYPE, f, t);
        collect_uses(c, op, f, t);
    } else if (t->kind == SC_UTYPE_DOMAIN) {
        unsigned ch = domain_changes(c, f, t);
        if (ch)
            ut_op(c, SC_OP_ALTER_DOMAIN, f, t)->changes = ch;
    } else if (t->kind == SC_UTYPE_COMPOSITE && !composite_same(f, t)) {
        ut_op(c, SC_OP_ALTER_COMPOSITE, f, t);
    }
    if (!str_same(f->comment, t->comment))
        ut_op(c, SC_OP_UTYPE_COMMENT, f, t);
}

void sc_diff_utypes(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    for (size_t i = 0; i < c->to->utypes.n; i++) {
        const sc_utype *t = SC_VEC_AT(c->to->utypes, i, sc_utype);
        const sc_utype *f = sc_model_utype(c->from, t->schema, t->name);
        if (f)
            diff_pair(c, f, t);
        else
            ut_op(c, SC_OP_CREATE_UTYPE, NULL, t);
    }
    for (size_t i = 0; i < c->from->utypes.n; i++) {
        const sc_utype *f = SC_VEC_AT(c->from->utypes, i, sc_utype);
        if (!sc_model_utype(c->to, f->schema, f->name))
            ut_op(c, SC_OP_DROP_UTYPE, f, NULL);
    }
}

/* ---- keys, hazards -------------------------------------------------------- */

void sc_utype_set_keys(sc_op *op)
{
    switch (op->kind) {
    case SC_OP_CREATE_UTYPE:   /* with the enums, before the tables */
        op->stage = 0;
        op->phase = 2;
        break;
    case SC_OP_ALTER_DOMAIN:
    case SC_OP_ALTER_COMPOSITE:
    case SC_OP_UTYPE_COMMENT:
        op->stage = 0;
        op->phase = 4;
        break;
    case SC_OP_REBUILD_UTYPE:   /* after the tables' renames, as an enum rebuild */
        op->stage = 1;
        op->phase = 9;
        break;
    case SC_OP_DROP_UTYPE:      /* after the tables that use it */
        op->stage = 4;
        op->phase = 1;
        break;
    default:
        break;
    }
}

static const char *qn(sc_arena *a, const sc_op *op)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, op->schema, op->name);
    const char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

/* A check the values stored already pass: a validated check of f that
 * admits nothing `k` rejects (the down script of a tightened check puts
 * the looser one back). */
static bool check_relaxes(const sc_utype *f, const sc_domain_check *k)
{
    for (size_t i = 0; i < f->checks.n; i++) {
        const sc_domain_check *o = SC_VEC_AT(f->checks, i, sc_domain_check);
        if (!o->not_valid && sc_check_implies(o->expr, k->expr))
            return true;
    }
    return false;
}

static void domain_hazard(sc_arena *a, sc_op *op)
{
    const sc_utype *f = op->from, *t = op->to;
    sc_check_diff cd;
    sc_domain_check_diff(f, t, &cd);
    const sc_domain_check *tight = NULL;
    for (size_t i = 0; i < cd.nadded && !tight; i++)
        if (!cd.added[i]->not_valid && !check_relaxes(f, cd.added[i]))
            tight = cd.added[i];
    if (!tight && cd.nvalidated)
        tight = cd.validated[0];
    if (tight) {
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "domain %s gets check %s (%s): fails if a column of the domain holds a "
                                            "value that violates it (add it `not valid`, fix the rows, then validate)",
                                         qn(a, op), tight->name, tight->expr);
    } else if ((op->changes & SC_CHG_UT_NULL) && t->not_null) {
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "domain %s becomes NOT NULL: fails if a column of it holds NULLs",
                                         qn(a, op));
    }
    sc_check_diff_free(&cd);
}

void sc_utype_classify(sc_arena *a, sc_op *op)
{
    switch (op->kind) {
    case SC_OP_ALTER_DOMAIN:
        domain_hazard(a, op);
        break;
    case SC_OP_ALTER_COMPOSITE: {
        const sc_utype *f = op->from, *t = op->to;
        for (size_t i = 0; i < f->attrs.n; i++) {
            const sc_type_attr *at = SC_VEC_AT(f->attrs, i, sc_type_attr);
            if (!sc_composite_attr_of(f, t, at)) {
                op->hazard = SC_HAZ_DATA_LOSS;
                op->hazard_msg = sc_arena_printf(a, "type %s drops attribute %s: its values in every column of the type "
                                                    "are lost", qn(a, op), at->name);
                break;
            }
        }
        break;
    }
    case SC_OP_REBUILD_UTYPE:
        if (op->nuses) {
            const sc_utype *t = op->to;
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "%s %s is rebuilt: its %zu column%s converted to the new definition, "
                                                "which fails if a value does not fit it",
                                             sc_utype_kind_name(t->kind), qn(a, op), op->nuses,
                                             op->nuses == 1 ? " is" : "s are");
        }
        break;
    default:
        break;
    }
}

/* ---- edges ---------------------------------------------------------------- */

typedef struct uedges {
    sc_dctx *c;
    sc_strmap *ops;       /* "schema.name" -> the op of that utype */
    sc_strmap *enums;     /* "schema.name" -> CREATE/DROP ENUM op */
    sc_strmap *schemas;   /* schema -> CREATE/DROP SCHEMA op */
} uedges;

static sc_op *op_of(uedges *e, sc_strmap *m, const sc_type *ty)
{
    if (!ty->name || (!ty->is_user && !ty->schema))
        return NULL;
    return sc_strmap_get(m, sc_dqname(e->c->a, ty->schema ? ty->schema : SC_DEFAULT_SCHEMA, ty->name));
}

/* op brings (adds) or takes away a use of type ty. */
static void use_edge(uedges *e, sc_op *op, const sc_type *ty, bool adds)
{
    sc_op *u = op_of(e, e->ops, ty);
    if (!u || u == op)
        return;
    if (adds && u->kind != SC_OP_DROP_UTYPE)
        sc_op_dep(e->c, op, u);
    if (!adds && (u->kind == SC_OP_DROP_UTYPE || u->kind == SC_OP_REBUILD_UTYPE))
        sc_op_dep(e->c, u, op);
}

static void table_uses(uedges *e, sc_op *op, const sc_table *t, bool adds)
{
    for (size_t i = 0; i < t->columns.n; i++)
        use_edge(e, op, &SC_VEC_AT(t->columns, i, sc_column)->type, adds);
}

typedef struct tyarg {
    uedges *e;
    sc_op *op;
    bool adds;
} tyarg;

/* A utype op's own uses of other utypes and of enums. */
static void type_uses(const sc_type *ty, void *arg)
{
    tyarg *x = arg;
    use_edge(x->e, x->op, ty, x->adds);
    sc_op *en = op_of(x->e, x->e->enums, ty);
    if (en && x->adds && en->kind == SC_OP_CREATE_ENUM)
        sc_op_dep(x->e->c, x->op, en);
    if (en && !x->adds && en->kind == SC_OP_DROP_ENUM)
        sc_op_dep(x->e->c, en, x->op);
}

static void utype_op_edges(uedges *e, sc_op *op)
{
    const sc_utype *f = op->from, *t = op->to;
    if (t)
        sc_utype_each_type(t, type_uses, &(tyarg){e, op, true});
    if (f && op->kind == SC_OP_DROP_UTYPE)
        sc_utype_each_type(f, type_uses, &(tyarg){e, op, false});
    sc_op *so = sc_strmap_get(e->schemas, op->schema);
    if (so && so->kind == SC_OP_CREATE_SCHEMA && t)
        sc_op_dep(e->c, op, so);
    if (so && so->kind == SC_OP_DROP_SCHEMA && op->kind == SC_OP_DROP_UTYPE)
        sc_op_dep(e->c, so, op);
    if (op->kind != SC_OP_REBUILD_UTYPE)
        return;
    /* the columns it casts carry their new names by then */
    for (size_t i = 0; i < e->c->ops.n; i++) {
        sc_op *r = SC_VEC_AT(e->c->ops, i, sc_op);
        if (r->kind != SC_OP_RENAME_TABLE && r->kind != SC_OP_RENAME_COLUMN)
            continue;
        for (size_t k = 0; k < op->nuses; k++)
            if (r->t_to && !strcmp(r->t_to->schema, op->uses[k].schema) && !strcmp(r->t_to->name, op->uses[k].table))
                sc_op_dep(e->c, op, r);
    }
}

void sc_utype_edges(sc_dctx *c)
{
    uedges e = {c, sc_strmap_new(), sc_strmap_new(), sc_strmap_new()};
    bool any = false;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const char *key = sc_dqname(c->a, op->schema, op->name);
        switch (op->kind) {
        case SC_OP_CREATE_UTYPE:
        case SC_OP_DROP_UTYPE:
        case SC_OP_REBUILD_UTYPE:
        case SC_OP_ALTER_DOMAIN:
        case SC_OP_ALTER_COMPOSITE:
            /* the op that makes or removes the type wins the key */
            if (!sc_strmap_has(e.ops, key) || op->kind != SC_OP_ALTER_DOMAIN)
                sc_strmap_put(e.ops, key, op);
            any = true;
            break;
        case SC_OP_CREATE_ENUM:
        case SC_OP_DROP_ENUM:
            sc_strmap_put(e.enums, key, op);
            break;
        case SC_OP_CREATE_SCHEMA:
        case SC_OP_DROP_SCHEMA:
            sc_strmap_put(e.schemas, op->name, op);
            break;
        default:
            break;
        }
    }
    for (size_t i = 0; any && i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        switch (op->kind) {
        case SC_OP_CREATE_TABLE: table_uses(&e, op, op->t_to, true); break;
        case SC_OP_DROP_TABLE: table_uses(&e, op, op->t_from, false); break;
        case SC_OP_ADD_COLUMN: use_edge(&e, op, &((const sc_column *)op->to)->type, true); break;
        case SC_OP_DROP_COLUMN: use_edge(&e, op, &((const sc_column *)op->from)->type, false); break;
        case SC_OP_ALTER_COLUMN:
            if (op->changes & SC_CHG_TYPE) {
                use_edge(&e, op, &((const sc_column *)op->to)->type, true);
                use_edge(&e, op, &((const sc_column *)op->from)->type, false);
            }
            break;
        case SC_OP_CREATE_UTYPE:
        case SC_OP_DROP_UTYPE:
        case SC_OP_REBUILD_UTYPE:
        case SC_OP_ALTER_COMPOSITE:
            utype_op_edges(&e, op);
            break;
        case SC_OP_UTYPE_COMMENT: {
            sc_op *u = sc_strmap_get(e.ops, sc_dqname(c->a, op->schema, op->name));
            if (u && u->kind != SC_OP_DROP_UTYPE)
                sc_op_dep(c, op, u);
            break;
        }
        default:
            break;
        }
    }
    sc_strmap_free(e.ops);
    sc_strmap_free(e.enums);
    sc_strmap_free(e.schemas);
}
