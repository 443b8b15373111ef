/* scratch_pg_views.c - sc_normalize_pg_views: declared views on the
 * server's terms, loading only what they need.
 *
 * A view cannot be created without the relations it reads, so the load
 * takes the given views and, transitively, the tables and views their refs
 * name (a view without refs: the relations its query names, through
 * PostgreSQL's parser), with the enums those use. Tables are loaded bare:
 * columns and primary key, what a view can tell (put_bare_table). Then
 * sc_normalize_pg loads and reads back the lot, so that the views come
 * back with pg_get_viewdef's text, the server's column types and the
 * catalog's refs, under their real names. */
#include <stdlib.h>
#include <string.h>

#include "inspect/inspect.h"
#include "inspect/pg_internal.h"

typedef struct closure {
    const sc_model *declared;
    sc_model *sub;
    sc_strmap *tables;   /* "schema.name" of the tables to load */
    sc_strmap *views;    /* "schema.name" of the views to load */
    sc_strmap *types;    /* "schema.name" of the enums to load */
    sc_vec pending;         /* sc_view* whose reads are not followed yet */
} closure;

static void add_view(closure *c, const sc_view *v);

static void add_type(closure *c, const sc_type *t)
{
    if (t->is_user || t->schema)
        sc_strmap_put(c->types, sc_qname(c->sub->arena, t->schema ? t->schema : SC_DEFAULT_SCHEMA, t->name),
                      NULL);
}

static void add_relation(closure *c, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;   /* the scratch load's search_path */
    const sc_table *t = sc_model_table(c->declared, schema, name);
    if (t) {
        const char *key = sc_qname(c->sub->arena, t->schema, t->name);
        if (sc_strmap_has(c->tables, key))
            return;
        sc_strmap_put(c->tables, key, (void *)t);
        for (size_t i = 0; i < t->columns.n; i++)
            add_type(c, &SC_VEC_AT(t->columns, i, sc_column)->type);
        return;
    }
    const sc_view *v = sc_model_view(c->declared, schema, name);
    if (v)
        add_view(c, v);
}

static const char *told(const char *schema, const char *name, char kind, void *arg)
{
    if (kind == 'r')
        add_relation(arg, schema, name);
    return NULL;
}

static void follow(closure *c, const sc_view *v)
{
    if (!v->refs_known) {
        if (v->query)
            free(pg_requalify(v->query, told, c));
        return;
    }
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        if (r->kind == SC_REF_RELATION || r->kind == SC_REF_COLUMN)
            add_relation(c, r->schema, r->name);
        else if (r->kind == SC_REF_TYPE)
            sc_strmap_put(c->types, sc_qname(c->sub->arena, r->schema, r->name), NULL);
    }
}

static void add_view(closure *c, const sc_view *v)
{
    const char *key = sc_qname(c->sub->arena, v->schema, v->name);
    if (sc_strmap_has(c->views, key))
        return;
    sc_strmap_put(c->views, key, (void *)v);
    sc_vec_push(c->sub->arena, &c->pending, (void *)v);
}

static bool in_map(const sc_strmap *map, sc_arena *a, const char *schema, const char *name)
{
    return sc_strmap_has(map, sc_qname(a, schema ? schema : SC_DEFAULT_SCHEMA, name));
}

/* A table as far as a view can tell: its columns (name, type, NOT NULL,
 * collation) and its primary key (GROUP BY a key lets a view name the
 * other columns). No defaults, identity, generation, checks, foreign keys,
 * indexes or comments: none changes how the server prints a view that
 * reads the table, and each would cost the load time and locks. */
static void put_bare_table(sc_model *sub, const sc_table *t)
{
    sc_table *n = sc_model_add_table(sub, t->schema, t->name);
    if (!n)
        return;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        sc_column *nc = sc_arena_alloc(sub->arena, sizeof *nc);
        *nc = *c;
        nc->default_expr = NULL;
        nc->identity = SC_IDENTITY_NONE;
        nc->generated = NULL;
        nc->comment = NULL;
        sc_table_push_column(sub, n, nc);
    }
    const sc_constraint *pk = sc_table_primary_key(t);
    if (pk)
        sc_vec_push(sub->arena, &n->constraints, (void *)pk);
}

/* domains, composite and range types: a type one of them uses */
static void add_utype_use(const sc_type *t, void *arg)
{
    add_type(arg, t);
}

static bool enum_used(const sc_enum *e, void *arg)
{
    const closure *c = arg;
    return in_map(c->types, c->sub->arena, e->schema, e->name);
}

/* No defaults are loaded: no sequence is needed. */
static sc_share_seq no_sequence(const sc_sequence *s, void *arg)
{
    (void)s;
    (void)arg;
    return SC_SHARE_SKIP;
}

sc_model *sc_normalize_pg_views(sc_db *db, const sc_model *declared, const sc_view *const *views, size_t n,
                                const sc_inspect_opts *opts, sc_diags *d)
{
    closure c = {declared, sc_model_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), {0}};
    for (size_t i = 0; i < n; i++)
        add_view(&c, views[i]);
    for (size_t i = 0; i < c.pending.n; i++) {   /* pending grows as reads are followed */
        const sc_view *v = SC_VEC_AT(c.pending, i, sc_view);
        follow(&c, v);
        for (size_t j = 0; j < v->columns.n; j++)
            add_type(&c, &SC_VEC_AT(v->columns, j, sc_view_column)->type);
    }

    /* domains, composite and range types are all loaded: the enums they use with them */
    for (size_t i = 0; i < declared->utypes.n; i++)
        sc_utype_each_type(SC_VEC_AT(declared->utypes, i, sc_utype), add_utype_use, &c);
    sc_model_share_types(c.sub, declared,
                         &(sc_share_filter){.enumeration = enum_used, .sequence = no_sequence, .arg = &c});
    for (size_t i = 0; i < declared->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(declared->tables, i, sc_table);
        if (in_map(c.tables, c.sub->arena, t->schema, t->name))
            put_bare_table(c.sub, t);
    }
    for (size_t i = 0; i < c.pending.n; i++)
        sc_model_share_view(c.sub, SC_VEC_AT(c.pending, i, sc_view));
    sc_model_sort(c.sub);

    sc_model *m = sc_normalize_pg(db, c.sub, opts, d);
    sc_model_free(c.sub);
    sc_strmap_free(c.tables);
    sc_strmap_free(c.views);
    sc_strmap_free(c.types);
    return m;
}
