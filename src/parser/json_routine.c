/* json_routine.c - the "functions" and "triggers" members of a JSON model
 * (docs/json.md), written by src/emit/json_routine.c. */
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "parser/routine.h"

static const char *str(sc_model *m, json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? sc_arena_strdup(m->arena, s) : NULL;
}

/* "comment": a string, "" and null being none (as PostgreSQL keeps them) */
static const char *comment_of(sc_model *m, json_t *o)
{
    const char *s = str(m, o, "comment");
    return s && *s ? s : NULL;
}

/* What `sql` declares, read as the DSL reads it (routine_sql.c), in a
 * model of its own; NULL when it does not read. The DSL writes a
 * function's or trigger's text back as its declaration and takes its
 * identity from it, so an entry whose text declares another object, or
 * none, would not read back as itself (the fuzz target's round trip). */
static sc_model *read_sql(const char *sql)
{
    sc_model *x = sc_model_new();
    sc_diags d;
    sc_diags_init(&d);
    if (sc_routine_read(x, sql, (sc_loc){0}, &d) != 0) {
        sc_model_free(x);
        x = NULL;
    }
    sc_diags_free(&d);
    return x;
}

static bool declares_function(const char *sql, const sc_function *f)
{
    sc_model *x = read_sql(sql);
    const sc_function *g = x && x->functions.n == 1 && !x->triggers.n ? SC_VEC_AT(x->functions, 0, sc_function) : NULL;
    bool same = g && !strcmp(g->schema, f->schema) && !strcmp(g->name, f->name) && !strcmp(g->args, f->args) &&
                g->procedure == f->procedure && g->aggregate == f->aggregate && g->sql_body == f->sql_body;
    sc_model_free(x);
    return same;
}

/* A SQLite trigger's table as its text names it, which SQLite matches
 * ignoring case. */
static bool declares_trigger(const char *sql, const sc_trigger *t)
{
    sc_model *x = read_sql(sql);
    const sc_trigger *g = x && x->triggers.n == 1 && !x->functions.n ? SC_VEC_AT(x->triggers, 0, sc_trigger) : NULL;
    bool same = g && g->sqlite == t->sqlite && !strcmp(g->schema, t->schema) && !strcmp(g->name, t->name) &&
                (t->sqlite ? !strcasecmp(g->table, t->table) : !strcmp(g->table, t->table));
    sc_model_free(x);
    return same;
}

static int bad(sc_diags *d, const char *what, size_t i, const char *why)
{
    sc_error(d, SC_ERR_INPUT, "%s[%zu]: %s", what, i, why);
    return -1;
}

int sc_json_load_routines(sc_model *m, json_t *root, sc_diags *d);
int sc_json_load_routines(sc_model *m, json_t *root, sc_diags *d)
{
    int rc = 0;
    json_t *a = json_object_get(root, "functions");
    for (size_t i = 0; i < json_array_size(a); i++) {
        json_t *o = json_array_get(a, i);
        const char *schema = str(m, o, "schema"), *name = str(m, o, "name"), *sql = str(m, o, "sql");
        if (!name || !sql) {
            rc = bad(d, "functions", i, "\"name\" and \"sql\" are required strings");
            continue;
        }
        const char *args = str(m, o, "args"), *returns = str(m, o, "returns");
        if (!args && sc_routine_signature(m->arena, sql, &args, &returns) != 0)
            args = "";
        sc_function *f = sc_model_add_function(m, schema, name, args);
        if (!f) {
            rc = bad(d, "functions", i, "duplicate function");
            continue;
        }
        if (schema && strcmp(schema, SC_DEFAULT_SCHEMA))
            sc_model_add_schema(m, schema);
        f->procedure = json_is_true(json_object_get(o, "procedure"));
        f->sql_body = json_is_true(json_object_get(o, "sql_body"));
        f->aggregate = json_is_true(json_object_get(o, "aggregate"));   /* funcdeps */
        f->returns = f->procedure ? NULL : returns;
        f->sql = sql;
        f->comment = comment_of(m, o);   /* issue 12 */
        if (!declares_function(sql, f))
            rc = bad(d, "functions", i, "\"sql\" must be the CREATE statement of this function (its schema, name, "
                                        "argument types, and kind: procedure, aggregate, SQL-standard body)");
    }
    a = json_object_get(root, "triggers");
    for (size_t i = 0; i < json_array_size(a); i++) {
        json_t *o = json_array_get(a, i);
        const char *table = str(m, o, "table"), *name = str(m, o, "name"), *sql = str(m, o, "sql");
        if (!table || !name || !sql) {
            rc = bad(d, "triggers", i, "\"table\", \"name\" and \"sql\" are required strings");
            continue;
        }
        sc_trigger *t = sc_model_add_trigger(m, str(m, o, "schema"), table, name);
        if (!t) {
            rc = bad(d, "triggers", i, "duplicate trigger");
            continue;
        }
        t->sql = sql;
        t->sqlite = json_is_true(json_object_get(o, "sqlite"));
        const char *en = json_string_value(json_object_get(o, "enabled"));
        t->enabled = !en ? SC_TRIGGER_ORIGIN
                     : !strcmp(en, "disabled") ? SC_TRIGGER_DISABLED
                     : !strcmp(en, "always")   ? SC_TRIGGER_ALWAYS
                     : !strcmp(en, "replica")  ? SC_TRIGGER_REPLICA
                                               : SC_TRIGGER_ORIGIN;
        t->func_schema = str(m, o, "function_schema");
        t->func_name = str(m, o, "function");
        t->comment = comment_of(m, o);   /* issue 12 (a SQLite trigger's: in the model only) */
        if (!declares_trigger(sql, t))
            rc = bad(d, "triggers", i, "\"sql\" must be the CREATE TRIGGER statement of this trigger (its "
                                       "schema, table and name, and \"sqlite\" as it reads)");
    }
    /* on a table or view of the model, as the DSL has them (the tables and
     * views are loaded before): the DSL written back would not load else */
    if (sc_routines_validate(m, d) != 0)
        rc = -1;
    return rc;
}
