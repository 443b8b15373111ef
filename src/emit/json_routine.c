/* json_routine.c - functions and triggers of a model as JSON members
 * (docs/json.md); read back by src/parser/json_routine.c. */
#include <jansson.h>

#include "model/model.h"

json_t *sc_json_functions(const sc_model *m);
json_t *sc_json_triggers(const sc_model *m);

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *sc_json_functions(const sc_model *m)
{
    json_t *a = json_array();
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_string(f->schema));
        json_object_set_new(o, "name", json_string(f->name));
        json_object_set_new(o, "args", json_string(f->args));
        json_object_set_new(o, "procedure", json_boolean(f->procedure));
        json_object_set_new(o, "returns", str_or_null(f->returns));
        if (f->sql_body)
            json_object_set_new(o, "sql_body", json_true());
        if (f->aggregate)   /* funcdeps */
            json_object_set_new(o, "aggregate", json_true());
        json_object_set_new(o, "sql", json_string(f->sql));
        if (f->comment)   /* issue 12 */
            json_object_set_new(o, "comment", json_string(f->comment));
        json_array_append_new(a, o);
    }
    return a;
}

json_t *sc_json_triggers(const sc_model *m)
{
    json_t *a = json_array();
    for (size_t i = 0; i < m->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(m->triggers, i, sc_trigger);
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_string(t->schema));
        json_object_set_new(o, "table", json_string(t->table));
        json_object_set_new(o, "name", json_string(t->name));
        json_object_set_new(o, "sqlite", json_boolean(t->sqlite));
        json_object_set_new(o, "enabled", json_string(t->enabled == SC_TRIGGER_DISABLED ? "disabled"
                                                      : t->enabled == SC_TRIGGER_ALWAYS ? "always"
                                                      : t->enabled == SC_TRIGGER_REPLICA ? "replica"
                                                                                         : "enabled"));
        json_object_set_new(o, "function_schema", str_or_null(t->func_schema));
        json_object_set_new(o, "function", str_or_null(t->func_name));
        json_object_set_new(o, "sql", json_string(t->sql));
        if (t->comment)   /* issue 12 */
            json_object_set_new(o, "comment", json_string(t->comment));
        json_array_append_new(a, o);
    }
    return a;
}
