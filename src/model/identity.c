/* identity.c - an identity column's sequence options (issue 12): the
 * values in effect, PostgreSQL's defaults filled in, so that a declared
 * column, a JSON model and a catalog say the same thing the same way. */
#include <string.h>

#include "model/model.h"

long long sc_identity_type_max(const sc_type *t)
{
    if (t && t->name && !t->array_dims && !strcmp(t->name, "smallint"))
        return 32767;
    if (t && t->name && !t->array_dims && !strcmp(t->name, "integer"))
        return 2147483647;
    return 9223372036854775807LL;
}

/* The defaults for a sequence of type t going by `increment`. */
static void defaults(const sc_type *t, long long increment, sc_identity_opts *d)
{
    long long tmax = sc_identity_type_max(t), tmin = -tmax - 1;
    d->increment = increment;
    d->min_value = increment > 0 ? 1 : tmin;
    d->max_value = increment > 0 ? tmax : -1;
    d->start = increment > 0 ? d->min_value : d->max_value;
    d->cache = 1;
    d->cycle = false;
}

static bool same(const sc_identity_opts *x, const sc_identity_opts *y)
{
    return x->start == y->start && x->increment == y->increment && x->min_value == y->min_value &&
           x->max_value == y->max_value && x->cache == y->cache && x->cycle == y->cycle;
}

const sc_identity_opts *sc_identity_resolve(sc_arena *a, const sc_type *t, const sc_identity_given *g)
{
    sc_identity_opts v;
    defaults(t, g->has_increment && g->v.increment ? g->v.increment : 1, &v);
    if (g->has_min)
        v.min_value = g->v.min_value;
    if (g->has_max)
        v.max_value = g->v.max_value;
    v.start = g->has_start ? g->v.start : v.increment > 0 ? v.min_value : v.max_value;
    if (g->has_cache)
        v.cache = g->v.cache;
    v.cycle = g->v.cycle;
    sc_identity_opts plain;
    defaults(t, 1, &plain);
    if (same(&v, &plain))
        return NULL;
    sc_identity_opts *r = sc_arena_alloc(a, sizeof *r);
    *r = v;
    return r;
}

bool sc_identity_opts_same(const struct sc_column *x, const struct sc_column *y)
{
    sc_identity_opts dx, dy;
    defaults(&x->type, 1, &dx);
    defaults(&y->type, 1, &dy);
    return same(sc_column_identity_opts(x) ? sc_column_identity_opts(x) : &dx, sc_column_identity_opts(y) ? sc_column_identity_opts(y) : &dy);
}

/* ---- column storage and compression (issue 12) --------------------------- */

const char *sc_storage_name(char code)
{
    switch (code) {
    case 'p': return "plain";
    case 'e': return "external";
    case 'm': return "main";
    case 'x': return "extended";
    default: return NULL;
    }
}

char sc_storage_code(const char *name)
{
    static const char codes[] = "pemx";
    for (int i = 0; codes[i]; i++)
        if (!strcmp(name, sc_storage_name(codes[i])))
            return codes[i];
    return 0;
}

const char *sc_compression_name(char code)
{
    return code == 'p' ? "pglz" : code == 'l' ? "lz4" : NULL;
}

char sc_compression_code(const char *name)
{
    return !strcmp(name, "pglz") ? 'p' : !strcmp(name, "lz4") ? 'l' : 0;
}
