/* inspect.c - placeholder: its owner replaces this file. */
#include "inspect/inspect.h"

sc_model *sc_inspect(sc_db *db, const sc_inspect_opts *opts, sc_diags *d)
{
    (void)db; (void)opts;
    sc_error(d, SC_ERR_DB, "inspection is not built yet");
    return NULL;
}
