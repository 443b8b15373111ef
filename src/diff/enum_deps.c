/* enum_deps.c - PostgreSQL: what an enum rebuild takes down and puts back.
 *
 * Rebuilding an enum (a value removed or moved) casts each column of the
 * type with ALTER COLUMN ... TYPE, and PostgreSQL re-creates the column's
 * checks and indexes from their old definitions: a literal in them still
 * names the old type ('active'::status_old) and the statement fails
 * ("operator does not exist: status = status_old"). So the checks, index
 * expressions and partial-index predicates that mention such a column are
 * dropped before the rebuild and created after it from the `to` model; the
 * ordering is edges like any other (sc_enum_dep_edges), and the down plan is
 * their inverse. Defaults of the enum's columns are re-set by the enum op
 * itself; a default of another column that names the type (a cast:
 * ('ok'::mood)::text) would keep the old type alive, so that the rebuild
 * could not drop it: it is taken off before the rebuild and put back after
 * (sc_enum_rebuild_defaults). */
#include <string.h>
#include <strings.h>

#include "diff/diff_int.h"
#include "model/sqltok.h"

/* `word` as a name that `text` reads (sqltok.h: unquoted names fold, quoted
 * ones do not; strings and function names are not names). Text that does
 * not tokenize may mention it: an edge too many is harmless. */
static bool mentions(const char *text, const char *word)
{
    if (!text || !*word)
        return false;
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(text, strlen(text), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return true;
    char buf[256];
    bool found = false;
    for (size_t i = 0; !found && i < t.n; i++)
        found = sc_tok_is_name_use(text, &t, i) && sc_tok_name(text, &t.items[i], buf, sizeof buf) &&
                !strcmp(buf, word);
    sc_toks_free(&t);
    return found;
}

static bool index_mentions(const sc_index *ix, const char *col)
{
    if (mentions(ix->where, col))
        return true;
    for (size_t i = 0; i < ix->nelems; i++)
        if (mentions(ix->elems[i].expr, col))
            return true;
    return false;
}

/* Checks and expression/predicate parts of indexes only: a plain key
 * column is rebuilt by ALTER COLUMN TYPE without trouble. */
static bool object_mentions(const sc_op *op, const void *obj, const char *col)
{
    if (op->kind == SC_OP_ADD_CONSTRAINT || op->kind == SC_OP_DROP_CONSTRAINT) {
        const sc_constraint *k = obj;
        if (k->kind == SC_CON_EXCLUDE && sc_constraint_exclusion(k))   /* issue 12: as an index */
            return index_mentions(sc_constraint_exclusion(k), col);
        return k->kind == SC_CON_CHECK && mentions(k->check_expr, col);
    }
    return index_mentions(obj, col);
}

/* A column of the pair whose enum is rebuilt and which keeps that type. */
static bool rebuilt_column(sc_dctx *c, const sc_tpair *p, const sc_column *t)
{
    if (!sc_diff_enum_of(c->to, &t->type) ||
        !sc_strmap_has(c->rebuilt_enums, sc_dqname(c->a, t->type.schema, t->type.name)))
        return false;
    const sc_column *f = sc_diff_column_source(p->from, p->to, t);
    return f && sc_type_same(&f->type, &t->type);
}

void sc_enum_rebuild_kept(sc_dctx *c, const sc_tpair *p, const void *from, const void *to, bool index)
{
    if (!c->rebuilt_enums || !sc_strmap_count(c->rebuilt_enums))
        return;
    sc_op probe = {.kind = index ? SC_OP_CREATE_INDEX : SC_OP_ADD_CONSTRAINT};
    for (size_t i = 0; i < p->to->columns.n; i++) {
        const sc_column *t = SC_VEC_AT(p->to->columns, i, sc_column);
        if (!object_mentions(&probe, to, t->name) || !rebuilt_column(c, p, t))
            continue;
        const char *fname = index ? ((const sc_index *)from)->name : ((const sc_constraint *)from)->name;
        const char *tname = index ? ((const sc_index *)to)->name : ((const sc_constraint *)to)->name;
        sc_op *drop = sc_new_op(c, index ? SC_OP_DROP_INDEX : SC_OP_DROP_CONSTRAINT, p->to->schema,
                                p->from->name, fname);
        sc_op *add = sc_new_op(c, index ? SC_OP_CREATE_INDEX : SC_OP_ADD_CONSTRAINT, p->to->schema,
                               p->to->name, tname);
        drop->from = from;
        add->to = to;
        drop->t_from = add->t_from = p->from;
        drop->t_to = add->t_to = p->to;
        drop->table_id = add->table_id = p->id;
        return;
    }
}

bool sc_enum_op_rebuilds(sc_dctx *c, const sc_op *op)
{
    return op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
           sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op;
}

/* Drops of what mentions a cast column go before the rebuild, creations
 * after it (whether the diff or the rebuild asked for them). */
void sc_enum_dep_edges(sc_dctx *c)
{
    sc_strmap *by_table = NULL;   /* table id -> sc_vec* of (enum op, use) */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (!op->nuses || !sc_enum_op_rebuilds(c, op))
            continue;
        for (size_t k = 0; k < op->nuses; k++) {
            const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema,
                                                                       op->uses[k].table));
            if (!p)
                continue;
            if (!by_table)
                by_table = sc_strmap_new();
            const char *key = sc_arena_printf(c->a, "%d", p->id);
            sc_vec *v = sc_strmap_get(by_table, key);
            if (!v) {
                v = sc_arena_alloc(c->a, sizeof *v);
                sc_strmap_put(by_table, key, v);
            }
            sc_vec_push(c->a, v, op);
            sc_vec_push(c->a, v, &op->uses[k]);
        }
    }
    if (!by_table)
        return;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool drop = op->kind == SC_OP_DROP_CONSTRAINT || op->kind == SC_OP_DROP_INDEX;
        bool add = op->kind == SC_OP_ADD_CONSTRAINT || op->kind == SC_OP_CREATE_INDEX;
        if ((!drop && !add) || op->table_id < 0 || op->split_fk)
            continue;
        sc_vec *v = sc_strmap_get(by_table, sc_arena_printf(c->a, "%d", op->table_id));
        for (size_t k = 0; v && k + 1 < v->n; k += 2) {
            sc_op *e = v->items[k];
            const sc_enum_use *u = v->items[k + 1];
            if (drop && object_mentions(op, op->from, u->col_from->name))
                sc_op_dep(c, e, op);
            else if (add && object_mentions(op, op->to, u->name))
                sc_op_dep(c, op, e);
        }
    }
    sc_strmap_free(by_table);
}

/* A copy of col without its default. */
static const sc_column *without_default(sc_dctx *c, const sc_column *col)
{
    sc_column *x = sc_arena_alloc(c->a, sizeof *x);
    *x = *col;
    x->default_expr = NULL;
    return x;
}

/* The kept defaults of p's columns (other than op's uses) that name op's
 * enum: DROP DEFAULT before the rebuild, SET DEFAULT after it. */
static void defaults_around(sc_dctx *c, sc_tpair *p, sc_op *op)
{
    const sc_enum *e = op->to;
    for (size_t i = 0; i < p->to->columns.n; i++) {
        const sc_column *t = SC_VEC_AT(p->to->columns, i, sc_column);
        if (!t->default_expr || t->generated || !mentions(t->default_expr, e->name) ||
            sc_diff_enum_of(c->to, &t->type) == e)
            continue;
        const sc_column *f = sc_diff_column_source(p->from, p->to, t);
        if (!f || !f->default_expr || !sc_default_same(c->tmp, f->default_expr, t->default_expr))
            continue;   /* a default that changes is set by the column's own op */
        sc_op *drop = sc_new_op(c, SC_OP_ALTER_COLUMN, p->to->schema, p->to->name, t->name);
        sc_op *set = sc_new_op(c, SC_OP_ALTER_COLUMN, p->to->schema, p->to->name, t->name);
        drop->from = f;
        drop->to = without_default(c, t);
        set->from = without_default(c, f);
        set->to = t;
        drop->changes = set->changes = SC_CHG_DEFAULT;
        drop->t_from = set->t_from = p->from;
        drop->t_to = set->t_to = p->to;
        drop->table_id = set->table_id = p->id;
        sc_op_dep(c, op, drop);
        sc_op_dep(c, set, op);
    }
}

void sc_enum_rebuild_defaults(sc_dctx *c)
{
    if (!c->rebuilt_enums || !sc_strmap_count(c->rebuilt_enums))
        return;
    size_t n = c->ops.n;
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (!sc_enum_op_rebuilds(c, op))
            continue;
        for (size_t k = 0; k < c->pairs.n; k++)
            defaults_around(c, c->pairs.items[k], op);
    }
}
