/* refuse.h - what a dialect cannot express (refuse.c). */
#ifndef SC_REFUSE_H
#define SC_REFUSE_H

#include <stddef.h>

#include "model/diag.h"
#include "model/model.h"

/* ---- what a dialect cannot express (refuse.c) --------------------------- *
 * One error per object of m that `dialect` has no way to hold (SQLite:
 * extensions, collations created by the user; functions, domains and
 * composite types join the list in refuse.c), each SC_ERR_UNSUPPORTED
 * (exit 6) at the object's place. Returns how many were refused. Used by
 * `compile` (sc_emit_ddl) and by diff (sc_diff) before anything is
 * written, so that nothing is silently dropped. */
size_t sc_dialect_refuse(const sc_model *m, sc_dialect dialect, sc_diags *d);

#endif
