/* parser.h - the schema DSL (.sch) -> model.
 *
 * The parser is reentrant (no globals): every call has its own scanner and
 * parse state. It knows nothing of SQL dialects. */
#ifndef SC_PARSER_H
#define SC_PARSER_H

#include <stddef.h>

#include "model/diag.h"
#include "model/model.h"

/* Parses one source text and adds its objects to m. Syntax errors are
 * reported with file:line:col. Does not name or validate: see sc_load_schema.
 * Returns 0, or -1 with errors in d. */
int sc_parse_text(sc_model *m, const char *path, const char *text, size_t len, sc_diags *d);
/* The same for a heap text (NUL-terminated) that the model takes over
 * instead of copying it: freed with the model, whatever the result. */
int sc_parse_text_owned(sc_model *m, const char *path, char *text, size_t len, sc_diags *d);
/* memory (issue 10): the same for a text mapped from its file (mmap of
 * len + 1 bytes, NUL-terminated by its page's zero fill): the model unmaps it. */
int sc_parse_text_mapped(sc_model *m, const char *path, const char *text, size_t len, sc_diags *d);

/* Parses a .sch file, or every *.sch of a folder (sorted by name, not
 * recursive), into m, without finishing it. Returns 0, or -1. */
int sc_parse_path(sc_model *m, const char *path, sc_diags *d);

/* Applies the naming convention to unnamed constraints and indexes, fills
 * the refs of declared views (sc_view_refs), then sc_model_validate(), the
 * columns checks read (sc_check_refs), the
 * block-resolved names of view queries (sc_view_qualify) and sc_model_sort().
 * Returns 0, or -1. */
int sc_model_finish(sc_model *m, sc_diags *d);

/* What each view of m whose refs are not known yet reads, from its query's
 * parse tree (libpg_query; view_refs.c): relations, columns, enum types and
 * functions, with unqualified names resolved in the view's schema block,
 * then public. A query that does not parse is an error at its place in the
 * source (SC_ERR_INPUT). Returns 0, or -1 with errors in d. */
int sc_view_refs(sc_model *m, sc_diags *d);

/* The columns each table's CHECK constraints read, from their parse trees
 * (libpg_query; check_refs.c): a name the table has no column for is an
 * error at its place in the .sch (SC_ERR_INPUT); a JSON model's check,
 * without a place, is read from its text. Returns 0, or -1 with errors in d. */
int sc_check_refs(const sc_model *m, sc_diags *d);

/* The same parse of one view's query, for a view whose refs are known
 * already (a JSON model): an error when it is not one SELECT. Returns 0 or -1. */
int sc_view_check_query(const sc_view *v, sc_diags *d);

/* Writes the relations and enum types that a view's query names unqualified
 * and that the DSL resolves in the view's `schema X { }` block (other than
 * public) as X.name, so that PostgreSQL reads the same objects as the DSL
 * (view_qualify.c). After sc_view_refs, on a valid model. */
void sc_view_qualify(sc_model *m);

/* Loads a .sch file, or every *.sch file of a folder (sorted by name, not
 * recursive) into one new model, finished and validated.
 * Returns the model, or NULL with errors in d. */
sc_model *sc_load_schema(const char *path, sc_diags *d);

/* Reads a model written by sc_model_to_json() (src/emit/json.h) back.
 * Returns the model, or NULL with errors in d. */
sc_model *sc_load_json(const char *path, const char *text, size_t len, sc_diags *d);

/* Reads a whole file (for the loaders and the CLI). Returns a heap buffer
 * (NUL-terminated, *len set) or NULL with an SC_ERR_IO error. */
char *sc_read_file(const char *path, size_t *len, sc_diags *d);

#endif
