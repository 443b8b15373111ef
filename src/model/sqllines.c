/* sqllines.c - line starts of SQL text outside strings (see sqllines.h). */
#include "model/sqllines.h"

#include "model/dollar.h"

static int ident_char(char c)
{
    return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || (c & 0x80);
}

size_t sc_sql_next_line(const char *q, size_t n, size_t from)
{
    size_t i = from;
    while (i < n) {
        char c = q[i];
        if (c == '\n')
            return i + 1;
        if (c == '-' && i + 1 < n && q[i + 1] == '-') {
            while (i < n && q[i] != '\n')
                i++;
            continue;
        }
        if (c == '/' && i + 1 < n && q[i + 1] == '*') {
            for (i += 2; i + 1 < n && !(q[i] == '*' && q[i + 1] == '/'); i++)
                ;
            i += 2;
            continue;
        }
        size_t dq = sc_dollar_len(q + i, n - i, i > 0 ? q[i - 1] : 0);
        if (dq) {
            i += dq;
            continue;
        }
        if (c == '\'' || c == '"') {
            int esc = c == '\'' && i > 0 && (q[i - 1] == 'e' || q[i - 1] == 'E') &&
                      (i == 1 || !ident_char(q[i - 2]));
            for (i++; i < n; i++) {
                if (esc && q[i] == '\\') {
                    i++;
                    continue;
                }
                if (q[i] == c) {
                    if (i + 1 < n && q[i + 1] == c) {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            i++;
            continue;
        }
        i++;
    }
    return n;
}
