/* lex_routine.c - functions, procedures and triggers in the DSL: a
 * top-level `create ...;` or `alter ...;` statement is raw SQL, read as one
 * RAWSQL token up to the ';' that ends it.
 *
 * The scanner's own tokens are used to find that end, so strings, quoted
 * identifiers, dollar quotes and comments are skipped as everywhere else
 * in the DSL. A ';' ends the statement outside a BEGIN ... END body
 * (SQLite's trigger bodies, PostgreSQL's BEGIN ATOMIC), in which CASE ...
 * END nests as in sqlite3_complete(). Parentheses are not counted: no ';'
 * of these statements is inside them, and an unbalanced one is then
 * PostgreSQL's syntax error at its place rather than a statement that
 * swallows the rest of the file. */
#include <string.h>
#include <strings.h>

#include "parser/pstate.h"
#include "schemac.tab.h"
#define YYSTYPE SC_YYSTYPE
#define YYLTYPE sc_span
#include "schemac.lex.h"

static bool is_word(const sc_pstate *ps, sc_span s, const char *w)
{
    size_t n = strlen(w);
    return s.end - s.start == n && !strncasecmp(ps->src->text + s.start, w, n);
}

bool sc_lex_starts_raw(const sc_pstate *ps, int tok, sc_span s, int last_tok)
{
    /* an object's name (`table create`) is not a statement */
    if (tok != IDENT || ps->nparens || ps->nbraces || last_tok)
        return false;
    return is_word(ps, s, "create") || is_word(ps, s, "alter") ||
           /* privileges (build_privilege.c) */
           is_word(ps, s, "grant") || is_word(ps, s, "revoke");
}

int sc_lex_raw_statement(void *lval, sc_span *lloc, sc_pstate *ps)
{
    uint32_t start = lloc->start;
    int blocks = 0;   /* BEGIN/CASE ... END */
    sc_span s;
    for (;;) {
        int t = sc_lxlex(lval, &s, ps->scanner);
        if (t == SC_YYerror)
            return t;
        if (t == SC_YYEOF) {
            sc_lex_error(ps, start, (uint32_t)(lloc->end - lloc->start),
                         "this statement has no ';' at its end");
            lloc->end = ps->off;
            return SC_YYerror;
        }
        if (t == ';' && !blocks)
            break;
        else if (is_word(ps, s, "begin") || (blocks && is_word(ps, s, "case")))
            blocks++;
        else if (blocks && is_word(ps, s, "end"))
            blocks--;
    }
    lloc->start = start;
    lloc->end = s.end;
    return RAWSQL;
}
