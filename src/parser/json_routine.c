/* json_routine.c - the "functions" and "triggers" members of a JSON model
 * (docs/json.md), written by src/emit/json_routine.c. */
#include <string.h>

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
        t->comment = t->sqlite ? NULL : comment_of(m, o);   /* issue 12: SQLite keeps none */
    }
    return rc;
}
