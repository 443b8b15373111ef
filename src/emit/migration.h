/* migration.h - a diff plan -> SQL for one dialect.
 *
 * The script is grouped and commented per table, one statement per line (or
 * aligned block), each terminated by ";". A statement that must run outside
 * a transaction block is preceded by the line
 *     -- schemac:no-transaction
 * and data-loss hazards by a line "-- HAZARD: ...". */
#ifndef SC_MIGRATION_H
#define SC_MIGRATION_H

#include <stdbool.h>

#include "diff/diff.h"
#include "model/diag.h"

/* The up script (down == false) or the down script. Heap string, "" when
 * the plan is empty; NULL with errors in d when the dialect cannot do it. */
char *sc_emit_plan(const sc_plan *p, sc_dialect dialect, bool down, sc_diags *d);

/* The same as a script to run as it is (`diff --sql`, for psql -f): when it
 * holds a statement that must run outside a transaction block, each run of
 * the other statements is put between BEGIN; and COMMIT; (PostgreSQL; a
 * SQLite rebuild keeps its own SAVEPOINT). A script without one is the same
 * as sc_emit_plan's. Revision files take sc_emit_plan's: the runner keeps
 * the transactions. */
char *sc_emit_plan_script(const sc_plan *p, sc_dialect dialect, bool down, sc_diags *d);

/* Operations as JSON (an array). Heap string. */
char *sc_emit_plan_json(const sc_plan *p);

#endif
