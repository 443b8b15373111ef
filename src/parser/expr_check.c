/* expr_check.c - an expression's text read by the SQL tokenizer
 * (model/sqltok.h) to find what the DSL could not carry: see expr_check.h.
 * Where the DSL's scanner (grammar/schemac.l) reads otherwise than
 * PostgreSQL, it is said below. */
#include "parser/expr_check.h"

#include <pg_query.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/sqltok.h"
#include "parser/pstate.h"

static bool nested_open(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '/' && s[i + 1] == '*')
            return true;
    return false;
}

/* The DSL reads the text between its parentheses with PostgreSQL's parser
 * (expr_syntax.c), wrapped as SELECT (...) as here. */
int sc_expr_parses(const char *e, size_t n, const char **why)
{
    static _Thread_local char msg[160];
    static const char pre[] = "SELECT (", post[] = "\n)";
    char *q = malloc(sizeof pre - 1 + n + sizeof post);
    if (!q)
        abort();
    memcpy(q, pre, sizeof pre - 1);
    memcpy(q + sizeof pre - 1, e, n);
    memcpy(q + sizeof pre - 1 + n, post, sizeof post);
    int rc = 0;
    if (!memchr(e, '\0', n)) {
        PgQuerySplitResult r = pg_query_split_with_parser(q);
        if (r.error) {
            snprintf(msg, sizeof msg, "%s", r.error->message);
            *why = msg;
            rc = -1;
        }
        pg_query_free_split_result(r);
    }
    free(q);
    return rc;
}

int sc_expr_check(const char *e, size_t n, const char **why)
{
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(e, n, SC_DIALECT_POSTGRESQL, &toks, &err) != 0) {
        *why = sc_tok_err_static(&err);
        return -1;
    }
    long depth = 0;
    int rc = 0;
    for (size_t i = 0; i < toks.n && rc == 0; i++) {
        const sc_tok *t = &toks.items[i];
        if (t->kind == SC_TOK_COMMENT && e[t->off] == '-' && t->off + t->len == n) {
            *why = "ends in a -- comment, which would hide the closing parenthesis";
            rc = -1;
        } else if (t->kind == SC_TOK_COMMENT && e[t->off] == '/' &&
                   nested_open(e + t->off + 2, t->len - 2)) {
            /* PostgreSQL nests block comments; the DSL's scanner does not */
            *why = "a /* comment inside a /* comment";
            rc = -1;
        } else if (sc_tok_op_is(e, t, "(") && ++depth > SC_MAX_NESTING - 2) {
            /* the DSL adds a level or two of its own around it */
            *why = "nested too deeply";
            rc = -1;
        } else if (sc_tok_op_is(e, t, ")") && --depth < 0) {
            *why = "unbalanced parentheses: \")\" without a \"(\" before it";
            rc = -1;
        }
    }
    sc_toks_free(&toks);
    if (rc == 0 && depth > 0) {
        *why = "unbalanced parentheses: a \"(\" is never closed";
        rc = -1;
    }
    return rc;
}
