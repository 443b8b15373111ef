/* routine.c - functions, procedures and triggers in the model: adding,
 * finding and ordering them, and the few text helpers their CREATE
 * statements need. A routine is kept as its CREATE text (model.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/model.h"

const char *sc_function_key(sc_arena *a, const char *schema, const char *name, const char *args)
{
    return sc_arena_printf(a, "%s.%s(%s)", schema ? schema : SC_DEFAULT_SCHEMA, name, args ? args : "");
}

const char *sc_function_kind_word(const sc_function *f)
{
    return f->aggregate ? "aggregate" : f->procedure ? "procedure" : "function";
}

sc_function *sc_model_add_function(sc_model *m, const char *schema, const char *name, const char *args)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (!m->function_map)
        m->function_map = sc_strmap_new();
    const char *key = sc_function_key(m->arena, schema, name, args);
    if (sc_strmap_has(m->function_map, key))
        return NULL;
    sc_function *f = sc_arena_alloc(m->arena, sizeof *f);
    f->schema = sc_arena_strdup(m->arena, schema);
    f->name = sc_arena_strdup(m->arena, name);
    f->args = sc_arena_strdup(m->arena, args ? args : "");
    sc_strmap_put(m->function_map, key, f);
    sc_vec_push(m->arena, &m->functions, f);
    return f;
}

/* A map key on the heap (lookups need no arena): caller frees. */
static char *heap_key(const char *a, char sep1, const char *b, char sep2, const char *c, const char *end)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + strlen(end) + 3;
    char *k = malloc(n);
    if (!k)
        abort();
    snprintf(k, n, "%s%c%s%c%s%s", a, sep1, b, sep2, c, end);
    return k;
}

sc_function *sc_model_function(const sc_model *m, const char *schema, const char *name, const char *args)
{
    if (!m->function_map)
        return NULL;
    char *k = heap_key(schema ? schema : SC_DEFAULT_SCHEMA, '.', name, '(', args ? args : "", ")");
    sc_function *f = sc_strmap_get(m->function_map, k);
    free(k);
    return f;
}

static char *trigger_key(const char *schema, const char *table, const char *name)
{
    return heap_key(schema ? schema : SC_DEFAULT_SCHEMA, '.', table, '\x1f', name, "");
}

static void index_trigger(sc_model *m, sc_trigger *t)
{
    if (!m->trigger_map)
        m->trigger_map = sc_strmap_new();
    char *k = trigger_key(t->schema, t->table, t->name);
    sc_strmap_put(m->trigger_map, k, t);
    free(k);
}

sc_trigger *sc_model_add_trigger(sc_model *m, const char *schema, const char *table, const char *name)
{
    if (!schema)
        schema = SC_DEFAULT_SCHEMA;
    if (sc_model_trigger(m, schema, table, name))
        return NULL;
    sc_trigger *t = sc_arena_alloc(m->arena, sizeof *t);
    t->schema = sc_arena_strdup(m->arena, schema);
    t->table = sc_arena_strdup(m->arena, table);
    t->name = sc_arena_strdup(m->arena, name);
    t->enabled = SC_TRIGGER_ORIGIN;
    sc_vec_push(m->arena, &m->triggers, t);
    index_trigger(m, t);
    return t;
}

sc_trigger *sc_model_trigger(const sc_model *m, const char *schema, const char *table, const char *name)
{
    if (!m->trigger_map)
        return NULL;
    char *k = trigger_key(schema, table, name);
    sc_trigger *t = sc_strmap_get(m->trigger_map, k);
    free(k);
    return t;
}

static int cmp_function(const void *x, const void *y)
{
    const sc_function *a = x, *b = y;
    int c = strcmp(a->schema, b->schema);
    if (!c)
        c = strcmp(a->name, b->name);
    return c ? c : strcmp(a->args, b->args);
}

static int cmp_trigger(const void *x, const void *y)
{
    const sc_trigger *a = x, *b = y;
    int c = strcmp(a->schema, b->schema);
    if (!c)
        c = strcmp(a->table, b->table);
    return c ? c : strcmp(a->name, b->name);
}

void sc_model_sort_routines(sc_model *m)
{
    sc_vec_sort(&m->functions, cmp_function);
    sc_vec_sort(&m->triggers, cmp_trigger);
}

/* Skips blanks and SQL comments. */
static const char *skip_blank(const char *p)
{
    for (;;) {
        while (*p && isspace((unsigned char)*p))
            p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *e = strstr(p + 2, "*/");
            p = e ? e + 2 : p + strlen(p);
        } else {
            return p;
        }
    }
}

static const char *word(const char *p, const char *w)
{
    size_t n = strlen(w);
    if (!strncasecmp(p, w, n) && !isalnum((unsigned char)p[n]) && p[n] != '_')
        return p + n;
    return NULL;
}

/* A hand scanner on purpose, not sqltok (pg_query_scan): it reads only the
 * head of the text, where nothing but blanks, comments and these keywords
 * can come before the routine's name (no string, no quoted name), while
 * pg_query_scan would scan the whole body; its callers then scan the body
 * with sqltok anyway, in loops over pairs of functions (routine_deps.c),
 * and would pay that twice to skip three words. */
const char *sc_routine_body_after_create(const char *sql)
{
    const char *p = skip_blank(sql), *q;
    if (!(q = word(p, "create")))
        return p;
    p = skip_blank(q);
    if ((q = word(p, "or"))) {
        const char *r = word(skip_blank(q), "replace");
        if (r)
            p = skip_blank(r);
    }
    return p;
}

const char *sc_routine_trim(sc_arena *a, const char *sql)
{
    size_t n = strlen(sql);
    while (n && (isspace((unsigned char)sql[n - 1]) || sql[n - 1] == ';'))
        n--;
    const char *p = sql;
    while (n && isspace((unsigned char)*p)) {
        p++;
        n--;
    }
    return sc_arena_strndup(a, p, n);
}

void sc_model_share_routines(sc_model *dst, const sc_model *src, bool (*keep)(const char *schema, void *arg),
                             void *arg)
{
    for (size_t i = 0; i < src->functions.n; i++) {
        sc_function *f = SC_VEC_AT(src->functions, i, sc_function);
        if (keep && !keep(f->schema, arg))
            continue;
        if (!dst->function_map)
            dst->function_map = sc_strmap_new();
        const char *key = sc_function_key(dst->arena, f->schema, f->name, f->args);
        if (sc_strmap_has(dst->function_map, key))
            continue;
        sc_strmap_put(dst->function_map, key, f);
        sc_vec_push(dst->arena, &dst->functions, f);
    }
    for (size_t i = 0; i < src->triggers.n; i++) {
        sc_trigger *t = SC_VEC_AT(src->triggers, i, sc_trigger);
        if ((keep && !keep(t->schema, arg)) || sc_model_trigger(dst, t->schema, t->table, t->name))
            continue;
        sc_vec_push(dst->arena, &dst->triggers, t);
        index_trigger(dst, t);
    }
}

void sc_model_replace_function(sc_model *m, const sc_function *old, sc_function *by)
{
    for (size_t j = 0; j < m->functions.n; j++)
        if (m->functions.items[j] == old)
            m->functions.items[j] = by;
    char *k = heap_key(by->schema, '.', by->name, '(', by->args, ")");
    sc_strmap_put(m->function_map, k, by);
    free(k);
}

void sc_model_replace_trigger(sc_model *m, const sc_trigger *old, sc_trigger *by)
{
    for (size_t j = 0; j < m->triggers.n; j++)
        if (m->triggers.items[j] == old)
            m->triggers.items[j] = by;
    index_trigger(m, by);
}
