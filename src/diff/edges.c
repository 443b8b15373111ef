/* edges.c - the dependency edges between ops, and their tie-break keys.
 *
 * Rules (each op names the objects it needs and the ones it removes):
 *  - a schema is created before what lives in it and dropped after;
 *  - an enum is created/altered before columns start using it and
 *    altered/dropped after columns stop using it;
 *  - a sequence is created before the defaults that call it, dropped after;
 *  - a FK is added after its target table, columns and key exist, and
 *    dropped before any of those goes;
 *  - within one table: drops of constraints/indexes, then drops of columns,
 *    then renames (table, columns), then added/altered columns, then added
 *    constraints/indexes (NOP barrier ops keep this linear);
 *  - a rename to a name comes after the rename that frees that name (a
 *    chain; a swap, whose cycle renames.c broke with a temporary name). */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/sqltok.h"

void sc_diff_add_edges(sc_dctx *c);
void sc_diff_set_keys(sc_op *op);

void sc_diff_set_keys(sc_op *op)
{
    static const int phase[SC_OP__COUNT] = {
        [SC_OP_CREATE_SCHEMA] = 0, [SC_OP_CREATE_ENUM] = 1, [SC_OP_ALTER_ENUM] = 2,
        [SC_OP_CREATE_SEQUENCE] = 3, [SC_OP_ALTER_SEQUENCE] = 3, [SC_OP_ENUM_COMMENT] = 4,
        [SC_OP_DROP_CONSTRAINT] = 1, [SC_OP_DROP_INDEX] = 2, [SC_OP_DROP_COLUMN] = 3,
        [SC_OP_RENAME_TABLE] = 4, [SC_OP_RENAME_COLUMN] = 5,
        [SC_OP_RENAME_CONSTRAINT] = 5, [SC_OP_RENAME_INDEX] = 5, [SC_OP_CREATE_TABLE] = 6,
        [SC_OP_ADD_COLUMN] = 7, [SC_OP_ALTER_COLUMN] = 8, [SC_OP_ADD_CONSTRAINT] = 9,
        [SC_OP_CREATE_INDEX] = 10, [SC_OP_TABLE_COMMENT] = 12, [SC_OP_TABLE_OPTIONS] = 8, [SC_OP_INDEX_COMMENT] = 12, [SC_OP_SEQUENCE_OWNER] = 13,
        [SC_OP_DROP_TABLE] = 0, [SC_OP_DROP_SEQUENCE] = 0, [SC_OP_DROP_ENUM] = 1, [SC_OP_DROP_SCHEMA] = 2,
        [SC_OP_DROP_VIEW_INDEX] = 0, [SC_OP_DROP_VIEW] = 1, [SC_OP_RENAME_VIEW] = 0, [SC_OP_CREATE_VIEW] = 1,
        [SC_OP_REPLACE_VIEW] = 1, [SC_OP_CREATE_VIEW_INDEX] = 2, [SC_OP_VIEW_COMMENT] = 3,
        [SC_OP_DROP_POLICY] = 2, [SC_OP_TABLE_RLS] = 4, [SC_OP_CREATE_POLICY] = 5, [SC_OP_ALTER_POLICY] = 5,
        [SC_OP_POLICY_COMMENT] = 6,
        /* functions and triggers */
        [SC_OP_CREATE_FUNCTION] = 5, [SC_OP_REPLACE_FUNCTION] = 5, [SC_OP_DROP_FUNCTION] = 3,
        [SC_OP_DROP_TRIGGER] = 2, [SC_OP_CREATE_TRIGGER] = 4, [SC_OP_TRIGGER_STATE] = 5,
        /* table constraints (issue 12): once the rows are in their final shape */
        [SC_OP_VALIDATE_CONSTRAINT] = 11, [SC_OP_CONSTRAINT_COMMENT] = 12, [SC_OP_SEQUENCE_COMMENT] = 4,
        [SC_OP_SCHEMA_COMMENT] = 0,
        /* partitioning and inheritance: once the columns are in place */
        [SC_OP_TABLE_PARENTS] = 10,
        [SC_OP_CON_INDEX] = 12,   /* issue 12: after the constraint's rename */
        [SC_OP_INDEX_STORAGE] = 12,   /* issue 12 (privs2): after the index's rename */
        [SC_OP_REFRESH_VIEW] = 4,   /* callers4: once the view is in its final shape */
        [SC_OP_TABLE_INDEX_PROPS] = 13,   /* tblprops6: once its indexes are in place */
        /* issue 12: after the object's own ops of its stage */
        [SC_OP_FUNCTION_COMMENT] = 6, [SC_OP_TRIGGER_COMMENT] = 6, [SC_OP_COLLATION_COMMENT] = 1,
    };
    /* views are dropped first and created once the tables are in place */
    switch (op->kind) {
    case SC_OP_DROP_VIEW:
    case SC_OP_DROP_VIEW_INDEX:
    case SC_OP_DROP_POLICY:
        op->stage = -1;
        break;
    case SC_OP_CREATE_SCHEMA:
    case SC_OP_CREATE_ENUM:
    case SC_OP_ALTER_ENUM:
    case SC_OP_ENUM_COMMENT:
    case SC_OP_SEQUENCE_COMMENT:
    case SC_OP_SCHEMA_COMMENT:
    case SC_OP_CREATE_SEQUENCE:
    case SC_OP_ALTER_SEQUENCE:
        op->stage = 0;
        break;
    case SC_OP_RENAME_VIEW:
    case SC_OP_CREATE_VIEW:
    case SC_OP_REPLACE_VIEW:
    case SC_OP_CREATE_VIEW_INDEX:
    case SC_OP_VIEW_COMMENT:
    case SC_OP_CREATE_POLICY:
    case SC_OP_ALTER_POLICY:
    case SC_OP_POLICY_COMMENT:
    case SC_OP_TABLE_RLS:
        op->stage = 2;
        break;
    case SC_OP_DROP_TABLE:
        op->stage = 3;
        break;
    /* functions before the tables (defaults and checks call them), dropped
     * after; triggers after the tables and views, dropped before */
    case SC_OP_CREATE_FUNCTION:
    case SC_OP_REPLACE_FUNCTION:
    case SC_OP_FUNCTION_COMMENT:   /* issue 12 */
        op->stage = 0;
        break;
    case SC_OP_DROP_TRIGGER:
        op->stage = -1;
        break;
    case SC_OP_CREATE_TRIGGER:
    case SC_OP_TRIGGER_STATE:
    case SC_OP_TRIGGER_COMMENT:   /* issue 12: with its trigger's state */
        op->stage = 2;
        break;
    case SC_OP_DROP_FUNCTION:
        op->stage = 4;
        break;
    case SC_OP_DROP_SEQUENCE:
    case SC_OP_DROP_ENUM:
    case SC_OP_DROP_SCHEMA:
        op->stage = 4;
        break;
    /* extensions and collations: before the types, dropped after the
     * tables (their edges: diff_ext.c) */
    case SC_OP_CREATE_EXTENSION:
    case SC_OP_ALTER_EXTENSION:
    case SC_OP_CREATE_COLLATION:
    case SC_OP_REPLACE_COLLATION:
    case SC_OP_COLLATION_COMMENT:   /* issue 12 */
        op->stage = 0;
        break;
    case SC_OP_DROP_EXTENSION:
    case SC_OP_DROP_COLLATION:
        op->stage = 4;
        break;
    /* callers4: a materialized view refreshed with the views */
    case SC_OP_REFRESH_VIEW:
        op->stage = 2;
        break;
    default:
        op->stage = 1;
        break;
    }
    /* a dropped table's RLS flags go with its policies' drops: in the down
     * script they come back after the table and its policies */
    if (op->kind == SC_OP_TABLE_RLS && !op->t_to)
        op->stage = -1;
    op->phase = phase[op->kind];
    if (op->kind == SC_OP_TABLE_INDEX_PROPS && !(op->changes & SC_CHG_IXP_SET))
        op->phase = 0;   /* tblprops6: the down script's, first */
    const sc_constraint *k = op->kind == SC_OP_ADD_CONSTRAINT ? op->to
                             : op->kind == SC_OP_DROP_CONSTRAINT ? op->from : NULL;
    if (k && k->kind == SC_CON_FOREIGN_KEY)
        op->phase = op->kind == SC_OP_ADD_CONSTRAINT ? 11 : 0;
}

/* ---- per-table lists ------------------------------------------------------ */

typedef struct tlists {
    sc_vec providers;   /* ops after which the table, its columns and keys exist */
    sc_vec consumers;   /* ops that remove the table, a column or a key */
} tlists;

static tlists *lists_of(sc_dctx *c, sc_strmap *m, const char *schema, const char *table)
{
    const char *key = sc_dqname(c->a, schema, table);
    tlists *l = sc_strmap_get(m, key);
    if (!l) {
        l = sc_arena_alloc(c->a, sizeof *l);
        sc_strmap_put(m, key, l);
    }
    return l;
}

static bool is_key(const sc_constraint *k)
{
    return k->kind == SC_CON_PRIMARY_KEY || k->kind == SC_CON_UNIQUE;
}

/* issue 12: an exclusion constraint's index takes its name in the schema
 * as a key's does (no foreign key refers to it) */
static bool index_named(const sc_constraint *k)
{
    return is_key(k) || k->kind == SC_CON_EXCLUDE;
}

static int group_of(const sc_op *op)
{
    switch (op->kind) {
    /* tblprops6: first and last of the table (diff_tblprops.c) */
    case SC_OP_TABLE_INDEX_PROPS: return op->changes & SC_CHG_IXP_SET ? 7 : 0;
    case SC_OP_DROP_CONSTRAINT:
    case SC_OP_DROP_INDEX: return 1;
    case SC_OP_DROP_COLUMN: return 2;
    case SC_OP_RENAME_TABLE: return 3;
    case SC_OP_RENAME_COLUMN:
    case SC_OP_RENAME_CONSTRAINT:
    case SC_OP_RENAME_INDEX: return 4;
    case SC_OP_ADD_COLUMN:
    case SC_OP_ALTER_COLUMN:
    case SC_OP_TABLE_OPTIONS: return 5;
    case SC_OP_ADD_CONSTRAINT:
    case SC_OP_CREATE_INDEX:
    case SC_OP_TABLE_COMMENT:
    case SC_OP_INDEX_COMMENT:
    case SC_OP_VALIDATE_CONSTRAINT:
    case SC_OP_CONSTRAINT_COMMENT:
    case SC_OP_CON_INDEX:
    case SC_OP_INDEX_STORAGE: return 6;
    default: return -1;
    }
}

#define NGROUPS 8

static sc_op *enum_op_for(sc_dctx *c, sc_strmap *enums, const sc_column *col)
{
    if (!col || !sc_strmap_count(enums) || (!sc_diff_enum_of(c->to, &col->type) &&
                                            !sc_diff_enum_of(c->from, &col->type)))
        return NULL;
    return sc_strmap_get(enums, sc_dqname(c->a, col->type.schema, col->type.name));
}

static char *nextval_arg(sc_arena *a, const char *expr)
{
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(expr, strlen(expr), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return NULL;
    char *r = NULL;
    for (size_t i = 0; !r && i + 2 < t.n; i++)
        if (sc_tok_word_is(expr, &t.items[i], "nextval") && sc_tok_op_is(expr, &t.items[i + 1], "(")) {
            char *v = sc_tok_plain_string(expr, &t.items[i + 2]);
            if (v)
                r = sc_arena_strdup(a, v);
            free(v);
        }
    sc_toks_free(&t);
    return r;
}

bool sc_nextval_seq(sc_arena *a, const char *expr, const char *table_schema, const char **schema,
                    const char **name)
{
    char *n = expr ? nextval_arg(a, expr) : NULL;
    if (!n)
        return false;
    char *dot = strchr(n, '.');
    *schema = table_schema;
    *name = n;
    if (dot) {
        *dot = 0;
        *schema = n;
        *name = dot + 1;
    }
    return true;
}

/* nextval('name'::regclass) -> the sequence op of that name. */
static sc_op *seq_op_for(sc_dctx *c, sc_strmap *seqs, const sc_column *col, const char *table_schema)
{
    const char *schema, *name;
    if (!col || !sc_strmap_count(seqs) || !sc_nextval_seq(c->a, col->default_expr, table_schema, &schema, &name))
        return NULL;
    return sc_strmap_get(seqs, sc_dqname(c->a, schema, name));
}

/* Column-level uses of enums and sequences by an op: `adds` true for the
 * columns it brings, false for the ones it takes away. */
static void column_edges(sc_dctx *c, sc_op *op, const sc_column *col, bool adds, sc_strmap *enums,
                         sc_strmap *seqs)
{
    sc_op *e = enum_op_for(c, enums, col);
    sc_op *s = seq_op_for(c, seqs, col, op->schema);
    if (adds) {
        if (e && e->kind != SC_OP_DROP_ENUM)
            sc_op_dep(c, op, e);
        if (s && s->kind == SC_OP_CREATE_SEQUENCE)
            sc_op_dep(c, op, s);
    } else {
        if (e && e->kind != SC_OP_CREATE_ENUM)
            sc_op_dep(c, e, op);
        if (s && s->kind == SC_OP_DROP_SEQUENCE)
            sc_op_dep(c, s, op);
    }
}

static void table_columns_edges(sc_dctx *c, sc_op *op, const sc_table *t, bool adds, sc_strmap *enums,
                                sc_strmap *seqs)
{
    for (size_t i = 0; i < t->columns.n; i++)
        column_edges(c, op, SC_VEC_AT(t->columns, i, sc_column), adds, enums, seqs);
}

static bool omitted(const sc_op *op, const sc_constraint *k)
{
    for (size_t i = 0; i < op->nomit_fks; i++)
        if (op->omit_fks[i] == k)
            return true;
    return false;
}

/* A column op of the referenced table matters to a FK only when it touches
 * one of the referenced columns. */
static bool touches(const sc_op *x, const sc_constraint *k, bool adds)
{
    const sc_column *col = NULL;
    switch (x->kind) {
    case SC_OP_ADD_COLUMN:
    case SC_OP_RENAME_COLUMN:
        col = x->to;
        break;
    case SC_OP_DROP_COLUMN:
        col = x->from;
        break;
    case SC_OP_ALTER_COLUMN:
        col = adds ? x->to : x->from;
        break;
    default:
        return true;
    }
    if (!k->ref_columns.n)
        return true;
    for (size_t i = 0; i < k->ref_columns.n; i++)
        if (!strcmp(k->ref_columns.items[i], col->name))
            return true;
    return false;
}

static void fk_edges(sc_dctx *c, sc_op *op, const sc_constraint *k, bool adds, sc_strmap *by_to,
                     sc_strmap *by_from)
{
    if (adds) {
        tlists *l = sc_strmap_get(by_to, sc_dqname(c->a, k->ref_schema, k->ref_table));
        for (size_t i = 0; l && i < l->providers.n; i++)
            if (touches(l->providers.items[i], k, true))
                sc_op_dep(c, op, l->providers.items[i]);
    } else {
        tlists *l = sc_strmap_get(by_from, sc_dqname(c->a, k->ref_schema, k->ref_table));
        for (size_t i = 0; l && i < l->consumers.n; i++)
            if (touches(l->consumers.items[i], k, false))
                sc_op_dep(c, l->consumers.items[i], op);
    }
}

bool sc_is_rename(sc_op_kind k)
{
    return k == SC_OP_RENAME_TABLE || k == SC_OP_RENAME_COLUMN || k == SC_OP_RENAME_CONSTRAINT ||
           k == SC_OP_RENAME_INDEX;
}

/* Tables and index names rename within their schema (PostgreSQL names an
 * index-backed constraint's index after it), columns and the other
 * constraints within their table. */
const char *sc_rename_key(sc_dctx *c, const sc_op *op, const char *name)
{
    bool index_name = op->kind == SC_OP_RENAME_INDEX ||
                      (op->kind == SC_OP_RENAME_CONSTRAINT && index_named(op->to));
    if (op->kind == SC_OP_RENAME_TABLE)
        return sc_dqname(c->a, op->schema, name);
    if (index_name)
        return sc_arena_printf(c->a, "i\x1f%s.%s", op->schema, name);
    if (op->kind == SC_OP_RENAME_CONSTRAINT)
        return sc_arena_printf(c->a, "k\x1f%d.%s", op->table_id, name);
    return sc_arena_printf(c->a, "%d.%s", op->table_id, name);
}

static const char *rename_key(sc_dctx *c, const sc_op *op, const char *name)
{
    return sc_rename_key(c, op, name);
}

/* A chain or a swap: a name is taken after the rename that frees it,
 * except a temporary name, freed by the op that runs after its taker. */
static void after_freed(sc_dctx *c, sc_op *op, sc_strmap *renamed_away)
{
    const sc_op *freer = sc_strmap_get(renamed_away, rename_key(c, op, op->name));
    for (size_t i = 0; freer && i < freer->ndeps; i++)
        if (freer->deps[i] == op->seq)
            return;
    sc_op_dep(c, op, freer);
}

/* What the passes share: the ops indexed by the objects they create, drop
 * or rename, and each table's group barriers. */
typedef struct edge_index {
    sc_strmap *schemas, *enums, *seqs;
    sc_strmap *by_to, *by_from;   /* tlists by table: providers (to side), consumers (from side) */
    sc_strmap *index_drops;
    sc_strmap *tables_created, *tables_dropped;
    sc_strmap *renamed_away;      /* rename ops by the name they free */
    sc_op ***barriers;            /* by table id: NGROUPS - 1 NOP ops, or NULL */
} edge_index;

static void provides(sc_dctx *c, edge_index *x, sc_op *op, const char *table)
{
    sc_vec_push(c->a, &lists_of(c, x->by_to, op->schema, table)->providers, op);
}

static void consumes(sc_dctx *c, edge_index *x, sc_op *op, const char *table)
{
    sc_vec_push(c->a, &lists_of(c, x->by_from, op->schema, table)->consumers, op);
}

/* A partition dropped is consumed as each table above it is, for the
 * foreign keys onto those: such a key depends on every partition
 * (pg_depend), so one the plan drops goes first (with rows that reference
 * the partition, DETACH would fail too: migration_partition.c). */
static void consumes_ancestors(sc_dctx *c, edge_index *x, sc_op *op, const sc_table *t)
{
    for (int depth = 0; t && t->parent_name && depth < 64; depth++) {
        sc_vec_push(c->a, &lists_of(c, x->by_from, t->parent_schema, t->parent_name)->consumers, op);
        t = sc_model_table(c->from, t->parent_schema, t->parent_name);
    }
}

/* pass 1: schemas, enums, sequences and renames by name */
static void index_objects(sc_dctx *c, edge_index *x, sc_op *op)
{
    switch (op->kind) {
    case SC_OP_CREATE_SCHEMA:
    case SC_OP_DROP_SCHEMA:
        sc_strmap_put(x->schemas, op->name, op);
        break;
    case SC_OP_CREATE_ENUM:
    case SC_OP_DROP_ENUM:
    case SC_OP_ALTER_ENUM:
        sc_strmap_put(x->enums, sc_dqname(c->a, op->schema, op->name), op);
        break;
    case SC_OP_CREATE_SEQUENCE:
    case SC_OP_DROP_SEQUENCE:
        sc_strmap_put(x->seqs, sc_dqname(c->a, op->schema, op->name), op);
        break;
    case SC_OP_RENAME_TABLE:
    case SC_OP_RENAME_COLUMN:
    case SC_OP_RENAME_CONSTRAINT:
    case SC_OP_RENAME_INDEX:
        sc_strmap_put(x->renamed_away, rename_key(c, op, op->old_name), op);
        break;
    default:
        break;
    }
}

/* pass 1: what each op provides to the `to` side's tables (what a FK or an
 * owned sequence needs) and takes from the `from` side's */
static void index_table_ops(sc_dctx *c, edge_index *x, sc_op *op)
{
    const char *tfrom = op->t_from ? op->t_from->name : NULL, *tto = op->t_to ? op->t_to->name : NULL;
    switch (op->kind) {
    case SC_OP_CREATE_TABLE:
        sc_strmap_put(x->tables_created, sc_dqname(c->a, op->schema, op->name), op);
        provides(c, x, op, tto);
        break;
    case SC_OP_DROP_TABLE:
        sc_strmap_put(x->tables_dropped, sc_dqname(c->a, op->schema, op->name), op);
        consumes(c, x, op, tfrom);
        consumes_ancestors(c, x, op, op->t_from);
        break;
    case SC_OP_RENAME_TABLE:
    case SC_OP_RENAME_COLUMN:
    case SC_OP_ADD_COLUMN:
        provides(c, x, op, tto);
        break;
    case SC_OP_ALTER_COLUMN:
        provides(c, x, op, tto);
        if (op->changes & SC_CHG_TYPE)
            consumes(c, x, op, tfrom);
        break;
    case SC_OP_DROP_COLUMN:
        consumes(c, x, op, tfrom);
        break;
    case SC_OP_ADD_CONSTRAINT:
        if (is_key(op->to))
            provides(c, x, op, tto);
        break;
    case SC_OP_DROP_CONSTRAINT:
        if (is_key(op->from))
            consumes(c, x, op, tfrom);
        if (index_named(op->from))
            sc_strmap_put(x->index_drops, sc_dqname(c->a, op->schema, op->name), op);
        break;
    case SC_OP_CREATE_INDEX:
        if (((const sc_index *)op->to)->unique)
            provides(c, x, op, tto);
        break;
    case SC_OP_DROP_INDEX:
        if (((const sc_index *)op->from)->unique)
            consumes(c, x, op, tfrom);
        sc_strmap_put(x->index_drops, sc_dqname(c->a, op->schema, op->name), op);
        break;
    default:
        break;
    }
}

/* pass 2: per-table group barriers for tables on both sides */
static void group_barriers(sc_dctx *c, edge_index *x, sc_op *op)
{
    int g = group_of(op);
    if (g < 0 || op->table_id < 0 || op->split_fk)
        return;
    sc_op **b = x->barriers[op->table_id];
    if (!b) {
        b = x->barriers[op->table_id] = sc_arena_alloc(c->a, NGROUPS * sizeof *b);
        for (int k = 0; k < NGROUPS - 1; k++) {
            b[k] = sc_new_op(c, SC_OP_NOP, op->schema, op->table, "");
            b[k]->t_from = op->t_from;
            b[k]->t_to = op->t_to;
            b[k]->stage = 1;
            b[k]->phase = k;
            if (k)
                sc_op_dep(c, b[k], b[k - 1]);
        }
    }
    if (g > 0)
        sc_op_dep(c, op, b[g - 1]);
    if (g < NGROUPS - 1)
        sc_op_dep(c, b[g], op);
}

/* pass 3: an object is created after its schema and dropped before it */
static void schema_edges(sc_dctx *c, edge_index *x, sc_op *op)
{
    sc_op *so = sc_strmap_get(x->schemas, op->schema);
    switch (op->kind) {
    case SC_OP_CREATE_ENUM:
    case SC_OP_CREATE_SEQUENCE:
    case SC_OP_CREATE_TABLE:
        if (so && so->kind == SC_OP_CREATE_SCHEMA)
            sc_op_dep(c, op, so);
        break;
    case SC_OP_DROP_ENUM:
    case SC_OP_DROP_SEQUENCE:
    case SC_OP_DROP_TABLE:
        if (so && so->kind == SC_OP_DROP_SCHEMA)
            sc_op_dep(c, so, op);
        break;
    default:
        break;
    }
}

/* pass 3: a table's FKs after (created) or before (dropped) their targets */
static void table_fk_edges(sc_dctx *c, edge_index *x, sc_op *op, const sc_table *t, bool create)
{
    for (size_t k = 0; k < t->constraints.n; k++) {
        const sc_constraint *fk = SC_VEC_AT(t->constraints, k, sc_constraint);
        if (fk->kind == SC_CON_FOREIGN_KEY && !omitted(op, fk))
            fk_edges(c, op, fk, create, x->by_to, x->by_from);
    }
}

/* pass 3: tables, columns, constraints and indexes against the enums,
 * sequences, keys and names they use */
static void table_edges(sc_dctx *c, edge_index *x, sc_op *op)
{
    switch (op->kind) {
    case SC_OP_CREATE_TABLE:
        table_columns_edges(c, op, op->t_to, true, x->enums, x->seqs);
        table_fk_edges(c, x, op, op->t_to, true);
        break;
    case SC_OP_DROP_TABLE:
        table_columns_edges(c, op, op->t_from, false, x->enums, x->seqs);
        table_fk_edges(c, x, op, op->t_from, false);
        break;
    case SC_OP_ADD_COLUMN:
        column_edges(c, op, op->to, true, x->enums, x->seqs);
        break;
    case SC_OP_DROP_COLUMN:
        column_edges(c, op, op->from, false, x->enums, x->seqs);
        break;
    case SC_OP_ALTER_COLUMN:
        column_edges(c, op, op->to, true, x->enums, x->seqs);
        if (op->changes & (SC_CHG_TYPE | SC_CHG_DEFAULT))
            column_edges(c, op, op->from, false, x->enums, x->seqs);
        break;
    case SC_OP_ADD_CONSTRAINT: {
        const sc_constraint *k = op->to;
        if (k->kind == SC_CON_FOREIGN_KEY)
            fk_edges(c, op, k, true, x->by_to, x->by_from);
        sc_op_dep(c, op, sc_strmap_get(x->index_drops, sc_dqname(c->a, op->schema, op->name)));
        break;
    }
    case SC_OP_DROP_CONSTRAINT: {
        const sc_constraint *k = op->from;
        if (k->kind == SC_CON_FOREIGN_KEY)
            fk_edges(c, op, k, false, x->by_to, x->by_from);
        break;
    }
    case SC_OP_CREATE_INDEX:
        sc_op_dep(c, op, sc_strmap_get(x->index_drops, sc_dqname(c->a, op->schema, op->name)));
        break;
    default:
        break;
    }
}

/* pass 3: a rename after the one that frees its name; a table's name taken
 * over from a dropped one, or reused by a created one */
static void rename_edges(sc_dctx *c, edge_index *x, sc_op *op)
{
    switch (op->kind) {
    case SC_OP_RENAME_TABLE: {
        sc_op_dep(c, op, sc_strmap_get(x->tables_dropped, sc_dqname(c->a, op->schema, op->name)));
        sc_op *cr = sc_strmap_get(x->tables_created, sc_dqname(c->a, op->schema, op->old_name));
        if (cr)
            sc_op_dep(c, cr, op);
        after_freed(c, op, x->renamed_away);
        break;
    }
    case SC_OP_RENAME_COLUMN:
    case SC_OP_RENAME_CONSTRAINT:
    case SC_OP_RENAME_INDEX:
        after_freed(c, op, x->renamed_away);
        break;
    default:
        break;
    }
}

/* pass 3: an enum altered once the columns it casts carry their new names */
static void alter_enum_edges(sc_dctx *c, edge_index *x, sc_op *op)
{
    for (size_t k = 0; k < op->nuses; k++) {
        const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema,
                                                                   op->uses[k].table));
        if (p && x->barriers[p->id])
            sc_op_dep(c, op, x->barriers[p->id][4]);   /* after the renames (group 4) */
    }
}

/* pass 3: a sequence's owner set after the sequence and the owning column
 * exist, and unset before either goes */
static void sequence_owner_edges(sc_dctx *c, edge_index *x, sc_op *op)
{
    const sc_sequence *f = op->from, *t = op->to;
    sc_op *s = sc_strmap_get(x->seqs, sc_dqname(c->a, op->schema, op->name));
    if (s && s->kind == SC_OP_CREATE_SEQUENCE)
        sc_op_dep(c, op, s);
    if (s && s->kind == SC_OP_DROP_SEQUENCE)
        sc_op_dep(c, s, op);
    if (t && t->owned_by_table) {
        tlists *l = sc_strmap_get(x->by_to, sc_dqname(c->a, t->schema, t->owned_by_table));
        for (size_t k = 0; l && k < l->providers.n; k++)
            sc_op_dep(c, op, l->providers.items[k]);
    }
    if (f && f->owned_by_table) {
        tlists *l = sc_strmap_get(x->by_from, sc_dqname(c->a, f->schema, f->owned_by_table));
        for (size_t k = 0; l && k < l->consumers.n; k++)
            sc_op_dep(c, l->consumers.items[k], op);
    }
}

void sc_diff_add_edges(sc_dctx *c)
{
    size_t n = c->ops.n;   /* the barriers pass 2 adds are ops too: not walked */
    edge_index x = {
        sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(),
        sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(),
        sc_arena_alloc(c->a, ((size_t)c->next_table_id + 1) * sizeof *x.barriers),
    };
    for (size_t i = 0; i < n; i++) {
        index_objects(c, &x, SC_VEC_AT(c->ops, i, sc_op));
        index_table_ops(c, &x, SC_VEC_AT(c->ops, i, sc_op));
    }
    for (size_t i = 0; i < n; i++)
        group_barriers(c, &x, SC_VEC_AT(c->ops, i, sc_op));
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        schema_edges(c, &x, op);
        table_edges(c, &x, op);
        rename_edges(c, &x, op);
        if (op->kind == SC_OP_ALTER_ENUM)
            alter_enum_edges(c, &x, op);
        else if (op->kind == SC_OP_SEQUENCE_OWNER)
            sequence_owner_edges(c, &x, op);
        sc_partition_edges(c, x.tables_created, x.tables_dropped, op);   /* partitioning and inheritance */
    }
    sc_strmap *maps[] = {x.schemas, x.enums, x.seqs, x.by_to, x.by_from, x.index_drops,
                         x.tables_created, x.tables_dropped, x.renamed_away};
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++)
        sc_strmap_free(maps[i]);
}
