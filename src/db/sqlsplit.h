/* sqlsplit.h - a SQL script -> its statements, for running them one by one
 * (so that an error can name the statement) and for honouring
 *     -- schemac:no-transaction
 * a marker line before a statement that must run outside a transaction.
 *
 * Reads the text with PostgreSQL's scanner (model/sqltok.h): '...' strings
 * ('' inside), E'...' (backslash escapes), "..." identifiers, $tag$...$tag$
 * dollar quotes, -- comments and nested block comments; and knows BEGIN ...
 * END bodies (SQLite triggers, BEGIN ATOMIC functions), where semicolons do
 * not end the statement. */
#ifndef SC_DB_SQLSPLIT_H
#define SC_DB_SQLSPLIT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct sc_stmt {
    size_t off, len;        /* into the text: first token .. ';' included */
    bool no_transaction;    /* preceded by the marker */
} sc_stmt;

typedef struct sc_stmts {
    sc_stmt *items;
    size_t n, cap;
} sc_stmts;

/* Appends the statements of text[0..len) to out; offsets are relative to
 * text + base (so that they can point into a whole file). Comment-only and
 * empty pieces are not statements. Returns 0, or -1 when the text ends
 * inside a string, identifier, dollar quote or block comment, or does not
 * scan (*err_off is where that began, *err set to a static message). */
int sc_sql_split(const char *text, size_t len, size_t base, sc_stmts *out,
                 size_t *err_off, const char **err);
void sc_stmts_free(sc_stmts *s);

#endif
