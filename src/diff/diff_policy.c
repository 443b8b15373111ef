/* diff_policy.c - row level security: ENABLE/FORCE of a table and its
 * policies, for tables on both sides, created or dropped (PostgreSQL).
 *
 * Policies are dropped first (stage -1, as views) and created, altered and
 * commented last (stage 2), with edges to every other op of their table,
 * so that a policy never sees its table half-changed. A dropped table's
 * policies are dropped explicitly, so that the down script, which creates
 * the table again, puts them back.
 *
 * PostgreSQL refuses to change the type of, or drop, a column that a policy
 * reads. The catalog would say which policy reads which column
 * (pg_depend); until policies carry refs as views do, every kept policy of
 * a table whose columns change type or are dropped is dropped before and
 * created after, with a note that says why; and so is a kept policy of
 * another table whose expressions name both that table and that column
 * (a subquery: `EXISTS (SELECT 1 FROM members m WHERE m.org = org)`), by
 * the names PostgreSQL's own scanner finds in them (sc_name_iter): a name
 * too many re-creates a policy that did not need it, never the reverse. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/sqltok.h"

static bool opt_expr_same(sc_dctx *c, const char *x, const char *y)
{
    if (!x || !y)
        return !x && !y;
    return sc_expr_same(c->a, x, y);
}

static bool comment_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

/* The op of one policy (or, with pol NULL, of the table's RLS flags). */
static sc_op *policy_op(sc_dctx *c, sc_op_kind k, const sc_table *tf, const sc_table *tt, int table_id,
                        const sc_policy *from, const sc_policy *to)
{
    const sc_table *t = k == SC_OP_DROP_POLICY ? tf : tt ? tt : tf;
    const sc_policy *p = to ? to : from;
    sc_op *op = sc_new_op(c, k, t->schema, t->name, p ? p->name : t->name);
    op->from = from;
    op->to = to;
    op->t_from = tf;
    op->t_to = tt;
    op->table_id = table_id;
    return op;
}

/* ALTER POLICY changes roles and expressions, but cannot take an
 * expression away, nor change the command or PERMISSIVE/RESTRICTIVE. */
static bool alterable(const sc_policy *f, const sc_policy *t)
{
    return f->cmd == t->cmd && f->restrictive == t->restrictive && (!f->using_expr || t->using_expr) &&
           (!f->check_expr || t->check_expr);
}

static void recreate(sc_dctx *c, const sc_table *tf, const sc_table *tt, int id, const sc_policy *f,
                     const sc_policy *t, const char *note)
{
    sc_op *drop = policy_op(c, SC_OP_DROP_POLICY, tf, tt, id, f, NULL);
    sc_op *create = policy_op(c, SC_OP_CREATE_POLICY, tf, tt, id, NULL, t);
    drop->note = note;
    create->note = note;
}

/* A column that a change blocks under a policy: its table's and its own
 * name, the change's table id, and the note that says why. */
typedef struct blocker {
    const char *table, *column, *why;
    int table_id;
} blocker;

static bool names_hold(sc_strmap *names, const char *expr)
{
    if (!expr)
        return false;
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, expr);
    while (sc_name_iter_next(&it, buf, sizeof buf))
        sc_strmap_put(names, buf, (void *)1);
    sc_name_iter_free(&it);
    return true;
}

/* The note of the first column of another table that the policy (either
 * side's text) names with its table, NULL when none. */
static const char *reads_other_table(const sc_policy *f, const sc_policy *t, int id, const sc_vec *blockers)
{
    sc_strmap *names = sc_strmap_new();
    bool any = false;
    any |= names_hold(names, f ? f->using_expr : NULL);
    any |= names_hold(names, f ? f->check_expr : NULL);
    any |= names_hold(names, t ? t->using_expr : NULL);
    any |= names_hold(names, t ? t->check_expr : NULL);
    const char *why = NULL;
    for (size_t i = 0; any && !why && i < blockers->n; i++) {
        const blocker *b = SC_VEC_AT(*blockers, i, blocker);
        if (b->table_id != id && sc_strmap_has(names, b->table) && sc_strmap_has(names, b->column))
            why = b->why;
    }
    sc_strmap_free(names);
    return why;
}

static void pair_policies(sc_dctx *c, const sc_table *tf, const sc_table *tt, int id, const char *blocked,
                          const sc_vec *blockers)
{
    for (size_t i = 0; tf && i < tf->policies.n; i++) {
        const sc_policy *f = SC_VEC_AT(tf->policies, i, sc_policy);
        if (!tt || !sc_table_policy(tt, f->name))
            policy_op(c, SC_OP_DROP_POLICY, tf, tt, id, f, NULL);
    }
    for (size_t i = 0; tt && i < tt->policies.n; i++) {
        const sc_policy *t = SC_VEC_AT(tt->policies, i, sc_policy);
        const sc_policy *f = tf ? sc_table_policy(tf, t->name) : NULL;
        if (!f) {
            policy_op(c, SC_OP_CREATE_POLICY, tf, tt, id, NULL, t);
            continue;
        }
        bool same = f->cmd == t->cmd && f->restrictive == t->restrictive && sc_names_equal(&f->roles, &t->roles) &&
                    opt_expr_same(c, f->using_expr, t->using_expr) &&
                    opt_expr_same(c, f->check_expr, t->check_expr);
        const char *why = blocked ? blocked : blockers->n ? reads_other_table(f, t, id, blockers) : NULL;
        if (why) {
            recreate(c, tf, tt, id, f, t, why);
            continue;
        }
        if (!same && alterable(f, t))
            policy_op(c, SC_OP_ALTER_POLICY, tf, tt, id, f, t);
        else if (!same)
            recreate(c, tf, tt, id, f, t, NULL);
        if (same || alterable(f, t))
            if (!comment_same(f->comment, t->comment))
                policy_op(c, SC_OP_POLICY_COMMENT, tf, tt, id, f, t);
    }
}

static void table_rls(sc_dctx *c, const sc_table *tf, const sc_table *tt, int id)
{
    bool fe = tf && tf->rls_enabled, ff = tf && tf->rls_forced;
    bool te = tt && tt->rls_enabled, tfo = tt && tt->rls_forced;
    if (fe != te || ff != tfo)
        policy_op(c, SC_OP_TABLE_RLS, tf, tt, id, NULL, NULL);
}

/* "re-created: reads docs.tenant, whose type changes" for the first
 * column of the pair that changes type or goes; NULL when none does. */
static const char *blocking_change(sc_dctx *c, const sc_op *op)
{
    if (op->kind == SC_OP_DROP_COLUMN)
        return sc_arena_printf(c->a, "re-created: %s.%s is dropped", op->table, op->name);
    if (op->kind == SC_OP_ALTER_COLUMN && (op->changes & SC_CHG_TYPE))
        return sc_arena_printf(c->a, "re-created: the type of %s.%s changes", op->table, op->name);
    return NULL;
}

void sc_diff_policies(sc_dctx *c)
{
    /* SQLite gets the ops too: its emitter refuses them with the table or
     * policy located, instead of a migration that leaves them out */
    /* table_id -> why its policies are re-created (one pass over the ops) */
    sc_strmap *blocked = sc_strmap_new();
    sc_vec blockers = {0};   /* blocker, every blocked column of every table */
    for (size_t i = 0; i < c->ops.n; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const char *why = op->table_id >= 0 ? blocking_change(c, op) : NULL;
        if (!why)
            continue;
        const char *key = sc_arena_printf(c->a, "%d", op->table_id);
        if (!sc_strmap_has(blocked, key))
            sc_strmap_put(blocked, key, (void *)why);
        blocker *b = sc_arena_alloc(c->a, sizeof *b);
        *b = (blocker){op->table, op->name, why, op->table_id};
        sc_vec_push(c->a, &blockers, b);
    }
    size_t nops = c->ops.n;   /* the ops of created and dropped tables, before ours */
    for (size_t i = 0; i < nops; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == SC_OP_CREATE_TABLE || op->kind == SC_OP_DROP_TABLE) {
            table_rls(c, op->t_from, op->t_to, op->table_id);
            pair_policies(c, op->t_from, op->t_to, op->table_id, NULL, &blockers);
        }
    }
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        const char *why = sc_strmap_get(blocked, sc_arena_printf(c->a, "%d", p->id));
        table_rls(c, p->from, p->to, p->id);
        pair_policies(c, p->from, p->to, p->id, why, &blockers);
    }
    sc_strmap_free(blocked);
}

static bool is_policy_op(const sc_op *op)
{
    return op->kind == SC_OP_CREATE_POLICY || op->kind == SC_OP_DROP_POLICY ||
           op->kind == SC_OP_ALTER_POLICY || op->kind == SC_OP_POLICY_COMMENT ||
           op->kind == SC_OP_TABLE_RLS;
}

/* Runs before the table's other ops: a policy dropped, or the flags of a
 * table that is dropped. */
static bool goes_first(const sc_op *op)
{
    return op->kind == SC_OP_DROP_POLICY || (op->kind == SC_OP_TABLE_RLS && !op->t_to);
}

void sc_policy_edges(sc_dctx *c)
{
    /* table_id -> the table's own ops, then each policy op against them */
    sc_strmap *by_table = sc_strmap_new();
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->table_id < 0 || is_policy_op(op))
            continue;
        const char *key = sc_arena_printf(c->a, "%d", op->table_id);
        sc_vec *v = sc_strmap_get(by_table, key);
        if (!v) {
            v = sc_arena_alloc(c->a, sizeof *v);
            sc_strmap_put(by_table, key, v);
        }
        sc_vec_push(c->a, v, op);
    }
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (!is_policy_op(op))
            continue;
        sc_vec *v = sc_strmap_get(by_table, sc_arena_printf(c->a, "%d", op->table_id));
        for (size_t j = 0; v && j < v->n; j++) {
            sc_op *t = SC_VEC_AT(*v, j, sc_op);
            if (goes_first(op))
                sc_op_dep(c, t, op);
            else
                sc_op_dep(c, op, t);
        }
    }
    sc_strmap_free(by_table);
}
