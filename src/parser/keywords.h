/* keywords.h - looking up the DSL's keywords (the list: kwlist.h). */
#ifndef SC_PARSER_KEYWORDS_H
#define SC_PARSER_KEYWORDS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { SC_KW_NAME, SC_KW_NOT_COLUMN, SC_KW_RESERVED } sc_kw_kind;

typedef struct sc_keyword {
    const char *text;   /* lower case */
    int token;          /* the grammar's K_... */
    sc_kw_kind kind;
} sc_keyword;

/* The keyword spelt text[0..len), in any case, or NULL. */
const sc_keyword *sc_keyword_find(const char *text, size_t len);

/* The one keyword close to text[0..len) (a misspelling: `tabel`, `primery`),
 * among those ok accepts (NULL: all), or NULL when none or several are as
 * close (kw_suggest.c). */
const char *sc_keyword_suggest(const char *text, size_t len, bool (*ok)(const char *kw, void *arg), void *arg);

#endif
