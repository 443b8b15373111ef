/* pg_util.c - small helpers of the PostgreSQL inspector: an oid hash map,
 * parsers for the array/vector text forms libpq returns, and the cleanup of
 * catalog expression text into the model's canonical form. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inspect/pg_internal.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

/* ---- oid map ------------------------------------------------------------ */

static uint32_t hash_oid(uint32_t k)
{
    k ^= k >> 16;
    k *= 0x7feb352dU;
    k ^= k >> 15;
    k *= 0x846ca68bU;
    k ^= k >> 16;
    return k;
}

void pg_oidmap_init(pg_oidmap *m, size_t expected)
{
    /* memory (issue 10): up to three quarters full (the hash spreads oids
     * well), not half: the maps of 20,000 constraints and 15,000 indexes
     * are half the size while the catalog is read */
    size_t cap = 64;
    while (cap * 3 < expected * 4)
        cap <<= 1;
    m->cap = cap;
    m->n = 0;
    m->keys = calloc(cap, sizeof *m->keys);
    m->vals = calloc(cap, sizeof *m->vals);
    if (!m->keys || !m->vals)
        abort();
}

void pg_oidmap_free(pg_oidmap *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->n = 0;
}

/* Key 0 (InvalidOid) marks an empty slot: no catalog object has oid 0. */
static void put_raw(pg_oidmap *m, uint32_t key, void *val)
{
    size_t mask = m->cap - 1;
    for (size_t i = hash_oid(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return;
        }
        if (m->keys[i] == 0) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->n++;
            return;
        }
    }
}

void pg_oidmap_put(pg_oidmap *m, uint32_t key, void *val)
{
    if (key == 0)
        return;
    if ((m->n + 1) * 4 > m->cap * 3) {
        pg_oidmap old = *m;
        pg_oidmap_init(m, old.cap + 1);
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                put_raw(m, old.keys[i], old.vals[i]);
        pg_oidmap_free(&old);
    }
    put_raw(m, key, val);
}

void *pg_oidmap_get(const pg_oidmap *m, uint32_t key)
{
    if (key == 0 || !m->cap)
        return NULL;
    size_t mask = m->cap - 1;
    for (size_t i = hash_oid(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (m->keys[i] == 0)
            return NULL;
    }
}

uint32_t pg_oid(const char *s)
{
    return s ? (uint32_t)strtoul(s, NULL, 10) : 0;
}

/* ---- array and vector literals ------------------------------------------ */

size_t pg_parse_text_array(sc_arena *a, const char *lit, const char ***out)
{
    *out = NULL;
    if (!lit || *lit != '{')
        return 0;
    size_t cap = 1;
    for (const char *p = lit; *p; p++)
        if (*p == ',')
            cap++;
    const char **items = sc_arena_alloc(a, cap * sizeof *items);
    size_t n = 0;
    const char *p = lit + 1;
    if (*p == '}') {
        *out = items;
        return 0;
    }
    size_t len = strlen(lit);
    char *buf = sc_arena_alloc(a, len + 1);
    while (*p && n < cap) {
        size_t j = 0;
        bool quoted = false;
        if (*p == '"') {
            quoted = true;
            p++;
            while (*p && *p != '"') {
                if (*p == '\\' && p[1])
                    p++;
                buf[j++] = *p++;
            }
            if (*p == '"')
                p++;
        } else {
            while (*p && *p != ',' && *p != '}') {
                if (*p == '\\' && p[1])
                    p++;
                buf[j++] = *p++;
            }
        }
        buf[j] = '\0';
        if (!quoted && !strcmp(buf, "NULL"))
            items[n++] = NULL;
        else
            items[n++] = sc_arena_strndup(a, buf, j);
        if (*p == ',')
            p++;
        else
            break;
    }
    *out = items;
    return n;
}

size_t pg_parse_int_list(sc_arena *a, const char *lit, long **out)
{
    *out = NULL;
    if (!lit)
        return 0;
    size_t cap = 1;
    for (const char *p = lit; *p; p++)
        if (*p == ',' || *p == ' ')
            cap++;
    long *v = sc_arena_alloc(a, cap * sizeof *v);
    size_t n = 0;
    const char *p = lit;
    while (*p && n < cap) {
        while (*p && !isdigit((unsigned char)*p) && *p != '-')
            p++;
        if (!*p)
            break;
        char *end;
        v[n++] = strtol(p, &end, 10);
        p = end;
    }
    *out = v;
    return n;
}

/* ---- expression cleanup --------------------------------------------------- */

/* The PostgreSQL tokens of text (blanks and comments too); false when it
 * does not scan. */
static bool tokens(const char *text, sc_toks *t)
{
    sc_tok_err err;
    return sc_sql_tokenize(text, strlen(text), SC_DIALECT_POSTGRESQL, t, &err) == 0;
}

/* The index of the ")" token that closes the "(" token i, or t->n. */
static size_t match_paren(const char *text, const sc_toks *t, size_t i)
{
    long depth = 0;
    for (; i < t->n; i++) {
        if (sc_tok_op_is(text, &t->items[i], "("))
            depth++;
        else if (sc_tok_op_is(text, &t->items[i], ")") && --depth == 0)
            return i;
    }
    return t->n;
}

const char *pg_strip_parens(sc_arena *a, const char *expr)
{
    if (!expr)
        return NULL;
    /* the pair must open at the first token: without scanning, text that
     * opens otherwise (most of the thousands of defaults read) */
    if (expr[0] != '(')
        return sc_arena_strdup(a, expr);
    sc_toks t;
    if (!tokens(expr, &t))
        return sc_arena_strdup(a, expr);
    /* Only a pair that wraps everything: "(a) + (b)" keeps its parentheses. */
    size_t lo = 0, hi = t.n;   /* the tokens [lo, hi) left */
    while (hi - lo >= 2 && sc_tok_op_is(expr, &t.items[lo], "(") && match_paren(expr, &t, lo) == hi - 1) {
        lo++;
        hi--;
    }
    const char *r = lo == 0 ? sc_arena_strdup(a, expr)
                            : sc_arena_strndup(a, expr + t.items[lo].off, t.items[hi].off - t.items[lo].off);
    sc_toks_free(&t);
    return r;
}

const char *pg_strip_check(sc_arena *a, const char *def)
{
    if (!def)
        return NULL;
    sc_toks t;
    if (strncmp(def, "CHECK (", 7) != 0 || !tokens(def, &t))
        return sc_arena_strdup(a, def);
    /* tokens: CHECK, a blank, "(" */
    size_t close = t.n >= 3 ? match_paren(def, &t, 2) : t.n;
    const char *r = close < t.n ? pg_strip_parens(a, sc_arena_strndup(a, def + 7, t.items[close].off - 7))
                                : sc_arena_strdup(a, def);
    sc_toks_free(&t);
    return r;
}

/* Type text without typmods: "character varying(255)[]" -> "character
 * varying[]", blanks collapsed. By PostgreSQL's scanner: a "(" or a blank
 * inside a quoted name is the name's. Text that does not scan is kept. */
/* Whether s is kept as it is by strip_mods: words of letters, digits and
 * _ . [ ] with one blank between two (most type texts), which hold no
 * typmod, quoted name, comment or blank to collapse. */
static bool plain_type_text(const char *s)
{
    if (!*s || *s == ' ')
        return false;
    for (const char *p = s; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ' ' ? p[1] == ' ' || p[1] == '\0'
                      : !(isalnum(ch) || ch == '_' || ch == '.' || ch == '[' || ch == ']'))
            return false;
    }
    return true;
}

static char *strip_mods(sc_arena *a, const char *s)
{
    if (plain_type_text(s))
        return sc_arena_strdup(a, s);
    sc_toks t;
    if (!tokens(s, &t))
        return sc_arena_strdup(a, s);
    char *out = sc_arena_alloc(a, strlen(s) + 1);
    size_t j = 0;
    long depth = 0;
    for (size_t i = 0; i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        if (sc_tok_op_is(s, k, "(") || sc_tok_op_is(s, k, ")")) {
            depth += s[k->off] == '(' ? 1 : -1;
            continue;
        }
        for (size_t x = 0; !depth && x < k->len; x++) {
            char ch = s[k->off + x];
            if (k->kind == SC_TOK_SPACE && ch == ' ' && (j == 0 || out[j - 1] == ' '))
                continue;
            out[j++] = ch;
        }
    }
    sc_toks_free(&t);
    while (j && out[j - 1] == ' ')
        j--;
    out[j] = '\0';
    return out;
}

static bool same_type_text(sc_arena *a, const char *cast, const sc_type *coltype, const char *coltext)
{
    if (coltext && !strcmp(cast, coltext))
        return true;   /* what the comparison below finds of the same text */
    const char *c = strip_mods(a, cast);
    const char *col = coltext ? strip_mods(a, coltext) : NULL;
    if (col && !strcmp(c, col))
        return true;
    /* format_type says "character" for the column, ruleutils "bpchar" for the cast. */
    if (col && !strncmp(c, "bpchar", 6) && !strncmp(col, "character", 9) &&
        strncmp(col, "character varying", 17) != 0 && !strcmp(c + 6, col + 9))
        return true;
    sc_type t;
    const char *err;
    if (coltype && sc_type_parse(a, cast, &t, &err) == 0 && t.name && coltype->name &&
        t.array_dims == coltype->array_dims) {
        if (!strcmp(t.name, coltype->name) &&
            (!t.schema || !coltype->schema || !strcmp(t.schema, coltype->schema)))
            return true;
        if (coltype->schema && !t.schema) {
            const char *q = sc_arena_printf(a, "%s.%s", coltype->schema, coltype->name);
            if (!strcmp(t.name, q))
                return true;
        }
    }
    return false;
}

/* '-1' on a number column reads better (and compares with the DSL's
 * `default -1`) as -1: only for text that is a plain decimal number. */
static bool is_number_type(const sc_type *t)
{
    static const char *const names[] = {"smallint", "integer", "bigint", "numeric", "real",
                                        "double precision", NULL};
    if (!t || !t->name || t->array_dims || t->is_user)
        return false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(t->name, names[i]))
            return true;
    return false;
}

static bool is_plain_number(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    if (i < n && s[i] == '-')
        i++;
    while (i < n && isdigit((unsigned char)s[i]))
        i++, digits++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && isdigit((unsigned char)s[i]))
            i++, digits++;
    }
    return digits > 0 && i == n;
}

const char *pg_strip_literal_cast(sc_arena *a, const char *expr, const sc_type *coltype,
                                  const char *coltype_text)
{
    if (!expr)
        return NULL;
    /* 'literal'::type or NULL::type, the cast running to the end ('a'::text
     * || 'b' is not a plain literal); text that opens otherwise, or holds
     * no "::", is none without scanning it */
    if ((expr[0] != '\'' && strncasecmp(expr, "NULL", 4) != 0) || !strstr(expr, "::"))
        return expr;
    sc_toks t;
    if (!tokens(expr, &t))
        return expr;
    const sc_tok *k = t.items;
    bool ok = t.n >= 3 && ((k[0].kind == SC_TOK_STRING && expr[0] == '\'') || sc_tok_word_is(expr, &k[0], "NULL")) &&
              sc_tok_op_is(expr, &k[1], "::");
    for (size_t i = 2; ok && i < t.n; i++)
        ok = k[i].kind != SC_TOK_STRING && k[i].kind != SC_TOK_DOLLAR_STRING && !sc_tok_op_is(expr, &k[i], "::") &&
             !sc_tok_op_is(expr, &k[i], "||");
    const char *lit_end = ok ? expr + k[0].len : NULL;   /* k[0] starts at 0 */
    sc_toks_free(&t);
    if (!ok)
        return expr;
    const char *cast = lit_end + 2;
    if (!same_type_text(a, cast, coltype, coltype_text))
        return expr;
    if (*expr == '\'' && is_number_type(coltype) && is_plain_number(expr + 1, (size_t)(lit_end - expr - 2)))
        return sc_arena_strndup(a, expr + 1, (size_t)(lit_end - expr - 2));
    return sc_arena_strndup(a, expr, (size_t)(lit_end - expr));
}

void pg_put_array_elem(sc_strbuf *b, const char *s)
{
    sc_sb_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sc_sb_putc(b, '\\');
        sc_sb_putc(b, *s);
    }
    sc_sb_putc(b, '"');
}
