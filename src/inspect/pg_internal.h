/* pg_internal.h - shared by the PostgreSQL inspector's files (not public). */
#ifndef SC_PG_INTERNAL_H
#define SC_PG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libpq-fe.h>

#include "inspect/inspect.h"
#include "model/model.h"
#include "model/strbuf.h"

/* ---- oid -> pointer hash map (pg_util.c) -------------------------------- */
typedef struct pg_oidmap {
    uint32_t *keys;
    void **vals;
    size_t cap, n;
} pg_oidmap;

void pg_oidmap_init(pg_oidmap *m, size_t expected);
void pg_oidmap_free(pg_oidmap *m);
void pg_oidmap_put(pg_oidmap *m, uint32_t key, void *val);
void *pg_oidmap_get(const pg_oidmap *m, uint32_t key);

/* ---- text helpers (pg_util.c) ------------------------------------------- */
uint32_t pg_oid(const char *s);
/* A one-dimensional array literal ("{a,\"b c\",NULL}") -> arena strings;
 * NULL elements become NULL. */
size_t pg_parse_text_array(sc_arena *a, const char *lit, const char ***out);
/* s as one double-quoted element of an array literal ('{"a","b \\"c\\""}'). */
struct sc_strbuf;
void pg_put_array_elem(struct sc_strbuf *b, const char *s);
/* An int2vector/oidvector ("1 2 0") or int2[] ("{1,2}") -> numbers. */
size_t pg_parse_int_list(sc_arena *a, const char *lit, long **out);
/* "(expr)" -> "expr" when one pair wraps it all (arena string). */
const char *pg_strip_parens(sc_arena *a, const char *expr);
/* "CHECK (expr)" [NOT VALID] -> "expr" (arena string). */
const char *pg_strip_check(sc_arena *a, const char *def);
/* 'lit'::type where the type is the column's own type -> 'lit'. */
const char *pg_strip_literal_cast(sc_arena *a, const char *expr, const sc_type *coltype,
                                  const char *coltype_text);

/* ---- the inspection context (pg.c, pg_build.c) -------------------------- */

/* One inspected relation (a table, or a view or materialized view: exactly
 * one of t and v is set): attnum -> column name, for conkey/indkey. */
typedef struct pg_rel {
    sc_table *t;
    sc_view *v;
    const char **att;   /* indexed by attnum; NULL for dropped */
    uint32_t *attcoll;  /* indexed by attnum: the column's collation oid */
    int natt;           /* highest attnum + 1 */
    int attcap;         /* allocated length of att and attcoll */
} pg_rel;

/* One inspected index (pg_build_index.c). */
typedef struct pg_idx {
    sc_index *ix;
    pg_rel *rel;
    int nkey;   /* indnkeyatts: elements past it are INCLUDE columns */
} pg_idx;

typedef struct pg_ctx {
    sc_model *m;
    sc_diags *d;
    sc_arena *tmp;        /* scratch memory for the whole inspection */
    sc_strmap *colnames;  /* column name -> its one copy in the model (build_column) */
    pg_oidmap rels;       /* table oid -> pg_rel* */
    pg_oidmap enums;      /* type oid -> sc_enum* */
    pg_oidmap indexes;    /* index oid -> pg_idx* */
    pg_oidmap collations; /* collation oid -> name */
    pg_oidmap opclasses;  /* non-default operator class oid -> name */
    pg_oidmap cons;       /* constraint oid -> sc_constraint* (their comments, issue 12) */
    pg_oidmap seqs;       /* sequence oid -> sc_sequence* (their comments, issue 12) */
    pg_oidmap nsps;       /* schema oid -> name, the schemas read (their comments) */
    bool public_read;     /* public is among them, on a live database (copy_names), */
    bool public_commented; /* and has a comment row, stock or not */
    const char *version_table;
    pg_oidmap utypes;     /* type oid -> sc_utype* (domains, composite and range types) */
    bool privileges;      /* privileges and ownership are read (not named as not compared) */
    bool copy_names;      /* parts5: partitions' copies' names are read (a live database, not a scratch load) */
    const char *const *planned;   /* sc_inspect_opts.planned: missing ones are not warned about */
    size_t nplanned;
    /* memory (issue 10): scratch of one catalog row (its key and index
     * arrays, a default before its cast is stripped), emptied after each
     * row of the columns, keys and indexes: 2 MB of a 5,000-table read no
     * longer held to its end */
    sc_arena *row;
} pg_ctx;

/* The queries, in the order their results come back (pg_sql.c). */
enum {
    PGQ_SCHEMAS, PGQ_ENUMS, PGQ_TABLES, PGQ_VIEWS, PGQ_COLUMNS, PGQ_CONSTRAINTS, PGQ_NAMES,
    PGQ_INDEXES, PGQ_SEQUENCES, PGQ_VIEW_REFS, PGQ_COMMENTS, PGQ_POLICIES, PGQ_UNMODELLED,
    /* domains, composite and range types */
    PGQ_UTYPES, PGQ_UTYPE_PARTS,
    /* extensions and collations */
    PGQ_EXTENSIONS, PGQ_COLLATIONS,
    /* exclusion constraints (issue 12) */
    PGQ_EXCLUSIONS,
    PGQ_COUNT
};
/* Statements before the first query: the SET LOCALs. */
#define PG_PREAMBLE 3
/* Queries qids[0..nq) as one simple-protocol string, to run inside a
 * transaction that the caller began: SET LOCAL x3; q...; [COMMIT].
 * schemas_sql is an SQL expression of type name[], search_path an SQL list
 * (NULL: public). Heap string. */
char *pg_inspect_sql(const char *schemas_sql, const char *search_path, bool commit, const int *qids,
                     int nq);
/* The same, without the SET LOCALs unless `preamble`: for the later parts of
 * a lane sent as several strings (pg_run.c); each query whose bit (1 << qid)
 * is set in `unread` is sent so that it returns no row without running;
 * `scratch`: the schemas are a scratch load's, whose few relations are
 * found through an index (pg_sql.c's SCRATCH_RELS). */
char *pg_inspect_sql_part(const char *schemas_sql, const char *search_path, bool preamble, bool commit,
                          bool scratch, uint32_t unread, const int *qids, int nq);
/* The queries a read need not run (pg_inspect_sql_part's `unread`): with
 * views_only, those of what a view cannot have; reading back a scratch load
 * (opts->loaded), those of the kinds it created none of. */
uint32_t pg_unread_queries(const sc_inspect_opts *opts);
/* q with every $S replaced by schemas_sql (the ARRAY[...] literal of the
 * schemas read), for the queries run apart from the main read. Malloc'd. */
char *pg_sql_with_schemas(const char *q, const char *schemas_sql);
/* SELECT pg_export_snapshot(), <relations in the chosen schemas>: heap string. */
char *pg_count_sql(const char *schemas_sql);
/* Where pg_run_queries puts the results as they arrive, so that each is
 * turned into the model and freed at once instead of all being held until
 * the last one comes. take() owns r: a whole query's result, or, for the
 * large ones (the columns, and the second connection's constraints and
 * indexes), one row at a time (PGRES_SINGLE_TUPLE) then an empty
 * PGRES_TUPLES_OK. */
typedef struct pg_sink {
    /* false: the row cannot be built yet, and r is not taken; it is given
     * again later, and its connection is not read meanwhile */
    bool (*take)(void *arg, int qid, PGresult *r);
    void *arg;
} pg_sink;
/* Runs every query in one snapshot (pg_run.c), over two connections for
 * large catalogs, handing each result to the sink. With
 * opts->in_transaction, on conn alone inside the caller's transaction, which
 * is left open (and, on failure, aborted: the caller rolls it back). Returns
 * 0 once every result was taken, or -1 with an SC_ERR_DB error (the sink
 * may have taken some). */
int pg_run_queries(PGconn *conn, const char *schemas_sql, const sc_inspect_opts *opts, const pg_sink *sink,
                   sc_diags *d);
/* Every text value of res[] that holds one of from[i] gets to[i] instead
 * (pg_alias.c): a value that is exactly the name becomes the bare name, a
 * name inside a longer text (a type, an expression) its quoted form. For
 * reading scratch schemas back under the names they stand for; from[] must
 * be names that occur nowhere else (nor one inside another). */
void pg_unalias_results(PGresult **res, int nres, const char *const *from, const char *const *to,
                        size_t n);
/* The same for one text (a server message): heap string. */
char *pg_unalias_text(const char *text, const char *const *from, const char *const *to, size_t n);
/* The query with the schema part of its qualified relation, type and
 * schema.table.column names replaced by fn(schema, name, kind 'r' or 't',
 * arg) where that is not NULL (quoted as needed), found through
 * PostgreSQL's own parser (pg_requalify.c). An unqualified relation is told
 * to fn with a NULL schema (its answer is not used). Heap string; NULL when the
 * query does not parse (the caller loads it as it is and lets the server
 * say why). */
typedef const char *(*pg_requalify_fn)(const char *schema, const char *name, char kind, void *arg);
char *pg_requalify(const char *query, pg_requalify_fn fn, void *arg);
/* scratch_pg.c's first place alone: `m` loaded in scratch schemas of db's
 * own database, in a transaction always rolled back, and read back under
 * the real names. What `m` does not hold, the load reads from the database
 * itself (search_path: the stand-in of public, then public; names
 * qualified with a schema of `m` go to its stand-in only when `m` holds
 * them). Returns the model, or NULL with the reason in *why (heap). */
sc_model *pg_scratch_schemas(sc_db *db, const sc_model *m, const sc_inspect_opts *opts, char **why);
/* The same, each view (with its indexes and comments) created in a
 * subtransaction of its own (pg_put_guarded): one the server refuses is
 * left out of the model, with the views that read it, instead of failing
 * the load. For a load that may guess wrong (sc_pg_views_ahead). */
sc_model *pg_scratch_schemas_guarded(sc_db *db, const sc_model *m, const sc_inspect_opts *opts, char **why);
/* The declared functions of m that conn's database lacks (in a schema it
 * has), as statements for the scratch schemas' transaction, each created
 * in a subtransaction that leaves it out if it fails: heap string, or
 * NULL when there is none (scratch_pg_fns.c). */
char *pg_scratch_new_functions(PGconn *conn, const sc_model *m);
/* fns5 (issue 11): a DO block that renames aside (schemac_aside_<oid>) the
 * database's functions that share their schema and name with a declared
 * function of m it lacks (want[i]) and are not declared themselves: the
 * plan drops them, and beside the new overload they make a call ambiguous
 * (`tenant()` once `tenant(strict boolean default false)` is declared:
 * "function tenant() is not unique"). Each rename swallows its error.
 * Nothing when no want[i] is set. */
void pg_put_overloads_aside(struct sc_strbuf *b, const sc_model *m, const bool *want);
/* sql (one or more statements) as a DO block that runs it in a
 * subtransaction and swallows its error (scratch_pg_fns.c). */
/* A dollar-quote tag ("$schemac_<word><n>$") that text does not hold. */
void pg_dollar_tag(char *tag, size_t size, const char *word, const char *text);
void pg_put_guarded(sc_strbuf *b, const char *sql, const char *word);
/* types4 (issue 11): the declared functions of m whose arguments or result
 * name a type m declares (a stand-in of the scratch load) and that conn's
 * database has, as copies whose text renames the live one away and creates
 * the declared one in one guarded DO block, for sc_emit_ddl to write after
 * the types and before the tables (scratch_pg_retyped.c). A model (free
 * with sc_model_free), or NULL when there is none. Run before the
 * transaction's search_path names the stand-ins. */
sc_model *pg_scratch_retyped_functions(PGconn *conn, const sc_model *m);
/* Whether f's argument types or result hold, as a word, a key of `names`
 * (unquoted words folded to lower case). */
bool pg_fn_names_any(const sc_function *f, const sc_strmap *names);
/* The names of m's domains, composite and range types, enums and tables
 * (the stand-ins of a scratch load whose types a signature may name): a
 * map to free with sc_strmap_free. */
sc_strmap *pg_declared_type_names(const sc_model *m);
/* f (not an aggregate) names one of them in its signature: the scratch load
 * creates it after the stand-in types (pg_scratch_retyped_functions), not
 * ahead of them with the other new functions (pg_scratch_new_functions). */
bool pg_fn_over_declared_type(const sc_function *f, const sc_strmap *names);
/* The oids of the live functions of m whose want[i] is set (0: none), by
 * their declared identity under conn's current search_path: heap array of
 * m->functions.n, NULL when none exists. */
unsigned *pg_live_fn_oids(PGconn *conn, const sc_model *m, const bool *want);
/* One DO block (no ';') that renames the function of oid `oid` away
 * (schemac_retyped_<k>) and creates f from its text, swallowing the error
 * of either (both undone then): heap string. */
char *pg_retyped_fn_stmt(const sc_function *f, unsigned oid, size_t k);
/* types4 (issue 11): the statements that open sc_normalize_pg_routines'
 * transaction: each declared domain or composite type whose definition
 * the plan must rebuild (base type, attributes) created as declared in
 * place of the live one, then the declared functions whose signature
 * names one of them in place of the live ones, each guarded; so that the
 * triggers and bodies loaded after them are spelled under the new types
 * (scratch_pg_routines_retyped.c). Heap string, or NULL when none. */
char *pg_routines_retyped(PGconn *conn, const sc_model *live, const sc_model *declared);
/* The locks one transaction of ours may hold on conn's server without
 * starving the others: half the lock table's nominal size
 * (max_locks_per_transaction x max_connections); 0 when unknown. */
long pg_lock_budget(PGconn *conn);
/* Per query, builds its part of the model (pg_build.c, pg_build_index.c). */
void pg_build_schemas(pg_ctx *c, const PGresult *r, const char *const *want, size_t nwant);
void pg_build_enums(pg_ctx *c, const PGresult *r);
void pg_build_tables(pg_ctx *c, const PGresult *r);
/* Row i of PGQ_TABLES: t's partition key, parent and bound, INHERITS list
 * (pg_build_partition.c, issue 12 items 4-5). */
void pg_build_partitioning(pg_ctx *c, sc_table *t, const PGresult *r, int i);
void pg_build_views(pg_ctx *c, const PGresult *r);      /* pg_build_view.c */
void pg_build_policies(pg_ctx *c, const PGresult *r);   /* pg_build_policy.c */
void pg_build_extensions(pg_ctx *c, const PGresult *r); /* pg_build_ext.c */
void pg_build_collations(pg_ctx *c, const PGresult *r);
void pg_build_view_refs(pg_ctx *c, const PGresult *r);
/* Any run of whole relations' rows at a time (one row, in order, too). */
void pg_build_columns(pg_ctx *c, const PGresult *r);
/* A column's type from a PGQ_COLUMNS row (format_type, enums by the
 * catalog's names); `what` names the column in a warning. */
void pg_read_type(pg_ctx *c, const PGresult *r, int i, sc_type *out, const char *what);
void pg_build_constraints(pg_ctx *c, const PGresult *r);
void pg_build_indexes(pg_ctx *c, const PGresult *r);
void pg_build_names(pg_ctx *c, const PGresult *r);
void pg_build_sequences(pg_ctx *c, const PGresult *r);
void pg_build_comments(pg_ctx *c, const PGresult *r);
/* After every comment is read (they may come a row at a time): public
 * with no comment at all reads as comment '' */
void pg_build_public_comment(pg_ctx *c);
/* Domains, composite and range types, then their checks and attributes
 * (pg_build_utype.c). */
void pg_build_utypes(pg_ctx *c, const PGresult *r);
void pg_build_utype_parts(pg_ctx *c, const PGresult *r);
/* The objects the model does not hold, into `collect`, or (NULL) named
 * right away, one warning line per kind (pg_unmodelled.c). */
void pg_build_unmodelled(pg_ctx *c, const PGresult *r, sc_not_compared *collect);

/* issue 12: exclusion constraints (pg_build_exclusion.c), and the index
 * elements they share with indexes: columns 5, 7-11 and 15 of a
 * PGQ_INDEXES-shaped row (pg_build_index.c) */
void pg_build_exclusions(pg_ctx *c, const PGresult *r);
void pg_build_index_elems(pg_ctx *c, sc_index *ix, const pg_rel *rel, const PGresult *r, int row);

/* Field access: NULL for SQL NULL. */
static inline const char *pg_val(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

/* functions, procedures and triggers (pg_routines.c): read after the
 * main queries into m; 0, or -1 with an SC_ERR_DB error. */
int pg_read_routines(PGconn *conn, sc_model *m, const char *lit, const sc_inspect_opts *opts,
                     const char *const *from, const char *const *to, size_t nalias, sc_diags *d);
/* funcdeps (issue 11): the pg_depend query of what calls each function and
 * what SQL-standard bodies read, and its rows into m->fn_users (pg_fn_users.c). */
extern const char pg_q_fn_users[];
void pg_build_fn_users(sc_model *m, const PGresult *r);

/* privileges and ownership (pg_build_privilege.c): read after the main
 * queries into m, in one query; 0, or -1 with an SC_ERR_DB error. */
int pg_read_privileges(PGconn *conn, sc_model *m, const char *lit, const char *version_table,
                       sc_not_compared *collect, sc_diags *d);

/* funcdeps2 (pg_routines.c): an aggregate's CREATE AGGREGATE, built from
 * pg_aggregate: an SQL expression over pg_proc p, pg_namespace n (its
 * schema) and pg_aggregate ag (LEFT JOIN ON ag.aggfnoid = p.oid). The
 * scratch load reads declared aggregates back with it. */
extern const char pg_q_aggdef[];

/* funcdeps2 (scratch_pg.c): ddl loaded into a scratch database next to
 * db's (CREATEDB), fn run on its connection, the database dropped on every
 * path. fn's result, or -1 with the reason in *why (heap) when the load
 * failed. */
int pg_scratch_database_run(sc_db *db, const char *ddl, int (*fn)(PGconn *conn, void *arg), void *arg,
                            char **why);

/* What in a view's query a table's other columns could change
 * (view_shape.c): `wide` when it has `*`, NATURAL JOIN or a whole-row
 * reference (or does not parse); `names`, every name it writes, case-folded
 * (sc_view_shape_names asks). Free with sc_view_shape_free. */
typedef struct sc_view_shape {
    bool wide;
    sc_strmap *names;
} sc_view_shape;
void sc_view_shape_of(const char *query, sc_view_shape *s);
bool sc_view_shape_names(const sc_view_shape *s, const char *name);
void sc_view_shape_free(sc_view_shape *s);

#endif
