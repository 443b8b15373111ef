/* ddl_internal.h - helpers shared by the DDL emitter's files (not public). */
#ifndef SC_DDL_INTERNAL_H
#define SC_DDL_INTERNAL_H

#include "emit/ddl.h"

/* "(a, b)" with quoting. */
void sc_ddl_names(sc_strbuf *b, const sc_names *n, sc_dialect dialect);

/* What SQLite cannot express, reported as SC_ERR_UNSUPPORTED naming the
 * object. Each returns 0, or -1 after adding errors. */
int sc_ddl_sqlite_check_table(const sc_table *t, sc_diags *d);
int sc_ddl_sqlite_check_column(const sc_table *t, const sc_column *c, sc_diags *d);
/* SQLite table options: WITHOUT ROWID needs a PK and no rowid alias,
 * AUTOINCREMENT needs the rowid alias (STRICT's column types are checked by
 * sc_ddl_sqlite_check_column, also for ADD COLUMN). 0, or -1 with errors. */
int sc_ddl_sqlite_check_options(const sc_table *t, sc_diags *d);
/* A STRICT table's declared type for column c (INTEGER, REAL, TEXT, BLOB,
 * ANY), or NULL when SQLite would refuse c's type there. */
const char *sc_ddl_sqlite_strict_type(const sc_column *c);
/* SQLite: writes the column's type as declared (read from SQLite, or the
 * DSL's text) and returns true; false when there is no declared text to
 * write as it is (the caller writes the model's type). docs/sqlite.md. */
bool sc_ddl_sqlite_declared_type(sc_strbuf *b, const sc_table *t, const sc_column *c);
/* The SQLite-only type `any` for another dialect: an error. 0, or -1. */
int sc_ddl_check_sqlite_only_type(const sc_table *t, const sc_column *c, sc_dialect dialect, sc_diags *d);
/* The primary key to write on column c with AUTOINCREMENT, or NULL. */
const sc_constraint *sc_ddl_sqlite_autoinc_pk(const sc_table *t, const sc_column *c);
int sc_ddl_sqlite_check_index(const sc_table *t, const sc_index *ix, sc_diags *d);

/* ---- issue 12: exclusion constraints, constraint indexes ---- */
/* " (name=value, ...)": storage or operator class parameters (ddl_table.c). */
void sc_ddl_params(sc_strbuf *b, const sc_names *p);
/* An index's elements, an exclusion's with WITH op (ddl_table.c). */
void sc_ddl_index_elems(sc_strbuf *b, const sc_index_elem *elems, size_t n, sc_dialect dialect);
/* " USING method (elements) INCLUDE (...)" of an index (ddl_table.c) */
void sc_ddl_index_body(sc_strbuf *b, const sc_index *ix, sc_dialect dialect);
/* " WITH (...) USING INDEX TABLESPACE t" of a key's or exclusion's index
 * (PostgreSQL; nothing for SQLite) (ddl_exclusion.c). */
void sc_ddl_con_index(sc_strbuf *b, const sc_constraint *con, sc_dialect dialect);
/* "EXCLUDE [USING m] (e WITH op, ...) [INCLUDE (..)] [WITH (..)] [USING
 * INDEX TABLESPACE t] [WHERE (..)]" (ddl_exclusion.c). */
void sc_ddl_exclusion(sc_strbuf *b, const sc_constraint *con, sc_dialect dialect);

#endif
