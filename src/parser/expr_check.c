/* expr_check.c - an expression's text scanned as the DSL's scanner scans the
 * inside of parentheses (grammar/schemac.l), to find what it could not
 * carry: see expr_check.h. */
#include "parser/expr_check.h"

#include <stdbool.h>
#include <string.h>

#include "model/dollar.h"
#include "parser/pstate.h"

static bool ident_start(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

static bool ident_char(char c)
{
    return ident_start(c) || c == '$' || (c >= '0' && c <= '9');
}

/* End of the quoted run that opens at e[i] (quote q, doubled to escape;
 * backslash escapes too in an E'' string), or n when it is not closed. */
static size_t quoted_end(const char *e, size_t n, size_t i, char q, bool backslash)
{
    for (i++; i < n; i++) {
        if (backslash && e[i] == '\\') {
            i++;
        } else if (e[i] == q) {
            if (i + 1 < n && e[i + 1] == q)
                i++;
            else
                return i + 1;
        }
    }
    return n + 1;
}

int sc_expr_check(const char *e, size_t n, const char **why)
{
    long depth = 0;
    size_t i = 0;
    /* inside an identifier, where $ and ' do not start anything (a$b$ is a
     * name, as in the DSL's scanner); a quoted run or a number ends one */
    bool in_word = false;
    while (i < n) {
        char c = e[i];
        size_t end;
        if (in_word && ident_char(c)) {
            i++;
            continue;
        }
        in_word = false;
        if (c == '\'' || c == '"') {
            end = quoted_end(e, n, i, c, false);
            if (end > n) {
                *why = c == '"' ? "unterminated quoted identifier" : "unterminated string literal";
                return -1;
            }
            i = end;
        } else if ((c == 'e' || c == 'E') && i + 1 < n && e[i + 1] == '\'') {
            end = quoted_end(e, n, i + 1, '\'', true);
            if (end > n) {
                *why = "unterminated string literal";
                return -1;
            }
            i = end;
        } else if (c == '$' && sc_dollar_open(e + i, n - i, 0)) {
            end = sc_dollar_len(e + i, n - i, 0);
            if (!end) {
                *why = "unterminated dollar-quoted string";
                return -1;
            }
            i += end;
        } else if (c == '-' && i + 1 < n && e[i + 1] == '-') {
            const char *nl = memchr(e + i, '\n', n - i);
            if (!nl) {
                *why = "ends in a -- comment, which would hide the closing parenthesis";
                return -1;
            }
            i = (size_t)(nl - e) + 1;
        } else if (c == '/' && i + 1 < n && e[i + 1] == '*') {
            /* not nested, as the DSL's scanner reads them */
            const char *close = NULL;
            for (size_t k = i + 2; k + 1 < n; k++)
                if (e[k] == '*' && e[k + 1] == '/') {
                    close = e + k;
                    break;
                }
            if (!close) {
                *why = "unterminated /* comment";
                return -1;
            }
            i = (size_t)(close - e) + 2;
        } else if (ident_start(c)) {
            in_word = true;
            i++;
        } else if (c >= '0' && c <= '9') {
            /* a number: digits, not a word ($ after it opens a dollar quote) */
            while (i < n && ((e[i] >= '0' && e[i] <= '9') || e[i] == '.'))
                i++;
        } else {
            if (c == '(' && ++depth > SC_MAX_NESTING - 2) {
                /* the DSL adds a level or two of its own around it */
                *why = "nested too deeply";
                return -1;
            }
            else if (c == ')' && --depth < 0) {
                *why = "unbalanced parentheses: \")\" without a \"(\" before it";
                return -1;
            }
            i++;
        }
    }
    if (depth > 0) {
        *why = "unbalanced parentheses: a \"(\" is never closed";
        return -1;
    }
    return 0;
}
