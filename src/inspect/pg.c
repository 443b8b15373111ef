/* pg.c - placeholder: its owner replaces this file. */
#include "inspect/inspect.h"

sc_model *sc_inspect_pg(struct pg_conn *conn, const sc_inspect_opts *opts, sc_diags *d)
{
    (void)conn; (void)opts;
    sc_error(d, SC_ERR_DB, "PostgreSQL inspection is not built yet");
    return NULL;
}
