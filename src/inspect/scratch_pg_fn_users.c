/* scratch_pg_fn_users.c - funcdeps2 (issue 11): the declared side's
 * function users from pg_depend (sc_pg_declared_fn_users).
 *
 * When the `from` side of a diff is a schema file and a function the plan
 * drops and creates again has users (defaults, generated columns, checks,
 * indexes, exclusion constraints, policies, trigger WHENs, domains,
 * SQL-standard bodies), those users are the ones that call that very
 * overload. Text cannot tell fee(integer) from fee(text); the server can.
 * With a database at hand, the declared schema is compiled, loaded into a
 * scratch database next to it (a transaction's scratch schemas would not
 * do: a function's text names its own schema) and the catalog's list is
 * read there with the inspector's query (pg_q_fn_users). */
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "emit/emit.h"
#include "inspect/pg_internal.h"

typedef struct reader {
    sc_model *m;
    char *sql;
} reader;

static int read_users(PGconn *conn, void *arg)
{
    reader *r = arg;
    PGresult *res = PQexec(conn, r->sql);
    int rc = PQresultStatus(res) == PGRES_TUPLES_OK ? 0 : -1;
    if (rc == 0) {
        r->m->fn_users.n = 0;
        pg_build_fn_users(r->m, res);
    }
    PQclear(res);
    return rc;
}

/* ARRAY['public', ...]::name[]: the schemas of the model */
static char *schemas_sql(PGconn *conn, const sc_model *m)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "ARRAY['public'");
    for (size_t i = 0; i < m->schemas.n; i++) {
        const char *s = SC_VEC_AT(m->schemas, i, const char);
        char *lit = PQescapeLiteral(conn, s, strlen(s));
        if (lit)
            sc_sb_printf(&b, ", %s", lit);
        PQfreemem(lit);
    }
    for (size_t i = 0; i < m->functions.n; i++) {   /* a function's schema may be declared by it alone */
        const char *s = SC_VEC_AT(m->functions, i, sc_function)->schema;
        char *lit = PQescapeLiteral(conn, s, strlen(s));
        if (lit)
            sc_sb_printf(&b, ", %s", lit);
        PQfreemem(lit);
    }
    sc_sb_puts(&b, "]::name[]");
    return sc_sb_take(&b);
}

int sc_pg_declared_fn_users(sc_db *db, sc_model *declared, sc_model *into, sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn)
        return -1;
    /* privileges name roles; they add nothing to what calls what */
    sc_privs privs = declared->privs;
    memset(&declared->privs, 0, sizeof declared->privs);
    sc_diags local;
    sc_diags_init(&local);
    char *ddl = sc_emit_ddl(declared, SC_DIALECT_POSTGRESQL, &local);
    declared->privs = privs;
    char *why = NULL;
    int rc = -1;
    if (ddl) {
        char *lit = schemas_sql(conn, declared);
        reader r = {into, pg_sql_with_schemas(pg_q_fn_users, lit)};
        free(lit);
        rc = pg_scratch_database_run(db, ddl, read_users, &r, &why);
        free(r.sql);
    } else if (local.n) {
        why = strdup(local.items[0].msg);
    }
    if (rc == 0)
        into->fn_users_known = true;
    else
        sc_warn(d, "the declared schema could not be loaded into a scratch database to read what calls its "
                   "functions (%s): found from the text instead",
                why ? why : "failed");
    free(why);
    free(ddl);
    sc_diags_free(&local);
    return rc;
}
