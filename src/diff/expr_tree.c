/* expr_tree.c - two expressions compared as PostgreSQL parse trees.
 *
 * The text normalisation (compare.c) knows spellings; a parse tree knows
 * the grammar: "(a > 0) AND b" and "a>0 and (b)", a comment, a dollar
 * quote for a plain string, the case of keywords and unquoted names are all
 * the same tree. This needs no server, so a file-against-file diff gets it
 * too. Only equality is decided here: different trees may still be the
 * same expression to the server (now() and CURRENT_TIMESTAMP), which the
 * text normalisation or the server's terms settle. */
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"

/* The expression as the target list of SELECT (...), parsed and written
 * back by libpg_query's deparser: one spelling per tree. (The parse tree's
 * JSON form would not do: libpg_query 15 writes the integer constants 0
 * and -1 alike.) NULL when it does not parse (SQLite syntax, a whole
 * statement). Heap string. */
char *sc_expr_as_select(const char *expr)
{
    size_t n = strlen(expr);
    char *q = malloc(n + 16);
    if (!q)
        abort();
    memcpy(q, "SELECT (", 8);
    memcpy(q + 8, expr, n);
    memcpy(q + 8 + n, "\n)", 3);   /* a newline ends a trailing -- comment */
    return q;
}

static char *expr_tree(const char *expr)
{
    char *q = sc_expr_as_select(expr);
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(q);
    free(q);
    char *out = NULL;
    if (!r.error) {
        PgQueryDeparseResult d = pg_query_deparse_protobuf(r.parse_tree);
        if (!d.error && d.query)
            out = strdup(d.query);
        pg_query_free_deparse_result(d);
    }
    pg_query_free_protobuf_parse_result(r);
    return out;
}

bool sc_expr_tree_same(const char *x, const char *y)
{
    char *tx = expr_tree(x);
    if (!tx)
        return false;
    char *ty = expr_tree(y);
    bool same = ty && !strcmp(tx, ty);
    free(tx);
    free(ty);
    return same;
}
