/* renames.c - which old object a renamed one continues, from the rename
 * hints alone (never guessed), and the temporary names that let a swap or a
 * rotation run.
 *
 * Hints ("to-name renamed from old-name") link names into chains and
 * cycles. A chain b <- a, c <- b (a -> b, b -> c) applies when its first old
 * name is gone on the `to` side and its last new name is new on the `from`
 * side; the renames then run from the end (b -> c before a -> b). A cycle
 * (a <- b, b <- a: a swap; a rotation) has every name on both sides: it
 * applies unless every member already matches by name, which is what a
 * database where the swap has run looks like (the hints are still in the
 * DSL); the same holds for a swap of identical definitions, which no
 * database can tell apart, and a warning says so. One rename of a cycle
 * goes through a temporary name (`<old>_schemac_tmp`), so that PostgreSQL
 * and SQLite accept every step and the down script is the exact inverse. */
#include <stdio.h>
#include <string.h>

#include "diff/diff_int.h"

/* One namespace of renamable objects (a schema's tables, a table's columns). */
typedef struct rn_src {
    const void *ctx;
    const char *(*hint)(const void *ctx, const char *name);   /* renamed_from of to[name] */
    bool (*in_from)(const void *ctx, const char *name);
    bool (*in_to)(const void *ctx, const char *name);
    /* the to-name whose hint is `old` (its own name excluded); *count of them */
    const char *(*hinted_by)(const void *ctx, const char *old, int *count);
    bool (*same)(const void *ctx, const char *name);   /* from[name] and to[name] match */
    size_t limit;   /* objects on the to side: bounds every walk */
} rn_src;

/* The hint of `name` counts when its old name exists on the from side and
 * no other object claims the same old name. */
static bool valid_edge(const rn_src *s, const char *name, const char **old)
{
    const char *h = s->hint(s->ctx, name);
    int n = 0;
    if (!h || !strcmp(h, name) || !s->in_from(s->ctx, h))
        return false;
    s->hinted_by(s->ctx, h, &n);
    if (n != 1)
        return false;
    *old = h;
    return true;
}

static sc_rn_kind resolve(const rn_src *s, const char *name, const char **old)
{
    const char *first, *x, *y;
    if (!valid_edge(s, name, &first))
        return SC_RN_NONE;
    /* backwards to where the chain starts, or around the cycle */
    const char *cur = name;
    size_t steps = 0;
    for (;;) {
        valid_edge(s, cur, &x);
        if (!strcmp(x, name)) {
            const char *m = name;
            do {
                if (!s->same(s->ctx, m)) {
                    *old = first;
                    return SC_RN_CYCLE;
                }
                valid_edge(s, m, &m);
            } while (strcmp(m, name) && ++steps <= 2 * s->limit);
            return SC_RN_STALE_CYCLE;
        }
        if (!s->in_to(s->ctx, x))
            break;   /* the old name is free on the to side: the chain starts here */
        if (!valid_edge(s, x, &y) || ++steps > s->limit)
            return SC_RN_NONE;   /* x stays as it is: its old object cannot also move */
        cur = x;
    }
    /* forwards to the chain's last new name, which must be new */
    cur = name;
    for (;;) {
        int n = 0;
        const char *next = s->in_from(s->ctx, cur) ? s->hinted_by(s->ctx, cur, &n) : NULL;
        if (!next || n != 1 || ++steps > 2 * s->limit)
            break;
        cur = next;
    }
    if (s->in_from(s->ctx, cur))
        return SC_RN_NONE;   /* a stale hint: the renamed object is already there */
    *old = first;
    return SC_RN_PATH;
}

/* ---- columns ------------------------------------------------------------- */

typedef struct colctx {
    const sc_table *from, *to;
} colctx;

static const char *col_hint(const void *ctx, const char *name)
{
    const sc_column *c = sc_table_column(((const colctx *)ctx)->to, name);
    return c ? sc_column_renamed_from(c) : NULL;
}

static bool col_in_from(const void *ctx, const char *name)
{
    return sc_table_column(((const colctx *)ctx)->from, name) != NULL;
}

static bool col_in_to(const void *ctx, const char *name)
{
    return sc_table_column(((const colctx *)ctx)->to, name) != NULL;
}

static const char *col_hinted_by(const void *ctx, const char *old, int *count)
{
    const sc_table *t = ((const colctx *)ctx)->to;
    const char *who = NULL;
    *count = 0;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_column_renamed_from(c) && !strcmp(sc_column_renamed_from(c), old) && strcmp(c->name, old)) {
            who = c->name;
            (*count)++;
        }
    }
    return who;
}

static bool int_type(const sc_type *t)
{
    return !t->array_dims && (!strcmp(t->name, "integer") || !strcmp(t->name, "bigint") ||
                              !strcmp(t->name, "smallint"));
}

static bool opt_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

/* The parts of a column that a rename carries along (a SQLite identity
 * column is INTEGER whatever was declared). */
static bool column_same(sc_arena *a, const sc_column *x, const sc_column *y)
{
    bool types = sc_type_same(&x->type, &y->type) ||
                 (x->identity && y->identity && int_type(&x->type) && int_type(&y->type));
    return types && x->not_null == y->not_null && !x->identity == !y->identity &&
           opt_same(sc_column_collation(x), sc_column_collation(y)) && sc_expr_same(a, x->generated, y->generated) &&
           sc_default_same(a, x->default_expr, y->default_expr);
}

static bool col_same(const void *ctx, const char *name)
{
    const colctx *k = ctx;
    sc_arena *a = sc_arena_new();
    bool r = column_same(a, sc_table_column(k->from, name), sc_table_column(k->to, name));
    sc_arena_free(a);
    return r;
}

sc_rn_kind sc_rn_column(const sc_table *from, const sc_table *to, const char *name, const char **old)
{
    colctx k = {from, to};
    rn_src s = {&k, col_hint, col_in_from, col_in_to, col_hinted_by, col_same, to->columns.n + 1};
    return resolve(&s, name, old);
}

const sc_column *sc_diff_column_source(const sc_table *from, const sc_table *to, const sc_column *col_to)
{
    const char *old = NULL;
    sc_rn_kind k = sc_rn_column(from, to, col_to->name, &old);
    if (k == SC_RN_PATH || k == SC_RN_CYCLE)
        return sc_table_column(from, old);
    return sc_table_column(from, col_to->name);
}

/* ---- tables ---------------------------------------------------------------- */

typedef struct tabctx {
    sc_dctx *c;
    const char *schema;
} tabctx;

static int several;   /* marks an old name that more than one table claims */

static const char *tab_hint(const void *ctx, const char *name)
{
    const tabctx *k = ctx;
    const sc_table *t = sc_model_table(k->c->to, k->schema, name);
    return t ? t->renamed_from : NULL;
}

static bool tab_in_from(const void *ctx, const char *name)
{
    const tabctx *k = ctx;
    return sc_model_table(k->c->from, k->schema, name) != NULL;
}

static bool tab_in_to(const void *ctx, const char *name)
{
    const tabctx *k = ctx;
    return sc_model_table(k->c->to, k->schema, name) != NULL;
}

static const char *tab_hinted_by(const void *ctx, const char *old, int *count)
{
    const tabctx *k = ctx;
    const sc_table *t = sc_strmap_get(k->c->table_hints, sc_dqname(k->c->a, k->schema, old));
    *count = !t ? 0 : (const void *)t == (const void *)&several ? 2 : 1;
    return *count == 1 ? t->name : NULL;
}

static bool tab_same(const void *ctx, const char *name)
{
    const tabctx *k = ctx;
    const sc_table *f = sc_model_table(k->c->from, k->schema, name);
    const sc_table *t = sc_model_table(k->c->to, k->schema, name);
    if (f->columns.n != t->columns.n)
        return false;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *ct = SC_VEC_AT(t->columns, i, sc_column);
        const sc_column *cf = sc_table_column(f, ct->name);
        if (!cf || !column_same(k->c->a, cf, ct))
            return false;
    }
    return true;
}

void sc_rn_index_tables(sc_dctx *c)
{
    c->table_hints = sc_strmap_new();
    for (size_t i = 0; i < c->to->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(c->to->tables, i, sc_table);
        if (!t->renamed_from || !strcmp(t->renamed_from, t->name))
            continue;
        const char *key = sc_dqname(c->a, t->schema, t->renamed_from);
        sc_strmap_put(c->table_hints, key, sc_strmap_has(c->table_hints, key) ? (void *)&several : (void *)t);
    }
}

sc_rn_kind sc_rn_table(sc_dctx *c, const sc_table *t, const char **old)
{
    tabctx k = {c, t->schema};
    rn_src s = {&k, tab_hint, tab_in_from, tab_in_to, tab_hinted_by, tab_same, c->to->tables.n + 1};
    return resolve(&s, t->name, old);
}

/* ---- cycles of rename ops: one step through a temporary name -------------- */

/* "<name>_schemac_tmp[N]", at most 63 bytes (cut on a UTF-8 boundary). */
static const char *tmp_name(sc_arena *a, const char *name, int n)
{
    char suffix[32];
    if (n > 1)
        snprintf(suffix, sizeof suffix, "_schemac_tmp%d", n);
    else
        snprintf(suffix, sizeof suffix, "_schemac_tmp");
    size_t keep = strlen(name), room = SC_PG_NAMEDATALEN - strlen(suffix);
    if (keep > room) {
        keep = room;
        while (keep > 0 && ((unsigned char)name[keep] & 0xC0) == 0x80)
            keep--;
    }
    return sc_arena_printf(a, "%.*s%s", (int)keep, name, suffix);
}

/* Relation-like names of a schema that a table may not take (PostgreSQL:
 * tables, indexes, sequences and types share one namespace). */
static void index_relation_names(sc_strmap *m, sc_arena *a, const sc_model *md)
{
    for (size_t i = 0; i < md->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(md->tables, i, sc_table);
        sc_strmap_put(m, sc_dqname(a, t->schema, t->name), NULL);
        for (size_t j = 0; j < t->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (ix->name)
                sc_strmap_put(m, sc_dqname(a, t->schema, ix->name), NULL);
        }
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            sc_strmap_put(m, sc_dqname(a, t->schema, k->name), NULL);
        }
    }
    for (size_t i = 0; i < md->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(md->enums, i, sc_enum);
        sc_strmap_put(m, sc_dqname(a, e->schema, e->name), NULL);
    }
    for (size_t i = 0; i < md->sequences.n; i++) {
        const sc_sequence *q = SC_VEC_AT(md->sequences, i, sc_sequence);
        sc_strmap_put(m, sc_dqname(a, q->schema, q->name), NULL);
    }
}

static const char *free_table_tmp(sc_dctx *c, sc_strmap **taken, const sc_op *op)
{
    if (!*taken) {
        *taken = sc_strmap_new();
        index_relation_names(*taken, c->a, c->from);
        index_relation_names(*taken, c->a, c->to);
    }
    for (int n = 1;; n++) {
        const char *cand = tmp_name(c->a, op->old_name, n);
        const char *key = sc_dqname(c->a, op->schema, cand);
        if (!sc_strmap_has(*taken, key)) {
            sc_strmap_put(*taken, key, NULL);
            return cand;
        }
    }
}

static const char *free_column_tmp(sc_dctx *c, sc_strmap *taken, const sc_op *op)
{
    for (int n = 1;; n++) {
        const char *cand = tmp_name(c->a, op->old_name, n);
        const char *key = sc_arena_printf(c->a, "%d.%s", op->table_id, cand);
        if (!sc_table_column(op->t_from, cand) && !sc_table_column(op->t_to, cand) &&
            !sc_strmap_has(taken, key)) {
            sc_strmap_put(taken, key, NULL);
            return cand;
        }
    }
}

/* r (old -> new) becomes old -> tmp, plus a new op tmp -> new after it;
 * edges.c orders each rename after the one that frees its name. */
static void split(sc_dctx *c, sc_op *r, const char *tmp)
{
    sc_op *r2 = sc_new_op(c, r->kind, r->schema, r->table, r->name);
    size_t seq = r2->seq;
    *r2 = *r;
    r2->seq = seq;
    r2->deps = NULL;
    r2->ndeps = r2->capdeps = 0;
    r2->old_name = tmp;
    r->name = tmp;
    if (r->kind == SC_OP_RENAME_TABLE)
        r->table = tmp;
    sc_op_dep(c, r2, r);
}

static const char *rename_key(sc_dctx *c, const sc_op *op, const char *name)
{
    return sc_rename_key(c, op, name);
}

void sc_rn_split_cycles(sc_dctx *c)
{
    size_t n = c->ops.n;
    sc_strmap *by_old = sc_strmap_new();   /* rename ops by the name they free */
    sc_vec renames = {0};
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (sc_is_rename(op->kind)) {
            sc_strmap_put(by_old, rename_key(c, op, op->old_name), op);
            sc_vec_push(c->a, &renames, op);
        }
    }
    char *done = sc_arena_alloc(c->a, n + 1);
    sc_strmap *tables_taken = NULL, *cols_taken = sc_strmap_new();
    for (size_t i = 0; i < renames.n; i++) {
        sc_op *op = renames.items[i];
        if (done[op->seq])
            continue;
        /* follow "the op that frees my new name": a chain ends, a cycle
         * comes back to op (each name is freed by one op at most) */
        sc_op *cur = op, *pick = op;
        size_t steps = 0;
        do {
            if (strcmp(cur->old_name, pick->old_name) < 0)
                pick = cur;
            cur = sc_strmap_get(by_old, rename_key(c, cur, cur->name));
        } while (cur && cur != op && ++steps <= renames.n);
        if (cur != op)
            continue;
        do {
            done[cur->seq] = 1;
            cur = sc_strmap_get(by_old, rename_key(c, cur, cur->name));
        } while (cur != op);
        split(c, pick, pick->kind == SC_OP_RENAME_COLUMN ? free_column_tmp(c, cols_taken, pick)
                                                         : free_table_tmp(c, &tables_taken, pick));
    }
    sc_strmap_free(by_old);
    sc_strmap_free(tables_taken);
    sc_strmap_free(cols_taken);
}
