/* migration.c - placeholder: its owner replaces this file. */
#include <stdlib.h>
#include <string.h>

#include "emit/migration.h"

char *sc_emit_plan(const sc_plan *p, sc_dialect dialect, bool down, sc_diags *d)
{
    (void)p; (void)dialect; (void)down;
    sc_error(d, SC_ERR_UNSUPPORTED, "the migration emitter is not built yet");
    return NULL;
}
char *sc_emit_plan_json(const sc_plan *p) { (void)p; return strdup("[]\n"); }
