/* bound_order.c - the server's order of the text values of a model's
 * partition bounds (parts6, issue 12), for the names foreseen for the
 * partitions' copies of their parents' indexes (diff_partition_bounds.c):
 * PostgreSQL copies an index onto the partitions in the order of their
 * bounds, which for a text key is its collation's. */
#include <stdlib.h>
#include <string.h>

#include "emit/ddl.h"
#include "pipeline/bound_order.h"
#include "pipeline/key_types.h"

/* The values of one collation. */
typedef struct coll_values {
    const char *coll;   /* NULL: the database's default */
    sc_vec values;      /* const char*, each once */
} coll_values;

typedef struct collect {
    sc_arena *a;
    sc_vec colls;       /* coll_values* */
    sc_strmap *seen;    /* "collation\x1fvalue" */
    sc_keybuf k;
} collect;

static void each(const char *coll, const char *value, void *arg)
{
    collect *c = arg;
    const char *key = sc_keybuf_printf(&c->k, "%s\x1f%s", coll ? coll : "", value);
    if (sc_strmap_has(c->seen, key))
        return;
    sc_strmap_put(c->seen, key, NULL);
    value = sc_arena_strdup(c->a, value);   /* the callback's texts live only as long as it does */
    coll_values *cv = NULL;
    for (size_t i = 0; i < c->colls.n && !cv; i++) {
        coll_values *x = c->colls.items[i];
        if (x->coll ? coll && !strcmp(x->coll, coll) : !coll)
            cv = x;
    }
    if (!cv) {
        cv = sc_arena_alloc(c->a, sizeof *cv);
        memset(cv, 0, sizeof *cv);
        cv->coll = coll ? sc_arena_strdup(c->a, coll) : NULL;
        sc_vec_push(c->a, &c->colls, cv);
    }
    sc_vec_push(c->a, &cv->values, (void *)value);
}

/* One collation's values sorted by the server, their ranks put in m. */
static void rank(sc_db *db, sc_model *m, const coll_values *cv, sc_diags *d)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (cv->coll)
        sc_ddl_collation(&b, cv->coll, SC_DIALECT_POSTGRESQL);
    size_t n = cv->values.n, *order = malloc(n * sizeof *order);
    if (!order)
        abort();
    if (sc_pg_sort_texts(db, cv->coll ? sc_sb_cstr(&b) : NULL, (const char *const *)cv->values.items, n, order, d) ==
        0) {
        if (!m->text_order)
            m->text_order = sc_strmap_new();
        for (size_t k = 0; k < n; k++) {
            const char *v = cv->values.items[order[k]];
            sc_strmap_put(m->text_order, sc_arena_printf(m->arena, "%s\x1f%s", cv->coll ? cv->coll : "", v),
                          (void *)(uintptr_t)(k + 1));
        }
    }
    free(order);
    sc_sb_free(&b);
}

void sc_bound_order(sc_db *db, sc_model *m, sc_diags *d)
{
    if (!db || sc_db_dialect(db) != SC_DIALECT_POSTGRESQL || !m || m->text_order)
        return;
    sc_key_types(db, m, d);   /* parts7: a key expression's type and collation first */
    collect c = {.a = sc_arena_new(), .seen = sc_strmap_new()};
    sc_partition_text_bounds(m, each, &c);
    for (size_t i = 0; i < c.colls.n; i++)
        rank(db, m, c.colls.items[i], d);
    sc_keybuf_free(&c.k);
    sc_strmap_free(c.seen);
    sc_arena_free(c.a);
}
