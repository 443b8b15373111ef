/* scope.c - which PostgreSQL schemas a comparison covers.
 *
 * A database holds schemas that are not the project's (other applications,
 * extensions), so by default only public and the schemas the declared side
 * uses are compared: a table there that the declaration lacks is dropped,
 * anything elsewhere is left alone. "all" widens that to every user schema
 * of the database, so that a schema the declaration no longer mentions at
 * all is dropped too (Alembic's include_schemas=True, Atlas's default). */
#include <stdlib.h>
#include <string.h>

#include "inspect/inspect.h"
#include "pipeline/scope.h"
#include "model/strmap.h"

typedef struct names {
    const char **v;
    size_t n, cap;
    sc_strmap *seen;
} names;

static void add(names *s, const char *name)
{
    if (!name || sc_strmap_has(s->seen, name))
        return;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            abort();
    }
    sc_strmap_put(s->seen, name, NULL);
    s->v[s->n++] = name;
}

static void add_declared(names *s, const sc_model *m)
{
    add(s, SC_DEFAULT_SCHEMA);
    for (size_t i = 0; i < m->schemas.n; i++)
        add(s, SC_VEC_AT(m->schemas, i, const char));
    for (size_t i = 0; i < m->tables.n; i++)
        add(s, SC_VEC_AT(m->tables, i, sc_table)->schema);
    for (size_t i = 0; i < m->enums.n; i++)
        add(s, SC_VEC_AT(m->enums, i, sc_enum)->schema);
    for (size_t i = 0; i < m->sequences.n; i++)
        add(s, SC_VEC_AT(m->sequences, i, sc_sequence)->schema);
    for (size_t i = 0; i < m->views.n; i++)
        add(s, SC_VEC_AT(m->views, i, sc_view)->schema);
    /* domains, composite and range types */
    for (size_t i = 0; i < m->utypes.n; i++)
        add(s, SC_VEC_AT(m->utypes, i, sc_utype)->schema);
}

size_t sc_declared_schemas(const sc_model *m, const char ***out)
{
    names s = {.seen = sc_strmap_new()};
    add_declared(&s, m);
    sc_strmap_free(s.seen);
    *out = s.v;
    return s.n;
}

const char **sc_schema_scope(sc_db *const *dbs, size_t ndb, const sc_model *const *declared, size_t ndecl,
                              const char *include, size_t *n, sc_scope_keep *keep, sc_diags *d)
{
    memset(keep, 0, sizeof *keep);
    names s = {.seen = sc_strmap_new()};
    if (include && strcmp(include, "all") != 0) {
        /* an explicit list: exactly those */
        keep->text = strdup(include);
        if (!keep->text)
            abort();
        for (char *tok = strtok(keep->text, ","); tok; tok = strtok(NULL, ",")) {
            while (*tok == ' ' || *tok == '\t')
                tok++;
            char *end = tok + strlen(tok);
            while (end > tok && (end[-1] == ' ' || end[-1] == '\t'))
                *--end = '\0';
            if (*tok)
                add(&s, tok);
        }
    } else {
        for (size_t i = 0; i < ndecl; i++)
            add_declared(&s, declared[i]);
        for (size_t i = 0; include && i < ndb && i < 2; i++) {
            size_t k = 0;
            keep->listed[i] = sc_inspect_schema_names(dbs[i], &k, d);
            keep->nlisted[i] = k;
            if (!keep->listed[i]) {
                sc_strmap_free(s.seen);
                free(s.v);
                return NULL;
            }
            for (size_t j = 0; j < k; j++)
                add(&s, keep->listed[i][j]);
        }
    }
    sc_strmap_free(s.seen);
    if (!s.n)
        add(&s, SC_DEFAULT_SCHEMA);
    *n = s.n;
    return s.v;
}

void sc_scope_free(sc_scope_keep *keep)
{
    free(keep->text);
    free(keep->listed[0]);
    free(keep->listed[1]);
    memset(keep, 0, sizeof *keep);
}
