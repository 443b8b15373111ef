/* scratch_pg_routines.c - declared functions, procedures and triggers as
 * PostgreSQL spells them (sc_normalize_pg_routines).
 *
 * A routine is compared by its CREATE text; the server's text is
 * pg_get_functiondef / pg_get_triggerdef. A declared one whose text differs
 * from the live one of the same identity is created, inside a transaction
 * on db's own connection that is always rolled back, under its own name:
 * the live one is first moved out of the way (a function renamed by ALTER
 * ROUTINE, a trigger dropped: a constraint trigger's constraint keeps its
 * name; both rolled back with the rest), so that the declared text
 * is run as it is written, in its schema and under the inspector's
 * search_path, and read back by the same functions as a live database. SQL
 * bodies are not checked (check_function_bodies off, as pg_dump does).
 * Declared functions that do not exist yet are created too, so that the
 * triggers that run them load. All statements go as one string; only if
 * that fails are they run one by one, each under a savepoint, to keep what
 * loads and say what did not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "inspect/inspect.h"
#include "inspect/pg_internal.h"
#include "model/strbuf.h"
#include "model/strmap.h"

typedef struct load {
    PGconn *conn;
    const sc_model *live, *declared;
    sc_vec fns;     /* const sc_function* of declared to load */
    sc_vec trs;     /* const sc_trigger* of declared to load */
    sc_vec stmts;   /* char* (heap): one per routine, in fns then trs order */
    sc_arena *a;
    char *retyped;  /* types4: run first in the transaction (scratch_pg_routines_retyped.c) */
    char *aside;    /* fns5: the live overloads a new function would make ambiguous, renamed aside */
    char *rename_sql;  /* ALTER TABLE ... RENAME [COLUMN] of the tables under declared triggers, first of all */
} load;

static bool same_text(sc_arena *a, const char *x, const char *y)
{
    return !strcmp(sc_routine_trim(a, x), sc_routine_trim(a, y));
}

static void qualified(sc_strbuf *b, const char *schema, const char *name)
{
    sc_sb_ident(b, schema);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, name);
}

/* The live name of t's table when the declared table is renamed from it
 * (`renamed from`) and the live database has it under that name only. */
static const char *renamed_from(const load *l, const sc_trigger *t)
{
    const sc_table *dt = sc_model_table(l->declared, t->schema, t->table);
    if (!dt || !dt->renamed_from || sc_model_table(l->live, t->schema, t->table) ||
        !sc_model_table(l->live, t->schema, dt->renamed_from))
        return NULL;
    return dt->renamed_from;
}

/* The renames the plan runs on t's table (live name `live`), first of all
 * in the scratch transaction: ALTER TABLE ... RENAME [COLUMN] keeps the
 * table's triggers, and the declared one names the table and its columns
 * by their new names. A column is renamed only where the live table has
 * its old name and not its new one. */
static void renames(const load *l, const sc_trigger *t, const char *live, sc_strbuf *ren)
{
    const sc_table *dt = sc_model_table(l->declared, t->schema, t->table);
    const sc_table *lt = sc_model_table(l->live, t->schema, live);
    if (!dt || !lt)
        return;
    if (strcmp(live, t->table)) {
        sc_sb_puts(ren, "ALTER TABLE ");
        qualified(ren, t->schema, live);
        sc_sb_puts(ren, " RENAME TO ");
        sc_sb_ident(ren, t->table);
        sc_sb_puts(ren, ";\n");
    }
    for (size_t i = 0; i < dt->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(dt->columns, i, sc_column);
        const char *was = sc_column_renamed_from(c);
        if (!was || sc_table_column(lt, c->name) || !sc_table_column(lt, was))
            continue;
        sc_sb_puts(ren, "ALTER TABLE ");
        qualified(ren, t->schema, t->table);
        sc_sb_puts(ren, " RENAME COLUMN ");
        sc_sb_ident(ren, was);
        sc_sb_puts(ren, " TO ");
        sc_sb_ident(ren, c->name);
        sc_sb_puts(ren, ";\n");
    }
}

static void plan_function(load *l, const sc_function *f)
{
    const sc_function *g = sc_model_function(l->live, f->schema, f->name, f->args);
    sc_strbuf b = SC_STRBUF_INIT;
    if (g) {
        sc_sb_puts(&b, "ALTER ROUTINE ");
        qualified(&b, g->schema, g->name);
        sc_sb_printf(&b, "(%s) RENAME TO sc_norm_fn_%zu;\n", g->args, l->fns.n);
    }
    sc_sb_printf(&b, "%s;\n", f->sql);
    sc_vec_push(l->a, &l->fns, (void *)f);
    sc_vec_push(l->a, &l->stmts, sc_sb_take(&b));
}

/* Whether f's SQL-standard body calls one of the functions of `bodies` not
 * placed yet (placed[i] false). */
static bool body_waits(const sc_function *f, const sc_vec *bodies, const bool *placed)
{
    const char *body = sc_routine_body_after_create(f->sql);
    for (size_t i = 0; i < bodies->n; i++) {
        const sc_function *g = bodies->items[i];
        if (!placed[i] && g != f && sc_expr_calls(body, g->schema, g->name))
            return true;
    }
    return false;
}

/* fns5: a SQL-standard body is bound, when it is created, to the functions
 * it calls: one created before a function it calls is moved aside (renamed
 * sc_norm_fn_N) would be read back calling sc_norm_fn_N. So the functions
 * to load go in this order: those without such a body, then those with
 * one, each after the ones it calls (a cycle: in declared order). */
static void plan_functions(load *l)
{
    sc_vec bodies = {0};
    for (size_t i = 0; i < l->declared->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(l->declared->functions, i, sc_function);
        const sc_function *g = sc_model_function(l->live, f->schema, f->name, f->args);
        if (g && same_text(l->a, f->sql, g->sql))
            continue;
        if (f->sql_body)
            sc_vec_push(l->a, &bodies, (void *)f);
        else
            plan_function(l, f);
    }
    bool *placed = calloc(bodies.n + 1, sizeof *placed);
    if (!placed)
        abort();
    for (size_t left = bodies.n; left;) {
        size_t before = left;
        for (size_t i = 0; i < bodies.n; i++) {
            if (placed[i] || body_waits(bodies.items[i], &bodies, placed))
                continue;
            plan_function(l, bodies.items[i]);
            placed[i] = true;
            left--;
        }
        for (size_t i = 0; left == before && i < bodies.n; i++)   /* a cycle: the first left */
            if (!placed[i]) {
                plan_function(l, bodies.items[i]);
                placed[i] = true;
                left--;
                break;
            }
    }
    free(placed);
}

static void plan(load *l)
{
    plan_functions(l);
    sc_strmap *renamed = sc_strmap_new();
    sc_strbuf ren = SC_STRBUF_INIT;
    for (size_t i = 0; i < l->declared->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(l->declared->triggers, i, sc_trigger);
        const sc_trigger *g = t->sqlite ? NULL : sc_model_trigger(l->live, t->schema, t->table, t->name);
        const char *old = g || t->sqlite ? NULL : renamed_from(l, t);
        if (old)
            g = sc_model_trigger(l->live, t->schema, old, t->name);
        if (!g || same_text(l->a, t->sql, g->sql))
            continue;   /* a new trigger is created as written: nothing to compare */
        if (!sc_strmap_has(renamed, t->table)) {
            sc_strmap_put(renamed, t->table, (void *)t);
            renames(l, t, old ? old : t->table, &ren);
        }
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_puts(&b, "DROP TRIGGER ");
        sc_sb_ident(&b, g->name);
        sc_sb_puts(&b, " ON ");
        qualified(&b, g->schema, t->table);
        sc_sb_printf(&b, ";\n%s;\n", t->sql);
        sc_vec_push(l->a, &l->trs, (void *)t);
        sc_vec_push(l->a, &l->stmts, sc_sb_take(&b));
    }
    sc_strmap_free(renamed);
    l->rename_sql = ren.len ? sc_sb_take(&ren) : NULL;
    sc_sb_free(&ren);
}

static bool exec_ok(PGconn *conn, const char *sql, char **msg)
{
    PGresult *r = PQexec(conn, sql);
    ExecStatusType st = PQresultStatus(r);
    bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;
    if (!ok && msg && !*msg) {
        const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        *msg = strdup(m ? m : "failed");
    }
    PQclear(r);
    return ok;
}

static bool begin(load *l, const sc_inspect_opts *io)
{
    char set[512];
    snprintf(set, sizeof set,
             "BEGIN; SET LOCAL check_function_bodies = off; SET LOCAL search_path = %s; "
             "SET LOCAL lock_timeout = '5s'",
             io && io->search_path && strlen(io->search_path) < 400 ? io->search_path : "public");
    if (!exec_ok(l->conn, set, NULL))
        return false;
    if (l->rename_sql && !exec_ok(l->conn, l->rename_sql, NULL))
        return false;
    if (l->aside)
        exec_ok(l->conn, l->aside, NULL);   /* each rename guarded */
    /* types4: the types the plan rebuilds and the functions over them, as
     * declared, before the routines that call them (each step guarded) */
    return !l->retyped || exec_ok(l->conn, l->retyped, NULL);
}

/* Every statement at once; if that fails, one by one under savepoints.
 * ok[i] says which loaded. */
static void run_all(load *l, const sc_inspect_opts *io, bool *ok, sc_diags *d)
{
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < l->stmts.n; i++)
        sc_sb_puts(&b, l->stmts.items[i]);
    bool all = exec_ok(l->conn, sc_sb_cstr(&b), NULL);
    sc_sb_free(&b);
    for (size_t i = 0; i < l->stmts.n; i++)
        ok[i] = all;
    if (all)
        return;
    exec_ok(l->conn, "ROLLBACK", NULL);
    if (!begin(l, io))
        return;
    for (size_t i = 0; i < l->stmts.n; i++) {
        char *msg = NULL;
        exec_ok(l->conn, "SAVEPOINT sc_norm", NULL);
        ok[i] = exec_ok(l->conn, l->stmts.items[i], &msg);
        exec_ok(l->conn, ok[i] ? "RELEASE SAVEPOINT sc_norm" : "ROLLBACK TO SAVEPOINT sc_norm", NULL);
        bool is_fn = i < l->fns.n;
        const sc_function *f = is_fn ? l->fns.items[i] : NULL;
        const sc_trigger *t = is_fn ? NULL : l->trs.items[i - l->fns.n];
        /* a function that is new anyway is created as written; one that
         * exists is compared as written, which may show a spelling as a change */
        if (!ok[i] && (!is_fn || sc_model_function(l->live, f->schema, f->name, f->args)))
            sc_diag_add(d, SC_SEV_WARNING, SC_ERR_NONE, is_fn ? f->loc : t->loc,
                        "%s %s could not be loaded on the server's terms (%s): compared as written",
                        is_fn ? (f->procedure ? "procedure" : "function") : "trigger", is_fn ? f->name : t->name,
                        msg ? msg : "failed");
        free(msg);
    }
}

static char *name_array(PGconn *conn, const char *const *names, size_t n)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "ARRAY[");
    for (size_t i = 0; i < n; i++) {
        char *lit = PQescapeLiteral(conn, names[i], strlen(names[i]));
        sc_sb_printf(&b, "%s%s", i ? ", " : "", lit ? lit : "''");
        PQfreemem(lit);
    }
    sc_sb_puts(&b, "]::name[]");
    return sc_sb_take(&b);
}

/* The server's text of what loaded: copies of the declared objects with
 * its sql (and, for functions, result and kind). */
static void read_back(load *l, const bool *ok, sc_model *out)
{
    const char **names = calloc(l->stmts.n + 1, sizeof *names);
    size_t nf = 0, nt = 0;
    for (size_t i = 0; i < l->fns.n; i++)
        if (ok[i])
            names[nf++] = ((const sc_function *)l->fns.items[i])->name;
    char *arr = name_array(l->conn, names, nf);
    sc_strbuf q = SC_STRBUF_INIT;
    /* funcdeps2: aggregates too, written as the inspector writes them */
    sc_sb_printf(&q,
                 "SELECT n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), p.prokind,"
                 " pg_catalog.pg_get_function_result(p.oid),"
                 " CASE WHEN p.prokind = 'a' THEN %s ELSE pg_catalog.pg_get_functiondef(p.oid) END"
                 " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                 " LEFT JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = p.oid"
                 " WHERE p.proname = ANY (%s) AND p.prokind IN ('f', 'p', 'a')",
                 pg_q_aggdef, arr);
    free(arr);
    PGresult *r = nf ? PQexec(l->conn, sc_sb_cstr(&q)) : NULL;
    for (int i = 0; r && PQresultStatus(r) == PGRES_TUPLES_OK && i < PQntuples(r); i++) {
        const sc_function *f = sc_model_function(out, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        for (size_t k = 0; f && k < l->fns.n; k++) {
            if (l->fns.items[k] != f || !ok[k])
                continue;
            sc_function *c = sc_arena_alloc(out->arena, sizeof *c);
            *c = *f;
            c->procedure = PQgetvalue(r, i, 3)[0] == 'p';
            c->returns = c->procedure ? NULL : sc_arena_strdup(out->arena, PQgetvalue(r, i, 4));
            c->sql = sc_routine_trim(out->arena, PQgetvalue(r, i, 5));
            sc_model_replace_function(out, f, c);
        }
    }
    PQclear(r);
    q.len = 0;
    for (size_t i = 0; i < l->trs.n; i++)
        if (ok[l->fns.n + i])
            names[nt++] = ((const sc_trigger *)l->trs.items[i])->name;
    arr = name_array(l->conn, names, nt);
    sc_sb_printf(&q,
                 "SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid)"
                 " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                 " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                 " WHERE NOT t.tgisinternal AND t.tgname = ANY (%s)",
                 arr);
    free(arr);
    r = nt ? PQexec(l->conn, sc_sb_cstr(&q)) : NULL;
    for (int i = 0; r && PQresultStatus(r) == PGRES_TUPLES_OK && i < PQntuples(r); i++) {
        for (size_t k = 0; k < l->trs.n; k++) {
            const sc_trigger *t = l->trs.items[k];
            if (!ok[l->fns.n + k] || strcmp(t->schema, PQgetvalue(r, i, 0)) || strcmp(t->table, PQgetvalue(r, i, 1)) ||
                strcmp(t->name, PQgetvalue(r, i, 2)))
                continue;
            sc_trigger *c = sc_arena_alloc(out->arena, sizeof *c);
            *c = *t;
            c->sql = sc_routine_trim(out->arena, PQgetvalue(r, i, 3));
            sc_model_replace_trigger(out, t, c);
        }
    }
    PQclear(r);
    sc_sb_free(&q);
    free(names);
}

/* fns5: the declared functions the database lacks: the live overloads of
 * their names that are not declared go aside (pg_put_overloads_aside), or
 * a declared trigger's `WHEN (tenant() ...)` beside the new
 * tenant(strict boolean default false) is "not unique". NULL when none. */
static char *overloads_aside(load *l)
{
    const sc_model *m = l->declared;
    bool *want = calloc(m->functions.n + 1, sizeof *want), any = false;
    if (!want)
        abort();
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        want[i] = !sc_model_function(l->live, f->schema, f->name, f->args);
        any = any || want[i];
    }
    sc_strbuf b = SC_STRBUF_INIT;
    if (any)
        pg_put_overloads_aside(&b, m, want);
    free(want);
    return b.len ? sc_sb_take(&b) : (sc_sb_free(&b), NULL);
}

/* A model that shares every object of `declared`. */
static sc_model *share_all(const sc_model *declared)
{
    sc_model *m = sc_model_new();
    sc_model_share_types(m, declared, NULL);
    for (size_t i = 0; i < declared->tables.n; i++)
        sc_model_share_table(m, SC_VEC_AT(declared->tables, i, sc_table), NULL, NULL);
    for (size_t i = 0; i < declared->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(declared->views, i, sc_view));
    sc_model_share_routines(m, declared, NULL, NULL);
    return m;
}

sc_model *sc_normalize_pg_routines(sc_db *db, const sc_model *live, const sc_model *declared,
                                   const sc_inspect_opts *io, sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn || (!declared->functions.n && !declared->triggers.n))
        return NULL;
    load l = {.conn = conn, .live = live, .declared = declared, .a = sc_arena_new()};
    plan(&l);
    sc_model *out = NULL;
    if (l.stmts.n) {
        l.retyped = pg_routines_retyped(conn, live, declared);   /* types4 */
        l.aside = overloads_aside(&l);   /* fns5 */
    }
    if (l.stmts.n && begin(&l, io)) {
        bool *ok = calloc(l.stmts.n, sizeof *ok);
        if (!ok)
            abort();
        run_all(&l, io, ok, d);
        out = share_all(declared);
        read_back(&l, ok, out);
        free(ok);
        exec_ok(conn, "ROLLBACK", NULL);
        sc_model_sort(out);
    }
    for (size_t i = 0; i < l.stmts.n; i++)
        free(l.stmts.items[i]);
    sc_arena_free(l.a);
    free(l.retyped);
    free(l.aside);
    free(l.rename_sql);
    return out;
}
