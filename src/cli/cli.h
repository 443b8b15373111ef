/* cli.h - the schemac command: the only code that prints to the user or
 * decides an exit code.
 *
 * Exit codes (documented in README.md):
 *   0  success (check: the database matches the schema)
 *   1  check: the database and the schema differ
 *   2  usage error (bad command line)
 *   3  input error (DSL, JSON, revision file, config), with file:line:col
 *   4  database error (unreachable, authentication, no such database, ...)
 *   5  a migration statement failed (rolled back)
 *   6  the dialect cannot express what the schema asks for
 *   7  I/O error (a file could not be read or written)
 */
#ifndef SC_CLI_H
#define SC_CLI_H

#include <stdio.h>

#include "diff/diff.h"
#include "inspect/inspect.h"
#include "model/diag.h"

enum {
    SC_EXIT_OK = 0,
    SC_EXIT_DIFFERS = 1,
    SC_EXIT_USAGE = 2,
    SC_EXIT_INPUT = 3,
    SC_EXIT_DB = 4,
    SC_EXIT_MIGRATION = 5,
    SC_EXIT_UNSUPPORTED = 6,
    SC_EXIT_IO = 7,
};

/* Prints every diagnostic to stderr (with carets) and returns the exit code
 * for the first error, or SC_EXIT_OK when there is none. */
int cli_report(const sc_diags *d);
int cli_exit_code(sc_errkind kind);
/* Prints "schemac CMD: MSG" to stderr and returns SC_EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes text to path atomically (temp file + rename) or to stdout when
 * path is NULL or "-". Returns 0, or -1 with an SC_ERR_IO error. */
int cli_write_output(const char *path, const char *text, sc_diags *d);
/* The same, the new file created with mode (0600: a file that holds a
 * password; umask applies). */
int cli_write_output_mode(const char *path, const char *text, int mode, sc_diags *d);

/* The declared model on the database's own terms (server_terms.c): the
 * tables whose declaration differs from `live` in a way the server's
 * spelling could settle are loaded into scratch schemas or an in-memory
 * database (sc_normalize_pg / sc_normalize_sqlite) and read back;
 * the rest stay as declared; with io->schemas, only those schemas of the
 * declared side take part. Returns the model to diff `live` against
 * (`declared` itself when nothing differs or the scratch load fails, with
 * warnings in d), or NULL when even the text diff fails. The models it
 * makes are kept in *keep: cli_terms_free() after the diff. */
typedef struct cli_terms {
    struct sc_model *filtered, *sub, *norm, *spliced;
    struct sc_model *views;   /* declared views re-read (sc_normalize_pg_views), or NULL */
    struct sc_model *routines;   /* declared functions and triggers re-read (sc_normalize_pg_routines), or NULL */
} cli_terms;
const struct sc_model *cli_server_terms(struct sc_db *db, sc_dialect dialect,
                                        const struct sc_model *live, const struct sc_model *declared,
                                        const struct sc_inspect_opts *io, const struct sc_diff_opts *o,
                                        cli_terms *keep, sc_diags *d);
void cli_terms_free(cli_terms *t);

/* The schemas a comparison covers (scope.c): "public" and every schema a
 * declared model uses (cli_declared_schemas); with include "all", also
 * every user schema of the databases dbs[0..ndb) (at most 2); another
 * include is a comma list of names, taken as it is. The returned array is
 * heap (free it); its names point into the models and into *keep
 * (cli_scope_free). NULL with an error when a database cannot list them. */
typedef struct cli_scope_keep {
    char *text;
    char **listed[2];   /* with include "all": dbs[i]'s own user schemas ... */
    size_t nlisted[2];  /* ... and how many */
} cli_scope_keep;
size_t cli_declared_schemas(const struct sc_model *m, const char ***out);
const char **cli_schema_scope(struct sc_db *const *dbs, size_t ndb, const struct sc_model *const *declared,
                              size_t ndecl, const char *include, size_t *n, cli_scope_keep *keep,
                              sc_diags *d);
void cli_scope_free(cli_scope_keep *keep);

int cmd_compile(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_diff(int argc, char **argv);      /* diff --from/--to, or diff -m (autogenerate) */
int cmd_workflow(int argc, char **argv);  /* init, revision, upgrade, downgrade, current, ... */
/* Where schemac spells something otherwise than Alembic (alembic.c): the
 * hint for Alembic's command cmd, or its option opt of cmd (opt NULL: the
 * command itself); NULL when there is none. */
const char *cli_alembic_hint(const char *cmd, const char *opt);
/* A workflow command's --help (cmd_workflow.c), to f. */
int cli_workflow_help(const char *name, FILE *f);

#endif
