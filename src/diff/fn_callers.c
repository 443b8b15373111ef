/* fn_callers.c - callers4 (issue 11): the functions a routine's body calls,
 * where pg_depend does not record it.
 *
 * PostgreSQL records a SQL-standard body's calls (pg_depend), but not those
 * of a PL/pgSQL body or of a LANGUAGE sql function written as a string: a
 * function g whose body calls f holds no dependency on f. When f's body is
 * replaced, an index over g keeps entries computed by f's old body
 * (fn_replaced.c). So the bodies are read here, with PostgreSQL's own
 * parser (libpg_query):
 *  - the CREATE text (pg_query_parse) gives the language, the body, the
 *    function's own SET search_path and how many arguments a call may give
 *    it (defaults, VARIADIC);
 *  - a PL/pgSQL body (pg_query_parse_plpgsql) is a tree of statements
 *    whose every expression and query is a PLpgSQL_expr string, each
 *    parsed as SQL (a bare expression as SELECT expr; an assignment
 *    "y := expr" without its target) and walked for FuncCall nodes;
 *  - a string-bodied SQL function's body is SQL statements (pg_query_parse).
 * A name is resolved to the model's functions: qualified, in its schema;
 * unqualified, in every schema of the function's SET search_path, or, when
 * it sets none, in public and the function's own schema (the session's
 * path at call time is not known). Overloads: those whose argument count
 * accepts the call's (types are not known). What cannot be decided counts
 * as called: a body that does not parse, a language other than sql and
 * plpgsql (C and internal aside), and EXECUTE of SQL built at run time (a
 * constant string is parsed as SQL) take every function whose name the
 * text names before a '('. */
#include <ctype.h>
#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diff/fn_callers.h"
#include "model/strmap.h"

/* ---- the calls of SQL text -------------------------------------------- */

static void walk_calls(sc_arena *a, json_t *node, sc_vec *calls);

static void add_call(sc_arena *a, json_t *fc, sc_vec *calls)
{
    json_t *names = json_object_get(fc, "funcname");
    size_t n = json_array_size(names);
    if (!n)
        return;
    const char *name = json_string_value(json_object_get(json_object_get(json_array_get(names, n - 1), "String"), "sval"));
    const char *schema =
        n >= 2 ? json_string_value(json_object_get(json_object_get(json_array_get(names, n - 2), "String"), "sval"))
               : NULL;
    if (!name)
        return;
    sc_body_call *k = sc_arena_alloc(a, sizeof *k);
    k->schema = sc_arena_strdup(a, schema);
    k->name = sc_arena_strdup(a, name);
    bool any = json_is_true(json_object_get(fc, "func_variadic")) || json_is_true(json_object_get(fc, "agg_star"));
    k->nargs = any ? -1 : (int)json_array_size(json_object_get(fc, "args"));
    sc_vec_push(a, calls, k);
}

static void walk_calls(sc_arena *a, json_t *node, sc_vec *calls)
{
    if (json_is_array(node)) {
        for (size_t i = 0; i < json_array_size(node); i++)
            walk_calls(a, json_array_get(node, i), calls);
        return;
    }
    if (!json_is_object(node))
        return;
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v) {
        if (!strcmp(key, "FuncCall"))
            add_call(a, v, calls);
        walk_calls(a, v, calls);   /* the arguments may call too */
    }
}

/* The parse tree of sql as JSON, or NULL when it does not parse. */
static json_t *parse_tree(const char *sql)
{
    PgQueryParseResult r = pg_query_parse(sql);
    json_t *t = r.error ? NULL : json_loads(r.parse_tree, 0, NULL);
    pg_query_free_parse_result(r);
    return t;
}

/* PL/pgSQL writes an expression bare ("x > 0") and an assignment with its
 * target ("y := f(x)", "r.a = 1"): a statement, else SELECT expr, else
 * SELECT what follows the first := or =. */
static json_t *parse_plpgsql_expr(sc_arena *a, const char *sql)
{
    json_t *t = parse_tree(sql);
    if (!t)
        t = parse_tree(sc_arena_printf(a, "SELECT %s", sql));
    if (!t) {
        const char *as = strstr(sql, ":=");
        const char *eq = as ? as + 2 : strchr(sql, '=');
        if (eq && !as)
            eq++;
        if (eq)
            t = parse_tree(sc_arena_printf(a, "SELECT %s", eq));
    }
    return t;
}

int sc_sql_calls(sc_arena *a, const char *sql, sc_vec *calls)
{
    json_t *t = sql ? parse_plpgsql_expr(a, sql) : NULL;
    if (!t)
        return -1;
    walk_calls(a, t, calls);
    json_decref(t);
    return 0;
}

/* ---- PL/pgSQL ---------------------------------------------------------- */

/* An EXECUTE's text: a constant string is SQL read as any other; anything
 * else is run-time SQL, kept for the name match. */
static void dynamic_sql(sc_arena *a, const char *expr, sc_body_info *out)
{
    json_t *t = parse_tree(sc_arena_printf(a, "SELECT %s", expr));
    json_t *sel = json_object_get(json_object_get(json_array_get(json_object_get(t, "stmts"), 0), "stmt"),
                                  "SelectStmt");
    json_t *tl = json_object_get(sel, "targetList");
    json_t *val = json_object_get(json_object_get(json_array_get(tl, 0), "ResTarget"), "val");
    const char *s = json_string_value(json_object_get(json_object_get(json_object_get(val, "A_Const"), "sval"), "sval"));
    if (!(json_array_size(tl) == 1 && s && sc_sql_calls(a, s, &out->calls) == 0))
        sc_vec_push(a, &out->dynamic, sc_arena_strdup(a, expr));
    json_decref(t);
}

/* The query of a PLpgSQL_expr node (NULL when n is not one). */
static const char *expr_query(json_t *n)
{
    return json_string_value(json_object_get(json_object_get(n, "PLpgSQL_expr"), "query"));
}

static bool walk_plpgsql(sc_arena *a, json_t *node, sc_body_info *out)
{
    bool ok = true;
    if (json_is_array(node)) {
        for (size_t i = 0; i < json_array_size(node); i++)
            ok &= walk_plpgsql(a, json_array_get(node, i), out);
        return ok;
    }
    if (!json_is_object(node))
        return true;
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v) {
        const char *q;
        if (!strcmp(key, "PLpgSQL_expr") && (q = json_string_value(json_object_get(v, "query"))))
            ok &= sc_sql_calls(a, q, &out->calls) == 0;
        /* EXECUTE, FOR ... IN EXECUTE, OPEN ... FOR EXECUTE, RETURN QUERY EXECUTE */
        if (!strcmp(key, "PLpgSQL_stmt_dynexecute") || !strcmp(key, "PLpgSQL_stmt_dynfors"))
            if ((q = expr_query(json_object_get(v, "query"))))
                dynamic_sql(a, q, out);
        if (!strcmp(key, "PLpgSQL_stmt_open") || !strcmp(key, "PLpgSQL_stmt_return_query"))
            if ((q = expr_query(json_object_get(v, "dynquery"))))
                dynamic_sql(a, q, out);
        ok &= walk_plpgsql(a, v, out);
    }
    return ok;
}

/* libpg_query 15-4.0's pg_query_parse_plpgsql returns without freeing its
 * raw parse's stderr buffer (one byte) when the PL/pgSQL body does not
 * compile: a leak of the library, not ours, that the sanitizer build is
 * told about (a suppression of that frame only; our own results are freed
 * by pg_query_free_*_result and stay checked). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SC_ASAN_BUILD 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SC_ASAN_BUILD 1
#endif
#ifdef SC_ASAN_BUILD
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:pg_query_raw_parse\n";
}
/* no "Suppressions used" table on stderr, which the suites compare */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
#endif

static bool read_plpgsql(sc_arena *a, const char *create_sql, sc_body_info *out)
{
    PgQueryPlpgsqlParseResult r = pg_query_parse_plpgsql(create_sql);
    json_t *t = r.error ? NULL : json_loads(r.plpgsql_funcs, 0, NULL);
    pg_query_free_plpgsql_parse_result(r);
    if (!t)
        return false;
    bool ok = walk_plpgsql(a, t, out);
    json_decref(t);
    return ok;
}

/* ---- the CREATE text ----------------------------------------------------- */

static const char *sval(json_t *n)
{
    const char *s = json_string_value(json_object_get(json_object_get(n, "String"), "sval"));
    return s ? s : json_string_value(json_object_get(json_object_get(json_object_get(n, "A_Const"), "sval"), "sval"));
}

static void read_path(sc_arena *a, json_t *set, sc_body_info *out)
{
    const char *name = json_string_value(json_object_get(set, "name"));
    const char *kind = json_string_value(json_object_get(set, "kind"));
    if (!name || strcmp(name, "search_path") || !kind || strcmp(kind, "VAR_SET_VALUE"))
        return;
    json_t *args = json_object_get(set, "args");
    out->path_set = true;
    out->npath = 0;
    out->path = sc_arena_alloc(a, (json_array_size(args) + 1) * sizeof *out->path);
    for (size_t i = 0; i < json_array_size(args); i++) {
        const char *s = sval(json_array_get(args, i));
        if (s)
            out->path[out->npath++] = sc_arena_strdup(a, s);
    }
}

/* How many arguments a call may give: IN, INOUT, VARIADIC (and a
 * procedure's OUT) count; those with a default may be left out. */
static void read_arity(json_t *fn, sc_body_info *out)
{
    bool proc = json_is_true(json_object_get(fn, "is_procedure"));
    json_t *params = json_object_get(fn, "parameters");
    int n = 0, min = 0;
    bool variadic = false;
    for (size_t i = 0; i < json_array_size(params); i++) {
        json_t *p = json_object_get(json_array_get(params, i), "FunctionParameter");
        const char *mode = json_string_value(json_object_get(p, "mode"));
        if (mode && (!strcmp(mode, "FUNC_PARAM_TABLE") || (!proc && !strcmp(mode, "FUNC_PARAM_OUT"))))
            continue;
        variadic |= mode && !strcmp(mode, "FUNC_PARAM_VARIADIC");
        n++;
        if (!json_object_get(p, "defexpr"))
            min = n;
    }
    out->min_args = min;
    out->max_args = variadic ? -1 : n;
}

void sc_body_info_read(sc_arena *a, const char *create_sql, sc_body_info *out)
{
    memset(out, 0, sizeof *out);
    out->min_args = out->max_args = -1;
    out->text = create_sql;
    if (!create_sql)
        return;
    json_t *t = parse_tree(create_sql);
    json_t *fn = json_object_get(json_object_get(json_array_get(json_object_get(t, "stmts"), 0), "stmt"),
                                 "CreateFunctionStmt");
    if (!fn) {   /* not a function's text (an aggregate's), or not one that parses */
        out->status = t && json_object_get(json_object_get(json_array_get(json_object_get(t, "stmts"), 0), "stmt"),
                                           "DefineStmt") ? SC_BODY_NOT_FOLLOWED : SC_BODY_UNREAD;
        json_decref(t);
        return;
    }
    read_arity(fn, out);
    const char *body = NULL;
    json_t *opts = json_object_get(fn, "options");
    for (size_t i = 0; i < json_array_size(opts); i++) {
        json_t *d = json_object_get(json_array_get(opts, i), "DefElem");
        const char *name = json_string_value(json_object_get(d, "defname"));
        json_t *arg = json_object_get(d, "arg");
        if (!name)
            continue;
        if (!strcmp(name, "language") && sval(arg)) {
            char *l = sc_arena_strdup(a, sval(arg));
            for (char *p = l; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            out->language = l;
        } else if (!strcmp(name, "as")) {
            json_t *items = json_object_get(json_object_get(arg, "List"), "items");
            body = sval(json_array_get(items, 0));
            if (json_array_size(items) > 1)
                body = NULL;   /* obj_file, link_symbol: C */
        } else if (!strcmp(name, "set")) {
            read_path(a, json_object_get(arg, "VariableSetStmt"), out);
        }
    }
    bool standard = json_object_get(fn, "sql_body") != NULL;
    out->text = body ? sc_arena_strdup(a, body) : create_sql;
    const char *l = out->language ? out->language : "sql";
    if (standard || !body || !strcmp(l, "c") || !strcmp(l, "internal"))
        out->status = SC_BODY_NOT_FOLLOWED;
    else if (!strcmp(l, "sql"))
        out->status = sc_sql_calls(a, body, &out->calls) == 0 ? SC_BODY_READ : SC_BODY_UNREAD;
    else if (!strcmp(l, "plpgsql"))
        out->status = read_plpgsql(a, create_sql, out) ? SC_BODY_READ : SC_BODY_UNREAD;
    else
        out->status = SC_BODY_UNREAD;   /* plpython, plperl, ...: their text */
    json_decref(t);
}

/* ---- resolved to a model's functions ---------------------------------- */

typedef struct fn_entry {
    sc_body_info info;
    bool read;
    const sc_vec *callees;   /* NULL: not followed */
    bool resolved;
    sc_fn_memo memo;
} fn_entry;

struct sc_fn_callees {
    const sc_model *m;
    sc_arena *a;
    sc_strmap *entries;   /* "%p" of an sc_function -> fn_entry */
    sc_strmap *by_name;   /* function name -> sc_vec of sc_function* */
    sc_keybuf kb;
};

sc_fn_callees *sc_fn_callees_new(const sc_model *m)
{
    sc_fn_callees *cc = calloc(1, sizeof *cc);
    if (!cc)
        abort();
    cc->m = m;
    cc->a = sc_arena_new();
    cc->entries = sc_strmap_new();
    cc->by_name = sc_strmap_new();
    for (size_t i = 0; i < m->functions.n; i++) {
        sc_function *f = m->functions.items[i];
        sc_vec *v = sc_strmap_get(cc->by_name, f->name);
        if (!v) {
            v = sc_arena_alloc(cc->a, sizeof *v);
            sc_strmap_put(cc->by_name, f->name, v);
        }
        sc_vec_push(cc->a, v, f);
    }
    return cc;
}

void sc_fn_callees_free(sc_fn_callees *cc)
{
    if (!cc)
        return;
    sc_strmap_free(cc->entries);
    sc_strmap_free(cc->by_name);
    sc_keybuf_free(&cc->kb);
    sc_arena_free(cc->a);
    free(cc);
}

static fn_entry *slot_of(sc_fn_callees *cc, const sc_function *f)
{
    const char *k = sc_keybuf_printf(&cc->kb, "%p", (const void *)f);
    fn_entry *e = sc_strmap_get(cc->entries, k);
    if (!e) {
        e = sc_arena_alloc(cc->a, sizeof *e);
        sc_strmap_put(cc->entries, k, e);
    }
    return e;
}

sc_fn_memo *sc_fn_callees_memo(sc_fn_callees *cc, const sc_function *f)
{
    return &slot_of(cc, f)->memo;
}

static fn_entry *entry_of(sc_fn_callees *cc, const sc_function *f)
{
    fn_entry *e = slot_of(cc, f);
    if (!e->read) {
        e->read = true;
        sc_body_info_read(cc->a, f->sql, &e->info);
    }
    return e;
}

static bool is_ident(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || ch == '$' || (unsigned char)ch >= 0x80;
}

/* text names `name` before a '(' (case aside, quoted or not, in strings
 * too): the match of the text that could not be parsed, and of run-time
 * SQL. */
static bool names_call(const char *text, const char *name)
{
    size_t n = strlen(name);
    if (!n)
        return false;
    for (const char *p = text; *p; p++) {
        if (strncasecmp(p, name, n) || (p > text && is_ident(p[-1])))
            continue;
        const char *q = p + n;
        if (*q == '"')
            q++;
        while (isspace((unsigned char)*q))
            q++;
        if (*q == '(' && !is_ident(p[n]))
            return true;
    }
    return false;
}

static bool arity_accepts(sc_fn_callees *cc, const sc_function *g, int nargs)
{
    if (nargs < 0)
        return true;
    const sc_body_info *gi = &entry_of(cc, g)->info;
    if (gi->min_args < 0)
        return true;
    return nargs >= gi->min_args && (gi->max_args < 0 || nargs <= gi->max_args);
}

static bool in_path(const sc_body_info *fi, const sc_function *f, const char *schema)
{
    if (!fi->path_set)
        return !strcmp(schema, SC_DEFAULT_SCHEMA) || !strcmp(schema, f->schema);
    for (size_t i = 0; i < fi->npath; i++)
        if (!strcmp(fi->path[i], schema))
            return true;
    return false;
}

static void push_once(sc_arena *a, sc_vec *v, const sc_function *g)
{
    for (size_t i = 0; i < v->n; i++)
        if (v->items[i] == g)
            return;
    sc_vec_push(a, v, (void *)g);
}

const sc_vec *sc_fn_callees_of(sc_fn_callees *cc, const sc_function *f)
{
    fn_entry *e = entry_of(cc, f);
    if (e->resolved)
        return e->callees;
    e->resolved = true;
    const sc_body_info *fi = &e->info;
    if (fi->status == SC_BODY_NOT_FOLLOWED || f->aggregate)
        return NULL;
    sc_vec *out = sc_arena_alloc(cc->a, sizeof *out);
    if (fi->status == SC_BODY_READ) {
        for (size_t i = 0; i < fi->calls.n; i++) {
            const sc_body_call *k = fi->calls.items[i];
            const sc_vec *v = sc_strmap_get(cc->by_name, k->name);
            for (size_t j = 0; v && j < v->n; j++) {
                const sc_function *g = v->items[j];
                if (g == f || (k->schema ? strcmp(k->schema, g->schema) : !in_path(fi, f, g->schema)))
                    continue;
                if (arity_accepts(cc, g, k->nargs))
                    push_once(cc->a, out, g);
            }
        }
    }
    /* what cannot be parsed: every function the text names */
    bool by_text = fi->status == SC_BODY_UNREAD || fi->dynamic.n;
    for (size_t i = 0; by_text && i < cc->m->functions.n; i++) {
        const sc_function *g = cc->m->functions.items[i];
        if (g == f)
            continue;
        bool named = fi->status == SC_BODY_UNREAD && names_call(fi->text, g->name);
        for (size_t j = 0; !named && j < fi->dynamic.n; j++)
            named = names_call(fi->dynamic.items[j], g->name);
        if (named)
            push_once(cc->a, out, g);
    }
    e->callees = out;
    return out;
}
