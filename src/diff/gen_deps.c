/* gen_deps.c - PostgreSQL: generated columns around changes of the columns
 * they read.
 *
 * PostgreSQL refuses ALTER COLUMN ... TYPE on a column that a generated
 * column reads ("cannot alter type of a column used by a generated
 * column"), and that includes the cast of an enum rebuild. So:
 *  - a generated column whose expression changes is dropped before such a
 *    type change and added after it (edges, sc_gen_dep_edges);
 *  - one that stays as it is is dropped and re-added around it all the
 *    same (sc_gen_reads_retyped). A stored generated column is derived
 *    data: re-adding it recomputes every row from the columns it reads, so
 *    this loses nothing and is no hazard;
 *  - the constraints and indexes of the table that mention a re-added
 *    generated column go with it (DROP COLUMN takes them away silently),
 *    so they are dropped before and created after (sc_gen_readd_kept).
 * A rename of a column that a generated column reads is no change of the
 * generated column: PostgreSQL renames inside the expression itself, and
 * the from side's expression is compared under the new names
 * (sc_gen_map_renames). The down plan is the inverse, as for every op. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

bool sc_expr_reads(const char *expr, const char *col)
{
    return sc_text_uses_name(expr, col);
}

const char *sc_gen_map_renames(sc_dctx *c, const sc_tpair *p, const char *expr)
{
    if (!expr || !p->col_old2new)
        return expr;
    sc_strbuf b = SC_STRBUF_INIT;
    char buf[256];
    size_t at = 0;
    sc_name_iter it;
    sc_name_iter_init(&it, expr);
    while (sc_name_iter_next(&it, buf, sizeof buf)) {
        const char *to = sc_strmap_get(p->col_old2new, buf);
        if (!to)
            continue;
        sc_sb_putn(&b, expr + at, it.tok->off - at);
        sc_sb_ident(&b, to);
        at = it.tok->off + it.tok->len;
    }
    sc_name_iter_free(&it);
    sc_sb_puts(&b, expr + at);
    char *r = sc_arena_strdup(c->a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

static bool str_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

/* Column t of the pair gets ALTER COLUMN ... TYPE: its type or collation
 * changes, or its enum is rebuilt (the rebuild casts it). */
bool sc_gen_col_retyped(sc_dctx *c, const sc_tpair *p, const sc_column *t)
{
    if (t->generated)
        return false;   /* a generated column cannot read another one */
    const sc_column *f = sc_diff_column_source(p->from, p->to, t);
    if (!f || f->generated)
        return false;
    if (c->o->compare_type && !sc_column_type_same(c, p->from, f, p->to, t))
        return true;
    if (!str_same(sc_column_collation(f), sc_column_collation(t)))
        return true;
    return c->rebuilt_enums && sc_diff_enum_of(c->to, &t->type) && sc_type_same(&f->type, &t->type) &&
           sc_strmap_has(c->rebuilt_enums, sc_dqname(c->a, t->type.schema, t->type.name));
}

bool sc_gen_reads_retyped(sc_dctx *c, const sc_tpair *p, const sc_column *ct)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !ct->generated)
        return false;
    for (size_t i = 0; i < p->to->columns.n; i++) {
        const sc_column *t = SC_VEC_AT(p->to->columns, i, sc_column);
        if (t != ct && sc_expr_reads(ct->generated, t->name) && sc_gen_col_retyped(c, p, t))
            return true;
    }
    return false;
}

void sc_gen_note_readd(sc_dctx *c, sc_tpair *p, const sc_column *ct)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;   /* SQLite rebuilds the table, indexes included */
    if (!p->gen_readd)
        p->gen_readd = sc_strmap_new();
    sc_strmap_put(p->gen_readd, ct->name, (void *)ct);
}

static bool names_mention(const sc_names *n, sc_strmap *cols)
{
    for (size_t i = 0; i < n->n; i++)
        if (sc_strmap_has(cols, n->items[i]))
            return true;
    return false;
}

static bool expr_mentions(const char *expr, sc_strmap *cols)
{
    if (!expr)
        return false;
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, expr);
    bool found = false;
    while (!found && sc_name_iter_next(&it, buf, sizeof buf))
        found = sc_strmap_has(cols, buf);
    sc_name_iter_free(&it);
    return found;
}

static bool mentions_readded(const void *obj, bool index, sc_strmap *cols)
{
    if (index) {
        const sc_index *ix = obj;
        for (size_t i = 0; i < ix->nelems; i++)
            if ((ix->elems[i].column && sc_strmap_has(cols, ix->elems[i].column)) ||
                expr_mentions(ix->elems[i].expr, cols))
                return true;
        return names_mention(&ix->include, cols) || expr_mentions(ix->where, cols);
    }
    const sc_constraint *k = obj;
    if (k->kind == SC_CON_CHECK)
        return expr_mentions(k->check_expr, cols);
    if (k->kind == SC_CON_EXCLUDE && sc_constraint_exclusion(k))   /* issue 12: its index part */
        return mentions_readded(sc_constraint_exclusion(k), true, cols);
    return names_mention(&k->columns, cols);
}

bool sc_gen_readd_kept(sc_dctx *c, const sc_tpair *p, const void *from, const void *to, bool index)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !p->gen_readd || !mentions_readded(to, index, p->gen_readd))
        return false;
    const char *fname = index ? ((const sc_index *)from)->name : ((const sc_constraint *)from)->name;
    const char *tname = index ? ((const sc_index *)to)->name : ((const sc_constraint *)to)->name;
    sc_op *drop = sc_new_op(c, index ? SC_OP_DROP_INDEX : SC_OP_DROP_CONSTRAINT, p->to->schema, p->from->name,
                            fname);
    sc_op *add = sc_new_op(c, index ? SC_OP_CREATE_INDEX : SC_OP_ADD_CONSTRAINT, p->to->schema, p->to->name,
                           tname);
    drop->from = from;
    add->to = to;
    drop->t_from = add->t_from = p->from;
    drop->t_to = add->t_to = p->to;
    drop->table_id = add->table_id = p->id;
    return true;
}

/* The plan drops object `from` with an op of kind k already. */
static bool plan_drops(sc_dctx *c, sc_op_kind k, const void *from)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == k && op->from == from)
            return true;
    }
    return false;
}

void sc_gen_readd_kept_late(sc_dctx *c, const sc_tpair *p, const sc_column *ct)
{
    sc_strmap *one = sc_strmap_new();
    sc_strmap_put(one, ct->name, (void *)ct);
    for (size_t j = 0; j < p->to->constraints.n; j++) {
        const sc_constraint *kt = SC_VEC_AT(p->to->constraints, j, sc_constraint);
        const sc_constraint *kf = sc_table_constraint_named(p->from, kt->kind, kt->name);
        if (kf && mentions_readded(kt, false, one) && !plan_drops(c, SC_OP_DROP_CONSTRAINT, kf))
            sc_gen_readd_kept(c, p, kf, kt, false);
    }
    for (size_t j = 0; j < p->to->indexes.n; j++) {
        const sc_index *it = SC_VEC_AT(p->to->indexes, j, sc_index);
        const sc_index *ix = it->name ? sc_table_index_named(p->from, it->name) : NULL;
        if (ix && mentions_readded(it, true, one) && !plan_drops(c, SC_OP_DROP_INDEX, ix))
            sc_gen_readd_kept(c, p, ix, it, true);
    }
    sc_strmap_free(one);
}

/* Per table: the ops that run ALTER COLUMN ... TYPE on a plain column, as
 * (op, name before, name after) triples. */
static void push_retype(sc_dctx *c, sc_strmap *by_table, int id, sc_op *op, const char *before, const char *after)
{
    const char *key = sc_arena_printf(c->a, "%d", id);
    sc_vec *v = sc_strmap_get(by_table, key);
    if (!v) {
        v = sc_arena_alloc(c->a, sizeof *v);
        sc_strmap_put(by_table, key, v);
    }
    sc_vec_push(c->a, v, op);
    sc_vec_push(c->a, v, (void *)before);
    sc_vec_push(c->a, v, (void *)after);
}

void sc_gen_dep_edges(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    sc_strmap *by_table = sc_strmap_new();
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == SC_OP_ALTER_COLUMN && (op->changes & (SC_CHG_TYPE | SC_CHG_COLLATION))) {
            push_retype(c, by_table, op->table_id, op, ((const sc_column *)op->from)->name,
                        ((const sc_column *)op->to)->name);
        } else if (op->nuses && sc_enum_op_rebuilds(c, op)) {
            for (size_t k = 0; k < op->nuses; k++) {
                const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema,
                                                                           op->uses[k].table));
                if (p)
                    push_retype(c, by_table, p->id, op, op->uses[k].col_from->name, op->uses[k].name);
            }
        }
    }
    for (size_t i = 0; sc_strmap_count(by_table) && i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        const sc_column *col = op->kind == SC_OP_DROP_COLUMN ? op->from
                               : op->kind == SC_OP_ADD_COLUMN ? op->to : NULL;
        if (!col || !col->generated || op->table_id < 0)
            continue;
        sc_vec *v = sc_strmap_get(by_table, sc_arena_printf(c->a, "%d", op->table_id));
        for (size_t k = 0; v && k + 2 < v->n; k += 3) {
            sc_op *r = v->items[k];
            /* a drop runs under the old names, an add under the new ones */
            if (op->kind == SC_OP_DROP_COLUMN && sc_expr_reads(col->generated, v->items[k + 1]))
                sc_op_dep(c, r, op);
            else if (op->kind == SC_OP_ADD_COLUMN && sc_expr_reads(col->generated, v->items[k + 2]))
                sc_op_dep(c, op, r);
        }
    }
    sc_strmap_free(by_table);
}
