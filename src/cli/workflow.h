/* workflow.h - what the revision commands (cmd_workflow.c, cmd_revision.c,
 * cmd_migrate.c, cmd_history.c) share: options, configuration, the graph. */
#ifndef SC_CLI_WORKFLOW_H
#define SC_CLI_WORKFLOW_H

#include <stdbool.h>
#include <time.h>

#include "db/db.h"
#include "model/diag.h"
#include "revision/apply.h"
#include "revision/config.h"
#include "revision/graph.h"

typedef struct wf_ctx {
    const char *cmd;
    /* options */
    const char *config_path, *url_flag, *message, *rev_id, *head, *dialect_flag, *schema_flag;
    const char *rev_range;   /* history -r START:END */
    bool splice, sql, allow_empty, verbose, indicate_current, purge, strict;
    char **args;   /* positionals */
    int nargs;
    /* state */
    sc_config cfg;
    bool cfg_loaded;
    sc_source url;   /* cfg.url (after DATABASE_URL and --url), classified once */
    char *versions_dir;
    sc_graph g;
    sc_vtable vt;
    sc_diags d;
    bool with_privileges;   /* --with-privileges (diff, check) */
} wf_ctx;

/* Loads schemac.ini (-c, $SCHEMAC_CONFIG, ./schemac.ini) and applies
 * DATABASE_URL and --url. Returns 0 or -1 (errors in ctx->d). */
int wf_load_config(wf_ctx *c);
/* wf_load_config + the versions folder's graph. */
int wf_load_graph(wf_ctx *c);
/* The dialect: --dialect, then the config's, then the URL's scheme. */
int wf_dialect(wf_ctx *c, sc_dialect *out);
/* Opens the database (URL required). Commands that only read (current,
 * check, history, show) pass SC_DB_READONLY: a SQLite file they may not
 * write, or on a read-only mount, works. */
int wf_open(wf_ctx *c, int flags, sc_db **db, sc_rconn *rc);
/* Warns about applied revision files edited since (revision/sums.h): an
 * error with --strict. Returns 0, or -1 when the command must stop. */
int wf_verify_sums(wf_ctx *c, sc_rconn *conn);
/* "now": SCHEMAC_NOW (epoch seconds or "YYYY-MM-DD HH:MM:SS" UTC) or the clock. */
time_t wf_now(void);
/* Writes a new revision file and prints "Generating PATH ... done". */
int wf_write_revision(wf_ctx *c, const char *const *parents, size_t nparents, const char *message,
                      const char *up, const char *down);
/* Parents for a new revision: --head or the single head (none when empty). */
int wf_new_parents(wf_ctx *c, int *parents, size_t *n);

int wf_init(wf_ctx *c);
int wf_revision(wf_ctx *c);
int wf_merge(wf_ctx *c);
int wf_autogenerate(wf_ctx *c, bool check_only);
int wf_upgrade(wf_ctx *c, bool down);
int wf_stamp(wf_ctx *c);
int wf_current(wf_ctx *c);
int wf_history(wf_ctx *c);
int wf_heads(wf_ctx *c);
int wf_branches(wf_ctx *c);
int wf_show(wf_ctx *c);

#endif
