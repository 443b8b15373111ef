/* late_columns.h - fns6 (issue 11): columns added after CREATE TABLE.
 * A generated column that calls a function over its own table's row type
 * cannot be in CREATE TABLE (the function can exist only once the table
 * does) and PostgreSQL 15 cannot make a column generated in place: it is
 * added after the function, and ALTER TABLE ... ADD COLUMN puts it last.
 * The diff (diff/table_fn_columns.c) and compile (emit/ddl_rowtype_cols.c)
 * ask the same question here and say the same error. */
#ifndef SC_LATE_COLUMNS_H
#define SC_LATE_COLUMNS_H

#include <stddef.h>

#include "model/diag.h"
#include "model/model.h"

/* Of cols[0..n) (columns of t, in t's order), the first that cannot be
 * added last: another column of t comes after it, or a key, check or
 * index of t (written with CREATE TABLE) names it. NULL when none. */
const sc_column *sc_late_columns_refused(const sc_table *t, const sc_column *const *cols, size_t n);
/* The located error for col of t (d may be NULL: nothing). */
void sc_late_column_error(sc_diags *d, const sc_table *t, const sc_column *col);

#endif
