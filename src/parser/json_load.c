/* json_load.c - a model written by sc_emit_json() (docs/json.md) read back.
 *
 * The reader is strict about shapes (a wrong type or an unknown key is an
 * error naming where it is, e.g. "tables[2].columns[0].type.name") and
 * lenient about absence (a missing key means null/false/empty), so that
 * hand-written JSON stays short while typos are still caught. */
#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "emit/json_names.h"
#include "model/sqltok.h"
#include "model/strbuf.h"
#include "parser/expr_check.h"
#include "parser/parser.h"
#include "parser/pstate.h"

/* snprintf without -Wformat-truncation noise: paths are cut, which is fine
 * for messages. */
static void pf(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void pf(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, n, fmt, ap);
    va_end(ap);
}

typedef struct ld {
    sc_model *m;
    sc_diags *d;
    const char *path;
    int failed;
} ld;

static void fail(ld *l, const char *at, const char *what)
{
    sc_error(l->d, SC_ERR_INPUT, "%s: %s%s%s", l->path, at, *at ? ": " : "", what);
    l->failed = 1;
}

/* Every key of o must be one of `keys` (NULL-terminated). */
static int only_keys(ld *l, json_t *o, const char *at, const char *const *keys)
{
    const char *k;
    json_t *v;
    int rc = 0;
    json_object_foreach(o, k, v) {
        int known = 0;
        for (const char *const *p = keys; *p && !known; p++)
            known = !strcmp(*p, k);
        if (!known) {
            char msg[300];
            pf(msg, sizeof msg, "unknown key \"%.200s\"", k);
            fail(l, at, msg);
            rc = -1;
        }
    }
    return rc;
}

static json_t *obj_at(ld *l, json_t *v, const char *at)
{
    if (!json_is_object(v)) {
        fail(l, at, "expected an object");
        return NULL;
    }
    return v;
}

/* A string or null/absent (-> NULL). */
static const char *get_str(ld *l, json_t *o, const char *key, const char *at, int required)
{
    json_t *v = json_object_get(o, key);
    char where[512];
    pf(where, sizeof where, "%s%s%s", at, *at ? "." : "", key);
    if (!v || json_is_null(v)) {
        if (required)
            fail(l, where, "expected a string, found nothing");
        return NULL;
    }
    if (!json_is_string(v)) {
        fail(l, where, "expected a string");
        return NULL;
    }
    if (required && !json_string_value(v)[0]) {
        fail(l, where, "must not be empty");
        return NULL;
    }
    return sc_arena_strndup(l->m->arena, json_string_value(v), json_string_length(v));
}

/* An SQL expression (expr) or a view's query: a string that the DSL can
 * carry (sc_expr_check), an expression also one PostgreSQL's parser takes
 * (sc_expr_parses), or null/absent (-> NULL). */
static const char *get_sql(ld *l, json_t *o, const char *key, const char *at, int required, bool expr)
{
    const char *e = get_str(l, o, key, at, required);
    const char *why;
    if (e && (sc_expr_check(e, strlen(e), &why) != 0 || (expr && sc_expr_parses(e, strlen(e), &why) != 0))) {
        char where[512];
        pf(where, sizeof where, "%s%s%s", at, *at ? "." : "", key);
        char what[160];
        pf(what, sizeof what, "not an expression the DSL can hold: %s", why);
        fail(l, where, what);
        return NULL;
    }
    return e;
}

static const char *get_expr(ld *l, json_t *o, const char *key, const char *at, int required)
{
    return get_sql(l, o, key, at, required, true);
}

static bool get_bool(ld *l, json_t *o, const char *key, const char *at)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return false;
    if (!json_is_boolean(v)) {
        char where[512];
        pf(where, sizeof where, "%s.%s", at, key);
        fail(l, where, "expected true or false");
        return false;
    }
    return json_is_true(v);
}

/* An integer; *present tells null/absent apart. */
static long long get_int(ld *l, json_t *o, const char *key, const char *at, long long dflt,
                         bool *present)
{
    json_t *v = json_object_get(o, key);
    if (present)
        *present = v && !json_is_null(v);
    if (!v || json_is_null(v))
        return dflt;
    if (!json_is_integer(v)) {
        char where[512];
        pf(where, sizeof where, "%s.%s", at, key);
        fail(l, where, "expected an integer");
        return dflt;
    }
    return (long long)json_integer_value(v);
}

/* An array of strings; only enum labels may be empty strings. */
static sc_names get_names_e(ld *l, json_t *o, const char *key, const char *at, bool allow_empty)
{
    sc_names r = {NULL, 0};
    json_t *v = json_object_get(o, key);
    char where[512];
    pf(where, sizeof where, "%s%s%s", at, *at ? "." : "", key);
    if (!v || json_is_null(v))
        return r;
    if (!json_is_array(v)) {
        fail(l, where, "expected an array of strings");
        return r;
    }
    size_t n = json_array_size(v);
    r.items = sc_arena_alloc(l->m->arena, (n + 1) * sizeof *r.items);
    for (size_t i = 0; i < n; i++) {
        json_t *s = json_array_get(v, i);
        if (!json_is_string(s) || (!allow_empty && !json_string_value(s)[0])) {
            char w2[560];
            pf(w2, sizeof w2, "%s[%zu]", where, i);
            fail(l, w2, "expected a non-empty string");
            return (sc_names){NULL, 0};
        }
        r.items[r.n++] = sc_arena_strndup(l->m->arena, json_string_value(s), json_string_length(s));
    }
    return r;
}

static sc_names get_names(ld *l, json_t *o, const char *key, const char *at)
{
    return get_names_e(l, o, key, at, false);
}

/* The array under key (absent: empty). Returns NULL after an error. */
static json_t *get_array(ld *l, json_t *o, const char *key, const char *at, json_t *empty)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return empty;
    if (!json_is_array(v)) {
        char where[512];
        pf(where, sizeof where, "%s%s%s", at, *at ? "." : "", key);
        fail(l, where, "expected an array");
        return NULL;
    }
    return v;
}

static sc_loc *zero_locs(ld *l, size_t n)
{
    return sc_arena_alloc(l->m->arena, (n ? n : 1) * sizeof(sc_loc));
}

/* A word from one of the format's tables, or the default when null. */
#define GET_WORD(l, o, key, at, parse, out, what)                                   \
    do {                                                                            \
        const char *w_ = get_str(l, o, key, at, 0);                                 \
        if (w_ && parse(w_, out) != 0) {                                            \
            char wh_[512];                                                          \
            pf(wh_, sizeof wh_, "%s.%s", at, key);                            \
            fail(l, wh_, "expected " what);                                         \
        }                                                                           \
    } while (0)

/* Type modifiers as the DSL writes them: unsigned numbers, commas between. */
static bool plain_mods(const char *m)
{
    for (;;) {
        while (*m == ' ')
            m++;
        if (*m < '0' || *m > '9')
            return false;
        while (*m >= '0' && *m <= '9')
            m++;
        while (*m == ' ')
            m++;
        if (*m == '\0')
            return true;
        if (*m++ != ',')
            return false;
    }
}

static void load_type(ld *l, json_t *v, const char *at, sc_type *t)
{
    static const char *const keys[] = {"schema", "name", "mods", "array_dims", "user", "declared", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    t->schema = get_str(l, v, "schema", at, 0);
    t->name = get_str(l, v, "name", at, 1);
    t->mods = get_str(l, v, "mods", at, 0);
    t->array_dims = (int)get_int(l, v, "array_dims", at, 0, NULL);
    t->is_user = get_bool(l, v, "user", at);
    const char *declared = get_str(l, v, "declared", at, 0);
    if (t->array_dims < 0 || t->array_dims > 6) {
        char where[512];
        pf(where, sizeof where, "%s.array_dims", at);
        fail(l, where, "expected 0 to 6");   /* PostgreSQL's MAXDIM */
    }
    if (t->mods && !plain_mods(t->mods)) {
        char where[512];
        pf(where, sizeof where, "%s.mods", at);
        fail(l, where, "expected numbers separated by commas, e.g. \"10,2\"");
    }
    if (!t->name || l->failed)
        return;
    /* Read back as the DSL reads a type (canonical spelling: "decimal" is
     * "numeric"), so that a model reads the same from either. */
    sc_type parsed;
    const char *err;
    if (sc_type_parse(l->m->arena, sc_type_format(l->m->arena, t), &parsed, &err) != 0) {
        char what[160];
        pf(what, sizeof what, "invalid type: %s", err);
        fail(l, at, what);
        return;
    }
    parsed.is_user = t->is_user;
    parsed.declared = declared;
    *t = parsed;
}

/* issue 12: {"start": 100, "increment": 10, ...}, each optional */
static void load_identity_opts(ld *l, sc_column *c, json_t *v, const char *at)
{
    static const char *const keys[] = {"start", "increment", "min_value", "max_value", "cache", "cycle", NULL};
    json_t *x = json_object_get(v, "identity_options");
    if (!x || json_is_null(x))
        return;
    char where[512];
    pf(where, sizeof where, "%s.identity_options", at);
    if (!obj_at(l, x, where) || only_keys(l, x, where, keys))
        return;
    sc_identity_given g;
    memset(&g, 0, sizeof g);
    long long *vals[] = {&g.v.start, &g.v.increment, &g.v.min_value, &g.v.max_value, &g.v.cache};
    bool *has[] = {&g.has_start, &g.has_increment, &g.has_min, &g.has_max, &g.has_cache};
    for (int i = 0; i < 5; i++) {
        json_t *n = json_object_get(x, keys[i]);
        if (!n || json_is_null(n))
            continue;
        if (!json_is_integer(n)) {
            char w2[600];
            pf(w2, sizeof w2, "%s.%s", where, keys[i]);
            fail(l, w2, "expected an integer");
            return;
        }
        *vals[i] = json_integer_value(n);
        *has[i] = true;
    }
    g.v.cycle = get_bool(l, x, "cycle", where);
    sc_column_set_identity_opts(l->m->arena, c, sc_identity_resolve(l->m->arena, &c->type, &g));
}

static void load_column(ld *l, sc_table *t, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "type", "not_null", "default", "identity",
                                       "generated", "generated_virtual", "collation", "comment",
                                       "renamed_from", "sqlite_implicit_not_null", "identity_options", "storage",
                                       "compression",
                                       "with_options",   /* privs3 */
                                       "statistics",   /* tblprops6 */
                                       "options",   /* attopts7 */
                                       NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_column *c = sc_table_add_column(l->m, t, name);
    if (!c) {
        char msg[300];
        pf(msg, sizeof msg, "duplicate column \"%.200s\"", name);
        fail(l, at, msg);
        return;
    }
    char where[512];
    pf(where, sizeof where, "%s.type", at);
    json_t *ty = json_object_get(v, "type");
    if (!ty)
        fail(l, where, "expected an object, found nothing");
    else
        load_type(l, ty, where, &c->type);
    c->not_null = get_bool(l, v, "not_null", at);
    c->default_expr = get_expr(l, v, "default", at, 0);
    GET_WORD(l, v, "identity", at, sc_json_identity_parse, &c->identity,
             "\"always\", \"by default\" or null");
    c->generated = get_expr(l, v, "generated", at, 0);
    c->generated_virtual = c->generated && get_bool(l, v, "generated_virtual", at);
    c->sqlite_implicit_not_null = c->not_null && get_bool(l, v, "sqlite_implicit_not_null", at);
    sc_column_set_collation(l->m->arena, c, get_str(l, v, "collation", at, 0));
    sc_column_set_comment(l->m->arena, c, get_str(l, v, "comment", at, 0));
    sc_column_set_renamed_from(l->m->arena, c, get_str(l, v, "renamed_from", at, 0));
    if (c->identity)
        load_identity_opts(l, c, v, at);
    sc_column_set_with_options(l->m->arena, c, get_bool(l, v, "with_options", at));   /* privs3 */
    const char *st = get_str(l, v, "storage", at, 0), *cm = get_str(l, v, "compression", at, 0);
    char w2[512];
    if (st && !(c->storage = sc_storage_code(st))) {
        pf(w2, sizeof w2, "%s.storage", at);
        fail(l, w2, "expected \"plain\", \"external\", \"main\" or \"extended\"");
    }
    if (cm && !(c->compression = sc_compression_code(cm))) {
        pf(w2, sizeof w2, "%s.compression", at);
        fail(l, w2, "expected \"pglz\" or \"lz4\"");
    }
    bool has_stats;   /* tblprops6: 0 .. 10000, as the DSL takes it */
    long long stats = get_int(l, v, "statistics", at, -1, &has_stats);
    if (has_stats && (stats < 0 || stats > 10000)) {
        pf(w2, sizeof w2, "%s.statistics", at);
        fail(l, w2, "expected an integer from 0 to 10000");
    } else if (has_stats) {
        sc_column_set_statistics(l->m->arena, c, (int)stats);
    }
    sc_names opts = get_names(l, v, "options", at);   /* attopts7: as the DSL takes them */
    size_t bad;
    const char *why = sc_column_options_problem(&opts, &bad);
    if (why) {
        pf(w2, sizeof w2, "%s.options[%zu]", at, bad);
        fail(l, w2, why);
    } else {
        sc_column_set_options(l->m->arena, c, opts);
    }
}

/* Issue 12's options, each refused on a kind of constraint that has none. */
static bool con_option(ld *l, json_t *v, const char *at, const char *key, bool allowed)
{
    bool on = get_bool(l, v, key, at);
    if (on && !allowed) {
        char where[600];
        pf(where, sizeof where, "%s.%s", at, key);
        fail(l, where, "not an option of this kind of constraint");
        return false;
    }
    return on;
}

static void load_con_options(ld *l, sc_constraint *c, json_t *v, const char *at)
{
    bool key = c->kind == SC_CON_PRIMARY_KEY || c->kind == SC_CON_UNIQUE || c->kind == SC_CON_EXCLUDE;
    bool check = c->kind == SC_CON_CHECK, fk = c->kind == SC_CON_FOREIGN_KEY;
    c->deferrable = con_option(l, v, at, "deferrable", key);
    c->initially_deferred = con_option(l, v, at, "initially_deferred", key);
    c->deferrable |= c->initially_deferred;
    c->nulls_not_distinct = con_option(l, v, at, "nulls_not_distinct", c->kind == SC_CON_UNIQUE);
    c->no_inherit = con_option(l, v, at, "no_inherit", check);
    c->not_valid = con_option(l, v, at, "not_valid", check || fk);
    sc_constraint_set_clustered(l->m->arena, c, con_option(l, v, at, "clustered", key));   /* tblprops6 */
}

static void load_elems(ld *l, sc_index *ix, json_t *v, const char *at, bool with_op);

/* issue 12: a key's index ("index_options", "index_tablespace") and an
 * exclusion constraint's index part ("exclusion"). */
static void load_exclusion(ld *l, sc_constraint *c, json_t *v, const char *at)
{
    static const char *const xkeys[] = {"method", "elements", "include", "where", NULL};
    bool key = c->kind == SC_CON_PRIMARY_KEY || c->kind == SC_CON_UNIQUE || c->kind == SC_CON_EXCLUDE;
    char where[600];
    sc_constraint_set_index_options(l->m->arena, c, get_names(l, v, "index_options", at));
    sc_constraint_set_index_tablespace(l->m->arena, c, get_str(l, v, "index_tablespace", at, 0));
    if (!key && (sc_constraint_index_options(c)->n || sc_constraint_index_tablespace(c))) {
        pf(where, sizeof where, "%s.index_options", at);
        fail(l, where, "not an option of this kind of constraint");
    }
    json_t *x = json_object_get(v, "exclusion");
    pf(where, sizeof where, "%s.exclusion", at);
    if (c->kind != SC_CON_EXCLUDE) {
        if (x && !json_is_null(x))
            fail(l, where, "only an exclusion constraint has \"exclusion\"");
        return;
    }
    if (!x || json_is_null(x)) {
        fail(l, where, "an exclusion constraint needs \"exclusion\"");
        return;
    }
    if (!obj_at(l, x, where) || only_keys(l, x, where, xkeys))
        return;
    sc_index *ix = sc_arena_alloc(l->m->arena, sizeof *ix);
    ix->method = get_str(l, x, "method", where, 0);
    load_elems(l, ix, x, where, true);
    ix->include = get_names(l, x, "include", where);
    sc_index_set_include_locs(l->m->arena, ix, zero_locs(l, ix->include.n));
    ix->where = get_expr(l, x, "where", where, 0);
    sc_constraint_set_exclusion(l->m->arena, c, ix);
}

static void load_constraint(ld *l, sc_table *t, json_t *v, const char *at)
{
    static const char *const keys[] = {"kind", "name", "name_explicit", "columns", "check",
                                       "references", "deferrable", "initially_deferred",
                                       "nulls_not_distinct", "no_inherit", "not_valid", "comment",
                                       /* issue 12 */ "index_options", "index_tablespace", "exclusion",
                                       "clustered", /* tblprops6 */ NULL};
    static const char *const rkeys[] = {"schema", "table", "columns", "on_delete", "on_update",
                                        "deferrable", "initially_deferred", "match_full", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *kind = get_str(l, v, "kind", at, 1);
    sc_con_kind k;
    if (!kind)
        return;
    if (sc_json_con_kind_parse(kind, &k) != 0) {
        char where[512];
        pf(where, sizeof where, "%s.kind", at);
        fail(l, where, "expected \"primary key\", \"unique\", \"check\", \"foreign key\" or \"exclude\"");
        return;
    }
    sc_constraint *c = sc_table_add_constraint(l->m, t, k);
    c->name = get_str(l, v, "name", at, 1);
    c->name_explicit = get_bool(l, v, "name_explicit", at);
    c->columns = get_names(l, v, "columns", at);
    c->column_locs = zero_locs(l, c->columns.n);
    c->check_expr = get_expr(l, v, "check", at, k == SC_CON_CHECK);
    load_con_options(l, c, v, at);
    sc_constraint_set_comment(l->m->arena, c, get_str(l, v, "comment", at, 0));
    load_exclusion(l, c, v, at);   /* issue 12 */
    json_t *r = json_object_get(v, "references");
    char where[512];
    pf(where, sizeof where, "%s.references", at);
    if (k == SC_CON_FOREIGN_KEY) {
        if (!r || json_is_null(r)) {
            fail(l, where, "a foreign key needs \"references\"");
            return;
        }
        if (!obj_at(l, r, where) || only_keys(l, r, where, rkeys))
            return;
        c->ref_schema = get_str(l, r, "schema", where, 0);
        c->ref_table = get_str(l, r, "table", where, 1);
        c->ref_columns = get_names(l, r, "columns", where);
        c->ref_column_locs = zero_locs(l, c->ref_columns.n);
        GET_WORD(l, r, "on_delete", where, sc_json_fk_action_parse, &c->on_delete, "an FK action");
        GET_WORD(l, r, "on_update", where, sc_json_fk_action_parse, &c->on_update, "an FK action");
        c->deferrable = get_bool(l, r, "deferrable", where);
        c->initially_deferred = get_bool(l, r, "initially_deferred", where);
        c->match_full = get_bool(l, r, "match_full", where);
    } else if (r && !json_is_null(r)) {
        fail(l, where, "only a foreign key has \"references\"");
    }
}

/* An index's "elements", or an exclusion constraint's (with_op: each has
 * its "op"). */
static void load_elems(ld *l, sc_index *ix, json_t *v, const char *at, bool with_op)
{
    static const char *const ekeys[] = {"column", "expr", "collation", "opclass", "desc", "nulls",
                                        "opclass_params", NULL};
    static const char *const xkeys[] = {"column", "expr", "collation", "opclass", "desc", "nulls",
                                        "opclass_params", "op", NULL};
    json_t *empty = json_array();
    json_t *els = get_array(l, v, "elements", at, empty);
    if (els) {
        ix->nelems = json_array_size(els);
        ix->elems = sc_arena_alloc(l->m->arena, (ix->nelems + 1) * sizeof *ix->elems);
        for (size_t i = 0; i < ix->nelems; i++) {
            char where[560];
            pf(where, sizeof where, "%s.elements[%zu]", at, i);
            json_t *e = json_array_get(els, i);
            if (!obj_at(l, e, where) || only_keys(l, e, where, with_op ? xkeys : ekeys))
                continue;
            sc_index_elem *el = &ix->elems[i];
            el->column = get_str(l, e, "column", where, 0);
            el->expr = get_expr(l, e, "expr", where, 0);
            if (!el->column == !el->expr)
                fail(l, where, "needs exactly one of \"column\" and \"expr\"");
            sc_index_elem_set_collation(l->m->arena, el, get_str(l, e, "collation", where, 0));
            sc_index_elem_set_opclass(l->m->arena, el, get_str(l, e, "opclass", where, 0));
            sc_index_elem_set_opclass_params(l->m->arena, el, get_names(l, e, "opclass_params", where));
            el->desc = get_bool(l, e, "desc", where);
            GET_WORD(l, e, "nulls", where, sc_json_nulls_parse, &el->nulls,
                     "\"first\", \"last\" or null");
            if (with_op)
                sc_index_elem_set_op(l->m->arena, el, get_str(l, e, "op", where, 1));
        }
    }
    json_decref(empty);
}

static sc_index *new_index(ld *l, sc_table *t, sc_view *vw);

static void load_index(ld *l, sc_table *t, sc_view *vw, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "name_explicit", "unique", "method", "elements",
                                       "include", "where", "comment", "nulls_not_distinct", "options",
                                       "tablespace", "clustered", /* tblprops6 */ NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    sc_index *ix = new_index(l, t, vw);
    if (get_bool(l, v, "clustered", at)) {   /* tblprops6: a table's index only */
        char where[600];
        pf(where, sizeof where, "%s.clustered", at);
        if (vw)
            fail(l, where, "only a table's index is clustered");
        else
            sc_index_set_clustered(l->m->arena, ix, true);
    }
    ix->name = get_str(l, v, "name", at, 1);
    ix->name_explicit = get_bool(l, v, "name_explicit", at);
    ix->unique = get_bool(l, v, "unique", at);
    ix->method = get_str(l, v, "method", at, 0);
    load_elems(l, ix, v, at, false);
    ix->include = get_names(l, v, "include", at);
    ix->nulls_not_distinct = get_bool(l, v, "nulls_not_distinct", at);
    sc_index_set_options(l->m->arena, ix, get_names(l, v, "options", at));
    sc_index_set_tablespace(l->m->arena, ix, get_str(l, v, "tablespace", at, 0));
    ix->where = get_expr(l, v, "where", at, 0);
    sc_index_set_comment(l->m->arena, ix, get_str(l, v, "comment", at, 0));
}

/* An index of a table or a materialized view. */
static sc_index *new_index(ld *l, sc_table *t, sc_view *vw)
{
    return t ? sc_table_add_index(l->m, t) : sc_view_add_index(l->m, vw);
}

static void load_view_column(ld *l, sc_view *vw, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "type", "comment", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_view_column *c = sc_view_add_column(l->m, vw, name);
    if (!c) {
        char msg[300];
        pf(msg, sizeof msg, "duplicate column \"%.200s\"", name);
        fail(l, at, msg);
        return;
    }
    json_t *ty = json_object_get(v, "type");
    if (ty && !json_is_null(ty)) {
        char where[512];
        pf(where, sizeof where, "%s.type", at);
        load_type(l, ty, where, &c->type);
    }
    c->comment = get_str(l, v, "comment", at, 0);
}

static void load_ref(ld *l, sc_view *vw, json_t *v, const char *at)
{
    static const char *const keys[] = {"kind", "schema", "name", "column", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    sc_ref_kind k = SC_REF_RELATION;
    const char *kind = get_str(l, v, "kind", at, 1);
    if (!kind)
        return;
    if (sc_json_ref_kind_parse(kind, &k) != 0) {
        char where[512];
        pf(where, sizeof where, "%s.kind", at);
        fail(l, where, "expected \"relation\", \"column\", \"type\" or \"function\"");
        return;
    }
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    const char *column = get_str(l, v, "column", at, k == SC_REF_COLUMN);
    if (name)
        sc_view_add_ref(l->m, vw, k, schema, name, column);
}

static void load_view(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"schema", "name", "materialized", "query", "column_list", "columns",
                                       "check_option", "security_barrier", "security_invoker",
                                       "with_no_data", "indexes", "comment", "renamed_from", "sqlite_sql",
                                       "refs", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_view *vw = sc_model_add_view(l->m, schema, name);
    if (!vw) {
        char msg[600];
        pf(msg, sizeof msg, "duplicate view \"%.200s.%.200s\"", schema ? schema : SC_DEFAULT_SCHEMA, name);
        fail(l, at, msg);
        return;
    }
    vw->materialized = get_bool(l, v, "materialized", at);
    vw->query = get_sql(l, v, "query", at, 1, false);   /* a query: view_refs.c parses it */
    vw->column_list = get_names(l, v, "column_list", at);
    GET_WORD(l, v, "check_option", at, sc_json_check_option_parse, &vw->check_option,
             "\"local\", \"cascaded\" or null");
    vw->security_barrier = get_bool(l, v, "security_barrier", at);
    vw->security_invoker = get_bool(l, v, "security_invoker", at);
    vw->with_no_data = get_bool(l, v, "with_no_data", at);
    vw->comment = get_str(l, v, "comment", at, 0);
    vw->renamed_from = get_str(l, v, "renamed_from", at, 0);
    vw->sqlite_sql = get_str(l, v, "sqlite_sql", at, 0);
    json_t *empty = json_array();
    json_t *a = get_array(l, v, "columns", at, empty);
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        char where[600];
        pf(where, sizeof where, "%s.columns[%zu]", at, i);
        load_view_column(l, vw, json_array_get(a, i), where);
    }
    a = get_array(l, v, "indexes", at, empty);
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        char where[600];
        pf(where, sizeof where, "%s.indexes[%zu]", at, i);
        load_index(l, NULL, vw, json_array_get(a, i), where);
    }
    /* null or absent: not known (the DSL's finish step would parse the query) */
    json_t *refs = json_object_get(v, "refs");
    if (refs && !json_is_null(refs)) {
        a = get_array(l, v, "refs", at, empty);
        vw->refs_known = a != NULL;
        for (size_t i = 0; a && i < json_array_size(a); i++) {
            char where[600];
            pf(where, sizeof where, "%s.refs[%zu]", at, i);
            load_ref(l, vw, json_array_get(a, i), where);
        }
    }
    json_decref(empty);
}

static void load_policy(ld *l, sc_table *t, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "restrictive", "command", "roles", "using",
                                       "with_check", "comment", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_policy *p = sc_table_add_policy(l->m, t, name);
    if (!p) {
        fail(l, at, "duplicate policy");
        return;
    }
    p->restrictive = get_bool(l, v, "restrictive", at);
    GET_WORD(l, v, "command", at, sc_json_policy_cmd_parse, &p->cmd,
             "\"all\", \"select\", \"insert\", \"update\" or \"delete\"");
    sc_policy_set_roles(p, get_names(l, v, "roles", at));
    p->using_expr = get_expr(l, v, "using", at, 0);
    p->check_expr = get_expr(l, v, "with_check", at, 0);
    p->comment = get_str(l, v, "comment", at, 0);
}

/* A word token of text spelling `w` (any case). */
static bool tok_word(const char *text, const sc_tok *t, const char *w)
{
    return t && t->len == strlen(w) && !strncasecmp(text + t->off, w, t->len);
}

static bool tok_punct(const char *text, const sc_tok *t, char c)
{
    return t && t->kind == SC_TOK_PUNCT && text[t->off] == c;
}

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* "(...)" between the tokens open and close of b, as the DSL keeps it
 * (sc_pb_inner: without the blanks at either end) */
static void put_paren(sc_strbuf *out, const char *b, const sc_tok *open, const sc_tok *close)
{
    size_t s = open->off + 1, e = close->off;
    while (s < e && blank(b[s]))
        s++;
    while (e > s && blank(b[e - 1]))
        e--;
    sc_sb_putc(out, '(');
    sc_sb_putn(out, b + s, e - s);
    sc_sb_putc(out, ')');
}

/* The tokens of b outside parentheses, and each outer pair's two: false
 * when b does not tokenize, holds a comment (which the DSL would write into
 * the line and not read back), has unbalanced parentheses or too many. */
static bool outer_tokens(const char *b, sc_toks *all, const sc_tok **t, size_t cap, size_t *n)
{
    sc_tok_err err;
    if (sc_sql_tokenize(b, strlen(b), SC_DIALECT_POSTGRESQL, all, &err) != 0)
        return false;
    size_t depth = 0;
    *n = 0;
    for (size_t i = 0; i < all->n; i++) {
        const sc_tok *x = &all->items[i];
        if (x->kind == SC_TOK_COMMENT)
            return false;
        if (sc_tok_is_space(x))
            continue;
        bool open = tok_punct(b, x, '('), close = tok_punct(b, x, ')');
        if (close && depth == 0)
            return false;
        if (depth == 0 || (close && depth == 1)) {   /* the words and the outer parentheses */
            if (*n == cap)
                return false;
            t[(*n)++] = x;
        }
        depth += open ? 1 : 0;
        depth -= close ? 1 : 0;
    }
    return depth == 0;
}

/* A partition bound in the one shape the DSL writes and reads back
 * (sc_pb_bound, the grammar's part_bound): DEFAULT, or FOR VALUES FROM (..)
 * TO (..) / IN (..) / WITH (..), each (..) balanced, respelled as the DSL
 * reader spells it (the words in capitals, one space between them and the
 * parentheses, whose insides are kept); NULL when b has another shape or
 * holds a comment. */
static const char *bound_shape(sc_arena *a, const char *b)
{
    sc_toks all = {0};
    const sc_tok *t[64];
    size_t n = 0;
    const char *r = NULL;
    if (!outer_tokens(b, &all, t, 64, &n)) {
        r = NULL;
    } else if (n == 1) {
        r = tok_word(b, t[0], "default") ? "DEFAULT" : NULL;
    } else {
        bool from = n == 8 && tok_word(b, t[2], "from") && tok_word(b, t[5], "to") && tok_punct(b, t[6], '(') &&
                    tok_punct(b, t[7], ')');
        bool in = n == 5 && tok_word(b, t[2], "in"), with = n == 5 && tok_word(b, t[2], "with");
        if ((from || in || with) && tok_word(b, t[0], "for") && tok_word(b, t[1], "values") &&
            tok_punct(b, t[3], '(') && tok_punct(b, t[4], ')')) {
            sc_strbuf s = SC_STRBUF_INIT;
            sc_sb_puts(&s, from ? "FOR VALUES FROM " : in ? "FOR VALUES IN " : "FOR VALUES WITH ");
            put_paren(&s, b, t[3], t[4]);
            if (from) {
                sc_sb_puts(&s, " TO ");
                put_paren(&s, b, t[6], t[7]);
            }
            r = sc_arena_strdup(a, sc_sb_cstr(&s));
            sc_sb_free(&s);
        }
    }
    sc_toks_free(&all);
    return r;
}

/* A partition key in the shape the DSL writes and reads back
 * (sc_pb_partition_by): RANGE, LIST or HASH and one (..), respelled so;
 * NULL otherwise. */
static const char *key_shape(sc_arena *a, const char *b)
{
    static const char *const kinds[] = {"RANGE", "LIST", "HASH"};
    sc_toks all = {0};
    const sc_tok *t[4];
    size_t n = 0;
    const char *r = NULL;
    if (outer_tokens(b, &all, t, 4, &n) && n == 3 && tok_punct(b, t[1], '(') && tok_punct(b, t[2], ')'))
        for (size_t i = 0; i < 3 && !r; i++)
            if (tok_word(b, t[0], kinds[i])) {
                sc_strbuf s = SC_STRBUF_INIT;
                sc_sb_printf(&s, "%s ", kinds[i]);
                put_paren(&s, b, t[1], t[2]);
                r = sc_arena_strdup(a, sc_sb_cstr(&s));
                sc_sb_free(&s);
            }
    sc_toks_free(&all);
    return r;
}

/* partitioning and inheritance (issue 12 items 4-5): "partition_by" (the
 * key as pg_get_partkeydef spells it), "partition_of" {schema, name} with
 * "partition_bound", "inherits" [{schema, name}, ...] */
static void load_partitioning(ld *l, sc_table *t, json_t *v, const char *at)
{
    static const char *const qkeys[] = {"schema", "name", NULL};
    const char *key = get_str(l, v, "partition_by", at, 0);
    t->partition_key = key ? key_shape(l->m->arena, key) : NULL;
    if (key && !t->partition_key) {
        char kat[600];
        pf(kat, sizeof kat, "%s.partition_by", at);
        fail(l, kat, "expected RANGE (...), LIST (...) or HASH (...)");
    }
    json_t *po = json_object_get(v, "partition_of");
    if (po && !json_is_null(po)) {
        char where[600];
        pf(where, sizeof where, "%s.partition_of", at);
        if (obj_at(l, po, where) && !only_keys(l, po, where, qkeys)) {
            t->parent_schema = get_str(l, po, "schema", where, 0);
            t->parent_name = get_str(l, po, "name", where, 1);
            const char *bound = get_sql(l, v, "partition_bound", at, 1, false);
            t->partition_bound = bound ? bound_shape(l->m->arena, bound) : NULL;
            if (bound && !t->partition_bound) {
                char bat[600];
                pf(bat, sizeof bat, "%s.partition_bound", at);
                fail(l, bat, "expected DEFAULT or FOR VALUES FROM (...) TO (...), IN (...) or WITH (...)");
                t->partition_bound = NULL;
            }
        }
    }
    json_t *empty = json_array();
    json_t *ih = get_array(l, v, "inherits", at, empty);
    for (size_t i = 0; ih && i < json_array_size(ih); i++) {
        char where[600];
        pf(where, sizeof where, "%s.inherits[%zu]", at, i);
        json_t *e = json_array_get(ih, i);
        if (!obj_at(l, e, where) || only_keys(l, e, where, qkeys))
            continue;
        const char *name = get_str(l, e, "name", where, 1);
        if (name)
            sc_table_add_inherits(l->m, t, get_str(l, e, "schema", where, 0), name);
    }
    json_decref(empty);
}

/* tblprops6: "replica_identity" "nothing" | "full" | "index" (with
 * "replica_index"), absent for DEFAULT */
static void load_replica_identity(ld *l, sc_table *t, json_t *v, const char *at)
{
    const char *r = get_str(l, v, "replica_identity", at, 0);
    const char *ix = get_str(l, v, "replica_index", at, 0);
    char where[600];
    char kind = !r ? 'd' : !strcmp(r, "nothing") ? 'n' : !strcmp(r, "full") ? 'f' : !strcmp(r, "index") ? 'i' : 0;
    if (!kind) {
        pf(where, sizeof where, "%s.replica_identity", at);
        fail(l, where, "expected \"nothing\", \"full\" or \"index\"");
        return;
    }
    if ((kind == 'i') != (ix != NULL)) {
        pf(where, sizeof where, "%s.replica_index", at);
        fail(l, where, "given with \"replica_identity\": \"index\" alone, and needed there");
        return;
    }
    sc_table_set_replica_identity(l->m->arena, t, kind, ix, (sc_loc){0});
}

static void load_table(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"schema", "name", "comment", "renamed_from", "columns",
                                       "constraints", "indexes", "sqlite_autoincrement",
                                       "sqlite_without_rowid", "sqlite_strict", "row_level_security",
                                       "force_row_level_security", "policies", "unlogged", "options",
                                       "replica_identity", "replica_index",   /* tblprops6 */
                                       /* partitioning and inheritance */
                                       "partition_by", "partition_of", "partition_bound", "inherits", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_table *t = sc_model_add_table(l->m, schema, name);
    if (!t) {
        char msg[600];
        pf(msg, sizeof msg, "duplicate table \"%.200s.%.200s\"",
                 schema ? schema : SC_DEFAULT_SCHEMA, name);
        fail(l, at, msg);
        return;
    }
    t->comment = get_str(l, v, "comment", at, 0);
    t->renamed_from = get_str(l, v, "renamed_from", at, 0);
    t->sqlite_autoincrement = get_bool(l, v, "sqlite_autoincrement", at);
    t->sqlite_without_rowid = get_bool(l, v, "sqlite_without_rowid", at);
    t->sqlite_strict = get_bool(l, v, "sqlite_strict", at);
    t->rls_enabled = get_bool(l, v, "row_level_security", at);
    t->rls_forced = get_bool(l, v, "force_row_level_security", at);
    t->unlogged = get_bool(l, v, "unlogged", at);
    sc_table_set_options(l->m->arena, t, get_names(l, v, "options", at));
    load_replica_identity(l, t, v, at);   /* tblprops6 */
    load_partitioning(l, t, v, at);   /* issue 12 items 4-5 */
    json_t *empty = json_array();
    json_t *pa = get_array(l, v, "policies", at, empty);
    for (size_t i = 0; pa && i < json_array_size(pa); i++) {
        char where[600];
        pf(where, sizeof where, "%s.policies[%zu]", at, i);
        load_policy(l, t, json_array_get(pa, i), where);
    }
    static const char *const parts[] = {"columns", "constraints", "indexes"};
    for (int p = 0; p < 3; p++) {
        json_t *a = get_array(l, v, parts[p], at, empty);
        for (size_t i = 0; a && i < json_array_size(a); i++) {
            char where[600];
            pf(where, sizeof where, "%s.%s[%zu]", at, parts[p], i);
            json_t *e = json_array_get(a, i);
            if (p == 0)
                load_column(l, t, e, where);
            else if (p == 1)
                load_constraint(l, t, e, where);
            else
                load_index(l, t, NULL, e, where);
        }
    }
    json_decref(empty);
}

static void load_enum(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"schema", "name", "labels", "comment", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_enum *e = sc_model_add_enum(l->m, schema, name);
    if (!e) {
        fail(l, at, "duplicate enum");
        return;
    }
    e->labels = get_names_e(l, v, "labels", at, true);
    e->label_locs = zero_locs(l, e->labels.n);
    e->comment = get_str(l, v, "comment", at, 0);
}

static void load_sequence(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"schema", "name", "type", "start", "increment",
                                       "min_value", "max_value", "cache", "cycle", "owned_by", "comment", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_sequence *s = sc_model_add_sequence(l->m, schema, name);
    if (!s) {
        fail(l, at, "duplicate sequence");
        return;
    }
    /* read as the DSL reads `as TYPE`: parsed, and kept in canonical form */
    const char *type = get_str(l, v, "type", at, 0);
    sc_type t;
    const char *err;
    if (type && sc_type_parse(l->m->arena, type, &t, &err) != 0) {
        char where[512], what[160];
        pf(where, sizeof where, "%s.type", at);
        pf(what, sizeof what, "invalid type: %s", err);
        fail(l, where, what);
    } else if (type) {
        s->type = sc_type_format(l->m->arena, &t);
    }
    s->start = get_int(l, v, "start", at, 1, NULL);
    s->increment = get_int(l, v, "increment", at, 1, NULL);
    s->min_value = get_int(l, v, "min_value", at, 0, &s->has_min);
    s->max_value = get_int(l, v, "max_value", at, 0, &s->has_max);
    s->cache = get_int(l, v, "cache", at, 1, NULL);
    s->cycle = get_bool(l, v, "cycle", at);
    s->comment = get_str(l, v, "comment", at, 0);
    json_t *ob = json_object_get(v, "owned_by");
    if (ob && !json_is_null(ob)) {
        static const char *const okeys[] = {"table", "column", NULL};
        char where[512];
        pf(where, sizeof where, "%s.owned_by", at);
        if (!obj_at(l, ob, where) || only_keys(l, ob, where, okeys))
            return;
        s->owned_by_table = get_str(l, ob, "table", where, 1);
        s->owned_by_column = get_str(l, ob, "column", where, 1);
    }
}

int sc_json_load_routines(sc_model *m, json_t *root, sc_diags *d);   /* json_routine.c */
int sc_json_load_privileges(sc_model *m, json_t *root, sc_diags *d);   /* json_privilege.c */

static void imply_schema(sc_model *m, const char *schema)
{
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA) != 0)
        sc_model_add_schema(m, schema);
}

/* As in the DSL (and in SQL), a primary key's columns are NOT NULL. */
static void imply_not_null(sc_table *t)
{
    const sc_constraint *pk = sc_table_primary_key(t);
    for (size_t i = 0; pk && i < pk->columns.n; i++) {
        sc_column *c = sc_table_column(t, pk->columns.items[i]);
        if (c)
            c->not_null = true;
    }
}

static void load_utype(ld *l, json_t *v, const char *at);   /* domains, composite and range types */
/* ---- extensions and collations -------------------------------------------- */

static void load_extension(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "schema", "version", "types", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_extension *e = sc_model_add_extension(l->m, name);
    if (!e) {
        fail(l, at, "duplicate extension");
        return;
    }
    e->schema = get_str(l, v, "schema", at, 0);
    e->version = get_str(l, v, "version", at, 0);
    e->types = get_names_e(l, v, "types", at, true);
    imply_schema(l->m, e->schema);
}

static void load_collation(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"schema", "name", "provider", "locale", "lc_collate", "lc_ctype",
                                       "deterministic", "comment", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    if (!name)
        return;
    sc_collation *c = sc_model_add_collation(l->m, schema, name);
    if (!c) {
        fail(l, at, "duplicate collation");
        return;
    }
    imply_schema(l->m, c->schema);
    const char *provider = get_str(l, v, "provider", at, 0);
    if (provider && strcmp(provider, "icu") && strcmp(provider, "libc"))
        fail(l, at, "provider: expected \"icu\" or \"libc\"");
    c->icu = provider && !strcmp(provider, "icu");
    json_t *det = json_object_get(v, "deterministic");
    c->deterministic = !det || json_is_null(det) || get_bool(l, v, "deterministic", at);
    c->locale = get_str(l, v, "locale", at, 0);
    c->lc_collate = get_str(l, v, "lc_collate", at, 0);
    c->lc_ctype = get_str(l, v, "lc_ctype", at, 0);
    c->comment = get_str(l, v, "comment", at, 0);   /* issue 12 */
    if (c->comment && !*c->comment)
        c->comment = NULL;   /* '' is none, as PostgreSQL keeps it */
    /* the model's canonical form (model.h), as the DSL makes it */
    if (!c->icu && c->locale && !c->lc_collate && !c->lc_ctype) {
        c->lc_collate = c->lc_ctype = c->locale;
        c->locale = NULL;
    }
    if (c->icu ? !c->locale || c->lc_collate || c->lc_ctype : c->locale || !c->lc_collate || !c->lc_ctype)
        fail(l, at, c->icu ? "an ICU collation takes locale (only)" : "a libc collation takes locale, or lc_collate and lc_ctype");
    else if (!c->icu && !c->deterministic)
        fail(l, at, "only an ICU collation may be nondeterministic");
}

static void load_ext_objects(ld *l, json_t *root)
{
    json_t *empty = json_array();
    json_t *a = get_array(l, root, "extensions", "", empty);
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        char where[64];
        pf(where, sizeof where, "extensions[%zu]", i);
        load_extension(l, json_array_get(a, i), where);
    }
    a = get_array(l, root, "collations", "", empty);
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        char where[64];
        pf(where, sizeof where, "collations[%zu]", i);
        load_collation(l, json_array_get(a, i), where);
    }
    json_decref(empty);
}

static void load_root(ld *l, json_t *root)
{
    static const char *const keys[] = {"format", "version", "schemas", "enums", "sequences",
                                       "tables", "views",
                                       "types",   /* domains, composite and range types */
                                       /* extensions and collations */
                                       "extensions", "collations",
                                       "functions", "triggers",   /* functions and triggers */
                                       "schema_comments",
                                       "privileges",   /* privileges and ownership */
                                       NULL};
    if (!json_is_object(root)) {
        fail(l, "", "expected a JSON object at the top (a schemac model, see docs/json.md)");
        return;
    }
    json_t *f = json_object_get(root, "format");
    if (!json_is_string(f) || strcmp(json_string_value(f), SC_JSON_FORMAT) != 0) {
        fail(l, "format", "expected \"" SC_JSON_FORMAT "\" (is this a schemac model?)");
        return;
    }
    json_t *ver = json_object_get(root, "version");
    if (!json_is_integer(ver) || json_integer_value(ver) != SC_JSON_VERSION) {
        char msg[120];
        pf(msg, sizeof msg, "unsupported version (this schemac reads version %d)",
                 SC_JSON_VERSION);
        fail(l, "version", msg);
        return;
    }
    if (only_keys(l, root, "", keys))
        return;
    sc_names schemas = get_names(l, root, "schemas", "");
    for (size_t i = 0; i < schemas.n; i++)
        if (!sc_model_add_schema(l->m, schemas.items[i])) {
            char where[64];
            pf(where, sizeof where, "schemas[%zu]", i);
            fail(l, where, "duplicate schema");
        }
    json_t *scm = json_object_get(root, "schema_comments");   /* issue 12 */
    if (scm && !json_is_null(scm) && obj_at(l, scm, "schema_comments")) {
        const char *k;
        json_t *v;
        json_object_foreach(scm, k, v) {
            char where[300];
            pf(where, sizeof where, "schema_comments.%.200s", k);
            if (!json_is_string(v))
                fail(l, where, "expected a string");
            else if (strcmp(k, SC_DEFAULT_SCHEMA) && !sc_strmap_has(l->m->schema_map, k))
                fail(l, where, "not public nor a schema of \"schemas\"");
            else
                sc_model_set_schema_comment(l->m, k, json_string_value(v));
        }
    }
    json_t *empty = json_array();
    static const char *const parts[] = {"enums", "sequences", "tables", "views"};
    for (int p = 0; p < 4; p++) {
        json_t *a = get_array(l, root, parts[p], "", empty);
        for (size_t i = 0; a && i < json_array_size(a); i++) {
            char where[64];
            pf(where, sizeof where, "%s[%zu]", parts[p], i);
            json_t *e = json_array_get(a, i);
            if (p == 0)
                load_enum(l, e, where);
            else if (p == 1)
                load_sequence(l, e, where);
            else if (p == 2)
                load_table(l, e, where);
            else
                load_view(l, e, where);
        }
    }
    /* domains, composite and range types */
    json_t *ut = get_array(l, root, "types", "", empty);
    for (size_t i = 0; ut && i < json_array_size(ut); i++) {
        char where[64];
        pf(where, sizeof where, "types[%zu]", i);
        load_utype(l, json_array_get(ut, i), where);
    }
    json_decref(empty);
    load_ext_objects(l, root);   /* extensions and collations */
    if (sc_json_load_routines(l->m, root, l->d) != 0)   /* functions and triggers */
        l->failed = 1;
    if (sc_json_load_privileges(l->m, root, l->d) != 0)   /* privileges and ownership */
        l->failed = 1;
    /* As in the DSL, the schema an object (an enum, a sequence, a view, a
     * table) lives in exists without being listed: a model reads the same
     * from either. */
    for (size_t i = 0; i < l->m->enums.n; i++)
        imply_schema(l->m, SC_VEC_AT(l->m->enums, i, sc_enum)->schema);
    for (size_t i = 0; i < l->m->sequences.n; i++)
        imply_schema(l->m, SC_VEC_AT(l->m->sequences, i, sc_sequence)->schema);
    for (size_t i = 0; i < l->m->views.n; i++)
        imply_schema(l->m, SC_VEC_AT(l->m->views, i, sc_view)->schema);
    for (size_t i = 0; i < l->m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(l->m->tables, i, sc_table);
        imply_schema(l->m, t->schema);
        imply_not_null(t);
    }
}

sc_model *sc_load_json(const char *path, const char *text, size_t len, sc_diags *d)
{
    json_error_t err;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
    if (!root) {
        /* Point at the place with a caret: the source goes with a scratch
         * model, so the diagnostics keep their own copy of it. */
        sc_model *tmp = sc_model_new();
        const sc_src *src = sc_model_add_src(tmp, path, text, len);
        /* jansson's position is just past the offending token. */
        size_t pos = err.position > 0 ? (size_t)err.position - 1 : 0;
        if (pos > len)
            pos = len;
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){src, (uint32_t)pos, 1}, "invalid JSON: %s",
                    err.text);
        sc_diags_keep_src(d, src);
        sc_model_free(tmp);
        return NULL;
    }
    ld l = {sc_model_new(), d, path, 0};
    load_root(&l, root);
    json_decref(root);
    if (l.failed) {
        sc_model_free(l.m);
        return NULL;
    }
    /* The same checks as for the DSL (FKs to unknown tables, ...), then the
     * canonical order. */
    size_t first = d->n;
    /* A view's query must parse as the DSL's does, whether or not the JSON
     * gives its refs (SQLite's own text aside): else the .sch written from
     * the model would not read back (found by fuzz_json). */
    int bad = 0;
    for (size_t i = 0; i < l.m->views.n; i++) {
        const sc_view *vw = SC_VEC_AT(l.m->views, i, sc_view);
        if (vw->refs_known && !vw->sqlite_sql && sc_view_check_query(vw, d) != 0)
            bad = 1;
    }
    /* Views whose refs the JSON does not give: from their queries. */
    bad |= sc_view_refs(l.m, d) != 0;
    bad |= sc_model_validate(l.m, d) != 0;
    /* the columns checks read, as the DSL written from the model checks them */
    if (!bad)
        bad |= sc_check_refs(l.m, d) != 0;
    static const sc_loc nowhere[SC_PB_SQLITE_NOPTS];
    for (size_t i = 0; i < l.m->tables.n; i++)
        if (sc_check_sqlite_options(SC_VEC_AT(l.m->tables, i, sc_table), nowhere, d))
            bad = 1;
    /* A model read from JSON has no source locations: name the file in
     * what validation found instead. */
    for (size_t i = first; i < d->n; i++) {
        if (d->items[i].loc.src)
            continue;
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_printf(&b, "%s: %s", path, d->items[i].msg);
        free(d->items[i].msg);
        d->items[i].msg = sc_sb_take(&b);
    }
    if (bad) {
        sc_model_free(l.m);
        return NULL;
    }
    sc_model_sort(l.m);
    return l.m;
}

/* ---- domains, composite and range types (docs/json.md, "types") ------------ */

static void load_utype_type(ld *l, json_t *v, const char *key, const char *at, sc_type *t)
{
    char where[512];
    pf(where, sizeof where, "%s.%s", at, key);
    json_t *ty = json_object_get(v, key);
    if (!ty) {
        fail(l, where, "missing");
        return;
    }
    load_type(l, ty, where, t);
}

static void load_utype_checks(ld *l, sc_utype *u, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "expr", "not_valid", NULL};
    json_t *empty = json_array();
    json_t *a = get_array(l, v, "checks", at, empty);
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        char where[512];
        pf(where, sizeof where, "%s.checks[%zu]", at, i);
        json_t *c = json_array_get(a, i);
        if (!obj_at(l, c, where) || only_keys(l, c, where, keys))
            continue;
        sc_domain_check *k = sc_utype_add_check(l->m, u, NULL, NULL);
        k->name = get_str(l, c, "name", where, 1);
        k->expr = get_expr(l, c, "expr", where, 1);
        k->not_valid = get_bool(l, c, "not_valid", where);
    }
    json_decref(empty);
}

static void load_utype_attrs(ld *l, sc_utype *u, json_t *v, const char *at)
{
    static const char *const keys[] = {"name", "type", "collation", "renamed_from", NULL};
    json_t *empty = json_array();
    json_t *a = get_array(l, v, "attributes", at, empty);
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        char where[512];
        pf(where, sizeof where, "%s.attributes[%zu]", at, i);
        json_t *c = json_array_get(a, i);
        if (!obj_at(l, c, where) || only_keys(l, c, where, keys))
            continue;
        const char *name = get_str(l, c, "name", where, 1);
        if (!name)
            continue;
        sc_type_attr *t = sc_utype_add_attr(l->m, u, name);
        load_utype_type(l, c, "type", where, &t->type);
        t->collation = get_str(l, c, "collation", where, 0);
        t->renamed_from = get_str(l, c, "renamed_from", where, 0);
    }
    json_decref(empty);
}

static void load_utype(ld *l, json_t *v, const char *at)
{
    static const char *const keys[] = {"kind", "schema", "name", "base", "subtype", "collation", "not_null",
                                       "default", "checks", "attributes", "subtype_opclass", "canonical",
                                       "subtype_diff", "multirange_type_name", "comment", NULL};
    if (!obj_at(l, v, at) || only_keys(l, v, at, keys))
        return;
    const char *kind = get_str(l, v, "kind", at, 1);
    const char *schema = get_str(l, v, "schema", at, 0);
    const char *name = get_str(l, v, "name", at, 1);
    if (!kind || !name)
        return;
    sc_utype_kind k = SC_UTYPE_DOMAIN;
    if (!strcmp(kind, "composite"))
        k = SC_UTYPE_COMPOSITE;
    else if (!strcmp(kind, "range"))
        k = SC_UTYPE_RANGE;
    else if (strcmp(kind, "domain")) {
        char where[512];
        pf(where, sizeof where, "%s.kind", at);
        fail(l, where, "expected \"domain\", \"composite\" or \"range\"");
        return;
    }
    sc_utype *u = sc_model_add_utype(l->m, k, schema, name);
    if (!u) {
        fail(l, at, "duplicate type");
        return;
    }
    imply_schema(l->m, u->schema);
    u->collation = get_str(l, v, "collation", at, 0);
    u->comment = get_str(l, v, "comment", at, 0);
    if (k == SC_UTYPE_DOMAIN) {
        load_utype_type(l, v, "base", at, &u->base);
        u->not_null = get_bool(l, v, "not_null", at);
        u->default_expr = get_expr(l, v, "default", at, 0);
        load_utype_checks(l, u, v, at);
    } else if (k == SC_UTYPE_COMPOSITE) {
        load_utype_attrs(l, u, v, at);
    } else {
        load_utype_type(l, v, "subtype", at, &u->base);
        u->subtype_opclass = get_str(l, v, "subtype_opclass", at, 0);
        u->canonical = get_str(l, v, "canonical", at, 0);
        u->subtype_diff = get_str(l, v, "subtype_diff", at, 0);
        u->multirange = get_str(l, v, "multirange_type_name", at, 0);
    }
}
