/* show.c - a plan compared on the server's terms, written in the user's.
 *
 * The tables read back from scratch schemas carry the server's spelling of
 * every expression (`amount >= 0::numeric`), which is what makes comparing
 * them with the database exact. The SQL, though, is read in review next to
 * the .sch file: what it creates should say what the user wrote. Once the
 * plan is made, every operation that points at a re-read column,
 * constraint, index or view points at the declared one of the same name
 * instead.
 * Both mean the same to the server (that is what the comparison found), so
 * a second diff stays empty. */
#include <stdio.h>
#include <string.h>

#include "diff/plan.h"
#include "model/strmap.h"

static void put(sc_strmap *map, const void *from, const void *to)
{
    char key[32];
    snprintf(key, sizeof key, "%p", from);
    sc_strmap_put(map, key, (void *)to);
}

static const void *get(const sc_strmap *map, const void *p)
{
    if (!p)
        return NULL;
    char key[32];
    snprintf(key, sizeof key, "%p", p);
    const void *v = sc_strmap_get(map, key);
    return v ? v : p;
}

static const sc_constraint *same_constraint(const sc_table *t, const sc_constraint *k)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (c->kind == k->kind && !strcmp(c->name, k->name))
            return c;
    }
    return NULL;
}

static const sc_index *same_index(const sc_table *t, const sc_index *ix)
{
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *x = SC_VEC_AT(t->indexes, i, sc_index);
        if (x->name && ix->name && !strcmp(x->name, ix->name))
            return x;
    }
    return NULL;
}

static void map_ops(sc_op **ops, size_t n, const sc_strmap *map)
{
    for (size_t i = 0; i < n; i++) {
        sc_op *op = ops[i];
        switch (op->kind) {
        case SC_OP_ADD_COLUMN:
        case SC_OP_DROP_COLUMN:
        case SC_OP_ALTER_COLUMN:
        case SC_OP_ADD_CONSTRAINT:
        case SC_OP_DROP_CONSTRAINT:
        case SC_OP_CREATE_INDEX:
        case SC_OP_DROP_INDEX:
        case SC_OP_CREATE_VIEW_INDEX:
        case SC_OP_DROP_VIEW_INDEX:
            op->from = get(map, op->from);
            op->to = get(map, op->to);
            op->v_from = get(map, op->v_from);
            op->v_to = get(map, op->v_to);
            break;
        case SC_OP_CREATE_VIEW:
        case SC_OP_DROP_VIEW:
        case SC_OP_REPLACE_VIEW:
        case SC_OP_RENAME_VIEW:
        case SC_OP_VIEW_COMMENT:
        case SC_OP_REFRESH_VIEW:   /* callers4 */
            op->from = op->v_from = get(map, op->v_from);
            op->to = op->v_to = get(map, op->v_to);
            break;
        default:
            break;
        }
    }
}

void sc_plan_show_declared(sc_plan *p, const sc_model *reread, const sc_model *declared)
{
    if (!p || !reread || !declared)
        return;
    sc_strmap *map = sc_strmap_new();
    for (size_t i = 0; i < reread->tables.n; i++) {
        const sc_table *rt = SC_VEC_AT(reread->tables, i, sc_table);
        const sc_table *dt = sc_model_table(declared, rt->schema, rt->name);
        if (!dt || dt == rt)   /* a table not re-read is the declared one (sc_model_link_table) */
            continue;
        for (size_t j = 0; j < rt->columns.n; j++) {
            const sc_column *c = SC_VEC_AT(rt->columns, j, sc_column);
            const sc_column *dc = sc_table_column(dt, c->name);
            if (dc && dc != c)   /* a table not re-read shares the declared objects: nothing to map */
                put(map, c, dc);
        }
        for (size_t j = 0; j < rt->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(rt->constraints, j, sc_constraint);
            const sc_constraint *dk = same_constraint(dt, k);
            if (dk && dk != k)
                put(map, k, dk);
        }
        for (size_t j = 0; j < rt->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(rt->indexes, j, sc_index);
            const sc_index *dx = same_index(dt, ix);
            if (dx && dx != ix)
                put(map, ix, dx);
        }
    }
    for (size_t i = 0; i < reread->views.n; i++) {
        const sc_view *rv = SC_VEC_AT(reread->views, i, sc_view);
        const sc_view *dv = sc_model_view(declared, rv->schema, rv->name);
        if (!dv)
            continue;
        put(map, rv, dv);
        for (size_t j = 0; j < rv->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(rv->indexes, j, sc_index);
            for (size_t k = 0; k < dv->indexes.n; k++) {
                const sc_index *dx = SC_VEC_AT(dv->indexes, k, sc_index);
                if (ix->name && dx->name && !strcmp(ix->name, dx->name))
                    put(map, ix, dx);
            }
        }
    }
    map_ops(p->up, p->nup, map);
    map_ops(p->down, p->ndown, map);
    if (p->reverse)
        map_ops(p->reverse->up, p->reverse->nup, map);
    sc_strmap_free(map);
}
