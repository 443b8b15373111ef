/* respell.c - SQLite's identifiers are case-insensitive (ASCII): `USERS`
 * and `users` are one table, `Email` and `email` one column. Before a SQLite
 * diff, the tables and columns of `to` whose names match an object of `from`
 * only that way get a rename hint naming the `from` spelling, so that the
 * diff pairs them (instead of dropping one and creating the other, which
 * SQLite refuses: "table users already exists") and renames them: the
 * spelling of the target is kept (issue 13 item 4). The emitter carries out
 * a table's case-only rename through a temporary name (SQLite refuses
 * `ALTER TABLE users RENAME TO USERS`: "there is already another table");
 * a column's it takes directly. Views get the hint too (SQLite cannot
 * rename a view: the diff re-creates it). Indexes, which SQLite cannot rename, are
 * matched by exact name: one that differs only in case is dropped and
 * created again under the target's spelling. */
#include <string.h>
#include <strings.h>

#include "model/model.h"

/* The table of m equal to schema.name but for ASCII case (not exactly). */
static const sc_table *table_ci(const sc_model *m, const char *schema, const char *name)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (!strcmp(t->schema, schema) && strcmp(t->name, name) && !strcasecmp(t->name, name))
            return t;
    }
    return NULL;
}

static const sc_column *column_ci(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (strcmp(c->name, name) && !strcasecmp(c->name, name))
            return c;
    }
    return NULL;
}

/* The from-side table that table t of `to` continues only through case
 * (its hint, or none). */
static const sc_table *case_source(const sc_model *from, const sc_model *to, const sc_table *t)
{
    if (t->renamed_from || sc_model_table(from, t->schema, t->name))
        return NULL;
    const sc_table *f = table_ci(from, t->schema, t->name);
    /* not when the from side's spelling is itself a table of `to` */
    return f && !sc_model_table(to, f->schema, f->name) ? f : NULL;
}

/* The from-side table t continues: a hinted rename, the same name, or the
 * same but for case. */
static const sc_table *source(const sc_model *from, const sc_model *to, const sc_table *t)
{
    if (t->renamed_from)
        return sc_model_table(from, t->schema, t->renamed_from);
    const sc_table *f = sc_model_table(from, t->schema, t->name);
    return f ? f : case_source(from, to, t);
}

/* The from-side column that column c of t continues only through case. */
static const sc_column *column_case_source(const sc_table *f, const sc_table *t, const sc_column *c)
{
    if (!f || sc_column_renamed_from(c) || sc_table_column(f, c->name))
        return NULL;
    const sc_column *cf = column_ci(f, c->name);
    return cf && !sc_table_column(t, cf->name) ? cf : NULL;
}

static bool table_touched(const sc_model *from, const sc_model *to, const sc_table *t)
{
    if (case_source(from, to, t))
        return true;
    const sc_table *f = source(from, to, t);
    for (size_t i = 0; f && i < t->columns.n; i++)
        if (column_case_source(f, t, SC_VEC_AT(t->columns, i, sc_column)))
            return true;
    return false;
}

/* A copy of t with the hints (constraints and indexes shared). */
static void copy_table(sc_model *dst, const sc_model *from, const sc_model *to, const sc_table *t)
{
    sc_table *n = sc_model_add_table(dst, t->schema, t->name);
    if (!n)
        return;
    sc_strmap *cmap = n->column_map;
    const char *name = n->name, *schema = n->schema;
    *n = *t;
    n->name = name;
    n->schema = schema;
    n->column_map = cmap;
    n->columns = (sc_vec){0};
    n->constraints = (sc_vec){0};
    n->indexes = (sc_vec){0};
    const sc_table *cs = case_source(from, to, t);
    if (cs)
        n->renamed_from = sc_arena_strdup(dst->arena, cs->name);
    const sc_table *f = source(from, to, t);
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *ct = SC_VEC_AT(t->columns, i, sc_column);
        sc_column *c = sc_table_add_column(dst, n, ct->name);
        if (!c)
            continue;
        const char *cn = c->name;
        *c = *ct;
        c->name = cn;
        const sc_column *cf = column_case_source(f, t, ct);
        if (cf)
            sc_column_set_renamed_from(dst->arena, c, sc_arena_strdup(dst->arena, cf->name));
    }
    for (size_t i = 0; i < t->constraints.n; i++)
        sc_vec_push(dst->arena, &n->constraints, SC_VEC_AT(t->constraints, i, sc_constraint));
    for (size_t i = 0; i < t->indexes.n; i++)
        sc_vec_push(dst->arena, &n->indexes, SC_VEC_AT(t->indexes, i, sc_index));
}

/* The from-side view that view v of `to` continues only through case: a
 * view, like a table, is one object for SQLite whatever the case; SQLite
 * cannot rename it, so the diff re-creates it under the target's name. */
static const sc_view *view_case_source(const sc_model *from, const sc_model *to, const sc_view *v)
{
    if (v->renamed_from || sc_model_view(from, v->schema, v->name))
        return NULL;
    for (size_t i = 0; i < from->views.n; i++) {
        const sc_view *f = SC_VEC_AT(from->views, i, sc_view);
        if (!strcmp(f->schema, v->schema) && strcmp(f->name, v->name) && !strcasecmp(f->name, v->name))
            return sc_model_view(to, f->schema, f->name) ? NULL : f;
    }
    return NULL;
}

sc_model *sc_model_case_hints_sqlite(const sc_model *from, const sc_model *to)
{
    bool any = false;
    for (size_t i = 0; i < to->tables.n && !any; i++)
        any = table_touched(from, to, SC_VEC_AT(to->tables, i, sc_table));
    for (size_t i = 0; i < to->views.n && !any; i++)
        any = view_case_source(from, to, SC_VEC_AT(to->views, i, sc_view)) != NULL;
    if (!any)
        return NULL;
    sc_model *dst = sc_model_new();
    sc_model_share_types(dst, to, NULL);
    sc_model_share_routines(dst, to, NULL, NULL);   /* functions, triggers */
    for (size_t i = 0; i < to->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(to->tables, i, sc_table);
        if (table_touched(from, to, t))
            copy_table(dst, from, to, t);
        else
            sc_model_share_table(dst, t, NULL, NULL);
    }
    for (size_t i = 0; i < to->views.n; i++) {
        const sc_view *v = SC_VEC_AT(to->views, i, sc_view);
        const sc_view *f = view_case_source(from, to, v);
        sc_view *n = sc_model_share_view(dst, v);
        if (n && f)
            n->renamed_from = sc_arena_strdup(dst->arena, f->name);
    }
    sc_model_sort(dst);
    return dst;
}
