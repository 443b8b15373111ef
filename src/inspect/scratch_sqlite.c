/* scratch_sqlite.c - placeholder: its owner replaces this file. */
#include "inspect/inspect.h"

sc_model *sc_normalize_sqlite(const sc_model *declared, sc_diags *d)
{
    (void)declared;
    sc_warn(d, "expressions were compared as text (no in-memory SQLite yet)");
    return NULL;
}
