/* diff_partition_copies.c - the names of every partition's copies of its
 * ancestors' keys, foreign keys and indexes in one side's model, as
 * PostgreSQL gives them when `compile` builds that side (parts4, issue 12).
 *
 * The copies are not in the model (inspect leaves them out, as its
 * parent's), but they take names in the schema: two partitions whose copies
 * would have the same name (m_1's copy of an index on x_y and m_1_x's of one
 * on y are both m_1_x_y_idx; two long partition names cut alike) get
 * numbered ones, the later the next free number. So the names are chosen
 * for the whole side at once, in the order PostgreSQL makes them on the
 * script `compile` writes (src/emit/ddl.c):
 *   1. tables in creation order (the tables a foreign key references and
 *      the parents first, the model's order otherwise): CREATE TABLE ...
 *      PARTITION OF copies its parent's keys (the parent's copies of its own
 *      ancestors' first, by OID) and foreign keys;
 *   2. a partitioned table's foreign key whose name a partition's own
 *      constraint has, added after the tables (sc_partition_fk_late):
 *      copied onto the partitions in the order of their bounds;
 *   3. indexes, the deepest partitions' first: an index of a partitioned
 *      table is copied onto each partition in the order of their bounds
 *      (PartitionDesc), and onto theirs in turn.
 * Names: ChooseIndexName (part_pkey, part_cols_key, part_cols_excl,
 * part_cols_idx, numbered while taken: sc_pg_choose_name); a foreign key
 * keeps its name unless the partition has a constraint of that name, then
 * ChooseConstraintName (part_cols_fkey, numbered while a constraint of the
 * schema has it: tests/cases/pg_partition_fk_copy_name).
 *
 * parts5: a partition's own index that matches its parent's is taken by
 * the parent's CREATE INDEX (attached, under its own name: no copy made);
 * bounds are ordered as the key column's type orders them; a partition read
 * from the catalog has its copies' names as made (a live database built by
 * a history of migrations), which are used instead. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

typedef struct copies_sim {
    sc_dctx *c;
    const sc_model *m;
    sc_strmap *map;      /* "schema\x1fpart\x1f[ki]src" -> name */
    sc_strmap *chosen;   /* names chosen for copies so far */
    sc_strmap *kids;     /* "schema\x1fname" -> sc_vec* of its partitions, in bound order */
    sc_strmap *adopted;  /* "schema\x1fpart\x1findex": a partition's own index taken as a copy (parts5) */
    sc_strmap *state;    /* "schema\x1fname" -> 1 visiting, 2 placed */
    sc_vec order;        /* tables in creation order */
    sc_keybuf k;
} copies_sim;

static const char *tkey(sc_keybuf *k, const char *schema, const char *name)
{
    return sc_keybuf_printf(k, "%s\x1f%s", schema ? schema : SC_DEFAULT_SCHEMA, name);
}

static void record(copies_sim *s, const sc_table *part, const char *src, bool index, const char *name)
{
    const char *key = sc_keybuf_printf(&s->k, "%s\x1f%s\x1f%c%s", part->schema ? part->schema : SC_DEFAULT_SCHEMA,
                                       part->name, index ? 'i' : 'k', src);
    if (!sc_strmap_has(s->map, key))
        sc_strmap_put(s->map, key, (void *)name);
}

/* ---- the names of the columns (ChooseIndexColumnNames, ChooseIndexNameAddition) */

const char *sc_pg_cols_addition(sc_arena *a, const sc_names *cols, const sc_index *ix)
{
    size_t n = cols ? cols->n : ix ? ix->nelems + ix->include.n : 0;
    const char **names = calloc(n + 1, sizeof *names);
    if (!names)
        abort();
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        const char *orig;
        if (cols)
            orig = cols->items[i];
        else if (i < ix->nelems)
            orig = ix->elems[i].column ? ix->elems[i].column : sc_pg_index_colname(a, ix->elems[i].expr);
        else
            orig = ix->include.items[i - ix->nelems];
        /* a name that a previous column has is numbered (lower, lower1) */
        const char *cur = orig;
        for (int k = 1;; k++) {
            bool dup = false;
            for (size_t j = 0; j < i && !dup; j++)
                dup = !strcmp(names[j], cur);
            if (!dup)
                break;
            cur = sc_arena_printf(a, "%s%d", orig, k);
        }
        names[i] = cur;
        if (i)
            sc_sb_putc(&b, '_');
        sc_sb_puts(&b, cur);
        if (strlen(sc_sb_cstr(&b)) >= SC_PG_NAMEDATALEN)
            break;   /* as ChooseIndexNameAddition: makeObjectName cuts it */
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    free(names);
    return r;
}

/* Each partitioned table's partitions, sorted by bound once
 * (diff_partition_bounds.c). */
static void build_kids(copies_sim *s)
{
    s->kids = sc_strmap_new();
    sc_vec all = {0};
    for (size_t i = 0; i < s->m->tables.n; i++) {
        const sc_table *t = s->m->tables.items[i];
        if (!t->parent_name)
            continue;
        const char *key = tkey(&s->k, t->parent_schema, t->parent_name);
        sc_vec *v = sc_strmap_get(s->kids, key);
        if (!v) {
            v = sc_arena_alloc(s->c->tmp, sizeof *v);
            memset(v, 0, sizeof *v);
            sc_strmap_put(s->kids, key, v);
            sc_vec_push(s->c->tmp, &all, v);
        }
        sc_vec_push(s->c->tmp, v, (void *)t);
    }
    for (size_t i = 0; i < all.n; i++) {
        sc_vec *v = all.items[i];
        const sc_table *t = v->items[0];
        const sc_table *p = sc_model_table(s->m, t->parent_schema ? t->parent_schema : SC_DEFAULT_SCHEMA,
                                           t->parent_name);
        sc_pg_sort_partitions(s->c, s->m, p, (const sc_table **)v->items, v->n);
    }
}

/* ---- 1. tables in creation order, and the keys and FKs copied then */

static void visit(copies_sim *s, const sc_table *t, int depth);

static void visit_parent(const char *schema, const char *name, void *arg)
{
    copies_sim *s = arg;
    const sc_table *p = sc_model_table(s->m, schema, name);
    if (p)
        visit(s, p, 1);
}

static void visit(copies_sim *s, const sc_table *t, int depth)
{
    const char *key = tkey(&s->k, t->schema, t->name);
    if (sc_strmap_has(s->state, key) || depth > 64)
        return;
    sc_strmap_put(s->state, sc_arena_strdup(s->c->tmp, key), (void *)1);
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_FOREIGN_KEY)
            continue;
        const sc_table *r = sc_model_table(s->m, k->ref_schema ? k->ref_schema : SC_DEFAULT_SCHEMA,
                                           k->ref_table ? k->ref_table : "");
        if (r && r != t)
            visit(s, r, depth + 1);
    }
    sc_table_each_parent(t, visit_parent, s);
    sc_vec_push(s->c->tmp, &s->order, (void *)t);
}

static bool has_own_constraint(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.n; i++)
        if (!strcmp(SC_VEC_AT(t->constraints, i, sc_constraint)->name, name))
            return true;
    return false;
}

static void copy_keys_of(copies_sim *s, const sc_table *part, const sc_table *anc)
{
    sc_arena *a = s->c->a;
    for (size_t i = 0; i < anc->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(anc->constraints, i, sc_constraint);
        const char *name = NULL;
        if (k->kind == SC_CON_PRIMARY_KEY)
            name = sc_pg_choose_name(s->c, s->m, part->schema, part->name, NULL, "pkey", true, s->chosen);
        else if (k->kind == SC_CON_UNIQUE)
            name = sc_pg_choose_name(s->c, s->m, part->schema, part->name, sc_pg_cols_addition(a, &k->columns, NULL),
                                     "key", true, s->chosen);
        else if (k->kind == SC_CON_EXCLUDE)
            name = sc_pg_choose_name(s->c, s->m, part->schema, part->name,
                                     sc_pg_cols_addition(a, NULL, sc_constraint_exclusion(k)), "excl", true, s->chosen);
        else if (k->kind == SC_CON_FOREIGN_KEY && !sc_partition_fk_late(s->m, anc, k))
            name = !has_own_constraint(part, k->name)
                       ? k->name
                       : sc_pg_choose_con_name(s->c, s->m, part->schema, part->name,
                                               sc_pg_cols_addition(a, &k->columns, NULL), "fkey", s->chosen);
        if (name)
            record(s, part, k->name, false, name);
    }
}

/* A partition's copies of its ancestors' keys and FKs, the farthest
 * ancestor's first (its parent's index list holds the parent's copies of
 * them before its own keys). */
static void copy_keys(copies_sim *s, const sc_table *part)
{
    const sc_table *chain[64];
    int n = 0;
    for (const sc_table *p = part; p->parent_name && n < 64;) {
        p = sc_model_table(s->m, p->parent_schema, p->parent_name);
        if (!p)
            break;
        chain[n++] = p;
    }
    while (n-- > 0)
        copy_keys_of(s, part, chain[n]);
}

/* A foreign key added once the partitions exist (sc_partition_fk_late):
 * ALTER TABLE t ADD CONSTRAINT copies it onto each partition in the order
 * of their bounds, under its name unless the partition has a constraint of
 * that name (then part_cols_fkey, ChooseConstraintName), and onto theirs. */
static void copy_fk_late(copies_sim *s, const sc_table *t, const sc_constraint *k, int depth)
{
    const sc_vec *v = sc_strmap_get(s->kids, tkey(&s->k, t->schema, t->name));
    for (size_t i = 0; v && i < v->n && depth < 64; i++) {
        const sc_table *part = v->items[i];
        const char *name = !has_own_constraint(part, k->name)
                               ? k->name
                               : sc_pg_choose_con_name(s->c, s->m, part->schema, part->name,
                                                       sc_pg_cols_addition(s->c->a, &k->columns, NULL), "fkey",
                                                       s->chosen);
        record(s, part, k->name, false, name);
        if (part->partition_key)
            copy_fk_late(s, part, k, depth + 1);
    }
}

/* ---- 3. indexes */

/* parts5: a partition's own index that matches ix (DefineIndex's
 * CompareIndexInfo: same method, uniqueness, elements, INCLUDE and
 * predicate) and is not yet attached: the parent's CREATE INDEX, which
 * `compile` writes after the partitions' own, attaches it instead of making
 * a copy, and it keeps its name (nor is the partition's copy made again
 * below it). */
static const sc_index *adopt(copies_sim *s, const sc_table *part, const sc_index *ix)
{
    for (size_t i = 0; i < part->indexes.n; i++) {
        const sc_index *own = SC_VEC_AT(part->indexes, i, sc_index);
        const char *key = sc_keybuf_printf(&s->k, "%s\x1f%s\x1f%s", part->schema ? part->schema : SC_DEFAULT_SCHEMA,
                                           part->name, own->name);
        if (!sc_strmap_has(s->adopted, key) && sc_index_same(s->c, NULL, own, ix)) {
            sc_strmap_put(s->adopted, key, (void *)own);
            return own;
        }
    }
    return NULL;
}

static void copy_index(copies_sim *s, const sc_table *t, const sc_index *ix, const char *cols, int depth)
{
    const sc_vec *v = sc_strmap_get(s->kids, tkey(&s->k, t->schema, t->name));
    for (size_t i = 0; v && i < v->n && depth < 64; i++) {
        const sc_table *part = v->items[i];
        const sc_index *own = adopt(s, part, ix);
        if (own) {
            record(s, part, ix->name, true, own->name);
            continue;
        }
        const char *name = sc_pg_choose_name(s->c, s->m, part->schema, part->name, cols, "idx", false, s->chosen);
        record(s, part, ix->name, true, name);
        if (part->partition_key)
            copy_index(s, part, ix, cols, depth + 1);
    }
}

static int depth_of(const sc_model *m, const sc_table *t)
{
    int n = 0;
    while (t && t->parent_name && n < 64) {
        t = sc_model_table(m, t->parent_schema, t->parent_name);
        n++;
    }
    return n;
}

static sc_strmap *simulate(sc_dctx *c, const sc_model *m)
{
    copies_sim s = {.c = c, .m = m, .map = sc_strmap_new(), .chosen = sc_strmap_new(), .state = sc_strmap_new(),
                    .adopted = sc_strmap_new()};
    build_kids(&s);
    for (size_t i = 0; i < m->tables.n; i++)
        visit(&s, m->tables.items[i], 0);
    int maxdepth = 0;
    for (size_t i = 0; i < s.order.n; i++) {
        const sc_table *t = s.order.items[i];
        if (t->parent_name)
            copy_keys(&s, t);
        int d = depth_of(m, t);
        maxdepth = d > maxdepth ? d : maxdepth;
    }
    for (size_t i = 0; i < s.order.n; i++) {
        const sc_table *t = s.order.items[i];
        for (size_t j = 0; t->partition_key && j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (sc_partition_fk_late(m, t, k))
                copy_fk_late(&s, t, k, 0);
        }
    }
    for (int depth = maxdepth; depth >= 0; depth--) {
        for (size_t i = 0; i < s.order.n; i++) {
            const sc_table *t = s.order.items[i];
            if (!t->partition_key || depth_of(m, t) != depth)
                continue;
            for (size_t j = 0; j < t->indexes.n; j++) {
                const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
                copy_index(&s, t, ix, sc_pg_cols_addition(c->a, NULL, ix), 0);
            }
        }
    }
    sc_strmap_free(s.chosen);
    sc_strmap_free(s.kids);
    sc_strmap_free(s.adopted);
    sc_strmap_free(s.state);
    sc_keybuf_free(&s.k);
    return s.map;
}

/* parts5: a partition read from the catalog has its copies' names as made
 * (sc_table_copies), each under its parent's index or constraint name,
 * which is a copy of the grandparent's in turn for a sub-partition: the
 * name of the ancestor's own one it stands for, walking up. */
static const char *read_src(const sc_model *m, const sc_table *part, char kind, const char *name, int depth)
{
    const sc_names *copies = sc_table_copies(part);
    for (size_t i = 0; copies && i < copies->n && depth < 64; i++) {
        const char *e = copies->items[i], *sep = strchr(e, '\x1f');
        if (e[0] != kind || !sep || strcmp(sep + 1, name))
            continue;
        const char *psrc = sc_arena_printf(m->arena, "%.*s", (int)(sep - e - 1), e + 1);
        const sc_table *p = part->parent_name ? sc_model_table(m, part->parent_schema, part->parent_name) : NULL;
        const sc_names *pc = p ? sc_table_copies(p) : NULL;
        for (size_t j = 0; pc && j < pc->n; j++) {
            const char *pe = pc->items[j], *ps = strchr(pe, '\x1f');
            if (pe[0] == kind && ps && !strcmp(ps + 1, psrc))
                return read_src(m, p, kind, psrc, depth + 1);
        }
        return psrc;   /* the parent's own */
    }
    return NULL;
}

static const char *read_copy(const sc_model *m, const sc_table *part, const char *src, bool index)
{
    const sc_names *copies = sc_table_copies(part);
    for (size_t i = 0; copies && i < copies->n; i++) {
        const char *e = copies->items[i], *sep = strchr(e, '\x1f');
        if (e[0] != (index ? 'i' : 'k') || !sep)
            continue;
        const char *root = read_src(m, part, e[0], sep + 1, 0);
        if (root && !strcmp(root, src))
            return sep + 1;
    }
    return NULL;
}

const char *sc_pg_copy_name(sc_dctx *c, const sc_model *m, const sc_table *part, const char *src, bool index)
{
    const char *read = c->pg_foresee ? NULL : read_copy(m, part, src, index);
    if (read)
        return read;
    int side = m == c->from ? 0 : 1;
    if (!c->pg_copies[side])
        c->pg_copies[side] = simulate(c, m);
    sc_keybuf k = {0};
    const char *key = sc_keybuf_printf(&k, "%s\x1f%s\x1f%c%s", part->schema ? part->schema : SC_DEFAULT_SCHEMA,
                                       part->name, index ? 'i' : 'k', src);
    const char *r = sc_strmap_get(c->pg_copies[side], key);
    sc_keybuf_free(&k);
    return r;
}

const char *sc_pg_adopted_src(sc_dctx *c, const sc_model *m, const sc_table *part, const char *name)
{
    const sc_table *a = part;
    for (int depth = 0; a && a->parent_name && depth < 64; depth++) {
        a = sc_model_table(m, a->parent_schema, a->parent_name);
        for (size_t i = 0; a && i < a->indexes.n; i++) {
            const char *src = SC_VEC_AT(a->indexes, i, sc_index)->name;
            const char *copy = sc_pg_copy_name(c, m, part, src, true);
            if (copy && !strcmp(copy, name))
                return src;
        }
    }
    return NULL;
}
