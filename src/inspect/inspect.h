/* inspect.h - a live database's catalog -> the model the DSL produces. */
#ifndef SC_INSPECT_H
#define SC_INSPECT_H

#include <stddef.h>

#include "db/db.h"
#include "model/diag.h"
#include "model/model.h"

typedef struct sc_inspect_opts {
    const char *const *schemas;   /* PostgreSQL schemas to read; NULL/0: "public" */
    size_t nschemas;
    const char *version_table;    /* skipped; NULL: "schemac_version" */
} sc_inspect_opts;

/* Reads the whole catalog in a fixed number of bulk queries. Objects the
 * model does not hold yet (views, functions, triggers, ...) are listed as
 * warnings in d. Returns the model (finished and sorted), or NULL. */
sc_model *sc_inspect(sc_db *db, const sc_inspect_opts *opts, sc_diags *d);

sc_model *sc_inspect_pg(struct pg_conn *conn, const sc_inspect_opts *opts, sc_diags *d);
sc_model *sc_inspect_sqlite(struct sqlite3 *db, const sc_inspect_opts *opts, sc_diags *d);

#endif
