/* names.c - schema names as the model writes them: a schema left out
 * (NULL) is the default one, so `public.t` and `t` name the same object. */
#include <string.h>

#include "model/model.h"

const char *sc_schema_or_default(const char *schema)
{
    return schema ? schema : SC_DEFAULT_SCHEMA;
}

bool sc_schema_same(const char *x, const char *y)
{
    return !strcmp(sc_schema_or_default(x), sc_schema_or_default(y));
}
