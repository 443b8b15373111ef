/* build_privilege.c - privileges and ownership declared in the DSL as the
 * SQL that sets them: GRANT ... ON ... TO ...;  ALTER TABLE|VIEW|SEQUENCE|
 * SCHEMA|FUNCTION|PROCEDURE|ROUTINE|TYPE|DOMAIN ... OWNER TO ...;  ALTER
 * DEFAULT PRIVILEGES FOR ROLE ... [IN SCHEMA ...] GRANT ... ON ... TO ...;
 * read through libpg_query's parse tree (routine_sql.c hands it over).
 *
 * A declared schema says what is granted, so REVOKE is refused: leaving the
 * grant out is the way to say it is not there. GRANT ... ON ALL TABLES IN
 * SCHEMA is refused too: it grants on whatever exists when it runs, which
 * is not a state the model can hold. */
#include <string.h>

#include <jansson.h>

#include "parser/routine.h"

static const char *sval(json_t *node)
{
    return json_string_value(json_object_get(json_object_get(node, "String"), "sval"));
}

static int fail(sc_diags *d, sc_loc at, const char *msg, const char *hint)
{
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at, "%s", msg);
    if (hint)
        sc_diag_hint(dg, "%s", hint);
    return -1;
}

/* A RoleSpec's role: a name, "PUBLIC", or NULL for CURRENT_USER and the
 * like (whoever runs the script: not a state). */
static const char *role_of(json_t *rs)
{
    const char *t = json_string_value(json_object_get(rs, "roletype"));
    if (t && !strcmp(t, "ROLESPEC_PUBLIC"))
        return "PUBLIC";
    if (t && !strcmp(t, "ROLESPEC_CSTRING"))
        return json_string_value(json_object_get(rs, "rolename"));
    return NULL;
}

static bool obj_kind(const char *objtype, sc_priv_obj *out)
{
    static const struct {
        const char *name;
        sc_priv_obj obj;
    } kinds[] = {
        {"OBJECT_TABLE", SC_PRIV_OBJ_TABLE},       {"OBJECT_VIEW", SC_PRIV_OBJ_TABLE},
        {"OBJECT_MATVIEW", SC_PRIV_OBJ_TABLE},     {"OBJECT_FOREIGN_TABLE", SC_PRIV_OBJ_TABLE},
        {"OBJECT_SEQUENCE", SC_PRIV_OBJ_SEQUENCE}, {"OBJECT_SCHEMA", SC_PRIV_OBJ_SCHEMA},
        {"OBJECT_FUNCTION", SC_PRIV_OBJ_FUNCTION}, {"OBJECT_PROCEDURE", SC_PRIV_OBJ_FUNCTION},
        {"OBJECT_ROUTINE", SC_PRIV_OBJ_FUNCTION},  {"OBJECT_TYPE", SC_PRIV_OBJ_TYPE},
        {"OBJECT_DOMAIN", SC_PRIV_OBJ_TYPE},
    };
    for (size_t i = 0; objtype && i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(objtype, kinds[i].name)) {
            *out = kinds[i].obj;
            return true;
        }
    return false;
}

/* One GRANT's object: schema, name and (functions) argument types. */
typedef struct target {
    const char *schema, *name, *args;
} target;

static void list_name(json_t *items, target *t)
{
    size_t n = json_array_size(items);
    t->name = n ? sval(json_array_get(items, n - 1)) : NULL;
    t->schema = n > 1 ? sval(json_array_get(items, n - 2)) : NULL;
}

/* obj's node (RangeVar, String, List, ObjectWithArgs) into t; -1 when it
 * names no one object */
static int target_of(sc_arena *a, sc_priv_obj kind, json_t *node, target *t)
{
    memset(t, 0, sizeof *t);
    json_t *x;
    if ((x = json_object_get(node, "RangeVar"))) {
        t->schema = json_string_value(json_object_get(x, "schemaname"));
        t->name = json_string_value(json_object_get(x, "relname"));
    } else if (kind == SC_PRIV_OBJ_SCHEMA) {
        t->name = sval(node);
    } else if ((x = json_object_get(node, "List"))) {
        list_name(json_object_get(x, "items"), t);
    } else if ((x = json_object_get(node, "ObjectWithArgs"))) {
        list_name(json_object_get(x, "objname"), t);
        if (json_is_true(json_object_get(x, "args_unspecified")))
            return -1;
        json_t *args = json_object_get(x, "objargs");
        char *s = sc_arena_strdup(a, "");
        for (size_t i = 0; i < json_array_size(args); i++)
            s = sc_arena_printf(a, "%s%s%s", s, i ? ", " : "",
                                sc_routine_typename(a, json_object_get(json_array_get(args, i), "TypeName")));
        t->args = s;
    }
    if (!t->name)
        return -1;
    if (kind != SC_PRIV_OBJ_SCHEMA && !t->schema)
        t->schema = SC_DEFAULT_SCHEMA;
    return 0;
}

static int read_privs(json_t *privs, sc_priv_obj kind, unsigned *bits, sc_loc at, sc_diags *d)
{
    *bits = 0;
    if (!json_array_size(privs)) {   /* ALL [PRIVILEGES] */
        *bits = sc_priv_all(kind, false);
        return 0;
    }
    for (size_t i = 0; i < json_array_size(privs); i++) {
        json_t *ap = json_object_get(json_array_get(privs, i), "AccessPriv");
        if (json_object_get(ap, "cols"))
            continue;
        unsigned b = sc_priv_parse(json_string_value(json_object_get(ap, "priv_name")));
        if (!b || !(b & sc_priv_all(kind, false)))
            return fail(d, at, "this privilege does not apply to this kind of object",
                        "tables: select, insert, update, delete, truncate, references, trigger; sequences: "
                        "usage, select, update; schemas: usage, create; functions: execute; types: usage");
        *bits |= b;
    }
    return 0;
}

static void put_grant(sc_model *m, sc_priv_obj kind, const target *t, const char *column, const char *grantee,
                      unsigned bits, bool option, sc_loc at)
{
    sc_grant *g = sc_privs_grant(m, kind, kind == SC_PRIV_OBJ_SCHEMA ? NULL : t->schema, t->name, t->args,
                                 column, grantee);
    g->privs = bits;
    g->grant_option = option ? bits : 0;
    g->loc = at;
}

/* REVOKE of what PUBLIC has by default: REVOKE EXECUTE ON FUNCTION f(...)
 * FROM PUBLIC, REVOKE USAGE ON TYPE t FROM PUBLIC: a state of its own */
static int revoke_default(sc_model *m, json_t *gs, sc_loc at, sc_diags *d)
{
    static const char msg[] = "a declared schema lists what is granted: REVOKE has no place in it, but for "
                              "what PUBLIC has by default (EXECUTE on functions, USAGE on types)";
    static const char hint[] = "leave the GRANT out, and the diff revokes it from a database that has it";
    sc_priv_obj kind;
    const char *tt = json_string_value(json_object_get(gs, "targtype"));
    if (!tt || strcmp(tt, "ACL_TARGET_OBJECT") || !obj_kind(json_string_value(json_object_get(gs, "objtype")), &kind) ||
        !sc_priv_public_default(kind) || json_is_true(json_object_get(gs, "grant_option")))
        return fail(d, at, msg, hint);
    unsigned bits;
    if (read_privs(json_object_get(gs, "privileges"), kind, &bits, at, d))
        return -1;
    json_t *objs = json_object_get(gs, "objects"), *grantees = json_object_get(gs, "grantees");
    for (size_t gi = 0; gi < json_array_size(grantees); gi++) {
        const char *role = role_of(json_object_get(json_array_get(grantees, gi), "RoleSpec"));
        if (!role || strcmp(role, "PUBLIC") || (bits & ~sc_priv_public_default(kind)))
            return fail(d, at, msg, hint);
        for (size_t oi = 0; oi < json_array_size(objs); oi++) {
            target t;
            if (target_of(m->arena, kind, json_array_get(objs, oi), &t))
                return fail(d, at, "a revoke on a function names its argument types", NULL);
            sc_grant *g = sc_privs_grant(m, kind, t.schema, t.name, t.args, NULL, role);
            g->revoked = bits;
            g->loc = at;
        }
    }
    return 0;
}

static int grant(sc_model *m, json_t *gs, sc_loc at, sc_diags *d)
{
    if (!json_is_true(json_object_get(gs, "is_grant")))
        return revoke_default(m, gs, at, d);
    const char *tt = json_string_value(json_object_get(gs, "targtype"));
    if (!tt || strcmp(tt, "ACL_TARGET_OBJECT"))
        return fail(d, at, "GRANT ... ON ALL ... IN SCHEMA grants on what exists when it runs: name the objects",
                    "grant ... on table a, b to role; (or alter default privileges for objects created later)");
    sc_priv_obj kind;
    if (!obj_kind(json_string_value(json_object_get(gs, "objtype")), &kind))
        return fail(d, at, "schemac models privileges on tables, views, sequences, schemas, functions, "
                           "procedures and types only", NULL);
    json_t *privs = json_object_get(gs, "privileges");
    unsigned bits;
    if (read_privs(privs, kind, &bits, at, d))
        return -1;
    bool option = json_is_true(json_object_get(gs, "grant_option"));
    json_t *objs = json_object_get(gs, "objects"), *grantees = json_object_get(gs, "grantees");
    for (size_t gi = 0; gi < json_array_size(grantees); gi++) {
        const char *role = role_of(json_object_get(json_array_get(grantees, gi), "RoleSpec"));
        if (!role)
            return fail(d, at, "a grant names its role (CURRENT_USER, SESSION_USER and CURRENT_ROLE depend on who "
                               "runs the script)", NULL);
        for (size_t oi = 0; oi < json_array_size(objs); oi++) {
            target t;
            if (target_of(m->arena, kind, json_array_get(objs, oi), &t))
                return fail(d, at, "a grant on a function names its argument types", "grant execute on function f(integer) to app;");
            if (bits)
                put_grant(m, kind, &t, NULL, role, bits, option, at);
            for (size_t pi = 0; pi < json_array_size(privs); pi++) {
                json_t *ap = json_object_get(json_array_get(privs, pi), "AccessPriv");
                json_t *cols = json_object_get(ap, "cols");
                if (!cols)
                    continue;
                const char *pn = json_string_value(json_object_get(ap, "priv_name"));
                unsigned cb = pn ? sc_priv_parse(pn) : sc_priv_all(kind, true);
                if (kind != SC_PRIV_OBJ_TABLE || !cb || !(cb & sc_priv_all(kind, true)))
                    return fail(d, at, "a column takes select, insert, update and references only", NULL);
                for (size_t ci = 0; ci < json_array_size(cols); ci++)
                    put_grant(m, kind, &t, sval(json_array_get(cols, ci)), role, cb, option, at);
            }
        }
    }
    return 0;
}

static int owner(sc_model *m, sc_priv_obj kind, char relkind, json_t *object_or_rel, bool is_rel,
                 json_t *newowner, sc_loc at, sc_diags *d)
{
    const char *role = role_of(newowner);
    if (!role || !strcmp(role, "PUBLIC"))
        return fail(d, at, "an owner is a role named here (not PUBLIC nor CURRENT_USER)", NULL);
    target t;
    if (is_rel) {
        memset(&t, 0, sizeof t);
        t.schema = json_string_value(json_object_get(object_or_rel, "schemaname"));
        t.name = json_string_value(json_object_get(object_or_rel, "relname"));
        if (!t.schema)
            t.schema = SC_DEFAULT_SCHEMA;
    } else if (target_of(m->arena, kind, object_or_rel, &t)) {
        return fail(d, at, "ALTER FUNCTION ... OWNER TO names the argument types", NULL);
    }
    const char *schema = kind == SC_PRIV_OBJ_SCHEMA ? NULL : t.schema;
    for (size_t i = 0; i < m->privs.owners.n; i++) {
        const sc_owner *o = SC_VEC_AT(m->privs.owners, i, sc_owner);
        if (!strcmp(sc_priv_key(m->arena, o->obj, o->schema, o->name, o->args, NULL),
                    sc_priv_key(m->arena, kind, schema, t.name, t.args, NULL)))
            return fail(d, at, "this object's owner is declared twice", NULL);
    }
    sc_owner *o = sc_privs_add_owner(m, kind, schema, t.name, t.args);
    o->role = sc_arena_strdup(m->arena, role);
    o->relkind = relkind;
    o->loc = at;
    return 0;
}

static char relkind_of(const char *objtype)
{
    return !objtype ? 0 : !strcmp(objtype, "OBJECT_VIEW") ? 'v' : !strcmp(objtype, "OBJECT_MATVIEW") ? 'm'
                        : !strcmp(objtype, "OBJECT_SEQUENCE") ? 'S' : 0;
}

/* ALTER TABLE|VIEW|SEQUENCE x OWNER TO r (and nothing else in it); 1 when
 * the ALTER TABLE is not one */
static int table_owner(sc_model *m, json_t *alt, sc_loc at, sc_diags *d)
{
    json_t *cmds = json_object_get(alt, "cmds");
    size_t n = json_array_size(cmds), owners = 0;
    json_t *newowner = NULL;
    for (size_t i = 0; i < n; i++) {
        json_t *c = json_object_get(json_array_get(cmds, i), "AlterTableCmd");
        const char *sub = json_string_value(json_object_get(c, "subtype"));
        if (sub && !strcmp(sub, "AT_ChangeOwner")) {
            owners++;
            newowner = json_object_get(c, "newowner");
        }
    }
    if (!owners)
        return 1;
    if (owners != n || n != 1)
        return fail(d, at, "ALTER ... OWNER TO is a statement of its own here", NULL);
    const char *ot = json_string_value(json_object_get(alt, "objtype"));
    char rk = relkind_of(ot);
    return owner(m, rk == 'S' ? SC_PRIV_OBJ_SEQUENCE : SC_PRIV_OBJ_TABLE, rk, json_object_get(alt, "relation"),
                 true, newowner, at, d);
}

static char def_objtype(const char *objtype)
{
    if (!objtype)
        return 0;
    if (!strcmp(objtype, "OBJECT_TABLE"))
        return 'r';
    if (!strcmp(objtype, "OBJECT_SEQUENCE"))
        return 'S';
    if (!strcmp(objtype, "OBJECT_FUNCTION") || !strcmp(objtype, "OBJECT_ROUTINE") ||
        !strcmp(objtype, "OBJECT_PROCEDURE"))
        return 'f';
    if (!strcmp(objtype, "OBJECT_TYPE"))
        return 'T';
    if (!strcmp(objtype, "OBJECT_SCHEMA"))
        return 'n';
    return 0;
}

static json_t *option_list(json_t *options, const char *name)
{
    for (size_t i = 0; i < json_array_size(options); i++) {
        json_t *de = json_object_get(json_array_get(options, i), "DefElem");
        const char *dn = json_string_value(json_object_get(de, "defname"));
        if (dn && !strcmp(dn, name))
            return json_object_get(json_object_get(json_object_get(de, "arg"), "List"), "items");
    }
    return NULL;
}

static int default_privs(sc_model *m, json_t *st, sc_loc at, sc_diags *d)
{
    json_t *action = json_object_get(st, "action");
    if (!json_is_true(json_object_get(action, "is_grant")))
        return fail(d, at, "a declared schema lists the default privileges granted: REVOKE has no place in it",
                    NULL);
    json_t *roles = option_list(json_object_get(st, "options"), "roles");
    json_t *schemas = option_list(json_object_get(st, "options"), "schemas");
    if (!json_array_size(roles))
        return fail(d, at, "default privileges belong to a role: name it (FOR ROLE)",
                    "alter default privileges for role app in schema s grant select on tables to reporting;");
    char ot = def_objtype(json_string_value(json_object_get(action, "objtype")));
    if (!ot)
        return fail(d, at, "default privileges are on tables, sequences, functions, types or schemas", NULL);
    sc_priv_obj kind = sc_priv_defobj(ot);
    unsigned bits;
    if (read_privs(json_object_get(action, "privileges"), kind, &bits, at, d))
        return -1;
    bool option = json_is_true(json_object_get(action, "grant_option"));
    json_t *grantees = json_object_get(action, "grantees");
    size_t ns = json_array_size(schemas);
    if (ot == 'n' && ns)
        return fail(d, at, "default privileges on schemas are not per schema (no IN SCHEMA)", NULL);
    for (size_t ri = 0; ri < json_array_size(roles); ri++) {
        const char *role = role_of(json_object_get(json_array_get(roles, ri), "RoleSpec"));
        for (size_t gi = 0; gi < json_array_size(grantees); gi++) {
            const char *to = role_of(json_object_get(json_array_get(grantees, gi), "RoleSpec"));
            if (!role || !to || !strcmp(role, "PUBLIC"))
                return fail(d, at, "default privileges name their roles (not CURRENT_USER)", NULL);
            for (size_t si = 0; si < (ns ? ns : 1); si++) {
                sc_default_priv *p = sc_privs_default(m, role, ns ? sval(json_array_get(schemas, si)) : NULL,
                                                      ot, to);
                p->privs = bits;
                p->grant_option = option ? bits : 0;
                p->loc = at;
            }
        }
    }
    return 0;
}

int sc_privilege_read(sc_model *m, json_t *st, sc_loc at, sc_diags *d)
{
    json_t *x;
    if ((x = json_object_get(st, "GrantStmt")))
        return grant(m, x, at, d);
    if ((x = json_object_get(st, "AlterDefaultPrivilegesStmt")))
        return default_privs(m, x, at, d);
    if ((x = json_object_get(st, "AlterTableStmt")))
        return table_owner(m, x, at, d);
    if ((x = json_object_get(st, "AlterOwnerStmt"))) {
        sc_priv_obj kind;
        const char *ot = json_string_value(json_object_get(x, "objectType"));
        if (!obj_kind(ot, &kind))
            return fail(d, at, "schemac models the owners of tables, views, sequences, schemas, functions, "
                               "procedures and types only", NULL);
        return owner(m, kind, ot && !strcmp(ot, "OBJECT_DOMAIN") ? 'd' : 0, json_object_get(x, "object"), false,
                     json_object_get(x, "newowner"), at, d);
    }
    return 1;
}

/* ---- what they name is declared ------------------------------------------ */

static bool schema_declared(const sc_model *m, const char *s)
{
    return !strcmp(s, SC_DEFAULT_SCHEMA) || sc_strmap_has(m->schema_map, s);
}

/* NULL when obj names something m declares, else what is missing */
static const char *missing(const sc_model *m, sc_priv_obj obj, const char *schema, const char *name,
                           const char *args, const char *column)
{
    switch (obj) {
    case SC_PRIV_OBJ_SCHEMA:
        return schema_declared(m, name) ? NULL : "no schema of that name is declared";
    case SC_PRIV_OBJ_FUNCTION:
        return sc_model_function(m, schema, name, args ? args : "") ? NULL
               : "no function or procedure of that name and argument types is declared";
    case SC_PRIV_OBJ_TYPE:
        return sc_model_enum(m, schema, name) || sc_model_utype(m, schema, name) ? NULL
               : "no type or domain of that name is declared";
    case SC_PRIV_OBJ_TABLE:
    case SC_PRIV_OBJ_SEQUENCE: {
        const sc_table *t = sc_model_table(m, schema, name);
        if (t)
            return !column || sc_table_column(t, column) ? NULL : "the table has no column of that name";
        /* a view's columns are its query's: not checked here */
        return sc_model_view(m, schema, name) || (!column && sc_model_sequence(m, schema, name)) ? NULL
               : column ? "no table or view of that name is declared"
                        : "no table, view or sequence of that name is declared";
    }
    }
    return NULL;
}

static int report(sc_diags *d, sc_loc at, const char *what, const char *schema, const char *name,
                  const char *column, const char *why)
{
    sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at, "%s \"%s%s%s%s%s\": %s", what, schema ? schema : "",
                schema ? "." : "", name, column ? "." : "", column ? column : "", why);
    return -1;
}

int sc_privileges_validate(const sc_model *m, sc_diags *d)
{
    int rc = 0;
    const sc_privs *p = &m->privs;
    for (size_t i = 0; i < p->grants.n; i++) {
        const sc_grant *g = p->grants.items[i];
        const char *why = missing(m, g->obj, g->schema, g->name, g->args, g->column);
        if (why)
            rc = report(d, g->loc, "grant on", g->schema, g->name, g->column, why);
    }
    for (size_t i = 0; i < p->owners.n; i++) {
        const sc_owner *o = p->owners.items[i];
        const char *why = missing(m, o->obj, o->schema, o->name, o->args, NULL);
        if (why)
            rc = report(d, o->loc, "owner of", o->schema, o->name, NULL, why);
    }
    for (size_t i = 0; i < p->defaults.n; i++) {
        const sc_default_priv *x = p->defaults.items[i];
        if (x->schema && !schema_declared(m, x->schema))
            rc = report(d, x->loc, "default privileges in schema", NULL, x->schema, NULL,
                        "no schema of that name is declared");
    }
    return rc;
}
