/* scratch_pg_fns.c - declared functions that the database does not have
 * yet, created ahead of the tables in the scratch schemas' transaction.
 *
 * A table's default, generated column, check or index may call a function
 * the same revision declares (a new function, or an overload with other
 * argument types). The scratch load reads every function from the
 * database itself, so without it the table would not load, and the whole
 * declared model would fall back to being compared as text. Such
 * functions are found with one query (to_regprocedure of each declared
 * identity) and created first, inside the transaction that is always
 * rolled back, each in a subtransaction of its own (a DO block that
 * catches the error): one that cannot be created there (a type it names
 * is created later, in a schema the database lacks) is left out, and the
 * load goes on as it did without it. Bodies are not checked
 * (check_function_bodies off, as pg_dump and the migration do). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "inspect/pg_internal.h"
#include "model/strbuf.h"
#include "model/strmap.h"

static const char *schema_of(const sc_function *f)
{
    return f->schema ? f->schema : SC_DEFAULT_SCHEMA;
}

static void identity(sc_strbuf *b, const sc_function *f)
{
    sc_strbuf id = SC_STRBUF_INIT;
    sc_sb_ident(&id, schema_of(f));
    sc_sb_putc(&id, '.');
    sc_sb_ident(&id, f->name);
    sc_sb_printf(&id, "(%s)", f->args ? f->args : "");
    pg_put_array_elem(b, sc_sb_cstr(&id));
    sc_sb_free(&id);
}

/* Which of m's functions the database lacks, in a schema it has: a heap
 * array of flags (NULL when none is missing or the query fails). */
static bool *missing(PGconn *conn, const sc_model *m)
{
    sc_strbuf ids = SC_STRBUF_INIT, nsps = SC_STRBUF_INIT;
    sc_sb_putc(&ids, '{');
    sc_sb_putc(&nsps, '{');
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (i) {
            sc_sb_putc(&ids, ',');
            sc_sb_putc(&nsps, ',');
        }
        identity(&ids, f);
        pg_put_array_elem(&nsps, schema_of(f));
    }
    sc_sb_putc(&ids, '}');
    sc_sb_putc(&nsps, '}');
    const char *params[2] = {sc_sb_cstr(&ids), sc_sb_cstr(&nsps)};
    PGresult *r = PQexecParams(conn,
                               "SELECT u.i FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(sig, nsp, i) "
                               "WHERE to_regnamespace(quote_ident(u.nsp)) IS NOT NULL "
                               "AND to_regprocedure(u.sig) IS NULL",
                               2, NULL, params, NULL, NULL, 0);
    sc_sb_free(&ids);
    sc_sb_free(&nsps);
    bool *out = NULL;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0) {
        out = calloc(m->functions.n, sizeof *out);
        if (!out)
            abort();
        for (int row = 0; row < PQntuples(r); row++) {
            long i = strtol(PQgetvalue(r, row, 0), NULL, 10);
            if (i >= 1 && (size_t)i <= m->functions.n)
                out[i - 1] = true;
        }
    }
    PQclear(r);
    return out;
}

void pg_dollar_tag(char *tag, size_t size, const char *word, const char *text)
{
    for (unsigned n = 0;; n++) {
        snprintf(tag, size, "$schemac_%s%u$", word, n);
        if (!strstr(text, tag))
            return;
    }
}

void pg_put_guarded(sc_strbuf *b, const char *sql, const char *word)
{
    char tag[40], outer[40];
    pg_dollar_tag(tag, sizeof tag, word, sql);
    pg_dollar_tag(outer, sizeof outer, "do", sql);
    sc_sb_printf(b, "DO %s BEGIN EXECUTE %s%s%s; EXCEPTION WHEN OTHERS THEN NULL; END %s;\n", outer, tag, sql, tag,
                 outer);
}

void pg_put_overloads_aside(sc_strbuf *b, const sc_model *m, const bool *want)
{
    sc_strbuf ids = SC_STRBUF_INIT, nsps = SC_STRBUF_INIT, names = SC_STRBUF_INIT;
    sc_sb_putc(&ids, '{');
    sc_sb_putc(&nsps, '{');
    sc_sb_putc(&names, '{');
    bool any = false;
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (i)
            sc_sb_putc(&ids, ',');
        identity(&ids, f);
        if (!want[i] || f->aggregate)
            continue;
        if (any) {
            sc_sb_putc(&nsps, ',');
            sc_sb_putc(&names, ',');
        }
        any = true;
        pg_put_array_elem(&nsps, schema_of(f));
        pg_put_array_elem(&names, f->name);
    }
    sc_sb_putc(&ids, '}');
    sc_sb_putc(&nsps, '}');
    sc_sb_putc(&names, '}');
    if (any) {
        sc_strbuf all = SC_STRBUF_INIT;
        sc_sb_printf(&all, "%s%s%s", sc_sb_cstr(&ids), sc_sb_cstr(&nsps), sc_sb_cstr(&names));
        char tag[40], outer[40];
        pg_dollar_tag(tag, sizeof tag, "ov", sc_sb_cstr(&all));
        pg_dollar_tag(outer, sizeof outer, "ovdo", sc_sb_cstr(&all));
        sc_sb_free(&all);
        /* each rename in a subtransaction of its own: one refused (not the
         * owner) leaves that function where it is */
        sc_sb_printf(b,
                     "DO %s DECLARE r record; BEGIN FOR r IN "
                     "SELECT p.oid::pg_catalog.regprocedure AS sig, p.oid AS id FROM pg_catalog.pg_proc p "
                     "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                     "JOIN unnest(%s%s%s::text[], %s%s%s::text[]) AS w(nsp, name) "
                     "ON w.nsp = n.nspname AND w.name = p.proname "
                     "WHERE p.prokind IN ('f', 'p') AND p.oid <> ALL (ARRAY(SELECT to_regprocedure(s)::oid "
                     "FROM unnest(%s%s%s::text[]) AS s WHERE to_regprocedure(s) IS NOT NULL)) "
                     "LOOP BEGIN EXECUTE pg_catalog.format('ALTER ROUTINE %%s RENAME TO %%I', r.sig, "
                     "'schemac_aside_' || r.id); EXCEPTION WHEN OTHERS THEN NULL; END; END LOOP; END %s;\n",
                     outer, tag, sc_sb_cstr(&nsps), tag, tag, sc_sb_cstr(&names), tag, tag, sc_sb_cstr(&ids), tag,
                     outer);
    }
    sc_sb_free(&ids);
    sc_sb_free(&nsps);
    sc_sb_free(&names);
}

char *pg_scratch_new_functions(PGconn *conn, const sc_model *m)
{
    if (!m->functions.n)
        return NULL;
    bool *want = missing(conn, m);
    if (!want)
        return NULL;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "SET LOCAL check_function_bodies = false;\n");
    pg_put_overloads_aside(&b, m, want);   /* fns5 */
    /* types4: those over a declared type come after its stand-in
     * (scratch_pg_retyped.c) */
    sc_strmap *declared_types = pg_declared_type_names(m);
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (!want[i] || !f->sql || pg_fn_over_declared_type(f, declared_types))
            continue;
        pg_put_guarded(&b, f->sql, "fn");
    }
    free(want);
    sc_strmap_free(declared_types);
    return sc_sb_take(&b);
}
