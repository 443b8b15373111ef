/* json_ext.h - extensions and collations in the JSON model (json_ext.c). */
#ifndef SC_JSON_EXT_H
#define SC_JSON_EXT_H

#include <jansson.h>

#include "model/model.h"

/* The "extensions" / "collations" arrays (new references), or NULL when the
 * model has none: a model without them reads as before they existed. */
json_t *sc_json_extensions(const sc_model *m);
json_t *sc_json_collations(const sc_model *m);

#endif
