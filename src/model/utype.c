/* utype.c - domains, composite and range types in the model: adding,
 * looking up, sorting, sharing, and the order they are created in. */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

const char *sc_utype_kind_name(sc_utype_kind k)
{
    switch (k) {
    case SC_UTYPE_DOMAIN: return "domain";
    case SC_UTYPE_COMPOSITE: return "composite type";
    default: return "range type";
    }
}

static const char *key(sc_arena *a, const char *schema, const char *name)
{
    return sc_qname(a, schema ? schema : SC_DEFAULT_SCHEMA, name);
}

sc_utype *sc_model_add_utype(sc_model *m, sc_utype_kind kind, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (sc_model_utype(m, schema, name))
        return NULL;
    sc_utype *u = sc_arena_alloc(m->arena, sizeof *u);
    u->kind = kind;
    u->schema = sc_arena_strdup(m->arena, schema);
    u->name = sc_arena_strdup(m->arena, name);
    sc_strmap_put(m->utype_map, key(m->arena, schema, name), u);
    sc_vec_push(m->arena, &m->utypes, u);
    return u;
}

sc_utype *sc_model_utype(const sc_model *m, const char *schema, const char *name)
{
    if (!m->utypes.n || !name)
        return NULL;
    /* a lookup key on the stack: lookups must not grow the arena */
    char buf[256];
    const char *s = schema ? schema : SC_DEFAULT_SCHEMA;
    size_t ls = strlen(s), ln = strlen(name);
    char *k = ls + ln + 2 <= sizeof buf ? buf : malloc(ls + ln + 2);
    if (!k)
        abort();
    memcpy(k, s, ls);
    k[ls] = '.';
    memcpy(k + ls + 1, name, ln + 1);
    sc_utype *u = sc_strmap_get(m->utype_map, k);
    if (k != buf)
        free(k);
    return u;
}

const sc_utype *sc_model_utype_of(const sc_model *m, const sc_type *t)
{
    if (!m || !t || !t->name)
        return NULL;
    return sc_model_utype(m, t->schema, t->name);
}

sc_domain_check *sc_utype_add_check(sc_model *m, sc_utype *u, const char *name, const char *expr)
{
    sc_domain_check *k = sc_arena_alloc(m->arena, sizeof *k);
    k->name = name ? sc_arena_strdup(m->arena, name) : NULL;
    k->expr = expr ? sc_arena_strdup(m->arena, expr) : NULL;
    sc_vec_push(m->arena, &u->checks, k);
    return k;
}

sc_type_attr *sc_utype_add_attr(sc_model *m, sc_utype *u, const char *name)
{
    sc_type_attr *at = sc_arena_alloc(m->arena, sizeof *at);
    at->name = sc_arena_strdup(m->arena, name);
    sc_vec_push(m->arena, &u->attrs, at);
    return at;
}

void sc_utype_each_type(const sc_utype *u, void (*fn)(const sc_type *t, void *arg), void *arg)
{
    if (u->kind != SC_UTYPE_COMPOSITE) {
        fn(&u->base, arg);
        return;
    }
    for (size_t i = 0; i < u->attrs.n; i++)
        fn(&SC_VEC_AT(u->attrs, i, sc_type_attr)->type, arg);
}

/* ---- order -------------------------------------------------------------- */

typedef struct order {
    const sc_model *m;
    const sc_utype **out;
    size_t n;
    sc_strmap *state;   /* key -> 1 visiting, 2 placed */
} order;

static void visit(order *o, const sc_utype *u);

static void visit_type(const sc_type *t, void *arg)
{
    order *o = arg;
    const sc_utype *d = sc_model_utype_of(o->m, t);
    if (d)
        visit(o, d);
}

static void visit(order *o, const sc_utype *u)
{
    static int visiting = 1, placed = 2;
    const char *k = key(o->m->arena, u->schema, u->name);
    if (sc_strmap_has(o->state, k))
        return;   /* placed, or a cycle (validation's to report) */
    sc_strmap_put(o->state, k, &visiting);
    sc_utype_each_type(u, visit_type, o);
    sc_strmap_put(o->state, k, &placed);
    o->out[o->n++] = u;
}

const sc_utype **sc_utypes_ordered(const sc_model *m)
{
    order o = {m, calloc(m->utypes.n + 1, sizeof *o.out), 0, sc_strmap_new()};
    if (!o.out)
        abort();
    for (size_t i = 0; i < m->utypes.n; i++)
        visit(&o, SC_VEC_AT(m->utypes, i, sc_utype));
    sc_strmap_free(o.state);
    return o.out;
}

/* ---- sorting, sharing ------------------------------------------------------- */

static int cmp_utype(const void *a, const void *b)
{
    const sc_utype *x = a, *y = b;
    int r = strcmp(x->schema, y->schema);
    return r ? r : strcmp(x->name, y->name);
}

static int cmp_check(const void *a, const void *b)
{
    const sc_domain_check *x = a, *y = b;
    return strcmp(x->name ? x->name : "", y->name ? y->name : "");
}

void sc_utypes_sort(sc_model *m)
{
    sc_vec_sort(&m->utypes, cmp_utype);
    for (size_t i = 0; i < m->utypes.n; i++)
        sc_vec_sort(&SC_VEC_AT(m->utypes, i, sc_utype)->checks, cmp_check);
}

static void map_type(sc_model *dst, sc_type *t, const char *(*map)(const char *, void *), void *arg)
{
    if (t->schema)
        t->schema = sc_arena_strdup(dst->arena, map(t->schema, arg));
}

void sc_utypes_share(sc_model *dst, const sc_model *src, const char *(*map)(const char *schema, void *arg),
                     void *arg)
{
    for (size_t i = 0; i < src->utypes.n; i++) {
        const sc_utype *u = SC_VEC_AT(src->utypes, i, sc_utype);
        sc_utype *n = sc_model_add_utype(dst, u->kind, map ? map(u->schema, arg) : u->schema, u->name);
        if (!n)
            continue;
        const char *s = n->schema, *name = n->name;
        *n = *u;
        n->schema = s;
        n->name = name;
        if (!map)
            continue;
        map_type(dst, &n->base, map, arg);
        memset(&n->attrs, 0, sizeof n->attrs);
        for (size_t j = 0; j < u->attrs.n; j++) {
            sc_type_attr *at = sc_arena_alloc(dst->arena, sizeof *at);
            *at = *SC_VEC_AT(u->attrs, j, sc_type_attr);
            map_type(dst, &at->type, map, arg);
            sc_vec_push(dst->arena, &n->attrs, at);
        }
    }
}

const char *sc_utype_multirange(sc_arena *a, const sc_utype *u)
{
    if (u->multirange) {   /* as SQL writes it: a quoted name unquoted */
        size_t n = strlen(u->multirange);
        if (n >= 2 && u->multirange[0] == '"')
            return sc_arena_strndup(a, u->multirange + 1, n - 2);
        return u->multirange;
    }
    const char *p = strstr(u->name, "range");
    if (p)
        return sc_arena_printf(a, "%.*smultirange%s", (int)(p - u->name), u->name, p + 5);
    return sc_arena_printf(a, "%s_multirange", u->name);
}

void sc_utypes_adopt_hints(sc_model *m, const sc_model *declared)
{
    for (size_t i = 0; m && declared && i < m->utypes.n; i++) {
        sc_utype *u = SC_VEC_AT(m->utypes, i, sc_utype);
        const sc_utype *d = sc_model_utype(declared, u->schema, u->name);
        if (!d || d->kind != SC_UTYPE_COMPOSITE || u->kind != SC_UTYPE_COMPOSITE)
            continue;
        for (size_t j = 0; j < u->attrs.n; j++) {
            sc_type_attr *at = SC_VEC_AT(u->attrs, j, sc_type_attr);
            for (size_t k = 0; k < d->attrs.n; k++) {
                const sc_type_attr *da = SC_VEC_AT(d->attrs, k, sc_type_attr);
                if (!strcmp(da->name, at->name) && da->renamed_from)
                    at->renamed_from = sc_arena_strdup(m->arena, da->renamed_from);
            }
        }
    }
}
