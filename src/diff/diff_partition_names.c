/* diff_partition_names.c - the names PostgreSQL gives a partition's copies
 * of its ancestors' keys and indexes (issue 12, privs3), as
 * ChooseIndexName -> ChooseRelationName do: makeObjectName(name1, name2,
 * label), and while that name is a relation of the schema (pg_class: a
 * table, view, sequence, index, composite type), or for a key also a
 * constraint of the schema (ConstraintNameExists), label1, label2, ...
 * until it is free; the label is kept whole and name1/name2 cut to fit
 * NAMEDATALEN - 1 bytes.
 *
 * The names taken are those of the model of the side (its tables, their
 * own indexes and constraints, views and their indexes, sequences,
 * composite types), plus the copies chosen before (the caller's `chosen`:
 * every partition's of the side, diff_partition_copies.c, which names them
 * all in the order PostgreSQL makes them). */
#include <stdint.h>
#include <string.h>

#include "diff/diff_int.h"

enum { NAME_REL = 1, NAME_CON = 2 };

static void put(sc_strmap *m, sc_keybuf *k, const char *schema, const char *name, uintptr_t bit)
{
    const char *key = sc_keybuf_printf(k, "%s\x1f%s", schema ? schema : "", name);
    uintptr_t v = (uintptr_t)sc_strmap_get(m, key);
    sc_strmap_put(m, key, (void *)(v | bit));
}

static void put_table(sc_strmap *m, sc_keybuf *k, const sc_table *t, bool foresee)
{
    put(m, k, t->schema, t->name, NAME_REL);
    /* parts5: a partition's, as read (parts6: not when foreseeing them) */
    const sc_names *copies = foresee ? NULL : sc_table_copies(t);
    for (size_t i = 0; copies && i < copies->n; i++) {
        const char *sep = strchr(copies->items[i], '\x1f');
        if (sep)
            put(m, k, t->schema, sep + 1, copies->items[i][0] == 'i' ? NAME_REL : NAME_CON);
    }
    for (size_t i = 0; i < t->indexes.n; i++)
        put(m, k, t->schema, SC_VEC_AT(t->indexes, i, sc_index)->name, NAME_REL);
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *x = SC_VEC_AT(t->constraints, i, sc_constraint);
        bool has_index = x->kind == SC_CON_PRIMARY_KEY || x->kind == SC_CON_UNIQUE || x->kind == SC_CON_EXCLUDE;
        put(m, k, t->schema, x->name, NAME_CON | (has_index ? NAME_REL : 0));
    }
}

static sc_strmap *names_of(const sc_model *m, bool foresee)
{
    sc_strmap *r = sc_strmap_new();
    sc_keybuf k = {0};
    for (size_t i = 0; i < m->tables.n; i++)
        put_table(r, &k, m->tables.items[i], foresee);
    for (size_t i = 0; i < m->views.n; i++) {
        const sc_view *v = m->views.items[i];
        put(r, &k, v->schema, v->name, NAME_REL);
        for (size_t j = 0; j < v->indexes.n; j++)
            put(r, &k, v->schema, SC_VEC_AT(v->indexes, j, sc_index)->name, NAME_REL);
    }
    for (size_t i = 0; i < m->sequences.n; i++) {
        const sc_sequence *s = m->sequences.items[i];
        put(r, &k, s->schema, s->name, NAME_REL);
    }
    for (size_t i = 0; i < m->utypes.n; i++) {
        const sc_utype *u = m->utypes.items[i];
        if (u->kind == SC_UTYPE_COMPOSITE)
            put(r, &k, u->schema, u->name, NAME_REL);
    }
    sc_keybuf_free(&k);
    return r;
}

/* PostgreSQL's makeObjectName: name1_name2_label cut to NAMEDATALEN - 1
 * bytes, the longer of name1 and name2 shortened first. */
const char *sc_pg_object_name(sc_arena *a, const char *name1, const char *name2, const char *label)
{
    size_t n1 = strlen(name1), n2 = name2 ? strlen(name2) : 0;
    size_t overhead = strlen(label) + 1 + (name2 ? 1 : 0);
    while (n1 + n2 + overhead > SC_PG_NAMEDATALEN) {
        if (n1 > n2)
            n1--;
        else
            n2--;
    }
    if (name2)
        return sc_arena_printf(a, "%.*s_%.*s_%s", (int)n1, name1, (int)n2, name2, label);
    return sc_arena_printf(a, "%.*s_%s", (int)n1, name1, label);
}

/* Which names block a choice: ChooseRelationName's, any relation's (and
 * a constraint's too for a constraint's index); ChooseConstraintName's,
 * only a constraint's. */
typedef enum { BLOCK_REL, BLOCK_REL_OR_CON, BLOCK_CON } blockers;

static bool taken(uintptr_t v, blockers b)
{
    if (b == BLOCK_CON)
        return v & NAME_CON;
    return (v & NAME_REL) || (b == BLOCK_REL_OR_CON && (v & NAME_CON));
}

/* name1_name2_label, numbered (label1, label2, ...) while taken; the
 * choice is recorded in `chosen` with the bits it takes. */
static const char *choose(sc_dctx *c, const sc_model *m, const char *schema, const char *name1, const char *name2,
                          const char *label, blockers b, uintptr_t takes, sc_strmap *chosen)
{
    int side = m == c->from ? 0 : 1;
    if (!c->pg_names[side])
        c->pg_names[side] = names_of(m, c->pg_foresee);
    const char *name = sc_pg_object_name(c->a, name1, name2, label);
    sc_keybuf k = {0};
    for (int pass = 1; pass < 100000; pass++) {
        const char *key = sc_keybuf_printf(&k, "%s\x1f%s", schema ? schema : "", name);
        uintptr_t v = (uintptr_t)sc_strmap_get(c->pg_names[side], key) | (uintptr_t)sc_strmap_get(chosen, key);
        if (!taken(v, b)) {
            sc_strmap_put(chosen, key, (void *)(v | takes));
            break;
        }
        name = sc_pg_object_name(c->a, name1, name2, sc_arena_printf(c->tmp, "%s%d", label, pass));
    }
    sc_keybuf_free(&k);
    return name;
}

const char *sc_pg_choose_name(sc_dctx *c, const sc_model *m, const char *schema, const char *name1,
                              const char *name2, const char *label, bool isconstraint, sc_strmap *chosen)
{
    return choose(c, m, schema, name1, name2, label, isconstraint ? BLOCK_REL_OR_CON : BLOCK_REL,
                  NAME_REL | (isconstraint ? NAME_CON : 0), chosen);
}

/* parts4: ChooseConstraintName (a foreign key's copy whose name the
 * partition has already): name1_name2_label, numbered while a constraint
 * of the schema has it (relations do not count). */
const char *sc_pg_choose_con_name(sc_dctx *c, const sc_model *m, const char *schema, const char *name1,
                                  const char *name2, const char *label, sc_strmap *chosen)
{
    return choose(c, m, schema, name1, name2, label, BLOCK_CON, NAME_CON, chosen);
}
