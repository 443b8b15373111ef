/* plan.h - the operations of a diff plan (shared by diff/ and the
 * migration emitters; not a public contract beyond those two areas).
 *
 * An operation records the object on both sides (`from` = before the op,
 * `to` = after it; NULL where absent), so that its inverse is the same op
 * with the sides swapped and the kind mirrored: the down plan is the up
 * plan read backwards through sc_op_invert(). */
#ifndef SC_DIFF_PLAN_H
#define SC_DIFF_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "diff/diff.h"
#include "model/model.h"

typedef enum {
    SC_OP_NOP = 0,           /* never emitted */
    SC_OP_CREATE_SCHEMA, SC_OP_DROP_SCHEMA,
    SC_OP_CREATE_ENUM, SC_OP_DROP_ENUM,
    SC_OP_ALTER_ENUM,        /* labels changed: ADD VALUE when only added, else a rebuild */
    SC_OP_CREATE_SEQUENCE, SC_OP_DROP_SEQUENCE,
    SC_OP_SEQUENCE_OWNER,    /* ALTER SEQUENCE ... OWNED BY (from/to: sc_sequence, owner may differ) */
    SC_OP_ALTER_SEQUENCE,    /* ALTER SEQUENCE ... AS/INCREMENT/MINVALUE/...: the state is kept */
    SC_OP_CREATE_TABLE, SC_OP_DROP_TABLE, SC_OP_RENAME_TABLE,
    SC_OP_ADD_COLUMN, SC_OP_DROP_COLUMN, SC_OP_RENAME_COLUMN, SC_OP_ALTER_COLUMN,
    SC_OP_ADD_CONSTRAINT, SC_OP_DROP_CONSTRAINT,
    SC_OP_CREATE_INDEX, SC_OP_DROP_INDEX,
    /* PostgreSQL: a constraint or index named by the convention, matched by
     * definition, whose convention name changes with its table or columns */
    SC_OP_RENAME_CONSTRAINT, SC_OP_RENAME_INDEX,
    SC_OP_TABLE_COMMENT,
    SC_OP_INDEX_COMMENT,     /* from/to: sc_index (same definition, other comment) */
    SC_OP_ENUM_COMMENT,      /* from/to: sc_enum (same labels, other comment) */
    SC_OP_TABLE_OPTIONS,     /* SQLite: AUTOINCREMENT/WITHOUT ROWID/STRICT changed (a rebuild) */
    /* views and materialized views: from/to are sc_view; name is the view's */
    SC_OP_CREATE_VIEW,       /* CREATE VIEW with its indexes and comments */
    SC_OP_DROP_VIEW,
    SC_OP_REPLACE_VIEW,      /* CREATE OR REPLACE VIEW: the same leading columns, same names and types */
    SC_OP_RENAME_VIEW,
    SC_OP_VIEW_COMMENT,      /* the comments of the view and its columns */
    SC_OP_CREATE_VIEW_INDEX, SC_OP_DROP_VIEW_INDEX,   /* of a materialized view kept as it is; from/to sc_index, view in v_from/v_to */
    /* row level security (diff_policy.c): from/to sc_policy; TABLE_RLS:
     * ENABLE/FORCE of the table from t_from to t_to (either may be NULL) */
    SC_OP_CREATE_POLICY, SC_OP_DROP_POLICY, SC_OP_ALTER_POLICY, SC_OP_POLICY_COMMENT, SC_OP_TABLE_RLS,
    /* domains, composite and range types (diff_utype.c): from/to are sc_utype */
    SC_OP_CREATE_UTYPE, SC_OP_DROP_UTYPE,
    SC_OP_ALTER_DOMAIN,      /* ALTER DOMAIN: default, NOT NULL, checks (SC_CHG_UT_*) */
    SC_OP_ALTER_COMPOSITE,   /* ALTER TYPE: RENAME / ADD / DROP / ALTER ATTRIBUTE */
    SC_OP_REBUILD_UTYPE,     /* renamed away, created anew, its columns (uses) cast, the old one dropped */
    SC_OP_UTYPE_COMMENT,
    /* extensions and collations: from/to are sc_extension / sc_collation */
    SC_OP_CREATE_EXTENSION, SC_OP_DROP_EXTENSION,
    SC_OP_ALTER_EXTENSION,   /* ALTER EXTENSION ... SET SCHEMA / UPDATE TO */
    SC_OP_CREATE_COLLATION, SC_OP_DROP_COLLATION,
    /* a changed definition: created under a temporary name, the columns of the
     * plan's `from` side that use it moved to it (their indexes that name it
     * dropped and created again), the old one dropped, the new one renamed */
    SC_OP_REPLACE_COLLATION,
    /* functions and procedures (from/to: sc_function) and triggers (from/to:
     * sc_trigger; table is the trigger's table): diff_routine.c */
    SC_OP_CREATE_FUNCTION, SC_OP_DROP_FUNCTION,
    SC_OP_REPLACE_FUNCTION,  /* CREATE OR REPLACE: same arguments, same result type */
    SC_OP_CREATE_TRIGGER, SC_OP_DROP_TRIGGER,
    SC_OP_TRIGGER_STATE,     /* ALTER TABLE ... ENABLE/DISABLE TRIGGER */
    /* table constraints (issue 12): from/to sc_constraint of the same
     * definition, one NOT VALID and the other not. VALIDATE CONSTRAINT when
     * `to` is valid; the other way (the inverse) drops it and adds it NOT
     * VALID, PostgreSQL having no ALTER to forget a validation */
    SC_OP_VALIDATE_CONSTRAINT,
    SC_OP_CONSTRAINT_COMMENT,   /* from/to: sc_constraint (same definition, other comment) */
    SC_OP_SEQUENCE_COMMENT,     /* from/to: sc_sequence (other comment) */
    SC_OP_SCHEMA_COMMENT,       /* from/to: const char ** to the comment (NULL inside: none); name the schema */
    /* privileges and ownership (diff_privilege.c), only with sc_diff_opts.privileges:
     * from/to sc_grant / sc_owner / sc_default_priv, either NULL (none) */
    SC_OP_GRANT,                /* one grantee's privileges on one object: REVOKEs, then GRANTs */
    SC_OP_OWNER,                /* ALTER ... OWNER TO (to NULL: nothing to write) */
    SC_OP_DEFAULT_PRIVS,        /* ALTER DEFAULT PRIVILEGES ... GRANT/REVOKE */
    /* partitioning and inheritance (issue 12 items 4-5; diff_partition.c):
     * from/to the table on each side; DETACH / ATTACH PARTITION, [NO] INHERIT */
    SC_OP_TABLE_PARENTS,
    /* issue 12: the index of a kept key or exclusion constraint, from/to
     * sc_constraint of the same definition but for its index's storage
     * parameters or tablespace: ALTER INDEX ... SET (...) / RESET (...) /
     * SET TABLESPACE, in place (no drop: foreign keys may use the key) */
    SC_OP_CON_INDEX,
    /* issue 12 (privs2): a plain index of a kept table, from/to sc_index of the
     * same definition but for its storage parameters or tablespace (from
     * under the to side's name): ALTER INDEX ... SET (...) / RESET (...) /
     * SET TABLESPACE in place (not on a partitioned table's index, which
     * PostgreSQL refuses: dropped and created there) */
    SC_OP_INDEX_STORAGE,
    /* callers4 (issue 11): REFRESH MATERIALIZED VIEW of a kept view WITH DATA
     * whose query calls a function whose body is replaced (fn_replaced.c);
     * v_from/v_to: the view on each side, v_to the one refreshed. Its
     * inverse is itself, moved in the down script after the body is put
     * back (sc_fn_refresh_down) */
    SC_OP_REFRESH_VIEW,
    /* tblprops6 (issue 12, diff_tblprops.c): REPLICA IDENTITY and CLUSTER ON
     * of a table on both sides (from/to: sc_table). With SC_CHG_IXP_SET:
     * after the table's index ops, the `to` side's written; without: before
     * them, nothing written (its inverse writes the `from` side's last in
     * the down script). SC_CHG_IXP_REPLICA / _CLUSTER: which of the two */
    SC_OP_TABLE_INDEX_PROPS,
    /* issue 12 (diff_obj_comments.c): the comment of a function, procedure
     * or aggregate (from/to sc_function), a trigger (from/to sc_trigger;
     * table: its table's name when the op runs) or a collation (from/to
     * sc_collation) that the plan keeps; one it creates gets its comment
     * from the CREATE */
    SC_OP_FUNCTION_COMMENT, SC_OP_TRIGGER_COMMENT, SC_OP_COLLATION_COMMENT,
    SC_OP__COUNT
} sc_op_kind;

/* ALTER_COLUMN: what changed. */
enum {
    SC_CHG_TYPE = 1u << 0,
    SC_CHG_NULL = 1u << 1,
    SC_CHG_DEFAULT = 1u << 2,
    SC_CHG_IDENTITY = 1u << 3,
    SC_CHG_COLLATION = 1u << 4,
    SC_CHG_COMMENT = 1u << 5,
    SC_CHG_ENUM = 1u << 6,   /* SQLite: the column's enum changed labels (its CHECK changes) */
    SC_CHG_IDENTITY_OPTS = 1u << 7,   /* PostgreSQL: the identity's sequence options (issue 12) */
};
/* REPLACE_VIEW: the `to` side only appends columns; the other way round
 * (the inverse) PostgreSQL refuses CREATE OR REPLACE, so it drops and
 * creates, with the views that read it (sc_op.readers). */
enum { SC_CHG_VIEW_APPENDS = 1u << 8 };
/* ALTER_COLUMN (issue 12): PostgreSQL's per-column storage or compression */
enum { SC_CHG_STORAGE = 1u << 9 };
/* ALTER_COLUMN (tblprops6): the statistics target; TABLE_INDEX_PROPS */
enum { SC_CHG_STATISTICS = 1u << 12 };
/* ALTER_COLUMN (attopts7): the attribute options, SET (n_distinct = ..) */
enum { SC_CHG_COLUMN_OPTIONS = 1u << 19 };
enum { SC_CHG_IXP_SET = 1u << 13, SC_CHG_IXP_REPLICA = 1u << 14, SC_CHG_IXP_CLUSTER = 1u << 15 };

/* TABLE_PARENTS (partmig): the parents the table leaves (DETACH PARTITION,
 * NO INHERIT: before its column ops) or joins (INHERIT, ATTACH PARTITION:
 * after them); the inverse swaps the two. */
enum { SC_CHG_PARENTS_LEAVE = 1u << 10, SC_CHG_PARENTS_JOIN = 1u << 11 };

/* ALTER_DOMAIN: what changed (domains, composite and range types). */
enum { SC_CHG_UT_DEFAULT = 1u << 16, SC_CHG_UT_NULL = 1u << 17, SC_CHG_UT_CHECKS = 1u << 18 };

typedef enum { SC_HAZ_NONE = 0, SC_HAZ_DATA_LOSS } sc_hazard;

/* A column whose type is the enum of an ALTER_ENUM op (rebuilt with it),
 * or the type of a REBUILD_UTYPE op. */
typedef struct sc_enum_use {
    const char *schema, *table;
    const char *name;        /* the column's name when the op runs (either way) */
    const sc_column *col;    /* the column as it is on the `to` side of the op */
    const sc_column *col_from;
} sc_enum_use;

/* TABLE_PARENTS (parts5, issue 12): the columns a table joining an
 * INHERITS parent declares `with options` (its parent's alone) and has as
 * its own on the other side. INHERIT keeps an existing column the table's
 * own (attislocal), and no ALTER makes it its parent's alone, but a
 * parent's ADD COLUMN of a column the table has not does: so the joining
 * half moves each one through a helper parent (diff_inherit_rebuild.c,
 * migration_partition.c), its rows copied. */
typedef struct sc_inh_rebuild {
    const sc_column **cols;    /* the table's, `with options`, on the joining side */
    const sc_column **pcols;   /* the parent's column each stands for */
    size_t ncols;
    /* the joining table's checks (its new parents', which INHERIT wants)
     * that read one of them: DROP COLUMN takes them, so they are added again */
    const sc_constraint **checks;
    size_t nchecks;
    /* the table's own indexes and other constraints that read one: DROP
     * COLUMN takes them too, so they are made again after the INHERIT */
    const sc_index **indexes;
    size_t nindexes;
    const sc_constraint **cons;
    size_t ncons;
    const char *helper;        /* the helper parent's name (in the table's schema) */
    /* parts6: the same of the table's INHERITS children (transitively):
     * the DROP takes their inherited column, and their indexes and
     * constraints that read it with it; each with its table */
    const sc_table **kid_index_tables;
    const sc_index **kid_indexes;
    size_t nkid_indexes;
    const sc_table **kid_con_tables;
    const sc_constraint **kid_cons;
    size_t nkid_cons;
    /* and their moved columns declared `with options`: the table's SET
     * DEFAULT recursed over their own default, which is set again */
    const sc_table **kid_col_tables;
    const sc_column **kid_cols;
    size_t nkid_cols;
} sc_inh_rebuild;

typedef struct sc_op {
    sc_op_kind kind;
    const char *schema;      /* schema of the object (of its table for table parts) */
    const char *table;       /* table name at the moment the op runs; NULL for schema/enum/sequence ops */
    const char *name;        /* the object's name after the op (before it for drops) */
    const char *old_name;    /* RENAME_*: the name before */
    const void *from, *to;   /* the object before / after the op */
    const sc_table *t_from, *t_to;   /* the whole owning table on each side (NULL when absent) */
    int table_id;            /* identifies a (from, to) table pair across ops; -1 for none */
    unsigned changes;        /* ALTER_COLUMN: SC_CHG_* */
    bool split_fk;           /* FK of a table created/dropped by the plan, issued separately */
    /* ADD_CONSTRAINT of a partition created by the plan (parts5): the name
     * its copy of an existing ancestor's foreign key of this constraint's
     * name is given first (RENAME CONSTRAINT: CREATE TABLE ... PARTITION OF
     * copied it under that name), NULL when none */
    const char *copy_renamed;
    /* DROP_INDEX / CREATE_INDEX of a partition's own index that its
     * ancestor's index attaches on one side only (parts5): the ancestor's
     * index name. A DROP writes no statement (the ancestor's CREATE INDEX,
     * after it, takes the index as its copy); a CREATE is a CREATE (after
     * the ancestor's DROP INDEX, which took the copy with it). */
    const char *adopted_by;
    /* CREATE/DROP TABLE: constraints issued by split ops instead (FKs that
     * close a cycle, NOT VALID ones, checks calling a function created
     * after the table: table_fn_parts.c) */
    const sc_constraint **omit_fks;
    size_t nomit_fks;
    const sc_index **omit_ixs;   /* CREATE TABLE: indexes issued by split ops instead (fns5) */
    size_t nomit_ixs;
    sc_enum_use *uses;       /* ALTER_ENUM, REBUILD_UTYPE: columns cast to the new type */
    size_t nuses;
    /* CREATE_TABLE / DROP_TABLE / TABLE_PARENTS of a partition with a bound
     * (parts7): the DEFAULT partition of its partitioned table that is
     * there before the up script (default_part_from) or the down script
     * (default_part_to), "schema.name", NULL when none: PostgreSQL refuses
     * to create or attach a partition while the default one holds rows of
     * its bound (a hazard, sc_op_classify) */
    const char *default_part_from, *default_part_to;
    /* ALTER_COLUMN (serial_identity.c): when it sets the column's default
     * to nextval of this sequence ("schema"."name"), made in the same plan,
     * the sequence is set past the values the column holds (setval), as a
     * new identity's is; NULL otherwise */
    const char *restart_seq;
    /* classification (sc_op_classify) */
    sc_hazard hazard;
    const char *hazard_msg;  /* why, for "-- HAZARD:" and stderr */
    bool no_transaction;     /* must run outside a transaction block */
    /* a comment written above the statements: why the op is there ("re-created:
     * reads orders.amount, whose type changes"); NULL when none */
    const char *note;
    /* TABLE_PARENTS: the joining half's rebuilt columns; a JOIN op's are its
     * to side's, a LEAVE op's its from side's (for its inverse, a JOIN);
     * NULL when none (parts5) */
    const sc_inh_rebuild *inh_rebuild;
    /* DROP_COLUMN / ADD_COLUMN of an INHERITS parent's column (inherit_keep.c):
     * the direct children that have it as their own on the side where the
     * parent has it not, as they are on that side (inh_keep); and those that
     * have it through the parent only and lose it with it (inh_lose, as they
     * are on the side where the parent has it). None: NULL, 0. */
    const sc_table **inh_keep, **inh_lose;
    size_t ninh_keep, ninh_lose;
    const sc_view *v_from, *v_to;   /* view ops: the view on each side */
    /* REPLACE_VIEW that appends columns: the views of the up script's `from`
     * side that read this one, transitively, in creation order; its inverse
     * drops them before the view and creates them after it */
    const sc_view **readers;
    size_t nreaders;
    /* ordering */
    int stage, phase;        /* tie-break key: (stage, schema, table, phase, name) */
    size_t seq;              /* creation order: the last tie-break */
    size_t *deps;            /* ops (by seq) that must run before this one */
    size_t ndeps, capdeps;
} sc_op;

struct sc_plan {
    sc_arena *arena;
    sc_diff_opts opts;
    const sc_model *from, *to;
    sc_model *hinted;        /* SQLite: `to` with rename hints for case-only differences (owned), or NULL */
    const sc_model *declared_to;   /* the `to` given to sc_diff (`to` is `hinted` when there is one) */
    sc_op **up;              /* in execution order */
    size_t nup;
    sc_op **down;            /* in execution order: inverses of up, reversed */
    size_t ndown;
    sc_vec views_changed;    /* const sc_view* of `to` whose definition differs from its from-side view */
    /* the diff the other way round, whose up script is this plan's down
     * script where reading the up script backwards is not enough (owned,
     * NULL otherwise: reverse.c) */
    struct sc_plan *reverse;
    /* funcdeps2: the plan re-creates a function of a `from` side without a
     * catalog's list of its users (found from the text): the pipeline may
     * read the list from a scratch load and diff again */
    bool fn_users_guessed;
};

/* Table t of the plan's `to` side as the caller gave it: the `to` model's
 * own table where sc_diff gave `to` case hints (a copy freed with the plan). */
const sc_table *sc_plan_declared_table(const sc_plan *p, const sc_table *t);

/* Why a TABLE_PARENTS op is a hazard (attaching a partition: its rows may
 * not fit the bound), NULL when it is not (diff_partition.c). */
const char *sc_partition_hazard(sc_arena *a, const sc_op *op);
/* Why creating a partition is a hazard (its partitioned table's DEFAULT
 * partition may hold rows of its bound: parts7), NULL when it is not. */
const char *sc_partition_create_hazard(sc_arena *a, const sc_op *op);
/* Whether a TABLE_PARENTS op stands for a change the diff refused with an
 * error (a partition key that changes, which PostgreSQL cannot alter): the
 * migration writes nothing then (diff_partition.c). */
bool sc_partition_refused(const sc_plan *p, const sc_op *op);
/* The op with sides swapped (arena copy); classification recomputed. */
sc_op *sc_op_invert(sc_arena *a, const sc_op *op, const sc_diff_opts *o);
/* Sets hazard, hazard_msg and no_transaction from kind and sides. */
void sc_op_classify(sc_arena *a, sc_op *op, const sc_diff_opts *o);
const char *sc_op_kind_name(sc_op_kind k);
/* An op on a view or materialized view (v_from/v_to set). */
bool sc_op_is_view_kind(sc_op_kind k);
/* "add column users.email" (arena string). */
const char *sc_op_describe(sc_arena *a, const sc_op *op);
/* tblprops6: an op that writes nothing in its direction (the first half of
 * SC_OP_TABLE_INDEX_PROPS): no header, no summary line, no JSON entry */
bool sc_op_silent(const sc_op *op);
/* The object of a function or trigger op: "app.f(integer)", "t_touch on public.t" (diff_routine.c). */
const char *sc_routine_describe(sc_arena *a, const sc_op *op);

/* true when `to` keeps every label of `from` in the same relative order:
 * the change is only ADD VALUE. */
bool sc_enum_only_adds(const sc_enum *from, const sc_enum *to);
/* A type as SQL: "character varying(255)", "timestamp(3) with time zone",
 * "app.mood", "text[]" (arena string; identifiers quoted where needed). */
const char *sc_type_sql(sc_arena *a, const sc_type *t);

/* The enum of model m that type t names, or NULL (does not rely on
 * is_user alone: sources that do not resolve types still diff right). */
const sc_enum *sc_diff_enum_of(const sc_model *m, const sc_type *t);

/* The column of `from` that `col_to` (a column of `to`) continues: same
 * name, or the one it was renamed from. NULL when it is new. */
const sc_column *sc_diff_column_source(const sc_table *from, const sc_table *to, const sc_column *col_to);

/* ---- domains, composite and range types (diff_utype.c) ---------------- */
/* Tie-break keys, hazards and descriptions of their ops (called by
 * edges.c's and invert.c's callers for the kinds above). */
void sc_utype_set_keys(sc_op *op);
void sc_utype_classify(sc_arena *a, sc_op *op);
/* The checks of domain `from` that `to` drops (or changes), adds (or
 * changes), and validates: each a heap array of `to`'s or `from`'s checks,
 * caller frees. */
typedef struct sc_check_diff {
    const sc_domain_check **dropped, **added, **validated;
    size_t ndropped, nadded, nvalidated;
} sc_check_diff;
void sc_domain_check_diff(const sc_utype *from, const sc_utype *to, sc_check_diff *out);
void sc_check_diff_free(sc_check_diff *cd);
/* Whether every value check old_expr admits, new_expr admits too (new only
 * relaxes old), as far as simple comparisons with numbers and
 * identical terms show it (check_implies.c); false when unsure. */
bool sc_check_implies(const char *old_expr, const char *new_expr);
/* A composite type's attribute of `to` that continues `f` of `from`
 * (same name, or a rename hint either way), or NULL. */
const sc_type_attr *sc_composite_attr_of(const sc_utype *from, const sc_utype *to, const sc_type_attr *f);
/* Same type and collation. */
bool sc_type_attr_same(const sc_type_attr *x, const sc_type_attr *y);
/* true when ALTER TYPE can take composite `from` to `to` in place. */
bool sc_composite_alterable(const sc_utype *from, const sc_utype *to, bool used);

/* ---- privileges and ownership (diff_privilege.c) ---------------------- */
bool sc_is_privilege_op(sc_op_kind k);
/* ---- comments of functions, triggers, collations (diff_obj_comments.c) -- */
bool sc_is_object_comment_op(sc_op_kind k);
/* "function comment app.f(integer)", "trigger comment t on public.items" */
const char *sc_object_comment_describe(sc_arena *a, const sc_op *op);
/* "grant on table app.orders to reporting" */
const char *sc_privilege_describe(sc_arena *a, const sc_op *op);
/* The tie-break keys of their ops (after sc_diff_set_keys). */
void sc_privilege_set_keys(sc_op *op);

#endif
