/* routine_deps.c - PostgreSQL: what a function that is dropped and created
 * again takes down and puts back.
 *
 * DROP FUNCTION fails while a column default, a check or an index calls
 * the function ("cannot drop function ... because other objects depend on
 * it"). Those of a table kept on both sides are dropped before the drop and
 * created after the function is created again, from the `to` model: a
 * check or an index is dropped and added, a default is dropped and set. The
 * down plan is their inverse. Views are the views' mechanism (view_deps.c:
 * their refs name the functions they call); triggers are diff_routine.c's.
 *
 * Which expressions call the function is read from their text: a call is
 * a name followed by '(' (optionally schema-qualified), outside strings. */
#include <ctype.h>
#include <string.h>

#include "diff/diff_int.h"

static bool has_dep(const sc_op *after, const sc_op *before)
{
    for (size_t i = 0; i < after->ndeps; i++)
        if (after->deps[i] == before->seq)
            return true;
    return false;
}

typedef struct fnchange {
    const sc_function *f;
    sc_op *drop, *create;   /* create: NULL when it is only dropped */
} fnchange;

/* Reads one identifier at *p (folded unless quoted) into buf. */
static bool ident(const char **p, char *buf, size_t cap)
{
    const char *s = *p;
    size_t k = 0;
    if (*s == '"') {
        for (s++; *s; s++) {
            if (*s == '"') {
                if (s[1] != '"')
                    break;
                s++;
            }
            if (k + 1 < cap)
                buf[k++] = *s;
        }
        if (*s)
            s++;
    } else if (isalpha((unsigned char)*s) || *s == '_' || (*s & 0x80)) {
        while (isalnum((unsigned char)*s) || *s == '_' || *s == '$' || (*s & 0x80)) {
            if (k + 1 < cap)
                buf[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
    } else {
        return false;
    }
    buf[k] = '\0';
    *p = s;
    return true;
}

/* Whether expr calls schema.name (or name unqualified). */
static bool calls(const char *expr, const char *schema, const char *name)
{
    char prev[128] = "", word[128];
    bool after_dot = false;
    for (const char *p = expr; p && *p;) {
        if (*p == '\'') {   /* a string ('' inside) */
            for (p++; *p && !(*p == '\'' && p[1] != '\''); p += *p == '\'' ? 2 : 1)
                ;
            if (*p)
                p++;
            continue;
        }
        const char *start = p;
        if (ident(&p, word, sizeof word)) {
            if (start > expr && (isdigit((unsigned char)start[-1])))
                continue;
            const char *q = p;
            while (isspace((unsigned char)*q))
                q++;
            if (*q == '(' && !strcmp(word, name) && (!after_dot || !strcmp(prev, schema)))
                return true;
            after_dot = *q == '.';
            strcpy(prev, word);
            continue;
        }
        if (*p != '.' && !isspace((unsigned char)*p))
            after_dot = false;
        p++;
    }
    return false;
}

static const fnchange *called(const sc_vec *fns, const char *expr)
{
    for (size_t i = 0; expr && i < fns->n; i++) {
        const fnchange *fc = fns->items[i];
        if (calls(expr, fc->f->schema, fc->f->name))
            return fc;
    }
    return NULL;
}

static const fnchange *index_calls(const sc_vec *fns, const sc_index *ix)
{
    const fnchange *fc = called(fns, ix->where);
    for (size_t i = 0; !fc && i < ix->nelems; i++)
        fc = called(fns, ix->elems[i].expr);
    return fc;
}

static sc_op *find_op(sc_dctx *c, sc_op_kind k, const void *from, const void *to)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == k && (!from || op->from == from) && (!to || op->to == to))
            return op;
    }
    return NULL;
}

static const char *why(sc_dctx *c, const fnchange *fc)
{
    return sc_arena_printf(c->a, "re-created: calls %s(%s), which is %s", fc->f->name, fc->f->args,
                           fc->create ? "re-created" : "dropped");
}

/* A drop/add pair around the function (or the plan's own ops, ordered). */
static void around(sc_dctx *c, const sc_tpair *p, const fnchange *fc, sc_op_kind dk, sc_op_kind ak,
                   const void *from, const void *to, const char *fname, const char *tname)
{
    sc_op *drop = find_op(c, dk, from, NULL);
    sc_op *add = to ? find_op(c, ak, NULL, to) : NULL;
    if (!drop && to) {
        drop = sc_new_op(c, dk, p->to->schema, p->from->name, fname);
        add = sc_new_op(c, ak, p->to->schema, p->to->name, tname);
        drop->from = from;
        add->to = to;
        drop->t_from = add->t_from = p->from;
        drop->t_to = add->t_to = p->to;
        drop->table_id = add->table_id = p->id;
        drop->note = add->note = why(c, fc);
    }
    if (drop)
        sc_op_dep(c, fc->drop, drop);
    if (add && fc->create)
        sc_op_dep(c, add, fc->create);
}

static void column_defaults(sc_dctx *c, const sc_tpair *p, const sc_vec *fns)
{
    for (size_t i = 0; i < p->from->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(p->from->columns, i, sc_column);
        const fnchange *fc = called(fns, cf->default_expr);
        if (!fc)
            continue;
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        sc_op *alter = find_op(c, SC_OP_ALTER_COLUMN, cf, NULL);
        if (!ct || find_op(c, SC_OP_DROP_COLUMN, cf, NULL))
            continue;   /* the column goes: ordered by the table's own edges */
        sc_column *bare = sc_arena_alloc(c->a, sizeof *bare);
        *bare = *cf;
        bare->default_expr = NULL;
        sc_op *drop = sc_new_op(c, SC_OP_ALTER_COLUMN, p->to->schema, p->from->name, cf->name);
        drop->from = cf;
        drop->to = bare;
        drop->changes = SC_CHG_DEFAULT;
        drop->t_from = p->from;
        drop->t_to = p->to;
        drop->table_id = p->id;
        drop->note = why(c, fc);
        sc_op_dep(c, fc->drop, drop);
        if (alter)
            sc_op_dep(c, alter, drop);
        if (!ct->default_expr || !fc->create)
            continue;
        if (alter && (alter->changes & SC_CHG_DEFAULT)) {   /* the plan sets the new default itself */
            sc_op_dep(c, alter, fc->create);
            continue;
        }
        sc_column *set = sc_arena_alloc(c->a, sizeof *set);
        *set = *bare;
        set->name = ct->name;
        set->default_expr = ct->default_expr;
        sc_op *put = sc_new_op(c, SC_OP_ALTER_COLUMN, p->to->schema, p->to->name, ct->name);
        put->from = bare;
        put->to = set;
        put->changes = SC_CHG_DEFAULT;
        put->t_from = p->from;
        put->t_to = p->to;
        put->table_id = p->id;
        put->note = drop->note;
        sc_op_dep(c, put, fc->create);
        sc_op_dep(c, put, drop);
        if (alter)
            sc_op_dep(c, put, alter);
    }
}

static const sc_constraint *check_named(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind == SC_CON_CHECK && !strcmp(k->name, name))
            return k;
    }
    return NULL;
}

static const sc_index *index_named(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (ix->name && !strcmp(ix->name, name))
            return ix;
    }
    return NULL;
}

static void pair_dependents(sc_dctx *c, const sc_tpair *p, const sc_vec *fns)
{
    for (size_t i = 0; i < p->from->constraints.n; i++) {
        const sc_constraint *kf = SC_VEC_AT(p->from->constraints, i, sc_constraint);
        const fnchange *fc = kf->kind == SC_CON_CHECK ? called(fns, kf->check_expr) : NULL;
        if (fc) {
            const sc_constraint *kt = check_named(p->to, kf->name);
            around(c, p, fc, SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT, kf, kt, kf->name, kt ? kt->name : NULL);
        }
    }
    for (size_t i = 0; i < p->from->indexes.n; i++) {
        const sc_index *xf = SC_VEC_AT(p->from->indexes, i, sc_index);
        const fnchange *fc = index_calls(fns, xf);
        if (fc) {
            const sc_index *xt = xf->name ? index_named(p->to, xf->name) : NULL;
            around(c, p, fc, SC_OP_DROP_INDEX, SC_OP_CREATE_INDEX, xf, xt, xf->name, xt ? xt->name : NULL);
        }
    }
    column_defaults(c, p, fns);
}

void sc_routine_dependents(sc_dctx *c)
{
    sc_vec fns = {0};
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_DROP_FUNCTION)
            continue;
        fnchange *fc = sc_arena_alloc(c->a, sizeof *fc);
        fc->f = op->from;
        fc->drop = op;
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *k = SC_VEC_AT(c->ops, j, sc_op);
            if (k->kind == SC_OP_CREATE_FUNCTION && has_dep(k, op))
                fc->create = k;
        }
        sc_vec_push(c->a, &fns, fc);
    }
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    for (size_t i = 0; fns.n && i < c->pairs.n; i++)
        pair_dependents(c, c->pairs.items[i], &fns);
    /* defaults, checks and indexes that call a function created (or
     * replaced) by the plan come after it */
    sc_vec made = {0};
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_CREATE_FUNCTION && op->kind != SC_OP_REPLACE_FUNCTION)
            continue;
        fnchange *fc = sc_arena_alloc(c->a, sizeof *fc);
        fc->f = op->to;
        fc->create = op;
        sc_vec_push(c->a, &made, fc);
    }
    for (size_t i = 0; made.n && i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const char *expr = NULL;
        if (op->kind == SC_OP_ADD_CONSTRAINT && ((const sc_constraint *)op->to)->kind == SC_CON_CHECK)
            expr = ((const sc_constraint *)op->to)->check_expr;
        else if ((op->kind == SC_OP_ADD_COLUMN || op->kind == SC_OP_ALTER_COLUMN) && op->to)
            expr = ((const sc_column *)op->to)->default_expr;
        const fnchange *fc = op->kind == SC_OP_CREATE_INDEX && op->to ? index_calls(&made, op->to) : called(&made, expr);
        if (fc && fc->create && op != fc->create)
            sc_op_dep(c, op, fc->create);
    }
}
