/* sqlsplit.c - splitting SQL scripts into statements (see sqlsplit.h), on
 * the tokens of the SQL tokenizer (model/sqltok.h): a ';' token ends a
 * statement unless it is inside a BEGIN ... END body. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/sqlsplit.h"
#include "model/sqltok.h"

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

/* A -- comment alone on its line that says schemac:no-transaction. */
static bool is_marker(const char *text, const sc_tok *t)
{
    const char *c = text + t->off, *e = c + t->len;
    if (t->len < 2 || c[0] != '-')
        return false;
    const char *ls = c;
    while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
        ls--;
    if (ls != text && ls[-1] != '\n')
        return false;
    c += 2;
    while (c < e && (*c == ' ' || *c == '\t'))
        c++;
    while (e > c && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    return (size_t)(e - c) == 22 && !strncmp(c, "schemac:no-transaction", 22);
}

/* The statement being read: where it starts and ends, and whether it is
 * inside a body (CREATE TRIGGER/FUNCTION/PROCEDURE ... BEGIN ... END). */
typedef struct {
    const sc_tok *first, *last;
    bool marker, create, routine;
    int nwords, depth;
} stmt_state;

static void note_word(stmt_state *s, const char *text, const sc_tok *t)
{
    if (s->nwords++ == 0)
        s->create = sc_tok_word_is(text, t, "create");
    else if (s->create && s->nwords <= 5 &&   /* CREATE [OR REPLACE] [TEMP] TRIGGER */
             (sc_tok_word_is(text, t, "trigger") || sc_tok_word_is(text, t, "function") ||
              sc_tok_word_is(text, t, "procedure")))
        s->routine = true;
    if (s->routine && sc_tok_word_is(text, t, "begin"))
        s->depth++;
    else if (s->depth > 0 && sc_tok_word_is(text, t, "case"))
        s->depth++;
    else if (s->depth > 0 && sc_tok_word_is(text, t, "end"))
        s->depth--;
}

int sc_sql_split(const char *text, size_t len, size_t base, sc_stmts *out,
                 size_t *err_off, const char **err)
{
    sc_toks toks;
    sc_tok_err terr;
    if (sc_sql_tokenize(text, len, SC_DIALECT_POSTGRESQL, &toks, &terr) != 0) {
        *err_off = base + terr.off;
        *err = sc_tok_err_static(&terr);
        return -1;
    }
    stmt_state s = {0};
    for (size_t i = 0; i < toks.n; i++) {
        const sc_tok *t = &toks.items[i];
        if (t->kind == SC_TOK_SPACE)
            continue;
        if (t->kind == SC_TOK_COMMENT) {
            if (!s.first && is_marker(text, t))
                s.marker = true;
            continue;
        }
        if (!s.first)
            s.first = t;
        s.last = t;
        if (sc_tok_op_is(text, t, ";") && s.depth == 0) {
            push(out, base + s.first->off, t->off + 1 - s.first->off, s.marker);
            memset(&s, 0, sizeof s);
            continue;
        }
        if (t->kind == SC_TOK_IDENT || t->kind == SC_TOK_KEYWORD)
            note_word(&s, text, t);
    }
    if (s.first)
        push(out, base + s.first->off, s.last->off + s.last->len - s.first->off, s.marker);
    sc_toks_free(&toks);
    return 0;
}
