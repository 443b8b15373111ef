/* objects_ext.c - extensions and collations in the model: adding, finding,
 * sorting, sharing. Their maps are made on first use, so that a model
 * without any costs nothing. */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

sc_extension *sc_model_add_extension(sc_model *m, const char *name)
{
    if (!m->extension_map)
        m->extension_map = sc_strmap_new();
    if (sc_strmap_has(m->extension_map, name))
        return NULL;
    sc_extension *e = sc_arena_alloc(m->arena, sizeof *e);
    e->name = sc_arena_strdup(m->arena, name);
    sc_strmap_put(m->extension_map, e->name, e);
    sc_vec_push(m->arena, &m->extensions, e);
    return e;
}

sc_collation *sc_model_add_collation(sc_model *m, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (!m->collation_map)
        m->collation_map = sc_strmap_new();
    const char *key = sc_qname(m->arena, schema, name);
    if (sc_strmap_has(m->collation_map, key))
        return NULL;
    sc_collation *c = sc_arena_alloc(m->arena, sizeof *c);
    c->schema = sc_arena_strdup(m->arena, schema);
    c->name = sc_arena_strdup(m->arena, name);
    c->deterministic = true;
    sc_strmap_put(m->collation_map, key, c);
    sc_vec_push(m->arena, &m->collations, c);
    return c;
}

sc_extension *sc_model_extension(const sc_model *m, const char *name)
{
    return m->extension_map ? sc_strmap_get(m->extension_map, name) : NULL;
}

sc_collation *sc_model_collation(const sc_model *m, const char *schema, const char *name)
{
    if (!m->collation_map)
        return NULL;
    char *k = malloc(strlen(schema ? schema : SC_DEFAULT_SCHEMA) + strlen(name) + 2);
    if (!k)
        abort();
    strcpy(k, schema ? schema : SC_DEFAULT_SCHEMA);
    strcat(k, ".");
    strcat(k, name);
    sc_collation *c = sc_strmap_get(m->collation_map, k);
    free(k);
    return c;
}

/* A column's collation is stored as the name (the catalog's collname, or
 * the DSL's word); "schema.name" when written qualified. */
const sc_collation *sc_model_collation_named(const sc_model *m, const char *collation)
{
    if (!collation || !m->collations.n)
        return NULL;
    const sc_collation *c = sc_model_collation(m, NULL, collation);
    if (c)
        return c;
    const char *dot = strchr(collation, '.');
    if (!dot)
        return NULL;
    char *schema = strndup(collation, (size_t)(dot - collation));
    if (!schema)
        abort();
    c = sc_model_collation(m, schema, dot + 1);
    free(schema);
    return c;
}

const sc_extension *sc_model_type_extension(const sc_model *m, const sc_type *t)
{
    if (!t || !t->name || !m->extensions.n)
        return NULL;
    const char *schema = t->schema ? t->schema : SC_DEFAULT_SCHEMA;
    size_t ls = strlen(schema);
    for (size_t i = 0; i < m->extensions.n; i++) {
        const sc_extension *e = SC_VEC_AT(m->extensions, i, sc_extension);
        for (size_t j = 0; j < e->types.n; j++) {
            const char *q = e->types.items[j];
            if (!strncmp(q, schema, ls) && q[ls] == '.' && !strcmp(q + ls + 1, t->name))
                return e;
        }
    }
    return NULL;
}

void sc_model_share_ext(sc_model *dst, const sc_model *src,
                        const char *(*map)(const char *schema, void *arg),
                        bool (*keep)(const char *schema, void *arg), void *arg)
{
    for (size_t i = 0; i < src->extensions.n; i++) {
        const sc_extension *e = SC_VEC_AT(src->extensions, i, sc_extension);
        if (keep && e->schema && !keep(e->schema, arg))
            continue;
        sc_extension *n = sc_model_add_extension(dst, e->name);
        if (!n)
            continue;
        const char *nn = n->name;
        *n = *e;
        n->name = nn;
        if (map && e->schema)
            n->schema = sc_arena_strdup(dst->arena, map(e->schema, arg));
    }
    for (size_t i = 0; i < src->collations.n; i++) {
        const sc_collation *c = SC_VEC_AT(src->collations, i, sc_collation);
        if (keep && !keep(c->schema, arg))
            continue;
        const char *schema = map ? map(c->schema, arg) : c->schema;
        sc_collation *n = sc_model_add_collation(dst, schema, c->name);
        if (!n)
            continue;
        const char *ns = n->schema;
        *n = *c;
        n->schema = ns;
    }
}

bool sc_collation_same(const sc_collation *x, const sc_collation *y)
{
#define SAME(f) ((!x->f || !*x->f) ? (!y->f || !*y->f) : (y->f && !strcmp(x->f, y->f)))
    return x->icu == y->icu && x->deterministic == y->deterministic && SAME(locale) && SAME(lc_collate) &&
           SAME(lc_ctype);
#undef SAME
}

static int cmp_ext(const void *a, const void *b)
{
    return strcmp(((const sc_extension *)a)->name, ((const sc_extension *)b)->name);
}

static int cmp_coll(const void *a, const void *b)
{
    const sc_collation *x = a, *y = b;
    int r = strcmp(x->schema, y->schema);
    return r ? r : strcmp(x->name, y->name);
}

void sc_model_sort_ext(sc_model *m)
{
    sc_vec_sort(&m->extensions, cmp_ext);
    sc_vec_sort(&m->collations, cmp_coll);
}

void sc_model_free_ext(sc_model *m)
{
    sc_strmap_free(m->extension_map);
    sc_strmap_free(m->collation_map);
}
