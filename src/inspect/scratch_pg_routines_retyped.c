/* scratch_pg_routines_retyped.c - types4 (issue 11): the declared triggers
 * and function bodies spelled under the declared types, not the live ones.
 *
 * sc_normalize_pg_routines creates the declared routines in the real
 * schemas, over the live objects. A trigger's WHEN or a SQL-standard body
 * that calls a function whose domain or composite result the plan rebuilds
 * (`to_cents(new.qty) > 0`, cents changing from integer to bigint) would be
 * spelled under the live type (`(to_cents(new.qty))::integer > 0`), which
 * is then what the script creates: the diff after `up` is not empty. So the
 * transaction first does what the plan will: each such type is created as
 * declared in place of the live one (renamed away), then each declared
 * function whose arguments or result name one of them in place of the live
 * one. Each step is a DO block that swallows its error (the live object is
 * then left as it was, and the routines are spelled as before). Everything
 * is rolled back with the transaction. Range types are left alone: a range
 * cannot be created under the name of one renamed away (its constructor
 * functions and multirange keep their names). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "emit/ddl.h"
#include "inspect/pg_internal.h"
#include "model/strbuf.h"
#include "model/strmap.h"

static bool str_same(const char *a, const char *b)
{
    return a ? b && !strcmp(a, b) : !b;
}

/* What the plan cannot change in place (as diff_utype.c decides it, for
 * the kinds handled here): a domain's base type or collation, a composite
 * type's attributes (names, types, order). */
static bool rebuilt(const sc_utype *live, const sc_utype *decl)
{
    if (live->kind != decl->kind || decl->kind == SC_UTYPE_RANGE)
        return false;
    if (decl->kind == SC_UTYPE_DOMAIN)
        return !sc_type_equal(&live->base, &decl->base) || !str_same(live->collation, decl->collation);
    if (live->attrs.n != decl->attrs.n)
        return true;
    for (size_t i = 0; i < decl->attrs.n; i++) {
        const sc_type_attr *a = SC_VEC_AT(live->attrs, i, sc_type_attr);
        const sc_type_attr *b = SC_VEC_AT(decl->attrs, i, sc_type_attr);
        if (strcmp(a->name, b->name) || !sc_type_equal(&a->type, &b->type))
            return true;
    }
    return false;
}

/* The live type renamed away and the declared one created, guarded. */
static void put_type(sc_strbuf *b, const sc_utype *u, size_t k)
{
    sc_strbuf sql = SC_STRBUF_INIT;
    sc_sb_puts(&sql, u->kind == SC_UTYPE_DOMAIN ? "ALTER DOMAIN " : "ALTER TYPE ");
    sc_sb_qualified(&sql, u->schema, u->name);
    sc_sb_printf(&sql, " RENAME TO schemac_retyped_ty_%zu;\n", k);
    sc_diags d;
    sc_diags_init(&d);
    int rc = sc_ddl_create_utype(&sql, u, SC_DIALECT_POSTGRESQL, &d);
    sc_diags_free(&d);
    if (rc == 0)
        pg_put_guarded(b, sc_sb_cstr(&sql), "rty");
    sc_sb_free(&sql);
}

char *pg_routines_retyped(PGconn *conn, const sc_model *live, const sc_model *declared)
{
    if (!declared->utypes.n || !declared->functions.n)
        return NULL;
    const sc_utype **types = calloc(declared->utypes.n, sizeof *types);
    if (!types)
        abort();
    size_t nt = 0;
    for (size_t i = 0; i < declared->utypes.n; i++) {
        const sc_utype *u = SC_VEC_AT(declared->utypes, i, sc_utype);
        const sc_utype *l = sc_model_utype(live, u->schema, u->name);
        if (l && rebuilt(l, u))
            types[nt++] = u;
    }
    char *out = NULL;
    bool *want = nt ? calloc(declared->functions.n, sizeof *want) : NULL;
    sc_strmap *names = sc_strmap_new();
    for (size_t j = 0; j < nt; j++)
        sc_strmap_put(names, types[j]->name, NULL);
    bool any = false;
    for (size_t i = 0; want && i < declared->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(declared->functions, i, sc_function);
        want[i] = f->sql && !f->aggregate && pg_fn_names_any(f, names);
        any = any || want[i];
    }
    sc_strmap_free(names);
    /* found while their argument types still name the live types */
    unsigned *oids = any ? pg_live_fn_oids(conn, declared, want) : NULL;
    if (nt) {
        sc_strbuf b = SC_STRBUF_INIT;
        /* a type built on another comes after it */
        const sc_utype **order = sc_utypes_ordered(declared);
        for (size_t i = 0; i < declared->utypes.n; i++)
            for (size_t j = 0; j < nt; j++)
                if (order[i] == types[j])
                    put_type(&b, types[j], j);
        free((void *)order);
        for (size_t i = 0; oids && i < declared->functions.n; i++) {
            if (!oids[i])
                continue;
            char *sql = pg_retyped_fn_stmt(SC_VEC_AT(declared->functions, i, sc_function), oids[i], i);
            sc_sb_printf(&b, "%s;\n", sql);
            free(sql);
        }
        out = sc_sb_take(&b);
    }
    free(oids);
    free(want);
    free(types);
    return out;
}
