/* pg.c - sc_inspect_pg: a live PostgreSQL catalog -> the model.
 *
 * Runs every catalog query of pg_sql.c (pg_run.c), then builds the
 * model from the results in dependency order (schemas, enums, tables,
 * views, columns, constraints, indexes, sequences, what views read)
 * through oid hash maps: linear in
 * the size of the catalog, whatever the number of tables. */
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

static void build(pg_ctx *c, PGresult **res, const char *const *want, size_t nwant,
                  sc_not_compared *collect)
{
    pg_build_schemas(c, res[PGQ_SCHEMAS], want, nwant);
    pg_build_enums(c, res[PGQ_ENUMS]);
    pg_build_tables(c, res[PGQ_TABLES]);
    pg_build_views(c, res[PGQ_VIEWS]);
    pg_build_columns(c, res[PGQ_COLUMNS]);
    pg_build_constraints(c, res[PGQ_CONSTRAINTS]);
    pg_build_names(c, res[PGQ_NAMES]);
    pg_build_indexes(c, res[PGQ_INDEXES]);
    pg_build_sequences(c, res[PGQ_SEQUENCES]);
    pg_build_view_refs(c, res[PGQ_VIEW_REFS]);
    pg_build_comments(c, res[PGQ_COMMENTS]);
    if (res[PGQ_UNMODELLED])   /* not read for a scratch load (pg_run.c) */
        pg_build_unmodelled(c, res[PGQ_UNMODELLED], collect);
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
    PGresult *res[PGQ_COUNT] = {0};
    if (!lit || pg_run_queries(conn, lit, opts, res, d) != 0) {
        if (!lit)
            pg_fail(d, conn, NULL);
        free(lit);
        free(keep);
        free(named);
        return NULL;
    }
    free(lit);
    if (alias)
        pg_unalias_results(res, PGQ_COUNT, keep, named, nkeep);

    pg_ctx c = {0};
    c.m = sc_model_new();
    c.d = d;
    c.tmp = sc_arena_new();
    c.version_table = opts && opts->version_table ? opts->version_table : "schemac_version";
    pg_oidmap_init(&c.rels, (size_t)PQntuples(res[PGQ_TABLES]) + (size_t)PQntuples(res[PGQ_VIEWS]));
    pg_oidmap_init(&c.enums, (size_t)PQntuples(res[PGQ_ENUMS]));
    pg_oidmap_init(&c.indexes, (size_t)PQntuples(res[PGQ_INDEXES]));
    pg_oidmap_init(&c.collations, (size_t)PQntuples(res[PGQ_NAMES]));
    pg_oidmap_init(&c.opclasses, 64);
    build(&c, res, named, nkeep, opts ? opts->not_compared : NULL);
    for (int i = 0; i < PGQ_COUNT; i++)
        PQclear(res[i]);
    pg_oidmap_free(&c.rels);
    pg_oidmap_free(&c.enums);
    pg_oidmap_free(&c.indexes);
    pg_oidmap_free(&c.collations);
    pg_oidmap_free(&c.opclasses);
    sc_arena_free(c.tmp);
    free(keep);
    free(named);
    sc_model_sort(c.m);
    return c.m;
}
