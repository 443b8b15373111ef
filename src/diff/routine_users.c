/* routine_users.c - funcdeps (issue 11): the users of a re-created
 * function that are not parts of a table's own diff: a domain's checks and
 * default (ALTER DOMAIN around it), and, once the policies' ops exist
 * (sc_routine_late_dependents), policies and triggers whose WHEN calls it
 * (dropped before it, created after it). See routine_deps.c. */
#include <string.h>

#include "diff/routine_deps.h"

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
void sc_rd_domains(rdeps *r)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->from->utypes.n; i++) {
        const sc_utype *f = SC_VEC_AT(c->from->utypes, i, sc_utype);
        if (f->kind != SC_UTYPE_DOMAIN)
            continue;
        const fnchange *dfc = sc_rd_user_of(r, SC_FNU_DOMAIN_DEFAULT, f->schema, f->name, NULL, f->default_expr);
        const fnchange *first = dfc;
        sc_vec called_fcs = {0};   /* the functions it calls */
        if (dfc)
            sc_vec_push(c->tmp, &called_fcs, (void *)dfc);
        sc_utype *bare = NULL;
        for (size_t k = 0; k < f->checks.n; k++) {
            const sc_domain_check *ck = SC_VEC_AT(f->checks, k, sc_domain_check);
            const fnchange *fc = sc_rd_user_of(r, SC_FNU_DOMAIN_CHECK, f->schema, f->name, ck->name, ck->expr);
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
        const char *note = sc_rd_why(c, first);
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
            sc_rd_put_back(c, on, fc);
        }
    }
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
        const fnchange *fc = sc_rd_user_of(r, SC_FNU_POLICY, p->from->schema, p->from->name, f->name, f->using_expr);
        if (!fc && !c->from->fn_users_known)
            fc = sc_rd_called(&r->fns, f->check_expr);
        if (!fc)
            continue;
        const sc_policy *t = sc_table_policy(p->to, f->name);
        sc_op *drop = sc_rd_find_op(c, SC_OP_DROP_POLICY, f, NULL);
        sc_op *create = t ? sc_rd_find_op(c, SC_OP_CREATE_POLICY, NULL, t) : NULL;
        sc_op *alter = t ? sc_rd_find_op(c, SC_OP_ALTER_POLICY, f, NULL) : NULL;
        if (!drop && t) {   /* kept as it is, or altered in place: taken around the function */
            drop = policy_op(c, SC_OP_DROP_POLICY, p, f, NULL);
            create = policy_op(c, SC_OP_CREATE_POLICY, p, NULL, t);
            drop->note = create->note = sc_rd_why(c, fc);
            if (alter)
                alter->kind = SC_OP_NOP;
        }
        if (drop)
            sc_op_dep(c, fc->drop, drop);
        sc_rd_put_back(c, create, fc);
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
        const fnchange *fc = sc_rd_user_of(r, SC_FNU_TRIGGER, f->schema, f->table, f->name,
                                     c->from->fn_users_known ? NULL : f->sql);
        if (!fc)
            continue;
        sc_op *drop = sc_rd_find_op(c, SC_OP_DROP_TRIGGER, f, NULL);
        const sc_trigger *t = sc_model_trigger(c->to, f->schema, f->table, f->name);
        sc_op *create = t ? sc_rd_find_op(c, SC_OP_CREATE_TRIGGER, NULL, t) : NULL;
        if (!drop && t) {
            sc_op *state = sc_rd_find_op(c, SC_OP_TRIGGER_STATE, f, NULL);
            drop = trigger_op(c, SC_OP_DROP_TRIGGER, f, NULL);
            create = trigger_op(c, SC_OP_CREATE_TRIGGER, NULL, t);
            drop->note = create->note = sc_rd_why(c, fc);
            sc_op_dep(c, create, drop);
            if (state)
                state->kind = SC_OP_NOP;   /* the trigger is created in its target state */
        }
        if (drop)
            sc_op_dep(c, fc->drop, drop);
        sc_rd_put_back(c, create, fc);
    }
}

/* PostgreSQL refuses to change the type of a column a policy reads: the
 * casts of a rebuild (an enum's, a type's, the parking of a type built on
 * a rebuilt one) too. A kept policy of the table that reads a cast column
 * is dropped before the op and created after it (after the columns are
 * cast back). */
static void policies_over_casts(sc_dctx *c)
{
    size_t nops = c->ops.n;
    for (size_t i = 0; i < nops; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool casts = op->kind == SC_OP_REBUILD_UTYPE || (op->kind == SC_OP_DROP_UTYPE && op->nuses) ||
                     (op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
                      sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op);
        for (size_t k = 0; casts && k < op->nuses; k++) {
            const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema, op->uses[k].table));
            const char *col = op->uses[k].col_from ? op->uses[k].col_from->name : NULL;
            for (size_t j = 0; p && col && j < p->from->policies.n; j++) {
                const sc_policy *f = SC_VEC_AT(p->from->policies, j, sc_policy);
                const sc_policy *t = sc_table_policy(p->to, f->name);
                if (!sc_expr_reads(f->using_expr, col) && !sc_expr_reads(f->check_expr, col))
                    continue;
                sc_op *drop = sc_rd_find_op(c, SC_OP_DROP_POLICY, f, NULL);
                sc_op *create = t ? sc_rd_find_op(c, SC_OP_CREATE_POLICY, NULL, t) : NULL;
                if (!drop && t) {
                    sc_op *alter = sc_rd_find_op(c, SC_OP_ALTER_POLICY, f, NULL);
                    drop = policy_op(c, SC_OP_DROP_POLICY, p, f, NULL);
                    create = policy_op(c, SC_OP_CREATE_POLICY, p, NULL, t);
                    drop->note = create->note =
                        sc_arena_printf(c->a, "re-created: reads %s.%s, whose type is rebuilt",
                                        p->from->name, col);
                    if (alter)
                        alter->kind = SC_OP_NOP;
                }
                if (drop)
                    sc_op_dep(c, op, drop);
                if (create)
                    sc_op_dep(c, create, sc_rd_unpark_of(c, op));
            }
        }
    }
}

void sc_routine_late_dependents(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    policies_over_casts(c);
    rdeps r = {c, {0}, NULL};
    sc_rd_collect_drops(&r);
    for (size_t i = 0; r.fns.n && i < c->pairs.n; i++)
        policies(&r, c->pairs.items[i]);
    if (r.fns.n)
        triggers(&r);
    sc_rd_note_guess(c, &r);   /* funcdeps2 */
    sc_strmap_free(r.by_key);
    sc_fn_replaced_stale(c);   /* funcs3: checks, materialized views left as the old body computed */
}
