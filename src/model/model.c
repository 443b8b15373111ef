/* model.c - creating, finding and ordering the objects of a model. */
#include "model/model.h"

#include <stdlib.h>
#include <string.h>

const char *sc_dialect_name(sc_dialect d)
{
    return d == SC_DIALECT_SQLITE ? "sqlite" : "postgresql";
}

int sc_dialect_from_name(const char *s, sc_dialect *out)
{
    if (!strcmp(s, "postgresql") || !strcmp(s, "postgres") || !strcmp(s, "pg")) {
        *out = SC_DIALECT_POSTGRESQL;
        return 0;
    }
    if (!strcmp(s, "sqlite") || !strcmp(s, "sqlite3")) {
        *out = SC_DIALECT_SQLITE;
        return 0;
    }
    return -1;
}

const char *sc_fk_action_sql(sc_fk_action a)
{
    switch (a) {
    case SC_FK_RESTRICT: return "RESTRICT";
    case SC_FK_CASCADE: return "CASCADE";
    case SC_FK_SET_NULL: return "SET NULL";
    case SC_FK_SET_DEFAULT: return "SET DEFAULT";
    default: return "NO ACTION";
    }
}

sc_model *sc_model_new(void)
{
    sc_arena *a = sc_arena_new();
    sc_model *m = sc_arena_alloc(a, sizeof *m);
    m->arena = a;
    m->schema_map = sc_strmap_new();
    m->enum_map = sc_strmap_new();
    m->table_map = sc_strmap_new();
    m->sequence_map = sc_strmap_new();
    m->view_map = sc_strmap_new();
    /* domains, composite and range types */
    m->utype_map = sc_strmap_new();
    return m;
}

void sc_model_free(sc_model *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->tables.n; i++)
        sc_strmap_free(SC_VEC_AT(m->tables, i, sc_table)->column_map);
    sc_strmap_free(m->schema_map);
    sc_strmap_free(m->enum_map);
    sc_strmap_free(m->table_map);
    sc_strmap_free(m->sequence_map);
    sc_strmap_free(m->view_map);
    /* domains, composite and range types */
    sc_strmap_free(m->utype_map);
    sc_model_free_ext(m);   /* extensions and collations */
    sc_strmap_free(m->function_map);   /* functions and triggers (routine.c) */
    sc_strmap_free(m->trigger_map);
    if (m->schema_comments)
        sc_strmap_free(m->schema_comments);
    sc_strmap_free(m->schema_locs);
    sc_strmap_free(m->text_order);   /* parts6 */
    sc_strmap_free(m->key_types);   /* parts7 */
    for (size_t i = 0; i < m->owned.n; i++)
        free(m->owned.items[i]);
    sc_model_unmap_srcs(m);   /* memory (issue 10): mapped source texts */
    sc_arena_free(m->arena);   /* m itself lives in its arena */
}

const char *sc_qname(sc_arena *a, const char *schema, const char *name)
{
    return sc_arena_printf(a, "%s.%s", schema ? schema : SC_DEFAULT_SCHEMA, name);
}

/* The map key without an arena allocation per lookup: short names go on the
 * stack, long ones on the heap. */
#define KEYBUF 256
static const char *key_of(char *buf, const char *schema, const char *name, char **heap)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    size_t ls = strlen(schema), ln = strlen(name);
    char *k = buf;
    *heap = NULL;
    if (ls + ln + 2 > KEYBUF) {
        k = *heap = malloc(ls + ln + 2);
        if (!k)
            abort();
    }
    memcpy(k, schema, ls);
    k[ls] = '.';
    memcpy(k + ls + 1, name, ln + 1);
    return k;
}

static void *lookup(sc_strmap *map, const char *schema, const char *name)
{
    char buf[KEYBUF], *heap;
    const char *k = key_of(buf, schema, name, &heap);
    void *v = sc_strmap_get(map, k);
    free(heap);
    return v;
}

static bool insert(sc_strmap *map, const char *schema, const char *name, void *obj)
{
    char buf[KEYBUF], *heap;
    const char *k = key_of(buf, schema, name, &heap);
    bool fresh = !sc_strmap_has(map, k);
    if (fresh)
        sc_strmap_put(map, k, obj);
    free(heap);
    return fresh;
}

bool sc_model_add_schema(sc_model *m, const char *name)
{
    if (sc_strmap_has(m->schema_map, name))
        return false;
    char *n = sc_arena_strdup(m->arena, name);
    sc_strmap_put(m->schema_map, n, n);
    sc_vec_push(m->arena, &m->schemas, n);
    return true;
}

sc_table *sc_model_add_table(sc_model *m, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (lookup(m->table_map, schema, name))
        return NULL;
    sc_table *t = sc_arena_alloc(m->arena, sizeof *t);
    t->schema = sc_arena_strdup(m->arena, schema);
    t->name = sc_arena_strdup(m->arena, name);
    insert(m->table_map, schema, name, t);
    sc_vec_push(m->arena, &m->tables, t);
    return t;
}

/* t itself, not a copy (sc_model_link_table in model.h). A table with a
 * column map is copied: sc_model_free frees the maps of its tables. */
const sc_table *sc_model_link_table(sc_model *m, const sc_table *t)
{
    if (t->column_map)
        return sc_model_share_table(m, t, NULL, NULL);
    if (!insert(m->table_map, t->schema, t->name, (void *)t))
        return NULL;
    sc_vec_push(m->arena, &m->tables, (void *)t);
    return t;
}

sc_enum *sc_model_add_enum(sc_model *m, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (lookup(m->enum_map, schema, name))
        return NULL;
    sc_enum *e = sc_arena_alloc(m->arena, sizeof *e);
    e->schema = sc_arena_strdup(m->arena, schema);
    e->name = sc_arena_strdup(m->arena, name);
    insert(m->enum_map, schema, name, e);
    sc_vec_push(m->arena, &m->enums, e);
    return e;
}

sc_sequence *sc_model_add_sequence(sc_model *m, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (lookup(m->sequence_map, schema, name))
        return NULL;
    sc_sequence *s = sc_arena_alloc(m->arena, sizeof *s);
    s->schema = sc_arena_strdup(m->arena, schema);
    s->name = sc_arena_strdup(m->arena, name);
    s->type = "bigint";
    s->start = 1;
    s->increment = 1;
    s->cache = 1;
    insert(m->sequence_map, schema, name, s);
    sc_vec_push(m->arena, &m->sequences, s);
    return s;
}

/* Most tables have a few columns: a linear search over them is faster
 * than hashing the name, and a map per table costs more memory than the
 * table's columns (7 MB for 10,000 tables). Wider tables get one. */
#define SC_COLUMN_MAP_MIN 16

void sc_table_push_column(sc_model *m, sc_table *t, sc_column *c)
{
    sc_vec_push(m->arena, &t->columns, c);
    if (!t->column_map && t->columns.n > SC_COLUMN_MAP_MIN) {
        t->column_map = sc_strmap_new();
        for (size_t i = 0; i + 1 < t->columns.n; i++) {
            sc_column *o = SC_VEC_AT(t->columns, i, sc_column);
            sc_strmap_put(t->column_map, o->name, o);
        }
    }
    if (t->column_map)
        sc_strmap_put(t->column_map, c->name, c);
}

static sc_column *add_column(sc_model *m, sc_table *t, const char *name, bool copy)
{
    if (sc_table_column(t, name))
        return NULL;
    sc_column *c = sc_arena_alloc(m->arena, sizeof *c);
    c->name = copy ? sc_arena_strdup(m->arena, name) : name;
    sc_table_push_column(m, t, c);
    return c;
}

sc_column *sc_table_add_column(sc_model *m, sc_table *t, const char *name)
{
    return add_column(m, t, name, true);
}

sc_column *sc_table_add_column_kept(sc_model *m, sc_table *t, const char *name)
{
    return add_column(m, t, name, false);
}

sc_constraint *sc_table_add_constraint(sc_model *m, sc_table *t, sc_con_kind kind)
{
    sc_constraint *c = sc_arena_alloc(m->arena, sizeof *c);
    c->kind = kind;
    sc_vec_push(m->arena, &t->constraints, c);
    return c;
}

sc_index *sc_table_add_index(sc_model *m, sc_table *t)
{
    sc_index *ix = sc_arena_alloc(m->arena, sizeof *ix);
    sc_vec_push(m->arena, &t->indexes, ix);
    return ix;
}

sc_policy *sc_table_policy(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->policies.n; i++) {
        sc_policy *p = SC_VEC_AT(t->policies, i, sc_policy);
        if (!strcmp(p->name, name))
            return p;
    }
    return NULL;
}

sc_policy *sc_table_add_policy(sc_model *m, sc_table *t, const char *name)
{
    if (sc_table_policy(t, name))
        return NULL;
    sc_policy *p = sc_arena_alloc(m->arena, sizeof *p);
    p->name = sc_arena_strdup(m->arena, name);
    sc_vec_push(m->arena, &t->policies, p);
    return p;
}

static int cmp_name_ptr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void sc_policy_set_roles(sc_policy *p, sc_names roles)
{
    qsort(roles.items, roles.n, sizeof *roles.items, cmp_name_ptr);
    size_t n = 0;
    for (size_t i = 0; i < roles.n; i++)
        if (!n || strcmp(roles.items[n - 1], roles.items[i]))
            roles.items[n++] = roles.items[i];
    roles.n = n;
    /* PostgreSQL ignores the other roles of a list that names PUBLIC (with
     * a warning) */
    for (size_t i = 0; i < roles.n; i++)
        if (!strcmp(roles.items[i], "public"))
            roles.n = 0;
    p->roles = roles;
}

const char *sc_policy_cmd_sql(sc_policy_cmd cmd)
{
    static const char *const sql[] = {"ALL", "SELECT", "INSERT", "UPDATE", "DELETE"};
    return sql[cmd];
}

sc_view *sc_model_add_view(sc_model *m, const char *schema, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (lookup(m->view_map, schema, name))
        return NULL;
    sc_view *v = sc_arena_alloc(m->arena, sizeof *v);
    v->schema = sc_arena_strdup(m->arena, schema);
    v->name = sc_arena_strdup(m->arena, name);
    insert(m->view_map, schema, name, v);
    sc_vec_push(m->arena, &m->views, v);
    return v;
}

sc_view_column *sc_view_add_column(sc_model *m, sc_view *v, const char *name)
{
    if (sc_view_column_named(v, name))
        return NULL;
    sc_view_column *c = sc_arena_alloc(m->arena, sizeof *c);
    c->name = sc_arena_strdup(m->arena, name);
    sc_vec_push(m->arena, &v->columns, c);
    return c;
}

sc_index *sc_view_add_index(sc_model *m, sc_view *v)
{
    sc_index *ix = sc_arena_alloc(m->arena, sizeof *ix);
    sc_vec_push(m->arena, &v->indexes, ix);
    return ix;
}

sc_ref *sc_view_add_ref(sc_model *m, sc_view *v, sc_ref_kind kind, const char *schema, const char *name,
                        const char *column)
{
    sc_ref *r = sc_arena_alloc(m->arena, sizeof *r);
    r->kind = kind;
    r->schema = sc_arena_strdup(m->arena, schema ? schema : SC_DEFAULT_SCHEMA);
    r->name = sc_arena_strdup(m->arena, name);
    r->column = column ? sc_arena_strdup(m->arena, column) : NULL;
    sc_vec_push(m->arena, &v->refs, r);
    v->refs_known = true;
    return r;
}

sc_view *sc_model_view(const sc_model *m, const char *schema, const char *name)
{
    return lookup(m->view_map, schema, name);
}

/* Views have few columns that matter here (comments): a linear search. */
sc_view_column *sc_view_column_named(const sc_view *v, const char *name)
{
    for (size_t i = 0; i < v->columns.n; i++) {
        sc_view_column *c = SC_VEC_AT(v->columns, i, sc_view_column);
        if (!strcmp(c->name, name))
            return c;
    }
    return NULL;
}

sc_table *sc_model_table(const sc_model *m, const char *schema, const char *name)
{
    return lookup(m->table_map, schema, name);
}

sc_enum *sc_model_enum(const sc_model *m, const char *schema, const char *name)
{
    return lookup(m->enum_map, schema, name);
}

sc_sequence *sc_model_sequence(const sc_model *m, const char *schema, const char *name)
{
    return lookup(m->sequence_map, schema, name);
}

bool sc_names_equal(const sc_names *x, const sc_names *y)
{
    if (x->n != y->n)
        return false;
    for (size_t i = 0; i < x->n; i++)
        if (strcmp(x->items[i], y->items[i]))
            return false;
    return true;
}

sc_column *sc_table_column(const sc_table *t, const char *name)
{
    if (t->column_map)
        return sc_strmap_get(t->column_map, name);
    for (size_t i = 0; i < t->columns.n; i++) {
        sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (!strcmp(c->name, name))
            return c;
    }
    return NULL;
}

sc_constraint *sc_table_primary_key(const sc_table *t)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (c->kind == SC_CON_PRIMARY_KEY)
            return c;
    }
    return NULL;
}

const sc_index *sc_table_index_named(const sc_table *t, const char *name)
{
    for (size_t i = 0; name && i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (ix->name && !strcmp(ix->name, name))
            return ix;
    }
    return NULL;
}

const sc_constraint *sc_table_constraint_named(const sc_table *t, sc_con_kind kind, const char *name)
{
    for (size_t i = 0; name && i < t->constraints.n; i++) {
        const sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (c->kind == kind && c->name && !strcmp(c->name, name))
            return c;
    }
    return NULL;
}

const sc_src *sc_model_add_src(sc_model *m, const char *path, const char *text, size_t len)
{
    sc_src *s = sc_arena_alloc(m->arena, sizeof *s);
    s->path = sc_arena_strdup(m->arena, path);
    s->text = sc_arena_strndup(m->arena, text, len);
    s->len = len;
    sc_vec_push(m->arena, &m->srcs, s);
    return s;
}

const sc_src *sc_model_adopt_src(sc_model *m, const char *path, char *text, size_t len)
{
    sc_src *s = sc_arena_alloc(m->arena, sizeof *s);
    s->path = sc_arena_strdup(m->arena, path);
    s->text = text;
    s->len = len;
    sc_vec_push(m->arena, &m->owned, text);
    sc_vec_push(m->arena, &m->srcs, s);
    return s;
}

/* ---- deterministic order ---------------------------------------------- */

static int cmp_pair(const char *s1, const char *n1, const char *s2, const char *n2)
{
    int r = strcmp(s1, s2);
    return r ? r : strcmp(n1, n2);
}

static int cmp_table(const void *a, const void *b)
{
    const sc_table *x = a, *y = b;
    return cmp_pair(x->schema, x->name, y->schema, y->name);
}

static int cmp_enum(const void *a, const void *b)
{
    const sc_enum *x = a, *y = b;
    return cmp_pair(x->schema, x->name, y->schema, y->name);
}

static int cmp_seq(const void *a, const void *b)
{
    const sc_sequence *x = a, *y = b;
    return cmp_pair(x->schema, x->name, y->schema, y->name);
}

static int cmp_view(const void *a, const void *b)
{
    const sc_view *x = a, *y = b;
    return cmp_pair(x->schema, x->name, y->schema, y->name);
}

static int cmp_ref(const void *a, const void *b)
{
    const sc_ref *x = a, *y = b;
    if (x->kind != y->kind)
        return (int)x->kind - (int)y->kind;
    int r = cmp_pair(x->schema, x->name, y->schema, y->name);
    return r ? r : strcmp(x->column ? x->column : "", y->column ? y->column : "");
}

static int cmp_policy(const void *a, const void *b)
{
    const sc_policy *x = a, *y = b;
    return strcmp(x->name, y->name);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(a, b);
}

static int con_rank(sc_con_kind k)
{
    switch (k) {
    case SC_CON_PRIMARY_KEY: return 0;
    case SC_CON_UNIQUE: return 1;
    case SC_CON_CHECK: return 2;
    default: return 3;
    }
}

static int cmp_con(const void *a, const void *b)
{
    const sc_constraint *x = a, *y = b;
    int r = con_rank(x->kind) - con_rank(y->kind);
    return r ? r : strcmp(x->name ? x->name : "", y->name ? y->name : "");
}

static int cmp_index(const void *a, const void *b)
{
    const sc_index *x = a, *y = b;
    return strcmp(x->name ? x->name : "", y->name ? y->name : "");
}

void sc_model_sort(sc_model *m)
{
    sc_vec_sort(&m->schemas, cmp_str);
    sc_vec_sort(&m->enums, cmp_enum);
    sc_vec_sort(&m->tables, cmp_table);
    sc_vec_sort(&m->sequences, cmp_seq);
    sc_vec_sort(&m->views, cmp_view);
    for (size_t i = 0; i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        sc_vec_sort(&v->indexes, cmp_index);
        sc_vec_sort(&v->refs, cmp_ref);
    }
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        sc_vec_sort(&t->constraints, cmp_con);
        sc_vec_sort(&t->indexes, cmp_index);
        sc_vec_sort(&t->policies, cmp_policy);
    }
    /* domains, composite and range types */
    sc_utypes_sort(m);
    sc_model_sort_ext(m);   /* extensions and collations */
    sc_model_sort_routines(m);   /* functions and triggers */
    sc_privs_sort(m);   /* privileges and ownership */
}

void sc_model_set_schema_comment(sc_model *m, const char *schema, const char *comment)
{
    if (!comment)
        return;
    if (!m->schema_comments)
        m->schema_comments = sc_strmap_new();
    sc_strmap_put(m->schema_comments, sc_arena_strdup(m->arena, schema), (void *)sc_arena_strdup(m->arena, comment));
}

const char *sc_model_schema_comment(const sc_model *m, const char *schema)
{
    return m->schema_comments ? sc_strmap_get(m->schema_comments, schema) : NULL;
}

void sc_model_set_schema_loc(sc_model *m, const char *schema, sc_loc loc)
{
    if (!m->schema_locs)
        m->schema_locs = sc_strmap_new();
    if (sc_strmap_get(m->schema_locs, schema))
        return;   /* the first block is where the schema is declared */
    sc_loc *l = sc_arena_alloc(m->arena, sizeof *l);
    *l = loc;
    sc_strmap_put(m->schema_locs, sc_arena_strdup(m->arena, schema), l);
}

sc_loc sc_model_schema_loc(const sc_model *m, const char *schema)
{
    const sc_loc *l = m && m->schema_locs ? sc_strmap_get(m->schema_locs, schema) : NULL;
    return l ? *l : (sc_loc){0};
}
