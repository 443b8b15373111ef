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

#include "model/diag.h"
#include "model/model.h"

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
/* memory (issue 10): the same for a text made in parts (sc_emit_json_to):
 * cli_out_open, then cli_out_write (an sc_emit_sink: 0, or -1 once a write
 * failed) for each part, then cli_out_close, which says what failed and,
 * for a file, renames the temp file over it only when all went well.
 * Each returns 0, or -1 with an SC_ERR_IO error. */
typedef struct cli_out {
    FILE *f;
    const char *path;   /* NULL: standard output */
    char *tmp;          /* the temp file renamed over path, or NULL */
    int err;            /* errno of the first failed write, 0 */
} cli_out;
int cli_out_open(cli_out *o, const char *path, int mode, sc_diags *d);
int cli_out_write(const char *s, size_t n, void *arg);
int cli_out_close(cli_out *o, sc_diags *d);

/* The word getopt_long just refused (after it returned '?'): "-x" for a
 * short option, else the argument as typed ("--frobnicate", "--sql=1"). */
const char *cli_bad_option(char **argv, int optind_now);
/* `--schema a --schema b` is `--schema a,b`, as pg_dump's -n repeats: prev
 * (NULL the first time) and more joined. The list lives until the process
 * exits. */
const char *cli_schema_join(const char *prev, const char *more);

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
