/* sqllines.h - the lines of a piece of SQL text, as code sees them: a line
 * break inside a string literal, a quoted identifier, a dollar-quoted string
 * or a block comment does not start a line. Used to indent a view's query
 * when DSL is written (src/emit/dsl.c) and to take that indentation off
 * again when it is read (src/parser/build_view.c), so that the two agree. */
#ifndef SC_SQLLINES_H
#define SC_SQLLINES_H

#include <stddef.h>

/* The offset where the line after the one containing `from` starts, or n
 * when there is none. `from` must be the start of a line (or 0). */
size_t sc_sql_next_line(const char *q, size_t n, size_t from);

#endif
