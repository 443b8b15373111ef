/* ddl_expr.c - expressions and names inside column definitions: DEFAULT
 * (bare where the dialect's grammar allows it, parenthesised otherwise) and
 * COLLATE. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "emit/ddl.h"
#include "model/dollar.h"

/* Length of a '...' literal starting at s (with '' escapes), or 0. */
static size_t string_literal_len(const char *s)
{
    if (*s != '\'')
        return 0;
    for (size_t i = 1; s[i]; i++) {
        if (s[i] == '\'') {
            if (s[i + 1] == '\'') {
                i++;
                continue;
            }
            return i + 1;
        }
    }
    return 0;
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
    size_t n = string_literal_len(s);
    if (n)
        return s[n] == '\0';
    static const char *const words[] = {
        "true", "false", "null", "current_timestamp", "current_date", "current_time",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcasecmp(s, words[i]))
            return true;
    return is_number(s);
}

/* name(...) spanning the whole text: PostgreSQL takes a call bare. */
static bool is_call(const char *s)
{
    const char *p = s;
    if (!(isalpha((unsigned char)*p) || *p == '_'))
        return false;
    while (isalnum((unsigned char)*p) || *p == '_' || *p == '.')
        p++;
    if (*p != '(')
        return false;
    int depth = 0;
    for (; *p; p++) {
        size_t n = string_literal_len(p);
        if (n) {
            p += n - 1;
            continue;
        }
        if (*p == '(')
            depth++;
        else if (*p == ')' && --depth == 0)
            return p[1] == '\0';
    }
    return false;
}

/* 'literal'::type: a cast of a literal, as pg_get_expr() writes them. */
static bool is_literal_cast(const char *s)
{
    size_t n = string_literal_len(s);
    if (!n || strncmp(s + n, "::", 2) != 0)
        return false;
    for (const char *p = s + n + 2; *p; p++)
        if (!(isalnum((unsigned char)*p) || strchr(" _.\"[]()", *p)))
            return false;
    return true;
}

void sc_ddl_expr(sc_strbuf *b, const char *expr, sc_dialect dialect)
{
    if (dialect != SC_DIALECT_SQLITE) {
        sc_sb_puts(b, expr);
        return;
    }
    /* SQLite reads $name as a parameter: a dollar-quoted string becomes the
     * '...' literal it stands for. '...' literals are copied whole, so that
     * a $ inside one is left alone. */
    size_t n = strlen(expr);
    for (size_t i = 0; i < n;) {
        size_t lit = string_literal_len(expr + i);
        if (lit) {
            sc_sb_putn(b, expr + i, lit);
            i += lit;
            continue;
        }
        size_t dl = sc_dollar_len(expr + i, n - i, i ? expr[i - 1] : 0);
        if (dl) {
            size_t open = sc_dollar_open(expr + i, n - i, i ? expr[i - 1] : 0);
            sc_strbuf body = SC_STRBUF_INIT;
            sc_sb_putn(&body, expr + i + open, dl - 2 * open);
            sc_sb_literal(b, sc_sb_cstr(&body));
            sc_sb_free(&body);
            i += dl;
            continue;
        }
        sc_sb_putc(b, expr[i++]);
    }
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
