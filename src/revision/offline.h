/* offline.h - `upgrade/downgrade --sql`: the whole script on stdout, as
 * Alembic prints it, without a connection:
 *
 *   -- version table creation when starting from base
 *   -- Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, add users table
 *   BEGIN;
 *   <the revision's SQL, as written>
 *   UPDATE schemac_version SET version_num = '3f2a9c1b7d4e' WHERE ...;
 *   COMMIT;
 *
 * Upgrade targets: TARGET (from base) or FROM:TO. Downgrades need FROM:TO
 * (there is no database to say where they start). */
#ifndef SC_REV_OFFLINE_H
#define SC_REV_OFFLINE_H

#include <stdbool.h>

#include "model/diag.h"
#include "model/strbuf.h"
#include "revision/graph.h"
#include "revision/version.h"

typedef struct sc_offline_opts {
    const sc_vtable *vt;
    sc_dialect dialect;
    bool transaction_per_migration;
} sc_offline_opts;

int sc_offline_script(sc_strbuf *out, const sc_graph *g, const char *spec, bool down,
                      const sc_offline_opts *o, sc_diags *d);

#endif
