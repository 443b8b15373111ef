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
 * catalog's refs, under their real names.
 *
 * Loading a table costs the server about a millisecond, and hundreds of
 * views read a thousand tables (the bench: 549 views, 2.5 s). But a view
 * prints the same over the live table as over a copy of the declared one
 * when the two have the same columns (names, order, types, collations)
 * and primary key, and the enums they use have the same labels. So, given
 * the live model, the views go to scratch schemas of the live database
 * (pg_scratch_schemas) and read the live tables wherever those are the
 * same; only the tables and enums that differ, or that are not there, are
 * loaded (and the tables using a loaded enum, so that a view never
 * compares a live column with a loaded type). When that load cannot be
 * had (too many locks for one transaction, no CREATE on the database, a
 * view the server refuses), the whole closure goes to sc_normalize_pg as
 * before. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inspect/inspect.h"
#include "inspect/pg_internal.h"
#include "model/sqltok.h"

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
        sc_column_set_comment(sub->arena, nc, NULL);
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

/* ---- over the live tables ---------------------------------------------- */

static bool str_same(const char *x, const char *y)
{
    return x ? y && !strcmp(x, y) : !y;
}

static const char *schema_or_default(const char *s)
{
    return s ? s : SC_DEFAULT_SCHEMA;
}

/* The same type as far as the server can tell (an unqualified name is one
 * of the search_path's head, public, as the scratch load reads it). */
static bool type_same(const sc_type *x, const sc_type *y)
{
    return !strcmp(x->name, y->name) && x->array_dims == y->array_dims && str_same(x->mods, y->mods) &&
           !strcmp(schema_or_default(x->schema), schema_or_default(y->schema));
}

/* Whether a view reads the live table t as it would read the declared one:
 * the same columns in the same order (what `*` expands to, the types
 * operators and casts resolve on, the collations) and the same primary
 * key (GROUP BY the key lets a view name the other columns). */
static bool table_same_for_views(const sc_table *t, const sc_table *lt)
{
    if (!lt || lt->columns.n != t->columns.n)
        return false;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        const sc_column *lc = SC_VEC_AT(lt->columns, i, sc_column);
        if (strcmp(c->name, lc->name) != 0 || !type_same(&c->type, &lc->type) ||
            !str_same(sc_column_collation(c), sc_column_collation(lc)) || c->not_null != lc->not_null)
            return false;
    }
    const sc_constraint *pk = sc_table_primary_key(t), *lpk = sc_table_primary_key(lt);
    return pk ? lpk && sc_names_equal(&pk->columns, &lpk->columns) : !lpk;
}

typedef struct live_load {
    const closure *c;
    const sc_model *live;
    sc_strmap *tables;   /* "schema.name" of the closure's tables to load */
    sc_strmap *types;    /* "schema.name" of the enums to load */
} live_load;

static bool enum_same_as_live(const sc_enum *e, const sc_model *live)
{
    const sc_enum *le = sc_model_enum(live, e->schema, e->name);
    return le && sc_names_equal(&e->labels, &le->labels);
}

static bool uses_loaded_enum(const live_load *l, const sc_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_type *ty = &SC_VEC_AT(t->columns, i, sc_column)->type;
        if ((ty->is_user || ty->schema) && in_map(l->types, l->c->sub->arena, ty->schema, ty->name))
            return true;
    }
    return false;
}

/* Which of the closure's tables and enums must be loaded: those that differ
 * from the live ones, and the tables that use a loaded enum; the enums a
 * loaded table uses are loaded with it (its column types name them in a
 * schema that the scratch load redirects), and so on until nothing moves. */
static void choose_loads(live_load *l)
{
    const sc_model *declared = l->c->declared;
    if (!l->live)
        return;   /* ahead of the catalog: every table taken to be the live one */
    for (size_t i = 0; i < declared->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(declared->enums, i, sc_enum);
        if (in_map(l->c->types, l->c->sub->arena, e->schema, e->name) && !enum_same_as_live(e, l->live))
            sc_strmap_put(l->types, sc_qname(l->c->sub->arena, e->schema, e->name), NULL);
    }
    for (bool moved = true; moved;) {
        moved = false;
        for (size_t i = 0; i < declared->tables.n; i++) {
            const sc_table *t = SC_VEC_AT(declared->tables, i, sc_table);
            const char *key = sc_qname(l->c->sub->arena, t->schema, t->name);
            if (!sc_strmap_has(l->c->tables, key) || sc_strmap_has(l->tables, key))
                continue;
            if (table_same_for_views(t, sc_model_table(l->live, t->schema, t->name)) && !uses_loaded_enum(l, t))
                continue;
            sc_strmap_put(l->tables, key, NULL);
            for (size_t j = 0; j < t->columns.n; j++) {
                const sc_type *ty = &SC_VEC_AT(t->columns, j, sc_column)->type;
                if (ty->is_user || ty->schema)
                    sc_strmap_put(l->types, sc_qname(l->c->sub->arena, ty->schema, ty->name), NULL);
            }
            moved = true;
        }
    }
}

static bool enum_to_load(const sc_enum *e, void *arg)
{
    const live_load *l = arg;
    return in_map(l->types, l->c->sub->arena, e->schema, e->name);
}

/* The locks the load takes: what it creates (as scratch_pg.c counts it)
 * and each live table it reads. */
static size_t locks_of(const sc_model *sub, size_t live_tables)
{
    size_t n = live_tables;
    for (size_t i = 0; i < sub->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(sub->tables, i, sc_table);
        n += 3 + t->indexes.n + t->constraints.n;
    }
    for (size_t i = 0; i < sub->views.n; i++) {
        const sc_view *v = SC_VEC_AT(sub->views, i, sc_view);
        n += (v->materialized ? 3 : 1) + v->indexes.n + v->columns.n;
    }
    return n;
}

/* Whether the indexes of a materialized view need no server to spell
 * them: btree over plain columns, no predicate, operator class, collation,
 * storage parameter or tablespace. */
static bool indexes_plain(const sc_view *v)
{
    for (size_t i = 0; i < v->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(v->indexes, i, sc_index);
        if (ix->where || (ix->method && strcmp(ix->method, "btree")) || sc_index_options(ix)->n ||
            sc_index_tablespace(ix))
            return false;
        for (uint32_t j = 0; j < ix->nelems; j++) {
            const sc_index_elem *e = &ix->elems[j];
            if (!e->column || sc_index_elem_collation(e) || sc_index_elem_opclass(e))
                return false;
        }
    }
    return true;
}

/* Ahead of the catalog, a materialized view whose indexes need no server
 * is created as a plain view: the server spells the query, its columns and
 * what it reads the same, and a plain view costs it a third of the time
 * (no storage, no index to build). Its own flag and indexes, the declared
 * ones, are put back once it is read (as_materialized). */
static void as_plain_view(sc_view *v)
{
    v->materialized = false;
    v->with_no_data = false;
    v->indexes = (sc_vec){0};
}

static void as_materialized(sc_view *v, const sc_view *dv)
{
    v->materialized = true;
    v->indexes = dv->indexes;   /* shared: the declared model outlives this one */
}

/* The closure's views over the live tables, with only what differs loaded
 * (see the top of the file); NULL when that load cannot be had. Without
 * `live` (ahead of the catalog), nothing is loaded: every relation the
 * views read is the database's. */
static sc_model *over_live(sc_db *db, const closure *c, const sc_model *live, const sc_inspect_opts *opts)
{
    live_load l = {c, live, sc_strmap_new(), sc_strmap_new()};
    choose_loads(&l);
    sc_model *sub = sc_model_new();
    sc_model_share_types(sub, c->declared,
                         &(sc_share_filter){.enumeration = enum_to_load, .sequence = no_sequence, .arg = &l});
    sc_model_share_routines(sub, c->declared, NULL, NULL);   /* new functions a view calls (scratch_pg_fns.c) */
    size_t live_tables = 0;
    for (size_t i = 0; i < c->declared->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(c->declared->tables, i, sc_table);
        if (in_map(l.tables, c->sub->arena, t->schema, t->name))
            put_bare_table(sub, t);
        else if (in_map(c->tables, c->sub->arena, t->schema, t->name))
            live_tables++;
    }
    for (size_t i = 0; i < c->pending.n; i++) {
        sc_view *v = sc_model_share_view(sub, SC_VEC_AT(c->pending, i, sc_view));
        if (!v)
            continue;
        /* never filled: that would run the query over the live rows */
        if (v->materialized)
            v->with_no_data = true;
        if (!live && v->materialized && indexes_plain(v))
            as_plain_view(v);
        /* the server keeps a comment as it is given: not worth a statement
         * a view (a column's comment is, since it names the column) */
        v->comment = NULL;
    }
    sc_model_sort(sub);

    sc_model *m = NULL;
    PGconn *conn = sc_db_pg(db);
    long budget = conn ? pg_lock_budget(conn) : 0;
    if (budget > 0 && locks_of(sub, live_tables) <= (size_t)budget) {
        char *why = NULL;
        /* only the views are read back: the tables loaded with them are the
         * declared ones, which the caller has */
        sc_inspect_opts io = opts ? *opts : (sc_inspect_opts){0};
        io.views_only = true;
        /* ahead of the catalog (no live model), a view may read what the
         * database lacks (a column the plan adds): it alone is left out */
        m = live ? pg_scratch_schemas(db, sub, &io, &why) : pg_scratch_schemas_guarded(db, sub, &io, &why);
        free(why);   /* the whole closure's load says it again, if it is so */
    }
    for (size_t i = 0; m && i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        const sc_view *dv = sc_model_view(c->declared, v->schema, v->name);
        if (!dv)
            continue;
        if (dv->materialized && !v->materialized)
            as_materialized(v, dv);
        v->with_no_data = dv->with_no_data;
        /* COMMENT ... IS '' removes the comment */
        v->comment = dv->comment && dv->comment[0] ? sc_arena_strdup(m->arena, dv->comment) : NULL;
    }
    sc_model_free(sub);
    sc_strmap_free(l.tables);
    sc_strmap_free(l.types);
    return m;
}

/* views[0..n) and what they read, transitively (see the top of the file). */
static void closure_of(closure *c, const sc_model *declared, const sc_view *const *views, size_t n)
{
    *c = (closure){declared, sc_model_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), {0}};
    for (size_t i = 0; i < n; i++)
        add_view(c, views[i]);
    for (size_t i = 0; i < c->pending.n; i++) {   /* pending grows as reads are followed */
        const sc_view *v = SC_VEC_AT(c->pending, i, sc_view);
        follow(c, v);
        for (size_t j = 0; j < v->columns.n; j++)
            add_type(c, &SC_VEC_AT(v->columns, j, sc_view_column)->type);
    }
    /* domains, composite and range types are all loaded: the enums they use with them */
    for (size_t i = 0; i < declared->utypes.n; i++)
        sc_utype_each_type(SC_VEC_AT(declared->utypes, i, sc_utype), add_utype_use, c);
}

static void closure_free(closure *c)
{
    sc_model_free(c->sub);
    sc_strmap_free(c->tables);
    sc_strmap_free(c->views);
    sc_strmap_free(c->types);
}

sc_model *sc_normalize_pg_views(sc_db *db, const sc_model *declared, const sc_model *live,
                                const sc_view *const *views, size_t n, const sc_inspect_opts *opts, sc_diags *d)
{
    closure c;
    closure_of(&c, declared, views, n);
    /* Over the live tables only when no such type is declared: the live
     * load matches tables and enums, not what a domain or composite says. */
    sc_model *m = live && !declared->utypes.n ? over_live(db, &c, live, opts) : NULL;
    if (!m) {
        sc_model_share_types(c.sub, declared,
                             &(sc_share_filter){.enumeration = enum_used, .sequence = no_sequence, .arg = &c});
        sc_model_share_routines(c.sub, declared, NULL, NULL);   /* new functions a view calls */
        for (size_t i = 0; i < declared->tables.n; i++) {
            const sc_table *t = SC_VEC_AT(declared->tables, i, sc_table);
            if (in_map(c.tables, c.sub->arena, t->schema, t->name))
                put_bare_table(c.sub, t);
        }
        for (size_t i = 0; i < c.pending.n; i++)
            sc_model_share_view(c.sub, SC_VEC_AT(c.pending, i, sc_view));
        sc_model_sort(c.sub);
        m = sc_normalize_pg(db, c.sub, opts, d);
    }
    closure_free(&c);
    return m;
}

/* ---- ahead of the catalog ----------------------------------------------- *
 * Spelling the declared views costs the server about what reading the
 * catalog does (549 views: creating them, reading them back), and it can
 * only start once the catalog is read, since which live tables a view may
 * read is known then. But in most diffs nearly every table a view reads is
 * the live one, unchanged. So, on a connection of its own while the
 * catalog is read, the declared views that cannot be spelled as the server
 * spells them (not_as_server_spells) are created, with what they read,
 * over the live relations as they are, each in a subtransaction of its own
 * (one the database cannot take yet is left out alone), and read back;
 * once the live model is known, a view keeps that spelling, which is the
 * one over_live would have given it, when what it reads holds no enum
 * whose labels differ and it reads each table that differs as it read the
 * live one (reads_table_same); the others go through
 * sc_normalize_pg_views as before. */
/* Whether query cannot be the text pg_get_viewdef gives back, which
 * writes every reserved keyword in capitals but true and false: one of them
 * written in small letters says so without asking the server. A query
 * spelled as `inspect` prints it needs no server at all, and a schema of
 * such views must not cost the catalog read a scratch load (nor a query of
 * pg_get_viewdef for each view to tell): those, and hand-written ones in
 * capitals, are left to the server's terms, which compare them with the
 * live text first. */
static bool not_as_server_spells(const char *query)
{
    sc_toks toks = {0};
    sc_tok_err err;
    if (!query || sc_sql_tokenize(query, strlen(query), SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return false;
    bool small = false;
    for (size_t i = 0; i < toks.n && !small; i++) {
        const sc_tok *t = &toks.items[i];
        if (t->kind != SC_TOK_KEYWORD || t->kw != SC_PGKW_RESERVED)
            continue;
        if ((t->len == 4 && !strncasecmp(query + t->off, "true", 4)) ||
            (t->len == 5 && !strncasecmp(query + t->off, "false", 5)))
            continue;
        for (size_t k = 0; k < t->len && !small; k++)
            small = query[t->off + k] >= 'a' && query[t->off + k] <= 'z';
    }
    sc_toks_free(&toks);
    return small;
}

sc_model *sc_pg_views_ahead(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts)
{
    if (!sc_db_pg(db) || !declared->views.n || declared->utypes.n)
        return NULL;   /* over_live is not used with domains or composite types */
    const sc_view **want = malloc(declared->views.n * sizeof *want);
    if (!want)
        abort();
    size_t n = 0;
    for (size_t i = 0; i < declared->views.n; i++) {
        const sc_view *v = SC_VEC_AT(declared->views, i, sc_view);
        if (not_as_server_spells(v->query))
            want[n++] = v;
    }
    if (!n) {
        free(want);
        return NULL;
    }
    closure c;
    closure_of(&c, declared, want, n);
    free(want);
    sc_model *m = over_live(db, &c, NULL, opts);
    closure_free(&c);
    return m;
}

typedef struct ahead_check {
    const sc_model *declared, *ahead;
    const live_load *l;
    sc_strmap *state;   /* "schema.name" of a view -> 1 being looked at, 2 stands, 3 does not */
} ahead_check;

/* Whether the declared type schema.name is an enum whose labels are not
 * the live one's (what over_live loads, leaving out the enums it takes
 * only because a loaded table uses them). */
static bool enum_differs(const ahead_check *k, const char *schema, const char *name)
{
    const sc_enum *e = sc_model_enum(k->declared, schema, name);
    return e && !enum_same_as_live(e, k->l->live);
}

/* Whether view v (spelled ahead over the live table schema.name, which
 * over_live would load because it differs from the declared one) reads
 * the declared table as it read the live one (view_shape.c says when a
 * column it does not read matters): the same primary key, each column it
 * reads the same there (name, type, collation, an enum's labels), and,
 * unless the table's columns are all the same, for a query that expands `*`, joins
 * NATURAL or reads a whole row, no column added or gone that bears a name
 * the query writes. A NOT NULL or a default, an index or a check, a
 * column the view neither reads nor names: none changes its spelling,
 * and they are a plan's usual changes. shape is parsed on first need. */
static bool reads_table_same(const ahead_check *k, const sc_view *v, const sc_view *dv, sc_view_shape *shape,
                             const char *schema, const char *name)
{
    const sc_table *t = sc_model_table(k->declared, schema, name);
    const sc_table *lt = sc_model_table(k->l->live, schema, name);
    if (!t || !lt || !dv)
        return false;
    const sc_constraint *pk = sc_table_primary_key(t), *lpk = sc_table_primary_key(lt);
    if (pk ? !lpk || !sc_names_equal(&pk->columns, &lpk->columns) : lpk != NULL)
        return false;
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        if (r->kind != SC_REF_COLUMN || !r->column || strcmp(r->name, name) ||
            strcmp(r->schema ? r->schema : SC_DEFAULT_SCHEMA, schema))
            continue;
        const sc_column *c = sc_table_column(t, r->column), *lc = sc_table_column(lt, r->column);
        if (!c || !lc || !type_same(&c->type, &lc->type) ||
            !str_same(sc_column_collation(c), sc_column_collation(lc)) ||
            ((c->type.is_user || c->type.schema) &&
             enum_differs(k, c->type.schema ? c->type.schema : SC_DEFAULT_SCHEMA, c->type.name)))
            return false;
    }
    if (table_same_for_views(t, lt))
        return true;   /* loaded for an enum of its: the columns read said it */
    if (!shape->names)
        sc_view_shape_of(dv->query, shape);
    if (shape->wide)
        return false;
    for (int side = 0; side < 2; side++) {
        const sc_table *a = side ? lt : t, *b = side ? t : lt;
        for (size_t i = 0; i < a->columns.n; i++) {
            const char *cn = SC_VEC_AT(a->columns, i, sc_column)->name;
            if (!sc_table_column(b, cn) && sc_view_shape_names(shape, cn))
                return false;
        }
    }
    return true;
}

/* Whether the ahead spelling of declared view `name` stands: it was read
 * back, and what it reads (by the catalog's refs, transitively through
 * views) is no enum that differs, and each table over_live would load it
 * reads as it read the live one (reads_table_same). */
static bool ahead_stands(ahead_check *k, const char *schema, const char *name)
{
    const char *key = sc_qname(k->l->c->sub->arena, schema, name);
    intptr_t st = (intptr_t)sc_strmap_get(k->state, key);
    if (st)
        return st == 2;   /* a cycle (1) cannot be declared: the server refused it */
    sc_strmap_put(k->state, key, (void *)(intptr_t)1);
    const sc_view *v = sc_model_view(k->ahead, schema, name);
    bool ok = v != NULL && v->refs_known;
    sc_view_shape shape = {0};
    for (size_t i = 0; ok && i < (v ? v->refs.n : 0); i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        const char *rs = r->schema ? r->schema : SC_DEFAULT_SCHEMA;
        if (r->kind == SC_REF_TYPE)
            ok = !enum_differs(k, rs, r->name);
        else if (r->kind == SC_REF_RELATION || r->kind == SC_REF_COLUMN) {
            if (in_map(k->l->tables, k->l->c->sub->arena, rs, r->name))
                ok = reads_table_same(k, v, sc_model_view(k->declared, schema, name), &shape, rs, r->name);
            else if (sc_model_view(k->declared, rs, r->name) && (strcmp(rs, schema) || strcmp(r->name, name)))
                ok = ahead_stands(k, rs, r->name);
        }
    }
    sc_view_shape_free(&shape);
    sc_strmap_put(k->state, key, (void *)(intptr_t)(ok ? 2 : 3));
    return ok;
}

size_t sc_pg_views_not_ahead(const sc_model *declared, const sc_model *live, const sc_model *ahead,
                             const sc_view *const *views, size_t n, const sc_view **out, sc_model **standing)
{
    *standing = NULL;
    if (!ahead || declared->utypes.n) {
        memcpy(out, views, n * sizeof *out);
        return n;
    }
    closure c;
    closure_of(&c, declared, views, n);
    live_load l = {&c, live, sc_strmap_new(), sc_strmap_new()};
    choose_loads(&l);
    ahead_check k = {declared, ahead, &l, sc_strmap_new()};
    size_t nout = 0;
    for (size_t i = 0; i < n; i++)
        if (!ahead_stands(&k, views[i]->schema, views[i]->name))
            out[nout++] = views[i];
    /* the closure's views whose spelling stands, as sc_normalize_pg_views
     * would have returned them (the views read with the given ones too) */
    *standing = sc_model_new();
    for (size_t i = 0; i < c.pending.n; i++) {
        const sc_view *v = SC_VEC_AT(c.pending, i, sc_view);
        if (ahead_stands(&k, v->schema, v->name))
            sc_model_share_view(*standing, sc_model_view(ahead, v->schema, v->name));
    }
    sc_model_sort(*standing);
    sc_strmap_free(k.state);
    sc_strmap_free(l.tables);
    sc_strmap_free(l.types);
    closure_free(&c);
    return nout;
}
