/* key_types.h - the server's type and collation of each partition key
 * expression of a model (parts7, issue 12). Owned by pipeline/key_types.c. */
#ifndef SC_PIPELINE_KEY_TYPES_H
#define SC_PIPELINE_KEY_TYPES_H

#include "db/db.h"
#include "model/diag.h"
#include "model/model.h"

/* Fills m->key_types from db (PostgreSQL; nothing otherwise) for each key
 * element of m's partitioned tables that is not a plain column. One the
 * server refuses (a function or type the plan creates) is left out, with a
 * warning. */
void sc_key_types(sc_db *db, sc_model *m, sc_diags *d);

#endif
