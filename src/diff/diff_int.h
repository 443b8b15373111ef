/* diff_int.h - internals shared by the files of src/diff. */
#ifndef SC_DIFF_INT_H
#define SC_DIFF_INT_H

#include "diff/plan.h"
#include "model/strmap.h"

/* A table present on both sides (same name, or renamed by a hint). */
typedef struct sc_tpair {
    const sc_table *from, *to;
    int id;
    sc_strmap *col_old2new;   /* renamed columns: from-name -> to-name */
    sc_strmap *gen_readd;     /* PostgreSQL: columns dropped and re-added (generation changed or retyped input; to-name -> column) */
} sc_tpair;

/* A view on either side and the ops the plan makes for it (diff_view.c). */
typedef struct sc_vstate {
    const sc_view *from, *to;        /* either may be NULL */
    sc_op *drop, *create;            /* both: the view is dropped and created again */
    sc_op *replace, *rename, *comment;
    sc_op **index_ops;               /* a kept materialized view's index changes */
    size_t nindex_ops;
} sc_vstate;

typedef struct sc_dctx {
    sc_plan *plan;
    sc_arena *a;
    sc_arena *tmp;            /* lookup keys and normalised texts, freed when sc_diff returns */
    const sc_diff_opts *o;
    const sc_model *from, *to;
    sc_strmap *pair_by_from;  /* "schema.table" of the from side -> sc_tpair */
    sc_strmap *pair_by_to;    /* "schema.table" of the to side -> sc_tpair */
    sc_vec pairs;             /* sc_tpair*, in to-model order */
    sc_vec ops;               /* sc_op*, in creation order (op->seq = index) */
    int next_table_id;
    sc_diags *d;              /* warnings (ignored rename hints) */
    sc_strmap *table_hints;   /* "schema.old" -> the to-table hinting it (renames.c) */
    sc_strmap *rebuilt_enums; /* PostgreSQL: "schema.enum" -> ALTER_ENUM op that rebuilds the type */
    sc_vec vstates;           /* sc_vstate*: every view of either side */
    sc_strmap *vs_by_from, *vs_by_to;   /* "schema.view" -> sc_vstate* */
    /* funcdeps: the from side's fn_users by object (fn_users.c), built on first use */
    sc_strmap *fn_user_map;
    /* memory (issue 10): the normalised texts and lookup keys of comparing
     * (compare.c, diff_table.c), emptied after each table pair rather than
     * held, for 5,000 tables, to the end of the diff */
    sc_arena *cmp;
    /* funcdeps2: the from-side columns (sc_tpair*, sc_column* in turn) that
     * are dropped or retyped, built on first use (fn_users.c) */
    sc_vec *changed_cols;
    /* privs3 (issue 12): each side's relation and constraint names by
     * schema, for the names PostgreSQL gives a partition's copies of its
     * ancestors' keys and indexes (diff_partition_names.c), built on first
     * use: [0] c->from, [1] c->to */
    sc_strmap *pg_names[2];
    sc_strmap *pg_copies[2];   /* parts4: sc_pg_copy_name's, per side */
    /* parts6: the copies' names foreseen only, those read from the catalog
     * ignored (partition_said.c: what `compile` would name them) */
    bool pg_foresee;
    bool pg_bytes_warned;   /* parts6: text bounds ordered by bytes, said once */
    /* privs3: column name -> sc_vec* of the ADD COLUMN ops of that name
     * (diff_partition.c, the edges of a child's options column), built on
     * first use */
    sc_strmap *add_cols;
    /* funcs3: names of the types rebuilt or taken around a rebuild (char*),
     * built on first use (rebuilt_types.c) */
    sc_vec *rebuilt_types;
    /* funcs3: whether a function is replaced in place (fn_replaced.c):
     * 0 not known yet, 1 none, 2 some */
    int fn_replaced_any;
    /* newuser4: sequences renamed along the column that owns them (a
     * serial's `items_id_seq` of a table renamed to products is
     * `products_id_seq`): "schema.name" of the to side -> the from side's
     * sc_sequence, and of the from side -> the to side's (seq_renames.c);
     * NULL when none */
    sc_strmap *seq_to_from, *seq_from_to;
    /* callers4 (issue 11): the from side's functions that PL/pgSQL and
     * string SQL bodies call (fn_callers.c), built on first use */
    struct sc_fn_callees *fn_callees;
    unsigned fn_walk;         /* the walk over calls under way (fn_replaced.c) */
    sc_vec fn_walked;         /* sc_function*: the functions it entered */
    /* issue 10 (time): sc_dctx_expr_same's answers for two texts that
     * differ, by the pair; NULL until the first */
    sc_strmap *expr_memo;
    sc_keybuf expr_key;
    /* the names a function's argument and result types hold, read once a
     * diff (sc_fn_signature_names): the function's address -> sc_names*;
     * NULL until the first */
    sc_strmap *fn_sig_names;
} sc_dctx;

/* ---- compare.c: equality on canonical forms -------------------------- */
/* Expression text normalised for comparison (arena string): case of
 * keywords, whitespace, redundant outer parentheses, casts of literals
 * ('x'::character varying), now()/CURRENT_TIMESTAMP spellings. */
const char *sc_expr_norm(sc_arena *a, const char *expr);
bool sc_expr_same(sc_arena *a, const char *x, const char *y);
/* sc_expr_same, each pair of texts that differ answered once a diff (c's
 * memo): a schema repeats its expressions (one check on 5,000 tables, as
 * the .sch and as the server spell it), and each answer costs scanning,
 * and may cost parsing, both texts. */
bool sc_dctx_expr_same(sc_dctx *c, const char *x, const char *y);
/* The same PostgreSQL parse tree (locations aside); false when either does
 * not parse as an expression (expr_tree.c). */
bool sc_expr_tree_same(const char *x, const char *y);
/* "SELECT (expr\n)": an expression as a statement PostgreSQL's parser takes
 * (the newline ends a trailing -- comment). Heap string. */
char *sc_expr_as_select(const char *expr);
bool sc_default_same(sc_arena *a, const char *x, const char *y);
/* ---- seq_renames.c (newuser4) ----------------------------------------- */
/* Pairs the sequences renamed along their owning column (c->seq_to_from,
 * c->seq_from_to); after build_pairs. */
void sc_seq_renames(sc_dctx *c);
/* The from-side sequence that to-side sequence t is renamed from, or NULL. */
const sc_sequence *sc_seq_renamed_from(const sc_dctx *c, const sc_sequence *t);
/* Whether from-side sequence f is renamed (not dropped). */
bool sc_seq_is_renamed(const sc_dctx *c, const sc_sequence *f);
/* Column defaults equal once a renamed sequence's old name in from_expr
 * ('items_id_seq') is read as its new one. */
bool sc_default_same_renamed_seq(sc_dctx *c, const char *from_expr, const char *to_expr);
bool sc_type_same(const sc_type *x, const sc_type *y);
/* Column f of table tf and column t of table tt have the same type for the
 * diff's dialect: sc_type_same, or on SQLite the same declared text. */
bool sc_column_type_same(const sc_dctx *c, const sc_table *tf, const sc_column *f, const sc_table *tt,
                         const sc_column *t);
/* The same for NOT NULL: on SQLite, as declared (sc_ddl_sqlite_implicit_not_null). */
bool sc_column_not_null_same(const sc_dctx *c, const sc_table *tf, const sc_column *f, const sc_table *tt,
                             const sc_column *t);
/* true when converting from -> to can fail or lose data. */
bool sc_type_narrows(const sc_type *from, const sc_type *to);
/* Definitions equal once the from side's renamed tables/columns are
 * translated to the to side's names. */
bool sc_con_same(sc_dctx *c, const sc_tpair *p, const sc_constraint *x, const sc_constraint *y);
bool sc_index_same(sc_dctx *c, const sc_tpair *p, const sc_index *x, const sc_index *y);
/* Storage or operator class parameters ("name=value"): the same set, whatever the order. */
bool sc_params_same(const sc_names *x, const sc_names *y);
bool sc_names_same_mapped(const sc_tpair *p, const sc_names *from, const sc_names *to);
const char *sc_map_col(const sc_tpair *p, const char *from_name);

/* "schema.name" map key in the arena (sc_qname without printf). */
const char *sc_dqname(sc_arena *a, const char *schema, const char *name);
/* The sequence the first nextval('...') of expr names (NULL expr: none):
 * its schema (table_schema when unqualified) and name, arena strings;
 * false when there is none (edges.c). */
bool sc_nextval_seq(sc_arena *a, const char *expr, const char *table_schema, const char **schema,
                    const char **name);
/* serial_identity.c: a column from serial to identity, or back, split in
 * two around its sequence's drop or create. After the ops, before edges. */
void sc_serial_identity_split(sc_dctx *c);

/* ---- reverse.c ---------------------------------------------------------- */
/* Makes c->plan->reverse when the inverse of an op of c->ops needs what the
 * up script did not (an enum that gains values: its inverse rebuilds the
 * type with its dependents); when that diff fails, the plan keeps its
 * inverse and c->d gets a warning that says why. Called once the ops exist,
 * before the down-only work that the reverse makes needless (enum_readers).
 * Returns true when the plan renames, so that the inverse stays its down
 * script: it is to be made again with sc_diff_opts.rebuild_added_enums. */
bool sc_diff_reverse(sc_dctx *c);
/* op is an ALTER_ENUM whose dependents go around it (c->rebuilt_enums):
 * a rebuild, or values added in a plan made with rebuild_added_enums. */
bool sc_enum_op_rebuilds(sc_dctx *c, const sc_op *op);
/* enum_deps.c: the kept defaults of other columns that name a rebuilt enum
 * (a cast) are dropped before the rebuild and set again after it. */
void sc_enum_rebuild_defaults(sc_dctx *c);

/* ---- order.c ---------------------------------------------------------- */
void sc_op_dep(sc_dctx *c, sc_op *after, const sc_op *before);
/* Topologically sorts c->ops into c->plan->up. Returns 0, or -1 on a cycle
 * (a bug: reported in d). */
int sc_order(sc_dctx *c, sc_diags *d);

/* ---- renames.c: rename hints as chains and cycles -------------------- */
typedef enum {
    SC_RN_NONE = 0,      /* no hint that applies: the object continues its own name */
    SC_RN_PATH,          /* a rename, possibly one link of a chain */
    SC_RN_CYCLE,         /* a member of a swap or rotation */
    SC_RN_STALE_CYCLE,   /* a swap whose members all match by name already: ignored */
} sc_rn_kind;
/* The old name (in *old) that column `name` of `to` continues. */
sc_rn_kind sc_rn_column(const sc_table *from, const sc_table *to, const char *name, const char **old);
/* The same for a table of c->to (sc_rn_index_tables first). */
void sc_rn_index_tables(sc_dctx *c);
sc_rn_kind sc_rn_table(sc_dctx *c, const sc_table *t, const char **old);
/* RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX. */
bool sc_is_rename(sc_op_kind k);
/* The namespace key of a name a rename op takes or frees: tables and
 * index names (indexes, primary keys, unique constraints) per schema,
 * columns and other constraints per table. */
const char *sc_rename_key(sc_dctx *c, const sc_op *op, const char *name);
/* Each cycle of rename ops gets one step through a temporary name; call
 * before the edges are added. */
void sc_rn_split_cycles(sc_dctx *c);

/* ---- enum_deps.c: checks/indexes around an enum rebuild (PostgreSQL) -- */
/* A check (index == false) or index kept as it is: when it mentions a
 * column whose enum is rebuilt, it is dropped and re-created around it. */
void sc_enum_rebuild_kept(sc_dctx *c, const sc_tpair *p, const void *from, const void *to, bool index);
/* Orders drops/creations that mention a cast column around the rebuild. */
void sc_enum_dep_edges(sc_dctx *c);

/* ---- gen_deps.c: generated columns around a retype (PostgreSQL) ------ */
/* `expr` reads column `col`: a word outside literals (unquoted words fold
 * to lower case, quoted ones keep their spelling; function names skipped). */
bool sc_expr_reads(const char *expr, const char *col);
/* A from-side expression with the pair's renamed columns under their new
 * names (arena string; expr itself when nothing is renamed). */
const char *sc_gen_map_renames(sc_dctx *c, const sc_tpair *p, const char *expr);
/* Generated column ct (expression unchanged) reads a column that gets
 * ALTER COLUMN ... TYPE (type, collation or enum rebuild): PostgreSQL
 * refuses that while ct exists, so ct is dropped and re-added around it. */
bool sc_gen_reads_retyped(sc_dctx *c, const sc_tpair *p, const sc_column *ct);
/* Records that column ct is dropped and re-added (PostgreSQL). */
void sc_gen_note_readd(sc_dctx *c, sc_tpair *p, const sc_column *ct);
/* A constraint (index == false) or index matched on both sides that
 * mentions a re-added generated column: dropped before it, created after.
 * Returns true when it did so. */
bool sc_gen_readd_kept(sc_dctx *c, const sc_tpair *p, const void *from, const void *to, bool index);
/* fns7 (gen_readd_late.c): column ct is re-added after the tables' diff:
 * the kept constraints and indexes of p that mention it, which the plan
 * does not drop already, are dropped before and created after. */
void sc_gen_readd_kept_late(sc_dctx *c, const sc_tpair *p, const sc_column *ct);
/* Drops of generated columns before the type changes of what they read,
 * additions after. */
void sc_gen_dep_edges(sc_dctx *c);

/* ---- diff_view.c, view_deps.c: views ---------------------------------- */
/* Pairs the views of both sides and makes their own ops. */
void sc_diff_views(sc_dctx *c);
sc_vstate *sc_vstate_of_from(sc_dctx *c, const sc_view *v);
sc_vstate *sc_vstate_of_to(sc_dctx *c, const sc_view *v);
sc_op *sc_view_op(sc_dctx *c, sc_op_kind k, const sc_view *f, const sc_view *t);
/* The view is dropped before the plan's changes and created after them;
 * `why` becomes the comment above both statements. */
void sc_view_recreate(sc_dctx *c, sc_vstate *s, const char *why);
/* After every other op exists: views that read what a change blocks (a
 * column retyped or dropped, a table dropped or rebuilt, an enum rebuilt,
 * a view dropped) are re-created around it, transitively. */
void sc_view_dependents(sc_dctx *c);
/* fns7: the same search, run again and again as other changes join (the
 * functions' dependents, fn_fixpoint.c): each run reads only the ops made
 * since the last one and goes on from the views already re-created. */
typedef struct sc_vdeps sc_vdeps;
sc_vdeps *sc_vdeps_new(sc_dctx *c);
void sc_vdeps_run(sc_vdeps *v);
void sc_vdeps_free(sc_vdeps *v);
/* fns7 (fn_fixpoint.c): the views' and the functions' dependents, found in
 * turn until neither adds one (PostgreSQL; SQLite: the views' alone). */
void sc_dependents_fixpoint(sc_dctx *c);
/* fns7 (body_call_edges.c): a SQL-standard body created after the
 * functions it calls that the plan creates, dropped before those it drops. */
void sc_body_call_edges(sc_dctx *c);
/* fns7 (fn_unmodelled.c): warnings (c->d) for the callers, from the
 * catalog, of a function the plan drops or replaces that the plan cannot
 * take around it: operators, casts, operator families (not modelled), and
 * objects of schemas not compared. Once every function op exists. */
void sc_fn_unmodelled_users(sc_dctx *c);
/* Once every view op exists: what the inverse of a column-appending
 * replacement must drop and create around it (op->readers). */
void sc_diff_views_finish(sc_dctx *c);
/* The edges of view ops: after what they read is in place, dropped before
 * what they read changes. */
void sc_view_edges(sc_dctx *c);

/* ---- diff_utype.c: domains, composite and range types (PostgreSQL) ---- */
/* Their ops: create, drop, ALTER DOMAIN, ALTER TYPE, or a rebuild that
 * casts the columns of the type around it (after the tables' ops exist). */
void sc_diff_utypes(sc_dctx *c);
/* Their edges: created before their users (columns, other types, views),
 * dropped after them; a rebuild after the renames of the tables it casts. */
void sc_utype_edges(sc_dctx *c);
/* ---- diff_ext.c: extensions and collations (PostgreSQL) --------------- */
/* Their ops: created, dropped, updated, collations re-created. */
void sc_diff_ext(sc_dctx *c);
/* Their edges: created before what uses their types, collations and
 * functions, dropped after what stops using them. */
void sc_ext_edges(sc_dctx *c);
/* ---- diff_routine.c: functions, procedures, triggers ------------------- */
/* Pairs them (functions by name and argument types) and makes their ops,
 * with the triggers that run a function dropped and created again around
 * its re-creation. */
void sc_diff_routines(sc_dctx *c);
/* Their edges: a function before the triggers that run it, a trigger
 * after its table, both dropped in the reverse order. */
void sc_routine_edges(sc_dctx *c);
/* types4: a function whose signature names a table's or view's row type
 * after the relation's create, before its drop (routine_rowtypes.c). */
void sc_routine_rowtype_edges(sc_dctx *c);
/* f's argument or result types name relation `name` (any schema's). */
bool sc_fn_signature_names(sc_dctx *c, const sc_function *f, const char *name);
/* fns6: a from-side function's signature names a from-side view's row
 * type: the views re-created for what they read must be known before the
 * functions' dependents are (routine_rowtypes.c). */
bool sc_fn_over_view_rowtype(const sc_dctx *c);
/* fns5: the checks and indexes of a created (dropped) table that call a
 * function created after it (dropped before it) go apart from CREATE
 * (DROP) TABLE; else the table waits for the function (table_fn_parts.c).
 * After every other edge. */
void sc_table_fn_parts(sc_dctx *c);
/* fns6 (table_fn_columns.c): column col's default of top's created
 * (make) or dropped table goes apart, after (before) the functions fops;
 * the generated columns cols (each followed by its sc_vec* of functions,
 * in the table's order) likewise, or a located error when they cannot be
 * the table's last columns. */
/* fns5/fns6 (table_fn_parts.c): an op of kind k on a part (name) of top's
 * created (make) or dropped table, issued on its own after top and the
 * functions fops or before them all, with a note that says why. */
sc_op *sc_fn_part_op(sc_dctx *c, sc_op *top, const sc_vec *fops, sc_op_kind k, const char *name, const void *from,
                     const void *to, bool make);
void sc_fn_apart_default(sc_dctx *c, sc_op *top, const sc_column *col, const sc_vec *fops, bool make);
void sc_fn_apart_generated(sc_dctx *c, sc_op *top, const sc_vec *cols, bool make);
/* The triggers of views the plan re-creates come back with them. */
void sc_routine_view_triggers(sc_dctx *c);
/* issue 12 (diff_obj_comments.c): the changed comments of the functions,
 * triggers and collations the plan keeps; once every other op exists. */
void sc_diff_object_comments(sc_dctx *c);

/* ---- diff_table.c ----------------------------------------------------- */
sc_op *sc_new_op(sc_dctx *c, sc_op_kind k, const char *schema, const char *table, const char *name);
/* An op on pair p's table (under `table`, its name then): from, to, the
 * pair's tables and id set. */
sc_op *sc_table_op(sc_dctx *c, const sc_tpair *p, sc_op_kind k, const char *table, const char *name,
                   const void *from, const void *to);
/* diff.c: constraint k of CREATE/DROP TABLE op left out of it (sc_op.omit_fks),
 * issued by an op of its own */
void sc_op_omit_con(sc_dctx *c, sc_op *op, const sc_constraint *k);
/* ---- diff_policy.c: row level security ----------------------------------- */
/* The policy ops of every table (after the tables' own ops exist). */
void sc_diff_policies(sc_dctx *c);
/* Policies dropped before their table's other ops, created after them. */
void sc_policy_edges(sc_dctx *c);
void sc_diff_table_pair(sc_dctx *c, sc_tpair *p);
/* ---- diff_exclusion.c: exclusion constraints, key indexes (issue 12) ---- */
/* The same WITH (...) and USING INDEX TABLESPACE of a key's index. */
bool sc_con_index_same(const sc_constraint *x, const sc_constraint *y);
/* Two exclusion constraints: their index part, operators, deferrability. */
bool sc_exclusion_same(sc_dctx *c, const sc_tpair *p, const sc_constraint *x, const sc_constraint *y);
/* A kept constraint whose index's storage parameters or tablespace differ:
 * ALTER INDEX in place (SC_OP_CON_INDEX), PostgreSQL only. */
void sc_con_index_kept(sc_dctx *c, sc_tpair *p, const sc_constraint *kf, const sc_constraint *kt);
/* privs2: plain indexes ix (from) and it (to) are the same but for their
 * storage parameters or tablespace, which PostgreSQL alters in place (not
 * on a partitioned table); p NULL for a materialized view's. */
bool sc_index_same_but_storage(sc_dctx *c, const sc_tpair *p, const sc_index *ix, const sc_index *it);
/* Their SC_OP_INDEX_STORAGE (ALTER INDEX ... SET / RESET / SET TABLESPACE). */
void sc_index_storage_op(sc_dctx *c, sc_tpair *p, const sc_index *ix, const sc_index *it);

/* ---- diff_privilege.c: privileges and ownership ------------------------- */
/* Their ops (with c->o->privileges), after every other op exists, with
 * their edges: after what creates their object, before what drops it. */
void sc_diff_privileges(sc_dctx *c);
/* ---- diff_partition.c: partitioning and inheritance (issue 12 items 4-5) -- */
/* A table on both sides: its partition key (a change is an error: PostgreSQL
 * cannot alter it), its parent and bound (DETACH + ATTACH), its INHERITS
 * list: one SC_OP_TABLE_PARENTS. */
void sc_diff_partition_pair(sc_dctx *c, sc_tpair *p);
/* parts7: the DEFAULT partitions a new partition of a bound meets, each way
 * (sc_op.default_part_from / _to), before the op is classified */
void sc_partition_default_sets(sc_dctx *c, sc_op *op);
/* parts7 (partition_own_keys.c): a partition's own unique key of the
 * columns of a unique key its partitioned table gains is dropped before
 * that ADD and added after it (which would take it as its copy); one made
 * in the plan comes after it. Before sc_fk_key_dependents. */
void sc_partition_own_keys(sc_dctx *c);
/* Edges of op: a table created after its parents, dropped before them; a
 * TABLE_PARENTS op after the parents it attaches to are created, before
 * the ones it leaves are dropped. created/dropped: "schema.table" -> op. */
void sc_partition_edges(sc_dctx *c, sc_strmap *created, sc_strmap *dropped, sc_op *op);
/* partmig (diff_partition_eff.c): p itself, or a pair of copies of its
 * tables holding the columns and checks each has through its parents, when
 * the parents change (the columns move to or from them) or one side's own
 * column or check is the other's through a parent both keep. */
sc_tpair *sc_partition_effective_pair(sc_dctx *c, sc_tpair *p);
/* After the ops of pair q (from op n0 on): their tables are p's again (the
 * models' own: callers key tables by address). */
void sc_partition_effective_done(sc_dctx *c, const sc_tpair *p, const sc_tpair *q, size_t n0);
/* privs3 (diff_partition_names.c): PostgreSQL's makeObjectName, and
 * ChooseRelationName against model m's names in schema (m is c->from or
 * c->to) and those in `chosen` ("schema\x1fname" keys; the name chosen is
 * added to it): name1_name2_label, else with label1, label2, ... */
const char *sc_pg_object_name(sc_arena *a, const char *name1, const char *name2, const char *label);
const char *sc_pg_choose_name(sc_dctx *c, const sc_model *m, const char *schema, const char *name1,
                              const char *name2, const char *label, bool isconstraint, sc_strmap *chosen);
/* parts4 (diff_partition_names.c): ChooseConstraintName, as above but
 * against the constraints of the schema alone (a foreign key's copy). */
const char *sc_pg_choose_con_name(sc_dctx *c, const sc_model *m, const char *schema, const char *name1,
                                  const char *name2, const char *label, sc_strmap *chosen);
/* parts4 (diff_partition_eff.c): whether column col of t (to side) is
 * declared `with options`, t has no such column on the from side f, and a
 * parent t joins in the plan gains it: then t's INHERIT comes before that
 * parent's ADD COLUMN, which gives t the column as the parent's alone
 * (PostgreSQL's attislocal false), and t's own default or NOT NULL after. */
bool sc_inherit_options_via_new_parent_col(sc_dctx *c, const sc_table *f, const sc_table *t, const char *col);
/* parts5 (diff_inherit_rebuild.c): the columns table x (of model mx)
 * declares `with options` that it has as its own on the other side (y, of
 * my) and gets through a parent it joins: its joining half moves them
 * through a helper parent (sc_inh_rebuild, plan.h). NULL when none. */
const sc_inh_rebuild *sc_inherit_rebuild(sc_dctx *c, const sc_model *mx, const sc_table *x, const sc_model *my,
                                         const sc_table *y);
bool sc_inherit_rebuild_has(const sc_inh_rebuild *r, const char *col);
/* Whether an index (its elements, INCLUDE, WHERE) or a constraint (its
 * columns, check, exclusion) reads column col (diff_inherit_rebuild.c). */
bool sc_index_reads_col(const sc_index *ix, const char *col);
bool sc_con_reads_col(const sc_constraint *k, const char *col);
/* The DROP_COLUMN and ADD_COLUMN ops of INHERITS parents whose children
 * keep the column as their own on the other side: op->inh_keep, inh_lose
 * (inherit_keep.c; PostgreSQL). */
void sc_inherit_keep(sc_dctx *c);
/* parts4 (pg_colname.c): the name PostgreSQL gives an index column that is
 * expression expr (FigureIndexColname: lower for lower(email)), "expr" when
 * it names nothing. */
const char *sc_pg_index_colname(sc_arena *a, const char *expr);
/* parts4 (diff_partition_copies.c): the name of partition part's copy of
 * its ancestor's key, foreign key (index false) or index (index true)
 * named src, in side m (c->from or c->to), as PostgreSQL names the copies
 * when `compile` builds m: every partition's, in the order they are made
 * (so that one partition's copy never takes another's name). NULL when
 * part has no such copy. */
const char *sc_pg_copy_name(sc_dctx *c, const sc_model *m, const sc_table *part, const char *src, bool index);
/* parts5: the name of the ancestor's index whose copy on partition part
 * (side m) is named `name`: an own index of part of that name is the one
 * the ancestor's CREATE INDEX attaches (or, read from the catalog, has
 * attached). NULL when none. */
const char *sc_pg_adopted_src(sc_dctx *c, const sc_model *m, const sc_table *part, const char *name);
/* parts6 (diff_partition_bounds.c): parts, the partitions of parent in
 * side m, sorted as PostgreSQL orders them (PartitionDesc: range by lower
 * bound, list by least value, hash by modulus and remainder, DEFAULT
 * last), text by its collation (m->text_order) where the server said it. */
void sc_pg_sort_partitions(sc_dctx *c, const sc_model *m, const sc_table *parent, const sc_table **parts, size_t n);
/* ChooseIndexNameAddition: the names of a key's columns (cols) or an
 * index's elements (ix, expressions named as sc_pg_index_colname and
 * made unique as ChooseIndexColumnNames does, then INCLUDE) joined by "_". */
const char *sc_pg_cols_addition(sc_arena *a, const sc_names *cols, const sc_index *ix);

/* ---- fn_users.c: funcdeps, what calls a dropped function (PostgreSQL) -- */
/* The from side's catalog rows of what calls (or is read by) an object;
 * NULL when none or when the from model has no catalog's list. */
const sc_vec *sc_fn_users_of(sc_dctx *c, sc_fn_user_kind kind, const char *schema, const char *table,
                             const char *name);
/* From-side function f is dropped by the plan (and maybe created again):
 * decided from the models, before the functions' ops exist. */
bool sc_fn_dropped(sc_dctx *c, const sc_function *f);
/* The dropped function that a from-side object calls: by the catalog's
 * list when the from model has one, else by expr's text; NULL when none. */
const sc_function *sc_fn_called_dropped(sc_dctx *c, sc_fn_user_kind kind, const char *schema, const char *table,
                                        const char *name, const char *expr);
/* A generated column of the from side that calls a dropped function: the
 * tables' diff drops and re-adds it (PostgreSQL has no SET EXPRESSION). */
bool sc_gen_calls_dropped(sc_dctx *c, const sc_tpair *p, const sc_column *cf);
/* After sc_diff_policies (routine_users.c): the policies and triggers
 * (WHEN) that call a dropped function are dropped before it and created
 * after it; the policies that read a column a rebuild casts, around the
 * rebuild. */
void sc_routine_late_dependents(sc_dctx *c);
/* utype_deps.c: domains, composite and range types built on a type the
 * plan rebuilds are dropped before it (their columns parked as text) and
 * created after it (the columns cast back). */
void sc_utype_dependents(sc_dctx *c);
/* funcdeps2 (gen_deps.c): to-side column t of pair p gets ALTER COLUMN ...
 * TYPE (its type or collation changes, or its enum is rebuilt). */
bool sc_gen_col_retyped(sc_dctx *c, const sc_tpair *p, const sc_column *t);

/* ---- funcs3 (issue 11): types rebuilt, known before the tables' diff ---- */
/* diff_utype.c: from-side type f becomes t only through a rebuild. */
bool sc_utype_needs_rebuild(const sc_model *from, const sc_utype *f, const sc_utype *t);
/* rebuilt_types.c: function f's argument or result types, or its
 * SQL-standard body, name a type the plan rebuilds (an enum losing labels,
 * a domain, composite or range type that cannot change in place) or drops
 * and creates again around such a rebuild (a type built on it,
 * utype_deps.c): routine_types.c re-creates f around it, so the tables'
 * diff re-adds the generated columns that call f. */
bool sc_fn_names_rebuilt_type(sc_dctx *c, const sc_function *f);

/* fn_replaced.c: a stored generated column of the from side that calls a
 * function whose body is replaced in place (or a SQL-standard body that
 * calls one): the tables' diff drops and re-adds it, so that its values
 * are computed by the new body. */
bool sc_gen_calls_replaced(sc_dctx *c, const sc_tpair *p, const sc_column *cf);
/* fn_replaced.c, once the functions' ops exist: the kept indexes and
 * exclusion constraints that call such a function are dropped before the
 * replacement and created after it; the re-added generated columns are
 * ordered around it. */
void sc_fn_replaced_users(sc_dctx *c);
/* fn_replaced.c, after the views' and policies' ops: the kept checks that
 * call such a function are left as the old body computed them: named in
 * the replacement's comment and in a warning; the kept materialized views
 * WITH DATA are refreshed after it (callers4). */
void sc_fn_replaced_stale(sc_dctx *c);

/* ---- fk_keys.c (fkidx5): kept foreign keys around their key (PostgreSQL) -- */
/* Once the tables' ops exist: a FK the plan keeps whose key (primary key,
 * unique constraint or unique index on exactly its referenced columns) is
 * dropped is dropped before it and added again after. */
void sc_fk_key_dependents(sc_dctx *c);
/* tblprops6: REPLICA IDENTITY and CLUSTER ON of the tables on both sides,
 * once every op that makes an index is in the plan (diff_tblprops.c) */
void sc_diff_index_props(sc_dctx *c);

/* ---- callers4 (issue 11): materialized views refreshed ----------------- */
/* fn_replaced.c: the kept materialized views WITH DATA whose query calls
 * (through bodies and views too) a function whose body is replaced get
 * REFRESH MATERIALIZED VIEW after it (sc_fn_replaced_stale makes the ops);
 * in the down script, moved after the old body is put back. */
void sc_fn_refresh_down(sc_plan *p);

#endif
