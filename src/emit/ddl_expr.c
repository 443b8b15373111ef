/* ddl_expr.c - expressions and names inside column definitions: DEFAULT
 * (bare where the dialect's grammar allows it, parenthesised otherwise) and
 * COLLATE. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "emit/ddl.h"
#include "model/sqltok.h"

/* The PostgreSQL tokens of s, blanks and comments left out; false when s
 * does not tokenize. */
static bool tokens_of(const char *s, sc_toks *out)
{
    sc_tok_err err;
    if (sc_sql_tokenize(s, strlen(s), SC_DIALECT_POSTGRESQL, out, &err) != 0)
        return false;
    size_t k = 0;
    for (size_t i = 0; i < out->n; i++)
        if (!sc_tok_is_space(&out->items[i]))
            out->items[k++] = out->items[i];
    out->n = k;
    return true;
}

/* A '...' literal (not E'', B'', X''), for both dialects. */
static bool plain_string(const char *s, const sc_tok *t)
{
    return t->kind == SC_TOK_STRING && s[t->off] == '\'';
}

static bool is_number(const char *s)
{
    if (*s == '-' || *s == '+')
        s++;
    bool digits = false;
    while (isdigit((unsigned char)*s)) {
        s++;
        digits = true;
    }
    if (*s == '.') {
        s++;
        while (isdigit((unsigned char)*s)) {
            s++;
            digits = true;
        }
    }
    if (digits && (*s == 'e' || *s == 'E')) {
        s++;
        if (*s == '-' || *s == '+')
            s++;
        if (!isdigit((unsigned char)*s))
            return false;
        while (isdigit((unsigned char)*s))
            s++;
    }
    return digits && !*s;
}

/* A literal both dialects accept bare after DEFAULT. */
static bool is_literal(const char *s)
{
    if (s[0] == '\'') {
        sc_toks t;
        if (!tokens_of(s, &t))
            return false;
        bool one = t.n == 1 && plain_string(s, &t.items[0]);
        sc_toks_free(&t);
        return one;
    }
    static const char *const words[] = {
        "true", "false", "null", "current_timestamp", "current_date", "current_time",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcasecmp(s, words[i]))
            return true;
    return is_number(s);
}

static bool is_word(const char *s, const sc_tok *t)
{
    return (t->kind == SC_TOK_IDENT || t->kind == SC_TOK_KEYWORD) &&
           (isalpha((unsigned char)s[t->off]) || s[t->off] == '_');
}

/* name(...) spanning the whole text (name possibly qualified, the "(" right
 * after it): PostgreSQL takes a call bare. */
static bool is_call(const char *s)
{
    sc_toks t;
    if (!tokens_of(s, &t))
        return false;
    size_t i = 0, n = t.n;
    bool ok = n > 0 && is_word(s, &t.items[0]);
    for (i = 1; ok && i + 1 < n && sc_tok_op_is(s, &t.items[i], ".") && is_word(s, &t.items[i + 1]);)
        i += 2;
    ok = ok && i < n && sc_tok_op_is(s, &t.items[i], "(") &&
         t.items[i].off == t.items[i - 1].off + t.items[i - 1].len;
    long depth = 0;
    for (; ok && i < n; i++) {
        if (sc_tok_op_is(s, &t.items[i], "("))
            depth++;
        else if (sc_tok_op_is(s, &t.items[i], ")") && --depth == 0)
            break;
    }
    ok = ok && i + 1 == n;
    sc_toks_free(&t);
    return ok;
}

/* 'literal'::type: a cast of a literal, as pg_get_expr() writes them (the
 * type: names, quoted names, modifiers, array brackets). */
static bool is_literal_cast(const char *s)
{
    sc_toks t;
    if (!tokens_of(s, &t))
        return false;
    bool ok = t.n > 2 && plain_string(s, &t.items[0]) && sc_tok_op_is(s, &t.items[1], "::");
    for (size_t i = 2; ok && i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        ok = k->kind == SC_TOK_IDENT || k->kind == SC_TOK_KEYWORD || k->kind == SC_TOK_QUOTED_IDENT ||
             k->kind == SC_TOK_NUMBER || (k->kind == SC_TOK_PUNCT && !sc_tok_op_is(s, k, ";"));
    }
    sc_toks_free(&t);
    return ok;
}

void sc_ddl_expr(sc_strbuf *b, const char *expr, sc_dialect dialect)
{
    if (dialect != SC_DIALECT_SQLITE) {
        sc_sb_puts(b, expr);
        return;
    }
    /* SQLite reads $name as a parameter: a dollar-quoted string becomes the
     * '...' literal it stands for. */
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(expr, strlen(expr), SC_DIALECT_POSTGRESQL, &t, &err) != 0) {
        sc_sb_puts(b, expr);
        return;
    }
    for (size_t i = 0; i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        size_t open = sc_tok_dollar_open(expr, k);
        if (!open) {
            sc_sb_putn(b, expr + k->off, k->len);
            continue;
        }
        sc_strbuf body = SC_STRBUF_INIT;
        sc_sb_putn(&body, expr + k->off + open, k->len - 2 * open);
        sc_sb_literal(b, sc_sb_cstr(&body));
        sc_sb_free(&body);
    }
    sc_toks_free(&t);
}

void sc_ddl_default_expr(sc_strbuf *b, const char *expr, sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE) {
        if (!strcasecmp(expr, "now()") || !strcasecmp(expr, "current_timestamp")) {
            sc_sb_puts(b, "CURRENT_TIMESTAMP");
            return;
        }
        if (is_literal(expr)) {
            sc_sb_puts(b, expr);
            return;
        }
        sc_sb_putc(b, '(');
        sc_ddl_expr(b, expr, dialect);
        sc_sb_putc(b, ')');
        return;
    }
    if (is_literal(expr) || is_call(expr) || is_literal_cast(expr))
        sc_sb_puts(b, expr);
    else
        sc_sb_printf(b, "(%s)", expr);
}

void sc_ddl_collation(sc_strbuf *b, const char *collation, sc_dialect dialect)
{
    /* SQLite knows BINARY, NOCASE and RTRIM; BINARY is byte order, which is
     * what PostgreSQL's "C" and "POSIX" collations are. */
    if (dialect == SC_DIALECT_SQLITE && (!strcmp(collation, "C") || !strcmp(collation, "POSIX"))) {
        sc_sb_puts(b, "BINARY");
        return;
    }
    /* funcdeps: "schema"."name" is SQL already (model.h) */
    if (collation[0] == '"' && dialect == SC_DIALECT_POSTGRESQL) {
        const char *s, *n;
        sc_arena *tmp = sc_arena_new();
        bool q = sc_collation_ref_split(tmp, collation, &s, &n);
        sc_arena_free(tmp);
        if (q) {
            sc_sb_puts(b, collation);
            return;
        }
    }
    /* Collation names are identifiers; PostgreSQL's are often mixed case
     * ("C", "en_US"), which quoting keeps. */
    sc_ddl_ident(b, dialect, collation);
}

/* SQLite keywords that SQLite does not take as bare identifiers although
 * PostgreSQL does (found by trying every keyword as a column and an index
 * column name in SQLite 3.40); PostgreSQL's own are in ident.c. Sorted. */
static const char *const sqlite_only_keywords[] = {
    "add", "alter", "autoincrement", "commit", "delete", "drop", "escape", "index", "insert",
    "nothing", "raise", "set", "transaction", "update",
};

static int kwcmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void sc_ddl_ident(sc_strbuf *b, sc_dialect dialect, const char *name)
{
    if (dialect == SC_DIALECT_SQLITE && !sc_ident_needs_quotes(name) &&
        bsearch(&name, sqlite_only_keywords, sizeof sqlite_only_keywords / sizeof sqlite_only_keywords[0],
                sizeof sqlite_only_keywords[0], kwcmp)) {
        sc_sb_printf(b, "\"%s\"", name);   /* plain [a-z_][a-z0-9_]*: nothing to double */
        return;
    }
    sc_sb_ident(b, name);
}

void sc_ddl_qualified(sc_strbuf *b, sc_dialect dialect, const char *schema, const char *name)
{
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA) != 0) {
        sc_ddl_ident(b, dialect, schema);
        sc_sb_putc(b, '.');
    }
    sc_ddl_ident(b, dialect, name);
}
