/* keywords.c - the DSL's keywords as a table, from kwlist.h, for the
 * scanner and the DSL writer. The list is sorted (gen-grammar.sh checks it
 * at build time), so a lookup is a binary search. */
#include "parser/keywords.h"

#include <string.h>

#include "parser/pstate.h"
#include "schemac.tab.h"

static const sc_keyword keywords[] = {
#define SC_KEYWORD(text, token, kind) {text, token, kind},
#include "parser/kwlist.h"
#undef SC_KEYWORD
};

enum { NKEYWORDS = sizeof keywords / sizeof keywords[0], LONGEST = 32 };

const sc_keyword *sc_keyword_find(const char *text, size_t len)
{
    char low[LONGEST + 1];
    if (len == 0 || len > LONGEST)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        low[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
    low[len] = '\0';
    size_t lo = 0, hi = NKEYWORDS;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(low, keywords[mid].text);
        if (c == 0)
            return &keywords[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}
