/* diff.c - model x model -> ops: matching objects through the hash maps
 * (linear in the schema size), then ordering them (order.c, edges.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "diff/fn_callers.h"   /* callers4 */
#include "model/fk_key.h"
#include "model/refuse.h"
#include "model/strbuf.h"

void sc_diff_opts_init(sc_diff_opts *o, sc_dialect dialect)
{
    memset(o, 0, sizeof *o);
    o->dialect = dialect;
    o->compare_type = true;
    o->compare_server_default = true;
}

void sc_diff_add_edges(sc_dctx *c);   /* edges.c */
void sc_diff_set_keys(sc_op *op);     /* edges.c */

static const char *qn(sc_dctx *c, const char *schema, const char *name)
{
    return sc_dqname(c->tmp, schema, name);
}

/* ---- tables: pairing (renames from hints only) ------------------------- */

/* A swap cannot be told from one that has run when every member already
 * matches by name: the hints are ignored then, and the user is told. */
static void stale_warning(sc_dctx *c, const char *schema, const char *table, const char *name, const char *old)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, schema, table ? table : name);
    if (table) {
        sc_sb_putc(&b, '.');
        sc_sb_ident(&b, name);
    }
    sc_warn(c->d, "%s %s: \"renamed from %s\" ignored: the rename hints form a swap whose %s already match "
            "by name (the swap has run, or swaps identical definitions); remove the hints once it has run",
            table ? "column" : "table", sc_sb_cstr(&b), old, table ? "columns" : "tables");
    sc_sb_free(&b);
}

static void add_pair(sc_dctx *c, const sc_table *f, const sc_table *t)
{
    /* memory (issue 10): a pair per table, needed only while diffing */
    sc_tpair *p = sc_arena_alloc(c->tmp, sizeof *p);
    p->from = f;
    p->to = t;
    p->id = c->next_table_id++;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *ct = SC_VEC_AT(t->columns, i, sc_column);
        const char *old = NULL;
        if (sc_column_renamed_from(ct) && sc_rn_column(f, t, ct->name, &old) == SC_RN_STALE_CYCLE)
            stale_warning(c, t->schema, t->name, ct->name, sc_column_renamed_from(ct));
        const sc_column *cf = sc_diff_column_source(f, t, ct);
        if (cf && strcmp(cf->name, ct->name)) {
            if (!p->col_old2new)
                p->col_old2new = sc_strmap_new();
            sc_strmap_put(p->col_old2new, cf->name, (void *)ct->name);
        }
    }
    sc_strmap_put(c->pair_by_from, qn(c, f->schema, f->name), p);
    sc_strmap_put(c->pair_by_to, qn(c, t->schema, t->name), p);
    sc_vec_push(c->tmp, &c->pairs, p);
}

static void build_pairs(sc_dctx *c)
{
    sc_rn_index_tables(c);
    for (size_t i = 0; i < c->to->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(c->to->tables, i, sc_table);
        const char *old = NULL;
        sc_rn_kind k = sc_rn_table(c, t, &old);
        const sc_table *f = sc_model_table(c->from, t->schema,
                                           k == SC_RN_PATH || k == SC_RN_CYCLE ? old : t->name);
        if (k == SC_RN_STALE_CYCLE)
            stale_warning(c, t->schema, NULL, t->name, t->renamed_from);
        if (f && !sc_strmap_has(c->pair_by_from, qn(c, f->schema, f->name)))
            add_pair(c, f, t);
    }
}

/* ---- created / dropped tables: FK cycles are split out ------------------- */

typedef struct fkwalk {
    sc_dctx *c;
    const sc_model *m;
    sc_strmap *state;     /* qname -> op: tables created (or dropped) by the plan */
    sc_strmap *visiting;  /* qname -> 1 while on the DFS stack, 2 when done */
    bool create;
} fkwalk;

/* parts5: a created partitioned table's foreign key whose name one of its
 * partitions' own constraints has (sc_partition_fk_late): CREATE TABLE ...
 * PARTITION OF would copy it onto that partition under its own name and
 * then fail at the partition's constraint, so it is added on its own once
 * the partitions are created, as `compile` does (a sub-partitioned table's
 * too). */
static bool fk_late(const fkwalk *w, const sc_table *t, const sc_constraint *k)
{
    return w->create && w->c->o->dialect == SC_DIALECT_POSTGRESQL && sc_partition_fk_late(w->m, t, k);
}

/* parts5: a constraint of partition t (created by the plan) named as a
 * foreign key of an ancestor the plan does not create: CREATE TABLE ...
 * PARTITION OF copies that key under its name, so the constraint is added
 * after, the copy renamed first to the name PostgreSQL gives it when the
 * key comes after the partition (as `compile` builds it: part_cols_fkey). */
static bool copies_name(const fkwalk *w, const sc_table *t, const sc_constraint *k)
{
    if (!w->create || w->c->o->dialect != SC_DIALECT_POSTGRESQL || !t->parent_name)
        return false;
    const sc_table *a = t;
    for (int depth = 0; a && a->parent_name && depth < 64; depth++) {
        a = sc_model_table(w->m, a->parent_schema, a->parent_name);
        if (!a || sc_strmap_has(w->state, qn(w->c, a->schema, a->name)))
            continue;   /* created by the plan: its key comes after its partitions */
        for (size_t i = 0; i < a->constraints.n; i++) {
            const sc_constraint *x = SC_VEC_AT(a->constraints, i, sc_constraint);
            if (x->kind == SC_CON_FOREIGN_KEY && !strcmp(x->name, k->name))
                return true;
        }
    }
    return false;
}

void sc_op_omit_con(sc_dctx *c, sc_op *op, const sc_constraint *k)
{
    const sc_constraint **n = sc_arena_alloc(c->a, (op->nomit_fks + 1) * sizeof *n);
    if (op->nomit_fks)
        memcpy(n, op->omit_fks, op->nomit_fks * sizeof *n);
    n[op->nomit_fks++] = k;
    op->omit_fks = n;
}

static void fk_visit(fkwalk *w, const sc_table *t)
{
    sc_dctx *c = w->c;
    const char *key = qn(c, t->schema, t->name);
    static int on_stack = 1, done = 2;
    sc_strmap_put(w->visiting, key, &on_stack);
    sc_op *op = sc_strmap_get(w->state, key);
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->not_valid || copies_name(w, t, k)) {   /* CREATE TABLE would mark it valid: added (dropped) on its own */
            sc_op_omit_con(c, op, k);
            continue;
        }
        if (k->kind != SC_CON_FOREIGN_KEY)
            continue;
        if (fk_late(w, t, k)) {
            sc_op_omit_con(c, op, k);
            continue;
        }
        const char *rk = qn(c, k->ref_schema, k->ref_table);
        /* fkidx5: onto a unique index of its own table, which CREATE TABLE
         * does not make: added after that index (edges.c) */
        if (w->create && c->o->dialect == SC_DIALECT_POSTGRESQL && !strcmp(rk, key) &&
            sc_fk_unique_index(t, &k->ref_columns)) {
            sc_op_omit_con(c, op, k);
            continue;
        }
        if (!strcmp(rk, key) || !sc_strmap_has(w->state, rk))
            continue;
        int *st = sc_strmap_get(w->visiting, rk);
        if (st && *st == 1)
            sc_op_omit_con(c, op, k);   /* a cycle: this FK is added (dropped) on its own */
        else if (!st)
            fk_visit(w, sc_model_table(w->m, k->ref_schema, k->ref_table));
    }
    sc_strmap_put(w->visiting, key, &done);
}

static void split_cycles(sc_dctx *c, const sc_model *m, sc_strmap *state, sc_vec *tables, bool create)
{
    fkwalk w = {c, m, state, sc_strmap_new(), create};
    for (size_t i = 0; i < tables->n; i++) {
        const sc_table *t = tables->items[i];
        if (!sc_strmap_has(w.visiting, qn(c, t->schema, t->name)))
            fk_visit(&w, t);
    }
    sc_strmap_free(w.visiting);
    /* the split FKs become ops of their own */
    for (size_t i = 0; i < tables->n; i++) {
        const sc_table *t = tables->items[i];
        sc_op *top = sc_strmap_get(state, qn(c, t->schema, t->name));
        for (size_t j = 0; j < top->nomit_fks; j++) {
            const sc_constraint *k = top->omit_fks[j];
            sc_op *op = sc_new_op(c, create ? SC_OP_ADD_CONSTRAINT : SC_OP_DROP_CONSTRAINT, t->schema,
                                  t->name, k->name);
            op->from = create ? NULL : k;
            op->to = create ? k : NULL;
            op->t_from = top->t_from;
            op->t_to = top->t_to;
            op->table_id = top->table_id;
            op->split_fk = true;
            if (copies_name(&w, t, k)) {
                const char *copy = sc_pg_copy_name(c, m, t, k->name, false);
                op->copy_renamed = copy && strcmp(copy, k->name) ? copy : NULL;
            }
            if (create)
                sc_op_dep(c, op, top);
            else
                sc_op_dep(c, top, op);
            for (size_t x = 0; fk_late(&w, t, k) && x < tables->n; x++)   /* parts5: after its partitions */
                if (sc_table_descends_from(m, tables->items[x], t))
                    sc_op_dep(c, op, sc_strmap_get(state, qn(c, ((const sc_table *)tables->items[x])->schema,
                                                             ((const sc_table *)tables->items[x])->name)));
        }
    }
}

static void diff_tables(sc_dctx *c)
{
    sc_strmap *created = sc_strmap_new(), *dropped = sc_strmap_new();
    sc_vec ct = {0}, dt = {0};
    for (size_t i = 0; i < c->to->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(c->to->tables, i, sc_table);
        const char *key = qn(c, t->schema, t->name);
        if (sc_strmap_has(c->pair_by_to, key))
            continue;
        sc_op *op = sc_new_op(c, SC_OP_CREATE_TABLE, t->schema, t->name, t->name);
        op->to = op->t_to = t;
        op->table_id = c->next_table_id++;
        sc_strmap_put(created, key, op);
        sc_vec_push(c->a, &ct, (void *)t);
    }
    for (size_t i = 0; i < c->from->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(c->from->tables, i, sc_table);
        const char *key = qn(c, t->schema, t->name);
        if (sc_strmap_has(c->pair_by_from, key))
            continue;
        sc_op *op = sc_new_op(c, SC_OP_DROP_TABLE, t->schema, t->name, t->name);
        op->from = op->t_from = t;
        op->table_id = c->next_table_id++;
        sc_strmap_put(dropped, key, op);
        sc_vec_push(c->a, &dt, (void *)t);
    }
    split_cycles(c, c->to, created, &ct, true);
    split_cycles(c, c->from, dropped, &dt, false);
    sc_strmap_free(created);
    sc_strmap_free(dropped);
    for (size_t i = 0; i < c->pairs.n; i++) {
        sc_diff_table_pair(c, c->pairs.items[i]);
        sc_arena_reset(c->cmp);
    }
}

/* ---- schemas, enums, sequences ------------------------------------------ */

/* COMMENT ON SCHEMA s when the comment of a schema both sides have differs
 * (issue 12; PostgreSQL) */
static void diff_schema_comment(sc_dctx *c, const char *s)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    const char *fc = sc_model_schema_comment(c->from, s), *tc = sc_model_schema_comment(c->to, s);
    if (fc ? !tc || strcmp(fc, tc) : tc != NULL) {
        sc_op *op = sc_new_op(c, SC_OP_SCHEMA_COMMENT, s, NULL, s);
        const char **pf = sc_arena_alloc(c->a, 2 * sizeof *pf);
        pf[0] = fc;
        pf[1] = tc;
        op->from = &pf[0];
        op->to = &pf[1];
    }
}

static void diff_schemas(sc_dctx *c)
{
    diff_schema_comment(c, SC_DEFAULT_SCHEMA);   /* public: implicit on both sides */
    for (size_t i = 0; i < c->to->schemas.n; i++) {
        const char *s = c->to->schemas.items[i];
        if (!strcmp(s, SC_DEFAULT_SCHEMA))
            continue;
        if (!sc_strmap_has(c->from->schema_map, s)) {
            sc_op *op = sc_new_op(c, SC_OP_CREATE_SCHEMA, s, NULL, s);
            op->to = s;
        } else {
            diff_schema_comment(c, s);
        }
    }
    for (size_t i = 0; i < c->from->schemas.n; i++) {
        const char *s = c->from->schemas.items[i];
        if (strcmp(s, SC_DEFAULT_SCHEMA) && !sc_strmap_has(c->to->schema_map, s)) {
            sc_op *op = sc_new_op(c, SC_OP_DROP_SCHEMA, s, NULL, s);
            op->from = s;
        }
    }
}

static bool labels_equal(const sc_enum *x, const sc_enum *y)
{
    if (x->labels.n != y->labels.n)
        return false;
    for (size_t i = 0; i < x->labels.n; i++)
        if (strcmp(x->labels.items[i], y->labels.items[i]))
            return false;
    return true;
}

static void diff_enums(sc_dctx *c, sc_strmap *altered)
{
    for (size_t i = 0; i < c->to->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(c->to->enums, i, sc_enum);
        const sc_enum *f = sc_model_enum(c->from, e->schema, e->name);
        if (!f) {
            sc_op *op = sc_new_op(c, SC_OP_CREATE_ENUM, e->schema, NULL, e->name);
            op->to = e;
        } else if (!labels_equal(f, e)) {
            sc_op *op = sc_new_op(c, SC_OP_ALTER_ENUM, e->schema, NULL, e->name);
            op->from = f;
            op->to = e;
            sc_strmap_put(altered, qn(c, e->schema, e->name), op);
            if (!sc_enum_only_adds(f, e) || c->o->rebuild_added_enums)
                sc_strmap_put(c->rebuilt_enums, qn(c, e->schema, e->name), op);
        }
        if (f && !((!f->comment || !*f->comment) ? (!e->comment || !*e->comment)
                                                  : (e->comment && !strcmp(f->comment, e->comment)))) {
            sc_op *op = sc_new_op(c, SC_OP_ENUM_COMMENT, e->schema, NULL, e->name);
            op->from = f;
            op->to = e;
        }
    }
    for (size_t i = 0; i < c->from->enums.n; i++) {
        const sc_enum *f = SC_VEC_AT(c->from->enums, i, sc_enum);
        if (!sc_model_enum(c->to, f->schema, f->name)) {
            sc_op *op = sc_new_op(c, SC_OP_DROP_ENUM, f->schema, NULL, f->name);
            op->from = f;
        }
    }
}

static bool seq_same(const sc_sequence *x, const sc_sequence *y)
{
    return !strcmp(x->type ? x->type : "bigint", y->type ? y->type : "bigint") && x->start == y->start &&
           x->increment == y->increment && x->cache == y->cache && x->cycle == y->cycle &&
           x->has_min == y->has_min && x->has_max == y->has_max &&
           (!x->has_min || x->min_value == y->min_value) && (!x->has_max || x->max_value == y->max_value);
}

static bool owner_same(const sc_sequence *x, const sc_sequence *y)
{
    const char *xt = x ? x->owned_by_table : NULL, *yt = y ? y->owned_by_table : NULL;
    if (!xt || !yt)
        return xt == yt;
    return !strcmp(xt, yt) && !strcmp(x->owned_by_column, y->owned_by_column);
}

static void seq_op(sc_dctx *c, sc_op_kind k, const sc_sequence *f, const sc_sequence *t)
{
    const sc_sequence *s = t ? t : f;
    sc_op *op = sc_new_op(c, k, s->schema, NULL, s->name);
    op->from = f;
    op->to = t;
}

static void diff_sequences(sc_dctx *c)
{
    for (size_t i = 0; i < c->to->sequences.n; i++) {
        const sc_sequence *t = SC_VEC_AT(c->to->sequences, i, sc_sequence);
        const sc_sequence *f = sc_model_sequence(c->from, t->schema, t->name);
        const sc_sequence *was = f ? NULL : sc_seq_renamed_from(c, t);
        if (was) {   /* newuser4: renamed along its column (seq_renames.c), its owner with it */
            seq_op(c, SC_OP_ALTER_SEQUENCE, was, t);
            if (was->comment ? !t->comment || strcmp(was->comment, t->comment) : t->comment != NULL)
                seq_op(c, SC_OP_SEQUENCE_COMMENT, was, t);
            continue;
        }
        if (f && !seq_same(f, t))
            seq_op(c, SC_OP_ALTER_SEQUENCE, f, t);   /* keeps its current value */
        if (f && c->o->dialect == SC_DIALECT_POSTGRESQL &&
            (f->comment ? !t->comment || strcmp(f->comment, t->comment) : t->comment != NULL))
            seq_op(c, SC_OP_SEQUENCE_COMMENT, f, t);
        if (!f)
            seq_op(c, SC_OP_CREATE_SEQUENCE, NULL, t);
        if (!owner_same(f, t))
            seq_op(c, SC_OP_SEQUENCE_OWNER, f, t);
    }
    for (size_t i = 0; i < c->from->sequences.n; i++) {
        const sc_sequence *f = SC_VEC_AT(c->from->sequences, i, sc_sequence);
        if (sc_model_sequence(c->to, f->schema, f->name) || sc_seq_is_renamed(c, f))
            continue;
        if (f->owned_by_table)
            seq_op(c, SC_OP_SEQUENCE_OWNER, f, NULL);
        seq_op(c, SC_OP_DROP_SEQUENCE, f, NULL);
    }
}

/* PostgreSQL: a column whose enum is altered is cast along with the type,
 * and its default (which may name a value that comes or goes) is re-set
 * by the enum op, so that the op and its inverse both run in a valid order. */
static void collect_enum_uses(sc_dctx *c, sc_strmap *altered)
{
    if (!sc_strmap_count(altered))
        return;
    size_t n = c->ops.n;
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_ALTER_COLUMN)
            continue;
        const sc_column *f = op->from, *t = op->to;
        if (sc_diff_enum_of(c->to, &t->type) && sc_type_same(&f->type, &t->type) &&
            sc_strmap_has(altered, qn(c, t->type.schema, t->type.name))) {
            op->changes &= ~(unsigned)SC_CHG_DEFAULT;
            if (!op->changes)
                op->kind = SC_OP_NOP;
        }
    }
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = c->pairs.items[i];
        for (size_t j = 0; j < p->to->columns.n; j++) {
            const sc_column *t = SC_VEC_AT(p->to->columns, j, sc_column);
            if (!sc_diff_enum_of(c->to, &t->type))
                continue;
            sc_op *eop = sc_strmap_get(altered, qn(c, t->type.schema, t->type.name));
            const sc_column *f = eop ? sc_diff_column_source(p->from, p->to, t) : NULL;
            if (!f || !sc_type_same(&f->type, &t->type) || !sc_expr_same(c->tmp, f->generated, t->generated))
                continue;
            sc_enum_use *u = sc_arena_alloc(c->a, (eop->nuses + 1) * sizeof *u);
            if (eop->nuses)
                memcpy(u, eop->uses, eop->nuses * sizeof *u);
            u[eop->nuses] = (sc_enum_use){p->to->schema, p->to->name, t->name, t, f};
            eop->uses = u;
            eop->nuses++;
        }
    }
}

/* ---- the plan ------------------------------------------------------------ */

/* One diff; *again is set when the plan's down script is its inverse and
 * must rebuild an enum the up script only adds to (sc_diff_reverse). */
static sc_plan *diff_once(const sc_model *from, const sc_model *to, const sc_diff_opts *o, sc_diags *d,
                          bool *again)
{
    sc_plan *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    p->arena = sc_arena_new();
    p->opts = *o;
    /* SQLite: names that differ only in case are the same object, renamed
     * to the target's spelling */
    p->declared_to = to;
    if (o->dialect == SC_DIALECT_SQLITE && (p->hinted = sc_model_case_hints_sqlite(from, to)))
        to = p->hinted;
    p->from = from;
    p->to = to;
    /* what the target dialect cannot express is refused, never left out */
    if (sc_dialect_refuse(to, o->dialect, d) + (from != to ? sc_dialect_refuse(from, o->dialect, d) : 0)) {
        sc_plan_free(p);
        return NULL;
    }
    sc_dctx c = {0};
    c.plan = p;
    c.a = p->arena;
    c.tmp = sc_arena_new();
    c.cmp = sc_arena_new();
    c.o = &p->opts;
    c.from = from;
    c.to = to;
    c.pair_by_from = sc_strmap_new();
    c.pair_by_to = sc_strmap_new();
    c.d = d;
    c.rebuilt_enums = sc_strmap_new();
    c.vs_by_from = sc_strmap_new();
    c.vs_by_to = sc_strmap_new();
    sc_strmap *altered = sc_strmap_new();
    bool pg = o->dialect == SC_DIALECT_POSTGRESQL;

    build_pairs(&c);
    if (pg) {
        diff_schemas(&c);
        diff_enums(&c, altered);
        sc_seq_renames(&c);   /* newuser4: sequences renamed along their column */
        diff_sequences(&c);
    }
    diff_tables(&c);
    if (pg) {
        sc_serial_identity_split(&c);   /* around the serial's sequence */
        sc_inherit_keep(&c);   /* a parent's column that a child keeps as its own */
        collect_enum_uses(&c, altered);
        sc_enum_rebuild_defaults(&c);
    }
    sc_diff_utypes(&c);   /* domains, composite and range types (PostgreSQL) */
    sc_utype_dependents(&c);   /* funcdeps: types built on a rebuilt type */
    if (pg)
        sc_diff_ext(&c);   /* extensions and collations */
    sc_diff_views(&c);
    sc_diff_routines(&c);   /* functions, triggers */
    sc_dependents_fixpoint(&c);   /* fns7: views and functions in turn, to a fixed point */
    sc_routine_view_triggers(&c);   /* triggers of re-created views */
    if (pg)
        *again = sc_diff_reverse(&c);   /* before the down-only work it makes needless */
    sc_diff_views_finish(&c);
    sc_diff_policies(&c);
    sc_routine_late_dependents(&c);   /* funcdeps: policies, triggers calling a re-created function */
    sc_partition_own_keys(&c);   /* parts7: a partition's own unique key around its parent's new one */
    sc_fn_unmodelled_users(&c);   /* fns7: callers it cannot take around a function: warned */
    sc_fk_key_dependents(&c);   /* fkidx5: kept FKs around a drop of their key */
    sc_diff_index_props(&c);   /* tblprops6: after every op that makes an index */
    sc_rn_split_cycles(&c);
    if (pg)
        sc_diff_object_comments(&c);   /* issue 12: after every op that may create one */
    if (c.o->privileges && pg)
        sc_diff_privileges(&c);   /* privileges and ownership */
    for (size_t i = 0; i < c.ops.n; i++) {
        sc_op *op = SC_VEC_AT(c.ops, i, sc_op);
        sc_partition_default_sets(&c, op);   /* parts7: before classify, which reads it */
        sc_op_classify(c.a, op, c.o);
        sc_diff_set_keys(op);
        sc_utype_set_keys(op);   /* domains, composite and range types */
        sc_privilege_set_keys(op);   /* privileges and ownership */
    }
    sc_diff_add_edges(&c);
    sc_enum_dep_edges(&c);
    sc_gen_dep_edges(&c);
    sc_view_edges(&c);
    sc_policy_edges(&c);
    sc_utype_edges(&c);   /* domains, composite and range types */
    sc_ext_edges(&c);   /* extensions and collations */
    sc_routine_edges(&c);   /* functions, triggers */
    sc_routine_rowtype_edges(&c);   /* types4: functions over a row type */
    size_t errors = d->nerrors;
    sc_table_fn_parts(&c);   /* fns5: after every other edge */
    /* fns6: a generated column it cannot place refuses the plan */
    int rc = d->nerrors > errors ? -1 : sc_order(&c, d);
    if (rc == 0) {
        p->down = sc_arena_alloc(c.a, (p->nup + 1) * sizeof *p->down);
        for (size_t i = 0; i < p->nup; i++)
            p->down[p->ndown++] = sc_op_invert(c.a, p->up[p->nup - 1 - i], c.o);
        sc_fn_refresh_down(p);   /* callers4: a refresh after the old body is back */
    }
    for (size_t i = 0; i < c.pairs.n; i++) {
        sc_strmap_free(((sc_tpair *)c.pairs.items[i])->col_old2new);
        sc_strmap_free(((sc_tpair *)c.pairs.items[i])->gen_readd);
    }
    sc_strmap_free(c.pair_by_from);
    sc_strmap_free(c.pair_by_to);
    sc_strmap_free(c.table_hints);
    sc_strmap_free(c.rebuilt_enums);
    sc_strmap_free(c.fn_user_map);   /* funcdeps */
    sc_fn_callees_free(c.fn_callees);   /* callers4 */
    sc_strmap_free(c.pg_names[0]);   /* privs3 */
    sc_strmap_free(c.pg_names[1]);
    sc_strmap_free(c.pg_copies[0]);   /* parts4 */
    sc_strmap_free(c.pg_copies[1]);
    sc_strmap_free(c.seq_to_from);   /* newuser4 */
    sc_strmap_free(c.seq_from_to);
    sc_strmap_free(c.add_cols);
    sc_strmap_free(c.fn_sig_names);
    sc_strmap_free(c.vs_by_from);
    sc_strmap_free(c.vs_by_to);
    sc_strmap_free(c.expr_memo);
    sc_keybuf_free(&c.expr_key);
    sc_strmap_free(altered);
    sc_arena_free(c.tmp);
    sc_arena_free(c.cmp);
    if (rc) {
        sc_plan_free(p);
        return NULL;
    }
    return p;
}

/* A plan that renames keeps the inverse as its down script (reverse.c):
 * when that inverse rebuilds an enum the up script only adds values to,
 * the plan is made again with the enum's dependents taken around it both
 * ways, as for any rebuilt enum; the first attempt's diagnostics go. */
sc_plan *sc_diff(const sc_model *from, const sc_model *to, const sc_diff_opts *o, sc_diags *d)
{
    sc_diags first;
    sc_diags_init(&first);
    bool again = false;
    sc_plan *p = diff_once(from, to, o, &first, &again);
    if (again) {
        sc_plan_free(p);
        sc_diags_free(&first);
        sc_diags_init(&first);
        sc_diff_opts o2 = *o;
        o2.rebuild_added_enums = true;
        p = diff_once(from, to, &o2, &first, &again);
    }
    sc_diags_move(d, &first);
    return p;
}

void sc_plan_free(sc_plan *p)
{
    if (!p)
        return;
    sc_plan_free(p->reverse);
    sc_arena_free(p->arena);
    sc_model_free(p->hinted);
    free(p);
}

size_t sc_plan_count(const sc_plan *p)
{
    return p ? p->nup : 0;
}

const sc_table **sc_plan_changed_tables(const sc_plan *p, size_t *n)
{
    size_t cap = p && p->nup ? p->nup : 1;
    const sc_table **out = malloc(cap * sizeof *out);
    if (!out)
        abort();
    *n = 0;
    sc_strmap *seen = sc_strmap_new();
    char key[2 * 64 + 2];
    for (size_t i = 0; p && i < p->nup; i++) {
        const sc_op *op = p->up[i];
        if (!op->t_from || !op->t_to)
            continue;
        /* the address is a unique key for a table of the `to` model */
        snprintf(key, sizeof key, "%p", (const void *)op->t_to);
        if (sc_strmap_has(seen, key))
            continue;
        sc_strmap_put(seen, key, (void *)op->t_to);
        out[(*n)++] = sc_plan_declared_table(p, op->t_to);
    }
    sc_strmap_free(seen);
    return out;
}

const sc_table *sc_plan_declared_table(const sc_plan *p, const sc_table *t)
{
    if (!p->hinted || !t)
        return t;
    const sc_table *d = sc_model_table(p->declared_to, t->schema, t->name);
    return d ? d : t;
}

const sc_view **sc_plan_changed_views(const sc_plan *p, size_t *n)
{
    *n = p ? p->views_changed.n : 0;
    const sc_view **out = malloc((*n ? *n : 1) * sizeof *out);
    if (!out)
        abort();
    for (size_t i = 0; i < *n; i++) {
        const sc_view *v = p->views_changed.items[i];
        /* the caller's `to` model, not the case hints' copy freed with the plan */
        const sc_view *d = p->hinted ? sc_model_view(p->declared_to, v->schema, v->name) : NULL;
        out[i] = d ? d : v;
    }
    return out;
}

char *sc_plan_summary(const sc_plan *p)
{
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; p && i < p->nup; i++) {
        const sc_op *op = p->up[i];
        if (sc_op_silent(op))   /* tblprops6: writes nothing here */
            continue;
        sc_sb_puts(&b, sc_op_describe(p->arena, op));
        if (op->hazard)
            sc_sb_printf(&b, "  [HAZARD: %s]", op->hazard_msg);
        sc_sb_putc(&b, '\n');
    }
    return sc_sb_take(&b);
}

size_t sc_plan_hazards(const sc_plan *p)
{
    size_t n = 0;
    for (size_t i = 0; p && i < p->nup; i++)
        n += p->up[i]->hazard != SC_HAZ_NONE;
    return n;
}

char *sc_plan_hazard_lines(const sc_plan *p, bool down)
{
    if (p && down && p->reverse)   /* the down script is the diff the other way round */
        return sc_plan_hazard_lines(p->reverse, false);
    sc_strbuf b = SC_STRBUF_INIT;
    sc_op *const *ops = !p ? NULL : down ? p->down : p->up;
    size_t n = !p ? 0 : down ? p->ndown : p->nup;
    for (size_t i = 0; i < n; i++)
        if (ops[i]->hazard)
            sc_sb_printf(&b, "%s\n", ops[i]->hazard_msg);
    return sc_sb_take(&b);
}

void sc_diff_adopt_hints(sc_model *normalized, const sc_model *declared)
{
    if (!normalized || !declared)
        return;
    for (size_t i = 0; i < normalized->tables.n; i++) {
        sc_table *t = SC_VEC_AT(normalized->tables, i, sc_table);
        const sc_table *dt = sc_model_table(declared, t->schema, t->name);
        if (!dt)
            continue;
        t->renamed_from = dt->renamed_from ? sc_arena_strdup(normalized->arena, dt->renamed_from) : NULL;
        for (size_t j = 0; j < t->columns.n; j++) {
            sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            const sc_column *dc = sc_table_column(dt, c->name);
            if (dc && sc_column_renamed_from(dc))
                sc_column_set_renamed_from(normalized->arena, c, sc_arena_strdup(normalized->arena, sc_column_renamed_from(dc)));
        }
        for (size_t j = 0; j < t->constraints.n; j++) {
            sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            for (size_t m = 0; m < dt->constraints.n; m++) {
                const sc_constraint *dk = SC_VEC_AT(dt->constraints, m, sc_constraint);
                if (dk->kind == k->kind && !strcmp(dk->name, k->name)) {
                    k->name_explicit = dk->name_explicit;
                    break;
                }
            }
        }
        for (size_t j = 0; j < t->indexes.n; j++) {
            sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            for (size_t m = 0; m < dt->indexes.n; m++) {
                const sc_index *dx = SC_VEC_AT(dt->indexes, m, sc_index);
                if (dx->name && ix->name && !strcmp(dx->name, ix->name)) {
                    ix->name_explicit = dx->name_explicit;
                    break;
                }
            }
        }
    }
}
