/* lex_routine.c - functions, procedures and triggers in the DSL: a
 * top-level `create ...;`, `alter ...;`, `grant ...;`, `revoke ...;` or
 * `comment on ...;` statement is raw SQL, read as one RAWSQL token up to
 * the ';' that ends it.
 *
 * The scanner's own tokens are used to find that end, so strings, quoted
 * identifiers, dollar quotes and comments are skipped as everywhere else
 * in the DSL. A ';' ends the statement outside a BEGIN ... END body
 * (SQLite's trigger bodies, PostgreSQL's BEGIN ATOMIC), in which CASE ...
 * END nests as in sqlite3_complete(). Parentheses are not counted: no ';'
 * of these statements is inside them, and an unbalanced one is then
 * PostgreSQL's syntax error at its place rather than a statement that
 * swallows the rest of the file. */
#include <ctype.h>
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

/* Whether the next word of the text after `off` (blanks and comments
 * skipped, as the scanner skips them) is w. */
static bool next_word_is(const sc_pstate *ps, size_t off, const char *w)
{
    const char *p = ps->src->text + off, *end = ps->src->text + ps->src->len;
    for (;;) {
        while (p < end && isspace((unsigned char)*p))
            p++;
        if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n')
                p++;
        } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            const char *e = strstr(p + 2, "*/");
            p = e ? e + 2 : end;
        } else {
            break;
        }
    }
    size_t n = strlen(w);
    return (size_t)(end - p) >= n && !strncasecmp(p, w, n) &&
           (p + n == end || !(isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '$' || (p[n] & 0x80)));
}

bool sc_lex_starts_raw(const sc_pstate *ps, int tok, sc_span s, int last_tok)
{
    /* an object's name (`table create`) is not a statement */
    if (ps->nparens || ps->nbraces || last_tok)
        return false;
    /* issue 12: COMMENT ON FUNCTION|PROCEDURE|AGGREGATE|ROUTINE|TRIGGER
     * (routine_comment.c); the DSL's own `comment` (`schema s comment
     * '...'`, after a sequence, enum or collation) is followed by a string,
     * never by `on` */
    if (tok == K_COMMENT)
        return next_word_is(ps, s.end, "on");
    if (tok != IDENT)
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
