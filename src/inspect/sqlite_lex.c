/* sqlite_lex.c - stored DDL as the SQL tokenizer reads SQLite text
 * (model/sqltok.h: '...' strings, "..." `...` [...] identifiers, -- and
 * block comments, numbers, words, operators), blanks and comments left
 * out, in the shape the DDL scanner walks (sq_tok). */
#include <stdlib.h>
#include <string.h>

#include "inspect/sqlite_scan.h"
#include "model/sqltok.h"

static sq_kind kind_of(sc_tok_kind k)
{
    switch (k) {
    case SC_TOK_IDENT:
    case SC_TOK_KEYWORD:
        return SQ_WORD;
    case SC_TOK_QUOTED_IDENT:
        return SQ_QUOTED;
    case SC_TOK_STRING:
    case SC_TOK_DOLLAR_STRING:
        return SQ_STRING;
    case SC_TOK_NUMBER:
        return SQ_NUMBER;
    default:
        return SQ_OP;
    }
}

long sq_tokenize_heap(const char *sql, sq_tok **out, const char **err)
{
    sc_toks toks;
    sc_tok_err terr;
    size_t len = strlen(sql);
    *out = NULL;
    *err = NULL;
    if (sc_sql_tokenize(sql, len, SC_DIALECT_SQLITE, &toks, &terr) != 0) {
        *err = sc_tok_err_static(&terr);
        return -1;
    }
    sq_tok *v = malloc((toks.n + 1) * sizeof *v);
    if (!v)
        abort();
    size_t n = 0;
    for (size_t i = 0; i < toks.n; i++)
        if (!sc_tok_is_space(&toks.items[i]))
            v[n++] = (sq_tok){kind_of(toks.items[i].kind), toks.items[i].off, toks.items[i].len};
    v[n] = (sq_tok){SQ_EOF, len, 0};
    sc_toks_free(&toks);
    *out = v;
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
