/* sqlite.c - placeholder: its owner replaces this file. */
#include "inspect/inspect.h"

sc_model *sc_inspect_sqlite(struct sqlite3 *db, const sc_inspect_opts *opts, sc_diags *d)
{
    (void)db; (void)opts;
    sc_error(d, SC_ERR_DB, "SQLite inspection is not built yet");
    return NULL;
}
