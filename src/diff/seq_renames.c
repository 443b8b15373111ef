/* seq_renames.c - a sequence renamed along the column that owns it.
 *
 * A serial column's sequence is named after its table and column
 * (`items_id_seq`); `renamed from` on the table or the column makes the
 * declared side's serial `products_id_seq`. PostgreSQL keeps the old name
 * when the table is renamed, so compared by name the sequence was dropped
 * and a new one created: the new one started at 1 and the next INSERT
 * collided with the rows already there. A sequence of the `to` side that
 * the `from` side lacks, owned by a column that a from-side sequence the
 * `to` side lacks is owned by (through the table's and the column's
 * renames), is that sequence renamed: ALTER SEQUENCE ... RENAME TO (with
 * its other changes, SC_OP_ALTER_SEQUENCE), its position kept, and a
 * default that names it by its old name is the same default. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

static const char *key(sc_arena *a, const char *schema, const char *name)
{
    return sc_qname(a, schema ? schema : SC_DEFAULT_SCHEMA, name);
}

/* The from-side sequence owned by the column that owns t, through renames. */
static const sc_sequence *owner_match(sc_dctx *c, const sc_sequence *t)
{
    const sc_tpair *p = sc_strmap_get(c->pair_by_to, key(c->tmp, t->schema, t->owned_by_table));
    if (!p)
        return NULL;
    for (size_t i = 0; i < c->from->sequences.n; i++) {
        const sc_sequence *f = SC_VEC_AT(c->from->sequences, i, sc_sequence);
        if (!f->owned_by_table || strcmp(f->owned_by_table, p->from->name) ||
            strcmp(f->schema ? f->schema : SC_DEFAULT_SCHEMA, t->schema ? t->schema : SC_DEFAULT_SCHEMA) ||
            strcmp(sc_map_col(p, f->owned_by_column), t->owned_by_column))
            continue;
        if (!sc_model_sequence(c->to, f->schema, f->name))
            return f;
    }
    return NULL;
}

void sc_seq_renames(sc_dctx *c)
{
    for (size_t i = 0; i < c->to->sequences.n; i++) {
        const sc_sequence *t = SC_VEC_AT(c->to->sequences, i, sc_sequence);
        if (!t->owned_by_table || sc_model_sequence(c->from, t->schema, t->name))
            continue;
        const sc_sequence *f = owner_match(c, t);
        if (!f || (c->seq_from_to && sc_strmap_has(c->seq_from_to, key(c->tmp, f->schema, f->name))))
            continue;
        if (!c->seq_to_from) {
            c->seq_to_from = sc_strmap_new();
            c->seq_from_to = sc_strmap_new();
        }
        sc_strmap_put(c->seq_to_from, key(c->a, t->schema, t->name), (void *)f);
        sc_strmap_put(c->seq_from_to, key(c->a, f->schema, f->name), (void *)t);
    }
}

const sc_sequence *sc_seq_renamed_from(const sc_dctx *c, const sc_sequence *t)
{
    return c->seq_to_from ? sc_strmap_get(c->seq_to_from, key(c->tmp, t->schema, t->name)) : NULL;
}

bool sc_seq_is_renamed(const sc_dctx *c, const sc_sequence *f)
{
    return c->seq_from_to && sc_strmap_has(c->seq_from_to, key(c->tmp, f->schema, f->name));
}

/* 'old' (or 'schema.old') inside quotes replaced by the new name, once. */
static const char *respelled(sc_dctx *c, const char *expr, const sc_sequence *f, const sc_sequence *t)
{
    const char *names[2][2] = {{f->name, t->name}, {NULL, NULL}};
    if (f->schema && strcmp(f->schema, SC_DEFAULT_SCHEMA)) {
        names[1][0] = sc_arena_printf(c->cmp, "%s.%s", f->schema, f->name);
        names[1][1] = sc_arena_printf(c->cmp, "%s.%s", t->schema, t->name);
    }
    for (int k = 0; k < 2; k++) {
        if (!names[k][0])
            continue;
        const char *q = sc_arena_printf(c->cmp, "'%s'", names[k][0]);
        const char *at = strstr(expr, q);
        if (at)
            return sc_arena_printf(c->cmp, "%.*s'%s'%s", (int)(at - expr), expr, names[k][1], at + strlen(q));
    }
    return NULL;
}

bool sc_default_same_renamed_seq(sc_dctx *c, const char *from_expr, const char *to_expr)
{
    if (!c->seq_from_to || !from_expr || !to_expr || !strstr(from_expr, "nextval"))
        return false;
    for (size_t i = 0; i < c->from->sequences.n; i++) {
        const sc_sequence *f = SC_VEC_AT(c->from->sequences, i, sc_sequence);
        const sc_sequence *t = sc_strmap_get(c->seq_from_to, key(c->tmp, f->schema, f->name));
        const char *r = t ? respelled(c, from_expr, f, t) : NULL;
        if (r && sc_default_same(c->cmp, r, to_expr))
            return true;
    }
    return false;
}
