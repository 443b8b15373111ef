/* diff_table.c - one table present on both sides: its columns, constraints,
 * indexes and comment. */
#include <string.h>

#include "diff/diff_int.h"

sc_op *sc_new_op(sc_dctx *c, sc_op_kind k, const char *schema, const char *table, const char *name)
{
    sc_op *op = sc_arena_alloc(c->a, sizeof *op);
    op->kind = k;
    op->schema = schema ? schema : SC_DEFAULT_SCHEMA;
    op->table = table;
    op->name = name;
    op->table_id = -1;
    op->seq = c->ops.n;
    sc_vec_push(c->a, &c->ops, op);
    return op;
}

static bool str_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

static bool is_int_type(const sc_type *t)
{
    return !t->array_dims && (!strcmp(t->name, "integer") || !strcmp(t->name, "bigint") ||
                              !strcmp(t->name, "smallint"));
}

static unsigned column_changes(sc_dctx *c, const sc_column *f, const sc_column *t)
{
    bool sqlite = c->o->dialect == SC_DIALECT_SQLITE;
    unsigned ch = 0;
    if (c->o->compare_type && !sc_type_same(&f->type, &t->type)) {
        /* SQLite stores an identity column as INTEGER whatever was declared */
        if (!(sqlite && f->identity && t->identity && is_int_type(&f->type) && is_int_type(&t->type)))
            ch |= SC_CHG_TYPE;
    }
    if (!str_same(f->collation, t->collation))
        ch |= SC_CHG_COLLATION;
    if (f->not_null != t->not_null && !(sqlite && f->identity && t->identity))
        ch |= SC_CHG_NULL;
    if (sqlite ? (!f->identity != !t->identity) : f->identity != t->identity)
        ch |= SC_CHG_IDENTITY;
    if (c->o->compare_server_default && !t->identity && !f->identity &&
        !sc_default_same(c->a, f->default_expr, t->default_expr))
        ch |= SC_CHG_DEFAULT;
    if (!sqlite && !str_same(f->comment, t->comment))
        ch |= SC_CHG_COMMENT;
    return ch;
}

/* SQLite keeps an enum as a CHECK on the column: a change of labels is a
 * change of the column. */
static bool enum_labels_changed(sc_dctx *c, const sc_column *f, const sc_column *t)
{
    const sc_enum *ef = sc_diff_enum_of(c->from, &f->type);
    const sc_enum *et = sc_diff_enum_of(c->to, &t->type);
    if (!ef || !et || !sc_type_same(&f->type, &t->type))
        return false;
    if (ef->labels.n != et->labels.n)
        return true;
    for (size_t i = 0; i < ef->labels.n; i++)
        if (strcmp(ef->labels.items[i], et->labels.items[i]))
            return true;
    return false;
}

static sc_op *table_op(sc_dctx *c, sc_tpair *p, sc_op_kind k, const char *table, const char *name,
                       const void *from, const void *to)
{
    sc_op *op = sc_new_op(c, k, p->to->schema, table, name);
    op->from = from;
    op->to = to;
    op->t_from = p->from;
    op->t_to = p->to;
    op->table_id = p->id;
    return op;
}

static void diff_columns(sc_dctx *c, sc_tpair *p)
{
    const sc_table *f = p->from, *t = p->to;
    sc_strmap *matched = sc_strmap_new();   /* from-column names continued on the to side */
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *ct = SC_VEC_AT(t->columns, i, sc_column);
        const sc_column *cf = sc_diff_column_source(f, t, ct);
        if (!cf) {
            table_op(c, p, SC_OP_ADD_COLUMN, t->name, ct->name, NULL, ct);
            continue;
        }
        sc_strmap_put(matched, cf->name, (void *)cf);
        if (!str_same(cf->generated, ct->generated)) {
            /* PostgreSQL cannot change a generation expression in place */
            table_op(c, p, SC_OP_DROP_COLUMN, f->name, cf->name, cf, NULL);
            table_op(c, p, SC_OP_ADD_COLUMN, t->name, ct->name, NULL, ct);
            continue;
        }
        if (strcmp(cf->name, ct->name)) {
            sc_op *op = table_op(c, p, SC_OP_RENAME_COLUMN, t->name, ct->name, cf, ct);
            op->old_name = cf->name;
        }
        unsigned ch = column_changes(c, cf, ct);
        if (c->o->dialect == SC_DIALECT_SQLITE && enum_labels_changed(c, cf, ct))
            ch |= SC_CHG_ENUM;
        if (ch) {
            sc_op *op = table_op(c, p, SC_OP_ALTER_COLUMN, t->name, ct->name, cf, ct);
            op->changes = ch;
        }
    }
    for (size_t i = 0; i < f->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(f->columns, i, sc_column);
        if (!sc_strmap_has(matched, cf->name))
            table_op(c, p, SC_OP_DROP_COLUMN, f->name, cf->name, cf, NULL);
    }
    sc_strmap_free(matched);
}

/* Explicit names on both sides match by name (a changed definition is a
 * drop and an add); otherwise a pair matches by definition. */
static void diff_constraints(sc_dctx *c, sc_tpair *p)
{
    const sc_table *f = p->from, *t = p->to;
    size_t nf = f->constraints.n, nt = t->constraints.n;
    char *used_f = sc_arena_alloc(c->a, nf + 1), *used_t = sc_arena_alloc(c->a, nt + 1);
    bool sqlite = c->o->dialect == SC_DIALECT_SQLITE;
    for (size_t j = 0; j < nt; j++) {
        const sc_constraint *kt = SC_VEC_AT(t->constraints, j, sc_constraint);
        if (!kt->name_explicit)
            continue;
        for (size_t i = 0; i < nf; i++) {
            const sc_constraint *kf = SC_VEC_AT(f->constraints, i, sc_constraint);
            if (used_f[i] || !kf->name_explicit || strcmp(kf->name, kt->name))
                continue;
            used_f[i] = used_t[j] = 1;
            if (!sc_con_same(c, p, kf, kt)) {
                table_op(c, p, SC_OP_DROP_CONSTRAINT, f->name, kf->name, kf, NULL);
                table_op(c, p, SC_OP_ADD_CONSTRAINT, t->name, kt->name, NULL, kt);
            } else {
                sc_enum_rebuild_kept(c, p, kf, kt, false);
            }
            break;
        }
    }
    for (size_t j = 0; j < nt; j++) {
        if (used_t[j])
            continue;
        const sc_constraint *kt = SC_VEC_AT(t->constraints, j, sc_constraint);
        for (size_t i = 0; i < nf; i++) {
            const sc_constraint *kf = SC_VEC_AT(f->constraints, i, sc_constraint);
            if (used_f[i] || (kf->name_explicit && kt->name_explicit))
                continue;
            if (sc_con_same(c, p, kf, kt)) {
                used_f[i] = used_t[j] = 1;
                sc_enum_rebuild_kept(c, p, kf, kt, false);
                break;
            }
        }
        /* SQLite has no names for a primary key: match it by definition */
        if (!used_t[j] && sqlite && kt->kind == SC_CON_PRIMARY_KEY) {
            for (size_t i = 0; i < nf; i++) {
                const sc_constraint *kf = SC_VEC_AT(f->constraints, i, sc_constraint);
                if (!used_f[i] && sc_con_same(c, p, kf, kt)) {
                    used_f[i] = used_t[j] = 1;
                    break;
                }
            }
        }
    }
    for (size_t i = 0; i < nf; i++)
        if (!used_f[i]) {
            const sc_constraint *kf = SC_VEC_AT(f->constraints, i, sc_constraint);
            table_op(c, p, SC_OP_DROP_CONSTRAINT, f->name, kf->name, kf, NULL);
        }
    for (size_t j = 0; j < nt; j++)
        if (!used_t[j]) {
            const sc_constraint *kt = SC_VEC_AT(t->constraints, j, sc_constraint);
            table_op(c, p, SC_OP_ADD_CONSTRAINT, t->name, kt->name, NULL, kt);
        }
}

/* PostgreSQL only: SQLite stores no comments. An implicitly named index
 * matched by definition is commented under the name the database has. */
static void index_comment(sc_dctx *c, sc_tpair *p, const sc_index *ix, const sc_index *it)
{
    if (c->o->dialect == SC_DIALECT_SQLITE || str_same(ix->comment, it->comment))
        return;
    sc_index *named = sc_arena_alloc(c->a, sizeof *named);
    *named = *it;
    named->name = ix->name;
    sc_index *old = sc_arena_alloc(c->a, sizeof *old);
    *old = *ix;
    table_op(c, p, SC_OP_INDEX_COMMENT, p->to->name, ix->name, old, named);
}

static void diff_indexes(sc_dctx *c, sc_tpair *p)
{
    const sc_table *f = p->from, *t = p->to;
    size_t nf = f->indexes.n, nt = t->indexes.n;
    char *used_f = sc_arena_alloc(c->a, nf + 1), *used_t = sc_arena_alloc(c->a, nt + 1);
    for (size_t j = 0; j < nt; j++) {
        const sc_index *it = SC_VEC_AT(t->indexes, j, sc_index);
        if (!it->name_explicit)
            continue;
        for (size_t i = 0; i < nf; i++) {
            const sc_index *ix = SC_VEC_AT(f->indexes, i, sc_index);
            if (used_f[i] || !ix->name_explicit || strcmp(ix->name, it->name))
                continue;
            used_f[i] = used_t[j] = 1;
            if (!sc_index_same(c, p, ix, it)) {
                table_op(c, p, SC_OP_DROP_INDEX, f->name, ix->name, ix, NULL);
                table_op(c, p, SC_OP_CREATE_INDEX, t->name, it->name, NULL, it);
            } else {
                index_comment(c, p, ix, it);
                sc_enum_rebuild_kept(c, p, ix, it, true);
            }
            break;
        }
    }
    for (size_t j = 0; j < nt; j++) {
        if (used_t[j])
            continue;
        const sc_index *it = SC_VEC_AT(t->indexes, j, sc_index);
        for (size_t i = 0; i < nf; i++) {
            const sc_index *ix = SC_VEC_AT(f->indexes, i, sc_index);
            if (used_f[i] || (ix->name_explicit && it->name_explicit))
                continue;
            if (sc_index_same(c, p, ix, it)) {
                used_f[i] = used_t[j] = 1;
                index_comment(c, p, ix, it);
                sc_enum_rebuild_kept(c, p, ix, it, true);
                break;
            }
        }
    }
    for (size_t i = 0; i < nf; i++)
        if (!used_f[i]) {
            const sc_index *ix = SC_VEC_AT(f->indexes, i, sc_index);
            table_op(c, p, SC_OP_DROP_INDEX, f->name, ix->name, ix, NULL);
        }
    for (size_t j = 0; j < nt; j++)
        if (!used_t[j]) {
            const sc_index *it = SC_VEC_AT(t->indexes, j, sc_index);
            table_op(c, p, SC_OP_CREATE_INDEX, t->name, it->name, NULL, it);
        }
}

void sc_diff_table_pair(sc_dctx *c, sc_tpair *p)
{
    if (strcmp(p->from->name, p->to->name)) {
        sc_op *op = table_op(c, p, SC_OP_RENAME_TABLE, p->to->name, p->to->name, p->from, p->to);
        op->old_name = p->from->name;
    }
    diff_columns(c, p);
    diff_constraints(c, p);
    diff_indexes(c, p);
    /* SQLite's table options live in CREATE TABLE only: a change is a rebuild */
    if (c->o->dialect == SC_DIALECT_SQLITE &&
        (p->from->sqlite_autoincrement != p->to->sqlite_autoincrement ||
         p->from->sqlite_without_rowid != p->to->sqlite_without_rowid ||
         p->from->sqlite_strict != p->to->sqlite_strict))
        table_op(c, p, SC_OP_TABLE_OPTIONS, p->to->name, p->to->name, p->from, p->to);
    if (c->o->dialect != SC_DIALECT_SQLITE && !str_same(p->from->comment, p->to->comment))
        table_op(c, p, SC_OP_TABLE_COMMENT, p->to->name, p->to->name, p->from, p->to);
}
