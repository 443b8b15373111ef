/* key_types.c - the type and collation of the partition key expressions
 * of a model, as the server makes them (parts7, issue 12), for the order
 * of the partitions' bounds (diff_partition_bounds.c): a key of
 * `lower(name)` or `(name COLLATE "x")` orders text as its collation
 * does, which the model alone cannot say. */
#include <string.h>

#include "emit/ddl.h"
#include "inspect/inspect.h"
#include "model/partition_key.h"
#include "model/strmap.h"
#include "pipeline/key_types.h"

/* The columns a partitioned table has (its own, then its parents', each
 * name once), as a row of typed NULLs. */
typedef struct cols {
    const sc_model *m;
    sc_strbuf *b;
    sc_strmap *seen;
} cols;

static void add_table(cols *c, const sc_table *t);

static void add_parent(const char *schema, const char *name, void *arg)
{
    cols *c = arg;
    const sc_table *p = sc_model_table(c->m, schema, name);
    if (p)
        add_table(c, p);
}

static void add_table(cols *c, const sc_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *col = t->columns.items[i];
        if (sc_strmap_has(c->seen, col->name))
            continue;
        sc_strmap_put(c->seen, col->name, NULL);
        if (c->b->len)
            sc_sb_puts(c->b, ", ");
        sc_sb_puts(c->b, "NULL::");
        sc_ddl_type(c->b, &col->type);
        if (sc_column_collation(col)) {
            sc_sb_puts(c->b, " COLLATE ");
            sc_ddl_collation(c->b, sc_column_collation(col), SC_DIALECT_POSTGRESQL);
        }
        sc_sb_puts(c->b, " AS ");
        sc_ddl_ident(c->b, SC_DIALECT_POSTGRESQL, col->name);
    }
    sc_table_each_parent(t, add_parent, c);
}

/* pg_collation_for's "default" is the database's; others as the model
 * spells collations (read back through a key's COLLATE). */
static const char *canon_collation(sc_arena *a, const char *coll)
{
    if (!coll || !strcmp(coll, "\"default\""))
        return "";
    sc_pkey_elem e;
    if (sc_partition_key_elems(a, sc_arena_printf(a, "RANGE (x COLLATE %s)", coll), &e) != 1 || !e.collation)
        return coll;
    return e.collation;
}

void sc_key_types(sc_db *db, sc_model *m, sc_diags *d)
{
    if (!db || sc_db_dialect(db) != SC_DIALECT_POSTGRESQL || !m || m->key_types)
        return;
    sc_arena *a = sc_arena_new();
    sc_keybuf k = {0};
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = m->tables.items[i];
        sc_pkey_elem e[SC_PKEY_MAX];
        size_t n = sc_partition_key_elems(a, t->partition_key, e), exprs = 0;
        for (size_t j = 0; j < n; j++)
            exprs += !e[j].column;
        if (!exprs)
            continue;
        sc_strbuf b = SC_STRBUF_INIT;
        cols c = {m, &b, sc_strmap_new()};
        add_table(&c, t);
        for (size_t j = 0; j < n; j++) {
            const char *type, *coll;
            if (e[j].column || sc_pg_key_expr_type(db, sc_sb_cstr(&b), e[j].expr, a, &type, &coll, d) != 0)
                continue;
            if (!m->key_types)
                m->key_types = sc_strmap_new();
            const char *schema = t->schema ? t->schema : SC_DEFAULT_SCHEMA;
            sc_strmap_put(m->key_types, sc_keybuf_printf(&k, "%s\x1f%s\x1f%zu", schema, t->name, j),
                          (void *)sc_arena_printf(m->arena, "%s\x1f%s", type, canon_collation(a, coll)));
        }
        sc_strmap_free(c.seen);
        sc_sb_free(&b);
    }
    sc_keybuf_free(&k);
    sc_arena_free(a);
}
