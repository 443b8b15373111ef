/* json_ext.c - extensions and collations as JSON (docs/json.md); read back
 * by json_load.c. */
#include "emit/json_ext.h"

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *sc_json_extensions(const sc_model *m)
{
    if (!m->extensions.n)
        return NULL;
    json_t *a = json_array();
    for (size_t i = 0; i < m->extensions.n; i++) {
        const sc_extension *e = SC_VEC_AT(m->extensions, i, sc_extension);
        json_t *o = json_object();
        json_object_set_new(o, "name", json_string(e->name));
        json_object_set_new(o, "schema", str_or_null(e->schema));
        json_object_set_new(o, "version", str_or_null(e->version));
        json_t *types = json_array();
        for (size_t j = 0; j < e->types.n; j++)
            json_array_append_new(types, json_string(e->types.items[j]));
        json_object_set_new(o, "types", types);
        json_array_append_new(a, o);
    }
    return a;
}

json_t *sc_json_collations(const sc_model *m)
{
    if (!m->collations.n)
        return NULL;
    json_t *a = json_array();
    for (size_t i = 0; i < m->collations.n; i++) {
        const sc_collation *c = SC_VEC_AT(m->collations, i, sc_collation);
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_string(c->schema));
        json_object_set_new(o, "name", json_string(c->name));
        json_object_set_new(o, "provider", json_string(c->icu ? "icu" : "libc"));
        json_object_set_new(o, "locale", str_or_null(c->locale));
        json_object_set_new(o, "lc_collate", str_or_null(c->lc_collate));
        json_object_set_new(o, "lc_ctype", str_or_null(c->lc_ctype));
        json_object_set_new(o, "deterministic", json_boolean(c->deterministic));
        if (c->comment)   /* issue 12: only when there is one, as a function's */
            json_object_set_new(o, "comment", json_string(c->comment));
        json_array_append_new(a, o);
    }
    return a;
}
