/* finish.c - after parsing: names for unnamed constraints and indexes,
 * validation, deterministic order (sc_model_finish). */
#include <stdio.h>
#include <string.h>

#include "parser/parser.h"

/* Implicit names must not collide with each other or with explicit ones:
 * index-backed names (pk, uq, ix) share the schema's relation namespace,
 * check and foreign key names the table's. A taken name gets _2, _3, ... */
static const char *unique_name(sc_model *m, sc_keybuf *kb, sc_strmap *taken, const char *scope,
                               const char *name)
{
    const char *cand = name;
    if (!scope)
        scope = SC_DEFAULT_SCHEMA;
    for (int i = 2; sc_strmap_has(taken, sc_keybuf_printf(kb, "%s.%s", scope, cand)); i++) {
        char suffix[16];
        snprintf(suffix, sizeof suffix, "_%d", i);
        /* keep room for the suffix within 63 bytes */
        size_t room = SC_PG_NAMEDATALEN - strlen(suffix);
        int keep = strlen(name) > room ? (int)room : (int)strlen(name);
        cand = sc_arena_printf(m->arena, "%.*s%s", keep, name, suffix);
    }
    sc_strmap_put(taken, sc_keybuf_printf(kb, "%s.%s", scope, cand), (void *)cand);
    return cand;
}

static bool index_backed(sc_con_kind k)
{
    return k == SC_CON_PRIMARY_KEY || k == SC_CON_UNIQUE || k == SC_CON_EXCLUDE;
}

/* How many names the maps take, so that each is sized once (memory, issue
 * 10): relations (tables, sequences, views, indexes and the indexes of
 * keys) into *rels, constraints into *cons. */
static void object_names(const sc_model *m, size_t *rels, size_t *cons)
{
    *rels = m->tables.n + m->sequences.n + m->views.n;
    *cons = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->constraints.n; j++)
            *rels += index_backed(SC_VEC_AT(t->constraints, j, sc_constraint)->kind);
        *rels += t->indexes.n;
        *cons += t->constraints.n;
    }
    for (size_t i = 0; i < m->views.n; i++)
        *rels += SC_VEC_AT(m->views, i, sc_view)->indexes.n;
}

static void name_objects(sc_model *m)
{
    size_t nrels, ncons;
    object_names(m, &nrels, &ncons);
    sc_strmap *rel = sc_strmap_new_sized(nrels);   /* "schema.name" of relations */
    sc_strmap *con = sc_strmap_new_sized(ncons);   /* "schema.table\x1f.name" of table constraints */
    /* The maps' keys are printed into a reused buffer (the maps copy
     * them): nothing of them is kept with the model. */
    sc_keybuf kb = {0}, scope = {0};
    /* explicit names first: they win */
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        sc_strmap_put(rel, sc_keybuf_printf(&kb, "%s.%s", t->schema, t->name), t);
        const char *tscope = sc_keybuf_printf(&scope, "%s.%s\x1f", t->schema, t->name);
        for (size_t j = 0; j < t->constraints.n; j++) {
            sc_constraint *c = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (c->name && index_backed(c->kind))
                sc_strmap_put(rel, sc_keybuf_printf(&kb, "%s.%s", t->schema, c->name), c);
            if (c->name)
                sc_strmap_put(con, sc_keybuf_printf(&kb, "%s.%s", tscope, c->name), c);
        }
        for (size_t j = 0; j < t->indexes.n; j++) {
            sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (ix->name)
                sc_strmap_put(rel, sc_keybuf_printf(&kb, "%s.%s", t->schema, ix->name), ix);
        }
    }
    for (size_t i = 0; i < m->sequences.n; i++) {
        sc_sequence *s = SC_VEC_AT(m->sequences, i, sc_sequence);
        sc_strmap_put(rel, sc_keybuf_printf(&kb, "%s.%s", s->schema, s->name), s);
    }
    for (size_t i = 0; i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        sc_strmap_put(rel, sc_keybuf_printf(&kb, "%s.%s", v->schema, v->name), v);
        for (size_t j = 0; j < v->indexes.n; j++) {
            sc_index *ix = SC_VEC_AT(v->indexes, j, sc_index);
            if (ix->name)
                sc_strmap_put(rel, sc_keybuf_printf(&kb, "%s.%s", v->schema, ix->name), ix);
        }
    }
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        const char *tscope = sc_keybuf_printf(&scope, "%s.%s\x1f", t->schema, t->name);
        int nchecks = 0;
        for (size_t j = 0; j < t->constraints.n; j++) {
            sc_constraint *c = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (c->kind == SC_CON_CHECK)
                nchecks++;
            if (c->name)
                continue;
            c->name_explicit = false;
            switch (c->kind) {
            case SC_CON_PRIMARY_KEY: c->name = sc_name_pk(m->arena, t); break;
            case SC_CON_UNIQUE: c->name = sc_name_unique(m->arena, t, &c->columns); break;
            case SC_CON_CHECK: c->name = sc_name_check(m->arena, t, c->check_expr, nchecks); break;
            case SC_CON_EXCLUDE: c->name = sc_name_exclude(m->arena, t, c); break;   /* issue 12 */
            default: c->name = sc_name_fk(m->arena, t, c); break;
            }
            if (index_backed(c->kind)) {
                c->name = unique_name(m, &kb, rel, t->schema, c->name);
                sc_strmap_put(con, sc_keybuf_printf(&kb, "%s.%s", tscope, c->name), c);
            } else {
                c->name = unique_name(m, &kb, con, tscope, c->name);
            }
        }
        for (size_t j = 0; j < t->indexes.n; j++) {
            sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (ix->name)
                continue;
            ix->name_explicit = false;
            ix->name = unique_name(m, &kb, rel, t->schema, sc_name_index(m->arena, t, ix));
        }
    }
    /* A materialized view's indexes are named as a table's: ix_<view>_<col0>. */
    for (size_t i = 0; i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        sc_table as_table = {0};
        as_table.schema = v->schema;
        as_table.name = v->name;
        as_table.column_map = sc_strmap_new();   /* words of expressions name no column */
        for (size_t j = 0; j < v->indexes.n; j++) {
            sc_index *ix = SC_VEC_AT(v->indexes, j, sc_index);
            if (ix->name)
                continue;
            ix->name_explicit = false;
            ix->name = unique_name(m, &kb, rel, v->schema, sc_name_index(m->arena, &as_table, ix));
        }
        sc_strmap_free(as_table.column_map);
    }
    sc_strmap_free(rel);
    sc_strmap_free(con);
    sc_keybuf_free(&kb);
    sc_keybuf_free(&scope);
}

#include "parser/routine.h"   /* functions, triggers, privileges and ownership */

int sc_model_finish(sc_model *m, sc_diags *d)
{
    name_objects(m);
    int rc = sc_view_refs(m, d);
    rc |= sc_routines_validate(m, d);   /* functions, triggers (routine_sql.c) */
    rc |= sc_routine_comments_apply(m, d);   /* their comments (routine_comment.c; issue 12) */
    rc |= sc_privileges_validate(m, d);   /* privileges and ownership (build_privilege.c) */
    if (sc_model_validate(m, d) != 0 || rc != 0)
        return -1;
    /* after validation: a partition's or child's parent is resolved then */
    if (sc_check_refs(m, d) != 0)   /* the columns CHECK constraints read (check_refs.c) */
        return -1;
    sc_view_qualify(m);
    sc_model_sort(m);
    return 0;
}
