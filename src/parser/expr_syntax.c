/* expr_syntax.c - a `( ... )` expression of the DSL read by PostgreSQL's
 * parser (libpg_query) while the file is parsed, so that a syntax error
 * inside it is reported by `compile` at its file:line:col, with a caret,
 * rather than by the server when the DDL is applied.
 *
 * The source text is checked as written (comments included), wrapped so
 * that it is a statement: an expression as `SELECT (<text>)`, a call that
 * is an index element as `SELECT <text>` (its parentheses hold arguments,
 * which are not an expression: `extract(year from d)`). The offsets of the
 * wrapped text are those of the source plus the prefix, so the parser's
 * error cursor maps back onto the file. The DSL's SQL is PostgreSQL's (see
 * docs/dsl.md); what SQLite alone accepts is not checked for. */
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "model/sqltok.h"
#include "parser/expr_check.h"
#include "parser/pstate.h"

void sc_pb_raw_check(sc_pstate *ps, sc_span s)
{
    const char *e = ps->src->text + s.start;
    size_t n = s.end > s.start ? s.end - s.start : 0;
    const char *why = NULL;
    if (memchr(e, '\0', n) || sc_expr_check(e, n, &why) == 0)
        return;   /* NUL bytes: the DSL's scanner reports them itself */
    sc_toks toks;
    sc_tok_err err;
    size_t off = 0;
    if (sc_sql_tokenize(e, n, SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        off = err.off < n ? err.off : 0;   /* where the token that does not scan starts */
    else
        sc_toks_free(&toks);
    sc_loc at = {ps->src, s.start + (uint32_t)off, 1};
    ps->nerrors++;
    sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, at, "in this SQL text: %s", why);
    sc_diag_hint(dg, "write it as PostgreSQL reads it (a number and a word apart, strings in single quotes)");
}

void sc_pb_sql_check(sc_pstate *ps, sc_span s, bool expr)
{
    const char *pre = expr ? "SELECT (" : "SELECT ";
    const char *post = expr ? "\n)" : "\n";   /* a newline ends a trailing -- comment */
    size_t lp = strlen(pre), lt = s.end > s.start ? s.end - s.start : 0, ls = strlen(post);
    char *q = malloc(lp + lt + ls + 1);
    if (!q)
        abort();
    memcpy(q, pre, lp);
    memcpy(q + lp, ps->src->text + s.start, lt);
    memcpy(q + lp + lt, post, ls + 1);
    if (memchr(q, '\0', lp + lt)) {   /* the DSL's scanner reports NUL bytes itself */
        free(q);
        return;
    }
    /* parsed for its verdict alone: the splitter runs the parser without
     * writing the tree out */
    PgQuerySplitResult r = pg_query_split_with_parser(q);
    if (r.error) {
        size_t off = r.error->cursorpos > 0 ? sc_sql_cursor_offset(q, lp + lt + ls, r.error->cursorpos) : lp;
        /* before the text: its start; past it (end of input): its end */
        off = off < lp ? 0 : off - lp;
        if (off > lt)
            off = lt;
        sc_loc at = {ps->src, s.start + (uint32_t)off, 1};
        ps->nerrors++;
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, at, "in this SQL expression: %s",
                                  r.error->message);
        sc_diag_hint(dg, "the text between the parentheses must be a PostgreSQL expression");
    }
    pg_query_free_split_result(r);
    free(q);
}
