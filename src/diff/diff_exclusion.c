/* diff_exclusion.c - comparing exclusion constraints and the indexes of
 * keys (issue 12).
 *
 * An exclusion constraint's index part (method, elements, INCLUDE, WHERE)
 * is compared as an index's (sc_index_same), each element's operator as
 * written: a declared one is loaded in the scratch schemas and read back
 * with the catalog's spelling, so both sides name operators alike. A change
 * of any part is a drop and an add (diff_table.c pairs constraints by
 * definition, then by name), but for the storage parameters and tablespace
 * of the index of a key or an exclusion, which are altered in place
 * (sc_con_index_kept): a foreign key may use the key's index. So are a
 * plain index's (sc_index_same_but_storage, sc_index_storage_op), but on a
 * partitioned table, whose indexes PostgreSQL does not let ALTER INDEX SET. */
#include <string.h>

#include "diff/diff_int.h"

static bool str_same(const char *x, const char *y)
{
    if (!x || !y)
        return !x && !y;
    return strcmp(x, y) == 0;
}

bool sc_con_index_same(const sc_constraint *x, const sc_constraint *y)
{
    return sc_params_same(sc_constraint_index_options(x), sc_constraint_index_options(y)) &&
           str_same(sc_constraint_index_tablespace(x), sc_constraint_index_tablespace(y));
}

bool sc_exclusion_same(sc_dctx *c, const sc_tpair *p, const sc_constraint *x, const sc_constraint *y)
{
    const sc_index *ix = sc_constraint_exclusion(x), *iy = sc_constraint_exclusion(y);
    if (!ix || !iy)
        return !ix && !iy;
    if (x->deferrable != y->deferrable || x->initially_deferred != y->initially_deferred ||
        ix->nelems != iy->nelems)
        return false;
    for (size_t i = 0; i < ix->nelems; i++)
        if (!str_same(sc_index_elem_op(&ix->elems[i]), sc_index_elem_op(&iy->elems[i])))
            return false;
    return sc_index_same(c, p, ix, iy);
}

void sc_con_index_kept(sc_dctx *c, sc_tpair *p, const sc_constraint *kf, const sc_constraint *kt)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || sc_con_index_same(kf, kt))
        return;
    if (p->from->partition_key || p->to->partition_key) {
        /* PostgreSQL refuses ALTER INDEX ... SET on a partitioned index: the
         * constraint is dropped and added again (privs2) */
        sc_op *d = sc_new_op(c, SC_OP_DROP_CONSTRAINT, p->to->schema, p->from->name, kf->name);
        sc_op *a = sc_new_op(c, SC_OP_ADD_CONSTRAINT, p->to->schema, p->to->name, kt->name);
        d->from = kf;
        a->to = kt;
        d->t_from = a->t_from = p->from;
        d->t_to = a->t_to = p->to;
        d->table_id = a->table_id = p->id;
        return;
    }
    sc_constraint *old = sc_arena_alloc(c->a, sizeof *old);
    *old = *kf;
    old->name = kt->name;   /* after a rename by the convention */
    sc_op *op = sc_new_op(c, SC_OP_CON_INDEX, p->to->schema, p->to->name, kt->name);
    op->from = old;
    op->to = kt;
    op->t_from = p->from;
    op->t_to = p->to;
    op->table_id = p->id;
}

/* ---- plain indexes: storage parameters and tablespace in place (privs2) ---- */

bool sc_index_same_but_storage(sc_dctx *c, const sc_tpair *p, const sc_index *ix, const sc_index *it)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || (p && (p->from->partition_key || p->to->partition_key)))
        return false;   /* PostgreSQL refuses ALTER INDEX ... SET on a partitioned index */
    if (sc_params_same(sc_index_options(ix), sc_index_options(it)) &&
        str_same(sc_index_tablespace(ix), sc_index_tablespace(it)))
        return false;
    sc_index x = *ix;
    sc_index_set_options(c->a, &x, *sc_index_options(it));
    sc_index_set_tablespace(c->a, &x, sc_index_tablespace(it));
    return sc_index_same(c, p, &x, it);
}

void sc_index_storage_op(sc_dctx *c, sc_tpair *p, const sc_index *ix, const sc_index *it)
{
    sc_index *old = sc_arena_alloc(c->a, sizeof *old);
    *old = *ix;
    old->name = it->name;   /* after a rename by the convention */
    sc_op *op = sc_new_op(c, SC_OP_INDEX_STORAGE, p->to->schema, p->to->name, it->name);
    op->from = old;
    op->to = it;
    op->t_from = p->from;
    op->t_to = p->to;
    op->table_id = p->id;
}
