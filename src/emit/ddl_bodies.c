/* ddl_bodies.c - funcdeps2 (issue 11): where `compile` writes a function
 * with a SQL-standard body (BEGIN ATOMIC ... END, RETURN ...).
 *
 * PostgreSQL parses such a body when the function is created: the tables
 * and views it reads and the functions it calls must exist then. And a
 * column default, a generated column, a check, an index, a view or a
 * policy that calls it needs it to exist first. So a body is written just
 * before the first object that calls it, once what it reads exists: the
 * tables' order puts the tables its callers' bodies read first
 * (sc_ddl_bodies_each_read), the views' order the views they read; a body
 * that nothing calls comes after the views, as before. What a body reads
 * and calls is found in its text (the names of the model's tables, views
 * and functions among its names), which errs towards more order, never
 * less. */
#include <stdlib.h>
#include <string.h>

#include "emit/ddl.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

typedef struct body {
    const sc_function *f;
    sc_strmap *names;   /* the names its text uses */
    char **list;        /* the same, once each, in order (heap) */
    size_t nlist;
    bool written;
} body;

static void names_of(body *x, const char *text)
{
    x->names = sc_strmap_new();
    char buf[256];
    sc_name_iter it;
    sc_name_iter_init(&it, text);
    while (sc_name_iter_next(&it, buf, sizeof buf)) {
        if (sc_strmap_has(x->names, buf))
            continue;
        sc_strmap_put(x->names, buf, NULL);
        x->list = realloc(x->list, (x->nlist + 1) * sizeof *x->list);
        if (!x->list || !(x->list[x->nlist] = strdup(buf)))
            abort();
        x->nlist++;
    }
    sc_name_iter_free(&it);
}

void sc_ddl_bodies_init(sc_ddl_bodies *s, const sc_model *m, sc_dialect dialect)
{
    memset(s, 0, sizeof *s);
    s->m = m;
    if (dialect != SC_DIALECT_POSTGRESQL)
        return;
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (!f->sql_body)
            continue;
        body *b = calloc(1, sizeof *b);
        if (!b)
            abort();
        b->f = f;
        names_of(b, sc_routine_body_after_create(f->sql));
        s->bodies = realloc(s->bodies, (s->n + 1) * sizeof *s->bodies);
        if (!s->bodies)
            abort();
        s->bodies[s->n++] = b;
    }
}

void sc_ddl_bodies_free(sc_ddl_bodies *s)
{
    for (size_t i = 0; i < s->n; i++) {
        body *b = s->bodies[i];
        sc_strmap_free(b->names);
        for (size_t k = 0; k < b->nlist; k++)
            free(b->list[k]);
        free(b->list);
        free(b);
    }
    free(s->bodies);
    memset(s, 0, sizeof *s);
}

static void write_body(sc_strbuf *b, sc_ddl_bodies *s, body *x, sc_diags *d)
{
    if (x->written)
        return;
    x->written = true;   /* first: a cycle of bodies ends here */
    for (size_t i = 0; i < s->n; i++) {   /* the bodies it calls */
        body *y = s->bodies[i];
        if (y != x && !y->written && sc_strmap_has(x->names, y->f->name) &&
            sc_expr_calls(sc_routine_body_after_create(x->f->sql), y->f->schema, y->f->name))
            write_body(b, s, y, d);
    }
    if (s->rowfns)   /* fns6: those over a view's row type it calls */
        sc_ddl_rowfns_called(b, s->rowfns, sc_routine_body_after_create(x->f->sql), d);
    sc_sb_putc(b, '\n');
    s->rc |= sc_ddl_create_function(b, x->f, false, SC_DIALECT_POSTGRESQL, d);
}

void sc_ddl_bodies_called(sc_strbuf *b, sc_ddl_bodies *s, const char *expr, sc_diags *d)
{
    for (size_t i = 0; expr && i < s->n; i++) {
        body *x = s->bodies[i];
        if (!x->written && sc_expr_calls(expr, x->f->schema, x->f->name))
            write_body(b, s, x, d);
    }
}

void sc_ddl_bodies_named(sc_strbuf *b, sc_ddl_bodies *s, const char *schema, const char *name, sc_diags *d)
{
    for (size_t i = 0; i < s->n; i++) {
        body *x = s->bodies[i];
        if (!x->written && !strcmp(x->f->name, name) && (!schema || !strcmp(x->f->schema, schema)))
            write_body(b, s, x, d);
    }
}

void sc_ddl_bodies_rest(sc_strbuf *b, sc_ddl_bodies *s, sc_diags *d)
{
    for (size_t i = 0; i < s->n; i++)
        write_body(b, s, s->bodies[i], d);
}

/* The names a body reads, for each body that expr calls (or that one of
 * them calls, to a small depth). */
static void reads_of(const sc_ddl_bodies *s, const body *x, int depth, void (*fn)(const char *, void *),
                     void *arg)
{
    for (size_t i = 0; i < x->nlist; i++)
        fn(x->list[i], arg);
    for (size_t i = 0; depth < 4 && i < s->n; i++) {
        const body *y = s->bodies[i];
        if (y != x && sc_strmap_has(x->names, y->f->name))
            reads_of(s, y, depth + 1, fn, arg);
    }
}

void sc_ddl_bodies_each_read(const sc_ddl_bodies *s, const char *expr, void (*fn)(const char *, void *),
                             void *arg)
{
    for (size_t i = 0; expr && i < s->n; i++) {
        const body *x = s->bodies[i];
        if (sc_expr_calls(expr, x->f->schema, x->f->name))
            reads_of(s, x, 0, fn, arg);
    }
}

void sc_ddl_bodies_each_read_named(const sc_ddl_bodies *s, const char *schema, const char *name,
                                   void (*fn)(const char *, void *), void *arg)
{
    for (size_t i = 0; i < s->n; i++) {
        const body *x = s->bodies[i];
        if (!strcmp(x->f->name, name) && (!schema || !strcmp(x->f->schema, schema)))
            reads_of(s, x, 0, fn, arg);
    }
}

bool sc_ddl_bodies_calls(const sc_ddl_bodies *s, const char *expr)
{
    for (size_t i = 0; expr && i < s->n; i++)
        if (sc_expr_calls(expr, s->bodies[i]->f->schema, s->bodies[i]->f->name))
            return true;
    return false;
}

static void texts_of(const sc_ddl_bodies *s, const body *x, int depth, void (*fn)(const char *, void *), void *arg)
{
    const char *text = sc_routine_body_after_create(x->f->sql);
    fn(text, arg);
    for (size_t i = 0; depth < 4 && i < s->n; i++) {
        const body *y = s->bodies[i];
        if (y != x && sc_expr_calls(text, y->f->schema, y->f->name))
            texts_of(s, y, depth + 1, fn, arg);
    }
}

void sc_ddl_bodies_each_text_named(const sc_ddl_bodies *s, const char *schema, const char *name,
                                   void (*fn)(const char *, void *), void *arg)
{
    for (size_t i = 0; i < s->n; i++) {
        const body *x = s->bodies[i];
        if (!strcmp(x->f->name, name) && (!schema || !strcmp(x->f->schema, schema)))
            texts_of(s, x, 0, fn, arg);
    }
}
