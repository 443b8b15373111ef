/* bound_order.h - the server's order of partition bounds' text values
 * (parts6, issue 12). Owned by pipeline/bound_order.c. */
#ifndef SC_PIPELINE_BOUND_ORDER_H
#define SC_PIPELINE_BOUND_ORDER_H

#include "db/db.h"
#include "diff/diff.h"
#include "inspect/inspect.h"
#include "model/model.h"

/* Fills m->text_order from db (PostgreSQL; nothing otherwise): the text
 * values of m's partition bounds, each collation's sorted by the server,
 * so that the diff orders the partitions as PostgreSQL does. A collation
 * the server lacks is left out (a warning says the names foreseen may
 * differ when the diff needs its order). */
void sc_bound_order(sc_db *db, sc_model *m, sc_diags *d);

#endif
