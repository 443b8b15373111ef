/* diff_view.c - views and materialized views: pairing (by name, or a
 * rename hint), comparing definitions, and their operations.
 *
 * A view holds no data, so a changed view is replaced in place where
 * PostgreSQL allows it (CREATE OR REPLACE VIEW keeps the leading columns
 * with their names and types) and otherwise dropped and created again. A
 * materialized view cannot be replaced: it is dropped and created, which
 * is a hazard (its rows are computed again). Views that another change
 * blocks are re-created around it by view_deps.c. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

static const char *vkey(sc_dctx *c, const sc_view *v)
{
    return sc_dqname(c->tmp, v->schema, v->name);
}

sc_vstate *sc_vstate_of_from(sc_dctx *c, const sc_view *v)
{
    return v ? sc_strmap_get(c->vs_by_from, vkey(c, v)) : NULL;
}

sc_vstate *sc_vstate_of_to(sc_dctx *c, const sc_view *v)
{
    return v ? sc_strmap_get(c->vs_by_to, vkey(c, v)) : NULL;
}

static sc_vstate *add_state(sc_dctx *c, const sc_view *f, const sc_view *t)
{
    sc_vstate *s = sc_arena_alloc(c->a, sizeof *s);
    s->from = f;
    s->to = t;
    if (f)
        sc_strmap_put(c->vs_by_from, vkey(c, f), s);
    if (t)
        sc_strmap_put(c->vs_by_to, vkey(c, t), s);
    sc_vec_push(c->a, &c->vstates, s);
    return s;
}

sc_op *sc_view_op(sc_dctx *c, sc_op_kind k, const sc_view *f, const sc_view *t)
{
    const sc_view *v = t ? t : f;
    sc_op *op = sc_new_op(c, k, v->schema, NULL, v->name);
    op->from = op->v_from = f;
    op->to = op->v_to = t;
    return op;
}

/* ---- comparing ---------------------------------------------------------- */

static bool str_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

/* The query without the trailing ';' and blanks that pg_get_viewdef and
 * hand-written SQL may carry. */
static const char *query_of(sc_dctx *c, const sc_view *v)
{
    const char *q = v->query ? v->query : "";
    size_t n = strlen(q);
    while (n && (q[n - 1] == ';' || q[n - 1] == ' ' || q[n - 1] == '\n' || q[n - 1] == '\t' ||
                 q[n - 1] == '\r'))
        n--;
    return sc_arena_strndup(c->tmp, q, n);
}

/* What CREATE [OR REPLACE] VIEW says: query, column names, options. */
static bool definition_same(sc_dctx *c, const sc_view *f, const sc_view *t)
{
    if (f->materialized != t->materialized || f->check_option != t->check_option ||
        f->security_barrier != t->security_barrier || f->security_invoker != t->security_invoker)
        return false;
    if (!sc_names_equal(&f->column_list, &t->column_list))
        return false;
    /* SQLite: a view read back is its stored text; two of them are the same
     * when the texts are */
    if (f->sqlite_sql && t->sqlite_sql)
        return sc_sqlite_text_same(f->sqlite_sql, t->sqlite_sql) || sc_expr_same(c->tmp, f->sqlite_sql, t->sqlite_sql);
    return sc_expr_same(c->tmp, query_of(c, f), query_of(c, t));
}

static bool types_known(const sc_view *v)
{
    if (!v->columns.n)
        return false;
    for (size_t i = 0; i < v->columns.n; i++)
        if (!SC_VEC_AT(v->columns, i, sc_view_column)->type.name)
            return false;
    return true;
}

/* f reads a table or column that the plan renames. PostgreSQL carries a
 * rename into the views that read it, so the up script could replace the
 * view after the rename; but the down script, read backwards, would then
 * replace it with the old query, which names the old name, before the
 * rename back: such a view is dropped before the rename and created after
 * it, both ways. */
static bool reads_renamed(sc_dctx *c, const sc_view *f)
{
    for (size_t i = 0; i < f->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(f->refs, i, sc_ref);
        if (r->kind != SC_REF_RELATION && r->kind != SC_REF_COLUMN)
            continue;
        const sc_tpair *p = sc_strmap_get(c->pair_by_from, sc_dqname(c->tmp, r->schema, r->name));
        if (!p)
            continue;
        if (strcmp(p->from->name, p->to->name) || strcmp(p->from->schema, p->to->schema))
            return true;
        if (r->kind == SC_REF_COLUMN && p->col_old2new && sc_strmap_has(p->col_old2new, r->column))
            return true;
    }
    return false;
}

/* 1 when t keeps f's columns (names and types) and only appends, 2 when the
 * columns are the same, 0 otherwise or when a side does not know them. */
static int columns_kept(const sc_view *f, const sc_view *t)
{
    if (!types_known(f) || !types_known(t) || t->columns.n < f->columns.n)
        return 0;
    for (size_t i = 0; i < f->columns.n; i++) {
        const sc_view_column *x = SC_VEC_AT(f->columns, i, sc_view_column);
        const sc_view_column *y = SC_VEC_AT(t->columns, i, sc_view_column);
        if (strcmp(x->name, y->name) || !sc_type_same(&x->type, &y->type))
            return 0;
    }
    return t->columns.n == f->columns.n ? 2 : 1;
}

static bool comments_same(const sc_view *f, const sc_view *t)
{
    if (!str_same(f->comment, t->comment))
        return false;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_view_column *y = SC_VEC_AT(t->columns, i, sc_view_column);
        const sc_view_column *x = sc_view_column_named(f, y->name);
        if (!str_same(x ? x->comment : NULL, y->comment))
            return false;
    }
    for (size_t i = 0; i < f->columns.n; i++) {
        const sc_view_column *x = SC_VEC_AT(f->columns, i, sc_view_column);
        if (x->comment && !sc_view_column_named(t, x->name))
            return false;
    }
    return true;
}

/* ---- operations ---------------------------------------------------------- */

void sc_view_recreate(sc_dctx *c, sc_vstate *s, const char *why)
{
    if (s->drop && s->create)
        return;
    if (s->replace)
        s->replace->kind = SC_OP_NOP;
    if (s->rename)
        s->rename->kind = SC_OP_NOP;
    if (s->comment)
        s->comment->kind = SC_OP_NOP;
    for (size_t i = 0; i < s->nindex_ops; i++)
        s->index_ops[i]->kind = SC_OP_NOP;
    s->drop = sc_view_op(c, SC_OP_DROP_VIEW, s->from, NULL);
    s->create = sc_view_op(c, SC_OP_CREATE_VIEW, NULL, s->to);
    s->drop->note = s->create->note = why;
}

static void index_op(sc_dctx *c, sc_vstate *s, sc_op_kind k, const sc_index *f, const sc_index *t)
{
    const sc_index *ix = t ? t : f;
    sc_op *op = sc_new_op(c, k, s->to->schema, s->to->name, ix->name);
    op->from = f;
    op->to = t;
    op->v_from = s->from;
    op->v_to = s->to;
    sc_op **n = sc_arena_alloc(c->a, (s->nindex_ops + 1) * sizeof *n);
    if (s->nindex_ops)
        memcpy(n, s->index_ops, s->nindex_ops * sizeof *n);
    n[s->nindex_ops++] = op;
    s->index_ops = n;
}

static const sc_index *index_named(const sc_view *v, const char *name)
{
    for (size_t i = 0; i < v->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(v->indexes, i, sc_index);
        if (ix->name && !strcmp(ix->name, name))
            return ix;
    }
    return NULL;
}

/* A materialized view kept as it is: its indexes by name; one whose
 * storage parameters or tablespace alone change is altered in place
 * (SC_OP_INDEX_STORAGE, issue 12). */
static void diff_view_indexes(sc_dctx *c, sc_vstate *s)
{
    for (size_t i = 0; i < s->from->indexes.n; i++) {
        const sc_index *f = SC_VEC_AT(s->from->indexes, i, sc_index);
        const sc_index *t = f->name ? index_named(s->to, f->name) : NULL;
        if (t && sc_index_same_but_storage(c, NULL, f, t))
            index_op(c, s, SC_OP_INDEX_STORAGE, f, t);
        else if (!t || !sc_index_same(c, NULL, f, t))
            index_op(c, s, SC_OP_DROP_VIEW_INDEX, f, NULL);
    }
    for (size_t i = 0; i < s->to->indexes.n; i++) {
        const sc_index *t = SC_VEC_AT(s->to->indexes, i, sc_index);
        const sc_index *f = t->name ? index_named(s->from, t->name) : NULL;
        if (!f || (!sc_index_same(c, NULL, f, t) && !sc_index_same_but_storage(c, NULL, f, t)))
            index_op(c, s, SC_OP_CREATE_VIEW_INDEX, NULL, t);
    }
}

static void diff_pair(sc_dctx *c, sc_vstate *s)
{
    const sc_view *f = s->from, *t = s->to;
    if (c->o->dialect == SC_DIALECT_SQLITE) {
        /* no CREATE OR REPLACE VIEW, no ALTER VIEW: SQLite drops and creates */
        if (!definition_same(c, f, t))
            sc_vec_push(c->a, &c->plan->views_changed, (void *)t);
        if (!definition_same(c, f, t))
            sc_view_recreate(c, s, "re-created: its definition changes");
        else if (strcmp(f->name, t->name))
            sc_view_recreate(c, s, sc_arena_printf(c->a, "re-created: renamed from %s (SQLite cannot rename a view)",
                                                   f->name));
        return;
    }
    if (strcmp(f->name, t->name)) {
        s->rename = sc_view_op(c, SC_OP_RENAME_VIEW, f, t);
        s->rename->old_name = f->name;
    }
    if (!definition_same(c, f, t)) {
        sc_vec_push(c->a, &c->plan->views_changed, (void *)t);
        bool renamed = reads_renamed(c, f);
        int kept = f->materialized || t->materialized || renamed ? 0 : columns_kept(f, t);
        if (kept) {
            s->replace = sc_view_op(c, SC_OP_REPLACE_VIEW, f, t);
            s->replace->changes = kept == 1 ? SC_CHG_VIEW_APPENDS : 0;
        } else {
            sc_view_recreate(c, s, renamed ? "re-created: it reads a table or column that is renamed"
                                   : f->materialized || t->materialized ? "re-created: its definition changes"
                                   : !types_known(f) || !types_known(t)
                                       ? "re-created: its definition changes (without a server its columns "
                                         "are not known, so CREATE OR REPLACE VIEW is not tried)"
                                       : "re-created: its columns change, which CREATE OR REPLACE VIEW cannot do");
            return;
        }
    }
    if (f->materialized && t->materialized)
        diff_view_indexes(c, s);
    if (!comments_same(f, t))
        s->comment = sc_view_op(c, SC_OP_VIEW_COMMENT, f, t);
}

/* The view of `from` that t continues: its own name, or a rename hint whose
 * old name exists on the from side only. */
static const sc_view *source_of(sc_dctx *c, const sc_view *t)
{
    const sc_view *f = sc_model_view(c->from, t->schema, t->name);
    if (f || !t->renamed_from)
        return f;
    f = sc_model_view(c->from, t->schema, t->renamed_from);
    if (f && !sc_model_view(c->to, t->schema, t->renamed_from) && !sc_vstate_of_from(c, f))
        return f;
    return NULL;
}

/* ---- the views that read a view, the other way round ------------------- */

/* A view the plan leaves where it is (replaced at most): it is there, as
 * the `from` side has it, whenever the inverse of another op runs. A view
 * the plan drops or creates is not there when the inverse runs. */
static bool stays(sc_dctx *c, const sc_view *r)
{
    const sc_vstate *s = sc_vstate_of_from(c, r);
    return s && !s->drop && !s->create && s->to && !(s->rename && s->rename->kind != SC_OP_NOP);
}

static const char *ref_key(sc_dctx *c, const sc_ref *ref)
{
    if (ref->kind != SC_REF_RELATION && ref->kind != SC_REF_COLUMN)
        return NULL;
    return sc_dqname(c->tmp, ref->schema, ref->name);
}

/* "schema.name" of a relation -> sc_vec of the views of `from` that read
 * it, each once, in the order of c->from->views: built once, so that the
 * readers of a view are found without a pass over every view. */
static sc_strmap *readers_index(sc_dctx *c)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t i = 0; i < c->from->views.n; i++) {
        const sc_view *r = SC_VEC_AT(c->from->views, i, sc_view);
        for (size_t j = 0; j < r->refs.n; j++) {
            const char *key = ref_key(c, SC_VEC_AT(r->refs, j, sc_ref));
            if (!key)
                continue;
            sc_vec *v = sc_strmap_get(m, key);
            if (!v) {
                v = sc_arena_alloc(c->tmp, sizeof *v);
                sc_strmap_put(m, key, v);
            }
            if (!v->n || v->items[v->n - 1] != r)   /* r's refs are indexed together */
                sc_vec_push(c->tmp, v, (void *)r);
        }
    }
    return m;
}

/* Adds the views of `from` that read v, transitively, to *out (each once,
 * a reader after what it reads): those the plan leaves in place. */
static void add_readers(sc_dctx *c, const sc_strmap *readers, const sc_view *v, sc_vec *out, sc_strmap *seen)
{
    const sc_vec *rs = sc_strmap_get(readers, sc_dqname(c->tmp, v->schema, v->name));
    for (size_t i = 0; rs && i < rs->n; i++) {
        const sc_view *r = rs->items[i];
        const char *key = sc_dqname(c->a, r->schema, r->name);
        if (!stays(c, r) || sc_strmap_has(seen, key))
            continue;
        sc_strmap_put(seen, key, (void *)r);
        sc_vec_push(c->a, out, (void *)r);
        add_readers(c, readers, r, out, seen);
    }
}

/* ---- appended columns, the other way round ------------------------------ */

/* A view whose columns were only appended is replaced in place; its
 * inverse cannot be (PostgreSQL keeps a view's columns), so the down script
 * drops and creates it, and with it the views that read it: the op carries
 * them. Called once every view op exists. */
static void appended_readers(sc_dctx *c, const sc_strmap *readers)
{
    for (size_t i = 0; i < c->vstates.n; i++) {
        sc_vstate *s = c->vstates.items[i];
        sc_op *op = s->replace;
        if (!op || op->kind != SC_OP_REPLACE_VIEW || !(op->changes & SC_CHG_VIEW_APPENDS))
            continue;
        sc_vec out = {0};
        sc_strmap *seen = sc_strmap_new();
        add_readers(c, readers, s->from, &out, seen);
        sc_strmap_free(seen);
        op->readers = (const sc_view **)out.items;
        op->nreaders = out.n;
    }
}

/* ---- an enum that gains values, the other way round -------------------- */

/* "schema.table.column" (as on the `from` side) of each column that the
 * rebuild of op's enum casts (op->uses). */
static sc_strmap *enum_columns(sc_dctx *c, const sc_op *op)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->tmp, u->schema, u->table));
        if (p && u->col_from)
            sc_strmap_put(m, sc_dqname(c->tmp, sc_dqname(c->tmp, p->from->schema, p->from->name), u->col_from->name),
                          (void *)u);
    }
    return m;
}

/* r reads enum e: the type itself (a cast to it) or a column of its that
 * the rebuild casts (`columns`: enum_columns). */
static bool reads_enum(sc_dctx *c, const sc_view *r, const sc_enum *e, const sc_strmap *columns)
{
    for (size_t j = 0; j < r->refs.n; j++) {
        const sc_ref *ref = SC_VEC_AT(r->refs, j, sc_ref);
        if (ref->kind == SC_REF_TYPE && sc_schema_same(ref->schema, e->schema) && !strcmp(ref->name, e->name))
            return true;
        if (ref->kind == SC_REF_COLUMN && sc_strmap_count(columns) &&
            sc_strmap_has(columns, sc_dqname(c->tmp, sc_dqname(c->tmp, ref->schema, ref->name), ref->column)))
            return true;
    }
    return false;
}

static int cmp_index(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return a < b ? -1 : a > b;
}

/* Puts v after the views of `set` it reads (depth first, in the order of
 * `set`), once. at: "schema.name" -> 1 + the view's index in set. */
static void visit_reader(sc_dctx *c, const sc_vec *set, const sc_strmap *at, const sc_view *v, sc_strmap *done,
                         sc_vec *out)
{
    const char *key = sc_dqname(c->a, v->schema, v->name);
    if (sc_strmap_has(done, key))
        return;
    sc_strmap_put(done, key, (void *)v);
    size_t *read = v->refs.n ? sc_arena_alloc(c->tmp, v->refs.n * sizeof *read) : NULL;
    size_t n = 0;
    for (size_t j = 0; j < v->refs.n; j++) {
        const char *k = ref_key(c, SC_VEC_AT(v->refs, j, sc_ref));
        size_t i = k ? (size_t)(uintptr_t)sc_strmap_get(at, k) : 0;
        if (i && set->items[i - 1] != v)
            read[n++] = i - 1;
    }
    qsort(read, n, sizeof *read, cmp_index);
    for (size_t j = 0; j < n; j++)
        if (!j || read[j] != read[j - 1])
            visit_reader(c, set, at, set->items[read[j]], done, out);
    sc_vec_push(c->a, out, (void *)v);
}

/* The views of set in creation order: each after those of set it reads. */
static sc_vec creation_order(sc_dctx *c, const sc_vec *set)
{
    sc_strmap *at = sc_strmap_new();
    for (size_t j = 0; j < set->n; j++) {
        const sc_view *v = set->items[j];
        sc_strmap_put(at, sc_dqname(c->tmp, v->schema, v->name), (void *)(uintptr_t)(j + 1));
    }
    sc_vec ordered = {0};
    sc_strmap *done = sc_strmap_new();
    for (size_t j = 0; j < set->n; j++)
        visit_reader(c, set, at, set->items[j], done, &ordered);
    sc_strmap_free(done);
    sc_strmap_free(at);
    return ordered;
}

/* An enum that only gains values is altered in place (ADD VALUE), which
 * no view minds; its inverse cannot take values away but by rebuilding the
 * type, which PostgreSQL refuses while a view reads the type or a column
 * of it. The op carries those views (and the views that read them,
 * transitively) in creation order, so that the down script drops them
 * before the rebuild and creates them after it. Not when the down script
 * is the diff the other way round (reverse.c), which has its own. */
static void enum_readers(sc_dctx *c, const sc_strmap *readers)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || c->plan->reverse)
        return;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_ALTER_ENUM || !sc_enum_only_adds(op->from, op->to))
            continue;
        sc_vec set = {0};
        sc_strmap *seen = sc_strmap_new();
        sc_strmap *columns = enum_columns(c, op);
        for (size_t j = 0; j < c->from->views.n; j++) {
            const sc_view *r = SC_VEC_AT(c->from->views, j, sc_view);
            const char *key = sc_dqname(c->a, r->schema, r->name);
            if (!sc_strmap_has(seen, key) && stays(c, r) && reads_enum(c, r, op->from, columns)) {
                sc_strmap_put(seen, key, (void *)r);
                sc_vec_push(c->a, &set, (void *)r);
                add_readers(c, readers, r, &set, seen);
            }
        }
        sc_strmap_free(columns);
        sc_strmap_free(seen);
        if (!set.n)
            continue;
        sc_vec ordered = creation_order(c, &set);
        op->readers = (const sc_view **)ordered.items;
        op->nreaders = ordered.n;
    }
}

void sc_diff_views_finish(sc_dctx *c)
{
    sc_strmap *readers = readers_index(c);
    appended_readers(c, readers);
    enum_readers(c, readers);
    sc_strmap_free(readers);
}

void sc_diff_views(sc_dctx *c)
{
    for (size_t i = 0; i < c->to->views.n; i++) {
        const sc_view *t = SC_VEC_AT(c->to->views, i, sc_view);
        const sc_view *f = source_of(c, t);
        sc_vstate *s = add_state(c, f, t);
        if (f)
            diff_pair(c, s);
        else
            s->create = sc_view_op(c, SC_OP_CREATE_VIEW, NULL, t);
    }
    for (size_t i = 0; i < c->from->views.n; i++) {
        const sc_view *f = SC_VEC_AT(c->from->views, i, sc_view);
        if (sc_vstate_of_from(c, f))
            continue;
        sc_vstate *s = add_state(c, f, NULL);
        s->drop = sc_view_op(c, SC_OP_DROP_VIEW, f, NULL);
    }
}
