/* pg.c - sc_inspect_pg: a live PostgreSQL catalog -> the model.
 *
 * Runs every catalog query of pg_sql.c (pg_run.c) and builds the model
 * from the results as they arrive, in dependency order (schemas, enums,
 * tables, views, columns, constraints, indexes, sequences, what views
 * read), through oid hash maps: linear in the size of the catalog, whatever
 * the number of tables, and each result freed once built. */
#include <stdlib.h>
#include <string.h>

#include "inspect/inspect.h"
#include "inspect/pg_internal.h"

static bool is_system_schema(const char *s)
{
    return !strcmp(s, "pg_catalog") || !strcmp(s, "information_schema") ||
           !strncmp(s, "pg_toast", 8) || !strncmp(s, "pg_temp_", 8);
}

/* ARRAY['a', 'b']::name[] with every name escaped by libpq. */
static char *schemas_literal(PGconn *conn, const char *const *schemas, size_t n)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "ARRAY[");
    for (size_t i = 0; i < n; i++) {
        char *lit = PQescapeLiteral(conn, schemas[i], strlen(schemas[i]));
        if (!lit) {
            sc_sb_free(&b);
            return NULL;
        }
        sc_sb_printf(&b, "%s%s", i ? ", " : "", lit);
        PQfreemem(lit);
    }
    sc_sb_puts(&b, "]::name[]");
    return sc_sb_take(&b);
}

static void pg_fail(sc_diags *d, PGconn *conn, const PGresult *r)
{
    const char *msg = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *m = msg ? msg : PQerrorMessage(conn);
    size_t len = strlen(m);
    while (len && m[len - 1] == '\n')
        len--;
    sc_error(d, SC_ERR_DB, "reading the catalog failed: %.*s", (int)len, m);
}

/* The order the model is built in: what a step reads is built by the
 * steps before it (relations before their columns, columns before the keys
 * and indexes that name them, indexes before their comments). */
static const int build_order[PGQ_COUNT] = {
    PGQ_SCHEMAS, PGQ_ENUMS, PGQ_TABLES, PGQ_VIEWS, PGQ_COLUMNS, PGQ_CONSTRAINTS, PGQ_NAMES,
    PGQ_INDEXES, PGQ_SEQUENCES, PGQ_VIEW_REFS, PGQ_COMMENTS, PGQ_POLICIES,
    /* domains, composite and range types (columns name them by the catalog,
     * so nothing before needs them) */
    PGQ_UTYPES, PGQ_UTYPE_PARTS,
    PGQ_EXTENSIONS, PGQ_COLLATIONS,   /* extensions and collations */
    PGQ_EXCLUSIONS,                   /* issue 12: after the columns and the names */
    PGQ_UNMODELLED,                   /* last: a scratch load does not send it */
};

/* Results arrive over one or two connections in their own order
 * (pg_run.c); each is built as soon as the steps before it are, then freed,
 * so that the catalog is never held whole next to the model. The large
 * ones come row by row: a row is built when its step's turn has come, and
 * held (copied) until then otherwise. */
typedef struct pg_stream {
    pg_ctx c;
    PGresult *res[PGQ_COUNT];    /* a query's whole result (or its end), not built yet */
    PGresult *held[PGQ_COUNT];   /* its rows that came before their turn */
    int next;                    /* build_order[next] is the next step */
    const char *const *want, *const *alias_from, *const *alias_to;
    size_t nwant, nalias;
    sc_not_compared *collect;    /* where the unmodelled objects go (NULL: warnings) */
} pg_stream;

static int step_of(int q)
{
    int i = 0;
    while (build_order[i] != q)
        i++;
    return i;
}

/* An oid map sized for the result that fills it, when it is still empty. */
static void presize(pg_oidmap *m, const PGresult *r)
{
    if (m->n == 0) {
        pg_oidmap_free(m);
        pg_oidmap_init(m, (size_t)PQntuples(r));
    }
}

static void build_step(pg_stream *st, int q, const PGresult *r)
{
    pg_ctx *c = &st->c;
    switch (q) {
    case PGQ_SCHEMAS: pg_build_schemas(c, r, st->want, st->nwant); break;
    case PGQ_ENUMS: presize(&c->enums, r); pg_build_enums(c, r); break;
    case PGQ_TABLES: presize(&c->rels, r); pg_build_tables(c, r); break;
    case PGQ_VIEWS: pg_build_views(c, r); break;
    case PGQ_COLUMNS: pg_build_columns(c, r); break;
    case PGQ_CONSTRAINTS: pg_build_constraints(c, r); break;
    case PGQ_NAMES: presize(&c->collations, r); pg_build_names(c, r); break;
    case PGQ_INDEXES: presize(&c->indexes, r); pg_build_indexes(c, r); break;
    case PGQ_SEQUENCES: pg_build_sequences(c, r); break;
    case PGQ_VIEW_REFS: pg_build_view_refs(c, r); break;
    case PGQ_COMMENTS: pg_build_comments(c, r); break;
    case PGQ_POLICIES: pg_build_policies(c, r); break;
    /* domains, composite and range types */
    case PGQ_UTYPES: presize(&c->utypes, r); pg_build_utypes(c, r); break;
    case PGQ_UTYPE_PARTS: pg_build_utype_parts(c, r); break;
    case PGQ_EXTENSIONS: pg_build_extensions(c, r); break;
    case PGQ_COLLATIONS: pg_build_collations(c, r); break;
    case PGQ_EXCLUSIONS: pg_build_exclusions(c, r); break;   /* issue 12 */
    default: pg_build_unmodelled(c, r, st->collect); break;
    }
}

/* The rows of q held back so far, built in their order. */
static void flush_held(pg_stream *st, int q)
{
    if (st->held[q]) {
        build_step(st, q, st->held[q]);
        PQclear(st->held[q]);
        st->held[q] = NULL;
    }
}

/* Builds every step whose result is in and whose predecessors are built. */
static void advance(pg_stream *st)
{
    while (st->next < PGQ_COUNT) {
        int q = build_order[st->next];
        flush_held(st, q);
        if (!st->res[q])
            return;
        build_step(st, q, st->res[q]);
        PQclear(st->res[q]);
        st->res[q] = NULL;
        st->next++;
    }
}

/* A row that cannot be built yet is copied into held[q]. */
static void hold_row(pg_stream *st, int q, const PGresult *row)
{
    if (!st->held[q] && !(st->held[q] = PQcopyResult(row, PG_COPYRES_ATTRS)))
        abort();
    int t = PQntuples(st->held[q]);
    for (int j = 0; j < PQnfields(row); j++) {
        bool null = PQgetisnull(row, 0, j);
        if (!PQsetvalue(st->held[q], t, j, null ? NULL : PQgetvalue(row, 0, j), null ? -1 : PQgetlength(row, 0, j)))
            abort();
    }
}

/* Whether a row of q can be built now. A table's columns need only the
 * tables: they do not wait for the views, which are read on the other
 * connection (a view's columns do). */
static bool row_ready(pg_stream *st, int q, const PGresult *row)
{
    int step = step_of(q);
    if (st->next == step)
        return true;
    if (q == PGQ_COLUMNS && st->next == step_of(PGQ_VIEWS)) {
        pg_rel *rel = pg_oidmap_get(&st->c.rels, pg_oid(PQgetvalue(row, 0, 0)));
        return rel && rel->t;
    }
    return false;
}

/* A row that cannot be built yet: a column's (few come that early: a
 * view's, before the views are read) is held; any other is refused, and its
 * connection waits (pg_run.c) rather than this process holding thousands of
 * constraints while the columns they name are still coming. */
static bool take(void *arg, int qid, PGresult *r)
{
    pg_stream *st = arg;
    bool row = PQresultStatus(r) == PGRES_SINGLE_TUPLE;
    bool ready = row && row_ready(st, qid, r);
    if (row && !ready && qid != PGQ_COLUMNS)
        return false;
    if (st->nalias)
        pg_unalias_results(&r, 1, st->alias_from, st->alias_to, st->nalias);
    if (row) {
        if (ready) {
            if (st->next == step_of(qid))
                flush_held(st, qid);
            build_step(st, qid, r);
        } else {
            hold_row(st, qid, r);
        }
        PQclear(r);
        return true;
    }
    PQclear(st->res[qid]);
    st->res[qid] = r;
    advance(st);
    return true;
}

static void stream_free(pg_stream *st)
{
    sc_strmap_free(st->c.colnames);
    for (int i = 0; i < PGQ_COUNT; i++) {
        PQclear(st->res[i]);
        PQclear(st->held[i]);
    }
    pg_oidmap_free(&st->c.rels);
    pg_oidmap_free(&st->c.enums);
    pg_oidmap_free(&st->c.indexes);
    pg_oidmap_free(&st->c.collations);
    pg_oidmap_free(&st->c.opclasses);
    pg_oidmap_free(&st->c.utypes);   /* domains, composite and range types */
    pg_oidmap_free(&st->c.cons);
    pg_oidmap_free(&st->c.seqs);
    pg_oidmap_free(&st->c.nsps);
    sc_arena_free(st->c.tmp);
    sc_arena_free(st->c.row);
}

sc_model *sc_inspect_pg(struct pg_conn *conn, const sc_inspect_opts *opts, sc_diags *d)
{
    static const char *const default_schemas[] = {SC_DEFAULT_SCHEMA};
    const char *const *want = default_schemas;
    size_t nwant = 1;
    if (opts && opts->schemas && opts->nschemas) {
        want = opts->schemas;
        nwant = opts->nschemas;
    }
    /* System schemas hold PostgreSQL itself, never the user's schema. */
    const char *const *alias = opts && opts->schemas && opts->nschemas ? opts->schema_names : NULL;
    const char **keep = calloc(nwant, sizeof *keep);
    const char **named = calloc(nwant, sizeof *named);   /* keep[i]'s name in the model */
    if (!keep || !named)
        abort();
    size_t nkeep = 0;
    for (size_t i = 0; i < nwant; i++) {
        if (is_system_schema(want[i])) {
            sc_warn(d, "schema %s is a system schema and was not inspected", want[i]);
        } else {
            named[nkeep] = alias ? alias[i] : want[i];
            keep[nkeep++] = want[i];
        }
    }
    if (!nkeep) {
        free(keep);
        free(named);
        sc_error(d, SC_ERR_USAGE, "no schema left to inspect");
        return NULL;
    }
    char *lit = schemas_literal(conn, keep, nkeep);
    if (!lit) {
        pg_fail(d, conn, NULL);
        free(keep);
        free(named);
        return NULL;
    }
    pg_stream st = {.want = named, .nwant = nkeep, .collect = opts ? opts->not_compared : NULL};
    if (alias) {
        st.alias_from = keep;
        st.alias_to = named;
        st.nalias = nkeep;
    }
    /* The builders' warnings wait in `local`: if the catalog cannot be read
     * to the end, only the error is said, as when nothing was built. */
    sc_diags local;
    sc_diags_init(&local);
    pg_ctx *c = &st.c;
    c->m = sc_model_new();
    c->d = &local;
    c->tmp = sc_arena_new();
    c->row = sc_arena_new();
    c->version_table = opts && opts->version_table ? opts->version_table : "schemac_version";
    pg_oidmap_init(&c->rels, 0);
    pg_oidmap_init(&c->enums, 0);
    pg_oidmap_init(&c->indexes, 0);
    pg_oidmap_init(&c->collations, 0);
    pg_oidmap_init(&c->opclasses, 64);
    pg_oidmap_init(&c->utypes, 0);   /* domains, composite and range types */
    pg_oidmap_init(&c->cons, 0);
    pg_oidmap_init(&c->seqs, 0);
    pg_oidmap_init(&c->nsps, 0);
    c->privileges = opts && opts->privileges && !opts->in_transaction && !alias;   /* privileges and ownership */
    /* parts5: a partition's copies' names are a live database's; a scratch
     * load holds part of a schema only, so its names are not the truth */
    c->copy_names = !(opts && (opts->in_transaction || opts->loaded || opts->views_only)) && !alias;
    c->planned = opts ? opts->planned : NULL;
    c->nplanned = opts ? opts->nplanned : 0;
    pg_sink sink = {take, &st};
    int rc = pg_run_queries(conn, lit, opts, &sink, d);
    if (rc == 0 && !(opts && opts->views_only))   /* functions, procedures, triggers (pg_routines.c) */
        rc = pg_read_routines(conn, c->m, lit, opts, st.alias_from, st.alias_to, st.nalias, d);
    /* privileges and ownership, when asked (never of a scratch load) */
    if (rc == 0 && c->privileges)
        rc = pg_read_privileges(conn, c->m, lit, c->version_table, st.collect, d);
    free(lit);
    if (rc == 0) {
        advance(&st);
        /* Only the warnings' query may be left: a scratch load does not send it. */
        if (st.next == PGQ_COUNT - 1 && build_order[st.next] == PGQ_UNMODELLED)
            st.next++;
        if (st.next != PGQ_COUNT) {
            sc_error(d, SC_ERR_DB, "reading the catalog failed: no result for query %d", build_order[st.next]);
            rc = -1;
        } else {
            pg_build_public_comment(c);
        }
    }
    stream_free(&st);
    free(keep);
    free(named);
    if (rc != 0) {
        sc_diags_free(&local);
        sc_model_free(c->m);
        return NULL;
    }
    sc_diags_move(d, &local);
    sc_model_sort(c->m);
    return c->m;
}
