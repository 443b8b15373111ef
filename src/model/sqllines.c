/* sqllines.c - line starts of SQL text outside strings (see sqllines.h):
 * a line starts after a newline that lies between tokens (in blanks, or
 * ending a -- comment), as the tokenizer (sqltok.h) reads the text. */
#include "model/sqllines.h"

#include <stdlib.h>
#include <string.h>

#include "model/sqltok.h"

static void add(size_t **v, size_t *n, size_t *cap, size_t off)
{
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 16;
        *v = realloc(*v, *cap * sizeof **v);
        if (!*v)
            abort();
    }
    (*v)[(*n)++] = off;
}

size_t *sc_sql_line_starts(const char *q, size_t n, size_t *count)
{
    size_t *v = NULL, cap = 0;
    *count = 0;
    add(&v, count, &cap, 0);
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(q, n, SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return v;   /* one line: nothing is split inside what does not scan */
    for (size_t i = 0; i < toks.n; i++) {
        const sc_tok *t = &toks.items[i];
        if (t->kind != SC_TOK_SPACE)
            continue;
        for (const char *p = q + t->off; (p = memchr(p, '\n', (size_t)(q + t->off + t->len - p))) != NULL;) {
            p++;
            if ((size_t)(p - q) < n)
                add(&v, count, &cap, (size_t)(p - q));
        }
    }
    sc_toks_free(&toks);
    return v;
}
