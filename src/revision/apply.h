/* apply.h - running revisions against a live database (online mode).
 *
 * Each revision runs in its own transaction together with its version-table
 * update (PostgreSQL: BEGIN; SQLite: BEGIN IMMEDIATE), so that a failing
 * statement rolls the whole revision back. Concurrent runs are serialised
 * (PostgreSQL: an advisory lock on the version table's name; SQLite: its
 * write lock), and the version table is read again inside each transaction,
 * so that no revision is ever applied twice. Statements after a
 * "-- schemac:no-transaction" marker run on their own, between commits. */
#ifndef SC_REV_APPLY_H
#define SC_REV_APPLY_H

#include <stdbool.h>

#include "model/diag.h"
#include "revision/conn.h"
#include "revision/graph.h"
#include "revision/version.h"

typedef struct sc_apply_opts {
    const sc_vtable *vt;
    bool transaction_per_migration;   /* false: one transaction for the whole run */
    /* Called before each revision runs (the CLI prints "Running upgrade ..."). */
    void (*progress)(void *ud, const sc_graph *g, int rev, bool down);
    void *ud;
} sc_apply_opts;

/* upgrade (down == false) to target, or downgrade. *count receives the
 * number of revisions run. Returns 0, or -1 with errors (SC_ERR_MIGRATION
 * for a failing statement, located in the revision file). */
int sc_apply(sc_rconn *c, const sc_graph *g, const char *target, bool down,
             const sc_apply_opts *o, size_t *count, sc_diags *d);

/* Records target (head, heads, base, a revision) as the database's state
 * without running anything. */
int sc_stamp(sc_rconn *c, const sc_graph *g, const char *target, const sc_apply_opts *o, sc_diags *d);

/* Reads the database's heads as graph indices (heap array in *heads). */
int sc_current_heads(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, int **heads, size_t *n,
                     sc_diags *d);

#endif
