/* privilege.c - privileges and ownership in the model: grants per grantee
 * and object (or column), owners, default privileges.
 *
 * A grant is added empty and filled by its caller; the same grantee and
 * object may be added several times (two GRANT statements): sc_privs_sort
 * folds them into one, privileges OR-ed, so that a model never lists one
 * grant twice and the diff compares one entry per key. */
#include <string.h>
#include <strings.h>

#include "model/model.h"
#include "model/strbuf.h"

static const char *const priv_names[SC_PRIV__COUNT] = {
    "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "EXECUTE", "USAGE", "CREATE",
};

const char *sc_priv_name(unsigned bit)
{
    for (int i = 0; i < SC_PRIV__COUNT; i++)
        if (bit == 1u << i)
            return priv_names[i];
    return NULL;
}

unsigned sc_priv_parse(const char *name)
{
    for (int i = 0; name && i < SC_PRIV__COUNT; i++)
        if (!strcasecmp(name, priv_names[i]))
            return 1u << i;
    return 0;
}

unsigned sc_priv_public_default(sc_priv_obj obj)
{
    return obj == SC_PRIV_OBJ_FUNCTION ? SC_PRIV_EXECUTE : obj == SC_PRIV_OBJ_TYPE ? SC_PRIV_USAGE : 0;
}

unsigned sc_priv_all(sc_priv_obj obj, bool column)
{
    if (column)
        return SC_PRIV_SELECT | SC_PRIV_INSERT | SC_PRIV_UPDATE | SC_PRIV_REFERENCES;
    switch (obj) {
    case SC_PRIV_OBJ_TABLE:
        return SC_PRIV_SELECT | SC_PRIV_INSERT | SC_PRIV_UPDATE | SC_PRIV_DELETE | SC_PRIV_TRUNCATE |
               SC_PRIV_REFERENCES | SC_PRIV_TRIGGER;
    case SC_PRIV_OBJ_SEQUENCE:
        return SC_PRIV_USAGE | SC_PRIV_SELECT | SC_PRIV_UPDATE;
    case SC_PRIV_OBJ_SCHEMA:
        return SC_PRIV_USAGE | SC_PRIV_CREATE;
    case SC_PRIV_OBJ_FUNCTION:
        return SC_PRIV_EXECUTE;
    case SC_PRIV_OBJ_TYPE:
        return SC_PRIV_USAGE;
    }
    return 0;
}

sc_priv_obj sc_priv_defobj(char objtype)
{
    switch (objtype) {
    case 'S':
        return SC_PRIV_OBJ_SEQUENCE;
    case 'f':
        return SC_PRIV_OBJ_FUNCTION;
    case 'T':
        return SC_PRIV_OBJ_TYPE;
    case 'n':
        return SC_PRIV_OBJ_SCHEMA;
    default:
        return SC_PRIV_OBJ_TABLE;
    }
}

const char *sc_priv_obj_sql(sc_priv_obj obj)
{
    static const char *const sql[] = {"TABLE", "SEQUENCE", "SCHEMA", "ROUTINE", "TYPE"};
    return sql[obj];
}

const char *sc_priv_obj_word(sc_priv_obj obj)
{
    static const char *const words[] = {"table", "sequence", "schema", "routine", "type"};
    return words[obj];
}

void sc_sb_priv_object(sc_strbuf *b, sc_priv_obj obj, const char *schema, const char *name, const char *args)
{
    sc_sb_priv_named(b, sc_priv_obj_sql(obj), obj, schema, name, args);
}

void sc_sb_priv_named(sc_strbuf *b, const char *kind, sc_priv_obj obj, const char *schema, const char *name,
                      const char *args)
{
    sc_sb_printf(b, "%s ", kind);
    if (obj == SC_PRIV_OBJ_SCHEMA) {
        sc_sb_ident(b, name);
        return;
    }
    sc_sb_qualified(b, schema, name);
    if (obj == SC_PRIV_OBJ_FUNCTION)
        sc_sb_printf(b, "(%s)", args ? args : "");
}

const char *sc_priv_key(sc_arena *a, sc_priv_obj obj, const char *schema, const char *name, const char *args,
                        const char *column)
{
    /* tables and sequences share pg_class: one namespace */
    char cls = obj == SC_PRIV_OBJ_TABLE || obj == SC_PRIV_OBJ_SEQUENCE ? 'r'
               : obj == SC_PRIV_OBJ_SCHEMA ? 'n' : obj == SC_PRIV_OBJ_FUNCTION ? 'f' : 't';
    return sc_arena_printf(a, "%c:%s\x1f%s\x1f%s\x1f%s", cls, schema ? schema : "", name, args ? args : "",
                           column ? column : "");
}

sc_grant *sc_privs_grant(sc_model *m, sc_priv_obj obj, const char *schema, const char *name, const char *args,
                         const char *column, const char *grantee)
{
    sc_grant *g = sc_arena_alloc(m->arena, sizeof *g);
    memset(g, 0, sizeof *g);
    g->obj = obj;
    g->schema = sc_arena_strdup(m->arena, schema);
    g->name = sc_arena_strdup(m->arena, name);
    g->args = sc_arena_strdup(m->arena, args);
    g->column = sc_arena_strdup(m->arena, column);
    g->grantee = sc_arena_strdup(m->arena, grantee);
    sc_vec_push(m->arena, &m->privs.grants, g);
    return g;
}

sc_owner *sc_privs_add_owner(sc_model *m, sc_priv_obj obj, const char *schema, const char *name, const char *args)
{
    sc_owner *o = sc_arena_alloc(m->arena, sizeof *o);
    memset(o, 0, sizeof *o);
    o->obj = obj;
    o->schema = sc_arena_strdup(m->arena, schema);
    o->name = sc_arena_strdup(m->arena, name);
    o->args = sc_arena_strdup(m->arena, args);
    sc_vec_push(m->arena, &m->privs.owners, o);
    return o;
}

sc_default_priv *sc_privs_default(sc_model *m, const char *role, const char *schema, char objtype,
                                  const char *grantee)
{
    sc_default_priv *p = sc_arena_alloc(m->arena, sizeof *p);
    memset(p, 0, sizeof *p);
    p->role = sc_arena_strdup(m->arena, role);
    p->schema = sc_arena_strdup(m->arena, schema);
    p->objtype = objtype;
    p->grantee = sc_arena_strdup(m->arena, grantee);
    sc_vec_push(m->arena, &m->privs.defaults, p);
    return p;
}

static int cmp_opt(const char *x, const char *y)
{
    return strcmp(x ? x : "", y ? y : "");
}

static int cls(sc_priv_obj o)
{
    return o == SC_PRIV_OBJ_SEQUENCE ? SC_PRIV_OBJ_TABLE : (int)o;
}

static int cmp_grant(const void *a, const void *b)
{
    const sc_grant *x = a, *y = b;
    int r = cls(x->obj) - cls(y->obj);
    if (!r)
        r = cmp_opt(x->schema, y->schema);
    if (!r)
        r = cmp_opt(x->name, y->name);
    if (!r)
        r = cmp_opt(x->args, y->args);
    if (!r)
        r = cmp_opt(x->column, y->column);
    return r ? r : cmp_opt(x->grantee, y->grantee);
}

static int cmp_owner(const void *a, const void *b)
{
    const sc_owner *x = a, *y = b;
    int r = cls(x->obj) - cls(y->obj);
    if (!r)
        r = cmp_opt(x->schema, y->schema);
    if (!r)
        r = cmp_opt(x->name, y->name);
    return r ? r : cmp_opt(x->args, y->args);
}

static int cmp_default(const void *a, const void *b)
{
    const sc_default_priv *x = a, *y = b;
    int r = cmp_opt(x->role, y->role);
    if (!r)
        r = cmp_opt(x->schema, y->schema);
    if (!r)
        r = x->objtype - y->objtype;
    return r ? r : cmp_opt(x->grantee, y->grantee);
}

void sc_privs_sort(sc_model *m)
{
    sc_privs *p = &m->privs;
    sc_vec_sort(&p->grants, cmp_grant);
    size_t n = 0;
    for (size_t i = 0; i < p->grants.n; i++) {
        sc_grant *g = p->grants.items[i];
        sc_grant *last = n ? p->grants.items[n - 1] : NULL;
        if (last && !cmp_grant(last, g)) {
            /* written twice: one grant of both (a copy: the entries may be shared with another model) */
            sc_grant *u = sc_arena_alloc(m->arena, sizeof *u);
            *u = *last;
            u->privs |= g->privs;
            u->grant_option |= g->grant_option;
            u->revoked |= g->revoked;
            p->grants.items[n - 1] = u;
            continue;
        }
        p->grants.items[n++] = g;
    }
    p->grants.n = n;
    /* a grant of nothing (a column list that named every privilege away) is none */
    n = 0;
    for (size_t i = 0; i < p->grants.n; i++)
        if (((sc_grant *)p->grants.items[i])->privs || ((sc_grant *)p->grants.items[i])->revoked)
            p->grants.items[n++] = p->grants.items[i];
    p->grants.n = n;
    sc_vec_sort(&p->owners, cmp_owner);
    sc_vec_sort(&p->defaults, cmp_default);
    n = 0;
    for (size_t i = 0; i < p->defaults.n; i++) {
        sc_default_priv *g = p->defaults.items[i];
        sc_default_priv *last = n ? p->defaults.items[n - 1] : NULL;
        if (last && !cmp_default(last, g)) {
            sc_default_priv *u = sc_arena_alloc(m->arena, sizeof *u);
            *u = *last;
            u->privs |= g->privs;
            u->grant_option |= g->grant_option;
            p->defaults.items[n - 1] = u;
            continue;
        }
        p->defaults.items[n++] = g;
    }
    p->defaults.n = n;
}

void sc_privs_share(sc_model *dst, const sc_model *src)
{
    const sc_vec *from[3] = {&src->privs.grants, &src->privs.owners, &src->privs.defaults};
    sc_vec *to[3] = {&dst->privs.grants, &dst->privs.owners, &dst->privs.defaults};
    for (int k = 0; k < 3; k++)
        for (size_t i = 0; i < from[k]->n; i++)
            sc_vec_push(dst->arena, to[k], from[k]->items[i]);
}

bool sc_privs_any(const sc_model *m)
{
    return m->privs.grants.n || m->privs.owners.n || m->privs.defaults.n;
}
