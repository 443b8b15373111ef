/* strbuf.c - growable heap string. */
#include "model/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reserve(sc_strbuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s)
        abort();
    b->s = s;
    b->cap = cap;
}

void sc_sb_putn(sc_strbuf *b, const char *s, size_t n)
{
    reserve(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sc_sb_putc(sc_strbuf *b, char c)
{
    sc_sb_putn(b, &c, 1);
}

void sc_sb_puts(sc_strbuf *b, const char *s)
{
    sc_sb_putn(b, s, strlen(s));
}

void sc_sb_vprintf(sc_strbuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0)
        return;
    reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sc_sb_printf(sc_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sc_sb_vprintf(b, fmt, ap);
    va_end(ap);
}

void sc_sb_pad_to(sc_strbuf *b, size_t line_start, size_t width)
{
    while (b->len - line_start < width)
        sc_sb_putc(b, ' ');
}

char *sc_sb_take(sc_strbuf *b)
{
    char *s = b->s;
    if (!s) {
        s = malloc(1);
        if (!s)
            abort();
        s[0] = '\0';
    }
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void sc_sb_free(sc_strbuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

const char *sc_sb_cstr(sc_strbuf *b)
{
    return b->s ? b->s : "";
}
