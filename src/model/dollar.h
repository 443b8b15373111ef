/* dollar.h - PostgreSQL dollar-quoted strings ($$...$$, $tag$...$tag$) in
 * SQL expression text. The DSL carries expressions verbatim; the few places
 * that look inside one (comment stripping, check names, DSL output) must skip
 * these strings as they skip '...' literals. */
#ifndef SC_DOLLAR_H
#define SC_DOLLAR_H

#include <stddef.h>

/* The length of the opening delimiter ($$ or $tag$) at p, or 0 when p does
 * not start one. prev is the character before p (0 at the start): a $ right
 * after an identifier character belongs to the identifier (a$b$), as in
 * PostgreSQL's scanner. */
size_t sc_dollar_open(const char *p, size_t n, char prev);

/* The whole length of the dollar-quoted string at p (delimiters included),
 * or 0 when p does not start one or it is not closed within n bytes. */
size_t sc_dollar_len(const char *p, size_t n, char prev);

#endif
