/* objects_ext.c - extensions and collations in the model: adding, finding,
 * sorting, sharing. Their maps are made on first use, so that a model
 * without any costs nothing. */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

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

/* A dotted number's parts one by one ("1.10" > "1.9"); a missing part is 0. */
bool sc_extension_version_up(const char *from, const char *to)
{
    for (const char *v = from; *v; v++)
        if (!(*v >= '0' && *v <= '9') && *v != '.')
            return false;
    for (const char *v = to; *v; v++)
        if (!(*v >= '0' && *v <= '9') && *v != '.')
            return false;
    while (*from || *to) {
        char *ef, *et;
        unsigned long f = strtoul(from, &ef, 10), t = strtoul(to, &et, 10);
        if (f != t)
            return t > f;
        from = *ef == '.' ? ef + 1 : ef;
        to = *et == '.' ? et + 1 : et;
    }
    return false;
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
    if (collation[0] == '"') {   /* funcdeps: "schema"."name" */
        sc_arena *tmp = sc_arena_new();
        const char *s, *n;
        const sc_collation *q = sc_collation_ref_split(tmp, collation, &s, &n) ? sc_model_collation(m, s, n) : NULL;
        sc_arena_free(tmp);
        if (q)
            return q;
    }
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

/* ---- funcdeps: collations named with their schema ------------------------ */

const char *sc_collation_ref(sc_arena *a, const char *schema, const char *name)
{
    if (!schema || !strcmp(schema, SC_DEFAULT_SCHEMA) || !strcmp(schema, "pg_catalog"))
        return sc_arena_strdup(a, name);
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_quoted_ident(&b, schema);
    sc_sb_putc(&b, '.');
    sc_sb_quoted_ident(&b, name);
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

/* ref is exactly "schema"."name" (PostgreSQL's tokens, blanks aside). */
bool sc_collation_ref_split(sc_arena *a, const char *ref, const char **schema, const char **name)
{
    if (!ref || ref[0] != '"')
        return false;
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(ref, strlen(ref), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return false;
    const sc_tok *k[3];
    size_t n = 0;
    bool ok = true;
    for (size_t i = 0; ok && i < t.n; i++)
        if (!sc_tok_is_space(&t.items[i])) {
            ok = n < 3;
            if (ok)
                k[n++] = &t.items[i];
        }
    ok = ok && n == 3 && k[0]->kind == SC_TOK_QUOTED_IDENT && sc_tok_op_is(ref, k[1], ".") &&
         k[2]->kind == SC_TOK_QUOTED_IDENT;
    if (ok) {
        size_t cap = strlen(ref) + 1;
        char *sbuf = sc_arena_alloc(a, cap), *nbuf = sc_arena_alloc(a, cap);
        sc_tok_name(ref, k[0], sbuf, cap);
        sc_tok_name(ref, k[2], nbuf, cap);
        *schema = sbuf;
        *name = nbuf;
    }
    sc_toks_free(&t);
    return ok;
}

const char *sc_collation_ref_canon(sc_arena *a, const char *ref)
{
    const char *s, *n;
    if (!ref)
        return NULL;
    if (ref[0] == '"' && sc_collation_ref_split(a, ref, &s, &n))
        return sc_collation_ref(a, s, n);
    return sc_arena_strdup(a, ref);
}
