/* view_deps.c - views in the one dependency graph.
 *
 * What a view reads comes from its refs (the catalog's pg_depend, the
 * scratch load, SQLite's authorizer or the query's parse tree), never from
 * rules per pair of kinds. Two mechanisms:
 *  - dependents: a change that the engine refuses while a view reads what
 *    it changes (PostgreSQL: a column's type or collation, a dropped column
 *    or table, an enum rebuilt, a view dropped or re-created; SQLite: a
 *    table rebuilt or a column dropped) re-creates every view that reads
 *    it, transitively: dropped before the change, created after it, with a
 *    comment that says why. Views that no change touches are left alone.
 *  - edges: a view is created after everything it reads is in place and
 *    dropped before anything it reads changes or goes. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

typedef struct block {
    const char *rel;      /* the relation (or type) name, unqualified */
    const char *what;     /* "orders.amount", "type mood" */
    const char *reason;   /* "whose type changes" */
    sc_op *op;            /* the op that views reading it must not be around for */
    sc_op *after;         /* funcdeps: the views come back after this one (NULL: after op) */
} block;

typedef struct deps {
    sc_dctx *c;
    sc_strmap *blocked;   /* key -> block* */
    sc_strmap *readers;   /* key -> sc_vec* of sc_vstate* (from-side views reading it) */
    sc_vec queue;         /* keys newly blocked */
    sc_vec relations;     /* block* of relations, for views whose refs are unknown */
} deps;

static const char *rel_key(sc_dctx *c, const char *schema, const char *name)
{
    return sc_arena_printf(c->a, "r\x1f%s.%s", schema ? schema : SC_DEFAULT_SCHEMA, name);
}

static const char *col_key(sc_dctx *c, const char *schema, const char *name, const char *col)
{
    return sc_arena_printf(c->a, "c\x1f%s.%s\x1f%s", schema ? schema : SC_DEFAULT_SCHEMA, name, col);
}

static const char *type_key(sc_dctx *c, const char *schema, const char *name)
{
    return sc_arena_printf(c->a, "t\x1f%s.%s", schema ? schema : SC_DEFAULT_SCHEMA, name);
}

static const char *shown(sc_dctx *c, const char *schema, const char *name, const char *col)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, schema, name);
    if (col) {
        sc_sb_putc(&b, '.');
        sc_sb_ident(&b, col);
    }
    const char *s = sc_arena_strdup(c->a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

static void add_block(deps *d, const char *key, const char *rel, const char *what, const char *reason,
                      sc_op *op)
{
    if (sc_strmap_has(d->blocked, key))
        return;
    block *b = sc_arena_alloc(d->c->a, sizeof *b);
    *b = (block){rel, what, reason, op, NULL};
    sc_strmap_put(d->blocked, key, b);
    sc_vec_push(d->c->a, &d->queue, (void *)key);
    if (key[0] == 'r' || key[0] == 'c')
        sc_vec_push(d->c->a, &d->relations, b);
}

static void block_rel(deps *d, const char *schema, const char *name, const char *reason, sc_op *op)
{
    add_block(d, rel_key(d->c, schema, name), name, shown(d->c, schema, name, NULL), reason, op);
}

static void block_col(deps *d, const sc_table *t, const char *col, const char *reason, sc_op *op)
{
    add_block(d, col_key(d->c, t->schema, t->name, col), t->name, shown(d->c, t->schema, t->name, col), reason,
              op);
}

/* ---- what blocks a view ------------------------------------------------- */

/* inherit_keep.c: a child's own column moved onto its parent's (the child's
 * renamed aside and dropped, in the ADD or in the DROP's inverse), which a
 * view that reads it there or on a descendant (RENAME recurses) blocks */
static void block_inh_col(deps *d, const sc_table *t, const char *col, sc_op *op, int depth)
{
    if (depth > 64)
        return;
    block_col(d, t, col, "which moves to its parent", op);
    const sc_model *m = d->c->from;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *x = SC_VEC_AT(m->tables, i, sc_table);
        if (sc_table_has_parent(x, t->schema, t->name))
            block_inh_col(d, x, col, op, depth + 1);
    }
}

static bool sqlite_rebuilds(const sc_op *op)
{
    if (op->split_fk || !op->t_from || !op->t_to)
        return false;
    switch (op->kind) {
    case SC_OP_ALTER_COLUMN:
        return (op->changes & ~(unsigned)SC_CHG_COMMENT) != 0;
    case SC_OP_ADD_CONSTRAINT:
    case SC_OP_DROP_CONSTRAINT:
    case SC_OP_TABLE_OPTIONS:
        return true;
    case SC_OP_ADD_COLUMN: {
        /* what ALTER TABLE ADD COLUMN cannot do is a rebuild */
        const sc_column *col = op->to;
        return col->identity || col->generated || col->type.is_user || (col->not_null && !col->default_expr) ||
               (col->default_expr && col->default_expr[0] == '(');
    }
    default:
        return false;
    }
}

static void enum_blocks(deps *d, sc_op *op)
{
    sc_dctx *c = d->c;
    const sc_enum *e = op->from;
    add_block(d, type_key(c, e->schema, e->name), e->name, sc_arena_printf(c->a, "type %s", shown(c, e->schema, e->name, NULL)),
              "which is rebuilt", op);
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, u->schema, u->table));
        if (p && u->col_from)
            block_col(d, p->from, u->col_from->name, "whose enum type is rebuilt", op);
    }
}

/* A rebuilt domain, composite or range type: as an enum rebuild, the type
 * and every column it casts. */
static void utype_blocks(deps *d, sc_op *op)
{
    sc_dctx *c = d->c;
    add_block(d, type_key(c, op->schema, op->name), op->name,
              sc_arena_printf(c->a, "type %s", shown(c, op->schema, op->name, NULL)), "which is rebuilt", op);
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, u->schema, u->table));
        if (p && u->col_from)
            block_col(d, p->from, u->col_from->name, "whose type is rebuilt", op);
    }
}

/* A collation re-created (REPLACE_COLLATION) moves the columns that use
 * it with ALTER COLUMN ... TYPE ... COLLATE, which PostgreSQL refuses on a
 * column a view reads: those views go around it. The columns are the from
 * side's, as migration_ext.c finds them. */
static void collation_blocks(deps *d, sc_op *op)
{
    const sc_collation *co = op->from;
    const sc_model *m = d->c->from;
    for (size_t i = 0; co && i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->columns.n; j++) {
            const sc_column *col = SC_VEC_AT(t->columns, j, sc_column);
            const sc_collation *x = sc_column_collation(col) ? sc_model_collation_named(m, sc_column_collation(col))
                                                             : NULL;
            if (x && !strcmp(x->schema, co->schema) && !strcmp(x->name, co->name))
                block_col(d, t, col->name, "whose collation is re-created", op);
        }
    }
}

/* funcdeps (utype_deps.c): a type dropped with its columns parked as text
 * is created again by a CREATE_UTYPE op that casts them back: views that
 * read them come back after that one. */
static void park_after(deps *d, sc_op *park)
{
    sc_op *unpark = NULL;
    for (size_t i = 0; i < d->c->ops.n && !unpark; i++) {
        sc_op *o = SC_VEC_AT(d->c->ops, i, sc_op);
        if (o->kind == SC_OP_CREATE_UTYPE && o->uses == park->uses && o->nuses == park->nuses)
            unpark = o;
    }
    for (size_t i = 0; unpark && i < d->queue.n; i++) {
        block *b = sc_strmap_get(d->blocked, d->queue.items[i]);
        if (b->op == park)
            b->after = unpark;
    }
}

static void op_blocks(deps *d, sc_op *op, bool pg)
{
    sc_dctx *c = d->c;
    switch (op->kind) {
    case SC_OP_DROP_TABLE:
        block_rel(d, op->t_from->schema, op->t_from->name, "which is dropped", op);
        return;
    case SC_OP_DROP_VIEW:
        if (op->v_from)
            block_rel(d, op->v_from->schema, op->v_from->name,
                      op->note ? "which is re-created" : "which is dropped", op);
        return;
    case SC_OP_ALTER_ENUM:
        /* an enum that only gains values in a plan whose down script
         * rebuilds it (sc_diff_opts.rebuild_added_enums): its views go
         * around the rebuild in the down script only (diff_view.c's
         * enum_readers), the up script leaves them be */
        if (pg && sc_strmap_has(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) &&
            !sc_enum_only_adds(op->from, op->to))
            enum_blocks(d, op);
        return;
    /* domains, composite and range types */
    case SC_OP_REBUILD_UTYPE:
        if (pg)
            utype_blocks(d, op);
        return;
    case SC_OP_DROP_UTYPE:   /* funcdeps: dropped around a rebuild, its columns parked as text */
        if (!pg || !op->nuses)
            break;
        utype_blocks(d, op);
        park_after(d, op);
        return;
    case SC_OP_REPLACE_COLLATION:   /* its columns are retyped: ALTER refuses a column a view reads */
        if (pg)
            collation_blocks(d, op);
        return;
    case SC_OP_DROP_FUNCTION:   /* functions: a view that calls one goes first */
        add_block(d, sc_arena_printf(c->a, "f\x1f%s.%s", op->schema, op->name), op->name,
                  sc_arena_printf(c->a, "%s %s", sc_function_kind_word(op->from),
                                  sc_routine_describe(c->a, op)),
                  op->note ? "which is re-created" : "which is dropped", op);
        return;
    default:
        break;
    }
    if (!pg) {
        /* SQLite's DROP COLUMN refuses only a column a view reads; the
         * rebuild renames with legacy_alter_table, which views survive,
         * but a view over the table is taken around it all the same */
        if (op->kind == SC_OP_DROP_COLUMN && !op->split_fk && op->t_from)
            block_col(d, op->t_from, ((const sc_column *)op->from)->name, "which is dropped", op);
        else if (sqlite_rebuilds(op))
            block_rel(d, op->t_from->schema, op->t_from->name, "which is rebuilt", op);
        return;
    }
    if (op->kind == SC_OP_TABLE_PARENTS && op->inh_rebuild && op->t_from) {
        /* parts5: the joining half drops and re-adds these columns (a
         * LEAVE op's: in its inverse), which a view that reads one blocks */
        for (size_t i = 0; i < op->inh_rebuild->ncols; i++)
            block_col(d, op->t_from, op->inh_rebuild->cols[i]->name, "which moves to its parent", op);
        return;
    }
    for (size_t i = 0; i < op->ninh_keep; i++)   /* both ways: the inverse moves it too */
        block_inh_col(d, op->inh_keep[i], op->name, op, 0);
    if (op->kind == SC_OP_ALTER_COLUMN && (op->changes & (SC_CHG_TYPE | SC_CHG_COLLATION)))
        block_col(d, op->t_from, ((const sc_column *)op->from)->name,
                  op->changes & SC_CHG_TYPE ? "whose type changes" : "whose collation changes", op);
    else if (op->kind == SC_OP_DROP_COLUMN)
        block_col(d, op->t_from, ((const sc_column *)op->from)->name, "which is dropped", op);
}

/* ---- who reads what ------------------------------------------------------- */

static void add_reader(deps *d, const char *key, sc_vstate *s)
{
    sc_vec *v = sc_strmap_get(d->readers, key);
    if (!v) {
        v = sc_arena_alloc(d->c->a, sizeof *v);
        sc_strmap_put(d->readers, key, v);
    }
    if (!v->n || v->items[v->n - 1] != s)
        sc_vec_push(d->c->a, v, s);
}

static void index_readers(deps *d)
{
    sc_dctx *c = d->c;
    for (size_t i = 0; i < c->vstates.n; i++) {
        sc_vstate *s = c->vstates.items[i];
        if (!s->from)
            continue;
        for (size_t j = 0; j < s->from->refs.n; j++) {
            const sc_ref *r = SC_VEC_AT(s->from->refs, j, sc_ref);
            switch (r->kind) {
            case SC_REF_COLUMN:   /* a column read is a read of its relation too */
                add_reader(d, col_key(c, r->schema, r->name, r->column), s);
                add_reader(d, rel_key(c, r->schema, r->name), s);
                break;
            case SC_REF_RELATION:
                add_reader(d, rel_key(c, r->schema, r->name), s);
                break;
            case SC_REF_TYPE:
                add_reader(d, type_key(c, r->schema, r->name), s);
                break;
            case SC_REF_FUNCTION:   /* functions */
                add_reader(d, sc_arena_printf(c->a, "f\x1f%s.%s", r->schema, r->name), s);
                break;
            default:
                break;
            }
        }
    }
}

static void recreate_reader(deps *d, sc_vstate *s, const block *b)
{
    sc_dctx *c = d->c;
    if (!s->to || (s->drop && s->create)) {
        /* dropped (or re-created) anyway: only before the change */
        if (s->drop)
            sc_op_dep(c, b->op, s->drop);
        return;
    }
    sc_view_recreate(c, s, sc_arena_printf(c->a, "re-created: reads %s, %s", b->what, b->reason));
    sc_op_dep(c, b->op, s->drop);
    sc_op_dep(c, s->create, b->after ? b->after : b->op);
    block_rel(d, s->from->schema, s->from->name, "which is re-created", s->drop);
}

/* Views whose refs are unknown: a blocked relation named in the query. */
static void unknown_readers(deps *d, const block *b)
{
    sc_dctx *c = d->c;
    for (size_t i = 0; i < c->vstates.n; i++) {
        sc_vstate *s = c->vstates.items[i];
        if (s->from && !s->from->refs_known && sc_expr_reads(s->from->query, b->rel))
            recreate_reader(d, s, b);
    }
}

/* fns7: the state of the search, kept between runs so that each run
 * takes only the ops made since the last one (the functions' dependents
 * and the views' are found in turn, to a fixed point: fn_fixpoint.c). */
struct sc_vdeps {
    deps d;
    size_t next_op;     /* the ops before it have been read for blocks */
    bool pg;
    bool any_unknown;   /* a from-side view's refs are unknown */
};

sc_vdeps *sc_vdeps_new(sc_dctx *c)
{
    sc_vdeps *v = sc_arena_alloc(c->tmp, sizeof *v);
    v->d = (deps){c, sc_strmap_new(), sc_strmap_new(), {0}, {0}};
    v->pg = c->o->dialect == SC_DIALECT_POSTGRESQL;
    if (c->vstates.n)
        index_readers(&v->d);
    for (size_t i = 0; i < c->vstates.n; i++) {
        const sc_vstate *s = c->vstates.items[i];
        v->any_unknown |= s->from && !s->from->refs_known;
    }
    return v;
}

void sc_vdeps_free(sc_vdeps *v)
{
    sc_strmap_free(v->d.blocked);
    sc_strmap_free(v->d.readers);
}

void sc_vdeps_run(sc_vdeps *v)
{
    deps *d = &v->d;
    sc_dctx *c = d->c;
    if (!c->vstates.n)
        return;
    size_t q0 = d->queue.n, n = c->ops.n;
    for (size_t i = v->next_op; i < n; i++)
        op_blocks(d, SC_VEC_AT(c->ops, i, sc_op), v->pg);
    v->next_op = n;
    /* breadth-first: a view re-created blocks the views that read it */
    for (size_t q = q0; q < d->queue.n; q++) {
        const char *key = d->queue.items[q];
        const block *b = sc_strmap_get(d->blocked, key);
        sc_vec *readers = sc_strmap_get(d->readers, key);
        for (size_t i = 0; readers && i < readers->n; i++)
            recreate_reader(d, readers->items[i], b);
        if (v->any_unknown && key[0] != 't' && key[0] != 'f')
            unknown_readers(d, b);
    }
}

void sc_view_dependents(sc_dctx *c)
{
    sc_vdeps *v = sc_vdeps_new(c);
    sc_vdeps_run(v);
    sc_vdeps_free(v);
}

/* ---- edges ------------------------------------------------------------------ */

typedef struct edges {
    sc_dctx *c;
    sc_strmap *from_ops, *to_ops;   /* "schema.table" -> sc_vec* of the ops on that table */
    sc_strmap *types;               /* "schema.enum" -> its op */
    sc_strmap *schemas;             /* schema -> CREATE/DROP SCHEMA op */
    sc_vec table_ops;               /* every op on a table */
} edges;

static void push_op(edges *e, sc_strmap *m, const sc_table *t, sc_op *op)
{
    const char *key = sc_dqname(e->c->a, t->schema, t->name);
    sc_vec *v = sc_strmap_get(m, key);
    if (!v) {
        v = sc_arena_alloc(e->c->a, sizeof *v);
        sc_strmap_put(m, key, v);
    }
    sc_vec_push(e->c->a, v, op);
}

static void index_ops(edges *e)
{
    sc_dctx *c = e->c;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->t_from)
            push_op(e, e->from_ops, op->t_from, op);
        if (op->t_to)
            push_op(e, e->to_ops, op->t_to, op);
        if (op->t_from || op->t_to)
            sc_vec_push(c->a, &e->table_ops, op);
        switch (op->kind) {
        case SC_OP_CREATE_ENUM:
        case SC_OP_ALTER_ENUM:
        case SC_OP_DROP_ENUM:
        /* domains, composite and range types */
        case SC_OP_CREATE_UTYPE:
        case SC_OP_DROP_UTYPE:
        case SC_OP_REBUILD_UTYPE:
        case SC_OP_ALTER_COMPOSITE:
            sc_strmap_put(e->types, sc_dqname(c->a, op->schema, op->name), op);
            break;
        case SC_OP_CREATE_SCHEMA:
        case SC_OP_DROP_SCHEMA:
            sc_strmap_put(e->schemas, op->name, op);
            break;
        default:
            break;
        }
    }
}

/* `op` (a drop) runs before every op on what view v reads (up == false),
 * or (a create) after them (up == true). */
static void around_reads(edges *e, sc_op *op, const sc_view *v, bool up)
{
    sc_dctx *c = e->c;
    if (!v->refs_known) {
        for (size_t i = 0; i < e->table_ops.n; i++) {
            sc_op *t = e->table_ops.items[i];
            if (up ? t->t_to != NULL : t->t_from != NULL) {
                if (up)
                    sc_op_dep(c, op, t);
                else
                    sc_op_dep(c, t, op);
            }
        }
    }
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        const char *key = sc_dqname(c->a, r->schema, r->name);
        if (r->kind == SC_REF_TYPE) {
            sc_op *t = sc_strmap_get(e->types, key);
            if (t && (up ? t->kind != SC_OP_DROP_ENUM && t->kind != SC_OP_DROP_UTYPE
                         : t->kind != SC_OP_CREATE_ENUM && t->kind != SC_OP_CREATE_UTYPE)) {
                if (up)
                    sc_op_dep(c, op, t);
                else
                    sc_op_dep(c, t, op);
            }
            continue;
        }
        if (r->kind == SC_REF_FUNCTION)
            continue;
        sc_vec *ops = sc_strmap_get(up ? e->to_ops : e->from_ops, key);
        for (size_t j = 0; ops && j < ops->n; j++) {
            if (up)
                sc_op_dep(c, op, ops->items[j]);
            else
                sc_op_dep(c, ops->items[j], op);
        }
        sc_vstate *s = up ? sc_strmap_get(c->vs_by_to, key) : sc_strmap_get(c->vs_by_from, key);
        if (!s)
            continue;
        sc_op *vops[] = {up ? s->create : s->drop, s->replace, s->rename};
        for (size_t j = 0; j < sizeof vops / sizeof *vops; j++) {
            if (!vops[j] || vops[j]->kind == SC_OP_NOP)
                continue;
            if (up)
                sc_op_dep(c, op, vops[j]);
            else
                sc_op_dep(c, vops[j], op);
        }
    }
}

/* A name taken by a view after the table or view that held it is gone. */
static void after_name_freed(edges *e, sc_op *op, const char *schema, const char *name)
{
    sc_dctx *c = e->c;
    const char *key = sc_dqname(c->a, schema, name);
    sc_vstate *s = sc_strmap_get(c->vs_by_from, key);
    if (s && s->drop && s->drop != op)
        sc_op_dep(c, op, s->drop);
    if (s && s->rename && s->rename != op && s->rename->kind != SC_OP_NOP)
        sc_op_dep(c, op, s->rename);
    sc_vec *ops = sc_strmap_get(e->from_ops, key);
    for (size_t j = 0; ops && j < ops->n; j++) {
        sc_op *t = ops->items[j];
        if (t->kind == SC_OP_DROP_TABLE || t->kind == SC_OP_RENAME_TABLE)
            sc_op_dep(c, op, t);
    }
}

static void schema_edges(edges *e, sc_op *op, bool creates)
{
    sc_op *so = sc_strmap_get(e->schemas, op->schema);
    if (!so)
        return;
    if (creates && so->kind == SC_OP_CREATE_SCHEMA)
        sc_op_dep(e->c, op, so);
    if (!creates && so->kind == SC_OP_DROP_SCHEMA)
        sc_op_dep(e->c, so, op);
}

static void state_edges(edges *e, sc_vstate *s)
{
    sc_dctx *c = e->c;
    if (s->drop) {
        around_reads(e, s->drop, s->from, false);
        schema_edges(e, s->drop, false);
    }
    sc_op *makers[] = {s->create, s->replace};
    for (size_t i = 0; i < 2; i++) {
        sc_op *op = makers[i];
        if (!op || op->kind == SC_OP_NOP)
            continue;
        around_reads(e, op, s->to, true);
        schema_edges(e, op, true);
        if (op->kind == SC_OP_CREATE_VIEW)
            after_name_freed(e, op, s->to->schema, s->to->name);
        sc_op_dep(c, op, s->drop);
        if (s->rename && s->rename->kind != SC_OP_NOP)
            sc_op_dep(c, op, s->rename);
    }
    if (s->rename && s->rename->kind != SC_OP_NOP)
        after_name_freed(e, s->rename, s->to->schema, s->to->name);
    if (s->comment && s->comment->kind != SC_OP_NOP) {   /* on the view as it is named and defined now */
        sc_op_dep(c, s->comment, s->rename);
        sc_op_dep(c, s->comment, s->replace);
    }
    for (size_t i = 0; i < s->nindex_ops; i++) {
        sc_op *op = s->index_ops[i];
        if (op->kind == SC_OP_NOP)
            continue;
        if (s->rename && s->rename->kind != SC_OP_NOP)
            sc_op_dep(c, op, s->rename);
        if (op->kind != SC_OP_CREATE_VIEW_INDEX)
            continue;
        for (size_t j = 0; j < s->nindex_ops; j++)   /* an index re-created under its name */
            if (s->index_ops[j]->kind == SC_OP_DROP_VIEW_INDEX && !strcmp(s->index_ops[j]->name, op->name))
                sc_op_dep(c, op, s->index_ops[j]);
    }
}

void sc_view_edges(sc_dctx *c)
{
    if (!c->vstates.n)
        return;
    edges e = {c, sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), {0}};
    index_ops(&e);
    for (size_t i = 0; i < c->vstates.n; i++)
        state_edges(&e, c->vstates.items[i]);
    /* a table created under the name of a view that goes */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_CREATE_TABLE && op->kind != SC_OP_RENAME_TABLE)
            continue;
        sc_vstate *s = sc_strmap_get(c->vs_by_from, sc_dqname(c->a, op->schema, op->name));
        if (s && s->drop)
            sc_op_dep(c, op, s->drop);
    }
    sc_strmap_free(e.from_ops);
    sc_strmap_free(e.to_ops);
    sc_strmap_free(e.types);
    sc_strmap_free(e.schemas);
}
