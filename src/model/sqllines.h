/* sqllines.h - the lines of a piece of SQL text, as code sees them: a line
 * break inside a string literal, a quoted identifier, a dollar-quoted string
 * or a block comment does not start a line. Used to indent a view's query
 * when DSL is written (src/emit/dsl.c) and to take that indentation off
 * again when it is read (src/parser/build_view.c), so that the two agree. */
#ifndef SC_SQLLINES_H
#define SC_SQLLINES_H

#include <stddef.h>

/* The offsets where the lines of q[0..n) start: 0, then each byte after a
 * line break between tokens (sqltok.h), before n. Text that does not
 * tokenize is one line. Heap array of *count offsets (at least one). */
size_t *sc_sql_line_starts(const char *q, size_t n, size_t *count);

#endif
