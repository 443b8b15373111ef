/* dollar.c - PostgreSQL dollar-quoted strings in expression text (see
 * dollar.h). The tag follows PostgreSQL's scan.l: a letter, _ or a byte
 * >= 0x80, then also digits; tags are case-sensitive. */
#include <string.h>

#include "model/dollar.h"

static int tag_start(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80);
}

static int tag_char(char c)
{
    return tag_start(c) || (c >= '0' && c <= '9');
}

size_t sc_dollar_open(const char *p, size_t n, char prev)
{
    if (n < 2 || p[0] != '$' || tag_char(prev))
        return 0;
    size_t i = 1;
    if (p[1] != '$') {
        if (!tag_start(p[1]))
            return 0;
        for (i = 2; i < n && tag_char(p[i]); i++)
            ;
        if (i >= n || p[i] != '$')
            return 0;
    }
    return i + 1;
}

size_t sc_dollar_len(const char *p, size_t n, char prev)
{
    size_t d = sc_dollar_open(p, n, prev);
    if (!d)
        return 0;
    for (size_t i = d; i + d <= n; i++)
        if (p[i] == '$' && !memcmp(p + i, p, d))
            return i + d;
    return 0;
}
