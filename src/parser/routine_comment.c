/* routine_comment.c - issue 12: COMMENT ON FUNCTION | PROCEDURE | AGGREGATE |
 * ROUTINE | TRIGGER in the DSL, PostgreSQL's own statement written at the
 * top level as the CREATE of the object is (routine_sql.c hands over
 * libpg_query's parse tree of it).
 *
 * A statement is kept as it is read (m->routine_comments) and put on its
 * object when every file is parsed (sc_routine_comments_apply, from
 * sc_model_finish): the object may be declared after it, or in another
 * file. One that names no declared object of its kind is a located error,
 * as is a second comment on the same object (a declared schema says what
 * the comment is: two would make one of them silently lost).
 *
 * Only the objects the DSL writes as SQL take their comment this way; the
 * DSL's own objects (tables, views, types, sequences, schemas, collations)
 * carry a `comment '...'` clause in their declaration. */
#include <string.h>

#include <jansson.h>

#include "model/strbuf.h"
#include "parser/routine.h"

/* One statement read: kind 'f' function, 'p' procedure, 'a' aggregate,
 * 'r' routine (any of them), 't' trigger. */
typedef struct pending {
    char kind;
    const char *schema, *name;
    const char *args;           /* identity types, ", "-separated; NULL: not written (a unique name) */
    const char *table;          /* trigger: its table */
    const char *comment;        /* NULL: IS NULL or IS '' (none) */
    sc_loc loc;
} pending;

static const char *sval(json_t *node)
{
    return json_string_value(json_object_get(json_object_get(node, "String"), "sval"));
}

static int fail(sc_diags *d, sc_loc at, const char *hint, const char *fmt, const char *a1, const char *a2)
{
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at, fmt, a1, a2);
    if (hint)
        sc_diag_hint(dg, "%s", hint);
    return -1;
}

static char kind_of(const char *objtype)
{
    static const struct {
        const char *name;
        char kind;
    } kinds[] = {
        {"OBJECT_FUNCTION", 'f'}, {"OBJECT_PROCEDURE", 'p'}, {"OBJECT_AGGREGATE", 'a'},
        {"OBJECT_ROUTINE", 'r'},  {"OBJECT_TRIGGER", 't'},
    };
    for (size_t i = 0; objtype && i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(objtype, kinds[i].name))
            return kinds[i].kind;
    return 0;
}

/* s.name(args) of an ObjectWithArgs node into p; -1 when it has no name */
static int routine_target(sc_model *m, json_t *owa, pending *p)
{
    json_t *names = json_object_get(owa, "objname");
    size_t n = json_array_size(names);
    p->name = n ? sval(json_array_get(names, n - 1)) : NULL;
    p->schema = n > 1 ? sval(json_array_get(names, n - 2)) : NULL;
    if (!p->name)
        return -1;
    if (json_is_true(json_object_get(owa, "args_unspecified")))
        return 0;
    json_t *args = json_object_get(owa, "objargs");
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < json_array_size(args); i++) {
        if (i)
            sc_sb_puts(&b, ", ");
        sc_sb_puts(&b, sc_routine_typename(m->arena, json_object_get(json_array_get(args, i), "TypeName")));
    }
    p->args = sc_arena_strdup(m->arena, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return 0;
}

/* [schema.]table.trigger of a List node into p */
static int trigger_target(json_t *list, pending *p)
{
    json_t *items = json_object_get(list, "items");
    size_t n = json_array_size(items);
    if (n < 2)
        return -1;
    p->name = sval(json_array_get(items, n - 1));
    p->table = sval(json_array_get(items, n - 2));
    p->schema = n > 2 ? sval(json_array_get(items, n - 3)) : NULL;
    return p->name && p->table ? 0 : -1;
}

int sc_routine_comment_read(sc_model *m, json_t *st, sc_loc at, sc_diags *d)
{
    json_t *cs = json_object_get(st, "CommentStmt");
    if (!cs)
        return 1;
    pending *p = sc_arena_alloc(m->arena, sizeof *p);
    const char *objtype = json_string_value(json_object_get(cs, "objtype"));
    bool coll = objtype && !strcmp(objtype, "OBJECT_COLLATION");
    p->kind = kind_of(objtype);
    p->loc = at;
    json_t *obj = json_object_get(cs, "object");
    int rc = !p->kind ? -1
             : p->kind == 't' ? trigger_target(json_object_get(obj, "List"), p)
                              : routine_target(m, json_object_get(obj, "ObjectWithArgs"), p);
    if (rc != 0)
        return fail(d, at,
                    coll ? "a collation's comment follows its braces: collation NAME { ... } comment '...'"
                         : "a table, view, type, sequence, schema or collation takes `comment '...'` in its "
                           "declaration",
                    "%s%sCOMMENT ON here names a function, procedure, aggregate, routine or trigger", "", "");
    p->schema = sc_arena_strdup(m->arena, p->schema ? p->schema : SC_DEFAULT_SCHEMA);
    p->name = sc_arena_strdup(m->arena, p->name);
    p->table = p->table ? sc_arena_strdup(m->arena, p->table) : NULL;
    /* IS '' removes a comment, as IS NULL does (PostgreSQL keeps none) */
    const char *text = json_string_value(json_object_get(cs, "comment"));
    p->comment = text && *text ? sc_arena_strdup(m->arena, text) : NULL;
    sc_vec_push(m->arena, &m->routine_comments, p);
    return 0;
}

/* ---- put on their objects (sc_model_finish) ------------------------------- */

static const char *kind_word(char kind)
{
    return kind == 'p' ? "procedure" : kind == 'a' ? "aggregate" : kind == 'r' ? "routine" : "function";
}

/* The one function of p's schema and name when p gives no argument types
 * (PostgreSQL's rule); NULL when there is none or more than one (*many). */
static sc_function *unique_named(const sc_model *m, const pending *p, bool *many)
{
    sc_function *hit = NULL;
    *many = false;
    for (size_t i = 0; i < m->functions.n; i++) {
        sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (strcmp(f->schema, p->schema) || strcmp(f->name, p->name))
            continue;
        *many = hit != NULL;
        hit = f;
    }
    return *many ? NULL : hit;
}

/* COMMENT ON FUNCTION takes a function or an aggregate (as PostgreSQL
 * does), PROCEDURE a procedure, AGGREGATE an aggregate, ROUTINE any. */
static bool kind_fits(char kind, const sc_function *f)
{
    switch (kind) {
    case 'f': return !f->procedure;
    case 'p': return f->procedure;
    case 'a': return f->aggregate;
    default: return true;
    }
}

static const char **function_slot(sc_model *m, const pending *p, sc_diags *d, sc_arena *a, const char **found)
{
    const char *what = sc_arena_printf(a, "%s.%s(%s)", p->schema, p->name, p->args ? p->args : "");
    bool many = false;
    sc_function *f = p->args ? sc_model_function(m, p->schema, p->name, p->args) : unique_named(m, p, &many);
    if (many) {
        fail(d, p->loc, "give its argument types: name(integer, text)", "%s name \"%s\" is not unique",
             kind_word(p->kind), what);
        return NULL;
    }
    if (!f) {
        fail(d, p->loc, "declare it (create function ...;) or fix its schema, name and argument types",
             "comment on %s \"%s\": no function, procedure or aggregate of that name and argument types is declared",
             kind_word(p->kind), what);
        return NULL;
    }
    if (!kind_fits(p->kind, f)) {
        const char *hint = sc_arena_printf(a, "write COMMENT ON %s (or ROUTINE)",
                                           f->aggregate ? "AGGREGATE" : f->procedure ? "PROCEDURE" : "FUNCTION");
        fail(d, p->loc, hint, "comment on %s: it is a %s",
             sc_arena_printf(a, "%s \"%s\"", kind_word(p->kind), what), sc_function_kind_word(f));
        return NULL;
    }
    *found = sc_arena_printf(a, "%s \"%s.%s(%s)\"", sc_function_kind_word(f), f->schema, f->name, f->args);
    return &f->comment;
}

static const char **trigger_slot(sc_model *m, const pending *p, sc_diags *d, sc_arena *a, const char **found)
{
    sc_trigger *t = sc_model_trigger(m, p->schema, p->table, p->name);
    const char *on = sc_arena_printf(a, "%s.%s", p->schema, p->table);
    if (!t) {
        fail(d, p->loc, "declare it (create trigger ...;) or fix its name and its table's",
             "comment on trigger \"%s\" on \"%s\": no trigger of that name is declared on that table", p->name, on);
        return NULL;
    }
    /* a SQLite trigger keeps it as a SQLite table keeps its comment: in the
     * model only, SQLite storing none (DDL writes none for it) */
    *found = sc_arena_printf(a, "trigger \"%s\" on \"%s\"", p->name, on);
    return &t->comment;
}

int sc_routine_comments_apply(sc_model *m, sc_diags *d)
{
    int rc = 0;
    sc_arena *a = sc_arena_new();   /* names for the messages */
    /* object comment slot -> the statement that set it (a second is an error) */
    sc_strmap *seen = sc_strmap_new();
    for (size_t i = 0; i < m->routine_comments.n; i++) {
        const pending *p = m->routine_comments.items[i];
        const char *found = NULL;
        const char **slot = p->kind == 't' ? trigger_slot(m, p, d, a, &found) : function_slot(m, p, d, a, &found);
        if (!slot) {
            rc = -1;
            continue;
        }
        const char *key = sc_arena_printf(a, "%p", (void *)slot);
        if (sc_strmap_has(seen, key)) {
            fail(d, p->loc, "keep one COMMENT ON for it", "a second comment on %s%s", found, "");
            rc = -1;
            continue;
        }
        sc_strmap_put(seen, key, (void *)p);
        *slot = p->comment;
    }
    sc_strmap_free(seen);
    sc_arena_free(a);
    return rc;
}
