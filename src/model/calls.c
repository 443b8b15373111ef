/* calls.c - funcdeps (issue 11): whether an expression calls a function,
 * by its text: a name followed by '(' (optionally schema-qualified). The
 * diff falls back to it without a catalog's answer (fn_users.c); `compile`
 * uses it to create a domain's parts that call a function after the
 * functions (ddl_funcdeps.c).
 *
 * The text is read with PostgreSQL's own tokens (sqltok.h): strings, E''
 * strings, quoted names and comments are what the server takes them for.
 * A dollar-quoted string is looked into as well (a function's body, a DO
 * block inside a body): what it calls is called when it runs. Text that
 * does not tokenize calls nothing. */
#include <ctype.h>
#include <string.h>

#include "model/model.h"
#include "model/sqltok.h"

/* Dollar quotes inside dollar quotes: deeper ones are not looked into. */
#define MAX_DOLLAR_DEPTH 8

/* Called for each call site: schema is the qualifier ("" when none). */
typedef bool (*call_fn)(const char *schema, const char *name, const void *ctx);

static bool is_name(const sc_tok *t)
{
    return t->kind == SC_TOK_IDENT || t->kind == SC_TOK_KEYWORD || t->kind == SC_TOK_QUOTED_IDENT;
}

/* The meaningful token after (dir = 1) or before (dir = -1) token i, or
 * NULL: blanks and comments skipped. */
static const sc_tok *neighbour(const sc_toks *t, size_t i, int dir)
{
    for (size_t k = i; dir > 0 ? k + 1 < t->n : k > 0;) {
        k = dir > 0 ? k + 1 : k - 1;
        if (!sc_tok_is_space(&t->items[k]))
            return &t->items[k];
    }
    return NULL;
}

static bool scan_calls(const char *text, size_t len, call_fn fn, const void *ctx, int depth);

/* Token i of t (a name followed by "("): reports it, with the name
 * before a "." in front of it as its schema. */
static bool call_site(const char *text, const sc_toks *t, size_t i, call_fn fn, const void *ctx)
{
    char name[256], schema[256] = "";
    if (!sc_tok_name(text, &t->items[i], name, sizeof name))
        return false;
    const sc_tok *dot = neighbour(t, i, -1);
    if (dot && sc_tok_op_is(text, dot, ".")) {
        const sc_tok *q = neighbour(t, (size_t)(dot - t->items), -1);
        if (q && is_name(q))
            sc_tok_name(text, q, schema, sizeof schema);
    }
    return fn(schema, name, ctx);
}

static bool scan_calls(const char *text, size_t len, call_fn fn, const void *ctx, int depth)
{
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(text, len, SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return false;
    bool found = false;
    for (size_t i = 0; !found && i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        if (k->kind == SC_TOK_DOLLAR_STRING && depth < MAX_DOLLAR_DEPTH) {
            size_t open = sc_tok_dollar_open(text, k);
            if (k->len >= 2 * open)
                found = scan_calls(text + k->off + open, k->len - 2 * open, fn, ctx, depth + 1);
        } else if (is_name(k)) {
            const sc_tok *next = neighbour(&t, i, 1);
            found = next && sc_tok_op_is(text, next, "(") && call_site(text, &t, i, fn, ctx);
        }
    }
    sc_toks_free(&t);
    return found;
}

typedef struct {
    const char *schema, *name;
} one_fn;

static bool is_one(const char *schema, const char *name, const void *ctx)
{
    const one_fn *f = ctx;
    return !strcmp(name, f->name) && (!*schema || !strcmp(schema, f->schema));
}

static bool ident_char(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 0x80;
}

/* w occurs in s as a whole word, ASCII case aside: not inside a longer
 * name (a '$' before it may end a dollar quote's delimiter, so counts as
 * a boundary; one after it would continue the name). */
static bool contains_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s; *p; p++) {
        if (p > s && ident_char((unsigned char)p[-1]))
            continue;
        size_t k = 0;
        while (k < n && p[k] && tolower((unsigned char)p[k]) == tolower((unsigned char)w[k]))
            k++;
        if (k == n && !ident_char((unsigned char)p[n]) && p[n] != '$')
            return true;
    }
    return false;
}

bool sc_expr_calls(const char *expr, const char *schema, const char *name)
{
    if (!expr)
        return false;
    /* The diff asks this of every pair of functions (fn_users.c,
     * routine_deps.c), and tokenizing costs far more than a look for the
     * name: a text that does not spell the name as a word calls no such
     * function. (A name with a '"' is doubled inside quotes: no shortcut.) */
    if (!strchr(name, '"') && !contains_word(expr, name))
        return false;
    one_fn f = {schema, name};
    return scan_calls(expr, strlen(expr), is_one, &f, 0);
}

typedef struct {
    bool (*fn)(const char *schema, const char *name, void *arg);
    void *arg;
} each_site;

static bool one_site(const char *schema, const char *name, const void *ctx)
{
    const each_site *e = ctx;
    return e->fn(schema, name, e->arg);
}

void sc_expr_call_sites(const char *expr, bool (*fn)(const char *schema, const char *name, void *arg), void *arg)
{
    if (!expr)
        return;
    each_site e = {fn, arg};
    scan_calls(expr, strlen(expr), one_site, &e, 0);
}

static bool is_models(const char *schema, const char *name, const void *ctx)
{
    const sc_model *m = ctx;
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = m->functions.items[i];
        if (!strcmp(name, f->name) && (!*schema || !strcmp(schema, f->schema)))
            return true;
    }
    return false;
}

bool sc_model_calls_function(const sc_model *m, const char *expr)
{
    if (!expr || !m->functions.n)
        return false;
    return scan_calls(expr, strlen(expr), is_models, m, 0);
}
