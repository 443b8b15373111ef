/* calls.c - funcdeps (issue 11): whether an expression calls a function,
 * by its text: a name followed by '(' (optionally schema-qualified),
 * outside strings. The diff falls back to it without a catalog's answer
 * (fn_users.c); `compile` uses it to create a domain's parts that call a
 * function after the functions (ddl_funcdeps.c). */
#include <ctype.h>
#include <string.h>

#include "model/model.h"

/* Reads one identifier at *p (folded unless quoted) into buf. */
static bool ident(const char **p, char *buf, size_t cap)
{
    const char *s = *p;
    size_t k = 0;
    if (*s == '"') {
        for (s++; *s; s++) {
            if (*s == '"') {
                if (s[1] != '"')
                    break;
                s++;
            }
            if (k + 1 < cap)
                buf[k++] = *s;
        }
        if (*s)
            s++;
    } else if (isalpha((unsigned char)*s) || *s == '_' || (*s & 0x80)) {
        while (isalnum((unsigned char)*s) || *s == '_' || *s == '$' || (*s & 0x80)) {
            if (k + 1 < cap)
                buf[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
    } else {
        return false;
    }
    buf[k] = '\0';
    *p = s;
    return true;
}

bool sc_expr_calls(const char *expr, const char *schema, const char *name)
{
    char prev[128] = "", word[128];
    bool after_dot = false;
    for (const char *p = expr; p && *p;) {
        if (*p == '\'') {   /* a string ('' inside) */
            for (p++; *p && !(*p == '\'' && p[1] != '\''); p += *p == '\'' ? 2 : 1)
                ;
            if (*p)
                p++;
            continue;
        }
        const char *start = p;
        if (ident(&p, word, sizeof word)) {
            if (start > expr && (isdigit((unsigned char)start[-1])))
                continue;
            const char *q = p;
            while (isspace((unsigned char)*q))
                q++;
            if (*q == '(' && !strcmp(word, name) && (!after_dot || !strcmp(prev, schema)))
                return true;
            after_dot = *q == '.';
            strcpy(prev, word);
            continue;
        }
        if (*p != '.' && !isspace((unsigned char)*p))
            after_dot = false;
        p++;
    }
    return false;
}

bool sc_model_calls_function(const sc_model *m, const char *expr)
{
    for (size_t i = 0; expr && i < m->functions.n; i++) {
        const sc_function *f = m->functions.items[i];
        if (sc_expr_calls(expr, f->schema, f->name))
            return true;
    }
    return false;
}
