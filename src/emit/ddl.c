/* ddl.c - placeholder: its owner replaces this file. */
#include "emit/emit.h"

char *sc_emit_ddl(const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    (void)m; (void)dialect;
    sc_error(d, SC_ERR_UNSUPPORTED, "the DDL emitter is not built yet");
    return NULL;
}
