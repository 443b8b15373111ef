/* view_qualify.c - a declared view's query, with the names that the DSL
 * resolves in its `schema X { }` block written as X.name.
 *
 * Inside `schema app { table orders ... view v as (select * from orders) }`
 * the DSL means app.orders (unqualified names look in the block first, as
 * for foreign keys and column types). PostgreSQL would resolve the same
 * text through search_path, i.e. to public.orders, or fail: so the query
 * that compile and diff write must say app.orders. PostgreSQL's own parser
 * (libpg_query) says where each unqualified relation (RangeVar) and type
 * (TypeName) of the query starts; only those places get the schema, and
 * only when the block holds a relation (or an enum) of that name. Names of
 * CTEs are not relations. */
#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "model/strbuf.h"
#include "parser/parser.h"

typedef struct qctx {
    const sc_model *m;
    const sc_view *v;
    sc_strmap *ctes;    /* every CTE name of the query */
    size_t *at;         /* byte offsets where "<block>." goes */
    size_t n, cap;
} qctx;

static void add_at(qctx *c, size_t off)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        c->at = realloc(c->at, c->cap * sizeof *c->at);
        if (!c->at)
            abort();
    }
    c->at[c->n++] = off;
}

static void collect_ctes(qctx *c, json_t *node)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *x;
        json_array_foreach(node, i, x) collect_ctes(c, x);
        return;
    }
    if (!json_is_object(node))
        return;
    json_t *cte = json_object_get(node, "CommonTableExpr");
    if (cte && json_is_string(json_object_get(cte, "ctename")))
        sc_strmap_put(c->ctes, json_string_value(json_object_get(cte, "ctename")), c);
    const char *k;
    json_t *x;
    json_object_foreach(node, k, x) collect_ctes(c, x);
}

static bool in_block(const qctx *c, const char *name, bool type)
{
    const char *b = c->v->block_schema;
    if (type)
        return sc_model_enum(c->m, b, name) != NULL;
    return sc_model_table(c->m, b, name) || sc_model_view(c->m, b, name);
}

static void visit(qctx *c, json_t *node)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *x;
        json_array_foreach(node, i, x) visit(c, x);
        return;
    }
    if (!json_is_object(node))
        return;
    json_t *rv = json_object_get(node, "RangeVar");
    if (rv && !json_object_get(rv, "schemaname")) {
        const char *name = json_string_value(json_object_get(rv, "relname"));
        json_t *loc = json_object_get(rv, "location");
        if (name && json_is_integer(loc) && !sc_strmap_has(c->ctes, name) && in_block(c, name, false))
            add_at(c, (size_t)json_integer_value(loc));
    }
    /* a TypeName is a typed field (TypeCast's typeName), not a wrapped node */
    json_t *tn = json_object_get(node, "typeName");
    if (json_is_object(tn)) {
        json_t *names = json_object_get(tn, "names");
        json_t *loc = json_object_get(tn, "location");
        json_t *s = json_array_size(names) == 1 ? json_object_get(json_array_get(names, 0), "String") : NULL;
        const char *name = s ? json_string_value(json_object_get(s, "sval")) : NULL;
        if (name && json_is_integer(loc) && in_block(c, name, true))
            add_at(c, (size_t)json_integer_value(loc));
    }
    const char *k;
    json_t *x;
    json_object_foreach(node, k, x) visit(c, x);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The query with "<block>." at each offset (ascending, each once). */
static const char *rewrite(sc_model *m, const char *q, const char *block, size_t *at, size_t n)
{
    qsort(at, n, sizeof *at, cmp_size);
    sc_strbuf b = SC_STRBUF_INIT;
    size_t from = 0, len = strlen(q);
    for (size_t i = 0; i < n; i++) {
        if (at[i] > len || (i && at[i] == at[i - 1]))
            continue;
        sc_sb_putn(&b, q + from, at[i] - from);
        sc_sb_ident(&b, block);
        sc_sb_putc(&b, '.');
        from = at[i];
    }
    sc_sb_puts(&b, q + from);
    const char *out = sc_arena_strdup(m->arena, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return out;
}

static void qualify_view(sc_model *m, sc_view *v)
{
    PgQueryParseResult r = pg_query_parse(v->query);
    if (r.error) {   /* reported by sc_view_refs, at its place */
        pg_query_free_parse_result(r);
        return;
    }
    json_t *tree = json_loads(r.parse_tree, 0, NULL);
    pg_query_free_parse_result(r);
    if (!tree)
        return;
    qctx c = {m, v, sc_strmap_new(), NULL, 0, 0};
    collect_ctes(&c, tree);
    visit(&c, tree);
    if (c.n)
        v->query = rewrite(m, v->query, v->block_schema, c.at, c.n);
    free(c.at);
    sc_strmap_free(c.ctes);
    json_decref(tree);
}

void sc_view_qualify(sc_model *m)
{
    for (size_t i = 0; i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        if (v->query && !v->sqlite_sql && v->block_schema && strcmp(v->block_schema, SC_DEFAULT_SCHEMA))
            qualify_view(m, v);
    }
}
