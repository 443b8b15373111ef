/* migration_kid_defaults.c - a table's ALTER COLUMN ... SET / DROP DEFAULT
 * recurses to its partitions and INHERITS children, over a default of
 * their own (PostgreSQL 15: `partition of m (v with options default 5)`
 * becomes the parent's new default, as does a child's local column). Each
 * descendant whose default in the target is not the parent's new one gets
 * it back right after, in both scripts. */
#include <string.h>

#include "diff/diff_int.h"
#include "emit/migration_int.h"

typedef struct reach {
    const sc_model *m;
    const char *schema, *name;
    int depth;
    bool found;
} reach;

static bool descends(const sc_model *m, const sc_table *t, const char *schema, const char *name, int depth);

static void parent_is(const char *schema, const char *name, void *arg)
{
    reach *r = arg;
    if (r->found)
        return;
    if (!strcmp(schema, r->schema) && !strcmp(name, r->name)) {
        r->found = true;
        return;
    }
    const sc_table *p = sc_model_table(r->m, schema, name);
    r->found = p && descends(r->m, p, r->schema, r->name, r->depth + 1);
}

/* t is below schema.name (a partition or INHERITS child, at any depth) */
static bool descends(const sc_model *m, const sc_table *t, const char *schema, const char *name, int depth)
{
    if (depth > 64)   /* validation refuses cycles; this only bounds the walk */
        return false;
    reach r = {m, schema, name, depth, false};
    sc_table_each_parent(t, parent_is, &r);
    return r.found;
}

typedef struct effective {
    const sc_model *m;
    const char *col;
    const char *top_schema, *top_name;
    const char *top_default;   /* the recursing table's new default */
    const char *value;
    bool known;
} effective;

static void default_of(const sc_table *t, effective *e, int depth);

static void from_parent(const char *schema, const char *name, void *arg)
{
    effective *e = arg;
    if (e->known)
        return;
    if (!strcmp(schema, e->top_schema) && !strcmp(name, e->top_name)) {
        e->value = e->top_default;
        e->known = true;
        return;
    }
    const sc_table *p = sc_model_table(e->m, schema, name);
    if (p)
        default_of(p, e, 0);
}

/* The default t has in the target: its own column's (a local column, or
 * one `with options`), else the first parent's that has one, up to the
 * recursing table. */
static void default_of(const sc_table *t, effective *e, int depth)
{
    const sc_column *c = sc_table_column(t, e->col);
    if (c) {
        e->value = c->default_expr;
        e->known = true;
        return;
    }
    if (depth < 64)
        sc_table_each_parent(t, from_parent, e);
}

void mig_kid_defaults(mig_out *o, const sc_op *op, const char *col, const char *new_default,
                      void (*set)(mig_out *o, const sc_op *op, const char *col, const char *expr))
{
    const sc_model *m = o->m_after;
    const sc_table *cur = mig_cur_table(o, op);
    for (size_t i = 0; m && i < m->tables.n; i++) {
        const sc_table *k = SC_VEC_AT(m->tables, i, sc_table);
        if (!k->parent_name && !k->inherits.n)
            continue;
        if (!descends(m, k, cur->schema, cur->name, 0))
            continue;
        effective e = {m, col, cur->schema, cur->name, new_default, NULL, false};
        default_of(k, &e, 0);
        if (!e.known || sc_default_same(o->p->arena, e.value, new_default))
            continue;
        sc_op tmp = *op;
        tmp.schema = k->schema;
        tmp.table = k->name;
        set(o, &tmp, col, e.value);
    }
}
