/* check_implies.c - whether every value one check admits is admitted by
 * another: a check that only relaxes (the down script of a tightened
 * domain check, `VALUE > 0` back to `VALUE >= 0`) cannot fail on the rows
 * stored, so it is no hazard.
 *
 * Deliberately small and conservative: each check is read as a
 * conjunction (top-level AND) of terms; a term of the new check is
 * admitted when a term of the old one is the same text, or when both
 * compare the same left-hand text with a number (< <= = <> >= >) and the
 * old bound is at least as tight. Anything else is "not implied", which
 * keeps the hazard: a false "implied" would hide a failing migration. A
 * NULL operand leaves every term NULL, which a check admits on both
 * sides alike. */
#include <stdlib.h>
#include <string.h>

#include "diff/plan.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

enum { MAX_TERMS = 16 };

typedef struct term {
    char *text;    /* the term's tokens, blanks dropped, words in lower case */
    char *lhs;     /* comparisons: the left-hand text, else NULL */
    char op[3];    /* "<", "<=", "=", "<>", ">=", ">" */
    double num;
} term;

typedef struct terms {
    term t[MAX_TERMS];
    size_t n;
} terms;

/* tokens of text without the blanks */
typedef struct span {
    const char *s;
    const sc_tok *k;
    size_t n;
} span;

static bool is_op(span x, size_t i, const char *op)
{
    return sc_tok_op_is(x.s, &x.k[i], op);
}

/* (x) -> x while the parentheses wrap the whole span */
static span unwrap(span x)
{
    while (x.n >= 2 && is_op(x, 0, "(") && is_op(x, x.n - 1, ")")) {
        int depth = 0;
        size_t i = 0;
        for (; i < x.n; i++) {
            depth += is_op(x, i, "(") - is_op(x, i, ")");
            if (depth == 0)
                break;
        }
        if (i != x.n - 1)
            return x;
        x.k++;
        x.n -= 2;
    }
    return x;
}

static char *span_text(span x)
{
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < x.n; i++) {
        const sc_tok *k = &x.k[i];
        bool word = k->kind == SC_TOK_IDENT || k->kind == SC_TOK_KEYWORD;
        for (size_t j = 0; j < k->len; j++) {
            char ch = x.s[k->off + j];
            sc_sb_putc(&b, word && ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch);
        }
        sc_sb_putc(&b, ' ');
    }
    return sc_sb_take(&b);
}

/* a number, maybe signed, parenthesised or cast (`(0)::numeric`) */
static bool number_of(span x, double *out)
{
    if (x.n >= 3 && is_op(x, x.n - 2, "::"))
        x.n -= 2;
    x = unwrap(x);
    bool neg = x.n == 2 && is_op(x, 0, "-");
    if (neg) {
        x.k++;
        x.n--;
    }
    if (x.n != 1 || x.k[0].kind != SC_TOK_NUMBER || x.k[0].len >= 64)
        return false;
    char buf[64], *end;
    memcpy(buf, x.s + x.k[0].off, x.k[0].len);
    buf[x.k[0].len] = 0;
    double v = strtod(buf, &end);
    *out = neg ? -v : v;
    return *end == 0;
}

/* a plain name (VALUE, a column, schema-qualified): an operand whose value
 * nothing in the term changes (`NOT VALUE > 0` is NOT (VALUE > 0)) */
static bool plain_name(span x)
{
    for (size_t i = 0; i < x.n; i++) {
        const sc_tok *k = &x.k[i];
        bool ok = k->kind == SC_TOK_IDENT || k->kind == SC_TOK_QUOTED_IDENT ||
                  (k->kind == SC_TOK_KEYWORD && k->kw != SC_PGKW_RESERVED) || (i % 2 && is_op(x, i, "."));
        if (!ok || (i % 2) != is_op(x, i, "."))
            return false;
    }
    return x.n % 2 == 1;
}

static const char *const cmp_ops[] = {"<=", ">=", "<>", "!=", "<", ">", "="};

/* lhs OP number, or number OP lhs (the operator turned round) */
static void read_cmp(span x, term *t)
{
    int depth = 0;
    for (size_t i = 0; i < x.n; i++) {
        depth += is_op(x, i, "(") - is_op(x, i, ")");
        for (size_t o = 0; depth == 0 && o < sizeof cmp_ops / sizeof *cmp_ops; o++) {
            if (!is_op(x, i, cmp_ops[o]))
                continue;
            span l = {x.s, x.k, i}, r = {x.s, x.k + i + 1, x.n - i - 1};
            const char *op = o == 3 ? "<>" : cmp_ops[o];
            l = unwrap(l);
            r = unwrap(r);
            if (plain_name(l) && number_of(r, &t->num)) {
                t->lhs = span_text(l);
            } else if (plain_name(r) && number_of(l, &t->num)) {
                t->lhs = span_text(r);
                op = op[0] == '<' && op[1] != '>' ? (op[1] ? ">=" : ">") : op[0] == '>' ? (op[1] ? "<=" : "<") : op;
            } else {
                return;
            }
            strcpy(t->op, op);
            return;
        }
    }
}

static bool add_term(terms *ts, span x)
{
    if (ts->n == MAX_TERMS || x.n == 0)
        return false;
    term *t = &ts->t[ts->n++];
    memset(t, 0, sizeof *t);
    x = unwrap(x);
    t->text = span_text(x);
    read_cmp(x, t);
    return true;
}

static void terms_free(terms *ts)
{
    for (size_t i = 0; i < ts->n; i++) {
        free(ts->t[i].text);
        free(ts->t[i].lhs);
    }
}

/* expr's top-level AND terms; false when it does not read */
static bool read_terms(const char *expr, sc_toks *toks, terms *ts)
{
    sc_tok_err err;
    ts->n = 0;
    if (!expr || sc_sql_tokenize(expr, strlen(expr), SC_DIALECT_POSTGRESQL, toks, &err) != 0)
        return false;
    size_t m = 0;   /* the blanks dropped, in place */
    for (size_t i = 0; i < toks->n; i++)
        if (!sc_tok_is_space(&toks->items[i]))
            toks->items[m++] = toks->items[i];
    span x = unwrap((span){expr, toks->items, m});
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i <= x.n; i++) {
        if (i < x.n) {
            depth += is_op(x, i, "(") - is_op(x, i, ")");
            /* BETWEEN's AND is no conjunction: such a check reads as not implied */
            if (sc_tok_word_is(expr, &x.k[i], "between"))
                return false;
            if (depth || !sc_tok_word_is(expr, &x.k[i], "and"))
                continue;
        }
        if (!add_term(ts, (span){expr, x.k + start, i - start}))
            return false;
        start = i + 1;
    }
    return true;
}

/* every value with `o` not false has `n` not false (same left-hand side) */
static bool bound_implies(const term *o, const term *n)
{
    double a = o->num, b = n->num;
    const char *p = o->op, *q = n->op;
    bool lo = !strcmp(p, ">") || !strcmp(p, ">="), hi = !strcmp(p, "<") || !strcmp(p, "<=");
    bool eq = !strcmp(p, "=");
    if (!strcmp(q, ">"))
        return (!strcmp(p, ">") && a >= b) || ((!strcmp(p, ">=") || eq) && a > b);
    if (!strcmp(q, ">="))
        return (lo || eq) && a >= b;
    if (!strcmp(q, "<"))
        return (!strcmp(p, "<") && a <= b) || ((!strcmp(p, "<=") || eq) && a < b);
    if (!strcmp(q, "<="))
        return (hi || eq) && a <= b;
    if (!strcmp(q, "="))
        return eq && a == b;
    /* <> b */
    return (eq && a != b) || (!strcmp(p, "<>") && a == b) || (!strcmp(p, ">") && a >= b) ||
           (!strcmp(p, ">=") && a > b) || (!strcmp(p, "<") && a <= b) || (!strcmp(p, "<=") && a < b);
}

static bool term_implies(const term *o, const term *n)
{
    if (!strcmp(o->text, n->text))
        return true;
    return o->lhs && n->lhs && !strcmp(o->lhs, n->lhs) && bound_implies(o, n);
}

bool sc_check_implies(const char *old_expr, const char *new_expr)
{
    sc_toks to = {0}, tn = {0};
    terms o = {.n = 0}, n = {.n = 0};
    bool ok = read_terms(old_expr, &to, &o) && read_terms(new_expr, &tn, &n);
    for (size_t j = 0; ok && j < n.n; j++) {
        bool found = false;
        for (size_t i = 0; i < o.n && !found; i++)
            found = term_implies(&o.t[i], &n.t[j]);
        ok = found;
    }
    terms_free(&o);
    terms_free(&n);
    sc_toks_free(&to);
    sc_toks_free(&tn);
    return ok;
}
