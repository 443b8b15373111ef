/* scratch_pg.c - sc_normalize_pg: the declared model, as PostgreSQL itself
 * spells it.
 *
 * The model's DDL is loaded into a temporary database created next to the
 * one db is connected to, and read back with the same catalog queries as a
 * live database, so that a diff compares format_type/pg_get_expr output on
 * both sides. The scratch database is dropped on every path. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "emit/emit.h"
#include "inspect/inspect.h"
#include "model/strbuf.h"
#include "db/sqlsplit.h"

static unsigned random_bits(void)
{
    unsigned v = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&v, sizeof v, 1, f) != 1)
            v = 0;
        fclose(f);
    }
    if (!v)
        v = (unsigned)time(NULL) ^ ((unsigned)clock() << 16);
    return v;
}

/* Runs one statement on the base connection; the server's message (one
 * line) in *msg when it fails (heap, caller frees). */
static int run(PGconn *conn, const char *sql, char **msg)
{
    PGresult *r = PQexec(conn, sql);
    ExecStatusType st = PQresultStatus(r);
    int ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok && msg) {
        const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        *msg = strdup(m ? m : PQerrorMessage(conn));
        if (!*msg)
            abort();
        size_t n = strlen(*msg);
        while (n && (*msg)[n - 1] == '\n')
            (*msg)[--n] = '\0';
    }
    PQclear(r);
    return ok ? 0 : -1;
}

/* CREATE DATABASE ... with the current database's encoding and locale, so
 * that collation-dependent spellings match. */
static char *create_sql(PGconn *conn, const char *name)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "CREATE DATABASE ");
    sc_sb_ident(&b, name);
    sc_sb_puts(&b, " TEMPLATE template0");
    PGresult *r = PQexec(conn, "SELECT pg_catalog.pg_encoding_to_char(encoding), datcollate, datctype"
                               " FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()");
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) {
        sc_sb_puts(&b, " ENCODING ");
        sc_sb_literal(&b, PQgetvalue(r, 0, 0));
        sc_sb_puts(&b, " LC_COLLATE ");
        sc_sb_literal(&b, PQgetvalue(r, 0, 1));
        sc_sb_puts(&b, " LC_CTYPE ");
        sc_sb_literal(&b, PQgetvalue(r, 0, 2));
    }
    PQclear(r);
    return sc_sb_take(&b);
}

static void drop_scratch(PGconn *conn, const char *name)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "DROP DATABASE IF EXISTS ");
    sc_sb_ident(&b, name);
    /* FORCE: no session of ours may keep it alive (PostgreSQL 13+). */
    if (PQserverVersion(conn) >= 130000)
        sc_sb_puts(&b, " WITH (FORCE)");
    run(conn, sc_sb_cstr(&b), NULL);
    sc_sb_free(&b);
}

/* Errors of the scratch inspection go to d; its warnings would talk about
 * the scratch database, not the user's, so they are dropped. */
static void forward_errors(sc_diags *d, const sc_diags *from, const char *what)
{
    for (size_t i = 0; i < from->n; i++)
        if (from->items[i].sev == SC_SEV_ERROR)
            sc_diag_add(d, SC_SEV_ERROR, from->items[i].kind, from->items[i].loc, "%s: %s", what,
                        from->items[i].msg);
}

/* Loads the DDL in batches of statements, each batch its own implicit
 * transaction: one transaction for thousands of tables runs out of the
 * server's lock table (max_locks_per_transaction), and the scratch database
 * is thrown away anyway, so nothing needs all-or-nothing here. */
#define SCRATCH_BATCH 200

static int load_ddl(sc_db *scratch, const char *ddl, sc_diags *d)
{
    sc_stmts st = {0};
    size_t err_off = 0;
    const char *err = NULL;
    if (sc_sql_split(ddl, strlen(ddl), 0, &st, &err_off, &err) != 0) {
        sc_error(d, SC_ERR_INPUT, "emitted DDL cannot be split at byte %zu: %s", err_off, err);
        return -1;
    }
    int rc = 0;
    sc_strbuf batch = SC_STRBUF_INIT;
    for (size_t i = 0; i < st.n && rc == 0; i += SCRATCH_BATCH) {
        batch.len = 0;
        for (size_t j = i; j < st.n && j < i + SCRATCH_BATCH; j++) {
            sc_sb_putn(&batch, ddl + st.items[j].off, st.items[j].len);
            sc_sb_putc(&batch, '\n');
        }
        rc = sc_db_exec(scratch, sc_sb_cstr(&batch), d);
    }
    sc_sb_free(&batch);
    sc_stmts_free(&st);
    return rc;
}

sc_model *sc_normalize_pg(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn) {
        sc_error(d, SC_ERR_DB, "scratch normalisation needs a PostgreSQL connection");
        return NULL;
    }
    char *ddl = sc_emit_ddl(declared, SC_DIALECT_POSTGRESQL, d);
    if (!ddl)
        return NULL;

    char name[64];
    snprintf(name, sizeof name, "schemac_scratch_%ld_%08x", (long)getpid(), random_bits());
    char *create = create_sql(conn, name);
    char *msg = NULL;
    int rc = run(conn, create, &msg);
    free(create);
    if (rc != 0) {
        sc_warn(d, "expressions were compared as text: cannot create a scratch database (%s)", msg);
        free(msg);
        free(ddl);
        return NULL;
    }

    sc_model *m = NULL;
    sc_db *scratch = NULL;
    sc_diags local;
    sc_diags_init(&local);
    if (sc_db_open_pg_dbname(db, name, &scratch, &local) != 0) {
        sc_warn(d, "expressions were compared as text: cannot connect to the scratch database (%s)",
                local.n ? local.items[0].msg : "?");
    } else if (load_ddl(scratch, ddl, &local) != 0) {
        forward_errors(d, &local, "the declared schema does not load into PostgreSQL");
    } else {
        m = sc_inspect_pg(sc_db_pg(scratch), opts, &local);
        if (!m)
            forward_errors(d, &local, "reading back the declared schema");
    }
    sc_db_close(scratch);
    drop_scratch(conn, name);
    sc_diags_free(&local);
    free(ddl);
    return m;
}
