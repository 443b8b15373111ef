/* sqlsplit.c - splitting SQL scripts into statements (see sqlsplit.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "db/sqlsplit.h"

static bool ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '$' || (unsigned char)c >= 0x80;
}

static void push(sc_stmts *out, size_t off, size_t len, bool notx)
{
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 16;
        out->items = realloc(out->items, out->cap * sizeof *out->items);
        if (!out->items)
            abort();
    }
    out->items[out->n++] = (sc_stmt){off, len, notx};
}

void sc_stmts_free(sc_stmts *s)
{
    free(s->items);
    memset(s, 0, sizeof *s);
}

static bool word_is(const char *w, size_t n, const char *kw)
{
    return strlen(kw) == n && !strncasecmp(w, kw, n);
}

/* Length of a dollar-quote opener "$tag$" at p (0 when none). */
static size_t dollar_tag(const char *p, const char *end)
{
    const char *q = p + 1;
    if (q < end && *q == '$')
        return 2;
    if (q >= end || !(isalpha((unsigned char)*q) || *q == '_' || (unsigned char)*q >= 0x80))
        return 0;
    while (q < end && (isalnum((unsigned char)*q) || *q == '_' || (unsigned char)*q >= 0x80))
        q++;
    return q < end && *q == '$' ? (size_t)(q - p + 1) : 0;
}

static bool is_marker(const char *c, const char *e)
{
    c += 2;
    while (c < e && (*c == ' ' || *c == '\t'))
        c++;
    while (e > c && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    return (size_t)(e - c) == 22 && !strncmp(c, "schemac:no-transaction", 22);
}

int sc_sql_split(const char *text, size_t len, size_t base, sc_stmts *out,
                 size_t *err_off, const char **err)
{
    const char *end = text + len;
    const char *p = text;
    const char *start = NULL, *last = NULL;   /* first and last byte of the statement */
    bool marker = false;
    /* block bodies: CREATE TRIGGER/FUNCTION/PROCEDURE ... BEGIN ... END */
    int nwords = 0, depth = 0;
    bool create = false, routine = false;
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            p++;
            continue;
        }
        if (c == '-' && p + 1 < end && p[1] == '-') {
            const char *e = p;
            while (e < end && *e != '\n')
                e++;
            const char *ls = p;
            while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
                ls--;
            if (!start && (ls == text || ls[-1] == '\n') && is_marker(p, e))
                marker = true;
            p = e;
            continue;
        }
        if (c == '/' && p + 1 < end && p[1] == '*') {
            const char *open = p;
            int nest = 1;
            p += 2;
            while (p < end && nest) {
                if (*p == '/' && p + 1 < end && p[1] == '*') {
                    nest++;
                    p += 2;
                } else if (*p == '*' && p + 1 < end && p[1] == '/') {
                    nest--;
                    p += 2;
                } else {
                    p++;
                }
            }
            if (nest) {
                *err_off = base + (size_t)(open - text);
                *err = "unterminated /* comment";
                return -1;
            }
            continue;
        }
        if (!start)
            start = p;
        if (c == ';' && depth == 0) {
            push(out, base + (size_t)(start - text), (size_t)(p + 1 - start), marker);
            start = last = NULL;
            marker = false;
            nwords = depth = 0;
            create = routine = false;
            p++;
            continue;
        }
        if (c == '\'' || c == '"') {
            bool esc = c == '\'' && p > text && (p[-1] == 'E' || p[-1] == 'e') &&
                       (p - 1 == text || !ident_char(p[-2]));
            const char *open = p++;
            for (;;) {
                if (p >= end) {
                    *err_off = base + (size_t)(open - text);
                    *err = c == '"' ? "unterminated quoted identifier" : "unterminated string literal";
                    return -1;
                }
                if (esc && *p == '\\' && p + 1 < end) {
                    p += 2;
                    continue;
                }
                if (*p == c) {
                    if (p + 1 < end && p[1] == c) {   /* '' or "" inside */
                        p += 2;
                        continue;
                    }
                    break;
                }
                p++;
            }
            last = p++;
            continue;
        }
        size_t tl;
        if (c == '$' && (p == text || !ident_char(p[-1])) && (tl = dollar_tag(p, end))) {
            const char *open = p;
            const char *q = p + tl;
            for (;;) {
                if (q + tl > end) {
                    *err_off = base + (size_t)(open - text);
                    *err = "unterminated dollar-quoted string";
                    return -1;
                }
                if (*q == '$' && !strncmp(q, open, tl))
                    break;
                q++;
            }
            last = q + tl - 1;
            p = q + tl;
            continue;
        }
        if (isalpha((unsigned char)c) || c == '_') {
            const char *w = p;
            while (p < end && ident_char(*p))
                p++;
            size_t wl = (size_t)(p - w);
            if (nwords++ == 0)
                create = word_is(w, wl, "create");
            else if (create && nwords <= 5 &&   /* CREATE [OR REPLACE] [TEMP] TRIGGER */
                     (word_is(w, wl, "trigger") || word_is(w, wl, "function") || word_is(w, wl, "procedure")))
                routine = true;
            if (routine && word_is(w, wl, "begin"))
                depth++;
            else if (depth > 0 && word_is(w, wl, "case"))
                depth++;
            else if (depth > 0 && word_is(w, wl, "end"))
                depth--;
            last = p - 1;
            continue;
        }
        last = p++;
    }
    if (start && last)
        push(out, base + (size_t)(start - text), (size_t)(last + 1 - start), marker);
    return 0;
}
