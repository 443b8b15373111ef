/* respell.c - SQLite's identifiers are case-insensitive (ASCII): `USERS`
 * and `users` are one table, `Email` and `email` one column. Before a SQLite
 * diff, the objects of the `from` model whose names match an object of `to`
 * only that way are given the `to` spelling, so that the diff pairs them
 * (instead of dropping one and creating the other, which SQLite refuses:
 * "table users already exists"). The SQL then names them in the target's
 * spelling, which SQLite resolves to the same objects; a difference of case
 * alone is no change (SQLite would refuse the rename anyway). */
#include <string.h>
#include <strings.h>

#include "model/model.h"

typedef struct respell {
    const sc_model *from, *to;
    sc_strmap *tables;    /* from table name -> to spelling (only those that differ) */
    sc_strmap *columns;   /* "table\x1fcolumn" (from names) -> to spelling */
    sc_strmap *indexes;   /* from index name -> to spelling */
    sc_arena *a;          /* the keys built while matching */
} respell;

/* The table of m equal to schema.name but for ASCII case. */
static const sc_table *table_ci(const sc_model *m, const char *schema, const char *name)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (!strcmp(t->schema, schema) && !strcasecmp(t->name, name))
            return t;
    }
    return NULL;
}

static const sc_column *column_ci(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (!strcasecmp(c->name, name))
            return c;
    }
    return NULL;
}

static const char *new_table_name(const respell *r, const char *name)
{
    const char *n = name ? sc_strmap_get(r->tables, name) : NULL;
    return n ? n : name;
}

static const char *new_column_name(const respell *r, const char *table, const char *column)
{
    const char *n = sc_strmap_get(r->columns, sc_arena_printf(r->a, "%s\x1f%s", table, column));
    return n ? n : column;
}

/* The to-side table a from table continues: same name, or the same but for case. */
static const sc_table *counterpart(const respell *r, const sc_table *f)
{
    const sc_table *t = sc_model_table(r->to, f->schema, f->name);
    if (t)
        return t;
    t = table_ci(r->to, f->schema, f->name);
    /* not when the to side's spelling is itself a table of `from` */
    return t && !sc_model_table(r->from, t->schema, t->name) ? t : NULL;
}

static void match_table(respell *r, const sc_table *f)
{
    const sc_table *t = counterpart(r, f);
    if (!t)
        return;
    if (strcmp(t->name, f->name))
        sc_strmap_put(r->tables, f->name, (void *)t->name);
    for (size_t i = 0; i < f->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(f->columns, i, sc_column);
        if (sc_table_column(t, cf->name))
            continue;
        const sc_column *ct = column_ci(t, cf->name);
        if (ct && !sc_table_column(f, ct->name))
            sc_strmap_put(r->columns, sc_arena_printf(r->a, "%s\x1f%s", f->name, cf->name), (void *)ct->name);
    }
    for (size_t i = 0; i < f->indexes.n; i++) {
        const sc_index *xf = SC_VEC_AT(f->indexes, i, sc_index);
        const sc_index *exact = NULL, *ci = NULL;
        for (size_t j = 0; j < t->indexes.n; j++) {
            const sc_index *xt = SC_VEC_AT(t->indexes, j, sc_index);
            if (xt->name && xf->name && !strcmp(xt->name, xf->name))
                exact = xt;
            else if (xt->name && xf->name && !strcasecmp(xt->name, xf->name))
                ci = xt;
        }
        if (!exact && ci)
            sc_strmap_put(r->indexes, xf->name, (void *)ci->name);
    }
}

static sc_names map_names(respell *r, sc_arena *a, const sc_names *n, const char *table)
{
    sc_names out = {sc_arena_alloc(a, (n->n + 1) * sizeof *out.items), n->n};
    for (size_t i = 0; i < n->n; i++)
        out.items[i] = sc_arena_strdup(a, new_column_name(r, table, n->items[i]));
    return out;
}

static bool table_touched(const respell *r, const sc_table *f)
{
    if (sc_strmap_has(r->tables, f->name))
        return true;
    for (size_t i = 0; i < f->columns.n; i++)
        if (new_column_name(r, f->name, SC_VEC_AT(f->columns, i, sc_column)->name) !=
            SC_VEC_AT(f->columns, i, sc_column)->name)
            return true;
    for (size_t i = 0; i < f->indexes.n; i++)
        if (sc_strmap_has(r->indexes, SC_VEC_AT(f->indexes, i, sc_index)->name))
            return true;
    for (size_t i = 0; i < f->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(f->constraints, i, sc_constraint);
        if (k->kind != SC_CON_FOREIGN_KEY || !k->ref_table)
            continue;
        if (sc_strmap_has(r->tables, k->ref_table))
            return true;
        for (size_t j = 0; j < k->ref_columns.n; j++)
            if (new_column_name(r, k->ref_table, k->ref_columns.items[j]) != k->ref_columns.items[j])
                return true;
    }
    return false;
}

/* A copy of f under the to side's spellings (objects of f's own that do not
 * change are shared). */
static void copy_table(respell *r, sc_model *dst, const sc_table *f)
{
    sc_table *n = sc_model_add_table(dst, f->schema, new_table_name(r, f->name));
    if (!n)
        return;
    sc_strmap *cmap = n->column_map;
    const char *name = n->name, *schema = n->schema;
    *n = *f;
    n->name = name;
    n->schema = schema;
    n->column_map = cmap;
    n->columns = (sc_vec){0};
    n->constraints = (sc_vec){0};
    n->indexes = (sc_vec){0};
    for (size_t i = 0; i < f->columns.n; i++) {
        const sc_column *cf = SC_VEC_AT(f->columns, i, sc_column);
        sc_column *c = sc_table_add_column(dst, n, new_column_name(r, f->name, cf->name));
        if (!c)
            continue;
        const char *cn = c->name;
        *c = *cf;
        c->name = cn;
    }
    for (size_t i = 0; i < f->constraints.n; i++) {
        const sc_constraint *kf = SC_VEC_AT(f->constraints, i, sc_constraint);
        sc_constraint *k = sc_arena_alloc(dst->arena, sizeof *k);
        *k = *kf;
        k->columns = map_names(r, dst->arena, &kf->columns, f->name);
        if (kf->kind == SC_CON_FOREIGN_KEY && kf->ref_table) {
            k->ref_table = sc_arena_strdup(dst->arena, new_table_name(r, kf->ref_table));
            k->ref_columns = map_names(r, dst->arena, &kf->ref_columns, kf->ref_table);
        }
        sc_vec_push(dst->arena, &n->constraints, k);
    }
    for (size_t i = 0; i < f->indexes.n; i++) {
        const sc_index *xf = SC_VEC_AT(f->indexes, i, sc_index);
        sc_index *x = sc_arena_alloc(dst->arena, sizeof *x);
        *x = *xf;
        const char *nn = xf->name ? sc_strmap_get(r->indexes, xf->name) : NULL;
        if (nn)
            x->name = sc_arena_strdup(dst->arena, nn);
        x->elems = sc_arena_alloc(dst->arena, (xf->nelems + 1) * sizeof *x->elems);
        for (size_t j = 0; j < xf->nelems; j++) {
            x->elems[j] = xf->elems[j];
            if (xf->elems[j].column)
                x->elems[j].column = sc_arena_strdup(dst->arena, new_column_name(r, f->name, xf->elems[j].column));
        }
        x->include = map_names(r, dst->arena, &xf->include, f->name);
        sc_vec_push(dst->arena, &n->indexes, x);
    }
}

sc_model *sc_model_respell_sqlite(const sc_model *from, const sc_model *to)
{
    respell r = {from, to, sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), sc_arena_new()};
    for (size_t i = 0; i < from->tables.n; i++)
        match_table(&r, SC_VEC_AT(from->tables, i, sc_table));
    sc_model *dst = NULL;
    if (sc_strmap_count(r.tables) || sc_strmap_count(r.columns) || sc_strmap_count(r.indexes)) {
        dst = sc_model_new();
        sc_model_share_types(dst, from, NULL);
        sc_model_share_routines(dst, from, NULL, NULL);   /* functions, triggers */
        for (size_t i = 0; i < from->tables.n; i++) {
            const sc_table *f = SC_VEC_AT(from->tables, i, sc_table);
            if (table_touched(&r, f))
                copy_table(&r, dst, f);
            else
                sc_model_share_table(dst, f, NULL, NULL);
        }
        for (size_t i = 0; i < from->views.n; i++) {
            const sc_view *v = SC_VEC_AT(from->views, i, sc_view);
            sc_view *nv = sc_model_add_view(dst, v->schema, v->name);
            if (nv) {
                const char *nn = nv->name, *ns = nv->schema;
                *nv = *v;
                nv->name = nn;
                nv->schema = ns;
            }
        }
        sc_model_sort(dst);
    }
    sc_strmap_free(r.tables);
    sc_strmap_free(r.columns);
    sc_strmap_free(r.indexes);
    sc_arena_free(r.a);
    return dst;
}
