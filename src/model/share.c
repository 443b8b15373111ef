/* share.c - building a model out of the objects of others.
 *
 * Used to compare on the server's terms without loading a whole schema into
 * a scratch database: a sub-model holds only the tables that differ, and a
 * spliced model mixes declared and re-inspected tables. The objects are
 * shared, not copied: the source models must outlive the new one, and
 * nothing may modify a shared object through it. */
#include "model/model.h"

sc_table *sc_model_share_table(sc_model *dst, const sc_table *t,
                               bool (*keep)(const sc_constraint *k, void *arg), void *arg)
{
    sc_table *n = sc_model_add_table(dst, t->schema, t->name);
    if (!n)
        return NULL;
    n->comment = t->comment;
    n->renamed_from = t->renamed_from;
    n->block_schema = t->block_schema;
    n->loc = t->loc;
    n->raw_triggers = t->raw_triggers;
    n->sqlite_autoincrement = t->sqlite_autoincrement;
    n->sqlite_without_rowid = t->sqlite_without_rowid;
    n->sqlite_strict = t->sqlite_strict;
    for (size_t i = 0; i < t->columns.n; i++) {
        sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        sc_vec_push(dst->arena, &n->columns, c);
        sc_strmap_put(n->column_map, c->name, c);
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (!keep || keep(k, arg))
            sc_vec_push(dst->arena, &n->constraints, k);
    }
    for (size_t i = 0; i < t->indexes.n; i++)
        sc_vec_push(dst->arena, &n->indexes, t->indexes.items[i]);
    return n;
}

void sc_model_share_types(sc_model *dst, const sc_model *src,
                          bool (*keep_schema)(const char *schema, void *arg),
                          bool (*keep_owner)(const sc_sequence *s, void *arg), void *arg)
{
    for (size_t i = 0; i < src->schemas.n; i++) {
        const char *name = SC_VEC_AT(src->schemas, i, const char);
        if (!keep_schema || keep_schema(name, arg))
            sc_model_add_schema(dst, name);
    }
    for (size_t i = 0; i < src->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(src->enums, i, sc_enum);
        if (keep_schema && !keep_schema(e->schema, arg))
            continue;
        sc_enum *n = sc_model_add_enum(dst, e->schema, e->name);
        if (n) {
            const char *schema = n->schema, *name = n->name;
            *n = *e;
            n->schema = schema;
            n->name = name;
        }
    }
    for (size_t i = 0; i < src->sequences.n; i++) {
        const sc_sequence *s = SC_VEC_AT(src->sequences, i, sc_sequence);
        if (keep_schema && !keep_schema(s->schema, arg))
            continue;
        sc_sequence *n = sc_model_add_sequence(dst, s->schema, s->name);
        if (n) {
            const char *schema = n->schema, *name = n->name;
            *n = *s;
            n->schema = schema;
            n->name = name;
            if (s->owned_by_table && keep_owner && !keep_owner(s, arg))
                n->owned_by_table = n->owned_by_column = NULL;
        }
    }
}
