/* expr_check.h - can the DSL carry this SQL expression text?
 *
 * The DSL holds an expression verbatim between parentheses, and finds the
 * closing one by the SQL tokens it knows (grammar/schemac.l): strings,
 * quoted identifiers, dollar quotes, comments, nested parentheses. Text
 * that comes from elsewhere (a JSON model) must have balanced parentheses
 * and no construct left open, or it would be written out as a .sch that
 * does not parse back. */
#ifndef SC_PARSER_EXPR_CHECK_H
#define SC_PARSER_EXPR_CHECK_H

#include <stddef.h>

/* Returns 0, or -1 with *why set to a static message. */
int sc_expr_check(const char *e, size_t n, const char **why);

/* An expression (not a query) must also be one PostgreSQL's parser takes,
 * as the DSL's own are (expr_syntax.c): else the .sch written from it does
 * not load. Returns 0, or -1 with *why set to the parser's message, valid
 * until the thread's next call. */
int sc_expr_parses(const char *e, size_t n, const char **why);

#endif
