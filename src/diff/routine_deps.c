/* routine_deps.c - PostgreSQL: what a function that is dropped and created
 * again takes down and puts back.
 *
 * DROP FUNCTION fails while a column default, a generated column, a check,
 * an index, a policy, a trigger or another function's SQL-standard body
 * calls the function ("cannot drop function ... because other objects
 * depend on it"). Those of a table kept on both sides are dropped before
 * the drop and created after the function is created again, from the `to`
 * model: a check or an index is dropped and added, a default is dropped
 * and set, a generated column dropped and added (diff_table.c asks
 * sc_gen_calls_dropped), a policy or trigger dropped and created (after
 * the policies' own ops exist: sc_routine_late_dependents), a function
 * with a SQL-standard body dropped and created, and its own users with it.
 * Each carries a note that says why. The down plan is their inverse.
 * Views are the views' mechanism (view_deps.c: their refs name the
 * functions they call); triggers that run the function are diff_routine.c's.
 *
 * Which objects call the function is the catalog's answer (pg_depend, the
 * from model's fn_users: a live database, or a declared schema through the
 * scratch load); without one, it is read from their text (fn_users.c).
 *
 * A SQL-standard body also holds the columns it reads: PostgreSQL refuses
 * ALTER COLUMN ... TYPE or DROP COLUMN under it ("cannot alter type of a
 * column used by a function or procedure"), so such a function is dropped
 * before and created after, as a view is. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

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

/* The functions the plan drops, by sc_function_key and in a list that
 * grows while SQL-standard bodies that call them join it. */
typedef struct rdeps {
    sc_dctx *c;
    sc_vec fns;             /* fnchange* */
    sc_strmap *by_key;      /* sc_function_key -> fnchange* */
} rdeps;

static const fnchange *called(const sc_vec *fns, const char *expr)
{
    for (size_t i = 0; expr && i < fns->n; i++) {
        const fnchange *fc = fns->items[i];
        if (sc_expr_calls(expr, fc->f->schema, fc->f->name))
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

/* The dropped function a from-side object calls: the catalog's rows when
 * the from model has them, else expr's text. */
static const fnchange *user_of(rdeps *r, sc_fn_user_kind kind, const char *schema, const char *table,
                               const char *name, const char *expr)
{
    if (!r->c->from->fn_users_known)
        return called(&r->fns, expr);
    const sc_vec *v = sc_fn_users_of(r->c, kind, schema, table, name);
    for (size_t i = 0; v && i < v->n; i++) {
        const sc_fn_user *u = v->items[i];
        const fnchange *fc = sc_strmap_get(r->by_key, sc_function_key(r->c->tmp, u->fschema, u->fname, u->fargs));
        if (fc)
            return fc;
    }
    return NULL;
}

static const fnchange *index_user(rdeps *r, const sc_table *t, const sc_index *ix)
{
    if (r->c->from->fn_users_known)
        return ix->name ? user_of(r, SC_FNU_INDEX, t->schema, t->name, ix->name, NULL) : NULL;
    return index_calls(&r->fns, ix);
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
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, fc->f->schema, fc->f->name);
    const char *r = sc_arena_printf(c->a, "re-created: calls %s(%s), which is %s", sc_sb_cstr(&b), fc->f->args,
                                    fc->create ? "re-created" : "dropped");
    sc_sb_free(&b);
    return r;
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

static void column_defaults(rdeps *r, const sc_tpair *p)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < p->from->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(p->from->columns, i, sc_column);
        if (cf->generated)
            continue;
        const fnchange *fc = user_of(r, SC_FNU_DEFAULT, p->from->schema, p->from->name, cf->name, cf->default_expr);
        if (!fc)
            continue;
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        sc_op *alter = find_op(c, SC_OP_ALTER_COLUMN, cf, NULL);
        sc_op *gone = find_op(c, SC_OP_DROP_COLUMN, cf, NULL);
        if (!ct || gone) {   /* the column goes: before the function */
            if (gone)
                sc_op_dep(c, fc->drop, gone);
            continue;
        }
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

/* Generated columns: the tables' diff drops and re-adds those that call a
 * dropped function (sc_gen_calls_dropped); here they are ordered around it. */
static void generated_columns(rdeps *r, const sc_tpair *p)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < p->from->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(p->from->columns, i, sc_column);
        const fnchange *fc = cf->generated ? user_of(r, SC_FNU_GENERATED, p->from->schema, p->from->name, cf->name,
                                                     cf->generated)
                                           : NULL;
        sc_op *drop = fc ? find_op(c, SC_OP_DROP_COLUMN, cf, NULL) : NULL;
        if (!drop)
            continue;
        sc_op_dep(c, fc->drop, drop);
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        sc_op *add = ct ? find_op(c, SC_OP_ADD_COLUMN, NULL, ct) : NULL;
        if (add && fc->create)
            sc_op_dep(c, add, fc->create);
        if (add && !drop->note && !add->note && !strcmp(cf->generated, ct->generated ? ct->generated : ""))
            drop->note = add->note = why(c, fc);
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

static void pair_dependents(rdeps *r, const sc_tpair *p)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < p->from->constraints.n; i++) {
        const sc_constraint *kf = SC_VEC_AT(p->from->constraints, i, sc_constraint);
        const fnchange *fc = kf->kind == SC_CON_CHECK ? user_of(r, SC_FNU_CHECK, p->from->schema, p->from->name,
                                                                kf->name, kf->check_expr)
                                                      : NULL;
        if (fc) {
            const sc_constraint *kt = check_named(p->to, kf->name);
            around(c, p, fc, SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT, kf, kt, kf->name, kt ? kt->name : NULL);
        }
    }
    for (size_t i = 0; i < p->from->indexes.n; i++) {
        const sc_index *xf = SC_VEC_AT(p->from->indexes, i, sc_index);
        const fnchange *fc = index_user(r, p->from, xf);
        if (fc) {
            const sc_index *xt = xf->name ? index_named(p->to, xf->name) : NULL;
            around(c, p, fc, SC_OP_DROP_INDEX, SC_OP_CREATE_INDEX, xf, xt, xf->name, xt ? xt->name : NULL);
        }
    }
    column_defaults(r, p);
    generated_columns(r, p);
}

/* The first utype op of kind k on domain u, or NULL. */
static sc_op *domain_op(sc_dctx *c, sc_op_kind k, const sc_utype *u)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == k && !strcmp(op->schema, u->schema) && !strcmp(op->name, u->name))
            return op;
    }
    return NULL;
}

/* Domains whose checks or default call a dropped function: those taken
 * off by ALTER DOMAIN before it and put back after it (the domain's own
 * ALTER DOMAIN, if the plan has one, then starts from the bare domain). */
static void domains(rdeps *r)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->from->utypes.n; i++) {
        const sc_utype *f = SC_VEC_AT(c->from->utypes, i, sc_utype);
        if (f->kind != SC_UTYPE_DOMAIN)
            continue;
        const fnchange *dfc = user_of(r, SC_FNU_DOMAIN_DEFAULT, f->schema, f->name, NULL, f->default_expr);
        const fnchange *first = dfc;
        sc_vec called_fcs = {0};   /* the functions it calls */
        if (dfc)
            sc_vec_push(c->tmp, &called_fcs, (void *)dfc);
        sc_utype *bare = NULL;
        for (size_t k = 0; k < f->checks.n; k++) {
            const sc_domain_check *ck = SC_VEC_AT(f->checks, k, sc_domain_check);
            const fnchange *fc = user_of(r, SC_FNU_DOMAIN_CHECK, f->schema, f->name, ck->name, ck->expr);
            if (!fc)
                continue;
            sc_vec_push(c->tmp, &called_fcs, (void *)fc);
            if (!bare) {
                bare = sc_arena_alloc(c->a, sizeof *bare);
                *bare = *f;
                bare->checks = (sc_vec){0};
                for (size_t j = 0; j < f->checks.n; j++)
                    sc_vec_push(c->a, &bare->checks, f->checks.items[j]);
            }
            for (size_t j = 0; j < bare->checks.n; j++)
                if (bare->checks.items[j] == ck) {
                    memmove(&bare->checks.items[j], &bare->checks.items[j + 1],
                            (bare->checks.n - j - 1) * sizeof bare->checks.items[0]);
                    bare->checks.n--;
                    break;
                }
            first = first ? first : fc;
        }
        if (!first)
            continue;
        if (!bare) {
            bare = sc_arena_alloc(c->a, sizeof *bare);
            *bare = *f;
        }
        if (dfc)
            bare->default_expr = NULL;
        /* dropped or rebuilt by the plan: only before the function */
        sc_op *gone = domain_op(c, SC_OP_DROP_UTYPE, f);
        if (!gone)
            gone = domain_op(c, SC_OP_REBUILD_UTYPE, f);
        const sc_utype *t = sc_model_utype(c->to, f->schema, f->name);
        if (gone || !t || t->kind != SC_UTYPE_DOMAIN) {
            if (gone)
                sc_op_dep(c, first->drop, gone);
            continue;
        }
        const char *note = why(c, first);
        sc_op *off = sc_new_op(c, SC_OP_ALTER_DOMAIN, f->schema, NULL, f->name);
        off->from = f;
        off->to = bare;
        off->changes = SC_CHG_UT_CHECKS | (dfc ? SC_CHG_UT_DEFAULT : 0);
        off->note = note;
        sc_op *on = domain_op(c, SC_OP_ALTER_DOMAIN, f);
        if (on == off)
            on = NULL;
        for (size_t j = 0; j < c->ops.n && !on; j++) {
            sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
            if (o != off && o->kind == SC_OP_ALTER_DOMAIN && !strcmp(o->schema, f->schema) && !strcmp(o->name, f->name))
                on = o;
        }
        if (on) {   /* the plan's own change now starts from the bare domain */
            on->from = bare;
            on->changes |= SC_CHG_UT_CHECKS | (dfc ? SC_CHG_UT_DEFAULT : 0);
        } else {
            on = sc_new_op(c, SC_OP_ALTER_DOMAIN, t->schema, NULL, t->name);
            on->from = bare;
            on->to = t;
            on->changes = SC_CHG_UT_CHECKS | (dfc && t->default_expr ? SC_CHG_UT_DEFAULT : 0);
            on->note = note;
        }
        sc_op_dep(c, on, off);
        for (size_t j = 0; j < called_fcs.n; j++) {   /* around every function it calls */
            const fnchange *fc = called_fcs.items[j];
            sc_op_dep(c, fc->drop, off);
            if (fc->create)
                sc_op_dep(c, on, fc->create);
        }
    }
}

/* A table the plan drops goes before the functions its objects call. */
static void dropped_tables(rdeps *r)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const sc_table *t = op->kind == SC_OP_DROP_TABLE ? op->t_from : NULL;
        for (size_t k = 0; t && k < r->fns.n; k++) {
            const fnchange *fc = r->fns.items[k];
            bool uses = false;
            if (c->from->fn_users_known) {
                for (size_t j = 0; j < c->from->fn_users.n && !uses; j++) {
                    const sc_fn_user *u = c->from->fn_users.items[j];
                    uses = u->kind != SC_FNU_FUNCTION && u->kind != SC_FNU_READS && !strcmp(u->table, t->name) &&
                           !strcmp(u->schema, t->schema ? t->schema : SC_DEFAULT_SCHEMA) &&
                           !strcmp(u->fname, fc->f->name) && !strcmp(u->fschema, fc->f->schema) &&
                           !strcmp(u->fargs, fc->f->args);
                }
            } else {
                sc_vec one = {0};
                sc_vec_push(c->tmp, &one, (void *)fc);
                for (size_t j = 0; j < t->columns.n && !uses; j++) {
                    const sc_column *col = SC_VEC_AT(t->columns, j, sc_column);
                    uses = called(&one, col->default_expr) || called(&one, col->generated);
                }
                for (size_t j = 0; j < t->constraints.n && !uses; j++)
                    uses = called(&one, ((const sc_constraint *)t->constraints.items[j])->check_expr);
                for (size_t j = 0; j < t->indexes.n && !uses; j++)
                    uses = index_calls(&one, t->indexes.items[j]);
                for (size_t j = 0; j < t->policies.n && !uses; j++) {
                    const sc_policy *pol = t->policies.items[j];
                    uses = called(&one, pol->using_expr) || called(&one, pol->check_expr);
                }
                for (size_t j = 0; j < c->from->triggers.n && !uses; j++) {   /* WHEN, EXECUTE FUNCTION */
                    const sc_trigger *tr = c->from->triggers.items[j];
                    uses = !tr->sqlite && !strcmp(tr->table, t->name) &&
                           !strcmp(tr->schema, t->schema ? t->schema : SC_DEFAULT_SCHEMA) && called(&one, tr->sql);
                }
            }
            if (uses)
                sc_op_dep(c, fc->drop, op);
        }
    }
}

static fnchange *note_change(rdeps *r, const sc_function *f, sc_op *drop, sc_op *create)
{
    fnchange *fc = sc_arena_alloc(r->c->a, sizeof *fc);
    fc->f = f;
    fc->drop = drop;
    fc->create = create;
    sc_vec_push(r->c->a, &r->fns, fc);
    sc_strmap_put(r->by_key, sc_function_key(r->c->a, f->schema, f->name, f->args), fc);
    return fc;
}

/* Function g of the from side is dropped and created again (when the `to`
 * side has it) because of `note`: its replacement, if the plan had one,
 * becomes the creation. */
static fnchange *recreate_function(rdeps *r, const sc_function *g, const char *note)
{
    sc_dctx *c = r->c;
    fnchange *have = sc_strmap_get(r->by_key, sc_function_key(c->tmp, g->schema, g->name, g->args));
    if (have)
        return have;
    const sc_function *t = sc_model_function(c->to, g->schema, g->name, g->args);
    sc_op *create = t ? find_op(c, SC_OP_REPLACE_FUNCTION, g, NULL) : NULL;
    if (create) {
        create->kind = SC_OP_CREATE_FUNCTION;
        create->from = NULL;
    } else if (t) {
        create = sc_new_op(c, SC_OP_CREATE_FUNCTION, t->schema, NULL, t->name);
        create->to = t;
    }
    sc_op *drop = sc_new_op(c, SC_OP_DROP_FUNCTION, g->schema, NULL, g->name);
    drop->from = g;
    drop->note = note;
    if (create) {
        create->note = note;
        sc_op_dep(c, create, drop);
    }
    return note_change(r, g, drop, create);
}

/* SQL-standard bodies that call a dropped function go with it. */
static void calling_bodies(rdeps *r)
{
    sc_dctx *c = r->c;
    for (size_t k = 0; k < r->fns.n; k++) {   /* grows as bodies join */
        const fnchange *fc = r->fns.items[k];
        for (size_t i = 0; i < c->from->functions.n; i++) {
            const sc_function *g = SC_VEC_AT(c->from->functions, i, sc_function);
            if ((!g->sql_body && !g->aggregate) || g == fc->f)
                continue;
            bool calls = false;
            if (c->from->fn_users_known) {
                const sc_vec *v = sc_fn_users_of(c, SC_FNU_FUNCTION, g->schema, g->name, g->args);
                for (size_t j = 0; v && j < v->n && !calls; j++) {
                    const sc_fn_user *u = v->items[j];
                    calls = !strcmp(u->fschema, fc->f->schema) && !strcmp(u->fname, fc->f->name) &&
                            !strcmp(u->fargs, fc->f->args);
                }
            } else if (g->aggregate) {   /* SFUNC = name, FINALFUNC = name, ... */
                calls = strcmp(g->name, fc->f->name) && sc_expr_reads(sc_routine_body_after_create(g->sql), fc->f->name);
            } else {
                calls = strcmp(g->name, fc->f->name) &&
                        sc_expr_calls(sc_routine_body_after_create(g->sql), fc->f->schema, fc->f->name);
            }
            if (!calls)
                continue;
            fnchange *gc = recreate_function(r, g, why(c, fc));
            sc_op_dep(c, fc->drop, gc->drop);
            if (gc->create && fc->create)
                sc_op_dep(c, gc->create, fc->create);
        }
    }
}

/* Whether a from-side SQL-standard body reads column col of table t. */
static bool body_reads(sc_dctx *c, const sc_function *g, const sc_table *t, const char *col)
{
    if (!g->sql_body)
        return false;
    const char *schema = t->schema ? t->schema : SC_DEFAULT_SCHEMA;
    if (c->from->fn_users_known) {
        const sc_vec *v = sc_fn_users_of(c, SC_FNU_READS, schema, t->name, col);
        for (size_t j = 0; v && j < v->n; j++) {
            const sc_fn_user *u = v->items[j];
            if (!strcmp(u->fschema, g->schema) && !strcmp(u->fname, g->name) && !strcmp(u->fargs, g->args))
                return true;
        }
        return false;
    }
    const char *body = sc_routine_body_after_create(g->sql);
    return sc_expr_reads(body, t->name) && sc_expr_reads(body, col);
}

/* The bodies that read column col of table t go around op. */
static void bodies_around(rdeps *r, sc_op *op, sc_op *after, const sc_table *t, const char *col, const char *what)
{
    sc_dctx *c = r->c;
    for (size_t k = 0; k < c->from->functions.n; k++) {
        const sc_function *g = SC_VEC_AT(c->from->functions, k, sc_function);
        if (!body_reads(c, g, t, col))
            continue;
        fnchange *gc = recreate_function(r, g, sc_arena_printf(c->a, "re-created: reads %s.%s, %s", t->name, col, what));
        sc_op_dep(c, op, gc->drop);
        if (gc->create)
            sc_op_dep(c, gc->create, after);
    }
}

/* The CREATE_UTYPE that casts back the columns a DROP_UTYPE parked
 * (utype_deps.c), or op itself. */
static sc_op *unpark_of(sc_dctx *c, sc_op *op)
{
    for (size_t i = 0; op->kind == SC_OP_DROP_UTYPE && i < c->ops.n; i++) {
        sc_op *o = SC_VEC_AT(c->ops, i, sc_op);
        if (o->kind == SC_OP_CREATE_UTYPE && o->uses == op->uses && o->nuses == op->nuses)
            return o;
    }
    return op;
}

/* Columns retyped or dropped under a SQL-standard body that reads them. */
static void read_columns(rdeps *r)
{
    sc_dctx *c = r->c;
    size_t nops = c->ops.n;
    for (size_t i = 0; i < nops; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        /* an enum or type rebuild casts its columns: a retype too */
        bool rebuild = op->kind == SC_OP_REBUILD_UTYPE || (op->kind == SC_OP_DROP_UTYPE && op->nuses) ||
                       (op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
                        sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op);
        for (size_t k = 0; rebuild && k < op->nuses; k++) {
            const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema, op->uses[k].table));
            if (p && op->uses[k].col_from)
                bodies_around(r, op, unpark_of(c, op), p->from, op->uses[k].col_from->name, "whose type is rebuilt");
        }
        bool retype = op->kind == SC_OP_ALTER_COLUMN && (op->changes & (SC_CHG_TYPE | SC_CHG_COLLATION));
        if ((!retype && op->kind != SC_OP_DROP_COLUMN) || !op->t_from || !op->from)
            continue;
        const sc_column *col = op->from;
        bodies_around(r, op, op, op->t_from, col->name, retype ? "which changes type" : "which is dropped");
    }
}

static void collect_drops(rdeps *r)
{
    sc_dctx *c = r->c;
    r->by_key = sc_strmap_new();
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_DROP_FUNCTION)
            continue;
        sc_op *create = NULL;
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *k = SC_VEC_AT(c->ops, j, sc_op);
            if (k->kind == SC_OP_CREATE_FUNCTION && has_dep(k, op))
                create = k;
        }
        note_change(r, op->from, op, create);
    }
}

/* The expression of an op that makes something calling a function. */
static const char *made_expr(const sc_op *op, const char **second)
{
    *second = NULL;
    if (op->kind == SC_OP_ADD_CONSTRAINT && ((const sc_constraint *)op->to)->kind == SC_CON_CHECK)
        return ((const sc_constraint *)op->to)->check_expr;
    if ((op->kind == SC_OP_ADD_COLUMN || op->kind == SC_OP_ALTER_COLUMN) && op->to) {
        *second = ((const sc_column *)op->to)->generated;
        return ((const sc_column *)op->to)->default_expr;
    }
    if ((op->kind == SC_OP_CREATE_POLICY || op->kind == SC_OP_ALTER_POLICY) && op->to) {
        *second = ((const sc_policy *)op->to)->check_expr;
        return ((const sc_policy *)op->to)->using_expr;
    }
    return NULL;
}

/* defaults, generated columns, checks, indexes and policies that call a
 * function created (or replaced) by the plan come after it */
static void after_made(sc_dctx *c)
{
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
        const char *second, *expr = made_expr(op, &second);
        const fnchange *fc = op->kind == SC_OP_CREATE_INDEX && op->to ? index_calls(&made, op->to) : called(&made, expr);
        if (!fc)
            fc = called(&made, second);
        /* a domain created or altered: its default and checks */
        const sc_utype *u = (op->kind == SC_OP_CREATE_UTYPE || op->kind == SC_OP_ALTER_DOMAIN) ? op->to : NULL;
        if (u && u->kind == SC_UTYPE_DOMAIN) {
            fc = called(&made, u->default_expr);
            for (size_t k = 0; !fc && k < u->checks.n; k++)
                fc = called(&made, ((const sc_domain_check *)u->checks.items[k])->expr);
        }
        if (fc && fc->create && op != fc->create)
            sc_op_dep(c, op, fc->create);
    }
}

/* An aggregate is created after the functions it names (SFUNC, FINALFUNC,
 * ...) and dropped before them. */
static void aggregate_edges(sc_dctx *c)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool mk = op->kind == SC_OP_CREATE_FUNCTION;
        const sc_function *a = mk ? op->to : op->kind == SC_OP_DROP_FUNCTION ? op->from : NULL;
        if (!a || !a->aggregate)
            continue;
        const char *text = sc_routine_body_after_create(a->sql);
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
            bool fmk = o->kind == SC_OP_CREATE_FUNCTION || o->kind == SC_OP_REPLACE_FUNCTION;
            const sc_function *f = fmk ? o->to : o->kind == SC_OP_DROP_FUNCTION ? o->from : NULL;
            if (!f || f->aggregate || !sc_expr_reads(text, f->name))
                continue;
            if (mk && fmk)
                sc_op_dep(c, op, o);
            else if (!mk && !fmk)
                sc_op_dep(c, o, op);
        }
    }
}

void sc_routine_dependents(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    rdeps r = {c, {0}, NULL};
    collect_drops(&r);
    read_columns(&r);   /* SQL-standard bodies over a retyped column */
    calling_bodies(&r);
    for (size_t i = 0; r.fns.n && i < c->pairs.n; i++)
        pair_dependents(&r, c->pairs.items[i]);
    if (r.fns.n)
        domains(&r);
    dropped_tables(&r);
    sc_strmap_free(r.by_key);
    after_made(c);
    aggregate_edges(c);
}

/* ---- after the policies' ops: policies and triggers ------------------- */

static sc_op *policy_op(sc_dctx *c, sc_op_kind k, const sc_tpair *p, const sc_policy *from, const sc_policy *to)
{
    const sc_table *t = k == SC_OP_DROP_POLICY ? p->from : p->to;
    sc_op *op = sc_new_op(c, k, t->schema, t->name, (to ? to : from)->name);
    op->from = from;
    op->to = to;
    op->t_from = p->from;
    op->t_to = p->to;
    op->table_id = p->id;
    return op;
}

static void policies(rdeps *r, const sc_tpair *p)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < p->from->policies.n; i++) {
        const sc_policy *f = SC_VEC_AT(p->from->policies, i, sc_policy);
        const fnchange *fc = user_of(r, SC_FNU_POLICY, p->from->schema, p->from->name, f->name, f->using_expr);
        if (!fc && !c->from->fn_users_known)
            fc = called(&r->fns, f->check_expr);
        if (!fc)
            continue;
        const sc_policy *t = sc_table_policy(p->to, f->name);
        sc_op *drop = find_op(c, SC_OP_DROP_POLICY, f, NULL);
        sc_op *create = t ? find_op(c, SC_OP_CREATE_POLICY, NULL, t) : NULL;
        sc_op *alter = t ? find_op(c, SC_OP_ALTER_POLICY, f, NULL) : NULL;
        if (!drop && t) {   /* kept as it is, or altered in place: taken around the function */
            drop = policy_op(c, SC_OP_DROP_POLICY, p, f, NULL);
            create = policy_op(c, SC_OP_CREATE_POLICY, p, NULL, t);
            drop->note = create->note = why(c, fc);
            if (alter)
                alter->kind = SC_OP_NOP;
        }
        if (drop)
            sc_op_dep(c, fc->drop, drop);
        if (create && fc->create)
            sc_op_dep(c, create, fc->create);
    }
}

static sc_op *trigger_op(sc_dctx *c, sc_op_kind k, const sc_trigger *f, const sc_trigger *t)
{
    const sc_trigger *x = t ? t : f;
    sc_op *op = sc_new_op(c, k, x->schema, x->table, x->name);
    op->from = f;
    op->to = t;
    return op;
}

/* A trigger whose WHEN calls a dropped function (one that runs it is
 * diff_routine.c's already). */
static void triggers(rdeps *r)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->from->triggers.n; i++) {
        const sc_trigger *f = SC_VEC_AT(c->from->triggers, i, sc_trigger);
        if (f->sqlite)
            continue;
        const fnchange *fc = user_of(r, SC_FNU_TRIGGER, f->schema, f->table, f->name,
                                     c->from->fn_users_known ? NULL : f->sql);
        if (!fc)
            continue;
        sc_op *drop = find_op(c, SC_OP_DROP_TRIGGER, f, NULL);
        const sc_trigger *t = sc_model_trigger(c->to, f->schema, f->table, f->name);
        sc_op *create = t ? find_op(c, SC_OP_CREATE_TRIGGER, NULL, t) : NULL;
        if (!drop && t) {
            sc_op *state = find_op(c, SC_OP_TRIGGER_STATE, f, NULL);
            drop = trigger_op(c, SC_OP_DROP_TRIGGER, f, NULL);
            create = trigger_op(c, SC_OP_CREATE_TRIGGER, NULL, t);
            drop->note = create->note = why(c, fc);
            sc_op_dep(c, create, drop);
            if (state)
                state->kind = SC_OP_NOP;   /* the trigger is created in its target state */
        }
        if (drop)
            sc_op_dep(c, fc->drop, drop);
        if (create && fc->create)
            sc_op_dep(c, create, fc->create);
    }
}

void sc_routine_late_dependents(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    rdeps r = {c, {0}, NULL};
    collect_drops(&r);
    for (size_t i = 0; r.fns.n && i < c->pairs.n; i++)
        policies(&r, c->pairs.items[i]);
    if (r.fns.n)
        triggers(&r);
    sc_strmap_free(r.by_key);
}
