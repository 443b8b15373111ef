/* inspect.h - a live database's catalog -> the model the DSL produces. */
#ifndef SC_INSPECT_H
#define SC_INSPECT_H

#include <stdbool.h>
#include <stddef.h>

#include "db/db.h"
#include "model/diag.h"
#include "model/model.h"

/* What inspections found and the model does not hold, gathered so that it
 * is named once (not_compared.c): the schemas of one database read in two
 * rounds, or two databases compared, give one line per kind, each object
 * once. */
typedef struct sc_not_compared sc_not_compared;
sc_not_compared *sc_not_compared_new(void);
void sc_not_compared_add(sc_not_compared *nc, const char *kind, const char *plural, const char *name);
/* One SC_NOT_COMPARED warning per kind into d, kinds and names sorted (C
 * order), the first five names shown and the rest counted. */
void sc_not_compared_warn(sc_not_compared *nc, sc_diags *d);
void sc_not_compared_free(sc_not_compared *nc);

typedef struct sc_inspect_opts {
    const char *const *schemas;   /* PostgreSQL schemas to read; NULL/0: "public" */
    size_t nschemas;
    const char *version_table;    /* skipped, and <version_table>_checksums too; NULL: "schemac_version" */
    /* PostgreSQL, for reading back a scratch load (scratch_pg.c): */
    const char *const *schema_names;  /* parallel to schemas: the name each gets in the model and in
                                         expression text; NULL: its own */
    const char *search_path;      /* SQL list the catalog is deparsed under; NULL: "public" */
    bool in_transaction;          /* read inside the caller's open transaction (seeing its uncommitted
                                     DDL) on this one connection, committing nothing */
    bool views_only;              /* only the views are wanted (a scratch load of views over live
                                     tables): what they cannot have is not read, nor are routines */
    const sc_model *loaded;       /* what a scratch load created, when reading it back: a kind it
                                     holds none of (views, types, policies, ...) is not read */
    sc_not_compared *not_compared; /* PostgreSQL: what the model cannot hold goes here, for the caller
                                      to name (sc_not_compared_warn); NULL: named in d right away */
    /* PostgreSQL: privileges and ownership read into the model
     * (pg_build_privilege.c) instead of named as not compared */
    bool privileges;
    /* PostgreSQL: the schemas a declared side compared with this database
     * uses; one of them the database lacks is one the plan creates, so it
     * is not warned about as missing (a schema named otherwise is) */
    const char *const *planned;
    size_t nplanned;
} sc_inspect_opts;

/* Reads the whole catalog in a fixed number of bulk queries. Objects the
 * model does not hold yet (functions, triggers, domains, grants, ...) are
 * named in warnings of d, one per kind, each starting with SC_NOT_COMPARED
 * ("not compared: 3 functions (public.f(integer), ...)"), so that a caller
 * can tell whoever reads its verdict what the verdict leaves out.
 * Returns the model (finished and sorted), or NULL. */
#define SC_NOT_COMPARED "not compared: "
/* The number of SC_NOT_COMPARED warnings in d. */
size_t sc_inspect_not_compared(const sc_diags *d);
sc_model *sc_inspect(sc_db *db, const sc_inspect_opts *opts, sc_diags *d);

/* The user schemas of the database, by name (PostgreSQL: all but the system
 * schemas and those of extensions; SQLite: "public"). One heap block: free()
 * it. NULL with an SC_ERR_DB error when the query fails. */
char **sc_inspect_schema_names(sc_db *db, size_t *n, sc_diags *d);

/* schemac's own bookkeeping, which is part of no one's schema: the version
 * table and its checksums table (revision/sums.h). */
bool sc_inspect_is_bookkeeping(const char *name, const char *version_table);

sc_model *sc_inspect_pg(struct pg_conn *conn, const sc_inspect_opts *opts, sc_diags *d);
sc_model *sc_inspect_sqlite(struct sqlite3 *db, const sc_inspect_opts *opts, sc_diags *d);

/* "Comparison on the server's own terms": loads a declared model into a
 * scratch place and reads it back with the same catalog queries, so that
 * diffing it against an inspected database compares the server's own
 * spellings (format_type, pg_get_expr, ...), never the user's.
 *  - PostgreSQL (scratch_pg.c): scratch schemas created inside a
 *    transaction on db's own connection that is always rolled back; when
 *    that cannot be had (no CREATE privilege, a load too large for one
 *    transaction's locks), a temporary database created and dropped next
 *    to db's; when neither, returns NULL with a warning in d and the caller
 *    falls back to comparing text.
 *  - SQLite (scratch_sqlite.c): an in-memory database.
 * Returns the re-inspected model, or NULL. */
sc_model *sc_normalize_pg(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, sc_diags *d);
sc_model *sc_normalize_sqlite(const sc_model *declared, sc_diags *d);

/* Declared views on PostgreSQL's terms, for the diff to call with the views
 * whose text differs from the database's (scratch_pg_views.c): views[0..n)
 * (of `declared`) are loaded by sc_normalize_pg together with what they
 * read, transitively: the tables and views their refs name (a view without
 * refs_known: the relations its query names, found by PostgreSQL's
 * parser) and the enums those use; the tables go bare (columns and primary
 * key: no defaults, checks, foreign keys, indexes or comments, which change
 * nothing a view prints and would cost load time and locks). Returns the
 * re-read model, which the caller frees: each given view is there under its
 * own name, its query as pg_get_viewdef(oid, true) spells it (read under a
 * search_path equivalent to the live side's, so that the same view prints
 * the same text on both), its column types and refs the catalog's; the
 * views loaded with it are there too, and the bare tables. NULL as sc_normalize_pg
 * (the caller compares the declared text and says so). With `live` (the
 * model read from db, or NULL), the views are first loaded in scratch
 * schemas of db's database reading the live tables wherever those are the
 * same as the declared ones (columns and primary key) with the same enums:
 * only what differs is loaded, and the model holds those tables only.
 * `declared` and `live` must outlive the call only. */
sc_model *sc_normalize_pg_views(sc_db *db, const sc_model *declared, const sc_model *live,
                                const sc_view *const *views, size_t n, const sc_inspect_opts *opts, sc_diags *d);
/* Ahead of the catalog (scratch_pg_views.c; issue 10, speed): the views of
 * `declared` whose text cannot be pg_get_viewdef's (a reserved keyword in
 * small letters), with what they read, created in scratch schemas of db's
 * database over the live relations as they are (nothing loaded), and read
 * back as sc_normalize_pg_views reads them; meant for a connection of its
 * own while another reads the catalog. NULL when no view differs or that
 * load cannot be had (a view the server refuses, too many locks, domains or
 * composite types declared), without a message: sc_normalize_pg_views says
 * what it has to. The caller frees the model. */
sc_model *sc_pg_views_ahead(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts);
/* Which of views[0..n) (of `declared`) cannot take their spelling from
 * `ahead` (sc_pg_views_ahead's model, or NULL) now that `live` is known:
 * those it lacks, and those that read, transitively, a table or enum that
 * sc_normalize_pg_views would load (one that differs from the live one).
 * They are put in out (n slots); returns how many. *standing gets a model
 * (the caller frees it; it shares ahead's views, so ahead must outlive it)
 * of the views whose spelling stands: those of views[0..n) and of what
 * they read, as sc_normalize_pg_views would return them; NULL without
 * ahead. */
size_t sc_pg_views_not_ahead(const sc_model *declared, const sc_model *live, const sc_model *ahead,
                             const sc_view *const *views, size_t n, const sc_view **out, sc_model **standing);

/* Declared functions, procedures and triggers on PostgreSQL's terms
 * (scratch_pg_routines.c): those whose text differs from the live one of
 * the same identity are created in a rolled-back transaction (the live one
 * renamed out of the way) and read back with pg_get_functiondef /
 * pg_get_triggerdef under opts->search_path. Returns a model that shares
 * every other object of `declared` (which must outlive it) with those
 * routines in the server's spelling, or NULL when none needed it. What does
 * not load is compared as written, with a warning. */
sc_model *sc_normalize_pg_routines(sc_db *db, const sc_model *live, const sc_model *declared,
                                   const sc_inspect_opts *opts, sc_diags *d);

/* privileges and ownership (pg_roles.c): every role that declared's grants,
 * owners and default privileges name exists on db (PostgreSQL; one query).
 * Returns 0, or -1 with one located SC_ERR_INPUT error per missing role. */
int sc_inspect_check_roles(sc_db *db, const sc_model *declared, sc_diags *d);

/* parts6 (pg_sort_texts.c): values sorted as the server sorts them under
 * a collation (collation_sql, as SQL spells it after COLLATE; NULL: the
 * database's default): order[k] is the index in values of the k-th. 0 when
 * sorted; 1 when not (no PostgreSQL, a collation the server lacks, a
 * failed query: a warning in d). */
int sc_pg_sort_texts(sc_db *db, const char *collation_sql, const char *const *values, size_t n, size_t *order,
                     sc_diags *d);

/* parts7 (pg_key_type.c): the type (format_type, a domain as its base
 * type) and collation (pg_collation_for's spelling; NULL for a type
 * without one) of partition key expression expr over a row of typed NULLs
 * (columns_sql: `NULL::integer AS "a", ...`). 0 when read; 1 when not (no
 * PostgreSQL, the server refused it: a warning in d). An open transaction
 * stays usable (a savepoint). */
int sc_pg_key_expr_type(sc_db *db, const char *columns_sql, const char *expr, sc_arena *a, const char **type,
                        const char **collation, sc_diags *d);

/* funcdeps2 (scratch_pg_fn_users.c): what calls each function of a
 * declared model, and what its SQL-standard bodies read, from pg_depend:
 * the whole model `declared` (without its privileges, which are put back)
 * is loaded into a scratch database next to db's and the catalog's list
 * read there into into->fn_users (fn_users_known set; `into` is declared
 * or a model made of it, such as the server's terms). The server is the
 * parser: it tells overloads apart where the text cannot. Costs a load of
 * the whole schema, so the caller asks only when a function the plan
 * re-creates has users. 0, or -1 with a warning in d (the list stays
 * unknown). */
int sc_pg_declared_fn_users(sc_db *db, sc_model *declared, sc_model *into, sc_diags *d);

#endif
