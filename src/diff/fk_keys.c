/* fk_keys.c - PostgreSQL: a kept foreign key goes around a drop of the key
 * it stands on.
 *
 * A foreign key depends on the index of the key it references (pg_depend,
 * deptype 'n'): the primary key, a unique constraint or a plain unique
 * index on exactly its columns (model/fk_key.h). PostgreSQL refuses DROP
 * INDEX or DROP CONSTRAINT of that key while the FK exists ("cannot drop
 * index ux_p_code because constraint fk_q_p on table q requires it"), also
 * when the plan creates the key again at once (its columns reordered, NULLS
 * NOT DISTINCT, a unique constraint that becomes a unique index). So a FK
 * the plan keeps whose key is dropped is dropped before that and added
 * again after it (edges.c's fk_edges: a FK's drop before the drops of its
 * target's keys, its add after their creations); the down plan is the
 * inverse. Which key: the catalog's answer when the `from` side is a
 * database (pg_constraint.conindid, read by the inspector: pg_build.c);
 * otherwise every one of the target's keys that covers the FK's columns
 * counts (PostgreSQL takes the first by OID, which a declared schema does
 * not say): at worst a FK is added again that did not need it.
 * parts6: the same around two ops that drop a key on their own and make it
 * again: a collation re-created (REPLACE_COLLATION drops and creates the
 * unique indexes that name it) and a column moved to an INHERITS parent
 * through a helper (its DROP COLUMN takes the keys that read it, its
 * INHERITS children's too: parts7); and the
 * FK added again is made as declared, so the kept FK's VALIDATE and
 * COMMENT ops are dropped from the plan.
 * SQLite checks foreign keys when rows are written: dropping a parent's
 * index is allowed there, and nothing is done. */
#include <string.h>

#include "diff/diff_int.h"
#include "diff/routine_deps.h"   /* sc_rd_pair */
#include "model/fk_key.h"
#include "model/strbuf.h"

/* A key the plan drops (its op) or rebuilds: a unique index that names a
 * collation the plan re-creates (parts6: REPLACE_COLLATION drops and
 * creates it again around the collation, migration_ext.c). */
typedef struct keydrop {
    sc_op *op;
    const sc_table *t;          /* its table, from side */
    const sc_index *ix;         /* a unique index, else */
    const sc_constraint *k;     /* a key constraint */
} keydrop;

/* The dropped key of the from-side table (by "schema.table") that fk stands
 * on, or NULL: the one whose index the catalog names (a key constraint's
 * index has the constraint's name), else any that covers its columns. */
static const keydrop *dropped_key(sc_dctx *c, sc_strmap *drops, const sc_constraint *fk)
{
    const sc_vec *v = sc_strmap_get(drops, sc_dqname(c->tmp, fk->ref_schema, fk->ref_table));
    const char *ix = sc_constraint_ref_index(fk);
    for (size_t i = 0; v && i < v->n; i++) {
        const keydrop *kd = v->items[i];
        bool covers = kd->ix ? sc_fk_index_covers(kd->ix, &fk->ref_columns) : sc_fk_key_covers(kd->k, &fk->ref_columns);
        if (ix ? !strcmp(kd->ix ? kd->ix->name : kd->k->name, ix) : covers)
            return kd;
    }
    return NULL;
}

/* The to-side FK that kf continues: the same definition (through renames),
 * its own name first. */
static const sc_constraint *kept_as(sc_dctx *c, const sc_tpair *p, const sc_constraint *kf)
{
    const sc_constraint *any = NULL;
    for (size_t i = 0; i < p->to->constraints.n; i++) {
        const sc_constraint *kt = SC_VEC_AT(p->to->constraints, i, sc_constraint);
        if (kt->kind != SC_CON_FOREIGN_KEY || !sc_con_same(c, p, kf, kt))
            continue;
        if (!strcmp(kt->name, kf->name))
            return kt;
        if (!any)
            any = kt;
    }
    return any;
}

/* kf (from) and kt (to) of pair p: dropped before key, added after. A
 * rename of kf to kt's name (the convention's) has nothing left to rename. */
static void around(sc_dctx *c, sc_tpair *p, const sc_constraint *kf, const sc_constraint *kt, const keydrop *key)
{
    /* the same words both ways: the down script is the inverse (the FK is
     * kept, so each side has a key it stands on) */
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "re-created: references %s (", key->t->name);
    for (size_t i = 0; i < kt->ref_columns.n; i++)
        sc_sb_printf(&b, "%s%s", i ? ", " : "", kt->ref_columns.items[i]);
    sc_sb_puts(&b, "), whose key changes");
    const char *note = sc_arena_strdup(c->a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    sc_op *drop, *add;   /* new ones: the plan drops kf on its own otherwise (not kept) */
    sc_rd_pair(c, p, SC_OP_DROP_CONSTRAINT, SC_OP_ADD_CONSTRAINT, kf, kt, kf->name, kt->name, note, &drop, &add);
    if (key->op->kind != SC_OP_DROP_INDEX && key->op->kind != SC_OP_DROP_CONSTRAINT && drop && add) {
        /* edges.c knows a key's own drops only */
        sc_op_dep(c, key->op, drop);
        sc_op_dep(c, add, key->op);
    }
    /* the ADD makes kt as declared, comment and NOT VALID with it (parts6:
     * a VALIDATE or COMMENT of the kept FK would run on no constraint
     * before it, or twice after it) */
    for (size_t i = 0; drop && add && i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if ((op->kind == SC_OP_RENAME_CONSTRAINT && op->from == kf) ||
            ((op->kind == SC_OP_VALIDATE_CONSTRAINT || op->kind == SC_OP_CONSTRAINT_COMMENT) && op->to == kt))
            op->kind = SC_OP_NOP;
    }
}

static void put_drop(sc_dctx *c, sc_strmap *drops, sc_op *op, const sc_table *t, const sc_index *ix,
                     const sc_constraint *k)
{
    const char *tk = sc_dqname(c->tmp, t->schema, t->name);
    sc_vec *v = sc_strmap_get(drops, tk);
    if (!v) {
        v = sc_arena_alloc(c->tmp, sizeof *v);
        sc_strmap_put(drops, tk, v);
    }
    keydrop *kd = sc_arena_alloc(c->tmp, sizeof *kd);
    *kd = (keydrop){op, t, ix, k};
    sc_vec_push(c->tmp, v, kd);
}

/* parts6: the from side's unique indexes an element of which names the
 * collation that op re-creates. */
static void collation_keys(sc_dctx *c, sc_strmap *drops, sc_op *op)
{
    const sc_collation *old = op->from;
    for (size_t i = 0; i < c->from->tables.n; i++) {
        const sc_table *t = c->from->tables.items[i];
        for (size_t j = 0; j < t->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            bool names = false;
            for (size_t e = 0; ix->unique && e < ix->nelems && !names; e++) {
                const sc_collation *x = sc_model_collation_named(c->from, sc_index_elem_collation(&ix->elems[e]));
                names = x && !strcmp(x->schema, old->schema) && !strcmp(x->name, old->name);
            }
            if (names)
                put_drop(c, drops, op, t, ix, NULL);
        }
    }
}

/* parts6: the keys a table's move of columns to an INHERITS parent takes
 * with the old column and makes again after the INHERIT
 * (diff_inherit_rebuild.c): its unique constraints and unique indexes
 * that read a moved column. */
static void rebuild_keys(sc_dctx *c, sc_strmap *drops, sc_op *op)
{
    const sc_inh_rebuild *r = op->inh_rebuild;
    const sc_table *t = op->t_from ? op->t_from : op->t_to;
    for (size_t i = 0; i < r->ncons; i++)
        if (r->cons[i]->kind == SC_CON_PRIMARY_KEY || r->cons[i]->kind == SC_CON_UNIQUE)
            put_drop(c, drops, op, t, NULL, r->cons[i]);
    for (size_t i = 0; i < r->nindexes; i++)
        if (r->indexes[i]->unique)
            put_drop(c, drops, op, t, r->indexes[i], NULL);
    /* parts7: and its INHERITS children's, which the DROP COLUMN (recursing
     * to them) takes with their inherited column */
    for (size_t i = 0; i < r->nkid_cons; i++)
        if (r->kid_cons[i]->kind == SC_CON_PRIMARY_KEY || r->kid_cons[i]->kind == SC_CON_UNIQUE)
            put_drop(c, drops, op, r->kid_con_tables[i], NULL, r->kid_cons[i]);
    for (size_t i = 0; i < r->nkid_indexes; i++)
        if (r->kid_indexes[i]->unique)
            put_drop(c, drops, op, r->kid_index_tables[i], r->kid_indexes[i], NULL);
}

void sc_fk_key_dependents(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    sc_strmap *drops = sc_strmap_new();   /* "schema.table" (from side) -> sc_vec* of keydrop */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == SC_OP_DROP_INDEX && op->t_from && ((const sc_index *)op->from)->unique)
            put_drop(c, drops, op, op->t_from, op->from, NULL);
        else if (op->kind == SC_OP_DROP_CONSTRAINT && op->t_from) {
            const sc_constraint *k = op->from;
            if (k->kind == SC_CON_PRIMARY_KEY || k->kind == SC_CON_UNIQUE)
                put_drop(c, drops, op, op->t_from, NULL, k);
        } else if (op->kind == SC_OP_REPLACE_COLLATION)
            collation_keys(c, drops, op);
        else if (op->kind == SC_OP_TABLE_PARENTS && op->inh_rebuild)
            rebuild_keys(c, drops, op);
    }
    for (size_t i = 0; sc_strmap_count(drops) && i < c->pairs.n; i++) {
        sc_tpair *p = c->pairs.items[i];
        for (size_t j = 0; j < p->from->constraints.n; j++) {
            const sc_constraint *kf = SC_VEC_AT(p->from->constraints, j, sc_constraint);
            if (kf->kind != SC_CON_FOREIGN_KEY)
                continue;
            const keydrop *k = dropped_key(c, drops, kf);
            const sc_constraint *kt = k ? kept_as(c, p, kf) : NULL;
            if (kt)
                around(c, p, kf, kt, k);
        }
    }
    sc_strmap_free(drops);
}
