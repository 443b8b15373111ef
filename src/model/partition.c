/* partition.c - the parents of a table: the partitioned table of a
 * partition, the tables of INHERITS (issue 12 items 4-5). */
#include <string.h>
#include <strings.h>

#include "model/model.h"

void sc_table_each_parent(const sc_table *t, void (*fn)(const char *schema, const char *name, void *arg),
                          void *arg)
{
    if (t->parent_name)
        fn(t->parent_schema ? t->parent_schema : SC_DEFAULT_SCHEMA, t->parent_name, arg);
    for (size_t i = 0; i < t->inherits.n; i++)
        fn(t->inherits_schemas.items[i] ? t->inherits_schemas.items[i] : SC_DEFAULT_SCHEMA, t->inherits.items[i], arg);
}

bool sc_table_has_parent(const sc_table *t, const char *schema, const char *name)
{
    if (t->parent_name && !strcmp(t->parent_schema, schema) && !strcmp(t->parent_name, name))
        return true;
    for (size_t i = 0; i < t->inherits.n; i++)
        if (!strcmp(t->inherits_schemas.items[i], schema) && !strcmp(t->inherits.items[i], name))
            return true;
    return false;
}

bool sc_table_inherits_same(const sc_table *x, const sc_table *y)
{
    if (x->inherits.n != y->inherits.n)
        return false;
    for (size_t i = 0; i < x->inherits.n; i++)
        if (strcmp(x->inherits.items[i], y->inherits.items[i]) ||
            strcmp(x->inherits_schemas.items[i], y->inherits_schemas.items[i]))
            return false;
    return true;
}

static void push_name(sc_arena *a, sc_names *l, const char *s)
{
    const char **items = sc_arena_alloc(a, (l->n + 1) * sizeof *items);
    if (l->n)
        memcpy(items, l->items, l->n * sizeof *items);
    items[l->n++] = s;
    l->items = items;
}

void sc_table_add_inherits(sc_model *m, sc_table *t, const char *schema, const char *name)
{
    push_name(m->arena, &t->inherits_schemas, sc_arena_strdup(m->arena, schema ? schema : SC_DEFAULT_SCHEMA));
    push_name(m->arena, &t->inherits, sc_arena_strdup(m->arena, name));
}

void sc_table_reschema_parents(sc_model *dst, sc_table *t, const char *(*map)(const char *schema, void *arg),
                               void *arg)
{
    if (t->parent_name)
        t->parent_schema = sc_arena_strdup(dst->arena, map(t->parent_schema, arg));
    if (!t->inherits.n)
        return;
    sc_names s = {sc_arena_alloc(dst->arena, t->inherits.n * sizeof *s.items), t->inherits.n};
    for (size_t i = 0; i < t->inherits.n; i++)
        s.items[i] = sc_arena_strdup(dst->arena, map(t->inherits_schemas.items[i], arg));
    t->inherits_schemas = s;
}

bool sc_table_has_partitioning(const sc_table *t)
{
    return t->partition_key || t->parent_name || t->inherits.n;
}

size_t sc_refuse_sqlite_partitioning(const sc_model *m, sc_diags *d)
{
    size_t n = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (!sc_table_has_partitioning(t))
            continue;
        const char *what = t->partition_key ? "is partitioned (partition by)"
                         : t->parent_name   ? "is a partition (partition of)"
                                            : "inherits from another table (inherits)";
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->partition_loc.src ? t->partition_loc : t->loc,
                                  "table \"%s\" %s: SQLite has neither partitioning nor table inheritance",
                                  t->name, what);
        sc_diag_hint(dg, "declare it for PostgreSQL only, or as one plain table");
        n++;
    }
    return n;
}

/* schema.name of a declared parent, an unqualified one resolved as a
 * foreign key's target is: the table's block, then public. */
static const char *resolve(const sc_model *m, const sc_table *t, const char *schema, const char *name)
{
    if (schema)
        return schema;
    if (t->block_schema && sc_model_table(m, t->block_schema, name))
        return t->block_schema;
    if (sc_model_table(m, SC_DEFAULT_SCHEMA, name))
        return SC_DEFAULT_SCHEMA;
    return t->block_schema ? t->block_schema : SC_DEFAULT_SCHEMA;
}

static sc_diag *perr(sc_diags *d, const sc_table *t, const char *fmt, const char *a, const char *b)
{
    return sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, t->partition_loc.src ? t->partition_loc : t->loc, fmt, a, b);
}

/* Whether following t's parents comes back to t (depth-bounded). */
static bool cycles(const sc_model *m, const sc_table *start, const sc_table *t, int depth)
{
    if (depth > 64)
        return true;
    const sc_table *p[65];
    size_t n = 0;
    if (t->parent_name && t->parent_schema)
        p[n++] = sc_model_table(m, t->parent_schema, t->parent_name);
    for (size_t i = 0; i < t->inherits.n && n < 65; i++)
        if (t->inherits_schemas.items[i])
            p[n++] = sc_model_table(m, t->inherits_schemas.items[i], t->inherits.items[i]);
    for (size_t i = 0; i < n; i++)
        if (p[i] && (p[i] == start || cycles(m, start, p[i], depth + 1)))
            return true;
    return false;
}

static bool str_eq(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

static bool type_eq(const sc_type *x, const sc_type *y)
{
    return !strcmp(x->name, y->name) && str_eq(x->mods, y->mods) && x->array_dims == y->array_dims &&
           str_eq(x->schema, y->schema);
}

/* partmig: a partition declares no columns of its own (they are its
 * parent's), but may declare a parent's column again, of the same type,
 * for a default or NOT NULL of its own (PARTITION OF p (c WITH OPTIONS
 * ...)); nothing else of a column is its own. */
static void partition_columns(const sc_model *m, const sc_table *t, const sc_table *p, sc_diags *d)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_column_with_options(c))
            continue;   /* privs3: sc_inherit_options_validate */
        const sc_column *pc = sc_table_column_inherited(m, p, c->name);
        const char *why = !pc ? "a partition's columns are its parent's"
                        : !type_eq(&c->type, &pc->type) ? "its type must be its parent's column's"
                        : c->identity || c->generated || sc_column_collation(c)
                            ? "only a default and NOT NULL of its own can be declared on it" : NULL;
        if (!why)
            continue;
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, c->loc.src ? c->loc : t->loc,
                                  "column \"%s\" in partition \"%s\": %s", c->name, t->name, why);
        sc_diag_hint(dg, pc ? "declare it as the partitioned table does, with a default or `not null` of its own"
                            : "declare the column in the partitioned table");
    }
}

size_t sc_partition_validate(sc_model *m, sc_diags *d)
{
    size_t before = d->nerrors;
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (t->parent_name) {
            t->parent_schema = resolve(m, t, t->parent_schema, t->parent_name);
            const sc_table *p = sc_model_table(m, t->parent_schema, t->parent_name);
            if (!p)
                perr(d, t, "unknown table \"%s\" named by `partition of` of table \"%s\"", t->parent_name, t->name);
            else if (!p->partition_key)
                perr(d, t, "table \"%s\" is not partitioned (no `partition by`): table \"%s\" cannot be its partition",
                     p->name, t->name);
            if (t->inherits.n)
                perr(d, t, "table \"%s\" is a partition and inherits too; PostgreSQL allows one or the other%s",
                     t->name, "");
            if (p && p->partition_key)
                partition_columns(m, t, p, d);
        }
        for (size_t j = 0; j < t->inherits.n; j++) {
            const char *s = resolve(m, t, t->inherits_schemas.items[j], t->inherits.items[j]);
            t->inherits_schemas.items[j] = s;
            const sc_table *p = sc_model_table(m, s, t->inherits.items[j]);
            if (!p)
                perr(d, t, "unknown table \"%s\" named by `inherits` of table \"%s\"", t->inherits.items[j], t->name);
            else if (p->partition_key)
                perr(d, t, "table \"%s\" is partitioned: table \"%s\" cannot inherit from it", p->name, t->name);
        }
    }
    sc_inherit_options_validate(m, d);   /* privs3 */
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if ((t->parent_name || t->inherits.n) && cycles(m, t, t, 0))
            perr(d, t, "table \"%s\" is its own ancestor (partition of / inherits)%s", t->name, "");
    }
    sc_partition_own_keys_validate(m, d);   /* parts7 */
    return d->nerrors - before;
}

static const sc_column *column_ci(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (!strcasecmp(c->name, name))
            return c;
    }
    return NULL;
}

static const sc_column *column_up(const sc_model *m, const sc_table *t, const char *name, bool ci, int depth)
{
    const sc_column *c = sc_table_column(t, name);
    if (!c && ci)
        c = column_ci(t, name);
    if (c || depth > 64)
        return c;
    if (t->parent_name && t->parent_schema) {
        const sc_table *p = sc_model_table(m, t->parent_schema, t->parent_name);
        if (p && (c = column_up(m, p, name, ci, depth + 1)))
            return c;
    }
    for (size_t i = 0; i < t->inherits.n; i++) {
        const sc_table *p = t->inherits_schemas.items && t->inherits_schemas.items[i]
                                ? sc_model_table(m, t->inherits_schemas.items[i], t->inherits.items[i]) : NULL;
        if (p && (c = column_up(m, p, name, ci, depth + 1)))
            return c;
    }
    return NULL;
}

const sc_column *sc_table_column_inherited(const sc_model *m, const sc_table *t, const char *name)
{
    return column_up(m, t, name, false, 0);
}

const sc_column *sc_table_column_inherited_ci(const sc_model *m, const sc_table *t, const char *name)
{
    return column_up(m, t, name, true, 0);
}
