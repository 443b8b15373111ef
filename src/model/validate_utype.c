/* validate_utype.c - the semantic checks of domains, composite and range
 * types, and the resolution of the types that name them (validate.c's
 * resolve_type asks sc_utype_resolve). */
#include <string.h>

#include "model/model.h"

bool sc_utype_resolve(const sc_model *m, const char *block_schema, sc_type *ty)
{
    const sc_utype *u = NULL;
    if (ty->schema)
        u = sc_model_utype(m, ty->schema, ty->name);
    else {
        if (block_schema)
            u = sc_model_utype(m, block_schema, ty->name);
        if (!u)
            u = sc_model_utype(m, SC_DEFAULT_SCHEMA, ty->name);
    }
    if (!u)
        return false;
    ty->is_user = true;
    ty->schema = u->schema;
    return true;
}

static void error(sc_diags *d, sc_loc loc, const char *fmt, const char *a, const char *b)
{
    sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, loc, fmt, a, b);
}

static void check_len(sc_diags *d, const char *what, const char *name, sc_loc loc)
{
    if (strlen(name) > SC_PG_NAMEDATALEN)
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, loc, "%s name \"%s\" is %zu bytes long; PostgreSQL keeps at most %d",
                    what, name, strlen(name), SC_PG_NAMEDATALEN);
}

/* A type a utype uses: built in, an enum, or another utype. */
static void resolve(const sc_model *m, const sc_utype *u, sc_type *ty, sc_loc loc, sc_diags *d)
{
    if (sc_type_is_builtin(ty) || ty->is_user)
        return;
    const sc_enum *e = ty->schema ? sc_model_enum(m, ty->schema, ty->name) : NULL;
    if (!ty->schema) {
        e = sc_model_enum(m, u->schema, ty->name);
        if (!e)
            e = sc_model_enum(m, SC_DEFAULT_SCHEMA, ty->name);
    }
    if (e) {
        ty->is_user = true;
        ty->schema = e->schema;
        return;
    }
    if (sc_utype_resolve(m, u->schema, ty))
        return;
    if (m->extensions.n)
        return;   /* a type one of the extensions installs (a domain over citext); only a server can tell */
    error(d, loc, "unknown type \"%s\" in %s", ty->name, sc_arena_printf(m->arena, "%s \"%s\"",
                                                                         sc_utype_kind_name(u->kind), u->name));
}

/* u uses itself through its attributes or base (PostgreSQL refuses it). */
static bool uses(const sc_model *m, const sc_utype *u, const sc_utype *target, int depth)
{
    if (depth > 64)
        return true;
    if (u->kind == SC_UTYPE_COMPOSITE) {
        for (size_t i = 0; i < u->attrs.n; i++) {
            const sc_utype *x = sc_model_utype_of(m, &SC_VEC_AT(u->attrs, i, sc_type_attr)->type);
            if (x && (x == target || uses(m, x, target, depth + 1)))
                return true;
        }
        return false;
    }
    const sc_utype *x = u->base.is_user ? sc_model_utype_of(m, &u->base) : NULL;
    return x && (x == target || uses(m, x, target, depth + 1));
}

static void check_one(const sc_model *m, sc_utype *u, sc_diags *d)
{
    check_len(d, sc_utype_kind_name(u->kind), u->name, u->loc);
    if (sc_model_enum(m, u->schema, u->name))
        error(d, u->loc, "type name \"%s\" is already used by an enum%s", u->name, "");
    if (sc_model_table(m, u->schema, u->name) || sc_model_view(m, u->schema, u->name))
        error(d, u->loc, "type name \"%s\" is already used by a table or view (a relation is a type too)%s",
              u->name, "");
    if (u->kind == SC_UTYPE_COMPOSITE) {
        for (size_t i = 0; i < u->attrs.n; i++) {
            sc_type_attr *at = SC_VEC_AT(u->attrs, i, sc_type_attr);
            check_len(d, "attribute", at->name, at->loc);
            resolve(m, u, &at->type, at->type_loc.src ? at->type_loc : at->loc, d);
        }
    } else if (u->base.name) {
        resolve(m, u, &u->base, u->base_loc.src ? u->base_loc : u->loc, d);
        if (u->kind == SC_UTYPE_RANGE && u->base.array_dims)
            error(d, u->base_loc, "range type \"%s\": the subtype cannot be an array%s", u->name, "");
    }
    for (size_t i = 0; i < u->checks.n; i++)
        check_len(d, "check", SC_VEC_AT(u->checks, i, sc_domain_check)->name,
                  SC_VEC_AT(u->checks, i, sc_domain_check)->loc);
}

int sc_utypes_validate(sc_model *m, sc_diags *d)
{
    size_t before = d->nerrors;
    for (size_t i = 0; i < m->utypes.n; i++)
        check_one(m, SC_VEC_AT(m->utypes, i, sc_utype), d);
    for (size_t i = 0; i < m->utypes.n && d->nerrors == before; i++) {
        const sc_utype *u = SC_VEC_AT(m->utypes, i, sc_utype);
        if (uses(m, u, u, 0))
            error(d, u->loc, "%s \"%s\" uses itself", sc_utype_kind_name(u->kind), u->name);
    }
    return d->nerrors > before ? -1 : 0;
}
