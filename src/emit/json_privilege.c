/* json_privilege.c - the "privileges" member of a JSON model (docs/json.md):
 * owners, grants and default privileges, read back by
 * src/parser/json_privilege.c. */
#include <jansson.h>

#include "model/model.h"

static const char *const obj_names[] = {"table", "sequence", "schema", "function", "type"};

static json_t *opt_str(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *priv_names(unsigned bits)
{
    json_t *a = json_array();
    for (int i = 0; i < SC_PRIV__COUNT; i++)
        if (bits & (1u << i))
            json_array_append_new(a, json_string(sc_priv_name(1u << i)));
    return a;
}

static json_t *kind_char(char c)
{
    char s[2] = {c, 0};
    return c ? json_string(s) : json_null();
}

json_t *sc_json_privileges(const sc_model *m);
json_t *sc_json_privileges(const sc_model *m)
{
    if (!sc_privs_any(m))
        return NULL;
    json_t *o = json_object(), *owners = json_array(), *grants = json_array(), *defs = json_array();
    for (size_t i = 0; i < m->privs.owners.n; i++) {
        const sc_owner *x = m->privs.owners.items[i];
        json_t *e = json_object();
        json_object_set_new(e, "kind", json_string(obj_names[x->obj]));
        json_object_set_new(e, "schema", opt_str(x->schema));
        json_object_set_new(e, "name", json_string(x->name));
        json_object_set_new(e, "args", opt_str(x->args));
        json_object_set_new(e, "relkind", kind_char(x->relkind));
        json_object_set_new(e, "role", json_string(x->role));
        json_array_append_new(owners, e);
    }
    for (size_t i = 0; i < m->privs.grants.n; i++) {
        const sc_grant *g = m->privs.grants.items[i];
        json_t *e = json_object();
        json_object_set_new(e, "kind", json_string(obj_names[g->obj]));
        json_object_set_new(e, "schema", opt_str(g->schema));
        json_object_set_new(e, "name", json_string(g->name));
        json_object_set_new(e, "args", opt_str(g->args));
        json_object_set_new(e, "column", opt_str(g->column));
        json_object_set_new(e, "grantee", json_string(g->grantee));
        json_object_set_new(e, "privileges", priv_names(g->privs));
        json_object_set_new(e, "with_grant_option", priv_names(g->grant_option));
        if (g->revoked)   /* PUBLIC's defaults revoked */
            json_object_set_new(e, "revoked", priv_names(g->revoked));
        json_array_append_new(grants, e);
    }
    for (size_t i = 0; i < m->privs.defaults.n; i++) {
        const sc_default_priv *p = m->privs.defaults.items[i];
        json_t *e = json_object();
        json_object_set_new(e, "role", json_string(p->role));
        json_object_set_new(e, "schema", opt_str(p->schema));
        json_object_set_new(e, "on", json_string(obj_names[sc_priv_defobj(p->objtype)]));
        json_object_set_new(e, "grantee", json_string(p->grantee));
        json_object_set_new(e, "privileges", priv_names(p->privs));
        json_object_set_new(e, "with_grant_option", priv_names(p->grant_option));
        json_array_append_new(defs, e);
    }
    json_object_set_new(o, "owners", owners);
    json_object_set_new(o, "grants", grants);
    json_object_set_new(o, "default_privileges", defs);
    return o;
}
