/* share.c - building a model out of the objects of others.
 *
 * Used to compare on the server's terms without loading a whole schema into
 * a scratch database: a sub-model holds only the tables that differ, and a
 * spliced model mixes declared and re-inspected tables. The objects are
 * shared, not copied: the source models must outlive the new one, and
 * nothing may modify a shared object through it. */
#include <string.h>

#include "model/model.h"

/* The object added to dst under `schema`, everything else as in the
 * source (NULL when the name is taken). */
static sc_enum *put_enum(sc_model *dst, const sc_enum *e, const char *schema)
{
    sc_enum *n = sc_model_add_enum(dst, schema, e->name);
    if (n) {
        const char *s = n->schema, *name = n->name;
        *n = *e;
        n->schema = s;
        n->name = name;
    }
    return n;
}

static sc_sequence *put_sequence(sc_model *dst, const sc_sequence *q, const char *schema)
{
    sc_sequence *n = sc_model_add_sequence(dst, schema, q->name);
    if (n) {
        const char *s = n->schema, *name = n->name;
        *n = *q;
        n->schema = s;
        n->name = name;
    }
    return n;
}

/* The source's vector itself, read-only: with cap == n, a push onto the
 * copy moves it to a block of its own first, so the source's is never
 * written (a model that shares every table of another costs no copy of
 * their lists: 1.6 MB at 5,000 tables). */
static sc_vec shared_vec(sc_vec v)
{
    v.cap = v.n;
    return v;
}

/* A table's own attributes; its columns, constraints and indexes are the
 * caller's to add. */
static sc_table *put_table(sc_model *dst, const sc_table *t, const char *schema)
{
    sc_table *n = sc_model_add_table(dst, schema, t->name);
    if (!n)
        return NULL;
    n->comment = t->comment;
    n->renamed_from = t->renamed_from;
    n->block_schema = t->block_schema;
    n->loc = t->loc;
    n->sqlite_autoincrement = t->sqlite_autoincrement;
    n->sqlite_without_rowid = t->sqlite_without_rowid;
    n->sqlite_strict = t->sqlite_strict;
    /* its SQLite text, storage parameters and REPLICA IDENTITY (tblprops6),
     * shared: a set copies; CLUSTER ON and statistics targets ride on the
     * shared indexes, keys and columns */
    n->more = t->more;
    n->rls_enabled = t->rls_enabled;
    n->rls_forced = t->rls_forced;
    n->policies = shared_vec(t->policies);
    /* issue 12: PostgreSQL's storage parameters (more, above), UNLOGGED */
    n->unlogged = t->unlogged;
    /* partitioning and inheritance (issue 12 items 4-5) */
    n->partition_key = t->partition_key;
    n->parent_schema = t->parent_schema;
    n->parent_name = t->parent_name;
    n->partition_bound = t->partition_bound;
    n->inherits = t->inherits;
    n->inherits_schemas = t->inherits_schemas;
    n->partition_loc = t->partition_loc;
    return n;
}


sc_table *sc_model_share_table(sc_model *dst, const sc_table *t,
                               bool (*keep)(const sc_constraint *k, void *arg), void *arg)
{
    sc_table *n = put_table(dst, t, t->schema);
    if (!n)
        return NULL;
    if (t->column_map) {   /* a wide table: its own map, through the pushes */
        for (size_t i = 0; i < t->columns.n; i++) {
            sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
            sc_table_push_column(dst, n, c);
        }
    } else {
        n->columns = shared_vec(t->columns);
    }
    if (!keep)
        n->constraints = shared_vec(t->constraints);
    for (size_t i = 0; keep && i < t->constraints.n; i++) {
        sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (keep(k, arg))
            sc_vec_push(dst->arena, &n->constraints, k);
    }
    n->indexes = shared_vec(t->indexes);
    return n;
}

sc_view *sc_model_share_view(sc_model *dst, const sc_view *v)
{
    sc_view *n = sc_model_add_view(dst, v->schema, v->name);
    if (n) {
        const char *s = n->schema, *name = n->name;
        *n = *v;
        n->schema = s;
        n->name = name;
    }
    return n;
}

void sc_model_share_types(sc_model *dst, const sc_model *src, const sc_share_filter *f)
{
    static const sc_share_filter all = {0};
    if (!f)
        f = &all;
    if (!f->schema || f->schema(SC_DEFAULT_SCHEMA, f->arg))   /* public: implicit, but its comment */
        sc_model_set_schema_comment(dst, SC_DEFAULT_SCHEMA, sc_model_schema_comment(src, SC_DEFAULT_SCHEMA));
    for (size_t i = 0; i < src->schemas.n; i++) {
        const char *name = SC_VEC_AT(src->schemas, i, const char);
        if (!f->schema || f->schema(name, f->arg)) {
            sc_model_add_schema(dst, name);
            sc_model_set_schema_comment(dst, name, sc_model_schema_comment(src, name));
        }
    }
    for (size_t i = 0; i < src->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(src->enums, i, sc_enum);
        if ((f->schema && !f->schema(e->schema, f->arg)) || (f->enumeration && !f->enumeration(e, f->arg)))
            continue;
        put_enum(dst, e, e->schema);
    }
    for (size_t i = 0; i < src->sequences.n; i++) {
        const sc_sequence *s = SC_VEC_AT(src->sequences, i, sc_sequence);
        if (f->schema && !f->schema(s->schema, f->arg))
            continue;
        sc_share_seq how = f->sequence ? f->sequence(s, f->arg) : SC_SHARE_AS_IS;
        if (how == SC_SHARE_SKIP)
            continue;
        sc_sequence *n = put_sequence(dst, s, s->schema);
        if (n && how == SC_SHARE_WITHOUT_OWNER)
            n->owned_by_table = n->owned_by_column = NULL;
    }
    /* domains, composite and range types: all of them (few, and what uses
     * them may be anywhere) */
    sc_utypes_share(dst, src, NULL, NULL);
    /* extensions and collations: few, and what the tables' types and
     * collations may need */
    sc_model_share_ext(dst, src, NULL, f->schema, f->arg);
}

/* A column that names a type of a mapped schema is copied; others shared. */
static sc_column *reschema_column(sc_model *dst, sc_column *c,
                                  const char *(*map)(const char *schema, void *arg), void *arg)
{
    if (!c->type.schema)
        return c;
    const char *s = map(c->type.schema, arg);
    if (!strcmp(s, c->type.schema))
        return c;
    sc_column *n = sc_arena_alloc(dst->arena, sizeof *n);
    *n = *c;
    n->type.schema = sc_arena_strdup(dst->arena, s);
    return n;
}

static sc_constraint *reschema_fk(sc_model *dst, sc_constraint *k,
                                  const char *(*map)(const char *schema, void *arg), void *arg)
{
    if (k->kind != SC_CON_FOREIGN_KEY)
        return k;
    const char *old = k->ref_schema ? k->ref_schema : SC_DEFAULT_SCHEMA;
    const char *s = map(old, arg);
    if (!strcmp(s, old))
        return k;
    sc_constraint *n = sc_arena_alloc(dst->arena, sizeof *n);
    *n = *k;
    n->ref_schema = sc_arena_strdup(dst->arena, s);
    return n;
}

/* A view under its mapped schema: what it reads and the types of its
 * columns follow the map; the query text does not (the caller's). */
static void reschema_view(sc_model *dst, const sc_view *v, const char *(*map)(const char *schema, void *arg),
                          void *arg)
{
    sc_view *n = sc_model_add_view(dst, map(v->schema, arg), v->name);
    if (!n)
        return;
    const char *s = n->schema, *name = n->name;
    *n = *v;
    n->schema = s;
    n->name = name;
    memset(&n->columns, 0, sizeof n->columns);
    for (size_t i = 0; i < v->columns.n; i++) {
        sc_view_column *c = SC_VEC_AT(v->columns, i, sc_view_column);
        if (c->type.schema && strcmp(map(c->type.schema, arg), c->type.schema) != 0) {
            sc_view_column *copy = sc_arena_alloc(dst->arena, sizeof *copy);
            *copy = *c;
            copy->type.schema = sc_arena_strdup(dst->arena, map(c->type.schema, arg));
            c = copy;
        }
        sc_vec_push(dst->arena, &n->columns, c);
    }
    memset(&n->refs, 0, sizeof n->refs);
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        /* functions are not loaded anywhere: they stay the database's */
        const char *rs = r->kind == SC_REF_FUNCTION ? r->schema : map(r->schema, arg);
        sc_view_add_ref(dst, n, r->kind, rs, r->name, r->column);
    }
    n->refs_known = v->refs_known;
}

sc_model *sc_model_reschema(const sc_model *src, const char *(*map)(const char *schema, void *arg),
                            void *arg)
{
    sc_model *dst = sc_model_new();
    const char *pub = map(SC_DEFAULT_SCHEMA, arg);
    if (strcmp(pub, SC_DEFAULT_SCHEMA) != 0)
        sc_model_add_schema(dst, pub);
    for (size_t i = 0; i < src->schemas.n; i++)
        sc_model_add_schema(dst, map(SC_VEC_AT(src->schemas, i, const char), arg));
    for (size_t i = 0; i < src->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(src->enums, i, sc_enum);
        put_enum(dst, e, map(e->schema, arg));
    }
    for (size_t i = 0; i < src->sequences.n; i++) {
        const sc_sequence *q = SC_VEC_AT(src->sequences, i, sc_sequence);
        put_sequence(dst, q, map(q->schema, arg));
    }
    for (size_t i = 0; i < src->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(src->tables, i, sc_table);
        sc_table *n = put_table(dst, t, map(t->schema, arg));
        if (!n)
            continue;
        for (size_t j = 0; j < t->columns.n; j++) {
            sc_column *c = reschema_column(dst, SC_VEC_AT(t->columns, j, sc_column), map, arg);
            sc_table_push_column(dst, n, c);
        }
        for (size_t j = 0; j < t->constraints.n; j++)
            sc_vec_push(dst->arena, &n->constraints,
                        reschema_fk(dst, SC_VEC_AT(t->constraints, j, sc_constraint), map, arg));
        for (size_t j = 0; j < t->indexes.n; j++)
            sc_vec_push(dst->arena, &n->indexes, t->indexes.items[j]);
        sc_table_reschema_parents(dst, n, map, arg);   /* partitioning and inheritance */
    }
    for (size_t i = 0; i < src->views.n; i++)
        reschema_view(dst, SC_VEC_AT(src->views, i, sc_view), map, arg);
    /* domains, composite and range types */
    sc_utypes_share(dst, src, map, arg);
    sc_model_share_ext(dst, src, map, NULL, arg);   /* extensions and collations */
    return dst;
}
