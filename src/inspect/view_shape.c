/* view_shape.c - what in a view's query a table's other columns could
 * change, through PostgreSQL's own parser (libpg_query).
 *
 * A view spelled by the server over the live tables (the ahead load,
 * scratch_pg_views.c) is spelled the same over the declared tables when
 * the columns it reads are the same, unless a column it does not read yet
 * could change how its names resolve. That happens only through:
 *  - `*` and `t.*`, which expand to every column, in their order;
 *  - NATURAL JOIN, which joins on every column name the two sides share;
 *  - a whole-row reference (`select c from t c`, `row_to_json(c)`, or
 *    `code(c)`, the functional spelling of c.code), whose row type has
 *    every column;
 *  - a name written in the query that a new column would take: an
 *    unqualified column (`code` of another table, an outer query's, an
 *    output name in GROUP BY / ORDER BY), now ambiguous or resolved to it.
 * So the shape records the first three as one flag and every name the
 * query writes (any string of the parse tree but a constant's), and the
 * caller lets a spelling stand only when no added column bears one of
 * those names. A query that does not parse is taken to have it all. */
#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

typedef struct shape_walk {
    sc_view_shape *s;
    json_t *single;   /* one-field ColumnRef names: whole rows if a relation is so named */
    json_t *rels;     /* relation names and aliases of the FROM lists */
} shape_walk;

/* A name case-folded (and cut at 255 bytes): a quoted "Code" and a column
 * code are taken as one name, which can only make a spelling not stand. */
static const char *folded(char buf[static 256], const char *name)
{
    size_t n = strlen(name);
    if (n > 255)
        n = 255;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    buf[n] = '\0';
    return buf;
}

static void column_ref(shape_walk *w, json_t *cr)
{
    json_t *fields = json_object_get(cr, "fields");
    size_t nf = json_array_size(fields);
    json_t *last = json_array_get(fields, nf ? nf - 1 : 0);
    if (json_object_get(last, "A_Star"))
        w->s->wide = true;
    if (nf == 1) {
        const char *name = json_string_value(json_object_get(json_object_get(last, "String"), "sval"));
        if (name)
            json_array_append_new(w->single, json_string(name));
    }
}

static void walk(shape_walk *w, json_t *node)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *x;
        json_array_foreach(node, i, x) walk(w, x);
        return;
    }
    if (!json_is_object(node))
        return;
    const char *key;
    json_t *val;
    json_object_foreach(node, key, val) {
        if (!strcmp(key, "A_Const"))
            continue;   /* a string constant is no name */
        if (!strcmp(key, "ColumnRef"))
            column_ref(w, val);
        else if (!strcmp(key, "JoinExpr") && json_is_true(json_object_get(val, "isNatural")))
            w->s->wide = true;
        else if (!strcmp(key, "RangeVar"))
            json_array_append(w->rels, json_object_get(val, "relname"));
        else if (!strcmp(key, "aliasname"))
            json_array_append(w->rels, val);
        if (json_is_string(val) && (!strcmp(key, "sval") || !strcmp(key, "relname") || !strcmp(key, "aliasname"))) {
            char buf[256];
            sc_strmap_put(w->s->names, folded(buf, json_string_value(val)), NULL);
        } else
            walk(w, val);
    }
}

static bool whole_row(const shape_walk *w)
{
    size_t i, j;
    json_t *a, *r;
    json_array_foreach(w->single, i, a) {
        json_array_foreach(w->rels, j, r) {
            if (json_is_string(r) && !strcmp(json_string_value(a), json_string_value(r)))
                return true;
        }
    }
    return false;
}

void sc_view_shape_of(const char *query, sc_view_shape *s)
{
    s->names = sc_strmap_new();
    s->wide = true;
    if (!query)
        return;
    PgQueryParseResult r = pg_query_parse(query);
    json_t *tree = r.error ? NULL : json_loads(r.parse_tree, 0, NULL);
    pg_query_free_parse_result(r);
    if (!tree)
        return;
    s->wide = false;
    shape_walk w = {s, json_array(), json_array()};
    walk(&w, tree);
    if (whole_row(&w))
        s->wide = true;
    json_decref(w.single);
    json_decref(w.rels);
    json_decref(tree);
}

bool sc_view_shape_names(const sc_view_shape *s, const char *name)
{
    char buf[256];
    return sc_strmap_has(s->names, folded(buf, name));
}

void sc_view_shape_free(sc_view_shape *s)
{
    sc_strmap_free(s->names);
    s->names = NULL;
}
