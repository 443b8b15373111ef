/* scratch_pg.c - placeholder: its owner replaces this file. */
#include "inspect/inspect.h"

sc_model *sc_normalize_pg(sc_db *db, const sc_model *declared, const sc_inspect_opts *opts, sc_diags *d)
{
    (void)db; (void)declared; (void)opts;
    sc_warn(d, "expressions were compared as text (no scratch database yet)");
    return NULL;
}
