/* partition_said.c - what `inspect` says of a partition's attached indexes
 * (parts6, issue 12).
 *
 * An index of a partition attached to its parent's is the parent's (left
 * out of the model, its name kept in sc_table_copies), and `compile` of the
 * printed schema makes a copy under the name PostgreSQL chooses. But the
 * attached index may have another name: the partition's own index that the
 * parent's CREATE INDEX (or an ATTACH) took instead of making a copy (it
 * keeps its own name, `m_1_custom`), or a copy numbered by a history of
 * migrations. Such an index is said as the partition's own: `compile`
 * creates it before the parent's index, whose CREATE INDEX takes it under
 * that name, so the printed schema builds the names the database has. */
#include <string.h>

#include "diff/diff_int.h"

/* The ancestor's own index that partition part's attached index `name`
 * stands for, walking up through the parents' attached copies; NULL when
 * part has no such attached index. *owner is the ancestor. */
static const sc_index *own_src(const sc_model *m, const sc_table *part, const char *name, const sc_table **owner)
{
    for (int depth = 0; part && depth < 64; depth++) {
        const sc_names *copies = sc_table_copies(part);
        const char *psrc = NULL;
        for (size_t i = 0; copies && i < copies->n && !psrc; i++) {
            const char *e = copies->items[i], *sep = strchr(e, '\x1f');
            if (e[0] == 'i' && sep && !strcmp(sep + 1, name))
                psrc = sc_arena_printf(m->arena, "%.*s", (int)(sep - e - 1), e + 1);
        }
        const sc_table *p = psrc && part->parent_name ? sc_model_table(m, part->parent_schema, part->parent_name) : NULL;
        if (!p)
            return NULL;
        for (size_t i = 0; i < p->indexes.n; i++) {
            const sc_index *ix = SC_VEC_AT(p->indexes, i, sc_index);
            if (!strcmp(ix->name, psrc)) {
                *owner = p;
                return ix;
            }
        }
        part = p;   /* the parent's copy in turn */
        name = psrc;
    }
    return NULL;
}

static bool has_index(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->indexes.n; i++)
        if (!strcmp(SC_VEC_AT(t->indexes, i, sc_index)->name, name))
            return true;
    return false;
}

/* One pass: each attached index whose name `compile` would not give is
 * added as part's own. Returns how many were. */
static size_t say_once(sc_model *m)
{
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_dctx c = {.a = sc_arena_new(), .tmp = sc_arena_new(), .cmp = sc_arena_new(), .o = &o, .from = m, .to = m,
                 .pg_foresee = true};
    size_t added = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = m->tables.items[i];
        const sc_names *copies = sc_table_copies(t);
        for (size_t j = 0; copies && j < copies->n; j++) {
            const char *e = copies->items[j], *name = strchr(e, '\x1f');
            const sc_table *owner = NULL;
            const sc_index *src = e[0] == 'i' && name ? own_src(m, t, name + 1, &owner) : NULL;
            if (!src || has_index(t, name + 1))
                continue;
            const char *foreseen = sc_pg_copy_name(&c, m, t, src->name, true);
            if (foreseen && !strcmp(foreseen, name + 1))
                continue;
            sc_index *own = sc_arena_alloc(m->arena, sizeof *own);
            *own = *src;   /* a partition's columns have its parent's names */
            own->name = sc_arena_strdup(m->arena, name + 1);
            own->name_explicit = true;
            sc_index_set_comment(m->arena, own, NULL);   /* the parent's is not the partition's */
            sc_vec_push(m->arena, &t->indexes, own);
            added++;
        }
    }
    sc_strmap_free(c.pg_names[0]);
    sc_strmap_free(c.pg_copies[0]);
    sc_strmap_free(c.expr_memo);
    sc_keybuf_free(&c.expr_key);
    sc_arena_free(c.a);
    sc_arena_free(c.tmp);
    sc_arena_free(c.cmp);
    return added;
}

void sc_partition_say_attached(sc_model *m)
{
    /* an index said changes what the others are foreseen as (it is taken,
     * not copied, and its name is the schema's): again until none is */
    for (int round = 0; round < 64 && say_once(m); round++)
        ;
}
