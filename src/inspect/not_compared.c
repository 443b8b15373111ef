/* not_compared.c - the objects a database holds and the model does not,
 * gathered over one or more inspections (the schemas of a database read in
 * two rounds, two databases compared) and named once: one warning line per
 * kind, its objects sorted and each named once (inspect.h). */
#include <stdlib.h>
#include <string.h>

#include "inspect/inspect.h"
#include "model/strbuf.h"
#include "model/strmap.h"

/* Names shown per kind; the rest are counted. */
#define SHOWN 5

typedef struct nc_item {
    char *kind, *plural, *name;
} nc_item;

struct sc_not_compared {
    nc_item *items;
    size_t n, cap;
    sc_strmap *seen;   /* "kind\x1fname" */
};

sc_not_compared *sc_not_compared_new(void)
{
    sc_not_compared *nc = calloc(1, sizeof *nc);
    if (!nc)
        abort();
    nc->seen = sc_strmap_new();
    return nc;
}

static char *dup(const char *s)
{
    char *d = strdup(s);
    if (!d)
        abort();
    return d;
}

void sc_not_compared_add(sc_not_compared *nc, const char *kind, const char *plural, const char *name)
{
    sc_strbuf key = SC_STRBUF_INIT;
    sc_sb_printf(&key, "%s\x1f%s", kind, name);
    bool seen = sc_strmap_has(nc->seen, sc_sb_cstr(&key));
    if (!seen)
        sc_strmap_put(nc->seen, sc_sb_cstr(&key), NULL);
    sc_sb_free(&key);
    if (seen)
        return;
    if (nc->n == nc->cap) {
        nc->cap = nc->cap ? 2 * nc->cap : 16;
        nc->items = realloc(nc->items, nc->cap * sizeof *nc->items);
        if (!nc->items)
            abort();
    }
    nc->items[nc->n++] = (nc_item){dup(kind), dup(plural), dup(name)};
}

static int by_kind_name(const void *a, const void *b)
{
    const nc_item *x = a, *y = b;
    int r = strcmp(x->kind, y->kind);
    return r ? r : strcmp(x->name, y->name);
}

void sc_not_compared_warn(sc_not_compared *nc, sc_diags *d)
{
    if (!nc->n)
        return;
    qsort(nc->items, nc->n, sizeof *nc->items, by_kind_name);
    size_t i = 0;
    while (i < nc->n) {
        size_t end = i;
        while (end < nc->n && !strcmp(nc->items[end].kind, nc->items[i].kind))
            end++;
        size_t count = end - i;
        sc_strbuf names = SC_STRBUF_INIT;
        for (size_t k = i; k < end && k < i + SHOWN; k++)
            sc_sb_printf(&names, "%s%s", k > i ? ", " : "", nc->items[k].name);
        if (count > SHOWN)
            sc_sb_printf(&names, ", and %zu more", count - SHOWN);
        sc_warn(d, "%s%zu %s (%s)", SC_NOT_COMPARED, count, count == 1 ? nc->items[i].kind : nc->items[i].plural,
                sc_sb_cstr(&names));
        sc_sb_free(&names);
        i = end;
    }
}

void sc_not_compared_free(sc_not_compared *nc)
{
    if (!nc)
        return;
    for (size_t i = 0; i < nc->n; i++) {
        free(nc->items[i].kind);
        free(nc->items[i].plural);
        free(nc->items[i].name);
    }
    free(nc->items);
    sc_strmap_free(nc->seen);
    free(nc);
}
