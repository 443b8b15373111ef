/* routine_sql.c - what a CREATE FUNCTION / PROCEDURE / TRIGGER statement
 * declares, read through libpg_query (PostgreSQL's own parser), and SQLite's
 * CREATE TRIGGER (which PostgreSQL's grammar does not take: its body is
 * BEGIN ... END), read by a few words of its head.
 *
 * The text itself is what the model keeps: it is what the database is
 * given, and what the comparison (after the scratch load, in the server's
 * spelling) looks at. What is read here is only the identity: schema, name
 * and argument types of a function, the table and name of a trigger. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <pg_query.h>

#include "model/sqltok.h"
#include "model/strbuf.h"
#include "parser/routine.h"

static const char *sval(json_t *node)
{
    json_t *s = json_object_get(node, "String");
    return json_string_value(json_object_get(s, "sval"));
}

/* A TypeName node as the text sc_type_parse reads, then canonical. */
static const char *type_text(sc_arena *a, json_t *tn)
{
    sc_strbuf b = SC_STRBUF_INIT;
    json_t *names = json_object_get(tn, "names");
    size_t n = json_array_size(names), first = 0;
    if (n > 1 && sval(json_array_get(names, 0)) && !strcmp(sval(json_array_get(names, 0)), "pg_catalog"))
        first = 1;
    for (size_t i = first; i < n; i++) {
        const char *w = sval(json_array_get(names, i));
        if (i > first)
            sc_sb_putc(&b, '.');
        if (i + 1 < n || !w || (sc_ident_needs_quotes(w) && first == 0))
            sc_sb_ident(&b, w ? w : "?");
        else
            sc_sb_puts(&b, w);
    }
    json_t *mods = json_object_get(tn, "typmods");
    if (json_array_size(mods)) {
        sc_sb_putc(&b, '(');
        for (size_t i = 0; i < json_array_size(mods); i++) {
            json_t *c = json_object_get(json_array_get(mods, i), "A_Const");
            json_t *iv = json_object_get(json_object_get(c, "ival"), "ival");
            sc_sb_printf(&b, "%s%lld", i ? "," : "", (long long)json_integer_value(iv));
        }
        sc_sb_putc(&b, ')');
    }
    for (size_t i = 0; i < json_array_size(json_object_get(tn, "arrayBounds")); i++)
        sc_sb_puts(&b, "[]");
    sc_type t;
    const char *err = NULL;
    const char *out;
    if (sc_type_parse(a, sc_sb_cstr(&b), &t, &err) == 0)
        out = sc_type_format(a, &t);
    else
        out = sc_arena_strdup(a, sc_sb_cstr(&b));
    if (json_is_true(json_object_get(tn, "setof")))
        out = sc_arena_printf(a, "SETOF %s", out);
    sc_sb_free(&b);
    return out;
}

static void qualified(json_t *list, const char **schema, const char **name)
{
    size_t n = json_array_size(list);
    *name = n ? sval(json_array_get(list, n - 1)) : NULL;
    *schema = n > 1 ? sval(json_array_get(list, n - 2)) : NULL;
}

static void signature(sc_arena *a, json_t *fn, const char **args, const char **returns)
{
    bool proc = json_is_true(json_object_get(fn, "is_procedure"));
    json_t *params = json_object_get(fn, "parameters");
    sc_strbuf b = SC_STRBUF_INIT;
    size_t k = 0;
    for (size_t i = 0; i < json_array_size(params); i++) {
        json_t *p = json_object_get(json_array_get(params, i), "FunctionParameter");
        const char *mode = json_string_value(json_object_get(p, "mode"));
        /* OUT and TABLE columns are not part of a function's identity (a
         * procedure's OUT arguments are, since PostgreSQL 14) */
        if (mode && (!strcmp(mode, "FUNC_PARAM_TABLE") || (!proc && !strcmp(mode, "FUNC_PARAM_OUT"))))
            continue;
        if (k++)
            sc_sb_puts(&b, ", ");
        sc_sb_puts(&b, type_text(a, json_object_get(p, "argType")));
    }
    *args = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    json_t *rt = json_object_get(fn, "returnType");
    *returns = proc ? NULL : rt ? type_text(a, rt) : "void";
}

static sc_diag *error_at(sc_diags *d, sc_loc at, uint32_t off, const char *fmt, const char *a1, const char *a2)
{
    if (at.src) {
        at.off += off;
        at.len = 1;
    }
    return sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at, fmt, a1, a2);
}

/* ---- SQLite's CREATE TRIGGER ------------------------------------------------ */

/* The tokens of a SQLite statement (sqltok.h, SQLite's rules), read one
 * word at a time; a text that does not tokenize has no words. */
typedef struct words {
    const char *text;
    sc_toks toks;
    size_t i;
} words;

static void words_init(words *w, const char *sql)
{
    sc_tok_err err;
    w->text = sql;
    w->i = 0;
    if (sc_sql_tokenize(sql, strlen(sql), SC_DIALECT_SQLITE, &w->toks, &err) != 0)
        w->toks = (sc_toks){0};
}

/* The next word or name of a SQLite statement head (blanks and comments
 * skipped): a quoted name ("x", `x`, [x]) unquoted, any other token as it
 * is written. NULL at the end. */
static char *next_word(words *w)
{
    while (w->i < w->toks.n && sc_tok_is_space(&w->toks.items[w->i]))
        w->i++;
    if (w->i >= w->toks.n)
        return NULL;
    const sc_tok *t = &w->toks.items[w->i++];
    char *s;
    if (t->kind == SC_TOK_QUOTED_IDENT) {
        s = malloc(t->len + 1);
        if (s)
            sc_tok_name(w->text, t, s, t->len + 1);
    } else {
        s = strndup(w->text + t->off, t->len);
    }
    if (!s)
        abort();
    return s;
}

static bool is(const char *w, const char *k)
{
    return w && !strcasecmp(w, k);
}

/* schema and name of `[schema.]name` starting with *first. */
static void sqlite_name(words *w, char **first, char **schema, char **name)
{
    size_t save = w->i;
    char *dot = next_word(w);
    if (is(dot, ".")) {
        free(dot);
        *schema = *first;
        *name = next_word(w);
    } else {
        free(dot);
        w->i = save;
        *schema = NULL;
        *name = *first;
    }
    *first = NULL;
}

static int sqlite_trigger(sc_model *m, const char *sql, sc_loc at, sc_diags *d)
{
    words w;
    words_init(&w, sql);
    char *x = next_word(&w), *schema = NULL, *name = NULL, *tschema = NULL, *table = NULL;
    int rc = -1;
    if (!is(x, "create"))
        goto out;
    free(x);
    x = next_word(&w);
    if (is(x, "temp") || is(x, "temporary")) {
        free(x);
        x = next_word(&w);
    }
    if (!is(x, "trigger"))
        goto out;
    free(x);
    x = next_word(&w);
    if (is(x, "if")) {   /* if not exists */
        free(x);
        free(next_word(&w));
        free(next_word(&w));
        x = next_word(&w);
    }
    if (!x)
        goto out;
    sqlite_name(&w, &x, &schema, &name);
    for (x = next_word(&w); x && !is(x, "on"); x = next_word(&w))
        free(x);
    if (!x)
        goto out;
    free(x);
    x = next_word(&w);
    if (!x)
        goto out;
    sqlite_name(&w, &x, &tschema, &table);
    (void)schema;
    sc_trigger *t = sc_model_add_trigger(m, NULL, table, name);
    if (!t) {
        error_at(d, at, 0, "trigger \"%s\" on \"%s\" is declared twice", name, table);
    } else {
        t->sqlite = true;
        t->sql = sc_routine_trim(m->arena, sql);
        t->loc = at;
        rc = 0;
    }
out:
    free(x);
    free(schema);
    free(name);
    free(tschema);
    free(table);
    sc_toks_free(&w.toks);
    return rc;
}

static bool sqlite_shaped(const char *sql)
{
    words w;
    words_init(&w, sql);
    char *x = next_word(&w);
    bool create = is(x, "create");
    free(x);
    bool trig = false;
    for (int i = 0; create && i < 2 && !trig; i++) {
        x = next_word(&w);
        trig = is(x, "trigger");
        free(x);
    }
    sc_toks_free(&w.toks);
    return trig;
}

/* ---- PostgreSQL ------------------------------------------------------------- */

static int add_function(sc_model *m, json_t *fn, const char *sql, sc_loc at, sc_diags *d)
{
    const char *schema, *name, *args, *returns;
    qualified(json_object_get(fn, "funcname"), &schema, &name);
    signature(m->arena, fn, &args, &returns);
    bool proc = json_is_true(json_object_get(fn, "is_procedure"));
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA))
        sc_model_add_schema(m, schema);   /* implied, as a table's */
    sc_function *f = sc_model_add_function(m, schema, name, args);
    if (!f) {
        error_at(d, at, 0, proc ? "procedure \"%s(%s)\" is declared twice" : "function \"%s(%s)\" is declared twice",
                 name, args);
        return -1;
    }
    f->procedure = proc;
    f->sql_body = json_object_get(fn, "sql_body") != NULL;
    f->returns = returns;
    f->sql = sc_routine_trim(m->arena, sql);
    f->loc = at;
    return 0;
}

/* funcdeps (issue 11): CREATE AGGREGATE name(args) (...): its identity is
 * its argument types, as a function's (none: `*`). */
static int add_aggregate(sc_model *m, json_t *ag, const char *sql, sc_loc at, sc_diags *d)
{
    const char *schema, *name;
    qualified(json_object_get(ag, "defnames"), &schema, &name);
    json_t *list = json_object_get(json_object_get(json_array_get(json_object_get(ag, "args"), 0), "List"), "items");
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < json_array_size(list); i++) {
        json_t *p = json_object_get(json_array_get(list, i), "FunctionParameter");
        if (i)
            sc_sb_puts(&b, ", ");
        sc_sb_puts(&b, type_text(m->arena, json_object_get(p, "argType")));
    }
    const char *args = sc_arena_strdup(m->arena, sc_sb_cstr(&b));
    sc_sb_free(&b);
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA))
        sc_model_add_schema(m, schema);
    sc_function *f = name ? sc_model_add_function(m, schema, name, args) : NULL;
    if (!f) {
        error_at(d, at, 0, "aggregate \"%s(%s)\" is declared twice", name ? name : "?", args);
        return -1;
    }
    f->aggregate = true;
    f->sql = sc_routine_trim(m->arena, sql);
    f->loc = at;
    return 0;
}

static int add_trigger(sc_model *m, json_t *tr, const char *sql, sc_loc at, sc_diags *d)
{
    json_t *rel = json_object_get(tr, "relation");
    const char *schema = json_string_value(json_object_get(rel, "schemaname"));
    const char *table = json_string_value(json_object_get(rel, "relname"));
    const char *name = json_string_value(json_object_get(tr, "trigname"));
    sc_trigger *t = sc_model_add_trigger(m, schema, table, name);
    if (!t) {
        error_at(d, at, 0, "trigger \"%s\" on \"%s\" is declared twice", name, table);
        return -1;
    }
    const char *fs, *fname;
    qualified(json_object_get(tr, "funcname"), &fs, &fname);
    t->func_schema = sc_arena_strdup(m->arena, fs ? fs : SC_DEFAULT_SCHEMA);
    t->func_name = sc_arena_strdup(m->arena, fname);
    t->sql = sc_routine_trim(m->arena, sql);
    t->loc = at;
    return 0;
}

static int trigger_state(sc_model *m, json_t *alt, sc_loc at, sc_diags *d)
{
    json_t *rel = json_object_get(alt, "relation");
    const char *schema = json_string_value(json_object_get(rel, "schemaname"));
    const char *table = json_string_value(json_object_get(rel, "relname"));
    json_t *cmds = json_object_get(alt, "cmds");
    for (size_t i = 0; i < json_array_size(cmds); i++) {
        json_t *c = json_object_get(json_array_get(cmds, i), "AlterTableCmd");
        const char *sub = json_string_value(json_object_get(c, "subtype"));
        const char *name = json_string_value(json_object_get(c, "name"));
        char state = !sub ? 0
                     : !strcmp(sub, "AT_EnableTrig") ? SC_TRIGGER_ORIGIN
                     : !strcmp(sub, "AT_DisableTrig") ? SC_TRIGGER_DISABLED
                     : !strcmp(sub, "AT_EnableAlwaysTrig") ? SC_TRIGGER_ALWAYS
                     : !strcmp(sub, "AT_EnableReplicaTrig") ? SC_TRIGGER_REPLICA : 0;
        if (!state || !name) {
            sc_diag *dg = error_at(d, at, 0, "%s%s", "ALTER TABLE here only enables or disables a trigger", "");
            sc_diag_hint(dg, "alter table T disable trigger NAME; (or enable [always | replica] trigger)");
            return -1;
        }
        sc_trigger *t = table ? sc_model_trigger(m, schema, table, name) : NULL;
        if (!t) {
            sc_diag *dg = error_at(d, at, 0, "no trigger \"%s\" on \"%s\" is declared before this", name,
                                   table ? table : "?");
            sc_diag_hint(dg, "declare the trigger (create trigger ...;) above its ALTER TABLE");
            return -1;
        }
        if (t->sqlite) {   /* SQLite's triggers are always enabled: nothing could write the state */
            sc_diag *dg = error_at(d, at, 0, "trigger \"%s\" is a SQLite trigger, which has no enabled state%s",
                                   name, "");
            sc_diag_hint(dg, "a PostgreSQL trigger reads as PostgreSQL parses it: check its CREATE TRIGGER");
            return -1;
        }
        t->enabled = state;
        t->state_loc = at;
    }
    return 0;
}

int sc_routine_read(sc_model *m, const char *sql, sc_loc at, sc_diags *d)
{
    PgQueryParseResult r = pg_query_parse(sql);
    int rc = -1;
    if (r.error) {
        if (sqlite_shaped(sql) && sqlite_trigger(m, sql, at, d) == 0)
            rc = 0;
        else if (!sqlite_shaped(sql))
            error_at(d, at, r.error->cursorpos > 0 ? (uint32_t)sc_sql_cursor_offset(sql, strlen(sql), r.error->cursorpos) : 0,
                     "%s%s", r.error->message, "");
        else
            error_at(d, at, 0, "%s%s", "a SQLite trigger is CREATE TRIGGER name ... ON table ... BEGIN ... END", "");
        pg_query_free_parse_result(r);
        return rc;
    }
    json_t *tree = json_loads(r.parse_tree, 0, NULL);
    json_t *stmts = json_object_get(tree, "stmts");
    json_t *st = json_object_get(json_array_get(stmts, 0), "stmt");
    json_t *x;
    int prc;
    if (json_array_size(stmts) != 1) {
        error_at(d, at, 0, "%s%s", "one statement, ended by ';', is expected here", "");
    /* privileges and ownership (build_privilege.c) */
    } else if ((prc = sc_privilege_read(m, st, at, d)) != 1) {
        rc = prc;
    /* issue 12: COMMENT ON FUNCTION ... | TRIGGER ... (routine_comment.c) */
    } else if ((prc = sc_routine_comment_read(m, st, at, d)) != 1) {
        rc = prc;
    } else if ((x = json_object_get(st, "CreateFunctionStmt"))) {
        rc = add_function(m, x, sql, at, d);
    } else if ((x = json_object_get(st, "DefineStmt")) &&
               !strcmp(json_string_value(json_object_get(x, "kind")) ? json_string_value(json_object_get(x, "kind")) : "",
                       "OBJECT_AGGREGATE")) {   /* funcdeps */
        rc = add_aggregate(m, x, sql, at, d);
    } else if ((x = json_object_get(st, "CreateTrigStmt"))) {
        rc = add_trigger(m, x, sql, at, d);
    } else if ((x = json_object_get(st, "AlterTableStmt"))) {
        rc = trigger_state(m, x, at, d);
    } else {
        sc_diag *dg = error_at(d, at, 0, "%s%s", "this statement declares nothing schemac models", "");
        sc_diag_hint(dg, "a top-level SQL statement is CREATE FUNCTION, CREATE PROCEDURE, CREATE AGGREGATE, "
                         "CREATE TRIGGER, ALTER TABLE ... ENABLE/DISABLE TRIGGER or COMMENT ON one of them, "
                         "ended by ';'");
    }
    json_decref(tree);
    pg_query_free_parse_result(r);
    return rc;
}

int sc_routine_signature(sc_arena *a, const char *sql, const char **args, const char **returns)
{
    PgQueryParseResult r = pg_query_parse(sql);
    int rc = -1;
    if (!r.error) {
        json_t *tree = json_loads(r.parse_tree, 0, NULL);
        json_t *st = json_object_get(json_array_get(json_object_get(tree, "stmts"), 0), "stmt");
        json_t *fn = json_object_get(st, "CreateFunctionStmt");
        if (fn) {
            signature(a, fn, args, returns);
            rc = 0;
        }
        json_decref(tree);
    }
    pg_query_free_parse_result(r);
    return rc;
}

/* privileges and ownership: a function's argument types in a GRANT */
const char *sc_routine_typename(sc_arena *a, json_t *tn)
{
    return type_text(a, tn);
}

/* SQLite matches a trigger's table ignoring case (`ON users` of a table
 * "Users"), as its own schema keeps it. */
static bool sqlite_relation(const sc_model *m, const char *name)
{
    for (size_t i = 0; i < m->tables.n; i++)
        if (!strcasecmp(SC_VEC_AT(m->tables, i, sc_table)->name, name))
            return true;
    for (size_t i = 0; i < m->views.n; i++)
        if (!strcasecmp(SC_VEC_AT(m->views, i, sc_view)->name, name))
            return true;
    return false;
}

/* A trigger is on a table or a view of the model. */
int sc_routines_validate(const sc_model *m, sc_diags *d)
{
    int rc = 0;
    for (size_t i = 0; i < m->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(m->triggers, i, sc_trigger);
        if (sc_model_table(m, t->schema, t->table) || sc_model_view(m, t->schema, t->table) ||
            (t->sqlite && sqlite_relation(m, t->table)))
            continue;
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, t->loc, "trigger \"%s\" is on \"%s.%s\", which is not declared",
                                  t->name, t->schema, t->table);
        sc_diag_hint(dg, "declare the table or view it is on (a trigger's table is schema-qualified, or in public)");
        rc = -1;
    }
    return rc;
}
