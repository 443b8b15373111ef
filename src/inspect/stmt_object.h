/* stmt_object.h - the declared object a DDL statement writes (stmt_object.c). */
#ifndef SC_INSPECT_STMT_OBJECT_H
#define SC_INSPECT_STMT_OBJECT_H

#include "model/model.h"

/* "table t", "index ix of table s.t", "view v" ... (an index's, trigger's
 * or policy's table named) with *loc the declaration in `declared` (an
 * index's own when it has one), or NULL when the statement does not say.
 * Heap string. */
char *sc_stmt_object(const sc_model *declared, const char *stmt, sc_loc *loc);
/* stmt on one line (blanks squeezed), cut after about 300 bytes with
 * " ...", for a message. Heap string. */
char *sc_stmt_one_line(const char *stmt);

#endif
