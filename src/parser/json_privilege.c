/* json_privilege.c - the "privileges" member of a JSON model (docs/json.md),
 * written by src/emit/json_privilege.c: owners, grants, default
 * privileges. */
#include <string.h>

#include <jansson.h>

#include "model/model.h"

static const char *const obj_names[] = {"table", "sequence", "schema", "function", "type", NULL};
static const char def_letters[] = {'r', 'S', 'n', 'f', 'T'};

static const char *str(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static int obj_of(const char *s)
{
    for (int i = 0; s && obj_names[i]; i++)
        if (!strcmp(s, obj_names[i]))
            return i;
    return -1;
}

static int bad(sc_diags *d, const char *what, size_t i, const char *why)
{
    sc_error(d, SC_ERR_INPUT, "privileges.%s[%zu]: %s", what, i, why);
    return -1;
}

/* a list of privilege names into bits; -1 when one is unknown */
static int bits_of(json_t *a, unsigned *out)
{
    *out = 0;
    for (size_t i = 0; i < json_array_size(a); i++) {
        unsigned b = sc_priv_parse(json_string_value(json_array_get(a, i)));
        if (!b)
            return -1;
        *out |= b;
    }
    return a && !json_is_array(a) ? -1 : 0;
}

static int grants_part(sc_model *m, json_t *a, bool defaults, sc_diags *d)
{
    const char *what = defaults ? "default_privileges" : "grants";
    int rc = 0;
    for (size_t i = 0; i < json_array_size(a); i++) {
        json_t *e = json_array_get(a, i);
        int obj = obj_of(str(e, defaults ? "on" : "kind"));
        const char *grantee = str(e, "grantee");
        unsigned privs, option, revoked = 0;
        if (obj < 0 || !grantee || (!defaults && !str(e, "name")) || (defaults && !str(e, "role")) ||
            bits_of(json_object_get(e, "privileges"), &privs) || bits_of(json_object_get(e, "with_grant_option"), &option) ||
            (!defaults && bits_of(json_object_get(e, "revoked"), &revoked))) {
            rc = bad(d, what, i, defaults ? "needs \"role\", \"on\", \"grantee\" and \"privileges\""
                                          : "needs \"kind\", \"name\", \"grantee\" and \"privileges\"");
            continue;
        }
        if (defaults) {
            sc_default_priv *p = sc_privs_default(m, str(e, "role"), str(e, "schema"), def_letters[obj], grantee);
            p->privs = privs;
            p->grant_option = option & privs;
        } else {
            sc_grant *g = sc_privs_grant(m, (sc_priv_obj)obj, str(e, "schema"), str(e, "name"), str(e, "args"),
                                         str(e, "column"), grantee);
            g->privs = privs;
            g->grant_option = option & privs;
            g->revoked = !strcmp(grantee, "PUBLIC") ? revoked & sc_priv_public_default((sc_priv_obj)obj) : 0;
        }
    }
    return rc;
}

int sc_json_load_privileges(sc_model *m, json_t *root, sc_diags *d);
int sc_json_load_privileges(sc_model *m, json_t *root, sc_diags *d)
{
    json_t *p = json_object_get(root, "privileges");
    if (!p || json_is_null(p))
        return 0;
    if (!json_is_object(p)) {
        sc_error(d, SC_ERR_INPUT, "privileges: expected an object");
        return -1;
    }
    int rc = 0;
    json_t *owners = json_object_get(p, "owners");
    for (size_t i = 0; i < json_array_size(owners); i++) {
        json_t *e = json_array_get(owners, i);
        int obj = obj_of(str(e, "kind"));
        if (obj < 0 || !str(e, "name") || !str(e, "role")) {
            rc = bad(d, "owners", i, "needs \"kind\", \"name\" and \"role\"");
            continue;
        }
        sc_owner *o = sc_privs_add_owner(m, (sc_priv_obj)obj, str(e, "schema"), str(e, "name"), str(e, "args"));
        o->role = sc_arena_strdup(m->arena, str(e, "role"));
        const char *rk = str(e, "relkind");
        o->relkind = rk ? rk[0] : 0;
    }
    if (grants_part(m, json_object_get(p, "grants"), false, d))
        rc = -1;
    if (grants_part(m, json_object_get(p, "default_privileges"), true, d))
        rc = -1;
    return rc;
}
