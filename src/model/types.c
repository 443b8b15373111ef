/* types.c - placeholder: its owner replaces this file. */
#include <string.h>

#include "model/model.h"

int sc_type_parse(sc_arena *a, const char *text, sc_type *out, const char **err)
{
    memset(out, 0, sizeof *out);
    out->name = sc_arena_strdup(a, text);
    *err = NULL;
    return 0;
}

const char *sc_type_format(sc_arena *a, const sc_type *t)
{
    return sc_arena_strdup(a, t->name);
}

bool sc_type_equal(const sc_type *x, const sc_type *y)
{
    return strcmp(x->name, y->name) == 0;
}
