/* sqltok.c - the SQL tokenizer (see sqltok.h).
 *
 * PostgreSQL: pg_query_scan returns its tokens as a protobuf ScanResult.
 * Its message is small and fixed (pg_query.proto: ScanResult.tokens = 2;
 * ScanToken start = 1, end = 2, token = 4, keyword_kind = 5), so it is read
 * here from the wire format rather than through protobuf-c's headers, which
 * Debian's libpg-query-dev does not depend on. */
#include "model/sqltok.h"

#include <pg_query.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

#include "model/strbuf.h"

/* pg_query.proto's Token numbers that are not keywords */
enum {
    PGT_IDENT = 258, PGT_UIDENT = 259, PGT_FCONST = 260, PGT_SCONST = 261, PGT_USCONST = 262,
    PGT_BCONST = 263, PGT_XCONST = 264, PGT_OP = 265, PGT_ICONST = 266, PGT_PARAM = 267,
    PGT_SQL_COMMENT = 275, PGT_C_COMMENT = 276,
};

typedef struct {
    sc_tok *items;
    size_t n, cap;
} tokbuf;

static void push(tokbuf *b, sc_tok_kind kind, sc_pgkw_kind kw, size_t off, size_t len)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 32;
        b->items = realloc(b->items, b->cap * sizeof *b->items);
        if (!b->items)
            abort();
    }
    b->items[b->n++] = (sc_tok){kind, kw, off, len};
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_punct(char c)
{
    return c && strchr("()[],;.", c) != NULL;
}

static void set_err(sc_tok_err *err, size_t off, const char *msg)
{
    err->off = off;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

/* ---- PostgreSQL ---------------------------------------------------------- */

static bool varint(const uint8_t **p, const uint8_t *end, uint64_t *v)
{
    *v = 0;
    for (int shift = 0; *p < end && shift < 64; shift += 7) {
        uint8_t b = *(*p)++;
        *v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

typedef struct {
    uint64_t start, end, token, kw;
} pgtok;

/* The next ScanToken of the message; false at its end. */
static bool next_pgtok(const uint8_t **p, const uint8_t *end, pgtok *t)
{
    while (*p < end) {
        uint64_t key, v;
        if (!varint(p, end, &key))
            return false;
        if ((key & 7) == 0) {          /* ScanResult.version */
            if (!varint(p, end, &v))
                return false;
            continue;
        }
        if ((key & 7) != 2 || !varint(p, end, &v) || v > (uint64_t)(end - *p))
            return false;
        const uint8_t *q = *p, *qe = *p + v;
        *p = qe;
        if ((key >> 3) != 2)
            continue;
        memset(t, 0, sizeof *t);
        while (q < qe) {
            uint64_t k, val;
            if (!varint(&q, qe, &k) || (k & 7) != 0 || !varint(&q, qe, &val))
                return false;
            switch (k >> 3) {
            case 1: t->start = val; break;
            case 2: t->end = val; break;
            case 4: t->token = val; break;
            case 5: t->kw = val; break;
            default: break;
            }
        }
        return true;
    }
    return false;
}

static sc_tok_kind pg_kind(const char *text, const pgtok *t)
{
    char c = text[t->start];
    if (t->kw)
        return SC_TOK_KEYWORD;
    switch (t->token) {
    case PGT_IDENT:
        return c == '"' ? SC_TOK_QUOTED_IDENT : SC_TOK_IDENT;
    case PGT_UIDENT:
        return SC_TOK_QUOTED_IDENT;
    case PGT_SCONST:
        return c == '$' ? SC_TOK_DOLLAR_STRING : SC_TOK_STRING;
    case PGT_USCONST:
    case PGT_BCONST:
    case PGT_XCONST:
        return SC_TOK_STRING;
    case PGT_ICONST:
    case PGT_FCONST:
        return SC_TOK_NUMBER;
    case PGT_PARAM:
        return SC_TOK_PARAM;
    case PGT_SQL_COMMENT:
    case PGT_C_COMMENT:
        return SC_TOK_COMMENT;
    default:
        return t->token < 256 && is_punct(c) ? SC_TOK_PUNCT : SC_TOK_OPERATOR;
    }
}

/* Appends the token that starts at `start`. Its end is where the blanks
 * before the next token begin: libpg_query's own end is short for some
 * tokens (U&"x"), while only blanks can lie between two tokens (comments are
 * tokens). A -- comment keeps the blanks it ends with. */
static void push_pg(tokbuf *b, const char *text, const pgtok *t, size_t next)
{
    size_t end = next;
    while (end > t->start && is_blank(text[end - 1]))
        end--;
    if (t->end > end && t->end <= next)
        end = (size_t)t->end;
    if (end <= t->start)
        end = (size_t)t->start + 1;
    sc_pgkw_kind kw = t->kw <= SC_PGKW_RESERVED ? (sc_pgkw_kind)t->kw : SC_PGKW_NONE;
    push(b, pg_kind(text, t), kw, (size_t)t->start, end - (size_t)t->start);
    if (end < next)
        push(b, SC_TOK_SPACE, SC_PGKW_NONE, end, next - end);
}

static int tokenize_pg(const char *text, size_t len, tokbuf *b, sc_tok_err *err)
{
    PgQueryScanResult r = pg_query_scan(text);
    if (r.error) {
        set_err(err, sc_sql_cursor_offset(text, len, r.error->cursorpos), r.error->message);
        pg_query_free_scan_result(r);
        return -1;
    }
    const uint8_t *p = (const uint8_t *)r.pbuf.data, *end = p + r.pbuf.len;
    pgtok cur, nxt;
    bool have = next_pgtok(&p, end, &cur);
    size_t first = have ? (size_t)cur.start : len;
    if (first > len)
        first = len;
    if (first > 0)
        push(b, SC_TOK_SPACE, SC_PGKW_NONE, 0, first);
    while (have) {
        bool more = next_pgtok(&p, end, &nxt);
        size_t next = more ? (size_t)nxt.start : len;
        if (cur.start >= len || next > len || next <= cur.start) {
            pg_query_free_scan_result(r);
            set_err(err, 0, "the scanner's tokens do not fit the text");
            return -1;
        }
        push_pg(b, text, &cur, next);
        cur = nxt;
        have = more;
    }
    pg_query_free_scan_result(r);
    return 0;
}

/* ---- SQLite (tokenize.c) ------------------------------------------------- */

static bool sq_word_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool sq_word_char(unsigned char c)
{
    return sq_word_start(c) || (c >= '0' && c <= '9') || c == '$';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Just past the quoted run opening at s[i] (close doubled to escape it,
 * except for ]); 0 when it is not closed. */
static size_t sq_quoted(const char *s, size_t n, size_t i, char close)
{
    for (i++; i < n; i++)
        if (s[i] == close) {
            if (close != ']' && i + 1 < n && s[i + 1] == close) {
                i++;
                continue;
            }
            return i + 1;
        }
    return 0;
}

static const char *const sq_ops[] = {"->>", "->", "||", "<=", ">=", "<>", "!=", "==", "<<", ">>", NULL};

/* One token at s[i]: its kind and end (0 when a quote is not closed). */
static size_t sq_token(const char *s, size_t n, size_t i, sc_tok_kind *kind)
{
    unsigned char c = (unsigned char)s[i];
    size_t e = i + 1;
    if (is_blank((char)c)) {
        while (e < n && is_blank(s[e]))
            e++;
        *kind = SC_TOK_SPACE;
    } else if (c == '-' && e < n && s[e] == '-') {
        while (e < n && s[e] != '\n')
            e++;
        *kind = SC_TOK_COMMENT;
    } else if (c == '/' && e < n && s[e] == '*') {
        for (e = i + 2; e < n && !(s[e - 1] == '*' && s[e] == '/' && e > i + 2); e++)
            ;
        e = e < n ? e + 1 : n;
        *kind = SC_TOK_COMMENT;
    } else if ((c == 'x' || c == 'X') && e < n && s[e] == '\'') {
        e = sq_quoted(s, n, i + 1, '\'');
        *kind = SC_TOK_STRING;
    } else if (c == '\'') {
        e = sq_quoted(s, n, i, '\'');
        *kind = SC_TOK_STRING;
    } else if (c == '"' || c == '`' || c == '[') {
        e = sq_quoted(s, n, i, c == '[' ? ']' : (char)c);
        *kind = SC_TOK_QUOTED_IDENT;
    } else if (sq_word_start(c)) {
        while (e < n && sq_word_char((unsigned char)s[e]))
            e++;
        *kind = SC_TOK_IDENT;
    } else if (is_digit((char)c) || (c == '.' && e < n && is_digit(s[e]))) {
        /* digits, '.', an exponent; trailing name characters are part of
         * the (then invalid) token, as in SQLite */
        while (e < n && (sq_word_char((unsigned char)s[e]) || s[e] == '.' ||
                         ((s[e] == '+' || s[e] == '-') && (s[e - 1] == 'e' || s[e - 1] == 'E') &&
                          !(s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')))))
            e++;
        *kind = SC_TOK_NUMBER;
    } else if ((c == '?' || c == ':' || c == '@' || c == '$') && e < n && sq_word_char((unsigned char)s[e])) {
        while (e < n && sq_word_char((unsigned char)s[e]))
            e++;
        *kind = SC_TOK_PARAM;
    } else if (is_punct((char)c)) {
        *kind = SC_TOK_PUNCT;
    } else {
        *kind = SC_TOK_OPERATOR;
        for (int k = 0; sq_ops[k]; k++) {
            size_t l = strlen(sq_ops[k]);
            if (i + l <= n && !memcmp(s + i, sq_ops[k], l)) {
                e = i + l;
                break;
            }
        }
    }
    return e;
}

static int tokenize_sqlite(const char *text, size_t len, tokbuf *b, sc_tok_err *err)
{
    for (size_t i = 0; i < len;) {
        sc_tok_kind kind;
        size_t e = sq_token(text, len, i, &kind);
        if (!e) {
            set_err(err, i, kind == SC_TOK_STRING ? "unterminated string literal"
                                                  : "unterminated quoted identifier");
            return -1;
        }
        push(b, kind, SC_PGKW_NONE, i, e - i);
        i = e;
    }
    return 0;
}

/* ---- the API ------------------------------------------------------------- */

int sc_sql_tokenize(const char *text, size_t len, sc_dialect dialect, sc_toks *out, sc_tok_err *err)
{
    out->items = NULL;
    out->n = 0;
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        set_err(err, (size_t)(nul - text), "NUL byte in SQL text");
        return -1;
    }
    tokbuf b = {0};
    int rc;
    if (dialect == SC_DIALECT_SQLITE) {
        rc = tokenize_sqlite(text, len, &b, err);
    } else {
        char *z = malloc(len + 1);   /* pg_query_scan reads a C string */
        if (!z)
            abort();
        memcpy(z, text, len);
        z[len] = '\0';
        rc = tokenize_pg(z, len, &b, err);
        free(z);
    }
    if (rc != 0) {
        free(b.items);
        return -1;
    }
    out->items = b.items;
    out->n = b.n;
    return 0;
}

const char *sc_tok_err_static(const sc_tok_err *err)
{
    static const struct {
        const char *prefix, *why;
    } map[] = {
        {"unterminated quoted string", "unterminated string literal"},
        {"unterminated string literal", "unterminated string literal"},
        {"unterminated quoted identifier", "unterminated quoted identifier"},
        {"unterminated dollar-quoted string", "unterminated dollar-quoted string"},
        {"unterminated /* comment", "unterminated /* comment"},
        {"unterminated bit string", "unterminated string literal"},
        {"unterminated hexadecimal string", "unterminated string literal"},
        {"zero-length delimited identifier", "zero-length quoted identifier"},
        {"NUL byte", "NUL byte in SQL text"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strncmp(err->msg, map[i].prefix, strlen(map[i].prefix)))
            return map[i].why;
    return "does not scan as SQL (letters right after a number, a bad escape)";
}

void sc_toks_free(sc_toks *t)
{
    free(t->items);
    t->items = NULL;
    t->n = 0;
}

bool sc_tok_word_is(const char *text, const sc_tok *t, const char *w)
{
    return (t->kind == SC_TOK_IDENT || t->kind == SC_TOK_KEYWORD) && strlen(w) == t->len &&
           !strncasecmp(text + t->off, w, t->len);
}

bool sc_tok_op_is(const char *text, const sc_tok *t, const char *op)
{
    return (t->kind == SC_TOK_PUNCT || t->kind == SC_TOK_OPERATOR) && strlen(op) == t->len &&
           !memcmp(text + t->off, op, t->len);
}

bool sc_tok_name(const char *text, const sc_tok *t, char *buf, size_t cap)
{
    const char *p = text + t->off;
    size_t n = t->len, k = 0;
    if (t->kind == SC_TOK_IDENT || t->kind == SC_TOK_KEYWORD) {
        for (size_t i = 0; i < n && k + 1 < cap; i++)
            buf[k++] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] - 'A' + 'a' : p[i]);
    } else if (t->kind == SC_TOK_QUOTED_IDENT) {
        if (n > 2 && (p[0] == 'u' || p[0] == 'U') && p[1] == '&') {   /* U&"..." as written */
            p += 2;
            n -= 2;
        }
        char close = p[0] == '[' ? ']' : p[0];
        for (size_t i = 1; i + 1 < n && k + 1 < cap; i++) {
            buf[k++] = p[i];
            if (p[i] == close && close != ']')
                i++;
        }
    } else {
        return false;
    }
    if (cap)
        buf[k] = '\0';
    return true;
}

bool sc_tok_is_name_use(const char *text, const sc_toks *toks, size_t i)
{
    const sc_tok *t = &toks->items[i];
    if (t->kind != SC_TOK_IDENT && t->kind != SC_TOK_QUOTED_IDENT &&
        !(t->kind == SC_TOK_KEYWORD && t->kw != SC_PGKW_RESERVED))
        return false;
    return !(i + 1 < toks->n && sc_tok_op_is(text, &toks->items[i + 1], "("));
}

void sc_name_iter_init(sc_name_iter *it, const char *expr)
{
    sc_tok_err err;
    it->text = expr;
    it->i = 0;
    it->tok = NULL;
    if (!expr || sc_sql_tokenize(expr, strlen(expr), SC_DIALECT_POSTGRESQL, &it->toks, &err) != 0) {
        it->toks.items = NULL;
        it->toks.n = 0;
    }
}

bool sc_name_iter_next(sc_name_iter *it, char *buf, size_t cap)
{
    while (it->i < it->toks.n) {
        size_t i = it->i++;
        if (sc_tok_is_name_use(it->text, &it->toks, i)) {
            it->tok = &it->toks.items[i];
            return sc_tok_name(it->text, it->tok, buf, cap);
        }
    }
    return false;
}

void sc_name_iter_free(sc_name_iter *it)
{
    sc_toks_free(&it->toks);
}

bool sc_text_any_name(const char *text, bool (*match)(const char *name, const void *arg), const void *arg)
{
    if (!text)
        return false;
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, text);
    bool found = false;
    while (!found && sc_name_iter_next(&it, buf, sizeof buf))
        found = match(buf, arg);
    sc_name_iter_free(&it);
    return found;
}

static bool same_name(const char *name, const void *arg)
{
    return !strcmp(name, arg);
}

bool sc_text_uses_name(const char *text, const char *name)
{
    return name && sc_text_any_name(text, same_name, name);
}

bool sc_sql_one_token(const char *text, sc_dialect dialect, sc_tok *out)
{
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(text, strlen(text), dialect, &t, &err) != 0)
        return false;
    bool one = t.n == 1 && t.items[0].kind != SC_TOK_SPACE;
    if (one)
        *out = t.items[0];
    sc_toks_free(&t);
    return one;
}

char *sc_tok_plain_string(const char *text, const sc_tok *t)
{
    const char *p = text + t->off;
    if (t->kind != SC_TOK_STRING || p[0] != '\'' || t->len < 2)
        return NULL;
    char *v = malloc(t->len);
    if (!v)
        abort();
    size_t k = 0;
    for (size_t i = 1; i + 1 < t->len; i++) {
        v[k++] = p[i];
        if (p[i] == '\'')
            i++;
    }
    v[k] = '\0';
    return v;
}

size_t sc_tok_dollar_open(const char *text, const sc_tok *t)
{
    if (t->kind != SC_TOK_DOLLAR_STRING)
        return 0;
    const char *q = memchr(text + t->off + 1, '$', t->len - 1);
    return q ? (size_t)(q - (text + t->off)) + 1 : 0;
}

bool sc_tok_is_escape_string(const char *text, const sc_tok *t)
{
    return t->kind == SC_TOK_STRING && (text[t->off] == 'e' || text[t->off] == 'E');
}

void sc_sql_thread_exit(void)
{
    /* pg_query_exit() crashes in a thread that never used the library:
     * an empty scan sets it up first */
    pg_query_free_scan_result(pg_query_scan(""));
    pg_query_exit();
}

size_t sc_sql_cursor_offset(const char *text, size_t len, int cursorpos)
{
    size_t off = 0;
    for (int ch = 1; ch < cursorpos && off < len; ch++) {
        off++;
        while (off < len && ((unsigned char)text[off] & 0xC0) == 0x80)
            off++;
    }
    return off;
}

/* ---- SQLite statements as SQLite reads what they name ------------------- */

static bool plain_name(const char *s, size_t n)
{
    if (!n || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_'))
            return false;
    return true;
}

static void put_lower_ascii(sc_strbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sc_sb_putc(b, (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]));
}

/* Tokens separated by one blank, words lower-cased (ASCII, as SQLite
 * compares names and keywords), a quoted name that is a plain identifier
 * without its quotes ("Email", `Email`, [Email] and email are one column to
 * SQLite, which writes the names ALTER TABLE RENAME and RENAME COLUMN
 * rewrite in quotes), strings verbatim, without a final ';'. Text that
 * does not tokenize is kept as it is. */
static void sqlite_text_norm(sc_strbuf *b, const char *s)
{
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(s, strlen(s), SC_DIALECT_SQLITE, &toks, &err) != 0) {
        sc_sb_puts(b, s);
        return;
    }
    size_t end = toks.n;
    while (end && (sc_tok_is_space(&toks.items[end - 1]) || sc_tok_op_is(s, &toks.items[end - 1], ";")))
        end--;
    for (size_t i = 0; i < end; i++) {
        const sc_tok *t = &toks.items[i];
        if (sc_tok_is_space(t))
            continue;
        if (b->len)
            sc_sb_putc(b, ' ');
        if (t->kind == SC_TOK_IDENT || t->kind == SC_TOK_KEYWORD)
            put_lower_ascii(b, s + t->off, t->len);
        else if (t->kind == SC_TOK_QUOTED_IDENT && t->len >= 2 && plain_name(s + t->off + 1, t->len - 2))
            put_lower_ascii(b, s + t->off + 1, t->len - 2);
        else
            sc_sb_putn(b, s + t->off, t->len);
    }
    sc_toks_free(&toks);
}

bool sc_sqlite_text_same(const char *x, const char *y)
{
    if (!x || !y)
        return x == y;
    sc_strbuf a = SC_STRBUF_INIT, b = SC_STRBUF_INIT;
    sqlite_text_norm(&a, x);
    sqlite_text_norm(&b, y);
    bool same = !strcmp(sc_sb_cstr(&a), sc_sb_cstr(&b));
    sc_sb_free(&a);
    sc_sb_free(&b);
    return same;
}
