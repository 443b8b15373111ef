/* diff.c - placeholder: its owner replaces this file. */
#include <stdlib.h>
#include <string.h>

#include "diff/diff.h"

void sc_diff_opts_init(sc_diff_opts *o, sc_dialect dialect)
{
    memset(o, 0, sizeof *o);
    o->dialect = dialect;
    o->compare_type = true;
    o->compare_server_default = true;
}
sc_plan *sc_diff(const sc_model *from, const sc_model *to, const sc_diff_opts *o, sc_diags *d)
{
    (void)from; (void)to; (void)o;
    sc_error(d, SC_ERR_UNSUPPORTED, "the diff engine is not built yet");
    return NULL;
}
void sc_plan_free(sc_plan *p) { (void)p; }
size_t sc_plan_count(const sc_plan *p) { (void)p; return 0; }
char *sc_plan_summary(const sc_plan *p) { (void)p; return strdup(""); }
size_t sc_plan_hazards(const sc_plan *p) { (void)p; return 0; }
