/* fn_users.c - funcdeps (issue 11): which functions of the `from` side the
 * plan drops, and which objects call them.
 *
 * The catalog says who calls a function (pg_depend, read into
 * model->fn_users by the inspector with the functions). A model that did
 * not come whole from a catalog (a schema file, even one spliced with what
 * the scratch load re-read of it, which holds only the objects that
 * differ) has no such list: then an object calls a function when its text
 * does (a name followed by '(', optionally schema-qualified, outside
 * strings), which cannot tell overloads apart and so errs towards taking
 * more objects around the change, never fewer.
 *
 * The set of dropped functions is decided from the two models alone (the
 * rule of diff_routine.c: gone, or a kind or result type that CREATE OR
 * REPLACE cannot change, plus the SQL-standard bodies that call one of
 * those), so that the tables' diff can ask it before the functions' ops
 * exist: a generated column that calls such a function is dropped and
 * added again by the tables' own re-add path (gen_deps.c). */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

static const char *user_key(sc_arena *a, sc_fn_user_kind kind, const char *schema, const char *table,
                            const char *name)
{
    return sc_arena_printf(a, "%c\x1f%s\x1f%s\x1f%s", (char)kind, schema ? schema : SC_DEFAULT_SCHEMA, table,
                           name ? name : "");
}

/* "kind US schema US table US name" -> sc_vec of the sc_fn_user rows */
static sc_strmap *users_index(sc_dctx *c)
{
    if (c->fn_user_map)
        return c->fn_user_map;
    c->fn_user_map = sc_strmap_new();
    for (size_t i = 0; i < c->from->fn_users.n; i++) {
        const sc_fn_user *u = c->from->fn_users.items[i];
        const char *k = user_key(c->tmp, u->kind, u->schema, u->table, u->name);
        sc_vec *v = sc_strmap_get(c->fn_user_map, k);
        if (!v) {
            v = sc_arena_alloc(c->tmp, sizeof *v);
            sc_strmap_put(c->fn_user_map, k, v);
        }
        sc_vec_push(c->tmp, v, (void *)u);
    }
    return c->fn_user_map;
}

const sc_vec *sc_fn_users_of(sc_dctx *c, sc_fn_user_kind kind, const char *schema, const char *table,
                             const char *name)
{
    if (!c->from->fn_users_known)
        return NULL;
    return sc_strmap_get(users_index(c), user_key(c->tmp, kind, schema, table, name));
}

static bool str_eq(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

/* diff_routine.c's rule: the function goes, or CREATE OR REPLACE cannot
 * make it the target's. */
static bool dropped_itself(sc_dctx *c, const sc_function *f)
{
    const sc_function *t = sc_model_function(c->to, f->schema, f->name, f->args);
    if (!t)
        return true;
    if (!strcmp(sc_routine_trim(c->tmp, f->sql ? f->sql : ""), sc_routine_trim(c->tmp, t->sql ? t->sql : "")))
        return false;
    return f->procedure != t->procedure || !str_eq(f->returns, t->returns) || f->aggregate || t->aggregate;
}

static bool dropped_depth(sc_dctx *c, const sc_function *f, int depth);

/* funcdeps2: the from-side columns the tables' diff drops or retypes, as
 * (pair, column) in turn; built once. */
static const sc_vec *changed_columns(sc_dctx *c)
{
    if (c->changed_cols)
        return c->changed_cols;
    c->changed_cols = sc_arena_alloc(c->tmp, sizeof *c->changed_cols);
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        for (size_t k = 0; k < p->from->columns.n; k++) {
            const sc_column *cf = SC_VEC_AT(p->from->columns, k, sc_column);
            const sc_column *ct = sc_table_column(p->to, sc_map_col(p, cf->name));
            if (ct && !sc_gen_col_retyped(c, p, ct))
                continue;
            sc_vec_push(c->tmp, c->changed_cols, (void *)p);
            sc_vec_push(c->tmp, c->changed_cols, (void *)cf);
        }
    }
    return c->changed_cols;
}

/* funcdeps2: a SQL-standard body that reads a column the plan drops or
 * retypes is dropped before that and created after it (routine_deps.c's
 * read_columns): known here already, so that a generated column that calls
 * it is re-added by the tables' diff like one that calls a re-created
 * function. The catalog's list when the from side has one, else the text
 * (the table's and the column's names both in the body). */
static bool body_reads_changed(sc_dctx *c, const sc_function *g)
{
    if (!g->sql_body)
        return false;
    const sc_vec *cols = changed_columns(c);
    const char *body = c->from->fn_users_known ? NULL : sc_routine_body_after_create(g->sql);
    for (size_t i = 0; i + 1 < cols->n; i += 2) {
        const sc_tpair *p = cols->items[i];
        const sc_column *cf = cols->items[i + 1];
        if (body) {
            if (sc_expr_reads(body, p->from->name) && sc_expr_reads(body, cf->name))
                return true;
            continue;
        }
        const char *schema = p->from->schema ? p->from->schema : SC_DEFAULT_SCHEMA;
        const sc_vec *v = sc_fn_users_of(c, SC_FNU_READS, schema, p->from->name, cf->name);
        for (size_t j = 0; v && j < v->n; j++) {
            const sc_fn_user *u = v->items[j];
            if (!strcmp(u->fschema, g->schema) && !strcmp(u->fname, g->name) && !strcmp(u->fargs, g->args))
                return true;
        }
    }
    return false;
}

/* A SQL-standard body that calls a dropped function goes with it. */
static bool body_calls_dropped(sc_dctx *c, const sc_function *g, int depth)
{
    if ((!g->sql_body && !g->aggregate) || depth > 8)
        return false;
    if (c->from->fn_users_known) {
        const sc_vec *v = sc_fn_users_of(c, SC_FNU_FUNCTION, g->schema, g->name, g->args);
        for (size_t i = 0; v && i < v->n; i++) {
            const sc_fn_user *u = v->items[i];
            const sc_function *f = sc_model_function(c->from, u->fschema, u->fname, u->fargs);
            if (f && f != g && dropped_depth(c, f, depth + 1))
                return true;
        }
        return false;
    }
    for (size_t i = 0; i < c->from->functions.n; i++) {
        const sc_function *f = c->from->functions.items[i];
        const char *body = sc_routine_body_after_create(g->sql);
        bool calls = g->aggregate ? sc_expr_reads(body, f->name) : sc_expr_calls(body, f->schema, f->name);
        if (f != g && calls && strcmp(f->name, g->name) && dropped_depth(c, f, depth + 1))
            return true;
    }
    return false;
}

static bool dropped_depth(sc_dctx *c, const sc_function *f, int depth)
{
    return dropped_itself(c, f) || body_reads_changed(c, f) || sc_fn_names_rebuilt_type(c, f) ||   /* funcs3: an enum's, a domain's, ... */
          
           body_calls_dropped(c, f, depth);
}

bool sc_fn_dropped(sc_dctx *c, const sc_function *f)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return false;
    return dropped_depth(c, f, 0);
}

const sc_function *sc_fn_called_dropped(sc_dctx *c, sc_fn_user_kind kind, const char *schema, const char *table,
                                        const char *name, const char *expr)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || (!c->from->fn_users_known && !expr))
        return NULL;
    if (c->from->fn_users_known) {
        const sc_vec *v = sc_fn_users_of(c, kind, schema, table, name);
        for (size_t i = 0; v && i < v->n; i++) {
            const sc_fn_user *u = v->items[i];
            const sc_function *f = sc_model_function(c->from, u->fschema, u->fname, u->fargs);
            if (f && sc_fn_dropped(c, f))
                return f;
        }
        return NULL;
    }
    for (size_t i = 0; i < c->from->functions.n; i++) {
        const sc_function *f = c->from->functions.items[i];
        if (sc_expr_calls(expr, f->schema, f->name) && sc_fn_dropped(c, f))
            return f;
    }
    return NULL;
}

bool sc_gen_calls_dropped(sc_dctx *c, const sc_tpair *p, const sc_column *cf)
{
    if (!cf->generated || c->o->dialect != SC_DIALECT_POSTGRESQL)
        return false;
    return sc_fn_called_dropped(c, SC_FNU_GENERATED, p->from->schema, p->from->name, cf->name, cf->generated) !=
           NULL;
}
