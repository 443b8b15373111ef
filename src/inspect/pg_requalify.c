/* pg_requalify.c - a view's query with its qualified names pointed at
 * other schemas, for the scratch load.
 *
 * The declared model goes to the scratch schemas under stand-in names
 * (scratch_pg.c); a view's query is SQL text that may name `app.orders` or
 * `'x'::app.mood`, which must then read the stand-in of app. Text
 * substitution would also hit a table alias or a column named like a
 * schema, so PostgreSQL's own parser (libpg_query) says where the schema
 * part of each qualified relation (RangeVar), type (TypeName) and
 * schema.table.column reference (ColumnRef) starts; only those tokens are
 * replaced. Function names are left alone: functions are not loaded, the
 * database's own are called. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <pg_query.h>

#include "inspect/pg_internal.h"
#include "model/sqltok.h"

typedef struct edit {
    size_t off, len;
    const char *to;
} edit;

typedef struct walk {
    const char *q;
    size_t qlen;
    pg_requalify_fn fn;
    void *arg;
    edit *edits;
    size_t n, cap;
    sc_toks toks;   /* of q */
} walk;

/* The name token that starts at off: its length, when it spells `name`
 * (sc_tok_name: unquoted folded, quoted undoubled); 0 when not. */
static size_t token_for(const walk *w, size_t off, const char *name)
{
    size_t lo = 0, hi = w->toks.n;
    while (lo < hi) {   /* the token starting at off: tokens are in order */
        size_t mid = lo + (hi - lo) / 2;
        if (w->toks.items[mid].off < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= w->toks.n || w->toks.items[lo].off != off)
        return 0;
    const sc_tok *t = &w->toks.items[lo];
    char buf[256];
    if (!sc_tok_name(w->q, t, buf, sizeof buf) || strlen(name) >= sizeof buf || strcmp(buf, name))
        return 0;
    return t->len;
}

static const char *sval(json_t *node)
{
    /* {"String": {"sval": "x"}} */
    json_t *s = json_object_get(node, "String");
    return s ? json_string_value(json_object_get(s, "sval")) : NULL;
}

static void add_edit(walk *w, json_t *loc, const char *schema, const char *name, char kind)
{
    if (!json_is_integer(loc) || !schema || !name)
        return;
    const char *to = w->fn(schema, name, kind, w->arg);
    if (!to)
        return;
    size_t off = (size_t)json_integer_value(loc);
    size_t len = token_for(w, off, schema);
    if (!len)
        return;
    for (size_t i = 0; i < w->n; i++)
        if (w->edits[i].off == off)
            return;
    if (w->n == w->cap) {
        w->cap = w->cap ? 2 * w->cap : 8;
        w->edits = realloc(w->edits, w->cap * sizeof *w->edits);
        if (!w->edits)
            abort();
    }
    w->edits[w->n++] = (edit){off, len, to};
}

static void visit(walk *w, json_t *node);

static void visit_named(walk *w, const char *key, json_t *v)
{
    if (!strcmp(key, "RangeVar") && json_is_object(v)) {
        const char *schema = json_string_value(json_object_get(v, "schemaname"));
        const char *rel = json_string_value(json_object_get(v, "relname"));
        if (!schema && rel)   /* told, nothing to replace */
            w->fn(NULL, rel, 'r', w->arg);
        add_edit(w, json_object_get(v, "location"), schema, rel, 'r');
    } else if (!strcmp(key, "TypeName") || !strcmp(key, "typeName")) {
        json_t *names = json_object_get(v, "names");
        if (json_array_size(names) == 2)
            add_edit(w, json_object_get(v, "location"), sval(json_array_get(names, 0)),
                     sval(json_array_get(names, 1)), 't');
    } else if (!strcmp(key, "ColumnRef")) {
        json_t *fields = json_object_get(v, "fields");
        if (json_array_size(fields) == 3)
            add_edit(w, json_object_get(v, "location"), sval(json_array_get(fields, 0)),
                     sval(json_array_get(fields, 1)), 'r');
    }
    visit(w, v);
}

static void visit(walk *w, json_t *node)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *v;
        json_array_foreach(node, i, v)
            visit(w, v);
    } else if (json_is_object(node)) {
        const char *key;
        json_t *v;
        json_object_foreach(node, key, v)
            visit_named(w, key, v);
    }
}

static int by_offset(const void *a, const void *b)
{
    const edit *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

char *pg_requalify(const char *query, pg_requalify_fn fn, void *arg)
{
    PgQueryParseResult pr = pg_query_parse(query);
    if (pr.error) {
        pg_query_free_parse_result(pr);
        return NULL;
    }
    json_t *tree = json_loads(pr.parse_tree, 0, NULL);
    pg_query_free_parse_result(pr);
    if (!tree)
        return NULL;
    walk w = {.q = query, .qlen = strlen(query), .fn = fn, .arg = arg};
    sc_tok_err err;
    if (sc_sql_tokenize(query, w.qlen, SC_DIALECT_POSTGRESQL, &w.toks, &err) != 0) {
        json_decref(tree);   /* it parsed, so it scans: not reached */
        return NULL;
    }
    visit(&w, tree);
    json_decref(tree);
    sc_toks_free(&w.toks);
    if (w.n)
        qsort(w.edits, w.n, sizeof *w.edits, by_offset);
    sc_strbuf b = SC_STRBUF_INIT;
    size_t at = 0;
    for (size_t i = 0; i < w.n; i++) {
        if (w.edits[i].off < at)
            continue;
        sc_sb_putn(&b, query + at, w.edits[i].off - at);
        sc_sb_ident(&b, w.edits[i].to);
        at = w.edits[i].off + w.edits[i].len;
    }
    sc_sb_puts(&b, query + at);
    free(w.edits);
    return sc_sb_take(&b);
}
