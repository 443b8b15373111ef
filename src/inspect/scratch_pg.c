/* scratch_pg.c - sc_normalize_pg: the declared model, as PostgreSQL itself
 * spells it.
 *
 * The model's DDL is loaded somewhere harmless and read back with the same
 * catalog queries as a live database, so that a diff compares format_type /
 * pg_get_expr output on both sides. Two places, tried in turn:
 *  1. scratch schemas inside a transaction on db's own connection, always
 *     rolled back: every schema of the model gets a unique stand-in, the
 *     inspector reads the stand-ins and gives the results their real names
 *     back (pg_alias.c). Needs only CREATE on the database; nothing is ever
 *     committed, and expressions that call the database's own functions or
 *     extension types resolve as they will in the migration.
 *  2. a temporary database created next to db's, dropped on every path:
 *     for a role without CREATE on the database, or a load too large for
 *     the locks one transaction may hold. Needs CREATEDB. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "emit/ddl.h"
#include "emit/emit.h"
#include "inspect/inspect.h"
#include "model/strbuf.h"
#include "db/sqlsplit.h"
#include "inspect/pg_internal.h"
#include "inspect/stmt_object.h"

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

static int load_ddl(sc_db *scratch, const char *ddl, sc_diags *d, pg_load_fail *fail)
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
        /* the batch ran as one implicit transaction, rolled back whole */
        if (rc != 0 && fail)
            pg_load_culprit(scratch, NULL, sc_sb_cstr(&batch), &(pg_names){NULL, NULL, 0}, fail);
    }
    sc_sb_free(&batch);
    sc_stmts_free(&st);
    return rc;
}

/* ---- the DDL of a scratch load ----------------------------------------- */

typedef struct view_order {
    const sc_model *m;
    sc_strmap *done;    /* "schema.name" of the views written or being written */
    sc_strbuf *b;
    sc_diags *d;
    int rc;
    bool guarded;       /* each view in a subtransaction of its own (pg_put_guarded) */
} view_order;

/* A view after the views it reads (depth first through its refs); a cycle
 * cannot be declared, and the server says so if one is. */
static void write_view(view_order *o, const sc_view *v)
{
    const char *key = sc_qname(o->m->arena, v->schema, v->name);
    if (sc_strmap_has(o->done, key))
        return;
    sc_strmap_put(o->done, key, NULL);
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        if (r->kind != SC_REF_RELATION && r->kind != SC_REF_COLUMN)
            continue;
        const sc_view *dep = sc_model_view(o->m, r->schema, r->name);
        if (dep && dep != v)
            write_view(o, dep);
    }
    sc_strbuf own = SC_STRBUF_INIT;
    sc_strbuf *b = o->guarded ? &own : o->b;
    if (sc_ddl_create_view(b, v, false, SC_DIALECT_POSTGRESQL, o->d) != 0 ||
        sc_ddl_view_extras(b, v, SC_DIALECT_POSTGRESQL, o->d) != 0)
        o->rc = -1;
    else if (o->guarded)
        pg_put_guarded(o->b, sc_sb_cstr(&own), "view");
    sc_sb_free(&own);
}

/* The model's DDL: schemas, types, tables as sc_emit_ddl writes them, then
 * the views in dependency order. Heap string, or NULL with errors in d. */
static char *scratch_ddl(const sc_model *m, const sc_model *fns, bool guarded, sc_diags *d)
{
    sc_model *tables = sc_model_new();
    sc_model_share_types(tables, m, NULL);
    /* types4: declared functions over the stand-in types, in place of the
     * live ones, between the types and the tables (scratch_pg_retyped.c) */
    if (fns)
        sc_model_share_routines(tables, fns, NULL, NULL);
    for (size_t i = 0; i < m->tables.n; i++)
        sc_model_share_table(tables, SC_VEC_AT(m->tables, i, sc_table), NULL, NULL);
    char *ddl = sc_emit_ddl(tables, SC_DIALECT_POSTGRESQL, d);
    sc_model_free(tables);
    if (!ddl || !m->views.n)
        return ddl;
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, ddl);
    free(ddl);
    view_order o = {m, sc_strmap_new(), &b, d, 0, guarded};
    for (size_t i = 0; i < m->views.n; i++)
        write_view(&o, SC_VEC_AT(m->views, i, sc_view));
    sc_strmap_free(o.done);
    if (o.rc != 0) {
        sc_sb_free(&b);
        return NULL;
    }
    return sc_sb_take(&b);
}

/* A statement of the declared schema that the server refused, located at
 * the object whose statement it is, with the statement and the server's
 * message. `kind` SC_ERR_INPUT: refused by the user's own database, where
 * the migration will run and would be refused too, so the schema's error
 * (server_terms.c keeps it one); otherwise a reason to compare as text. */
static void refused(sc_diags *d, sc_errkind kind, const char *where, const sc_model *declared, const pg_load_fail *f)
{
    sc_loc loc;
    char *obj = sc_stmt_object(declared, f->stmt, &loc);
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, kind, loc, "the declared schema does not load into %s: %s%s%s", where,
                              obj ? obj : "", obj ? ": " : "", f->msg);
    char *line = f->stmt ? sc_stmt_one_line(f->stmt) : NULL;
    sc_diag_hint(dg, "%s%s", line ? "the statement: " : "in the new functions the tables call", line ? line : "");
    free(line);
    free(obj);
}

/* first: the statement the scratch schemas refused for what it says, or
 * NULL: refused here too, that is the error to report. */
static sc_model *scratch_database(sc_db *db, PGconn *conn, const sc_model *declared, const sc_inspect_opts *opts,
                                  const char *why_not_schema, const pg_load_fail *first, sc_diags *d)
{
    char *ddl = scratch_ddl(declared, NULL, false, d);
    if (!ddl)
        return NULL;

    char name[64];
    snprintf(name, sizeof name, "schemac_scratch_%ld_%08x", (long)getpid(), random_bits());
    char *create = create_sql(conn, name);
    char *msg = NULL;
    int rc = run(conn, create, &msg);
    free(create);
    if (rc != 0) {
        if (first)   /* not confirmed elsewhere: said, located, as the reason to compare as text */
            refused(d, SC_ERR_MIGRATION, "PostgreSQL", declared, first);
        if (why_not_schema)
            sc_warn(d, "expressions were compared as text: cannot create scratch schemas (%s) nor a scratch"
                       " database (%s)", why_not_schema, msg);
        else
            sc_warn(d, "expressions were compared as text: cannot create a scratch database (%s)", msg);
        free(msg);
        free(ddl);
        return NULL;
    }

    sc_model *m = NULL;
    sc_db *scratch = NULL;
    sc_diags local;
    sc_diags_init(&local);
    pg_load_fail fail = {0};
    if (sc_db_open_pg_dbname(db, name, &scratch, &local) != 0) {
        sc_warn(d, "expressions were compared as text: cannot connect to the scratch database (%s)",
                local.n ? local.items[0].msg : "?");
    } else if (load_ddl(scratch, ddl, &local, &fail) != 0) {
        if (first)   /* refused in both places: the schema's error, as the database itself said it */
            refused(d, SC_ERR_INPUT, "PostgreSQL", declared, first);
        else if (fail.msg)   /* the scratch database lacks the database's own functions and types: not the user's error */
            refused(d, SC_ERR_MIGRATION, "a scratch database", declared, &fail);
        else
            forward_errors(d, &local, "the declared schema does not load into PostgreSQL");
    } else {
        /* the scratch database's own objects are nobody's to name */
        sc_inspect_opts io = opts ? *opts : (sc_inspect_opts){0};
        io.not_compared = NULL;
        m = sc_inspect_pg(sc_db_pg(scratch), &io, &local);
        if (!m)
            forward_errors(d, &local, "reading back the declared schema");
    }
    sc_db_close(scratch);
    drop_scratch(conn, name);
    sc_diags_free(&local);
    pg_load_fail_free(&fail);
    free(ddl);
    return m;
}

/* ---- scratch schemas in a transaction that is always rolled back ------- */

/* One transaction holds a lock on every relation it creates, and the
 * server's lock table is shared (max_locks_per_transaction x connections,
 * 6,400 by default): a larger load goes to a scratch database, loaded in
 * batches. Counted: each table, its TOAST table and index, its indexes and
 * key constraints, each sequence, each view (and a materialized view's
 * TOAST table and index) and its indexes. */
#define SCRATCH_TXN_MAX_RELS 1000

static size_t relations(const sc_model *m)
{
    size_t n = m->sequences.n;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        n += 3 + t->indexes.n + t->constraints.n;
    }
    for (size_t i = 0; i < m->views.n; i++) {
        const sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        n += (v->materialized ? 3 : 1) + v->indexes.n;
    }
    return n;
}

long pg_lock_budget(PGconn *conn)
{
    PGresult *r = PQexec(conn, "SELECT pg_catalog.current_setting('max_locks_per_transaction')::bigint"
                               " * pg_catalog.current_setting('max_connections')::bigint / 2");
    long n = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 ? atol(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    return n;
}

typedef struct stand_ins {
    size_t n;
    const char **real;   /* schema names of the model */
    char **scratch;      /* their stand-ins, same index */
} stand_ins;

static void add_schema(stand_ins *s, const char *name, unsigned tag)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->real[i], name))
            return;
    s->real = realloc(s->real, (s->n + 1) * sizeof *s->real);
    s->scratch = realloc(s->scratch, (s->n + 1) * sizeof *s->scratch);
    if (!s->real || !s->scratch)
        abort();
    /* Fixed width: no stand-in is a prefix of another (pg_alias.c replaces
     * them inside text). */
    char buf[48];
    snprintf(buf, sizeof buf, "schemac_scratch_%08x_%04zu", tag, s->n);
    s->real[s->n] = name;
    s->scratch[s->n] = strdup(buf);
    if (!s->scratch[s->n])
        abort();
    s->n++;
}

static const char *stand_in(const char *schema, void *arg)
{
    const stand_ins *s = arg;
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->real[i], schema))
            return s->scratch[i];
    return schema;
}

static void collect_schemas(stand_ins *s, const sc_model *m, unsigned tag)
{
    add_schema(s, SC_DEFAULT_SCHEMA, tag);   /* first: the search_path's head */
    for (size_t i = 0; i < m->schemas.n; i++)
        add_schema(s, SC_VEC_AT(m->schemas, i, const char), tag);
    for (size_t i = 0; i < m->enums.n; i++)
        add_schema(s, SC_VEC_AT(m->enums, i, sc_enum)->schema, tag);
    for (size_t i = 0; i < m->sequences.n; i++)
        add_schema(s, SC_VEC_AT(m->sequences, i, sc_sequence)->schema, tag);
    for (size_t i = 0; i < m->tables.n; i++)
        add_schema(s, SC_VEC_AT(m->tables, i, sc_table)->schema, tag);
    for (size_t i = 0; i < m->views.n; i++)
        add_schema(s, SC_VEC_AT(m->views, i, sc_view)->schema, tag);
    /* domains, composite and range types */
    for (size_t i = 0; i < m->utypes.n; i++)
        add_schema(s, SC_VEC_AT(m->utypes, i, sc_utype)->schema, tag);
}

static void free_stand_ins(stand_ins *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->scratch[i]);
    free(s->scratch);
    free(s->real);
}

/* The stand-in of a relation or enum that the scratch load creates; NULL
 * for anything else (the database's own tables, types and functions are
 * read where they are). */
typedef struct requalify_arg {
    const sc_model *declared;
    const stand_ins *s;
} requalify_arg;

static const char *loaded_stand_in(const char *schema, const char *name, char kind, void *arg)
{
    const requalify_arg *ra = arg;
    if (!schema)
        return NULL;
    bool loaded = kind == 't' ? sc_model_enum(ra->declared, schema, name) != NULL
                              : sc_model_table(ra->declared, schema, name) || sc_model_view(ra->declared, schema, name);
    if (!loaded)
        return NULL;
    const char *to = stand_in(schema, (void *)ra->s);
    return to == schema ? NULL : to;
}

static bool contains_ascii_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return false;
}

/* Whether q can name a schema that has a stand-in: it holds the name
 * (ASCII case aside: unquoted names are folded), or a U&"..." identifier
 * that could spell it. A query that cannot is not parsed (hundreds of
 * views that name no schema: no parse at all). */
static bool may_name_schema(const char *q, const stand_ins *s)
{
    if (contains_ascii_ci(q, "u&"))
        return true;
    for (size_t i = 0; i < s->n; i++)
        if (contains_ascii_ci(q, s->real[i]))
            return true;
    return false;
}

/* Each view of stand (a copy of declared under stand-ins) reads the
 * stand-ins of the relations and enums its query names with a schema. */
static void requalify_views(sc_model *stand, const sc_model *declared, const stand_ins *s)
{
    requalify_arg ra = {declared, s};
    for (size_t i = 0; i < stand->views.n; i++) {
        sc_view *v = SC_VEC_AT(stand->views, i, sc_view);
        if (!v->query || !may_name_schema(v->query, s))
            continue;
        char *q = pg_requalify(v->query, loaded_stand_in, &ra);
        if (q) {
            v->query = sc_arena_strdup(stand->arena, q);
            free(q);
        }
    }
}

/* The first error of `from`, with stand-ins named by their real names:
 * heap string. */
static char *first_error(const sc_diags *from, const stand_ins *s)
{
    for (size_t i = 0; i < from->n; i++)
        if (from->items[i].sev == SC_SEV_ERROR)
            return pg_unalias_text(from->items[i].msg, (const char *const *)s->scratch, s->real, s->n);
    return strdup("?");
}

/* The load's statements: the new functions the tables may call, then the
 * DDL. */
static int exec_load(sc_db *db, const char *fns, const char *ddl, sc_diags *d)
{
    sc_strbuf sql = SC_STRBUF_INIT;
    if (fns)
        sc_sb_puts(&sql, fns);
    sc_sb_puts(&sql, ddl);
    int rc = sc_db_exec(db, sc_sb_cstr(&sql), d);
    sc_sb_free(&sql);
    return rc;
}

/* Guarded (each view in a subtransaction of its own, one the database
 * cannot take left out alone), the load first tries every statement as it
 * is, after a savepoint: a subtransaction for each of 549 views cost the
 * server a third of their creation, and in most diffs every view takes.
 * When one does not, the load goes back to the savepoint and runs guarded. */
static int load_guarded(sc_db *db, const char *fns, const sc_model *stand, const sc_model *retyped,
                        sc_diags *local)
{
    char *ddl = scratch_ddl(stand, retyped, false, local);
    if (!ddl || sc_db_exec(db, "SAVEPOINT schemac_plain", local) != 0) {
        free(ddl);
        return -1;
    }
    sc_diags plain;   /* a view the database cannot take yet: not an error */
    sc_diags_init(&plain);
    int rc = exec_load(db, fns, ddl, &plain);
    sc_diags_free(&plain);
    free(ddl);
    if (rc != 0) {
        rc = sc_db_exec(db, "ROLLBACK TO SAVEPOINT schemac_plain", local);
        char *guarded = rc == 0 ? scratch_ddl(stand, retyped, true, local) : NULL;
        rc = guarded ? exec_load(db, fns, guarded, local) : -1;
        free(guarded);
    }
    return rc;
}

/* The load as one batch; when the server refuses it, back to the
 * savepoint the transaction began with, and the statement it refused into
 * *fail (scratch_pg_culprit.c), for an error that names it. */
static int load_located(sc_db *db, const char *fns, const char *ddl, const stand_ins *s, sc_diags *local,
                        pg_load_fail *fail)
{
    int rc = exec_load(db, fns, ddl, local);
    if (rc != 0 && fail && sc_db_exec(db, "ROLLBACK TO SAVEPOINT schemac_load", local) == 0) {
        pg_names n = {(const char *const *)s->scratch, s->real, s->n};
        pg_load_culprit(db, fns, ddl, &n, fail);
    }
    return rc;
}

/* Loads the stand-in model in a transaction, reads it back, rolls back.
 * Returns the model, or NULL with the reason in *why (heap) and, when the
 * server refused a statement of it, that in *fail (when not NULL). */
static sc_model *scratch_schemas(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, bool guarded,
                                 char **why, pg_load_fail *fail)
{
    PGconn *conn = sc_db_pg(db);
    stand_ins s = {0};
    collect_schemas(&s, declared, random_bits());
    sc_model *stand = sc_model_reschema(declared, stand_in, &s);
    requalify_views(stand, declared, &s);
    sc_model_sort(stand);
    sc_diags local;
    sc_diags_init(&local);
    /* types4: found before the search_path names the stand-ins */
    sc_model *retyped = pg_scratch_retyped_functions(conn, declared);
    char *ddl = guarded ? NULL : scratch_ddl(stand, retyped, false, &local);
    sc_model *m = NULL;
    char *fns = NULL;
    if (!guarded && !ddl) {
        *why = first_error(&local, &s);
        goto out;
    }
    /* Unqualified names resolve to the stand-in of public first, then to
     * the database's own public (functions, extension types), as they
     * would on the live side. */
    sc_strbuf begin = SC_STRBUF_INIT;
    sc_sb_puts(&begin, "BEGIN; SET LOCAL search_path = ");
    sc_sb_puts(&begin, s.scratch[0]);
    sc_sb_puts(&begin, ", public;\n");
    /* A few dozen tables are read back: starting parallel workers for each
     * catalog query costs more than it saves. */
    sc_sb_puts(&begin, "SET LOCAL max_parallel_workers_per_gather = 0;\n");
    sc_sb_puts(&begin, "SAVEPOINT schemac_load;\n");   /* for load_located, in the same round trip */
    fns = pg_scratch_new_functions(conn, declared);   /* that the tables may call */
    int rc = sc_db_exec(db, sc_sb_cstr(&begin), &local);
    sc_sb_free(&begin);
    if (rc == 0)
        rc = guarded ? load_guarded(db, fns, stand, retyped, &local) : load_located(db, fns, ddl, &s, &local, fail);
    if (rc != 0) {
        *why = first_error(&local, &s);
    } else {
        char path[64];
        snprintf(path, sizeof path, "%s, public", s.scratch[0]);
        sc_inspect_opts io = {0};
        io.schemas = (const char *const *)s.scratch;
        io.schema_names = s.real;
        io.nschemas = s.n;
        io.version_table = opts ? opts->version_table : NULL;
        io.search_path = path;
        io.in_transaction = true;
        io.views_only = opts && opts->views_only;
        io.loaded = declared;
        m = sc_inspect_pg(conn, &io, &local);
        if (!m)
            *why = first_error(&local, &s);
    }
    /* Always: nothing of the scratch load may ever be committed. */
    PQclear(PQexec(conn, "ROLLBACK"));
out:
    free(ddl);
    free(fns);
    sc_model_free(retyped);
    sc_model_free(stand);
    sc_diags_free(&local);
    free_stand_ins(&s);
    return m;
}

sc_model *pg_scratch_schemas(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, char **why)
{
    return scratch_schemas(db, declared, opts, false, why, NULL);
}

sc_model *pg_scratch_schemas_guarded(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, char **why)
{
    return scratch_schemas(db, declared, opts, true, why, NULL);
}

sc_model *sc_normalize_pg(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn) {
        sc_error(d, SC_ERR_DB, "scratch normalisation needs a PostgreSQL connection");
        return NULL;
    }
    char *why = NULL;
    pg_load_fail fail = {0};
    if (relations(declared) <= SCRATCH_TXN_MAX_RELS) {
        sc_model *m = scratch_schemas(db, declared, opts, false, &why, &fail);
        if (m) {
            pg_load_fail_free(&fail);
            return m;
        }
    }
    /* A statement refused in the scratch schemas may still load in a
     * database of its own (a name qualified with a schema the database
     * lacks yet: docs/diff.md); refused there too, it is the schema's. */
    bool schemas = fail.msg && !pg_load_fail_environment(&fail);
    sc_model *m = scratch_database(db, conn, declared, opts, why, schemas ? &fail : NULL, d);
    pg_load_fail_free(&fail);
    free(why);
    return m;
}

/* funcdeps2: ddl loaded into a scratch database next to db's and fn run on
 * its connection, the database dropped on every path (see
 * scratch_pg_fn_users.c). 0, or -1 with the reason in *why (heap). */
int pg_scratch_database_run(sc_db *db, const char *ddl, int (*fn)(PGconn *conn, void *arg), void *arg, char **why)
{
    PGconn *conn = sc_db_pg(db);
    char name[64];
    snprintf(name, sizeof name, "schemac_scratch_%ld_%08x", (long)getpid(), random_bits());
    char *create = create_sql(conn, name);
    int rc = run(conn, create, why);
    free(create);
    if (rc != 0)
        return -1;
    sc_db *scratch = NULL;
    sc_diags local;
    sc_diags_init(&local);
    if (sc_db_open_pg_dbname(db, name, &scratch, &local) != 0 || load_ddl(scratch, ddl, &local, NULL) != 0) {
        rc = -1;
        for (size_t i = 0; i < local.n && !*why; i++)
            if (local.items[i].sev == SC_SEV_ERROR)
                *why = strdup(local.items[i].msg);
    } else {
        rc = fn(sc_db_pg(scratch), arg);
    }
    sc_db_close(scratch);
    drop_scratch(conn, name);
    sc_diags_free(&local);
    return rc;
}
