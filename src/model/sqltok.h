/* sqltok.h - the project's one SQL tokenizer.
 *
 * Every place that looks inside SQL text (expressions, view queries, stored
 * DDL, migration scripts) goes through here, so that quotes, dollar quotes,
 * E'' strings, [brackets] and `backticks`, comments and word boundaries are
 * decided in one place.
 *
 * PostgreSQL text is scanned by PostgreSQL's own scanner (libpg_query's
 * pg_query_scan): exactly the server's tokens, with its keyword list.
 * SQLite's tokenizer is not public; its rules (tokenize.c) are written out
 * here for SQLITE text: '...' strings and X'' blobs, "..." `...` [...]
 * identifiers, -- and block comments (unterminated at the end allowed, as
 * SQLite does), ?NNN :name @name $name parameters.
 *
 * The tokens cover the text without gaps: blanks between tokens are
 * SC_TOK_SPACE tokens, so that a caller can copy text around the tokens it
 * changes. Offsets are bytes into the text. */
#ifndef SC_MODEL_SQLTOK_H
#define SC_MODEL_SQLTOK_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"   /* sc_dialect */

typedef enum {
    SC_TOK_SPACE,          /* blanks */
    SC_TOK_COMMENT,        /* -- ... (without the newline) or a block comment */
    SC_TOK_IDENT,          /* an unquoted name that is not a keyword (SQLite: every word) */
    SC_TOK_QUOTED_IDENT,   /* "x", U&"x"; SQLite also `x` and [x] */
    SC_TOK_KEYWORD,        /* PostgreSQL: a word of its keyword list (kw says which kind) */
    SC_TOK_STRING,         /* 'x', E'x', B'01', X'1f', U&'x', N'x' */
    SC_TOK_DOLLAR_STRING,  /* $$x$$, $tag$x$tag$ (PostgreSQL) */
    SC_TOK_NUMBER,
    SC_TOK_PARAM,          /* $1; SQLite ?1 :a @a $a */
    SC_TOK_PUNCT,          /* ( ) [ ] , ; . (one byte) */
    SC_TOK_OPERATOR,       /* anything else: + <= :: || ... */
} sc_tok_kind;

/* PostgreSQL's keyword categories (kwlist.h), for SC_TOK_KEYWORD. */
typedef enum {
    SC_PGKW_NONE,
    SC_PGKW_UNRESERVED,
    SC_PGKW_COL_NAME,
    SC_PGKW_TYPE_FUNC_NAME,
    SC_PGKW_RESERVED,
} sc_pgkw_kind;

typedef struct sc_tok {
    sc_tok_kind kind;
    sc_pgkw_kind kw;
    size_t off, len;
} sc_tok;

typedef struct sc_toks {
    sc_tok *items;   /* heap; sc_toks_free */
    size_t n;
} sc_toks;

/* Why a text does not tokenize: the message (PostgreSQL's own for
 * PostgreSQL text, e.g. "unterminated quoted string at or near ...") and
 * the byte offset where the offending token starts. */
typedef struct sc_tok_err {
    size_t off;
    char msg[200];
} sc_tok_err;

/* What err says, as static text for callers that return one: which
 * construct is left open (a string, a quoted identifier, a dollar quote, a
 * block comment: "unterminated string literal" and so on), or a general
 * "does not scan" for the rest. */
const char *sc_tok_err_static(const sc_tok_err *err);

/* Tokenizes text[0..len) (need not be NUL-terminated; a NUL byte inside is
 * an error). Returns 0 with out filled, or -1 with *err set and out empty. */
int sc_sql_tokenize(const char *text, size_t len, sc_dialect dialect, sc_toks *out, sc_tok_err *err);
void sc_toks_free(sc_toks *t);

/* Blanks and comments: what separates tokens and means nothing. */
static inline bool sc_tok_is_space(const sc_tok *t)
{
    return t->kind == SC_TOK_SPACE || t->kind == SC_TOK_COMMENT;
}

/* A word (identifier or keyword) spelled w, case-insensitively. */
bool sc_tok_word_is(const char *text, const sc_tok *t, const char *w);
/* A PUNCT or OPERATOR token that is exactly op. */
bool sc_tok_op_is(const char *text, const sc_tok *t, const char *op);

/* The name a word or quoted identifier stands for: unquoted ones folded to
 * lower case (ASCII only, as PostgreSQL folds), quoted ones without their
 * quotes, doubled quotes undone. At most cap - 1 bytes and a NUL into buf;
 * false for other tokens. */
bool sc_tok_name(const char *text, const sc_tok *t, char *buf, size_t cap);

/* Token i of toks names something an expression may read (a column): an
 * identifier, a keyword that is not reserved, or a quoted identifier, and
 * not a function's name (followed right away by "("). */
bool sc_tok_is_name_use(const char *text, const sc_toks *toks, size_t i);

/* The names an expression uses (sc_tok_is_name_use), in order, as
 * PostgreSQL reads the text:
 *     sc_name_iter it; sc_name_iter_init(&it, expr);
 *     while (sc_name_iter_next(&it, buf, sizeof buf)) ... it.tok ...
 *     sc_name_iter_free(&it);
 * Text that does not tokenize has no names. */
typedef struct sc_name_iter {
    const char *text;
    sc_toks toks;
    size_t i;
    const sc_tok *tok;   /* the name's token (its place in text) */
} sc_name_iter;
void sc_name_iter_init(sc_name_iter *it, const char *expr);
bool sc_name_iter_next(sc_name_iter *it, char *buf, size_t cap);
void sc_name_iter_free(sc_name_iter *it);
/* Whether name is among the names text uses (false for NULL text). */
bool sc_text_uses_name(const char *text, const char *name);
/* One of text's names, read as sc_text_uses_name reads them, for which
 * match(name, arg) is true. */
bool sc_text_any_name(const char *text, bool (*match)(const char *name, const void *arg), const void *arg);

/* text is exactly one token (no blanks around it): sets *out. */
bool sc_sql_one_token(const char *text, sc_dialect dialect, sc_tok *out);

/* The value of a '...' string token (not E'', B'', X'', U&''), quotes
 * removed and doubled quotes undone: a heap string, or NULL for other
 * tokens. */
char *sc_tok_plain_string(const char *text, const sc_tok *t);

/* The length of a dollar-quoted string's opening delimiter ($$ or $tag$). */
size_t sc_tok_dollar_open(const char *text, const sc_tok *t);
/* A string token with backslash escapes (E'...'). */
bool sc_tok_is_escape_string(const char *text, const sc_tok *t);

/* Frees what libpg_query keeps for the calling thread (its memory
 * contexts, made on first use and otherwise kept until the process ends):
 * for a leak checker that counts reachable blocks. Any later call starts
 * afresh. */
void sc_sql_thread_exit(void);

/* Two SQLite statements (a view's, a trigger's stored text) the same as
 * SQLite reads what they name: words and plain quoted names ignoring ASCII
 * case and quotes, blanks and a final ';' aside, strings exact. */
bool sc_sqlite_text_same(const char *x, const char *y);
/* libpg_query's error cursor (1-based, in characters) as a byte offset. */
size_t sc_sql_cursor_offset(const char *text, size_t len, int cursorpos);

#endif
