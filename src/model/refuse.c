/* refuse.c - what a dialect cannot express: one list, consulted by compile
 * and diff before anything is written, so that an object the target cannot
 * hold is an error at its place (exit 6), never silently left out.
 *
 * Each kind is one function that names its objects; the table below says
 * which dialect refuses it. A new kind that SQLite lacks (functions,
 * domains, composite types, ...) adds its function and one line. */
#include "model/refuse.h"

typedef size_t (*refuse_fn)(const sc_model *m, sc_diags *d);

static size_t sqlite_extensions(const sc_model *m, sc_diags *d)
{
    for (size_t i = 0; i < m->extensions.n; i++) {
        const sc_extension *e = SC_VEC_AT(m->extensions, i, sc_extension);
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, e->loc,
                                  "extension \"%s\": SQLite has no extensions", e->name);
        sc_diag_hint(dg, "SQLite loads extensions into the application's connection, not into the schema");
    }
    return m->extensions.n;
}

static size_t sqlite_collations(const sc_model *m, sc_diags *d)
{
    for (size_t i = 0; i < m->collations.n; i++) {
        const sc_collation *c = SC_VEC_AT(m->collations, i, sc_collation);
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc,
                                  "collation \"%s\": SQLite has no CREATE COLLATION", c->name);
        sc_diag_hint(dg, "SQLite's collations are BINARY, NOCASE and RTRIM, or registered by the application"
                         " (sqlite3_create_collation)");
    }
    return m->collations.n;
}

/* privileges and ownership: SQLite has no roles */
static size_t sqlite_privileges(const sc_model *m, sc_diags *d)
{
    const sc_privs *p = &m->privs;
    size_t n = p->grants.n + p->owners.n + p->defaults.n;
    for (size_t i = 0; i < n; i++) {
        const sc_loc *at = i < p->grants.n ? &SC_VEC_AT(p->grants, i, sc_grant)->loc
                           : i < p->grants.n + p->owners.n ? &SC_VEC_AT(p->owners, i - p->grants.n, sc_owner)->loc
                           : &SC_VEC_AT(p->defaults, i - p->grants.n - p->owners.n, sc_default_priv)->loc;
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, *at,
                                  "%s: SQLite has no roles, privileges nor owners",
                                  i < p->grants.n ? "GRANT" : i < p->grants.n + p->owners.n ? "OWNER TO"
                                                                                          : "ALTER DEFAULT PRIVILEGES");
        sc_diag_hint(dg, "keep privileges in a PostgreSQL-only schema file");
    }
    return n;
}

/* issue 12: exclusion constraints, and the storage parameters and
 * tablespace of a key's index */
static size_t sqlite_exclusions(const sc_model *m, sc_diags *d)
{
    size_t n = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (k->kind == SC_CON_EXCLUDE) {
                sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, k->loc,
                                          "constraint \"%s\" on table \"%s\": SQLite has no exclusion constraints",
                                          k->name ? k->name : "", t->name);
                sc_diag_hint(dg, "EXCLUDE is PostgreSQL's; a unique constraint or a trigger is SQLite's nearest");
                n++;
            } else if (sc_constraint_index_options(k)->n || sc_constraint_index_tablespace(k)) {
                sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, k->loc,
                                          "constraint \"%s\" on table \"%s\": SQLite has no %s",
                                          k->name ? k->name : "", t->name,
                                          sc_constraint_index_options(k)->n ? "index storage parameters (WITH)" : "tablespaces");
                sc_diag_hint(dg, "these are PostgreSQL's: leave them out of a schema for SQLite");
                n++;
            }
        }
    }
    return n;
}

/* Where the clustered index or key is declared. */
static sc_loc cluster_loc(const sc_table *t)
{
    for (size_t i = 0; i < t->indexes.n; i++)
        if (sc_index_clustered(SC_VEC_AT(t->indexes, i, sc_index)))
            return SC_VEC_AT(t->indexes, i, sc_index)->loc;
    for (size_t i = 0; i < t->constraints.n; i++)
        if (sc_constraint_clustered(SC_VEC_AT(t->constraints, i, sc_constraint)))
            return SC_VEC_AT(t->constraints, i, sc_constraint)->loc;
    return t->loc;
}

/* tblprops6: REPLICA IDENTITY, CLUSTER ON and statistics targets (attopts7:
 * and options), at each
 * place they are declared (a diff of a kept table would not see them) */
static size_t sqlite_tblprops(const sc_model *m, sc_diags *d)
{
    static const char hint[] = "these are PostgreSQL's: leave them out of a schema for SQLite";
    size_t n = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (sc_table_replica_identity(t) != 'd' && ++n)
            sc_diag_hint(sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, sc_table_replica_loc(t),
                                     "table \"%s\": SQLite has no REPLICA IDENTITY", t->name), hint);
        if (sc_table_cluster_index(t) && ++n)
            sc_diag_hint(sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, cluster_loc(t),
                                     "table \"%s\": SQLite has no CLUSTER ON (\"%s\" is clustered)", t->name,
                                     sc_table_cluster_index(t)), hint);
        for (size_t j = 0; j < t->columns.n; j++) {
            const sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            if (sc_column_statistics(c) >= 0 && ++n)
                sc_diag_hint(sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc,
                                         "column \"%s.%s\": SQLite has no statistics targets", t->name, c->name),
                             hint);
            if (sc_column_options(c)->n && ++n)   /* attopts7 */
                sc_diag_hint(sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc,
                                         "column \"%s.%s\": SQLite has no column statistics options (%s)", t->name,
                                         c->name, sc_column_options(c)->items[0]),
                             hint);
        }
    }
    return n;
}

static const struct {
    sc_dialect dialect;
    refuse_fn fn;
} refusals[] = {
    /* extensions and collations */
    {SC_DIALECT_SQLITE, sqlite_extensions},
    {SC_DIALECT_SQLITE, sqlite_collations},
    /* privileges and ownership */
    {SC_DIALECT_SQLITE, sqlite_privileges},
    /* partitioning and inheritance (issue 12 items 4-5; partition.c) */
    {SC_DIALECT_SQLITE, sc_refuse_sqlite_partitioning},
    /* issue 12: exclusion constraints, key index options */
    {SC_DIALECT_SQLITE, sqlite_exclusions},
    /* tblprops6: replica identity, cluster on, statistics targets */
    {SC_DIALECT_SQLITE, sqlite_tblprops},
};

size_t sc_dialect_refuse(const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    size_t n = 0;
    for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++)
        if (refusals[i].dialect == dialect)
            n += refusals[i].fn(m, d);
    return n;
}
