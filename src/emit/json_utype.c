/* json_utype.c - domains, composite and range types as JSON (docs/json.md:
 * the "types" member, written only when the model has some). */
#include <jansson.h>

#include "emit/json_utype.h"

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *type_json(const sc_type *t)
{
    json_t *o = json_object();
    json_object_set_new(o, "schema", str_or_null(t->schema));
    json_object_set_new(o, "name", str_or_null(t->name));
    json_object_set_new(o, "mods", str_or_null(t->mods));
    json_object_set_new(o, "array_dims", json_integer(t->array_dims));
    json_object_set_new(o, "user", json_boolean(t->is_user));
    return o;
}

static const char *kind_json(sc_utype_kind k)
{
    return k == SC_UTYPE_DOMAIN ? "domain" : k == SC_UTYPE_COMPOSITE ? "composite" : "range";
}

json_t *sc_json_utype(const sc_utype *u)
{
    json_t *o = json_object();
    json_object_set_new(o, "kind", json_string(kind_json(u->kind)));
    json_object_set_new(o, "schema", json_string(u->schema));
    json_object_set_new(o, "name", json_string(u->name));
    if (u->kind != SC_UTYPE_COMPOSITE)
        json_object_set_new(o, u->kind == SC_UTYPE_DOMAIN ? "base" : "subtype", type_json(&u->base));
    json_object_set_new(o, "collation", str_or_null(u->collation));
    if (u->kind == SC_UTYPE_DOMAIN) {
        json_object_set_new(o, "not_null", json_boolean(u->not_null));
        json_object_set_new(o, "default", str_or_null(u->default_expr));
        json_t *a = json_array();
        for (size_t i = 0; i < u->checks.n; i++) {
            const sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
            json_t *c = json_object();
            json_object_set_new(c, "name", json_string(k->name));
            json_object_set_new(c, "expr", json_string(k->expr));
            json_object_set_new(c, "not_valid", json_boolean(k->not_valid));
            json_array_append_new(a, c);
        }
        json_object_set_new(o, "checks", a);
    } else if (u->kind == SC_UTYPE_COMPOSITE) {
        json_t *a = json_array();
        for (size_t i = 0; i < u->attrs.n; i++) {
            const sc_type_attr *at = SC_VEC_AT(u->attrs, i, sc_type_attr);
            json_t *c = json_object();
            json_object_set_new(c, "name", json_string(at->name));
            json_object_set_new(c, "type", type_json(&at->type));
            json_object_set_new(c, "collation", str_or_null(at->collation));
            json_object_set_new(c, "renamed_from", str_or_null(at->renamed_from));
            json_array_append_new(a, c);
        }
        json_object_set_new(o, "attributes", a);
    } else {
        json_object_set_new(o, "subtype_opclass", str_or_null(u->subtype_opclass));
        json_object_set_new(o, "canonical", str_or_null(u->canonical));
        json_object_set_new(o, "subtype_diff", str_or_null(u->subtype_diff));
        json_object_set_new(o, "multirange_type_name", str_or_null(u->multirange));
    }
    json_object_set_new(o, "comment", str_or_null(u->comment));
    return o;
}
