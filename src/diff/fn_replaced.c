/* fn_replaced.c - funcs3 (issue 11): what holds values computed by a
 * function whose body is replaced in place (PostgreSQL).
 *
 * CREATE OR REPLACE FUNCTION (same arguments, same result) leaves alone
 * what the old body computed: the entries of an index whose expressions or
 * predicate call the function, and the values of a stored generated column
 * that calls it. After the upgrade the data no longer matches what the
 * schema computes: an index lookup misses rows, a generated column shows
 * the old result. So they are computed again:
 *  - an index (or an exclusion constraint) is dropped before the
 *    replacement and created after it. Not REINDEX: tested on PostgreSQL
 *    15, REINDEX in a session that has used the index before the
 *    replacement builds it from the index's cached expressions, where a
 *    SQL function is already inlined with its old body, so the entries
 *    stay stale; CREATE INDEX reads the expressions afresh;
 *  - a stored generated column is dropped and added again (PostgreSQL 15
 *    has no SET EXPRESSION): every row is recomputed, no trigger fires
 *    (UPDATE ... SET col = DEFAULT recomputes too, but runs the table's
 *    UPDATE triggers and takes row locks). The tables' diff makes the pair
 *    (diff_table.c asks sc_gen_calls_replaced), with the checks and indexes
 *    that mention the column (gen_deps.c); the views that read it are
 *    re-created around it by view_deps.c.
 * The down script is the inverse: dropped again before the old body is put
 * back, created after it. A function counts as replaced when its text
 * changes beyond what cannot change a result (COST, ROWS, PARALLEL), or
 * when its SQL-standard body calls one that is, transitively (the catalog's
 * pg_depend rows when the from side has them, else the text). Each op
 * carries a note ("re-created: calls fee(integer), whose body is replaced:
 * its values were computed by the old body"). */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "diff/fn_callers.h"
#include "diff/routine_deps.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

/* The text's tokens that may change a result: blanks, comments and the
 * COST n, ROWS n, PARALLEL x clauses left out; NULL when it does not scan. */
static sc_vec *result_tokens(sc_dctx *c, const char *sql)
{
    sc_toks t = {0};
    sc_tok_err err;
    if (!sql || sc_sql_tokenize(sql, strlen(sql), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return NULL;
    sc_vec *v = sc_arena_alloc(c->tmp, sizeof *v);
    for (size_t i = 0; i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        if (sc_tok_is_space(k))
            continue;
        size_t j = i + 1;
        while (j < t.n && sc_tok_is_space(&t.items[j]))
            j++;
        bool clause = j < t.n && ((sc_tok_word_is(sql, k, "cost") && t.items[j].kind == SC_TOK_NUMBER) ||
                                  (sc_tok_word_is(sql, k, "rows") && t.items[j].kind == SC_TOK_NUMBER) ||
                                  (sc_tok_word_is(sql, k, "parallel") &&
                                   (sc_tok_word_is(sql, &t.items[j], "safe") ||
                                    sc_tok_word_is(sql, &t.items[j], "restricted") ||
                                    sc_tok_word_is(sql, &t.items[j], "unsafe"))));
        if (clause) {
            i = j;
            continue;
        }
        sc_vec_push(c->tmp, v, sc_arena_strndup(c->tmp, sql + k->off, k->len));
    }
    sc_toks_free(&t);
    return v;
}

/* The definitions differ in what may change a result. */
static bool results_may_differ(sc_dctx *c, const sc_function *f, const sc_function *t)
{
    sc_vec *x = result_tokens(c, f->sql), *y = result_tokens(c, t->sql);
    if (!x || !y)
        return true;
    if (x->n != y->n)
        return true;
    for (size_t i = 0; i < x->n; i++)
        if (strcmp(x->items[i], y->items[i]))
            return true;
    return false;
}

/* f itself is replaced in place (the plan's REPLACE_FUNCTION). */
static bool replaced_itself(sc_dctx *c, const sc_function *f)
{
    const sc_function *t = sc_model_function(c->to, f->schema, f->name, f->args);
    if (!t || f->aggregate || !f->sql || !t->sql || sc_fn_dropped(c, f))
        return false;
    if (!strcmp(sc_routine_trim(c->tmp, f->sql), sc_routine_trim(c->tmp, t->sql)))
        return false;
    return results_may_differ(c, f, t);
}

/* The replaced function that f is or reaches through the bodies it calls
 * (SQL-standard ones: pg_depend or the text; PL/pgSQL and string SQL ones:
 * fn_callers.c), or NULL. */
static const sc_function *walk_calls(sc_dctx *c, const sc_function *f);

static const sc_function *through_sql_body(sc_dctx *c, const sc_function *f)
{
    if (c->from->fn_users_known) {
        const sc_vec *v = sc_fn_users_of(c, SC_FNU_FUNCTION, f->schema, f->name, f->args);
        for (size_t i = 0; v && i < v->n; i++) {
            const sc_fn_user *u = v->items[i];
            const sc_function *g = sc_model_function(c->from, u->fschema, u->fname, u->fargs);
            const sc_function *r = g && g != f ? walk_calls(c, g) : NULL;
            if (r)
                return r;
        }
        return NULL;
    }
    const char *body = sc_routine_body_after_create(f->sql);
    for (size_t i = 0; i < c->from->functions.n; i++) {
        const sc_function *g = c->from->functions.items[i];
        if (g == f || !strcmp(g->name, f->name) || !sc_expr_calls(body, g->schema, g->name))
            continue;
        const sc_function *r = walk_calls(c, g);
        if (r)
            return r;
    }
    return NULL;
}

/* callers4: a PL/pgSQL or string SQL body, whose calls pg_depend does not
 * record: read with PostgreSQL's parser (fn_callers.c) */
static const sc_function *through_other_body(sc_dctx *c, const sc_function *f)
{
    const sc_vec *v = sc_fn_callees_of(c->fn_callees, f);
    for (size_t i = 0; v && i < v->n; i++) {
        const sc_function *r = walk_calls(c, v->items[i]);
        if (r)
            return r;
    }
    return NULL;
}

/* f is replaced itself, asked once per function (the texts are compared). */
static bool replaced_once(sc_dctx *c, const sc_function *f)
{
    sc_fn_memo *m = sc_fn_callees_memo(c->fn_callees, f);
    if (!m->self)
        m->self = replaced_itself(c, f) ? 2 : 1;
    return m->self == 2;
}

/* One depth-first walk over the calls (callers4: bodies calling bodies
 * branch and may recurse): a function is entered once per walk (visit),
 * so a walk is linear in the calls; what is known is kept (state 2): a
 * function found to reach a replaced one, and, when a walk finds none,
 * every function it entered (all they reach was entered too). */
static const sc_function *walk_calls(sc_dctx *c, const sc_function *f)
{
    if (replaced_once(c, f))
        return f;
    if (sc_fn_dropped(c, f) || f->aggregate)
        return NULL;
    sc_fn_memo *m = sc_fn_callees_memo(c->fn_callees, f);
    if (m->state == 2)
        return m->value;
    if (m->visit == c->fn_walk)
        return NULL;
    m->visit = c->fn_walk;
    sc_vec_push(c->tmp, &c->fn_walked, (void *)f);
    const sc_function *r = f->sql_body ? through_sql_body(c, f) : through_other_body(c, f);
    if (r) {
        m->state = 2;
        m->value = r;
    }
    return r;
}

static const sc_function *reaches_replaced(sc_dctx *c, const sc_function *f, int unused)
{
    (void)unused;
    if (!c->fn_callees)
        c->fn_callees = sc_fn_callees_new(c->from);
    c->fn_walk++;
    c->fn_walked.n = 0;
    const sc_function *r = walk_calls(c, f);
    for (size_t i = 0; !r && i < c->fn_walked.n; i++) {
        sc_fn_memo *m = sc_fn_callees_memo(c->fn_callees, c->fn_walked.items[i]);
        m->state = 2;
        m->value = NULL;
    }
    return r;
}

/* Some function of the from side is replaced itself: computed once, so
 * that a model without any costs one pass over its functions. */
static bool any_replaced(sc_dctx *c)
{
    for (size_t i = 0; !c->fn_replaced_any && i < c->from->functions.n; i++)
        if (replaced_itself(c, c->from->functions.items[i]))
            c->fn_replaced_any = 2;
    if (!c->fn_replaced_any)
        c->fn_replaced_any = 1;
    return c->fn_replaced_any == 2;
}

/* The replaced function a from-side object calls (catalog rows when the
 * from model has them, else the texts), or NULL; *direct (when given): the
 * function the object itself calls, which may reach it through bodies. */
static const sc_function *calls_replaced(sc_dctx *c, sc_fn_user_kind kind, const char *schema, const char *table,
                                         const char *name, const char *const *exprs, size_t nexprs,
                                         const sc_function **direct)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !c->from->functions.n || !any_replaced(c))
        return NULL;
    if (c->from->fn_users_known) {
        const sc_vec *v = name ? sc_fn_users_of(c, kind, schema, table, name) : NULL;
        for (size_t i = 0; v && i < v->n; i++) {
            const sc_fn_user *u = v->items[i];
            const sc_function *f = sc_model_function(c->from, u->fschema, u->fname, u->fargs);
            const sc_function *r = f ? reaches_replaced(c, f, 0) : NULL;
            if (r && direct)
                *direct = f;
            if (r)
                return r;
        }
        return NULL;
    }
    for (size_t k = 0; k < nexprs; k++)
        for (size_t i = 0; exprs[k] && i < c->from->functions.n; i++) {
            const sc_function *f = c->from->functions.items[i];
            const sc_function *r = sc_expr_calls(exprs[k], f->schema, f->name) ? reaches_replaced(c, f, 0) : NULL;
            if (r && direct)
                *direct = f;
            if (r)
                return r;
        }
    return NULL;
}

static const sc_function *gen_replaced(sc_dctx *c, const sc_table *t, const sc_column *cf,
                                       const sc_function **direct)
{
    if (!cf->generated || cf->generated_virtual)
        return NULL;
    const char *e[] = {cf->generated};
    return calls_replaced(c, SC_FNU_GENERATED, t->schema, t->name, cf->name, e, 1, direct);
}

bool sc_gen_calls_replaced(sc_dctx *c, const sc_tpair *p, const sc_column *cf)
{
    return gen_replaced(c, p->from, cf, NULL) != NULL;
}

/* An index of relation schema.rel (a table, or a materialized view). */
static const sc_function *rel_index_replaced(sc_dctx *c, const char *schema, const char *rel, const char *name,
                                             const sc_index *ix, const sc_function **direct)
{
    const char **e = sc_arena_alloc(c->tmp, (ix->nelems + 1) * sizeof *e);
    size_t n = 0;
    e[n++] = ix->where;
    for (size_t i = 0; i < ix->nelems; i++)
        e[n++] = ix->elems[i].expr;
    return calls_replaced(c, SC_FNU_INDEX, schema, rel, name, e, n, direct);
}

static const sc_function *index_replaced(sc_dctx *c, const sc_table *t, const char *name, const sc_index *ix,
                                         const sc_function **direct)
{
    return rel_index_replaced(c, t->schema, t->name, name, ix, direct);
}

/* ---- the ops, once the functions' ops exist --------------------------- */

/* The first replaced function whose users were found from the text: the
 * note says so once (sc_fn_replaced_users), and the flag lets the pipeline
 * read the catalog's list from a scratch load (`diff --from FILE --to DB`)
 * and diff again, as for a re-created function's users. */
static const sc_function *guessed_of(sc_dctx *c, const sc_function *f)
{
    if (c->from->fn_users_known)
        return NULL;
    c->plan->fn_users_guessed = true;
    return f;
}

static const char *why(sc_dctx *c, const sc_function *f, const sc_function *direct, const char *what,
                       const char *tail)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (direct && direct != f) {   /* through a SQL-standard body */
        sc_sb_qualified(&b, direct->schema, direct->name);
        sc_sb_printf(&b, "(%s), which calls ", direct->args);
    }
    sc_sb_qualified(&b, f->schema, f->name);
    const char *r = sc_arena_printf(c->a, "re-created: calls %s(%s), whose body is replaced: its %s computed by "
                                          "the old body%s",
                                    sc_sb_cstr(&b), f->args, what, tail);
    sc_sb_free(&b);
    return r;
}

/* A kept index or exclusion constraint (from xf, to xt) dropped before
 * the replacement and made again after it, unless the plan already drops
 * it; the plan's own creation then comes after the replacement. */
static void around_replace(sc_dctx *c, const sc_tpair *p, sc_op *rep, const char *note, sc_op_kind dk,
                           sc_op_kind ak, const void *from, const void *to, const char *fname, const char *tname)
{
    sc_op *drop, *add;
    sc_rd_pair(c, p, dk, ak, from, to, fname, tname, note, &drop, &add);
    if (drop)
        sc_op_dep(c, rep, drop);
    if (add)
        sc_op_dep(c, add, rep);
}

static void pair_users(sc_dctx *c, const sc_tpair *p, const sc_function **guessed)
{
    for (size_t i = 0; i < p->from->indexes.n; i++) {
        const sc_index *xf = SC_VEC_AT(p->from->indexes, i, sc_index);
        const sc_function *direct = NULL;
        const sc_function *f = xf->name ? index_replaced(c, p->from, xf->name, xf, &direct) : NULL;
        sc_op *rep = f ? sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, f, NULL) : NULL;
        if (rep) {
            *guessed = *guessed ? *guessed : guessed_of(c, f);
            const sc_index *xt = sc_table_index_named(p->to, xf->name);
            /* a unique index may find duplicates under the new body */
            const char *tail = xf->unique ? " (CREATE UNIQUE INDEX fails if two rows collide under the new one)" : "";
            around_replace(c, p, rep, why(c, f, direct, "entries were", tail), SC_OP_DROP_INDEX, SC_OP_CREATE_INDEX, xf, xt,
                           xf->name, xt ? xt->name : NULL);
        }
    }
    for (size_t i = 0; i < p->from->constraints.n; i++) {
        const sc_constraint *kf = SC_VEC_AT(p->from->constraints, i, sc_constraint);
        if (kf->kind != SC_CON_EXCLUDE || !sc_constraint_exclusion(kf))
            continue;
        const sc_function *direct = NULL;
        const sc_function *f = index_replaced(c, p->from, kf->name, sc_constraint_exclusion(kf), &direct);
        sc_op *rep = f ? sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, f, NULL) : NULL;
        if (rep) {
            *guessed = *guessed ? *guessed : guessed_of(c, f);
            const sc_constraint *kt = sc_table_constraint_named(p->to, SC_CON_EXCLUDE, kf->name);
            around_replace(c, p, rep,
                           why(c, f, direct, "index entries were",
                               " (ADD CONSTRAINT fails if two rows conflict under the new one)"),
                           SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT,
                           kf, kt, kf->name, kt ? kt->name : NULL);
        }
    }
    /* generated columns: the tables' diff drops and adds them */
    for (size_t i = 0; i < p->from->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(p->from->columns, i, sc_column);
        const sc_function *direct = NULL;
        const sc_function *f = gen_replaced(c, p->from, cf, &direct);
        sc_op *rep = f ? sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, f, NULL) : NULL;
        sc_op *drop = rep ? sc_rd_find_op(c, SC_OP_DROP_COLUMN, cf, NULL) : NULL;
        if (!drop)
            continue;
        *guessed = *guessed ? *guessed : guessed_of(c, f);
        sc_op_dep(c, rep, drop);
        const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
        sc_op *add = ct ? sc_rd_find_op(c, SC_OP_ADD_COLUMN, NULL, ct) : NULL;
        if (add)
            sc_op_dep(c, add, rep);
        if (add && !drop->note && !add->note && !strcmp(cf->generated, ct->generated ? ct->generated : ""))
            drop->note = add->note = why(c, f, direct, "values were", "");
    }
}

void sc_fn_replaced_users(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, NULL, NULL))
        return;
    const sc_function *guessed = NULL;
    for (size_t i = 0; i < c->pairs.n; i++)
        pair_users(c, c->pairs.items[i], &guessed);
    if (!guessed || !c->d)
        return;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, guessed->schema, guessed->name);
    sc_diag_add(c->d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                "what calls %s(%s), whose body is replaced, was found from the text of the declared schema, not "
                "from a catalog (pg_depend): overloads are not told apart",
                sc_sb_cstr(&b), guessed->args);
    sc_sb_free(&b);
}

/* ---- what is left as the old body computed it: said, not redone -------- */

/* A kept check (of a table or a domain) was checked against the old body:
 * re-adding it would check every row again, which may fail, so it is left
 * and said; a kept materialized view holds rows the old body computed
 * (REFRESH is the user's call: it may be long). Each is named on the
 * replacement's comment in the script and in a warning. */
static void stale(sc_dctx *c, const sc_function *f, const char *what)
{
    sc_op *rep = sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, f, NULL);
    if (!rep)
        return;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, f->schema, f->name);
    const char *fn = sc_arena_printf(c->tmp, "%s(%s)", sc_sb_cstr(&b), f->args);
    sc_sb_free(&b);
    rep->note = rep->note ? sc_arena_printf(c->a, "%s; %s", rep->note, what)
                          : sc_arena_printf(c->a, "left as computed by the old body: %s", what);
    if (c->d)
        sc_warn(c->d, "%s is replaced in place: %s", fn, what);
}

static bool calls_name(const sc_view *v, const sc_ref *r, const sc_function *f)
{
    (void)v;
    return r->kind == SC_REF_FUNCTION && !strcmp(r->name, f->name) && (!r->schema || !strcmp(r->schema, f->schema));
}

/* ---- materialized views: refreshed (callers4) --------------------------- */

/* Why a view holds what the old body computed: the replaced function it
 * reaches, the function it calls that reaches it, and the view it reads
 * through (NULL when it calls it itself). */
typedef struct mv_why {
    const sc_function *f, *direct;
    const sc_view *via;
} mv_why;

/* The from-side view that relation ref r names, or NULL. */
static const sc_view *ref_view(sc_dctx *c, const sc_ref *r)
{
    return r->kind == SC_REF_RELATION ? sc_model_view(c->from, r->schema ? r->schema : SC_DEFAULT_SCHEMA, r->name)
                                      : NULL;
}

/* View v's query calls a function that is or reaches a replaced one, or
 * reads a view (plain or materialized) that does, transitively. */
static bool view_stale(sc_dctx *c, const sc_view *v, int depth, mv_why *w)
{
    for (size_t i = 0; i < v->refs.n && depth <= 16; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        for (size_t k = 0; r->kind == SC_REF_FUNCTION && k < c->from->functions.n; k++) {
            const sc_function *g = c->from->functions.items[k];
            const sc_function *f = calls_name(v, r, g) ? reaches_replaced(c, g, 0) : NULL;
            if (f) {
                *w = (mv_why){f, g, NULL};
                return true;
            }
        }
        const sc_view *u = ref_view(c, r);
        if (u && u != v && view_stale(c, u, depth + 1, w)) {
            w->via = u;
            return true;
        }
    }
    return false;
}

static const char *refresh_note(sc_dctx *c, const mv_why *w)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "refreshed: ");
    if (w->via) {
        sc_sb_puts(&b, "reads ");
        sc_sb_qualified(&b, w->via->schema, w->via->name);
        sc_sb_puts(&b, ", which ");
    }
    sc_sb_puts(&b, "calls ");
    if (w->direct && w->direct != w->f) {
        sc_sb_qualified(&b, w->direct->schema, w->direct->name);
        sc_sb_printf(&b, "(%s), which calls ", w->direct->args);
    }
    sc_sb_qualified(&b, w->f->schema, w->f->name);
    sc_sb_printf(&b, "(%s), whose body is replaced: its rows were computed by the old body", w->f->args);
    const char *r = sc_arena_strdup(c->a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

/* The REFRESH ops of the kept materialized views WITH DATA that are stale,
 * by "schema.view" of the from side. A view WITH NO DATA holds no rows:
 * nothing to do. One that the plan empties (WITH NO DATA on the to side
 * only) is said, not refreshed. */
static void refresh_views(sc_dctx *c, sc_strmap *ops)
{
    for (size_t i = 0; i < c->from->views.n; i++) {
        const sc_view *v = SC_VEC_AT(c->from->views, i, sc_view);
        const sc_vstate *s = v->materialized && !v->with_no_data ? sc_vstate_of_from(c, v) : NULL;
        mv_why w = {0};
        if (!s || s->drop || s->create || !s->to || !view_stale(c, v, 0, &w))
            continue;
        if (s->to->with_no_data) {
            stale(c, w.f, sc_arena_printf(c->a, "materialized view %s (REFRESH MATERIALIZED VIEW recomputes it)",
                                          v->name));
            continue;
        }
        sc_op *op = sc_view_op(c, SC_OP_REFRESH_VIEW, v, s->to);
        op->note = refresh_note(c, &w);
        /* after every replaced body and the view's own changes */
        for (size_t k = 0; k < c->ops.n; k++) {
            const sc_op *o = c->ops.items[k];
            if (o->kind == SC_OP_REPLACE_FUNCTION)
                sc_op_dep(c, op, o);
        }
        const sc_op *own[] = {s->rename, s->replace, s->comment};
        for (size_t k = 0; k < 3; k++)
            if (own[k])
                sc_op_dep(c, op, own[k]);
        for (size_t k = 0; k < s->nindex_ops; k++)
            sc_op_dep(c, op, s->index_ops[k]);
        sc_strmap_put(ops, sc_dqname(c->tmp, v->schema, v->name), op);
    }
}

static const sc_index *view_index_named(const sc_view *v, const char *name)
{
    for (size_t i = 0; i < v->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(v->indexes, i, sc_index);
        if (ix->name && !strcmp(ix->name, name))
            return ix;
    }
    return NULL;
}

static sc_op *view_index_op(sc_dctx *c, sc_vstate *s, sc_op_kind k, const sc_index *f, const sc_index *t,
                            const char *note)
{
    sc_op *op = sc_new_op(c, k, s->to->schema, s->to->name, (t ? t : f)->name);
    op->from = f;
    op->to = t;
    op->v_from = s->from;
    op->v_to = s->to;
    op->note = note;
    sc_op **n = sc_arena_alloc(c->a, (s->nindex_ops + 1) * sizeof *n);
    if (s->nindex_ops)
        memcpy(n, s->index_ops, s->nindex_ops * sizeof *n);
    n[s->nindex_ops++] = op;
    s->index_ops = n;   /* view_deps.c orders it with the view's own index ops */
    return op;
}

/* The kept indexes of a kept materialized view with rows whose expressions
 * or predicate call a replaced function: dropped before the replacement
 * and created after it (and after the view's refresh, which would rebuild
 * it from what a session cached before the replacement, as REINDEX does:
 * tested on PostgreSQL 15). */
static void view_indexes(sc_dctx *c, sc_strmap *ops)
{
    for (size_t i = 0; i < c->from->views.n; i++) {
        const sc_view *v = SC_VEC_AT(c->from->views, i, sc_view);
        sc_vstate *s = v->materialized && !v->with_no_data ? sc_vstate_of_from(c, v) : NULL;
        if (!s || s->drop || s->create || !s->to || s->to->with_no_data)
            continue;
        sc_op *refresh = sc_strmap_get(ops, sc_dqname(c->tmp, v->schema, v->name));
        size_t nown = s->nindex_ops;
        for (size_t k = 0; k < v->indexes.n; k++) {
            const sc_index *xf = SC_VEC_AT(v->indexes, k, sc_index);
            const sc_index *xt = xf->name ? view_index_named(s->to, xf->name) : NULL;
            const sc_function *direct = NULL;
            const sc_function *f = xf->name ? rel_index_replaced(c, v->schema, v->name, xf->name, xf, &direct) : NULL;
            sc_op *rep = f ? sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, f, NULL) : NULL;
            /* one the plan drops already: its creation comes after the
             * replacement (and the refresh) */
            bool dropped = false;
            for (size_t j = 0; rep && j < nown; j++) {
                sc_op *o = s->index_ops[j];
                dropped |= o->kind == SC_OP_DROP_VIEW_INDEX && o->from == xf;
                if (o->kind == SC_OP_CREATE_VIEW_INDEX && !strcmp(o->name, xf->name)) {
                    sc_op_dep(c, o, rep);
                    if (refresh)
                        sc_op_dep(c, o, refresh);
                }
            }
            if (!rep || dropped || !xt)
                continue;
            const char *note = why(c, f, direct, "entries were", "");
            sc_op *drop = view_index_op(c, s, SC_OP_DROP_VIEW_INDEX, xf, NULL, note);
            sc_op *make = view_index_op(c, s, SC_OP_CREATE_VIEW_INDEX, NULL, xt, note);
            sc_op_dep(c, rep, drop);
            sc_op_dep(c, make, rep);
            if (refresh)
                sc_op_dep(c, make, refresh);
        }
    }
}

/* A refresh after those of the materialized views it reads (through plain
 * views too). */
static void refresh_after(sc_dctx *c, sc_strmap *ops, sc_op *op, const sc_view *v, int depth)
{
    for (size_t i = 0; i < v->refs.n && depth <= 16; i++) {
        const sc_view *u = ref_view(c, SC_VEC_AT(v->refs, i, sc_ref));
        if (!u || u == v)
            continue;
        sc_op *before = sc_strmap_get(ops, sc_dqname(c->tmp, u->schema, u->name));
        if (before && before != op)
            sc_op_dep(c, op, before);
        else if (!u->materialized)
            refresh_after(c, ops, op, u, depth + 1);
    }
}

void sc_fn_replaced_stale(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !sc_rd_find_op(c, SC_OP_REPLACE_FUNCTION, NULL, NULL))
        return;
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        for (size_t k = 0; k < p->from->constraints.n; k++) {
            const sc_constraint *kf = SC_VEC_AT(p->from->constraints, k, sc_constraint);
            if (kf->kind != SC_CON_CHECK || sc_rd_find_op(c, SC_OP_DROP_CONSTRAINT, kf, NULL))
                continue;
            const char *e[] = {kf->check_expr};
            const sc_function *f = calls_replaced(c, SC_FNU_CHECK, p->from->schema, p->from->name, kf->name, e, 1, NULL);
            if (f)
                stale(c, f, sc_arena_printf(c->a, "check %s of %s (the rows stored are not checked again)", kf->name,
                                            p->from->name));
        }
    }
    for (size_t i = 0; i < c->from->utypes.n; i++) {
        const sc_utype *u = SC_VEC_AT(c->from->utypes, i, sc_utype);
        for (size_t k = 0; u->kind == SC_UTYPE_DOMAIN && k < u->checks.n; k++) {
            const sc_domain_check *ck = SC_VEC_AT(u->checks, k, sc_domain_check);
            const char *e[] = {ck->expr};
            const sc_function *f = calls_replaced(c, SC_FNU_DOMAIN_CHECK, u->schema, u->name, ck->name, e, 1, NULL);
            if (f)
                stale(c, f, sc_arena_printf(c->a, "check %s of domain %s (the values stored are not checked again)",
                                            ck->name, u->name));
        }
    }
    sc_strmap *ops = sc_strmap_new();
    refresh_views(c, ops);
    view_indexes(c, ops);
    for (size_t i = 0; i < c->from->views.n; i++) {
        const sc_view *v = SC_VEC_AT(c->from->views, i, sc_view);
        sc_op *op = sc_strmap_get(ops, sc_dqname(c->tmp, v->schema, v->name));
        if (op)
            refresh_after(c, ops, op, v, 0);
    }
    sc_strmap_free(ops);
}

/* The down script is the up script inverted and read backwards, which
 * would refresh a view before the old body is put back: each refresh goes
 * after the inverses of what it followed in the up script (the
 * replacements, the view's own changes, the refreshes it reads), in the up
 * script's order. */
void sc_fn_refresh_down(sc_plan *p)
{
    size_t nseq = 0, nref = 0;
    for (size_t i = 0; i < p->nup; i++) {
        nseq = p->up[i]->seq + 1 > nseq ? p->up[i]->seq + 1 : nseq;
        nref += p->up[i]->kind == SC_OP_REFRESH_VIEW;
    }
    if (!nref || p->ndown != p->nup)
        return;
    size_t n = p->nup;
    size_t *pos = malloc(nseq * sizeof *pos);       /* seq -> down index (anchor, for a refresh) */
    size_t *anchor = malloc(n * sizeof *anchor);    /* down index -> the index it follows */
    sc_op **out = malloc(n * sizeof *out);
    if (!pos || !anchor || !out)
        abort();
    for (size_t i = 0; i < n; i++) {
        pos[p->up[i]->seq] = n - 1 - i;
        anchor[i] = i;
    }
    for (size_t i = 0; i < n; i++) {   /* up order: a refresh's deps come first */
        const sc_op *u = p->up[i];
        if (u->kind != SC_OP_REFRESH_VIEW)
            continue;
        size_t at = n - 1 - i, best = at;
        bool any = false;
        for (size_t k = 0; k < u->ndeps; k++) {
            size_t d = pos[u->deps[k]];
            if (!any || d > best)
                best = d;
            any = true;
        }
        anchor[at] = best;
        pos[u->seq] = best;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (p->down[i]->kind != SC_OP_REFRESH_VIEW || anchor[i] == i)
            out[m++] = p->down[i];
        /* the refreshes that follow op i, in the up script's order */
        for (size_t j = n; j-- > 0;)
            if (j != i && anchor[j] == i && p->down[j]->kind == SC_OP_REFRESH_VIEW)
                out[m++] = p->down[j];
    }
    memcpy(p->down, out, n * sizeof *out);
    free(pos);
    free(anchor);
    free(out);
}
