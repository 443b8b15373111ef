/* pg_alias.c - reading scratch schemas back under the names they stand for.
 *
 * The declared schema is loaded into scratch schemas with unique names
 * (scratch_pg.c), and the catalog queries read those. Their results name
 * the scratch schemas everywhere: as bare names (nspname columns) and
 * inside deparsed text (format_type, pg_get_expr, pg_get_constraintdef:
 * `scratch.mood`, `'a'::scratch.mood`). Rewriting the results, before any
 * model object is built, keeps the inspector itself unaware of it. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

/* The value with every occurrence of from[k] replaced; NULL when it holds
 * none. Heap string. */
static char *rewrite(const char *v, const char *const *from, const char *const *to,
                     const char *const *quoted, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(v, from[k]))
            return strdup(to[k]);
    sc_strbuf b = SC_STRBUF_INIT;
    bool hit = false;
    const char *p = v;
    while (*p) {
        size_t k = 0;
        for (; k < n; k++)
            if (!strncmp(p, from[k], strlen(from[k])))
                break;
        if (k < n) {
            sc_sb_puts(&b, quoted[k]);
            p += strlen(from[k]);
            hit = true;
        } else {
            sc_sb_putc(&b, *p++);
        }
    }
    if (!hit) {
        sc_sb_free(&b);
        return NULL;
    }
    return sc_sb_take(&b);
}

/* Cheap test first: most values (oids, flags, names) hold no scratch name. */
static bool holds_any(const char *v, const char *const *from, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strstr(v, from[k]))
            return true;
    return false;
}

static PGresult *unalias_one(PGresult *r, const char *const *from, const char *const *to,
                             const char *const *quoted, size_t n)
{
    PGresult *copy = NULL;
    int rows = PQntuples(r), cols = PQnfields(r);
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
            if (PQgetisnull(r, i, j) || !holds_any(PQgetvalue(r, i, j), from, n))
                continue;
            char *v = rewrite(PQgetvalue(r, i, j), from, to, quoted, n);
            if (!v)
                continue;
            if (!copy) {
                copy = PQcopyResult(r, PG_COPYRES_ATTRS | PG_COPYRES_TUPLES);
                if (!copy)
                    abort();
            }
            if (!PQsetvalue(copy, i, j, v, (int)strlen(v)))
                abort();
            free(v);
        }
    if (!copy)
        return r;
    PQclear(r);
    return copy;
}

static char **quote_all(const char *const *to, size_t n)
{
    char **quoted = calloc(n + 1, sizeof *quoted);
    if (!quoted)
        abort();
    for (size_t k = 0; k < n; k++) {
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_ident(&b, to[k]);
        quoted[k] = sc_sb_take(&b);
    }
    return quoted;
}

static void free_all(char **quoted, size_t n)
{
    for (size_t k = 0; k < n; k++)
        free(quoted[k]);
    free(quoted);
}

void pg_unalias_results(PGresult **res, int nres, const char *const *from, const char *const *to,
                        size_t n)
{
    char **quoted = quote_all(to, n);
    for (int i = 0; i < nres; i++)
        if (res[i])
            res[i] = unalias_one(res[i], from, to, (const char *const *)quoted, n);
    free_all(quoted, n);
}

char *pg_unalias_text(const char *text, const char *const *from, const char *const *to, size_t n)
{
    char **quoted = quote_all(to, n);
    char *v = rewrite(text, from, to, (const char *const *)quoted, n);
    free_all(quoted, n);
    if (!v && !(v = strdup(text)))
        abort();
    return v;
}
