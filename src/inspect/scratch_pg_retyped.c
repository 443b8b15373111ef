/* scratch_pg_retyped.c - types4 (issue 11): in the scratch schemas'
 * transaction, the declared functions whose arguments or result name a
 * type the load creates a stand-in of take the place of the live ones.
 *
 * Why: the stand-ins of the declared domains, composite and range types and
 * enums come first on the scratch search_path, but the functions the
 * declared expressions call are the database's own, which return the live
 * types. Two things then go wrong:
 *  - an expression over a function whose type the plan rebuilds
 *    (`to_cents(qty) < 100000`, where the domain to_cents returns changes
 *    its base type from integer to bigint) is spelled under the live type
 *    (`(to_cents(qty))::integer`), and that spelling is what the script
 *    creates: the diff after `up` is not empty;
 *  - a live SQL body that names such a type unqualified
 *    (`select row(x, 1)::pair`) is planned (inlined) when an index or
 *    generated column over it is created: its `pair` is the stand-in, its
 *    declared result the live type: "return type mismatch", and the whole
 *    load falls back to comparing expressions as text.
 * So each such function that the database has is renamed away and created
 * again from its declared text, after the stand-in types and before the
 * tables (sc_emit_ddl writes functions there), so that its types resolve
 * to the stand-ins as the migrated database's will to the new types. Both
 * statements run in one subtransaction (a DO block that swallows the
 * error): one that fails leaves the live function as it was, and the load
 * goes on as it did before. The live function is found by its oid before
 * the stand-ins exist (its argument types then still name the live types),
 * and renamed through regprocedure, which qualifies what the stand-ins
 * shadow. Nothing of it outlives the transaction, always rolled back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "inspect/pg_internal.h"
#include "model/sqltok.h"
#include "model/strbuf.h"
#include "model/strmap.h"

/* Whether text (argument types or a result) holds a word that names
 * holds: an unquoted word folded to lower case (ASCII), a quoted one as
 * written. Errs towards more (a column of RETURNS TABLE named as a type). */
static bool text_names_any(const char *text, const sc_strmap *names)
{
    if (!text || !*text)
        return false;
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(text, strlen(text), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return false;
    bool hit = false;
    char buf[256];
    for (size_t i = 0; i < t.n && !hit; i++) {
        const sc_tok *k = &t.items[i];
        const char *s = text + k->off;
        size_t n = 0;
        if ((k->kind == SC_TOK_IDENT || k->kind == SC_TOK_KEYWORD) && k->len < sizeof buf) {
            for (; n < k->len; n++)
                buf[n] = (char)(s[n] >= 'A' && s[n] <= 'Z' ? s[n] - 'A' + 'a' : s[n]);
        } else if (k->kind == SC_TOK_QUOTED_IDENT && s[0] == '"' && k->len >= 2 && k->len - 2 < sizeof buf) {
            memcpy(buf, s + 1, k->len - 2);   /* a doubled quote inside stays doubled: no type of ours */
            n = k->len - 2;
        } else {
            continue;
        }
        buf[n] = '\0';
        hit = sc_strmap_has(names, buf);
    }
    sc_toks_free(&t);
    return hit;
}

bool pg_fn_names_any(const sc_function *f, const sc_strmap *names)
{
    return text_names_any(f->args, names) || text_names_any(f->returns, names);
}

/* The oids of the live functions of m's candidates (0: none or not a
 * candidate): heap array of m->functions.n, NULL when no candidate exists. */
unsigned *pg_live_fn_oids(PGconn *conn, const sc_model *m, const bool *want)
{
    sc_strbuf ids = SC_STRBUF_INIT;
    sc_sb_putc(&ids, '{');
    size_t n = 0;
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        sc_strbuf id = SC_STRBUF_INIT;
        if (want[i]) {
            sc_sb_ident(&id, f->schema ? f->schema : SC_DEFAULT_SCHEMA);
            sc_sb_putc(&id, '.');
            sc_sb_ident(&id, f->name);
            sc_sb_printf(&id, "(%s)", f->args ? f->args : "");
            n++;
        }
        if (i)
            sc_sb_putc(&ids, ',');
        pg_put_array_elem(&ids, sc_sb_cstr(&id));   /* "" for the others: to_regprocedure gives NULL */
        sc_sb_free(&id);
    }
    sc_sb_putc(&ids, '}');
    unsigned *out = NULL;
    if (n) {
        const char *params[1] = {sc_sb_cstr(&ids)};
        PGresult *r = PQexecParams(conn,
                                   "SELECT u.i, to_regprocedure(u.sig)::oid FROM unnest($1::text[]) "
                                   "WITH ORDINALITY AS u(sig, i) WHERE u.sig <> '' AND to_regprocedure(u.sig) IS NOT NULL",
                                   1, NULL, params, NULL, NULL, 0);
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0) {
            out = calloc(m->functions.n, sizeof *out);
            if (!out)
                abort();
            for (int row = 0; row < PQntuples(r); row++) {
                long i = strtol(PQgetvalue(r, row, 0), NULL, 10);
                if (i >= 1 && (size_t)i <= m->functions.n)
                    out[i - 1] = (unsigned)strtoul(PQgetvalue(r, row, 1), NULL, 10);
            }
        }
        PQclear(r);
    }
    sc_sb_free(&ids);
    return out;
}

/* The guarded statement (no trailing ';'): rename the live function of
 * oid `oid` away, create f as declared. */
char *pg_retyped_fn_stmt(const sc_function *f, unsigned oid, size_t k)
{
    char tag[40], outer[40];
    pg_dollar_tag(tag, sizeof tag, "rt", f->sql);
    pg_dollar_tag(outer, sizeof outer, "rtdo", f->sql);
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b,
                 "DO %s BEGIN EXECUTE pg_catalog.format('ALTER ROUTINE %%s RENAME TO %%I', %u::pg_catalog.oid::"
                 "pg_catalog.regprocedure, 'schemac_retyped_%zu'); EXECUTE %s%s%s; "
                 "EXCEPTION WHEN OTHERS THEN NULL; END %s",
                 outer, oid, k, tag, f->sql, tag, outer);
    return sc_sb_take(&b);
}

sc_strmap *pg_declared_type_names(const sc_model *m)
{
    sc_strmap *names = sc_strmap_new();
    for (size_t i = 0; i < m->utypes.n; i++)
        sc_strmap_put(names, SC_VEC_AT(m->utypes, i, sc_utype)->name, NULL);
    for (size_t i = 0; i < m->enums.n; i++)
        sc_strmap_put(names, SC_VEC_AT(m->enums, i, sc_enum)->name, NULL);
    /* fns5: a table's row type too. `f(i items)` must take the stand-in
     * of items, or an index, check or view that calls f(items.*) over the
     * stand-in does not load ("function f(items) does not exist") and the
     * whole load falls back to text; sc_emit_ddl writes such a function
     * after the tables (ddl_rowtype_fns.c) */
    for (size_t i = 0; i < m->tables.n; i++)
        sc_strmap_put(names, SC_VEC_AT(m->tables, i, sc_table)->name, NULL);
    return names;
}

bool pg_fn_over_declared_type(const sc_function *f, const sc_strmap *names)
{
    /* aggregates are created from pg_aggregate's pieces, not renamed here */
    return f->sql && !f->aggregate && sc_strmap_count(names) && pg_fn_names_any(f, names);
}

/* A function the database lacks: created as declared, guarded (no ';'). */
static char *guarded_create(const sc_function *f)
{
    sc_strbuf b = SC_STRBUF_INIT;
    pg_put_guarded(&b, f->sql, "rtnew");
    while (b.len && (b.s[b.len - 1] == '\n' || b.s[b.len - 1] == ';'))
        b.s[--b.len] = '\0';
    return sc_sb_take(&b);
}

sc_model *pg_scratch_retyped_functions(PGconn *conn, const sc_model *declared)
{
    if (!declared->functions.n || (!declared->utypes.n && !declared->enums.n && !declared->tables.n))
        return NULL;
    bool *want = calloc(declared->functions.n, sizeof *want);
    if (!want)
        abort();
    /* the names of the types the load creates stand-ins of: each signature
     * is scanned once (thousands of functions, hundreds of types) */
    sc_strmap *names = pg_declared_type_names(declared);
    bool any = false;
    for (size_t i = 0; i < declared->functions.n; i++) {
        want[i] = pg_fn_over_declared_type(SC_VEC_AT(declared->functions, i, sc_function), names);
        any = any || want[i];
    }
    sc_strmap_free(names);
    unsigned *oids = any ? pg_live_fn_oids(conn, declared, want) : NULL;
    sc_model *out = any ? sc_model_new() : NULL;
    for (size_t i = 0; out && i < declared->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(declared->functions, i, sc_function);
        if (!want[i])
            continue;
        sc_function *c = sc_model_add_function(out, f->schema ? f->schema : SC_DEFAULT_SCHEMA, f->name, f->args);
        if (!c)
            continue;
        /* one the database has takes the live one's place; a new one
         * (left out by pg_scratch_new_functions) is created here, after
         * the types it names */
        char *sql = oids && oids[i] ? pg_retyped_fn_stmt(f, oids[i], i) : guarded_create(f);
        c->returns = f->returns;
        c->procedure = f->procedure;
        c->sql_body = false;   /* written with the other functions, ahead of the tables */
        c->sql = sc_arena_strdup(out->arena, sql);
        c->loc = f->loc;
        free(sql);
    }
    free(oids);
    free(want);
    return out;
}
