/* pg_routines.c - functions, procedures and triggers from the catalog: two
 * bulk queries (pg_proc, pg_trigger) after the main ones, on the same
 * connection and under the same search_path, so that pg_get_functiondef
 * and pg_get_triggerdef spell a live database and a scratch load alike.
 * Objects that belong to an extension (pg_depend deptype 'e') and range
 * constructors ('i') are not the user's; window functions are not
 * modelled (pg_unmodelled.c names them). Their comments come in the same
 * rows (issue 12). */
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "inspect/pg_internal.h"
#include "model/strbuf.h"

#define NOT_EXT(catalog, oidexpr)                                                    \
    " NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = '" catalog \
    "'::regclass AND x.objid = " oidexpr " AND x.deptype IN ('e', 'i') AND x.objsubid = 0) "
/* (objsubid 0: a partitioned table's key columns depend on it internally,
 * which does not make the table anyone's; issue 12 item 4) */

/* funcdeps (issue 11): an aggregate has no pg_get_functiondef; its CREATE
 * AGGREGATE is built from pg_aggregate, one option a line as pg_dump writes
 * them; every option of pg_aggregate is written (funcdeps2: the
 * moving-aggregate ones, SORTOP, FINALFUNC_MODIFY; an ordered-set or
 * hypothetical aggregate's ORDER BY comes with its arguments), so that the
 * text compares the whole aggregate. */
#define AGG_OPT(cond, text) " || CASE WHEN " cond " THEN E',\\n    ' || " text " ELSE '' END"
/* funcdeps2: FINALFUNC_MODIFY is written when it is not the default
 * (READ_ONLY for a plain aggregate, READ_WRITE for an ordered-set one) */
#define AGG_DEFAULT_MODIFY "CASE WHEN ag.aggkind = 'n' THEN 'r' ELSE 'w' END"
#define AGG_MODIFY(col) "CASE " col " WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END"
/* funcdeps2: the moving-aggregate mode (MSFUNC, MINVFUNC, MSTYPE, ...) */
#define AGG_MOVING                                                                                      \
    AGG_OPT("ag.aggmtransfn <> 0", "'MSFUNC = ' || ag.aggmtransfn::pg_catalog.regproc::text")           \
    AGG_OPT("ag.aggminvtransfn <> 0", "'MINVFUNC = ' || ag.aggminvtransfn::pg_catalog.regproc::text")   \
    AGG_OPT("ag.aggmtransfn <> 0", "'MSTYPE = ' || pg_catalog.format_type(ag.aggmtranstype, NULL)")      \
    AGG_OPT("ag.aggmtransspace <> 0", "'MSSPACE = ' || ag.aggmtransspace")                              \
    AGG_OPT("ag.aggmfinalfn <> 0", "'MFINALFUNC = ' || ag.aggmfinalfn::pg_catalog.regproc::text")       \
    AGG_OPT("ag.aggmfinalextra", "'MFINALFUNC_EXTRA'")                                                  \
    AGG_OPT("ag.aggmfinalfn <> 0 AND ag.aggmfinalmodify <> " AGG_DEFAULT_MODIFY,                        \
            "'MFINALFUNC_MODIFY = ' || " AGG_MODIFY("ag.aggmfinalmodify"))                              \
    AGG_OPT("ag.aggminitval IS NOT NULL", "'MINITCOND = ' || pg_catalog.quote_literal(ag.aggminitval)")
/* funcdeps2: SORTOP as pg_dump writes it, OPERATOR(schema.op) */
#define AGG_SORTOP                                                                                      \
    "(SELECT 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || op.oprname || ')'"            \
    " FROM pg_catalog.pg_operator op JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace"     \
    " WHERE op.oid = ag.aggsortop)"
#define AGGDEF                                                                                          \
    "'CREATE OR REPLACE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.'"                        \
    " || pg_catalog.quote_ident(p.proname) || '('"                                                      \
    " || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_arguments(p.oid) END"       \
    " || E') (\\n    SFUNC = ' || ag.aggtransfn::pg_catalog.regproc::text"                               \
    " || E',\\n    STYPE = ' || pg_catalog.format_type(ag.aggtranstype, NULL)"                         \
    AGG_OPT("ag.aggtransspace <> 0", "'SSPACE = ' || ag.aggtransspace")                                 \
    AGG_OPT("ag.aggfinalfn <> 0", "'FINALFUNC = ' || ag.aggfinalfn::pg_catalog.regproc::text")          \
    AGG_OPT("ag.aggfinalextra", "'FINALFUNC_EXTRA'")                                                    \
    AGG_OPT("ag.aggfinalfn <> 0 AND ag.aggfinalmodify <> " AGG_DEFAULT_MODIFY,                          \
            "'FINALFUNC_MODIFY = ' || " AGG_MODIFY("ag.aggfinalmodify"))                                \
    AGG_OPT("ag.aggcombinefn <> 0", "'COMBINEFUNC = ' || ag.aggcombinefn::pg_catalog.regproc::text")    \
    AGG_OPT("ag.aggserialfn <> 0", "'SERIALFUNC = ' || ag.aggserialfn::pg_catalog.regproc::text")       \
    AGG_OPT("ag.aggdeserialfn <> 0", "'DESERIALFUNC = ' || ag.aggdeserialfn::pg_catalog.regproc::text") \
    AGG_OPT("ag.agginitval IS NOT NULL", "'INITCOND = ' || pg_catalog.quote_literal(ag.agginitval)")    \
    AGG_MOVING                                                                                          \
    AGG_OPT("ag.aggsortop <> 0", "'SORTOP = ' || " AGG_SORTOP)                                          \
    AGG_OPT("ag.aggkind = 'h'", "'HYPOTHETICAL'")                                                       \
    AGG_OPT("p.proparallel <> 'u'",                                                                     \
            "'PARALLEL = ' || CASE p.proparallel WHEN 's' THEN 'SAFE' ELSE 'RESTRICTED' END")           \
    " || E'\\n)'"

const char pg_q_aggdef[] = AGGDEF;

/* A comment of the object (issue 12): pg_description joined once, not
 * looked up per row (obj_description) */
#define COMMENT_JOIN(catalog, oidexpr)                                                             \
    " LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = " oidexpr " AND ds.classoid = '" catalog \
    "'::regclass AND ds.objsubid = 0"

/* 0 schema, 1 name, 2 identity argument types, 3 prokind, 4 result, 5 definition,
 * 6 a SQL-standard body, 7 comment */
static const char q_functions[] =
    "SELECT n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), p.prokind,"
    " pg_catalog.pg_get_function_result(p.oid),"
    " CASE WHEN p.prokind = 'a' THEN " AGGDEF " ELSE pg_catalog.pg_get_functiondef(p.oid) END,"
    " p.prosqlbody IS NOT NULL, ds.description"
    " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
    " LEFT JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = p.oid"
    COMMENT_JOIN("pg_catalog.pg_proc", "p.oid")
    " WHERE n.nspname = ANY ($S) AND p.prokind IN ('f', 'p', 'a') AND" NOT_EXT("pg_catalog.pg_proc", "p.oid")
    " ORDER BY 1, 2, 3";

/* 0 schema, 1 table, 2 name, 3 definition, 4 tgenabled, 5 function schema, 6 function,
 * 7 comment */
static const char q_triggers[] =
    "SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled,"
    " fn.nspname, f.proname, ds.description"
    " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace"
    COMMENT_JOIN("pg_catalog.pg_trigger", "t.oid")
    " WHERE NOT t.tgisinternal AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
    /* a partition's clone of its parent's trigger is the parent's (issue 12 item 4) */
    " AND t.tgparentid = 0"
    " AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_class", "c.oid")
    " ORDER BY 1, 2, 3";

static PGresult *query(PGconn *conn, const char *q, const char *lit, sc_diags *d)
{
    char *sql = pg_sql_with_schemas(q, lit);
    PGresult *r = PQexec(conn, sql);
    free(sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        sc_error(d, SC_ERR_DB, "reading functions and triggers failed: %s", PQerrorMessage(conn));
        PQclear(r);
        return NULL;
    }
    return r;
}

/* issue 12: a comment column, NULL when the object has none */
static const char *comment_of(sc_model *m, const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : sc_arena_strdup(m->arena, PQgetvalue(r, row, col));
}

static void build_functions(sc_model *m, const PGresult *r)
{
    for (int i = 0; i < PQntuples(r); i++) {
        sc_function *f = sc_model_add_function(m, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        if (!f)
            continue;
        f->procedure = PQgetvalue(r, i, 3)[0] == 'p';
        f->returns = f->procedure || PQgetisnull(r, i, 4) ? NULL : sc_arena_strdup(m->arena, PQgetvalue(r, i, 4));
        f->sql = sc_routine_trim(m->arena, PQgetvalue(r, i, 5));
        f->sql_body = PQgetvalue(r, i, 6)[0] == 't';
        f->aggregate = PQgetvalue(r, i, 3)[0] == 'a';   /* funcdeps */
        f->comment = comment_of(m, r, i, 7);
    }
}

static void build_triggers(sc_model *m, const PGresult *r)
{
    for (int i = 0; i < PQntuples(r); i++) {
        sc_trigger *t = sc_model_add_trigger(m, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        if (!t)
            continue;
        t->sql = sc_routine_trim(m->arena, PQgetvalue(r, i, 3));
        t->enabled = PQgetvalue(r, i, 4)[0];
        t->func_schema = sc_arena_strdup(m->arena, PQgetvalue(r, i, 5));
        t->func_name = sc_arena_strdup(m->arena, PQgetvalue(r, i, 6));
        t->comment = comment_of(m, r, i, 7);
    }
}

static bool exec_ok(PGconn *conn, const char *sql)
{
    PGresult *r = PQexec(conn, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok;
}

int pg_read_routines(PGconn *conn, sc_model *m, const char *lit, const sc_inspect_opts *opts,
                     const char *const *from, const char *const *to, size_t nalias, sc_diags *d)
{
    bool in_txn = opts && opts->in_transaction;
    const char *sp = opts && opts->search_path ? opts->search_path : "public";
    char *set = NULL;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "SET LOCAL search_path = %s", sp);
    set = sc_sb_take(&b);
    bool ok = (in_txn || exec_ok(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")) && exec_ok(conn, set);
    free(set);
    if (!ok) {
        sc_error(d, SC_ERR_DB, "reading functions and triggers failed: %s", PQerrorMessage(conn));
        if (!in_txn)
            exec_ok(conn, "ROLLBACK");
        return -1;
    }
    /* funcdeps: res[2] is what calls each function (pg_fn_users.c) */
    PGresult *res[3] = {query(conn, q_functions, lit, d), NULL, NULL};
    if (res[0])
        res[1] = query(conn, q_triggers, lit, d);
    if (res[1])
        res[2] = query(conn, pg_q_fn_users, lit, d);
    if (!in_txn)
        exec_ok(conn, res[2] ? "COMMIT" : "ROLLBACK");
    if (!res[2]) {
        PQclear(res[0]);
        PQclear(res[1]);
        return -1;
    }
    if (nalias)
        pg_unalias_results(res, 3, from, to, nalias);
    build_functions(m, res[0]);
    build_triggers(m, res[1]);
    pg_build_fn_users(m, res[2]);
    PQclear(res[0]);
    PQclear(res[1]);
    PQclear(res[2]);
    return 0;
}
