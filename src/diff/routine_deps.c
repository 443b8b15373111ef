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
 * the policies' own ops exist: sc_routine_late_dependents, routine_users.c,
 * with the domains' checks and defaults), a function
 * with a SQL-standard body dropped and created, and its own users with it.
 * Each carries a note that says why. The down plan is their inverse.
 * Views are the views' mechanism (view_deps.c: their refs name the
 * functions they call); triggers that run the function are diff_routine.c's.
 *
 * Which objects call the function is the catalog's answer when the `from`
 * side is a database (pg_depend, the model's fn_users); for a declared
 * `from` side it is read from their text (fn_users.c).
 *
 * A SQL-standard body also holds the columns it reads: PostgreSQL refuses
 * ALTER COLUMN ... TYPE or DROP COLUMN under it ("cannot alter type of a
 * column used by a function or procedure"), so such a function is dropped
 * before and created after, as a view is. */
#include <string.h>

#include "diff/diff_int.h"
#include "diff/routine_deps.h"
#include "model/strbuf.h"

static bool has_dep(const sc_op *after, const sc_op *before)
{
    for (size_t i = 0; i < after->ndeps; i++)
        if (after->deps[i] == before->seq)
            return true;
    return false;
}

const fnchange *sc_rd_called(const sc_vec *fns, const char *expr)
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
    const fnchange *fc = sc_rd_called(fns, ix->where);
    for (size_t i = 0; !fc && i < ix->nelems; i++)
        fc = sc_rd_called(fns, ix->elems[i].expr);
    return fc;
}

/* The dropped function a from-side object calls: the catalog's rows when
 * the from model has them, else expr's text. */
const fnchange *sc_rd_user_of(rdeps *r, sc_fn_user_kind kind, const char *schema, const char *table,
                               const char *name, const char *expr)
{
    if (!r->c->from->fn_users_known)
        return sc_rd_called(&r->fns, expr);
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
        return ix->name ? sc_rd_user_of(r, SC_FNU_INDEX, t->schema, t->name, ix->name, NULL) : NULL;
    return index_calls(&r->fns, ix);
}

sc_op *sc_rd_find_op(sc_dctx *c, sc_op_kind k, const void *from, const void *to)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == k && (!from || op->from == from) && (!to || op->to == to))
            return op;
    }
    return NULL;
}

const char *sc_rd_why(sc_dctx *c, const fnchange *fc)
{
    if (!c->from->fn_users_known)   /* funcdeps2: a user found from the text */
        c->plan->fn_users_guessed = true;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, fc->f->schema, fc->f->name);
    const char *r = sc_arena_printf(c->a, "re-created: calls %s(%s), which is %s", sc_sb_cstr(&b), fc->f->args,
                                    fc->create ? "re-created" : "dropped");
    sc_sb_free(&b);
    return r;
}

void sc_rd_pair(sc_dctx *c, const sc_tpair *p, sc_op_kind dk, sc_op_kind ak, const void *from, const void *to,
                const char *fname, const char *tname, const char *note, sc_op **drop, sc_op **add)
{
    *drop = sc_rd_find_op(c, dk, from, NULL);
    *add = to ? sc_rd_find_op(c, ak, NULL, to) : NULL;
    if (*drop || !to)
        return;
    *drop = sc_new_op(c, dk, p->to->schema, p->from->name, fname);
    *add = sc_new_op(c, ak, p->to->schema, p->to->name, tname);
    (*drop)->from = from;
    (*add)->to = to;
    (*drop)->t_from = (*add)->t_from = p->from;
    (*drop)->t_to = (*add)->t_to = p->to;
    (*drop)->table_id = (*add)->table_id = p->id;
    (*drop)->note = (*add)->note = note;
    sc_op_dep(c, *add, *drop);
}

void sc_rd_put_back(sc_dctx *c, sc_op *add, const fnchange *fc)
{
    if (add)
        sc_op_dep(c, add, fc->create ? fc->create : fc->drop);
}

/* A drop/add pair around the function (or the plan's own ops, ordered). */
static void around(sc_dctx *c, const sc_tpair *p, const fnchange *fc, sc_op_kind dk, sc_op_kind ak,
                   const void *from, const void *to, const char *fname, const char *tname)
{
    sc_op *drop, *add;
    sc_rd_pair(c, p, dk, ak, from, to, fname, tname, sc_rd_why(c, fc), &drop, &add);
    if (drop)
        sc_op_dep(c, fc->drop, drop);
    sc_rd_put_back(c, add, fc);
}

static void column_defaults(rdeps *r, const sc_tpair *p)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < p->from->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(p->from->columns, i, sc_column);
        if (cf->generated)
            continue;
        const fnchange *fc = sc_rd_user_of(r, SC_FNU_DEFAULT, p->from->schema, p->from->name, cf->name, cf->default_expr);
        if (!fc)
            continue;
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        sc_op *alter = sc_rd_find_op(c, SC_OP_ALTER_COLUMN, cf, NULL);
        sc_op *gone = sc_rd_find_op(c, SC_OP_DROP_COLUMN, cf, NULL);
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
        drop->note = sc_rd_why(c, fc);
        sc_op_dep(c, fc->drop, drop);
        if (alter)
            sc_op_dep(c, alter, drop);
        /* newuser4: a function only dropped too: the declared default may
         * call another overload of its name */
        if (!ct->default_expr)
            continue;
        if (alter && (alter->changes & SC_CHG_DEFAULT)) {   /* the plan sets the new default itself */
            sc_rd_put_back(c, alter, fc);
            /* types4: from the bare column (drop took the old default off),
             * so that its inverse, which the down script runs before the
             * function's drop, takes the new default off rather than put
             * back the old one (which calls the function) */
            sc_column *from_bare = sc_arena_alloc(c->a, sizeof *from_bare);
            *from_bare = *(const sc_column *)alter->from;
            from_bare->default_expr = NULL;
            alter->from = from_bare;
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
        sc_rd_put_back(c, put, fc);
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
        const fnchange *fc = cf->generated ? sc_rd_user_of(r, SC_FNU_GENERATED, p->from->schema, p->from->name, cf->name,
                                                     cf->generated)
                                           : NULL;
        sc_op *drop = fc ? sc_rd_find_op(c, SC_OP_DROP_COLUMN, cf, NULL) : NULL;
        if (!drop)
            continue;
        if (!c->from->fn_users_known)   /* funcdeps2: a user found from the text */
            c->plan->fn_users_guessed = true;
        sc_op_dep(c, fc->drop, drop);
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        sc_op *add = ct ? sc_rd_find_op(c, SC_OP_ADD_COLUMN, NULL, ct) : NULL;
        sc_rd_put_back(c, add, fc);
        if (add && !drop->note && !add->note && !strcmp(cf->generated, ct->generated ? ct->generated : ""))
            drop->note = add->note = sc_rd_why(c, fc);
    }
}

static void pair_dependents(rdeps *r, const sc_tpair *p)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < p->from->constraints.n; i++) {
        const sc_constraint *kf = SC_VEC_AT(p->from->constraints, i, sc_constraint);
        const fnchange *fc = kf->kind == SC_CON_CHECK ? sc_rd_user_of(r, SC_FNU_CHECK, p->from->schema, p->from->name,
                                                                kf->name, kf->check_expr)
                                                      : NULL;
        if (fc) {
            const sc_constraint *kt = sc_table_constraint_named(p->to, SC_CON_CHECK, kf->name);
            around(c, p, fc, SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT, kf, kt, kf->name, kt ? kt->name : NULL);
        }
        /* funcdeps2: an exclusion constraint's elements and WHERE (the
         * catalog lists them as its index's) */
        if (kf->kind == SC_CON_EXCLUDE && sc_constraint_exclusion(kf)) {
            const fnchange *xc = r->c->from->fn_users_known
                                     ? sc_rd_user_of(r, SC_FNU_INDEX, p->from->schema, p->from->name, kf->name, NULL)
                                     : index_calls(&r->fns, sc_constraint_exclusion(kf));
            const sc_constraint *kt = xc ? sc_table_constraint_named(p->to, SC_CON_EXCLUDE, kf->name) : NULL;
            if (xc)
                around(c, p, xc, SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT, kf, kt, kf->name, kt ? kt->name : NULL);
        }
    }
    for (size_t i = 0; i < p->from->indexes.n; i++) {
        const sc_index *xf = SC_VEC_AT(p->from->indexes, i, sc_index);
        const fnchange *fc = index_user(r, p->from, xf);
        if (fc) {
            const sc_index *xt = xf->name ? sc_table_index_named(p->to, xf->name) : NULL;
            around(c, p, fc, SC_OP_DROP_INDEX, SC_OP_CREATE_INDEX, xf, xt, xf->name, xt ? xt->name : NULL);
        }
    }
    column_defaults(r, p);
    generated_columns(r, p);
}

/* The catalog's rows of the tables' objects that call a function (not a
 * function's own, nor what a body reads), by "schema.table": sc_vec* of
 * sc_fn_user*, read once. */
static sc_strmap *users_by_table(rdeps *r)
{
    sc_dctx *c = r->c;
    sc_strmap *m = sc_strmap_new();
    for (size_t j = 0; j < c->from->fn_users.n; j++) {
        const sc_fn_user *u = c->from->fn_users.items[j];
        if (u->kind == SC_FNU_FUNCTION || u->kind == SC_FNU_READS)
            continue;
        sc_vec_map_push(m, c->tmp, sc_dqname(c->tmp, u->schema, u->table), (void *)u);
    }
    return m;
}

/* A table the plan drops goes before the functions its objects call:
 * with the catalog's rows, each dropped table's own rows name them (one
 * lookup each, not every pair of a table and a function: a first
 * revision's down script drops thousands of both). */
static void dropped_tables_catalog(rdeps *r)
{
    sc_dctx *c = r->c;
    sc_strmap *users = users_by_table(r);
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const sc_table *t = op->kind == SC_OP_DROP_TABLE ? op->t_from : NULL;
        const sc_vec *v = t ? sc_strmap_get(users, sc_dqname(c->tmp, t->schema ? t->schema : SC_DEFAULT_SCHEMA,
                                                                t->name))
                            : NULL;
        for (size_t j = 0; v && j < v->n; j++) {
            const sc_fn_user *u = v->items[j];
            const fnchange *fc = sc_strmap_get(r->by_key, sc_function_key(c->tmp, u->fschema, u->fname, u->fargs));
            if (!fc || !fc->drop || sc_fn_signature_names(c, fc->f, t->name))
                continue;   /* fns5: over the table's row type, dropped before it (table_fn_parts.c) */
            bool have = false;
            for (size_t k = 0; k < fc->drop->ndeps && !have; k++)
                have = fc->drop->deps[k] == op->seq;
            if (!have)
                sc_op_dep(c, fc->drop, op);
        }
    }
    sc_strmap_free(users);
}

/* A table the plan drops goes before the functions its objects call. */
static void dropped_tables(rdeps *r)
{
    if (r->c->from->fn_users_known) {
        dropped_tables_catalog(r);
        return;
    }
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const sc_table *t = op->kind == SC_OP_DROP_TABLE ? op->t_from : NULL;
        for (size_t k = 0; t && k < r->fns.n; k++) {
            const fnchange *fc = r->fns.items[k];
            if (sc_fn_signature_names(c, fc->f, t->name))
                continue;   /* fns5: over the table's row type, dropped before it (table_fn_parts.c) */
            bool uses = false;
            {   /* without the catalog: the table's own texts */
                sc_vec one = {0};
                sc_vec_push(c->tmp, &one, (void *)fc);
                for (size_t j = 0; j < t->columns.n && !uses; j++) {
                    const sc_column *col = SC_VEC_AT(t->columns, j, sc_column);
                    uses = sc_rd_called(&one, col->default_expr) || sc_rd_called(&one, col->generated);
                }
                for (size_t j = 0; j < t->constraints.n && !uses; j++) {
                    const sc_constraint *con = t->constraints.items[j];
                    uses = sc_rd_called(&one, con->check_expr) ||
                           (con->kind == SC_CON_EXCLUDE && sc_constraint_exclusion(con) &&
                            index_calls(&one, sc_constraint_exclusion(con)));
                }
                for (size_t j = 0; j < t->indexes.n && !uses; j++)
                    uses = index_calls(&one, t->indexes.items[j]);
                for (size_t j = 0; j < t->policies.n && !uses; j++) {
                    const sc_policy *pol = t->policies.items[j];
                    uses = sc_rd_called(&one, pol->using_expr) || sc_rd_called(&one, pol->check_expr);
                }
                for (size_t j = 0; j < c->from->triggers.n && !uses; j++) {   /* WHEN, EXECUTE FUNCTION */
                    const sc_trigger *tr = c->from->triggers.items[j];
                    uses = !tr->sqlite && !strcmp(tr->table, t->name) &&
                           !strcmp(tr->schema, t->schema ? t->schema : SC_DEFAULT_SCHEMA) && sc_rd_called(&one, tr->sql);
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
fnchange *sc_rd_recreate(rdeps *r, const sc_function *g, const char *note)
{
    sc_dctx *c = r->c;
    fnchange *have = sc_strmap_get(r->by_key, sc_function_key(c->tmp, g->schema, g->name, g->args));
    if (have)
        return have;
    const sc_function *t = sc_model_function(c->to, g->schema, g->name, g->args);
    sc_op *create = t ? sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, g, NULL) : NULL;
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

/* SQL-standard bodies that call a dropped function (r->fns from first on)
 * go with it. */
void sc_rd_calling_bodies(rdeps *r, size_t first)
{
    sc_dctx *c = r->c;
    for (size_t k = first; k < r->fns.n; k++) {   /* grows as bodies join */
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
            fnchange *gc = sc_rd_recreate(r, g, sc_rd_why(c, fc));
            sc_op_dep(c, fc->drop, gc->drop);
            sc_rd_put_back(c, gc->create, fc);
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
    bool reads = sc_expr_reads(body, t->name) && sc_expr_reads(body, col);
    if (reads)   /* funcdeps2: found from the text */
        c->plan->fn_users_guessed = true;
    return reads;
}

/* The bodies that read column col of table t go around op. */
static void bodies_around(rdeps *r, sc_op *op, sc_op *after, const sc_table *t, const char *col, const char *what)
{
    sc_dctx *c = r->c;
    for (size_t k = 0; k < c->from->functions.n; k++) {
        const sc_function *g = SC_VEC_AT(c->from->functions, k, sc_function);
        if (!body_reads(c, g, t, col))
            continue;
        fnchange *gc = sc_rd_recreate(r, g, sc_arena_printf(c->a, "re-created: reads %s.%s, %s", t->name, col, what));
        sc_op_dep(c, op, gc->drop);
        if (gc->create)
            sc_op_dep(c, gc->create, after);
    }
}

/* The CREATE_UTYPE that casts back the columns a DROP_UTYPE parked
 * (utype_deps.c), or op itself. */
sc_op *sc_rd_unpark_of(sc_dctx *c, sc_op *op)
{
    for (size_t i = 0; op->kind == SC_OP_DROP_UTYPE && i < c->ops.n; i++) {
        sc_op *o = SC_VEC_AT(c->ops, i, sc_op);
        if (o->kind == SC_OP_CREATE_UTYPE && o->uses == op->uses && o->nuses == op->nuses)
            return o;
    }
    return op;
}

/* Columns retyped or dropped (by ops [first, end)) under a SQL-standard
 * body that reads them. */
void sc_rd_read_columns(rdeps *r, size_t first, size_t end)
{
    sc_dctx *c = r->c;
    for (size_t i = first; i < end; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        /* an enum or type rebuild casts its columns: a retype too */
        bool rebuild = op->kind == SC_OP_REBUILD_UTYPE || (op->kind == SC_OP_DROP_UTYPE && op->nuses) ||
                       (op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
                        sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op);
        for (size_t k = 0; rebuild && k < op->nuses; k++) {
            const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema, op->uses[k].table));
            if (p && op->uses[k].col_from)
                bodies_around(r, op, sc_rd_unpark_of(c, op), p->from, op->uses[k].col_from->name, "whose type is rebuilt");
        }
        bool retype = op->kind == SC_OP_ALTER_COLUMN && (op->changes & (SC_CHG_TYPE | SC_CHG_COLLATION));
        if ((!retype && op->kind != SC_OP_DROP_COLUMN) || !op->t_from || !op->from)
            continue;
        const sc_column *col = op->from;
        bodies_around(r, op, op, op->t_from, col->name, retype ? "which changes type" : "which is dropped");
    }
}

void sc_rd_collect_drops(rdeps *r)
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
        const fnchange *fc = op->kind == SC_OP_CREATE_INDEX && op->to ? index_calls(&made, op->to) : sc_rd_called(&made, expr);
        if (!fc)
            fc = sc_rd_called(&made, second);
        /* a domain created or altered: its default and checks */
        const sc_utype *u = (op->kind == SC_OP_CREATE_UTYPE || op->kind == SC_OP_ALTER_DOMAIN) ? op->to : NULL;
        if (u && u->kind == SC_UTYPE_DOMAIN) {
            fc = sc_rd_called(&made, u->default_expr);
            for (size_t k = 0; !fc && k < u->checks.n; k++)
                fc = sc_rd_called(&made, ((const sc_domain_check *)u->checks.items[k])->expr);
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

static bool same_str(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

/* newuser4: an overload that replaces another of its name (`f()` dropped,
 * `f(x boolean default false)` created) is created after the old one is
 * dropped, so that no call the plan writes or puts back, in either script,
 * finds both ("function f() is not unique"). */
static void overload_swaps(sc_dctx *c)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *d = SC_VEC_AT(c->ops, i, sc_op);
        const sc_function *f = d->kind == SC_OP_DROP_FUNCTION ? d->from : NULL;
        if (!f || f->aggregate || sc_model_function(c->to, f->schema, f->name, f->args))
            continue;   /* re-created with the same arguments: no other overload stands in */
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
            const sc_function *g = o->kind == SC_OP_CREATE_FUNCTION ? o->to : NULL;
            if (g && !g->aggregate && same_str(g->schema ? g->schema : SC_DEFAULT_SCHEMA,
                                               f->schema ? f->schema : SC_DEFAULT_SCHEMA) &&
                !strcmp(g->name, f->name) && !same_str(g->args, f->args))
                sc_op_dep(c, o, d);
        }
    }
}

void sc_rd_note_guess(sc_dctx *c, const rdeps *r)
{
    if (!c->plan->fn_users_guessed || !r->fns.n || !c->d)
        return;
    const fnchange *fc = r->fns.items[0];
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, fc->f->schema, fc->f->name);
    sc_diag_add(c->d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                "what calls %s(%s)%s, dropped and created again, was found from the text of the declared "
                "schema, not from a catalog (pg_depend): overloads are not told apart",
                sc_sb_cstr(&b), fc->f->args,
                r->fns.n > 1 ? sc_arena_printf(c->tmp, " and %zu other function%s", r->fns.n - 1,
                                               r->fns.n > 2 ? "s" : "")
                             : "");
    sc_sb_free(&b);
}

void sc_rd_users(rdeps *r)
{
    sc_dctx *c = r->c;
    if (!r->fns.n)
        return;
    for (size_t i = 0; i < c->pairs.n; i++)
        pair_dependents(r, c->pairs.items[i]);
    sc_rd_domains(r);   /* routine_users.c */
    dropped_tables(r);
}

void sc_rd_edges(sc_dctx *c)
{
    after_made(c);
    overload_swaps(c);
    aggregate_edges(c);
    sc_body_call_edges(c);   /* fns7: bodies after what they call */
    sc_fn_replaced_users(c);   /* funcs3: what holds values the old body computed */
}
