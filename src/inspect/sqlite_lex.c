/* sqlite_lex.c - SQLite's lexical rules, just enough to walk stored DDL:
 * '...' strings, "..." `...` [...] identifiers, -- and block comments,
 * numbers, words and single-character operators. Expression text is later
 * taken as source spans, so operators need not be combined. */
#include <stdlib.h>
#include <string.h>

#include "inspect/sqlite_scan.h"

static bool is_word_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_word_char(unsigned char c)
{
    return is_word_start(c) || (c >= '0' && c <= '9') || c == '$';
}

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Index just past a quoted run starting at s[i] (the opening quote), with
 * the closing quote doubled to escape it; 0 when unterminated. */
static size_t skip_quoted(const char *s, size_t i, char close)
{
    for (i++; s[i]; i++) {
        if (s[i] == close) {
            if (close != ']' && s[i + 1] == close) {
                i++;
                continue;
            }
            return i + 1;
        }
    }
    return 0;
}

long sq_tokenize_heap(const char *sql, sq_tok **out, const char **err)
{
    size_t n = 0, cap = 64;
    sq_tok *toks = malloc(cap * sizeof *toks);
    *out = NULL;
    if (!toks) {
        *err = "out of memory";
        return -1;
    }
    size_t i = 0;
    *err = NULL;
    for (;;) {
        unsigned char c = (unsigned char)sql[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            i++;
            continue;
        }
        if (c == '-' && sql[i + 1] == '-') {
            while (sql[i] && sql[i] != '\n')
                i++;
            continue;
        }
        if (c == '/' && sql[i + 1] == '*') {
            const char *end = strstr(sql + i + 2, "*/");
            /* SQLite accepts an unterminated block comment at the end */
            i = end ? (size_t)(end - sql) + 2 : strlen(sql);
            continue;
        }
        if (n + 1 >= cap) {
            sq_tok *bigger = realloc(toks, 2 * cap * sizeof *toks);
            if (!bigger) {
                free(toks);
                *err = "out of memory";
                return -1;
            }
            toks = bigger;
            cap *= 2;
        }
        sq_tok *t = &toks[n];
        t->off = i;
        if (!c) {
            t->kind = SQ_EOF;
            t->len = 0;
            break;
        }
        size_t end;
        if ((c == 'x' || c == 'X') && sql[i + 1] == '\'') {
            end = skip_quoted(sql, i + 1, '\'');   /* blob literal */
            t->kind = SQ_STRING;
        } else if (c == '\'') {
            end = skip_quoted(sql, i, '\'');
            t->kind = SQ_STRING;
        } else if (c == '"' || c == '`' || c == '[') {
            end = skip_quoted(sql, i, c == '[' ? ']' : (char)c);
            t->kind = SQ_QUOTED;
        } else if (is_word_start(c)) {
            end = i + 1;
            while (is_word_char((unsigned char)sql[end]))
                end++;
            t->kind = SQ_WORD;
        } else if (is_digit(c) || (c == '.' && is_digit((unsigned char)sql[i + 1]))) {
            end = i;
            while (is_word_char((unsigned char)sql[end]) || sql[end] == '.' ||
                   ((sql[end] == '+' || sql[end] == '-') && (sql[end - 1] == 'e' || sql[end - 1] == 'E')))
                end++;
            t->kind = SQ_NUMBER;
        } else {
            end = i + 1;
            t->kind = SQ_OP;
        }
        if (!end) {
            free(toks);
            *err = "unterminated quoted string or identifier";
            return -1;
        }
        t->len = end - i;
        i = end;
        n++;
    }
    *out = toks;
    return (long)n;
}

long sq_tokenize(sc_arena *a, const char *sql, sq_tok **out, const char **err)
{
    sq_tok *heap;
    long n = sq_tokenize_heap(sql, &heap, err);
    if (n < 0)
        return -1;
    *out = sc_arena_alloc(a, ((size_t)n + 1) * sizeof **out);
    memcpy(*out, heap, ((size_t)n + 1) * sizeof **out);
    free(heap);
    return n;
}

char *sq_tok_value(sc_arena *a, const char *sql, const sq_tok *t)
{
    const char *s = sql + t->off;
    if (t->kind != SQ_QUOTED && t->kind != SQ_STRING)
        return sc_arena_strndup(a, s, t->len);
    if (s[0] == 'x' || s[0] == 'X')
        return sc_arena_strndup(a, s, t->len);
    char close = s[0] == '[' ? ']' : s[0];
    char *v = sc_arena_alloc(a, t->len);
    size_t o = 0;
    for (size_t i = 1; i + 1 < t->len; i++) {
        v[o++] = s[i];
        if (close != ']' && s[i] == close && s[i + 1] == close)
            i++;
    }
    v[o] = '\0';
    return v;
}
