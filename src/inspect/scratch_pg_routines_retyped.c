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
 * is rolled back with the transaction. fns5: a range type too, whose
 * multirange type and constructor functions (span(integer, integer),
 * span_multirange()) keep their names when it is renamed away: they are
 * renamed away with it, or the declared range's own could not be made. */
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
    if (live->kind != decl->kind)
        return false;
    if (decl->kind == SC_UTYPE_RANGE)   /* fns5: any part of it (diff_utype.c) */
        return !sc_type_equal(&live->base, &decl->base) || !str_same(live->collation, decl->collation) ||
               !str_same(live->subtype_opclass, decl->subtype_opclass) ||
               !str_same(live->canonical, decl->canonical) || !str_same(live->subtype_diff, decl->subtype_diff) ||
               !str_same(live->multirange, decl->multirange);
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

/* fns5: a range: its multirange type and the constructors of both renamed
 * away with it (pg_depend's internal rows), then the declared one created,
 * in one DO block that swallows the error (all undone then). */
static void put_range(sc_strbuf *b, const sc_utype *u, const char *create, size_t k)
{
    sc_strbuf id = SC_STRBUF_INIT, lit = SC_STRBUF_INIT, body = SC_STRBUF_INIT;
    sc_sb_qualified(&id, u->schema, u->name);
    sc_sb_putc(&lit, '\'');
    for (const char *p = sc_sb_cstr(&id); *p; p++) {
        if (*p == '\'')
            sc_sb_putc(&lit, '\'');
        sc_sb_putc(&lit, *p);
    }
    sc_sb_puts(&lit, "'::pg_catalog.regtype");
    const char *t = sc_sb_cstr(&lit);
    sc_sb_printf(&body,
                 "DECLARE r record; BEGIN "
                 "FOR r IN SELECT p.oid::pg_catalog.regprocedure AS sig, p.oid AS id FROM pg_catalog.pg_proc p "
                 "JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
                 "AND d.objid = p.oid AND d.deptype = 'i' AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass "
                 "WHERE d.refobjid IN (SELECT rngtypid FROM pg_catalog.pg_range WHERE rngtypid = %s "
                 "UNION ALL SELECT rngmultitypid FROM pg_catalog.pg_range WHERE rngtypid = %s) LOOP "
                 "EXECUTE pg_catalog.format('ALTER FUNCTION %%s RENAME TO %%I', r.sig, 'schemac_retyped_fn_' || r.id); "
                 "END LOOP; "
                 "EXECUTE pg_catalog.format('ALTER TYPE %%s RENAME TO %%I', (SELECT rngmultitypid::pg_catalog.regtype "
                 "FROM pg_catalog.pg_range WHERE rngtypid = %s), 'schemac_retyped_mr_%zu'); "
                 "ALTER TYPE %s RENAME TO schemac_retyped_ty_%zu;\n%s\n"
                 "EXCEPTION WHEN OTHERS THEN NULL; END",
                 t, t, t, k, sc_sb_cstr(&id), k, create);
    char tag[40];
    pg_dollar_tag(tag, sizeof tag, "rng", sc_sb_cstr(&body));
    sc_sb_printf(b, "DO %s%s%s;\n", tag, sc_sb_cstr(&body), tag);
    sc_sb_free(&id);
    sc_sb_free(&lit);
    sc_sb_free(&body);
}

/* The live type renamed away and the declared one created, guarded. */
static void put_type(sc_strbuf *b, const sc_utype *u, size_t k)
{
    if (u->kind == SC_UTYPE_RANGE) {
        sc_strbuf create = SC_STRBUF_INIT;
        sc_diags d;
        sc_diags_init(&d);
        if (sc_ddl_create_utype(&create, u, SC_DIALECT_POSTGRESQL, &d) == 0)
            put_range(b, u, sc_sb_cstr(&create), k);
        sc_diags_free(&d);
        sc_sb_free(&create);
        return;
    }
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
