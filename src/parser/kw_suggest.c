/* kw_suggest.c - "did you mean": the keyword of the DSL nearest to a word
 * the parser did not expect (`tabel`, `primery`, `refrences`), by edit
 * distance with transpositions counted as one edit (the commonest typing
 * slip), ASCII case aside.
 *
 * The word list is the grammar's own (kwlist.h), so a keyword added there
 * is suggested with no further work. A suggestion must be close for the
 * word's length (none for words of up to 3 letters, where everything is
 * close), and the nearest keyword must be the only one that near: a hint
 * that guesses between two is noise. */
#include "parser/keywords.h"

#include <string.h>

enum { MAXW = 32 };

static const char *const words[] = {
#define SC_KEYWORD(text, token, kind) text,
#include "parser/kwlist.h"
#undef SC_KEYWORD
};

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

static size_t min3(size_t a, size_t b, size_t c)
{
    size_t m = a < b ? a : b;
    return m < c ? m : c;
}

/* optimal string alignment distance of a[0..n) (lower case) and b */
static size_t distance(const char *a, size_t n, const char *b)
{
    size_t m = strlen(b);
    if (m > MAXW)
        return MAXW;
    size_t d[MAXW + 1][MAXW + 1];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < d[i][j])
                d[i][j] = d[i - 2][j - 2] + 1;
        }
    return d[n][m];
}

const char *sc_keyword_suggest(const char *text, size_t len, bool (*ok)(const char *kw, void *arg), void *arg)
{
    char low[MAXW + 1];
    if (len < 4 || len > MAXW)
        return NULL;
    for (size_t i = 0; i < len; i++)
        low[i] = lower(text[i]);
    size_t most = len <= 5 ? 1 : 2;
    const char *best = NULL;
    size_t bestd = most + 1;
    bool tie = false;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        if (ok && !ok(words[k], arg))
            continue;
        size_t d = distance(low, len, words[k]);
        if (d == 0)
            return NULL;   /* the word is a keyword: nothing to suggest */
        if (d < bestd) {
            best = words[k];
            bestd = d;
            tie = false;
        } else if (d == bestd) {
            tie = true;
        }
    }
    return tie ? NULL : best;
}
