/* json_utype.h - one domain, composite or range type as a JSON object
 * (json_utype.c; internal to src/emit). */
#ifndef SC_JSON_UTYPE_H
#define SC_JSON_UTYPE_H

#include <jansson.h>

#include "model/model.h"

/* A new reference, keys in a fixed order (docs/json.md, "types"). */
json_t *sc_json_utype(const sc_utype *u);

#endif
