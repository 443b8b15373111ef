/* compare.c - is this the same definition? On canonical forms, so that a
 * difference of spelling is never reported as a change. */
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/sqltok.h"
#include "emit/ddl.h"
#include "model/strbuf.h"

/* The normalisation passes below (norm_pass, wrapped, has_top_level_logic,
 * strip_operand_parens, replace_word) scan text by hand on purpose: they
 * read and rewrite the canonical text that pass 0 (canon_tokens) wrote from
 * PostgreSQL's own tokens, where only '...' and "..." quotes are left, and
 * they must also take text that PostgreSQL's scanner refuses (SQLite's
 * verbatim view and check text, with its [names] and `names`), which
 * sqltok would scan by another dialect's rules than the text's. */
static bool is_ident_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || ch == '$';
}

/* Words that continue a multi-word type name after a cast. */
static bool type_word_continues(const char *p)
{
    static const char *const words[] = {"varying", "precision", "with", "without", "time", "zone", NULL};
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (!strncmp(p, words[i], n) && !is_ident_char(p[n]))
            return true;
    }
    return false;
}

/* After "::" in lower-cased text: skips a type name (possibly several
 * words, modifiers, array brackets). Returns the end. */
static const char *skip_cast_type(const char *p)
{
    for (;;) {
        if (*p == '"') {
            p++;
            while (*p && *p != '"')
                p++;
            if (*p)
                p++;
        } else {
            while (is_ident_char(*p) || *p == '.')
                p++;
        }
        if (*p == '(') {
            const char *q = p + 1;
            while (*q && (isdigit((unsigned char)*q) || *q == ',' || *q == ' '))
                q++;
            if (*q == ')')
                p = q + 1;
        }
        while (p[0] == '[' && p[1] == ']')
            p += 2;
        if (*p == ' ' && type_word_continues(p + 1)) {
            p++;
            continue;
        }
        return p;
    }
}

/* Past the type of a "::type" cast (q just after "::"), in the source
 * text whatever its case. */
static const char *skip_cast(const char *q)
{
    while (*q == ' ')
        q++;
    char tmp[256];
    size_t k = 0;
    for (const char *r = q; *r && k + 1 < sizeof tmp; r++)
        tmp[k++] = (char)tolower((unsigned char)*r);
    tmp[k] = 0;
    return q + (skip_cast_type(tmp) - tmp);
}

static bool is_op_char(char ch)
{
    return ch && strchr("<>=!+-*/%|&^~", ch) != NULL;
}

static bool is_number(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    for (; i < n && isdigit((unsigned char)s[i]); i++)
        digits++;
    if (i < n && s[i] == '.')
        for (i++; i < n && isdigit((unsigned char)s[i]); i++)
            digits++;
    return digits > 0 && i == n;
}

/* Pass 1: lower case outside quotes, whitespace collapsed and dropped next
 * to punctuation, casts of literals removed, quoted numbers unquoted. It
 * and the passes after it read the text that pass 0 (canon_tokens, below)
 * wrote from PostgreSQL's tokens, where the only quotes left are '...' and
 * "..." with their quote doubled inside: the quote skipping here need know
 * no more. (Text that does not tokenize reaches them as it is.) */
static void norm_pass(sc_strbuf *b, const char *s)
{
    const char *p = s;
    while (*p) {
        char ch = *p;
        if (ch == '\'') {
            const char *start = p++;
            while (*p) {
                if (*p == '\'' && p[1] == '\'') {
                    p += 2;
                    continue;
                }
                if (*p == '\'')
                    break;
                p++;
            }
            if (*p)
                p++;
            /* a literal: its cast is noise ('x'::character varying) */
            const char *q = p;
            while (*q == ' ')
                q++;
            bool cast = q[0] == ':' && q[1] == ':';
            if (cast && is_number(start + 1, (size_t)(p - start - 2)))
                sc_sb_putn(b, start + 1, (size_t)(p - start - 2));
            else
                sc_sb_putn(b, start, (size_t)(p - start));
            if (cast)
                p = skip_cast(q + 2);
            continue;
        }
        if (ch == '"') {
            const char *start = p++;
            while (*p && *p != '"')
                p++;
            if (*p)
                p++;
            sc_sb_putn(b, start, (size_t)(p - start));
            continue;
        }
        if (isspace((unsigned char)ch)) {
            while (isspace((unsigned char)*p))
                p++;
            char prev = b->len ? b->s[b->len - 1] : '(';
            if (is_op_char(prev) || is_op_char(*p))
                continue;   /* "c>0" is "c > 0" */
            if (prev != '(' && prev != ',' && prev != ' ' && *p && *p != ')' && *p != ',' && *p != '(')
                sc_sb_putc(b, ' ');
            else if (*p == '(' && is_ident_char(prev)) {
                /* "now ()" -> "now()"; but keep "in (" and "and (" apart */
                size_t w = b->len;
                while (w > 0 && is_ident_char(b->s[w - 1]))
                    w--;
                size_t wl = b->len - w;
                static const char *const kw[] = {"in", "and", "or", "not", "any", "all", "exists", "when", "then", "else", "is", NULL};
                bool keep = false;
                for (int i = 0; kw[i]; i++)
                    if (strlen(kw[i]) == wl && !strncmp(b->s + w, kw[i], wl))
                        keep = true;
                if (keep)
                    sc_sb_putc(b, ' ');
            }
            continue;
        }
        /* a bare number followed by a cast: (0)::integer */
        if (ch == ':' && p[1] == ':' && b->len) {
            size_t w = b->len;
            while (w > 0 && (isdigit((unsigned char)b->s[w - 1]) || b->s[w - 1] == '.'))
                w--;
            bool numeric = w < b->len && (w == 0 || !is_ident_char(b->s[w - 1]));
            bool null = b->len >= 4 && !strcmp(b->s + b->len - 4, "null") &&
                        (b->len == 4 || !is_ident_char(b->s[b->len - 5]));
            if (numeric || null) {
                p = skip_cast(p + 2);
                continue;
            }
        }
        sc_sb_putc(b, (char)tolower((unsigned char)ch));
        p++;
    }
}

/* true when s[0] is '(' and its match is the last character. */
static bool wrapped(const char *s, size_t n)
{
    if (n < 2 || s[0] != '(' || s[n - 1] != ')')
        return false;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'' || s[i] == '"') {
            char q = s[i];
            for (i++; i < n && s[i] != q; i++)
                ;
            continue;
        }
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')' && --depth == 0 && i != n - 1)
            return false;
    }
    return true;
}

static bool word_at(const char *s, size_t i, const char *w)
{
    size_t n = strlen(w);
    return !strncmp(s + i, w, n) && (i == 0 || !is_ident_char(s[i - 1])) && !is_ident_char(s[i + n]);
}

/* true when s[from..to) holds " and " or " or " or "," outside parentheses
 * and quotes. */
static bool has_top_level_logic(const char *s, size_t from, size_t to)
{
    int depth = 0;
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\'' || s[i] == '"') {
            char q = s[i];
            for (i++; i < to && s[i] != q; i++)
                ;
            continue;
        }
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')')
            depth--;
        else if (!depth && (s[i] == ',' || word_at(s, i, "and") || word_at(s, i, "or")))
            return true;
    }
    return false;
}

/* Removes parentheses around an operand of AND/OR/NOT that holds no AND/OR
 * of its own: "(c > 0) and (d is not true)" is "c > 0 and d is not true"
 * (comparisons bind tighter than NOT, AND and OR). PostgreSQL adds them,
 * people and SQLite's verbatim text often don't. */
static void strip_operand_parens(char *s)
{
    bool changed = true;
    while (changed) {
        changed = false;
        size_t n = strlen(s);
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\'' || s[i] == '"') {
                char q = s[i];
                for (i++; i < n && s[i] != q; i++)
                    ;
                continue;
            }
            if (s[i] != '(')
                continue;
            bool before = i == 0 || s[i - 1] == '(' ||
                          (s[i - 1] == ' ' && i >= 4 && (word_at(s, i - 4, "and") || word_at(s, i - 4, "not"))) ||
                          (s[i - 1] == ' ' && i >= 3 && word_at(s, i - 3, "or"));
            if (!before)
                continue;
            int depth = 0;
            size_t j = i;
            for (; j < n; j++) {
                if (s[j] == '\'' || s[j] == '"') {
                    char q = s[j];
                    for (j++; j < n && s[j] != q; j++)
                        ;
                    continue;
                }
                if (s[j] == '(')
                    depth++;
                else if (s[j] == ')' && --depth == 0)
                    break;
            }
            if (j >= n)
                return;   /* unbalanced: leave it */
            bool after = s[j + 1] == 0 || s[j + 1] == ')' ||
                         (s[j + 1] == ' ' && (word_at(s, j + 2, "and") || word_at(s, j + 2, "or")));
            if (!after || has_top_level_logic(s, i + 1, j))
                continue;
            memmove(s + j, s + j + 1, n - j);       /* the ')' */
            memmove(s + i, s + i + 1, n - i);       /* the '(' */
            changed = true;
            break;
        }
    }
}

/* Replaces whole-word occurrences of `from` by `to`. */
static char *replace_word(sc_arena *a, const char *s, const char *from, const char *to)
{
    sc_strbuf b = SC_STRBUF_INIT;
    size_t fl = strlen(from);
    const char *p = s;
    while (*p) {
        if (*p == '\'') {
            const char *st = p++;
            while (*p && *p != '\'')
                p++;
            if (*p)
                p++;
            sc_sb_putn(&b, st, (size_t)(p - st));
            continue;
        }
        if (!strncmp(p, from, fl) && (p == s || !is_ident_char(p[-1])) && !is_ident_char(p[fl])) {
            sc_sb_puts(&b, to);
            p += fl;
            continue;
        }
        sc_sb_putc(&b, *p++);
    }
    char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

static void put_lower(sc_strbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sc_sb_putc(b, (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]));
}

/* A string token as a '...' literal that norm_pass can skip like any other:
 * a dollar-quoted string is the '...' literal it stands for, an E'' string
 * keeps its escapes but spells \' as ''. The prefix letter (E, B, X, N)
 * folds; the body keeps its case. */
static void canon_string(sc_strbuf *b, const char *s, const sc_tok *t)
{
    const char *p = s + t->off;
    if (t->kind == SC_TOK_DOLLAR_STRING) {
        size_t d = sc_tok_dollar_open(s, t);
        sc_sb_putc(b, '\'');
        for (size_t i = d; i + d < t->len; i++) {
            if (p[i] == '\'')
                sc_sb_putc(b, '\'');
            sc_sb_putc(b, p[i]);
        }
        sc_sb_putc(b, '\'');
        return;
    }
    size_t q = 0;
    while (q < t->len && p[q] != '\'')
        q++;
    put_lower(b, p, q);
    bool esc = sc_tok_is_escape_string(s, t);
    for (size_t i = q; i < t->len; i++) {
        if (esc && p[i] == '\\' && i + 1 < t->len) {
            sc_sb_puts(b, p[i + 1] == '\'' ? "''" : (char[]){p[i], p[i + 1], 0});
            i++;
            continue;
        }
        sc_sb_putc(b, p[i]);
    }
}

/* Pass 0, on PostgreSQL's tokens: unquoted names, keywords and numbers
 * fold to lower case as PostgreSQL folds them (ASCII only); quoted names
 * and every kind of string keep their case; comments become blanks. Text
 * that does not tokenize is left to norm_pass as it is. */
static bool canon_tokens(sc_strbuf *b, const char *s)
{
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(s, strlen(s), SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return false;
    for (size_t i = 0; i < toks.n; i++) {
        const sc_tok *t = &toks.items[i];
        switch (t->kind) {
        case SC_TOK_SPACE:
        case SC_TOK_COMMENT:
            sc_sb_putc(b, ' ');
            break;
        case SC_TOK_IDENT:
        case SC_TOK_KEYWORD:
        case SC_TOK_NUMBER:
            put_lower(b, s + t->off, t->len);
            break;
        case SC_TOK_STRING:
        case SC_TOK_DOLLAR_STRING:
            canon_string(b, s, t);
            break;
        default:
            sc_sb_putn(b, s + t->off, t->len);
            break;
        }
    }
    sc_toks_free(&toks);
    return true;
}

const char *sc_expr_norm(sc_arena *a, const char *expr)
{
    if (!expr)
        return NULL;
    sc_strbuf c = SC_STRBUF_INIT;
    if (canon_tokens(&c, expr))
        expr = sc_sb_cstr(&c);
    sc_strbuf b = SC_STRBUF_INIT;
    norm_pass(&b, expr);
    sc_sb_free(&c);
    char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    /* trailing space before a closing paren was skipped; trim the ends */
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        s[--n] = 0;
    while (wrapped(s, n)) {
        s++;
        n -= 2;
        s[n] = 0;
    }
    /* spellings of the same function */
    if (strstr(s, "now()"))
        s = replace_word(a, s, "now()", "current_timestamp");
    if (strstr(s, "transaction_timestamp()"))
        s = replace_word(a, s, "transaction_timestamp()", "current_timestamp");
    strip_operand_parens(s);
    /* "(-1)" and "'x'" inside parentheses */
    n = strlen(s);
    while (wrapped(s, n)) {
        s++;
        n -= 2;
        s[n] = 0;
    }
    return s;
}

bool sc_expr_same(sc_arena *a, const char *x, const char *y)
{
    if (!x || !y)
        return x == y;
    if (!strcmp(x, y))
        return true;
    return !strcmp(sc_expr_norm(a, x), sc_expr_norm(a, y)) || sc_expr_tree_same(x, y);
}

bool sc_dctx_expr_same(sc_dctx *c, const char *x, const char *y)
{
    if (!x || !y)
        return x == y;
    if (!strcmp(x, y))
        return true;
    static char same, differ;   /* the memo's two values: addresses, never NULL */
    if (!c->expr_memo)
        c->expr_memo = sc_strmap_new();
    const char *key = sc_keybuf_printf(&c->expr_key, "%zu:%s%s", strlen(x), x, y);
    void *known = sc_strmap_get(c->expr_memo, key);
    if (known)
        return known == &same;
    bool r = sc_expr_same(c->cmp, x, y);
    sc_strmap_put(c->expr_memo, key, r ? &same : &differ);
    return r;
}

static bool is_null_default(sc_arena *a, const char *x)
{
    if (!x)
        return true;
    /* only text that could spell NULL is normalised */
    const char *p = x;
    while (*p == '(' || *p == ' ')
        p++;
    if (*p != 'n' && *p != 'N')
        return false;
    return !strcmp(sc_expr_norm(a, x), "null");
}

bool sc_default_same(sc_arena *a, const char *x, const char *y)
{
    if (x && y && !strcmp(x, y))
        return true;
    bool nx = is_null_default(a, x), ny = is_null_default(a, y);
    if (nx || ny)
        return nx == ny;
    return sc_expr_same(a, x, y);
}

static bool str_same(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

bool sc_type_same(const sc_type *x, const sc_type *y)
{
    if (x->declared && y->declared)   /* both read from SQLite: its declared text decides */
        return sc_type_declared_same(x->declared, y->declared);
    if (strcmp(x->name, y->name) || x->array_dims != y->array_dims || !str_same(x->mods, y->mods))
        return false;
    if (x->is_user || y->is_user || x->schema || y->schema)
        return sc_schema_same(x->schema, y->schema);
    return true;
}

/* On SQLite a column's type is the text it is declared with, whichever side
 * it comes from (a database, the DSL, JSON): sc_ddl_sqlite_column_type
 * gives the text SQLite has or would be given, and two texts are the same
 * type when they are equal ASCII case and blanks aside. `varchar(20)` and
 * `character varying(20)` are one type for PostgreSQL, two for SQLite (a
 * respelling in the DSL is a change there, carried out by a rebuild). */
bool sc_column_type_same(const sc_dctx *c, const sc_table *tf, const sc_column *f, const sc_table *tt,
                         const sc_column *t)
{
    if (c->o->dialect != SC_DIALECT_SQLITE)
        return sc_type_same(&f->type, &t->type);
    sc_strbuf x = SC_STRBUF_INIT, y = SC_STRBUF_INIT;
    sc_ddl_sqlite_column_type(&x, tf, f);
    sc_ddl_sqlite_column_type(&y, tt, t);
    bool same = sc_type_declared_same(sc_sb_cstr(&x), sc_sb_cstr(&y));
    sc_sb_free(&x);
    sc_sb_free(&y);
    return same;
}

/* On SQLite, NOT NULL is what the declaration says: a key column's NOT NULL
 * that the model implies (PostgreSQL's rule) is not written, and a NOT NULL
 * written on the rowid alias is one more word of the table's text that the
 * target may or may not have (issue 13: converge exactly). */
static bool sqlite_not_null(const sc_table *t, const sc_column *c)
{
    return c->not_null && !sc_ddl_sqlite_implicit_not_null(t, c);
}

bool sc_column_not_null_same(const sc_dctx *c, const sc_table *tf, const sc_column *f, const sc_table *tt,
                             const sc_column *t)
{
    if (c->o->dialect != SC_DIALECT_SQLITE)
        return f->not_null == t->not_null;
    return sqlite_not_null(tf, f) == sqlite_not_null(tt, t);
}

/* ---- narrowing ----------------------------------------------------------- */

static int int_rank(const char *n)
{
    if (!strcmp(n, "smallint"))
        return 1;
    if (!strcmp(n, "integer"))
        return 2;
    if (!strcmp(n, "bigint"))
        return 3;
    return 0;
}

static bool is_string_type(const char *n)
{
    return !strcmp(n, "text") || !strcmp(n, "character varying") || !strcmp(n, "character");
}

static long mod0(const char *mods)
{
    return mods ? strtol(mods, NULL, 10) : -1;
}

bool sc_type_narrows(const sc_type *from, const sc_type *to)
{
    if (sc_type_same(from, to))
        return false;
    if (from->array_dims != to->array_dims)
        return true;
    int rf = int_rank(from->name), rt = int_rank(to->name);
    if (rf && rt)
        return rt < rf;
    if (rf && !strcmp(to->name, "numeric"))
        return to->mods != NULL;   /* numeric(p,s) may not hold every integer */
    if (!strcmp(to->name, "text"))
        return false;              /* everything has a text form */
    if (is_string_type(from->name) && !strcmp(to->name, "citext"))
        return false;              /* the citext extension's type (any schema) holds any text */
    if (is_string_type(from->name) && !strcmp(to->name, "character varying")) {
        if (!to->mods)
            return false;
        if (!strcmp(from->name, "text") || !from->mods)
            return true;
        return mod0(to->mods) < mod0(from->mods);
    }
    if (!strcmp(from->name, "numeric") && !strcmp(to->name, "numeric")) {
        if (!to->mods)
            return false;
        if (!from->mods)
            return true;
        long pf = mod0(from->mods), pt = mod0(to->mods);
        const char *cf = strchr(from->mods, ','), *ct = strchr(to->mods, ',');
        long sf = cf ? strtol(cf + 1, NULL, 10) : 0, st = ct ? strtol(ct + 1, NULL, 10) : 0;
        return st < sf || pt - st < pf - sf;
    }
    if (!strcmp(from->name, "real") && !strcmp(to->name, "double precision"))
        return false;
    if (!strcmp(from->name, "timestamp without time zone") && !strcmp(to->name, "timestamp with time zone"))
        return false;
    if (!strcmp(from->name, "date") && !strncmp(to->name, "timestamp", 9))
        return false;
    return true;
}

/* ---- constraints and indexes -------------------------------------------- */

const char *sc_map_col(const sc_tpair *p, const char *from_name)
{
    if (p && p->col_old2new) {
        const char *n = sc_strmap_get(p->col_old2new, from_name);
        if (n)
            return n;
    }
    return from_name;
}

bool sc_names_same_mapped(const sc_tpair *p, const sc_names *from, const sc_names *to)
{
    if (from->n != to->n)
        return false;
    for (size_t i = 0; i < from->n; i++)
        if (strcmp(sc_map_col(p, from->items[i]), to->items[i]))
            return false;
    return true;
}

bool sc_con_same(sc_dctx *c, const sc_tpair *p, const sc_constraint *x, const sc_constraint *y)
{
    if (x->kind != y->kind)
        return false;
    switch (x->kind) {
    case SC_CON_PRIMARY_KEY:
    case SC_CON_UNIQUE:
        if (x->deferrable != y->deferrable || x->initially_deferred != y->initially_deferred ||
            x->nulls_not_distinct != y->nulls_not_distinct)
            return false;
        return sc_names_same_mapped(p, &x->columns, &y->columns);
    case SC_CON_CHECK:
        /* NO INHERIT means nothing to SQLite, which has no inheritance (not
         * written there); NOT VALID is compared by the caller (VALIDATE) */
        if (x->no_inherit != y->no_inherit && c->o->dialect == SC_DIALECT_POSTGRESQL)
            return false;
        /* both engines carry a column rename into the expression */
        return sc_dctx_expr_same(c, p ? sc_gen_map_renames(c, p, x->check_expr) : x->check_expr, y->check_expr);
    case SC_CON_FOREIGN_KEY: {
        if (!sc_names_same_mapped(p, &x->columns, &y->columns))
            return false;
        if (x->on_delete != y->on_delete || x->on_update != y->on_update ||
            x->deferrable != y->deferrable || x->initially_deferred != y->initially_deferred ||
            x->match_full != y->match_full)
            return false;
        /* the referenced table, through its rename */
        const char *key = sc_dqname(c->cmp, sc_schema_or_default(x->ref_schema), x->ref_table);
        const sc_tpair *rp = sc_strmap_get(c->pair_by_from, key);
        const char *rs = rp ? rp->to->schema : sc_schema_or_default(x->ref_schema);
        const char *rt = rp ? rp->to->name : x->ref_table;
        if (strcmp(rs, sc_schema_or_default(y->ref_schema)) || strcmp(rt, y->ref_table))
            return false;
        return sc_names_same_mapped(rp, &x->ref_columns, &y->ref_columns);
    }
    case SC_CON_EXCLUDE:   /* issue 12 */
        return sc_exclusion_same(c, p, x, y);
    }
    return false;
}

static sc_nulls nulls_of(const sc_index_elem *e)
{
    /* the default is NULLS LAST for ASC and NULLS FIRST for DESC */
    if ((e->nulls == SC_NULLS_LAST && !e->desc) || (e->nulls == SC_NULLS_FIRST && e->desc))
        return SC_NULLS_DEFAULT;
    return e->nulls;
}

static const char *method_of(const sc_index *ix)
{
    return ix->method ? ix->method : "btree";
}

/* Storage or operator class parameters: the same set, whatever the order
 * (PostgreSQL keeps them as written). */
bool sc_params_same(const sc_names *x, const sc_names *y)
{
    if (x->n != y->n)
        return false;
    for (size_t i = 0; i < x->n; i++) {
        size_t j = 0;
        while (j < y->n && strcmp(x->items[i], y->items[j]))
            j++;
        if (j == y->n)
            return false;
    }
    return true;
}

bool sc_index_same(sc_dctx *c, const sc_tpair *p, const sc_index *x, const sc_index *y)
{
    if (x->unique != y->unique || strcasecmp(method_of(x), method_of(y)) || x->nelems != y->nelems)
        return false;
    for (size_t i = 0; i < x->nelems; i++) {
        const sc_index_elem *ex = &x->elems[i], *ey = &y->elems[i];
        if (ex->column && ey->column) {
            if (strcmp(sc_map_col(p, ex->column), ey->column))
                return false;
        } else {
            /* a column on one side may be an expression naming it on the other */
            const char *tx = ex->column ? sc_map_col(p, ex->column) : p ? sc_gen_map_renames(c, p, ex->expr) : ex->expr;
            const char *ty = ey->column ? ey->column : ey->expr;
            if (!sc_dctx_expr_same(c, tx, ty))
                return false;
        }
        if (!str_same(sc_index_elem_collation(ex), sc_index_elem_collation(ey)) ||
            !str_same(sc_index_elem_opclass(ex), sc_index_elem_opclass(ey)) ||
            ex->desc != ey->desc || nulls_of(ex) != nulls_of(ey) ||
            !sc_params_same(sc_index_elem_opclass_params(ex), sc_index_elem_opclass_params(ey)))
            return false;
    }
    if (!sc_names_same_mapped(p, &x->include, &y->include) || x->nulls_not_distinct != y->nulls_not_distinct ||
        !sc_params_same(sc_index_options(x), sc_index_options(y)) ||
        !str_same(sc_index_tablespace(x), sc_index_tablespace(y)))
        return false;
    if (!x->where || !y->where)
        return !x->where && !y->where;
    return sc_dctx_expr_same(c, p ? sc_gen_map_renames(c, p, x->where) : x->where, y->where);
}

const char *sc_type_sql(sc_arena *a, const sc_type *t)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (t->is_user || t->schema) {
        sc_sb_qualified(&b, t->schema, t->name);
    } else if (t->mods && (!strncmp(t->name, "timestamp ", 10) || !strncmp(t->name, "time ", 5))) {
        const char *sp = strchr(t->name, ' ');
        sc_sb_putn(&b, t->name, (size_t)(sp - t->name));
        sc_sb_printf(&b, "(%s)%s", t->mods, sp);
    } else {
        sc_sb_puts(&b, t->name);
        if (t->mods)
            sc_sb_printf(&b, "(%s)", t->mods);
    }
    for (int i = 0; i < t->array_dims; i++)
        sc_sb_puts(&b, "[]");
    char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

const sc_enum *sc_diff_enum_of(const sc_model *m, const sc_type *t)
{
    if (!m)
        return NULL;
    sc_type base = *t;   /* an array of an enum uses the enum too */
    base.array_dims = 0;
    if (!t->is_user && sc_type_is_builtin(&base))
        return NULL;
    return sc_model_enum(m, sc_schema_or_default(t->schema), t->name);
}

const char *sc_dqname(sc_arena *a, const char *schema, const char *name)
{
    schema = sc_schema_or_default(schema);
    size_t ls = strlen(schema), ln = strlen(name);
    char *k = sc_arena_alloc(a, ls + ln + 2);
    memcpy(k, schema, ls);
    k[ls] = '.';
    memcpy(k + ls + 1, name, ln + 1);
    return k;
}
