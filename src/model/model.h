/* model.h - the one in-memory schema model that every source produces.
 *
 * The DSL parser, the catalog inspectors and the JSON reader all build this;
 * diff and the emitters only read it. A model owns an arena: every string,
 * vector and object below lives there and is freed with sc_model_free().
 *
 * Canonical forms (so that comparing two models is comparing strings):
 *  - names are stored as the database stores them (unquoted DSL identifiers
 *    are folded to lower case, quoted ones are kept verbatim);
 *  - every object has a schema; the default schema is "public" (SQLite's main
 *    database is modelled as "public" too);
 *  - types are canonicalised by sc_type_parse() in one place (types.c) to
 *    PostgreSQL's format_type() spelling: "integer", "character varying",
 *    "timestamp with time zone", ...;
 *  - expressions (defaults, checks, predicates, index expressions, generated
 *    columns) are SQL text without the outer parentheses of the DSL.
 */
#ifndef SC_MODEL_H
#define SC_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "model/arena.h"
#include "model/diag.h"
#include "model/strmap.h"
#include "model/vec.h"

#define SC_DEFAULT_SCHEMA "public"
/* The comment initdb gives public (PostgreSQL 11 and later): read as none,
 * as pg_dump leaves it out. */
#define SC_PUBLIC_STOCK_COMMENT "standard public schema"
#define SC_PG_NAMEDATALEN 63   /* longest identifier PostgreSQL keeps, in bytes */

typedef enum { SC_DIALECT_POSTGRESQL, SC_DIALECT_SQLITE } sc_dialect;
const char *sc_dialect_name(sc_dialect d);          /* "postgresql" / "sqlite" */
int sc_dialect_from_name(const char *s, sc_dialect *out);   /* 0 ok, -1 unknown */

/* A list of names (column lists of keys and indexes). */
typedef struct sc_names {
    const char **items;
    size_t n;
} sc_names;
extern const sc_names sc_no_names;   /* the empty list (slim.c) */

/* ---- types ---------------------------------------------------------- */

typedef struct sc_type {
    const char *schema;   /* NULL for built-in types and unqualified user types */
    const char *name;     /* canonical base name, e.g. "character varying", "user_status" */
    const char *mods;     /* type modifiers without parentheses: "255", "10,2"; NULL if none */
    int array_dims;       /* text[] -> 1 */
    bool is_user;         /* names an enum of the model (set by validation) */
    /* SQLite: the type text exactly as declared in the database (pragma
     * table_xinfo's `type`, "" for a column declared without a type), set by
     * the SQLite inspector only; NULL otherwise. SQLite keeps declared types
     * verbatim and derives the column's affinity from that text, so it is
     * written back as it is, and two types that both have it are the same
     * when it is the same (ASCII case and blanks aside): sc_type_declared_same. */
    const char *declared;
} sc_type;

/* Parses SQL type text ("varchar(255)", "timestamp(3) with time zone",
 * "int4[]", "app.mood") into canonical form. Unknown names are kept (they
 * may be user types). Returns 0, or -1 with a message in *err (static). */
int sc_type_parse(sc_arena *a, const char *text, sc_type *out, const char **err);
/* The canonical spelling, PostgreSQL's format_type() style: arena string. */
const char *sc_type_format(sc_arena *a, const sc_type *t);
bool sc_type_equal(const sc_type *x, const sc_type *y);
/* Two declared SQLite type texts compared as SQLite compares type names:
 * ASCII case-insensitively, runs of blanks as one, none next to ( ) ,. */
bool sc_type_declared_same(const char *x, const char *y);
/* true when t->declared is one word with an optional (n[,m]) and the DSL
 * reads it as the same type as t: the DSL printer may write it as it is. */
bool sc_type_declared_in_dsl(const sc_type *t);
/* true for PostgreSQL's built-in types (canonical names of types.c's table). */
bool sc_type_is_builtin(const sc_type *t);

/* ---- objects -------------------------------------------------------- */

/* Small enums of the per-column and per-constraint structs are one byte
 * (packed), so that they share a word with the flags around them. */
typedef enum __attribute__((packed)) {
    SC_IDENTITY_NONE = 0, SC_IDENTITY_ALWAYS, SC_IDENTITY_BY_DEFAULT
} sc_identity;
typedef enum __attribute__((packed)) {
    SC_FK_NO_ACTION = 0, SC_FK_RESTRICT, SC_FK_CASCADE, SC_FK_SET_NULL, SC_FK_SET_DEFAULT
} sc_fk_action;
const char *sc_fk_action_sql(sc_fk_action a);        /* "NO ACTION", "CASCADE", ... */

/* An identity column's sequence options (issue 12), every value as it is
 * in effect; a column whose options are all PostgreSQL's defaults for its
 * type has none (sc_column.identity_opts NULL). */
typedef struct sc_identity_opts {
    long long start, increment, min_value, max_value, cache;
    bool cycle;
} sc_identity_opts;

/* The options in effect from those written (has_*: given), for a column of
 * type t: PostgreSQL's defaults for the rest (ascending: 1 .. the type's
 * maximum, starting at the minimum; descending: the type's minimum .. -1,
 * starting at the maximum; cache 1). Returns NULL when every one is the
 * default, else an arena copy. (identity.c) */
typedef struct sc_identity_given {
    sc_identity_opts v;
    bool has_start, has_increment, has_min, has_max, has_cache;
} sc_identity_given;
const sc_identity_opts *sc_identity_resolve(sc_arena *a, const sc_type *t, const sc_identity_given *g);
/* The largest value of an identity of type t (smallint, integer, else bigint). */
long long sc_identity_type_max(const sc_type *t);
/* Two identity columns' options, the defaults of each one's type for NULL. */
struct sc_column;
bool sc_identity_opts_same(const struct sc_column *x, const struct sc_column *y);

/* What few columns have (a collation, a comment, a rename hint, identity
 * options) and where the DSL wrote a type it cannot say in two bytes: kept
 * apart, so that the columns without them (nearly all) do not carry 48
 * bytes of NULLs each. Read through the sc_column_* accessors below; set
 * with sc_column_set_* (which copy it first: columns copied between models
 * share theirs). */
typedef struct sc_column_more {
    const char *collation;      /* NULL when the type's default */
    const char *comment;        /* NULL when none */
    const char *renamed_from;   /* rename hint from the DSL, NULL otherwise */
    /* identity: its sequence's options, NULL when PostgreSQL's defaults */
    const struct sc_identity_opts *identity_opts;
    sc_loc type_loc;            /* when the two bytes of sc_column cannot say it */
    /* privs3 (issue 12): an INHERITS child's column that is its parent's
     * (attislocal false), declared for a default or NOT NULL of its own
     * (the DSL's `c with options ...`); its type is the parent column's.
     * A partition's columns are all such without it. */
    bool with_options;
    /* tblprops6 (issue 12): ALTER COLUMN SET STATISTICS n (attstattarget),
     * when has_statistics; else -1, the database's default */
    bool has_statistics;
    short statistics;
    /* attopts7 (issue 12): ALTER COLUMN SET (n_distinct = -0.5, ...)
     * (pg_attribute.attoptions), "name=value" each as the catalog has them */
    sc_names options;
} sc_column_more;

/* Fields are ordered so that the small ones share a word: a model holds
 * one of these per column of every table (96 bytes). */
typedef struct sc_column {
    const char *name;
    sc_type type;
    bool not_null;
    sc_identity identity;
    /* SQLite: not_null is set because the column is a primary key (or
     * identity) column, the model's rule, PostgreSQL's, but the declaration
     * does not say NOT NULL (set by the SQLite inspector and the DSL
     * parser): SQLite DDL leaves it out, and a SQLite diff compares NOT NULL
     * as declared. */
    bool sqlite_implicit_not_null;
    /* with generated: VIRTUAL (computed when read), SQLite's default kind
     * (the DSL without `stored`, or `virtual`). false: STORED, the only kind
     * PostgreSQL 15 has. */
    bool generated_virtual;
    /* PostgreSQL (issue 12), one byte each as the catalog has them:
     * storage 'p' plain, 'e' external, 'm' main, 'x' extended, 0 the type's
     * own; compression 'p' pglz, 'l' lz4, 0 the default */
    char storage, compression;
    /* where the DSL wrote the type: type_len bytes, type_gap bytes after
     * the name (loc); type_len 0: more->type_loc, or none (sc_column_type_loc) */
    unsigned char type_gap, type_len;
    const char *default_expr;   /* SQL text, NULL when none */
    const char *generated;      /* GENERATED ALWAYS AS (expr) STORED: the expr, or NULL
                                   (VIRTUAL when generated_virtual, below) */
    sc_loc loc;                 /* the column's name */
    const sc_column_more *more; /* NULL when none of its fields is set */
} sc_column;

/* The fields of sc_column_more, NULL when not set. */
static inline const char *sc_column_collation(const sc_column *c)
{
    return c->more ? c->more->collation : NULL;
}
static inline const char *sc_column_comment(const sc_column *c)
{
    return c->more ? c->more->comment : NULL;
}
static inline const char *sc_column_renamed_from(const sc_column *c)
{
    return c->more ? c->more->renamed_from : NULL;
}
static inline const struct sc_identity_opts *sc_column_identity_opts(const sc_column *c)
{
    return c->more ? c->more->identity_opts : NULL;
}
/* privs3: sc_column_more.with_options */
static inline bool sc_column_with_options(const sc_column *c)
{
    return c->more && c->more->with_options;
}
/* tblprops6: the statistics target, -1 when the default */
static inline int sc_column_statistics(const sc_column *c)
{
    return c->more && c->more->has_statistics ? c->more->statistics : -1;
}
/* attopts7: the attribute options (none: empty) */
static inline const sc_names *sc_column_options(const sc_column *c)
{
    return c->more ? &c->more->options : &sc_no_names;
}
/* Setting one (a is the arena of c's model): c gets a copy of its
 * sc_column_more with that field changed; setting NULL where nothing is set
 * allocates nothing. */
void sc_column_set_collation(sc_arena *a, sc_column *c, const char *collation);
void sc_column_set_comment(sc_arena *a, sc_column *c, const char *comment);
void sc_column_set_renamed_from(sc_arena *a, sc_column *c, const char *renamed_from);
void sc_column_set_identity_opts(sc_arena *a, sc_column *c, const struct sc_identity_opts *o);
void sc_column_set_with_options(sc_arena *a, sc_column *c, bool with_options);   /* privs3 */
void sc_column_set_statistics(sc_arena *a, sc_column *c, int statistics);   /* tblprops6: -1 resets */
void sc_column_set_options(sc_arena *a, sc_column *c, sc_names options);   /* attopts7 */
/* attopts7: what is wrong with attribute options o ("name=value" each),
 * NULL when nothing; *bad is the item. A table's column takes n_distinct
 * and n_distinct_inherited, each once, a number (the DSL's, signed) each:
 * what PostgreSQL takes and the DSL writes back (column.c) */
const char *sc_column_options_problem(const sc_names *o, size_t *bad);
/* Where the type is written (set after c->loc). */
void sc_column_set_type_loc(sc_arena *a, sc_column *c, sc_loc type_loc);

/* "plain", "external", "main", "extended" / "pglz", "lz4" for the one-byte
 * codes above (NULL for 0 or an unknown code), and back (0 when unknown). */
const char *sc_storage_name(char code);
char sc_storage_code(const char *name);
const char *sc_compression_name(char code);
char sc_compression_code(const char *name);

/* Where the column's type is written (DSL), or no location. */
sc_loc sc_column_type_loc(const sc_column *c);

typedef enum __attribute__((packed)) {
    SC_CON_PRIMARY_KEY, SC_CON_UNIQUE, SC_CON_CHECK, SC_CON_FOREIGN_KEY,
    /* issue 12: exclusion constraints, EXCLUDE USING m (elem WITH op, ...) */
    SC_CON_EXCLUDE
} sc_con_kind;

/* What few constraints have (issue 12: a comment, a key's index options and
 * tablespace, an exclusion's index part): kept apart, as sc_column_more is,
 * so that the constraints without them (nearly all) do not carry 40 bytes
 * of NULLs each. Read through the sc_constraint_* accessors below; set with
 * sc_constraint_set_* (which copy it first: constraints copied between
 * models share theirs). (model/slim.c) */
typedef struct sc_constraint_more {
    const char *comment;        /* COMMENT ON CONSTRAINT (issue 12), NULL when none */
    /* issue 12: the index of a PRIMARY KEY, UNIQUE or EXCLUDE constraint:
     * its storage parameters (WITH (fillfactor=70)), "name=value" each as
     * the catalog keeps them, empty when none; USING INDEX TABLESPACE, NULL
     * for the database's default */
    sc_names index_options;
    const char *index_tablespace;
    /* EXCLUDE (issue 12): its index's method (NULL btree), elements (each
     * with its operator, sc_index_elem_op), INCLUDE columns and WHERE
     * predicate, as an index holds them (name, options, tablespace and
     * comment unused); NULL for the other kinds (parser/build_exclusion.c,
     * inspect/pg_build_exclusion.c) */
    const struct sc_index *exclusion;
    /* FOREIGN KEY read from a catalog (fkidx5): the name of the index of
     * the target's key it stands on (pg_constraint.conindid, which
     * pg_depend records too), NULL when not known (declared, SQLite). The
     * diff takes the FK around a drop of that key (diff/fk_keys.c); not
     * compared, not written */
    const char *ref_index;
    /* tblprops6 (issue 12): its index is the table's CLUSTER ON index
     * (pg_index.indisclustered): a key's or an exclusion's */
    bool clustered;
} sc_constraint_more;

/* 120 bytes: a model holds one per key, check and foreign key. */
typedef struct sc_constraint {
    sc_con_kind kind;
    bool name_explicit;         /* false: diff matches it by definition, not by name */
    bool deferrable, initially_deferred;   /* PK, UNIQUE, FOREIGN KEY */
    sc_fk_action on_delete, on_update;   /* FOREIGN KEY */
    /* Constraint options (issue 12): UNIQUE NULLS NOT DISTINCT; CHECK ...
     * NO INHERIT; NOT VALID (CHECK, FOREIGN KEY: added without checking the
     * rows there were, so never inside CREATE TABLE, which would mark it
     * valid); FOREIGN KEY MATCH FULL (false: MATCH SIMPLE). */
    bool nulls_not_distinct, no_inherit, not_valid, match_full;
    const char *name;           /* always set: explicit or from the naming convention */
    sc_names columns;           /* PK, UNIQUE, FK local columns */
    const char *check_expr;     /* CHECK */
    /* FOREIGN KEY */
    const char *ref_schema, *ref_table;
    sc_names ref_columns;
    sc_loc loc;
    sc_loc *column_locs;        /* one per column when known (DSL), else NULL */
    sc_loc *ref_column_locs;
    const sc_constraint_more *more;   /* NULL when none of its fields is set */
} sc_constraint;

/* The fields of sc_constraint_more: NULL (an empty list) when not set. */
static inline const char *sc_constraint_comment(const sc_constraint *k)
{
    return k->more ? k->more->comment : NULL;
}
static inline const sc_names *sc_constraint_index_options(const sc_constraint *k)
{
    return k->more ? &k->more->index_options : &sc_no_names;
}
static inline const char *sc_constraint_index_tablespace(const sc_constraint *k)
{
    return k->more ? k->more->index_tablespace : NULL;
}
static inline const struct sc_index *sc_constraint_exclusion(const sc_constraint *k)
{
    return k->more ? k->more->exclusion : NULL;
}
static inline const char *sc_constraint_ref_index(const sc_constraint *k)
{
    return k->more ? k->more->ref_index : NULL;
}
/* Setting one (a is the arena of k's model): k gets a copy of its
 * sc_constraint_more with that field changed; setting NULL (an empty list)
 * where nothing is set allocates nothing. */
void sc_constraint_set_comment(sc_arena *a, sc_constraint *k, const char *comment);
void sc_constraint_set_index_options(sc_arena *a, sc_constraint *k, sc_names options);
void sc_constraint_set_index_tablespace(sc_arena *a, sc_constraint *k, const char *tablespace);
void sc_constraint_set_exclusion(sc_arena *a, sc_constraint *k, const struct sc_index *exclusion);
void sc_constraint_set_ref_index(sc_arena *a, sc_constraint *k, const char *ref_index);
static inline bool sc_constraint_clustered(const sc_constraint *k)
{
    return k->more && k->more->clustered;
}
void sc_constraint_set_clustered(sc_arena *a, sc_constraint *k, bool clustered);   /* tblprops6 */

typedef enum { SC_NULLS_DEFAULT = 0, SC_NULLS_FIRST, SC_NULLS_LAST } sc_nulls;

/* What few index elements have (a collation, an operator class and its
 * parameters, an exclusion constraint's operator): kept apart, read through
 * the sc_index_elem_* accessors below, set with sc_index_elem_set_*.
 * (model/slim.c) */
typedef struct sc_index_elem_more {
    const char *collation;      /* NULL when none */
    const char *opclass;        /* NULL when default */
    /* the operator class's parameters, "name=value" each as PostgreSQL
     * keeps them (tsvector_ops (siglen=100)); empty when none */
    sc_names opclass_params;
    /* an exclusion constraint's element (issue 12): its operator as written
     * ("=", "&&"), NULL in an index */
    const char *op;
} sc_index_elem_more;

/* 48 bytes: a model holds one per element of every index. */
typedef struct sc_index_elem {
    const char *column;         /* a plain column, or NULL when expr is set */
    const char *expr;           /* an expression, without outer parentheses */
    bool desc;
    sc_nulls nulls;
    sc_loc loc;
    const sc_index_elem_more *more;   /* NULL when none of its fields is set */
} sc_index_elem;

static inline const char *sc_index_elem_collation(const sc_index_elem *e)
{
    return e->more ? e->more->collation : NULL;
}
static inline const char *sc_index_elem_opclass(const sc_index_elem *e)
{
    return e->more ? e->more->opclass : NULL;
}
static inline const sc_names *sc_index_elem_opclass_params(const sc_index_elem *e)
{
    return e->more ? &e->more->opclass_params : &sc_no_names;
}
static inline const char *sc_index_elem_op(const sc_index_elem *e)
{
    return e->more ? e->more->op : NULL;
}
void sc_index_elem_set_collation(sc_arena *a, sc_index_elem *e, const char *collation);
void sc_index_elem_set_opclass(sc_arena *a, sc_index_elem *e, const char *opclass);
void sc_index_elem_set_opclass_params(sc_arena *a, sc_index_elem *e, sc_names params);
void sc_index_elem_set_op(sc_arena *a, sc_index_elem *e, const char *op);

/* What few indexes have (a comment, storage parameters, a tablespace, the
 * SQLite text, where the DSL wrote INCLUDE columns): kept apart, read
 * through the sc_index_* accessors below, set with sc_index_set_*.
 * (model/slim.c) */
typedef struct sc_index_more {
    const char *comment;
    /* storage parameters, "name=value" each as PostgreSQL keeps them
     * (WITH (fillfactor=70)), in the order written; empty when none */
    sc_names options;
    const char *tablespace;     /* NULL: the database's default */
    /* SQLite: the CREATE INDEX text as sqlite_schema holds it (read back),
     * NULL otherwise: a migration re-creates the index with it, byte for byte */
    const char *sqlite_sql;
    sc_loc *include_locs;       /* one per include column when known (DSL), else NULL */
    /* tblprops6 (issue 12): the table's CLUSTER ON index (indisclustered) */
    bool clustered;
} sc_index_more;

/* 80 bytes: a model holds one per index. */
typedef struct sc_index {
    const char *name;
    bool name_explicit;
    bool unique;
    bool nulls_not_distinct;    /* UNIQUE ... NULLS NOT DISTINCT */
    uint32_t nelems;            /* of elems; memory (issue 10): in the bools' word */
    const char *method;         /* NULL means btree */
    sc_index_elem *elems;
    sc_names include;
    const char *where;          /* partial-index predicate, or NULL */
    sc_loc loc;
    const sc_index_more *more;  /* NULL when none of its fields is set */
} sc_index;

static inline const char *sc_index_comment(const sc_index *ix)
{
    return ix->more ? ix->more->comment : NULL;
}
static inline const sc_names *sc_index_options(const sc_index *ix)
{
    return ix->more ? &ix->more->options : &sc_no_names;
}
static inline const char *sc_index_tablespace(const sc_index *ix)
{
    return ix->more ? ix->more->tablespace : NULL;
}
static inline const char *sc_index_sqlite_sql(const sc_index *ix)
{
    return ix->more ? ix->more->sqlite_sql : NULL;
}
static inline sc_loc *sc_index_include_locs(const sc_index *ix)
{
    return ix->more ? ix->more->include_locs : NULL;
}
void sc_index_set_comment(sc_arena *a, sc_index *ix, const char *comment);
void sc_index_set_options(sc_arena *a, sc_index *ix, sc_names options);
void sc_index_set_tablespace(sc_arena *a, sc_index *ix, const char *tablespace);
void sc_index_set_sqlite_sql(sc_arena *a, sc_index *ix, const char *sqlite_sql);
void sc_index_set_include_locs(sc_arena *a, sc_index *ix, sc_loc *include_locs);
static inline bool sc_index_clustered(const sc_index *ix)
{
    return ix->more && ix->more->clustered;
}
void sc_index_set_clustered(sc_arena *a, sc_index *ix, bool clustered);   /* tblprops6 */

/* ---- row level security ------------------------------------------------ *
 * A policy of a table (PostgreSQL): CREATE POLICY name ON table AS
 * PERMISSIVE|RESTRICTIVE FOR cmd TO roles USING (...) WITH CHECK (...).
 * Expressions are as declared, or as pg_get_expr() spells them (read back,
 * and for a declared policy through the scratch load). */
typedef enum {
    SC_POLICY_ALL = 0, SC_POLICY_SELECT, SC_POLICY_INSERT, SC_POLICY_UPDATE, SC_POLICY_DELETE
} sc_policy_cmd;

typedef struct sc_policy {
    const char *name;
    bool restrictive;           /* AS RESTRICTIVE; PERMISSIVE (the default) otherwise */
    sc_policy_cmd cmd;
    sc_names roles;             /* sorted; empty means PUBLIC */
    const char *using_expr;     /* NULL when none */
    const char *check_expr;     /* WITH CHECK, NULL when none */
    const char *comment;
    sc_loc loc;
} sc_policy;

typedef struct sc_table {
    const char *schema, *name;
    sc_vec columns;             /* sc_column*, in declaration order */
    sc_vec constraints;         /* sc_constraint*, PK first then by declaration */
    sc_vec indexes;             /* sc_index* */
    const char *comment;
    const char *renamed_from;   /* rename hint: old name in the same schema */
    sc_loc loc;
    sc_strmap *column_map;      /* name -> sc_column*, owned by the model; NULL for a
                                   table of few columns (sc_table_push_column) */
    const char *block_schema;   /* DSL: the enclosing `schema X { }` block, NULL outside one;
                                   unqualified references resolve there first, then in public */
    /* SQLite-only table options (PostgreSQL ignores them): AUTOINCREMENT on
     * the INTEGER PRIMARY KEY (rowid alias) column, WITHOUT ROWID, STRICT. */
    bool sqlite_autoincrement;
    bool sqlite_without_rowid;
    bool sqlite_strict;
    /* Row level security (PostgreSQL): ENABLE / FORCE (the policies below).
     * memory (issue 10): next to the bools above, in the same word. */
    bool rls_enabled, rls_forced;
    bool unlogged;              /* PostgreSQL (issue 12): UNLOGGED */
    sc_vec policies;            /* sc_policy*, sorted by name */
    /* memory (issue 10): its SQLite text and storage parameters, NULL when
     * it has neither (sc_table_sqlite_sql, sc_table_options) */
    const struct sc_table_more *more;
    /* Partitioning and inheritance (PostgreSQL, issue 12 items 4-5;
     * model/partition.c). A partitioned table's key as pg_get_partkeydef
     * spells it ("RANGE (logdate)"), NULL when not partitioned. A partition:
     * its parent (parent_schema never NULL when parent_name is set) and its
     * bound as pg_get_expr(relpartbound) spells it ("FOR VALUES FROM ('a')
     * TO ('b')", "DEFAULT"); NULL otherwise. INHERITS: the parents in order,
     * inherits_schemas[i] the schema of inherits.items[i]. A partition's or
     * child's columns and constraints are its own (attislocal, conislocal):
     * what it inherits is its parents', never written twice. */
    const char *partition_key;
    const char *parent_schema, *parent_name;
    const char *partition_bound;
    sc_names inherits, inherits_schemas;
    sc_loc partition_loc;
} sc_table;

/* What few tables have, kept apart as sc_column_more is (model/slim.c):
 * read through sc_table_sqlite_sql / sc_table_options, set with
 * sc_table_set_* (which copy it first: tables copied between models share
 * theirs). */
typedef struct sc_table_more {
    /* SQLite: the CREATE TABLE text as sqlite_schema holds it (read back),
     * NULL otherwise: a migration to this table (a rebuild, a new table)
     * creates it with that text, so that the database holds what the
     * target does, byte for byte. */
    const char *sqlite_sql;
    /* PostgreSQL (issue 12): storage parameters, "name=value" each as the
     * catalog keeps them (WITH (fillfactor=70)), empty when none */
    sc_names options;
    /* PostgreSQL (parts5, issue 12): a partition read from the catalog, its
     * copies of its parent's indexes and keys (attached indexes, cloned
     * constraints) under the names they have there: "i" or "k", the
     * parent's index or constraint name, \x1f, the copy's name (the copies
     * themselves are its parent's, not in the model); copies_read false for
     * a declared table (the names are foreseen: diff_partition_copies.c) */
    sc_names copies;
    bool copies_read;
    /* tblprops6 (issue 12): REPLICA IDENTITY as pg_class.relreplident has
     * it: 'n' NOTHING, 'f' FULL, 'i' USING INDEX replica_index (a unique
     * index's or a key's name), 0 DEFAULT */
    char replica_identity;
    const char *replica_index;
    sc_loc replica_loc;         /* where the DSL says it, for errors */
} sc_table_more;

static inline const char *sc_table_sqlite_sql(const sc_table *t)
{
    return t->more ? t->more->sqlite_sql : NULL;
}
static inline const sc_names *sc_table_options(const sc_table *t)
{
    return t->more ? &t->more->options : &sc_no_names;
}
void sc_table_set_sqlite_sql(sc_arena *a, sc_table *t, const char *sqlite_sql);
void sc_table_set_options(sc_arena *a, sc_table *t, sc_names options);
/* parts5: the copies a partition has in the catalog (sc_table_more), NULL
 * when they were not read */
static inline const sc_names *sc_table_copies(const sc_table *t)
{
    return t->more && t->more->copies_read ? &t->more->copies : NULL;
}
void sc_table_set_copies(sc_arena *a, sc_table *t, sc_names copies);
/* tblprops6: REPLICA IDENTITY, 'd' (DEFAULT), 'n', 'f' or 'i' (then
 * sc_table_replica_index names the index) */
static inline char sc_table_replica_identity(const sc_table *t)
{
    return t->more && t->more->replica_identity ? t->more->replica_identity : 'd';
}
static inline const char *sc_table_replica_index(const sc_table *t)
{
    return t->more ? t->more->replica_index : NULL;
}
/* kind 'd' (or 0) is the default: index is taken only with 'i'; loc: where
 * it is declared ({0} when read from a catalog or JSON) */
void sc_table_set_replica_identity(sc_arena *a, sc_table *t, char kind, const char *index, sc_loc loc);
static inline sc_loc sc_table_replica_loc(const sc_table *t)
{
    return t->more && t->more->replica_loc.src ? t->more->replica_loc : t->loc;
}
/* The name of the index the table is clustered on: its index's or key's
 * (exclusion's) marked clustered, NULL when none (tblprops6) */
const char *sc_table_cluster_index(const sc_table *t);

typedef struct sc_enum {
    const char *schema, *name;
    sc_names labels;            /* in order */
    sc_loc loc;
    sc_loc *label_locs;
    const char *comment;
} sc_enum;

typedef struct sc_sequence {
    const char *schema, *name;
    const char *type;           /* "bigint" unless given */
    long long start, increment, min_value, max_value, cache;
    bool has_min, has_max, cycle;
    const char *owned_by_table, *owned_by_column;   /* NULL when free-standing */
    sc_loc loc;
    const char *comment;        /* COMMENT ON SEQUENCE (issue 12), NULL when none */
} sc_sequence;

/* ---- views and the references between objects -------------------------- *
 * A reference says what an object reads: a relation (table, view or
 * materialized view), one column of a relation, a type or a function. The
 * catalog says it (pg_depend through pg_rewrite; for a declared view, the
 * scratch load gives the same answer); without a server the parse tree of
 * the query does. Edges of the one dependency graph come from these, so no
 * rule is written per pair of kinds. */
typedef enum { SC_REF_RELATION, SC_REF_COLUMN, SC_REF_TYPE, SC_REF_FUNCTION } sc_ref_kind;

typedef struct sc_ref {
    sc_ref_kind kind;
    const char *schema, *name;  /* the relation, type or function (functions: its name only) */
    const char *column;         /* SC_REF_COLUMN: the column of relation schema.name */
} sc_ref;

typedef enum { SC_CHECK_OPTION_NONE = 0, SC_CHECK_OPTION_LOCAL, SC_CHECK_OPTION_CASCADED } sc_check_option;

/* One output column of a view. Its type is known when the view was read
 * from a catalog or loaded in the scratch schemas (type.name NULL when not);
 * a declared view lists only the columns it gives a comment. */
typedef struct sc_view_column {
    const char *name;
    sc_type type;
    const char *comment;        /* NULL when none */
    sc_loc loc;
} sc_view_column;

typedef struct sc_view {
    const char *schema, *name;
    bool materialized;
    /* The SELECT, without the DSL's outer parentheses and without a trailing
     * ';': as declared, or as pg_get_viewdef() spells it (read back). */
    const char *query;
    /* CREATE VIEW v (a, b): the declared column names, empty when none. The
     * catalog folds them into the query (pg_get_viewdef writes "x AS a"). */
    sc_names column_list;
    sc_vec columns;             /* sc_view_column*, in output order */
    sc_check_option check_option;
    bool security_barrier, security_invoker;
    bool with_no_data;          /* materialized: created WITH NO DATA (read back: not populated) */
    sc_vec indexes;             /* sc_index*: indexes of a materialized view */
    const char *comment;
    const char *renamed_from;   /* rename hint: old name in the same schema */
    /* SQLite: the CREATE VIEW text as sqlite_schema holds it (read back), so
     * that it is re-created byte for byte; NULL for declared views. */
    const char *sqlite_sql;
    sc_vec refs;                /* sc_ref*: what the query reads */
    bool refs_known;            /* refs came from a catalog or a parse tree */
    sc_loc loc;
    /* DSL only (zeroed otherwise): */
    sc_loc query_loc;           /* the source text between the query's parentheses */
    sc_loc *column_list_locs;   /* one per column_list name, or NULL */
    const char *block_schema;   /* the enclosing `schema X { }` block, as sc_table's */
} sc_view;

/* ---- domains, composite and range types (utype.c) ---------------------- *
 * User-defined types other than enums: one struct for the three kinds, as
 * they share the type namespace, the DDL shape (CREATE DOMAIN / CREATE TYPE)
 * and the dependency edges (a column or another type uses them). Columns
 * of these types carry the type's name (type.is_user), never its base. */
typedef enum { SC_UTYPE_DOMAIN, SC_UTYPE_COMPOSITE, SC_UTYPE_RANGE } sc_utype_kind;
typedef struct sc_model sc_model;

/* A named CHECK of a domain: as declared, or as pg_get_constraintdef spells
 * it without "CHECK (" and ")" (read back). */
typedef struct sc_domain_check {
    const char *name;
    const char *expr;
    bool not_valid;             /* NOT VALID: existing rows not checked yet */
    sc_loc loc;
} sc_domain_check;

/* An attribute of a composite type. */
typedef struct sc_type_attr {
    const char *name;
    sc_type type;
    const char *collation;      /* NULL when the type's default */
    const char *renamed_from;   /* rename hint, NULL otherwise */
    sc_loc loc, type_loc;
} sc_type_attr;

typedef struct sc_utype {
    sc_utype_kind kind;
    const char *schema, *name;
    /* DOMAIN: the base type; RANGE: the subtype */
    sc_type base;
    sc_loc base_loc;
    const char *collation;      /* DOMAIN/RANGE: COLLATE / collation =, NULL when none */
    /* DOMAIN */
    const char *default_expr;   /* NULL when none */
    bool not_null;
    sc_vec checks;              /* sc_domain_check*, sorted by name */
    /* COMPOSITE */
    sc_vec attrs;               /* sc_type_attr*, in order */
    /* RANGE: options other than the subtype, as written (qualified names), NULL when not given */
    const char *subtype_opclass, *canonical, *subtype_diff, *multirange;
    const char *comment;
    sc_loc loc;
} sc_utype;

const char *sc_utype_kind_name(sc_utype_kind k);     /* "domain", "composite type", "range type" */
/* NULL when the name is taken by another utype. */
sc_utype *sc_model_add_utype(sc_model *m, sc_utype_kind kind, const char *schema, const char *name);
sc_utype *sc_model_utype(const sc_model *m, const char *schema, const char *name);
sc_domain_check *sc_utype_add_check(sc_model *m, sc_utype *u, const char *name, const char *expr);
sc_type_attr *sc_utype_add_attr(sc_model *m, sc_utype *u, const char *name);
/* The utype of model m that type t names (schema NULL: public), or NULL. */
const sc_utype *sc_model_utype_of(const sc_model *m, const sc_type *t);
/* The utypes in creation order: each after the utypes (and not enums: those
 * come first anyway) its base, subtype or attributes use. Heap array of
 * m->utypes.n pointers, caller frees. */
const sc_utype **sc_utypes_ordered(const sc_model *m);
/* The user type u names through its base/subtype/attributes: calls fn for
 * each sc_type u uses. */
void sc_utype_each_type(const sc_utype *u, void (*fn)(const sc_type *t, void *arg), void *arg);
/* A type naming a utype of m (unqualified: block_schema, then public):
 * sets is_user and the schema; false when it names none (validate_utype.c). */
bool sc_utype_resolve(const sc_model *m, const char *block_schema, sc_type *ty);
/* The checks of the utypes themselves (names, the types they use,
 * cycles); sc_model_validate calls it. Returns 0, or -1 with errors. */
int sc_utypes_validate(sc_model *m, sc_diags *d);
/* tblprops6: CLUSTER ON and REPLICA IDENTITY USING INDEX name what they
 * may (validate_tblprops.c) */
void sc_tblprops_validate(const sc_model *m, sc_diags *d);
/* A range type's multirange type name: as given, or PostgreSQL's own
 * ("range" becomes "multirange", else "_multirange" appended; unquoted,
 * arena string). */
const char *sc_utype_multirange(sc_arena *a, const sc_utype *u);
/* The rename hints of declared's composite types' attributes put on the
 * same attributes of m (a model re-read from a scratch load, which has
 * none). */
void sc_utypes_adopt_hints(sc_model *m, const sc_model *declared);
/* Sorts m->utypes by (schema, name) and each domain's checks by name
 * (sc_model_sort calls it). */
void sc_utypes_sort(sc_model *m);
/* Shares src's utypes into dst (share.c's sc_model_share_types), or, with
 * map, copies them with every schema s (theirs, their types') as map(s). */
void sc_utypes_share(sc_model *dst, const sc_model *src, const char *(*map)(const char *schema, void *arg),
                     void *arg);
/* ---- extensions and collations (objects_ext.c) ------------------------ *
 * An extension is database-wide: its name is its identity. The objects it
 * installs (types, functions, operators, ...) belong to it (pg_depend
 * deptype 'e') and are never modelled as the user's. */
typedef struct sc_extension {
    const char *name;
    const char *schema;         /* WITH SCHEMA: where its objects live; NULL when not said */
    const char *version;        /* VERSION; NULL when not said (whatever is installed) */
    /* The types it installs as "schema.name" (read from the catalog; empty
     * for a declared one): columns of these types depend on it. */
    sc_names types;
    sc_loc loc;
} sc_extension;

/* CREATE COLLATION, canonical as pg_collation holds it: libc collations
 * have lc_collate and lc_ctype (LOCALE sets both), ICU ones a locale. */
typedef struct sc_collation {
    const char *schema, *name;
    bool icu;                   /* provider icu; false: libc */
    bool deterministic;         /* true unless `deterministic false` */
    const char *locale;         /* ICU: the locale; NULL for libc */
    const char *lc_collate, *lc_ctype;   /* libc; NULL for ICU */
    sc_loc loc;
    const char *comment;        /* COMMENT ON COLLATION (issue 12), NULL when none */
} sc_collation;

/* ---- privileges and ownership (privilege.c) ---------------------------- *
 * Compared only when asked (--with-privileges, compare_privileges = true):
 * GRANTs beyond what an object's owner has by default (acldefault, as
 * pg_dump), owners (ALTER ... OWNER TO) and ALTER DEFAULT PRIVILEGES
 * (PostgreSQL). Roles are never created: they must exist on the server. */
typedef enum {
    SC_PRIV_OBJ_TABLE = 0,      /* tables, views, materialized views (GRANT ... ON TABLE) */
    SC_PRIV_OBJ_SEQUENCE,       /* the same namespace as tables */
    SC_PRIV_OBJ_SCHEMA,
    SC_PRIV_OBJ_FUNCTION,       /* functions and procedures (ON ROUTINE) */
    SC_PRIV_OBJ_TYPE            /* enums, domains, composite and range types */
} sc_priv_obj;

/* privilege bits, in the order GRANT lists them */
enum {
    SC_PRIV_SELECT = 1u << 0, SC_PRIV_INSERT = 1u << 1, SC_PRIV_UPDATE = 1u << 2, SC_PRIV_DELETE = 1u << 3,
    SC_PRIV_TRUNCATE = 1u << 4, SC_PRIV_REFERENCES = 1u << 5, SC_PRIV_TRIGGER = 1u << 6,
    SC_PRIV_EXECUTE = 1u << 7, SC_PRIV_USAGE = 1u << 8, SC_PRIV_CREATE = 1u << 9, SC_PRIV__COUNT = 10
};

/* One grantee's privileges on one object (or one column of a relation). */
typedef struct sc_grant {
    sc_priv_obj obj;
    const char *schema;         /* SCHEMA: NULL (name is the schema) */
    const char *name;
    const char *args;           /* FUNCTION: identity argument types ("integer, text"), else NULL */
    const char *column;         /* a column grant, else NULL */
    const char *grantee;        /* a role name, or "PUBLIC" */
    unsigned privs;             /* SC_PRIV_* */
    unsigned grant_option;      /* the subset of privs WITH GRANT OPTION */
    /* what PUBLIC has by default and is revoked from it (REVOKE EXECUTE ON
     * FUNCTION ... FROM PUBLIC; USAGE on a type): grantee "PUBLIC" only */
    unsigned revoked;
    sc_loc loc;
} sc_grant;

/* The owner of one object (ALTER ... OWNER TO). relkind: for relations,
 * 'r' table, 'v' view, 'm' materialized view, 'S' sequence (0: a table or
 * whatever ALTER TABLE takes); for types, 'd' for a domain. */
typedef struct sc_owner {
    sc_priv_obj obj;
    const char *schema, *name, *args;
    const char *role;
    char relkind;
    sc_loc loc;
} sc_owner;

/* ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] GRANT ... ON
 * objtype TO grantee: objtype 'r' tables, 'S' sequences, 'f' functions,
 * 'T' types, 'n' schemas (pg_default_acl's letters). */
typedef struct sc_default_priv {
    const char *role;
    const char *schema;         /* NULL: every schema */
    char objtype;
    const char *grantee;
    unsigned privs, grant_option;
    sc_loc loc;
} sc_default_priv;

typedef struct sc_privs {
    sc_vec grants;              /* sc_grant*, sorted (sc_privs_sort) */
    sc_vec owners;              /* sc_owner* */
    sc_vec defaults;            /* sc_default_priv* */
} sc_privs;

typedef struct sc_model {
    sc_arena *arena;
    sc_vec schemas;             /* const char*: schemas other than the default that exist */
    sc_vec enums;               /* sc_enum* */
    sc_vec tables;              /* sc_table* */
    sc_vec sequences;           /* sc_sequence* */
    sc_vec views;               /* sc_view*: views and materialized views */
    /* "schema.name" -> object, one map per namespace */
    sc_strmap *schema_map, *enum_map, *table_map, *sequence_map, *view_map;
    sc_vec srcs;                /* sc_src* loaded into this model (texts stay alive) */
    sc_vec owned;               /* heap blocks freed with the model (adopted texts) */
    /* domains, composite and range types (utype.c) */
    sc_vec utypes;              /* sc_utype* */
    sc_strmap *utype_map;       /* "schema.name" -> sc_utype* */
    /* extensions and collations */
    sc_vec extensions;          /* sc_extension*, by name */
    sc_vec collations;          /* sc_collation* */
    sc_strmap *extension_map;   /* name -> sc_extension* (created on first use) */
    sc_strmap *collation_map;   /* "schema.name" -> sc_collation* (created on first use) */
    /* functions, procedures and triggers (routine.c) */
    sc_vec functions;           /* sc_function* */
    sc_vec triggers;            /* sc_trigger* */
    sc_strmap *function_map;    /* sc_function_key -> sc_function* */
    sc_strmap *trigger_map;     /* "schema.table" US name -> sc_trigger* */
    /* COMMENT ON SCHEMA (issue 12): schema name -> comment, for schemas of
     * `schemas` and public (implicit; its stock comment is none); NULL until
     * one is set */
    sc_strmap *schema_comments;
    /* schema name -> sc_loc* of its `schema X { }` block (DSL), for the
     * errors that refuse a schema; NULL until one is set */
    sc_strmap *schema_locs;
    /* privileges and ownership (privilege.c): declared, or read when asked */
    sc_privs privs;
    /* memory (issue 10): source texts mapped from their files rather than
     * read (parser/load.c), unmapped with the model (srcmap.c) */
    sc_vec mapped;              /* sc_src* */
    /* funcdeps (issue 11): what calls or reads each function, as pg_depend
     * says (a catalog read whole); known false when the model did not come
     * from one (the diff then reads the
     * expressions' text) */
    sc_vec fn_users;            /* sc_fn_user*, in catalog order */
    bool fn_users_known;
    /* parts6 (issue 12): partition bounds' text values as a server sorted
     * them by their collation, "collation\x1fvalue" (collation "" for the
     * database's default) -> rank from 1; NULL when no server did
     * (pipeline/bound_order.c) */
    sc_strmap *text_order;
    /* parts7 (issue 12): the type and collation a server gave each
     * partition key expression, "schema\x1ftable\x1fi" (i from 0) ->
     * "type\x1fcollation" (collation as the model spells it, "" for none or
     * the database's default); NULL when no server did
     * (pipeline/key_types.c) */
    sc_strmap *key_types;
    /* DSL (issue 12): the COMMENT ON FUNCTION|PROCEDURE|AGGREGATE|ROUTINE|
     * TRIGGER statements read (sc_routine_comment*), put on their objects
     * once every file is parsed (sc_model_finish), as the objects may be
     * declared in any order and file; empty otherwise */
    sc_vec routine_comments;
} sc_model;

/* A schema's comment (arena string), or NULL; setting NULL removes none. */
void sc_model_set_schema_comment(sc_model *m, const char *schema, const char *comment);
const char *sc_model_schema_comment(const sc_model *m, const char *schema);
/* Where a schema is declared (its first `schema X { }` block), or a loc
 * with no source when it is not. */
void sc_model_set_schema_loc(sc_model *m, const char *schema, sc_loc loc);
sc_loc sc_model_schema_loc(const sc_model *m, const char *schema);

sc_model *sc_model_new(void);
void sc_model_free(sc_model *m);

/* Qualified-name key used by the maps: "schema.name" (arena string). */
const char *sc_qname(sc_arena *a, const char *schema, const char *name);

/* Adding objects. Each returns the new zeroed object with names set, or NULL
 * when the name is already taken (the caller reports the duplicate). */
bool sc_model_add_schema(sc_model *m, const char *name);
sc_table *sc_model_add_table(sc_model *m, const char *schema, const char *name);
sc_enum *sc_model_add_enum(sc_model *m, const char *schema, const char *name);
sc_sequence *sc_model_add_sequence(sc_model *m, const char *schema, const char *name);
sc_column *sc_table_add_column(sc_model *m, sc_table *t, const char *name);
/* The same when name is already a string of m's arena: kept, not copied. */
sc_column *sc_table_add_column_kept(sc_model *m, sc_table *t, const char *name);
/* Appends an existing column (e.g. another model's) to t's list and map. */
void sc_table_push_column(sc_model *m, sc_table *t, sc_column *c);
sc_constraint *sc_table_add_constraint(sc_model *m, sc_table *t, sc_con_kind kind);
sc_index *sc_table_add_index(sc_model *m, sc_table *t);
/* A policy of t; NULL when t has one of that name. */
sc_policy *sc_table_add_policy(sc_model *m, sc_table *t, const char *name);
sc_policy *sc_table_policy(const sc_table *t, const char *name);
const char *sc_policy_cmd_sql(sc_policy_cmd cmd);
/* Sets p->roles to roles (its items array is reordered in place) sorted and
 * without duplicates, so that the order roles are written in is never a
 * change; a list with `public` becomes the empty list (PUBLIC), as
 * PostgreSQL ignores the other roles then. */
void sc_policy_set_roles(sc_policy *p, sc_names roles);   /* "ALL", "SELECT", ... */
/* A view or materialized view; NULL when a view of that name exists (a
 * table of the same name is validation's to report). */
sc_view *sc_model_add_view(sc_model *m, const char *schema, const char *name);
sc_view_column *sc_view_add_column(sc_model *m, sc_view *v, const char *name);
sc_index *sc_view_add_index(sc_model *m, sc_view *v);
sc_ref *sc_view_add_ref(sc_model *m, sc_view *v, sc_ref_kind kind, const char *schema, const char *name,
                        const char *column);

/* Extensions and collations (objects_ext.c): NULL when the name is taken. */
sc_extension *sc_model_add_extension(sc_model *m, const char *name);
sc_collation *sc_model_add_collation(sc_model *m, const char *schema, const char *name);
sc_extension *sc_model_extension(const sc_model *m, const char *name);
sc_collation *sc_model_collation(const sc_model *m, const char *schema, const char *name);
/* The collation a column or index element names ("ci", "app.ci", quoted
 * spellings as stored): one of the model's, or NULL (a built-in one). */
const sc_collation *sc_model_collation_named(const sc_model *m, const char *collation);
/* The extension that installs type t (by its catalog membership), or NULL. */
const sc_extension *sc_model_type_extension(const sc_model *m, const sc_type *t);
/* Whether version `to` of an extension is known to come after `from`: both
 * dotted numbers ("1.10" after "1.9"). An extension's update scripts
 * (ALTER EXTENSION ... UPDATE TO) nearly always go up only. */
bool sc_extension_version_up(const char *from, const char *to);
/* The same definition (provider, locales, determinism). */
bool sc_collation_same(const sc_collation *x, const sc_collation *y);
/* Copies dst <- src's extensions and collations, their schemas through map
 * (NULL: as they are), those of the schemas keep accepts (NULL: all; an
 * extension that says no schema is always kept). */
void sc_model_share_ext(sc_model *dst, const sc_model *src,
                        const char *(*map)(const char *schema, void *arg),
                        bool (*keep)(const char *schema, void *arg), void *arg);
/* Sorting and freeing the maps (model.c calls these). */
void sc_model_sort_ext(sc_model *m);
void sc_model_free_ext(sc_model *m);

sc_table *sc_model_table(const sc_model *m, const char *schema, const char *name);
sc_enum *sc_model_enum(const sc_model *m, const char *schema, const char *name);
sc_sequence *sc_model_sequence(const sc_model *m, const char *schema, const char *name);
sc_view *sc_model_view(const sc_model *m, const char *schema, const char *name);
sc_view_column *sc_view_column_named(const sc_view *v, const char *name);
sc_column *sc_table_column(const sc_table *t, const char *name);
/* The same names in the same order. */
bool sc_names_equal(const sc_names *x, const sc_names *y);
sc_constraint *sc_table_primary_key(const sc_table *t);
/* t's index of that name, or NULL (name NULL: NULL). */
const sc_index *sc_table_index_named(const sc_table *t, const char *name);
/* t's constraint of that kind and name, or NULL. */
const sc_constraint *sc_table_constraint_named(const sc_table *t, sc_con_kind kind, const char *name);

/* Keeps a source text alive as long as the model (for locations). */
const sc_src *sc_model_add_src(sc_model *m, const char *path, const char *text, size_t len);
/* The same without a copy: the model takes the heap text (NUL-terminated)
 * and frees it. */
const sc_src *sc_model_adopt_src(sc_model *m, const char *path, char *text, size_t len);
/* The same for a text mapped from its file (mmap of len + 1 bytes, the last
 * one the zero fill of its page): the model unmaps it (srcmap.c). */
const sc_src *sc_model_adopt_mapped_src(sc_model *m, const char *path, const char *text, size_t len);
/* Gives the pages of m's mapped texts back to the system (their file's page
 * cache holds them): a text is read again from there only where a
 * diagnostic shows a line of it, after parsing is done. */
void sc_model_page_out_srcs(const sc_model *m);
void sc_model_unmap_srcs(sc_model *m);

/* Sharing objects between models (share.c): the new model points at the
 * source's objects, so the source must outlive it and nobody may modify
 * them through it. A table is added with its columns, indexes and the
 * constraints `keep` accepts (NULL: all). Types are schemas, enums and
 * sequences, filtered by f (NULL, or a NULL member: all, as they are). */
typedef enum { SC_SHARE_AS_IS, SC_SHARE_WITHOUT_OWNER, SC_SHARE_SKIP } sc_share_seq;
typedef struct sc_share_filter {
    bool (*schema)(const char *schema, void *arg);         /* objects of this schema at all */
    bool (*enumeration)(const sc_enum *e, void *arg);
    sc_share_seq (*sequence)(const sc_sequence *s, void *arg);
    void *arg;
} sc_share_filter;
sc_table *sc_model_share_table(sc_model *dst, const sc_table *t,
                               bool (*keep)(const sc_constraint *k, void *arg), void *arg);
void sc_model_share_types(sc_model *dst, const sc_model *src, const sc_share_filter *f);
/* A view with its columns, indexes and refs, as they are (NULL when the
 * name is taken). */
sc_view *sc_model_share_view(sc_model *dst, const sc_view *v);
/* The table t itself in dst (NULL when the name is taken): not a copy,
 * for a model that only reads it (a spliced or filtered one costs a
 * pointer a table, not a copy of each). t's model must outlive dst, and
 * nothing may modify t through dst. */
const sc_table *sc_model_link_table(sc_model *dst, const sc_table *t);

/* The same objects in other schemas: every schema name s (of objects, FK
 * targets, column types, what views read but functions) becomes map(s); "public" is kept as a schema of
 * the new model when map moves it. Objects that name no schema are shared
 * as above; the rest are copied. Expression text (and a view's query) is
 * left alone. */
sc_model *sc_model_reschema(const sc_model *src, const char *(*map)(const char *schema, void *arg),
                            void *arg);

/* SQLite compares identifiers ignoring ASCII case: a model like `to` whose
 * tables and columns that match an object of `from` only that way carry a
 * rename hint (renamed_from) naming the `from` spelling, so that a diff
 * renames them to the target's spelling (respell.c); NULL when none does.
 * The new model shares what it does not change with `to` (which must
 * outlive it). Free with sc_model_free. */
sc_model *sc_model_case_hints_sqlite(const sc_model *from, const sc_model *to);

/* Sorts every collection by (schema, name) so that all output is
 * deterministic whatever the source order; columns keep their order. */
void sc_model_sort(sc_model *m);

/* ---- functions, procedures and triggers (routine.c) -------------------- *
 * A routine is its CREATE statement: the DSL embeds the SQL text, the
 * catalog gives pg_get_functiondef / pg_get_triggerdef / sqlite_schema.sql.
 * Two routines are the same when their texts are (a declared one goes
 * through the scratch load first, so that both are the server's spelling). */
typedef struct sc_function {
    const char *schema, *name;
    /* the identity: argument types (IN, INOUT, VARIADIC) as format_type
     * spells them, ", "-separated: "integer, text"; "" for none */
    const char *args;
    const char *returns;        /* the result type's text; NULL for a procedure */
    bool procedure;
    /* a SQL-standard body (BEGIN ATOMIC ... END, RETURN expr): PostgreSQL
     * parses it when the function is created, so what it reads must exist
     * then, and it depends on them as a view does */
    bool sql_body;
    /* CREATE [OR REPLACE] FUNCTION|PROCEDURE ... as written (declared) or
     * as pg_get_functiondef spells it (read back); no trailing ';' */
    const char *sql;
    sc_vec refs;                /* sc_ref*: what the function's header reads (types) */
    sc_loc loc;
    /* funcdeps (issue 11): CREATE [OR REPLACE] AGGREGATE, its text as
     * declared or as the inspector builds it from pg_aggregate (PostgreSQL
     * has no pg_get_functiondef for one); a changed one is dropped and
     * created, never replaced (its state and result types may change) */
    bool aggregate;
    /* COMMENT ON FUNCTION|PROCEDURE|AGGREGATE (issue 12), NULL when none:
     * kept apart from the text, since CREATE OR REPLACE keeps a comment and
     * pg_get_functiondef does not show it */
    const char *comment;
} sc_function;

typedef enum { SC_TRIGGER_ORIGIN = 'O', SC_TRIGGER_DISABLED = 'D', SC_TRIGGER_REPLICA = 'R',
               SC_TRIGGER_ALWAYS = 'A' } sc_trigger_state;

typedef struct sc_trigger {
    const char *schema, *table, *name;   /* schema is the table's */
    /* CREATE [CONSTRAINT] TRIGGER ... (pg_get_triggerdef's spelling read
     * back), or SQLite's CREATE TRIGGER text as sqlite_schema holds it */
    const char *sql;
    bool sqlite;                /* a SQLite trigger (BEGIN ... END body) */
    char enabled;               /* sc_trigger_state; PostgreSQL only */
    const char *func_schema, *func_name;   /* PostgreSQL: EXECUTE FUNCTION's routine */
    sc_loc loc;
    sc_loc state_loc;           /* DSL: the ALTER TABLE ... TRIGGER that set `enabled` */
    const char *comment;        /* COMMENT ON TRIGGER (issue 12), NULL when none; PostgreSQL only */
} sc_trigger;

/* funcdeps (issue 11): one dependency of the catalog (pg_depend) between a
 * function and an object of a table. For every kind but SC_FNU_READS the
 * object calls the function (schema.name(args)); for SC_FNU_READS the
 * function (a SQL-standard body) reads column `name` of the table (NULL:
 * the table as a whole). For SC_FNU_FUNCTION the user is the function
 * schema.table(name): `table` holds its name and `name` its arguments. */
typedef enum {
    SC_FNU_DEFAULT = 'd', SC_FNU_GENERATED = 'g', SC_FNU_CHECK = 'k', SC_FNU_INDEX = 'i',
    SC_FNU_POLICY = 'p', SC_FNU_TRIGGER = 't', SC_FNU_FUNCTION = 'f', SC_FNU_READS = 'r',
    /* a domain's check (name: the check) or default (name NULL): `table`
     * holds the domain's name */
    SC_FNU_DOMAIN_CHECK = 'D', SC_FNU_DOMAIN_DEFAULT = 'e',
    /* fns7: users schemac does not model, named in warnings alone
     * (diff/fn_unmodelled.c): an operator (schema, table: its name, name:
     * "(left, right)"), a cast (schema "", table "source AS target"), an
     * operator family's support function (schema, table: the family, name:
     * its access method), and a view of a schema not compared (schema,
     * table: the view) */
    SC_FNU_OPERATOR = 'o', SC_FNU_CAST = 'c', SC_FNU_OPFAMILY = 'F', SC_FNU_VIEW = 'v'
} sc_fn_user_kind;

typedef struct sc_fn_user {
    sc_fn_user_kind kind;
    const char *fschema, *fname, *fargs;   /* the function */
    const char *schema, *table, *name;     /* the user (see above) */
} sc_fn_user;

/* funcdeps (issue 11): a collation named with its schema. A column, index
 * element, domain or attribute holds the collation it names as one string:
 * the bare name for one of public or pg_catalog (found through the search
 * path: "C", "en_US.utf8", "ci"), else "schema"."name" with both parts
 * double-quoted (quotes inside doubled), which is valid SQL as it is and
 * cannot be mistaken for a bare name with a dot in it. */
const char *sc_collation_ref(sc_arena *a, const char *schema, const char *name);
/* The parts of a qualified reference (arena strings); false for a bare name. */
bool sc_collation_ref_split(sc_arena *a, const char *ref, const char **schema, const char **name);
/* ref as the model keeps it (arena copy; NULL for NULL): "public"."x" is x
 * (a scratch load's public, aliased back, reads that way). */
const char *sc_collation_ref_canon(sc_arena *a, const char *ref);

/* funcdeps (calls.c): expr calls schema.name(...) (or name(...)
 * unqualified), outside strings; expr calls one of m's functions. */
bool sc_expr_calls(const char *expr, const char *schema, const char *name);
bool sc_model_calls_function(const sc_model *m, const char *expr);
/* fn(schema, name, arg) for each call site of expr, in text order (schema
 * "" when unqualified; a dollar-quoted body looked into as above), until
 * fn returns true. One scan, for a caller that matches the sites against
 * many functions at once (a map by name) instead of asking
 * sc_expr_calls of each. */
void sc_expr_call_sites(const char *expr, bool (*fn)(const char *schema, const char *name, void *arg), void *arg);

/* "aggregate", "procedure" or "function": the word SQL names f's kind with. */
const char *sc_function_kind_word(const sc_function *f);
/* "schema.name(args)": the map key of a function. */
const char *sc_function_key(sc_arena *a, const char *schema, const char *name, const char *args);
/* NULL when that identity is taken (the caller reports the duplicate). */
sc_function *sc_model_add_function(sc_model *m, const char *schema, const char *name, const char *args);
sc_function *sc_model_function(const sc_model *m, const char *schema, const char *name, const char *args);
sc_trigger *sc_model_add_trigger(sc_model *m, const char *schema, const char *table, const char *name);
sc_trigger *sc_model_trigger(const sc_model *m, const char *schema, const char *table, const char *name);
void sc_model_sort_routines(sc_model *m);
/* Puts `by` (same identity) in the place of `old` in m's list and map. */
void sc_model_replace_function(sc_model *m, const sc_function *old, sc_function *by);
void sc_model_replace_trigger(sc_model *m, const sc_trigger *old, sc_trigger *by);
/* dst points at src's functions and triggers (of the schemas `keep`
 * accepts; NULL: all), as sc_model_share_types does for types. */
void sc_model_share_routines(sc_model *dst, const sc_model *src, bool (*keep)(const char *schema, void *arg),
                             void *arg);
/* sql without a leading "CREATE [OR REPLACE] " (pointer into sql). */
const char *sc_routine_body_after_create(const char *sql);
/* The text without trailing blanks and ';' (arena). */
const char *sc_routine_trim(sc_arena *a, const char *sql);

/* ---- naming convention (naming.c) ------------------------------------ *
 * SQLAlchemy's recommended convention:
 *   pk_<table>  uq_<table>_<col0>  ix_<table>_<col0>  ck_<table>_<n>
 *   fk_<table>_<col0>_<reftable>
 * Names longer than 63 bytes are cut and given an 8-hex-digit hash suffix so
 * that they stay unique and deterministic. */
const char *sc_name_pk(sc_arena *a, const sc_table *t);
const char *sc_name_unique(sc_arena *a, const sc_table *t, const sc_names *cols);
const char *sc_name_index(sc_arena *a, const sc_table *t, const sc_index *ix);
const char *sc_name_check(sc_arena *a, const sc_table *t, const char *expr, int ordinal);
const char *sc_name_fk(sc_arena *a, const sc_table *t, const sc_constraint *fk);
const char *sc_name_truncate(sc_arena *a, const char *name);
/* issue 12: ex_<table>_<column0> for an exclusion constraint; and whether
 * op is an operator's name as PostgreSQL's grammar reads one (1 to 63 of
 * + - * / < > = ~ ! @ # % ^ & | ` ?), or one outside pg_catalog as the
 * catalog qualifies it: OPERATOR(schema.op) */
bool sc_exclusion_op_valid(const char *op);
const char *sc_name_exclude(sc_arena *a, const sc_table *t, const sc_constraint *k);

/* ---- validation (validate.c) ---------------------------------------- *
 * Semantic checks with locations: duplicates, unknown columns in keys,
 * indexes and constraints, FKs to unknown tables/columns, FK column count
 * mismatch, unknown types, names over 63 bytes. Resolves user types
 * (sets sc_type.is_user). Returns 0, or -1 with errors added. */
int sc_model_validate(sc_model *m, sc_diags *d);

/* ---- identifiers ------------------------------------------------------ */

/* true when `name` must be double-quoted in SQL: not [a-z_][a-z0-9_$]*, or
 * a reserved keyword. */
bool sc_ident_needs_quotes(const char *name);
/* Appends the identifier, quoted only where needed, "" doubled inside. */
struct sc_strbuf;
void sc_sb_ident(struct sc_strbuf *b, const char *name);
/* name in double quotes whatever it is, inner quotes doubled. */
void sc_sb_quoted_ident(struct sc_strbuf *b, const char *name);
/* schema.name, the schema left out when it is the default one. */
void sc_sb_qualified(struct sc_strbuf *b, const char *schema, const char *name);
/* A SQL string literal with '' doubled. */
void sc_sb_literal(struct sc_strbuf *b, const char *s);

/* ---- privileges and ownership (privilege.c) ---------------------------- */
/* The grant of (obj, schema, name, args, column, grantee), added empty when
 * there is none: privileges granted twice add up, as GRANT does. */
sc_grant *sc_privs_grant(sc_model *m, sc_priv_obj obj, const char *schema, const char *name, const char *args,
                         const char *column, const char *grantee);
/* The owner entry of an object; NULL when it has one already. */
sc_owner *sc_privs_add_owner(sc_model *m, sc_priv_obj obj, const char *schema, const char *name, const char *args);
sc_default_priv *sc_privs_default(sc_model *m, const char *role, const char *schema, char objtype,
                                  const char *grantee);
/* What PUBLIC has on an object of kind obj unless revoked (acldefault):
 * EXECUTE on functions, USAGE on types, nothing on the others. */
unsigned sc_priv_public_default(sc_priv_obj obj);
/* What `ALL` means on obj (a column when column is true). */
unsigned sc_priv_all(sc_priv_obj obj, bool column);
/* 'r', 'S', 'f', 'T', 'n' to its object kind (pg_default_acl's letters). */
sc_priv_obj sc_priv_defobj(char objtype);
/* "SELECT", ... for one bit; NULL for none. */
const char *sc_priv_name(unsigned bit);
/* A privilege's bit from its name (any case); 0 when unknown. */
unsigned sc_priv_parse(const char *name);
/* "TABLE", "SEQUENCE", "SCHEMA", "ROUTINE", "TYPE". */
const char *sc_priv_obj_sql(sc_priv_obj obj);
/* The same in lower case, for notes and labels: "table", ... */
const char *sc_priv_obj_word(sc_priv_obj obj);
/* The identity of an object as a string key ("t:schema.name", with args
 * and column): grants and owners of one object share it (tables and
 * sequences one namespace). Arena string. */
const char *sc_priv_key(sc_arena *a, sc_priv_obj obj, const char *schema, const char *name, const char *args,
                        const char *column);
/* "TABLE s.t", "SCHEMA s", "ROUTINE s.f(integer)", "TYPE s.t" */
void sc_sb_priv_object(struct sc_strbuf *b, sc_priv_obj obj, const char *schema, const char *name,
                       const char *args);
/* The same after the word kind: "table app.orders" for a note. */
void sc_sb_priv_named(struct sc_strbuf *b, const char *kind, sc_priv_obj obj, const char *schema,
                      const char *name, const char *args);
/* Sorts grants, owners and defaults so that two models list them alike. */
void sc_privs_sort(sc_model *m);
/* Appends src's grants, owners and defaults to dst's (the entries shared:
 * src must outlive dst); sc_model_sort folds what both hold. */
void sc_privs_share(sc_model *dst, const sc_model *src);
/* true when m declares or holds any of them */
bool sc_privs_any(const sc_model *m);
/* ---- partitioning and inheritance (issue 12 items 4-5; partition.c) ---- */

/* t's parents: the partitioned table of a partition, or its INHERITS list,
 * in order; fn is called once for each. */
void sc_table_each_parent(const sc_table *t, void (*fn)(const char *schema, const char *name, void *arg),
                          void *arg);
/* Whether t is a partition of, or inherits from, schema.name. */
bool sc_table_has_parent(const sc_table *t, const char *schema, const char *name);
/* Whether x and y have the same INHERITS list (order included). */
bool sc_table_inherits_same(const sc_table *x, const sc_table *y);
/* Adds one INHERITS parent (arena copies). */
void sc_table_add_inherits(sc_model *m, sc_table *t, const char *schema, const char *name);
/* t's parents' schemas through map (sc_model_reschema). */
void sc_table_reschema_parents(sc_model *dst, sc_table *t, const char *(*map)(const char *schema, void *arg),
                               void *arg);
/* Whether the table has anything of partitioning or inheritance (SQLite
 * refuses it). */
bool sc_table_has_partitioning(const sc_table *t);
/* SQLite has neither: an error at each such table (SC_ERR_UNSUPPORTED). */
size_t sc_refuse_sqlite_partitioning(const sc_model *m, sc_diags *d);
/* Validation of the parents (validate.c calls it before the tables' keys
 * and indexes): names without a schema resolved (the table's block, then
 * public), each parent declared, a partition's parent partitioned, no
 * table both a partition and a child, no cycle. Returns the errors added. */
size_t sc_partition_validate(sc_model *m, sc_diags *d);
/* parts7 (partition_own_key.c): a partition that declares a primary key
 * of its own while an ancestor has one (PostgreSQL copies the ancestor's):
 * a located error each. Called by sc_partition_validate. */
void sc_partition_own_keys_validate(const sc_model *m, sc_diags *d);
/* A column of t or, when t has none of that name, of one of its parents
 * (a partition's key or index names its parent's columns). */
const sc_column *sc_table_column_inherited(const sc_model *m, const sc_table *t, const char *name);
/* The same, names compared ignoring ASCII case, as SQLite matches them (the
 * DSL's checks of what checks and views name: accept what either engine
 * would). */
const sc_column *sc_table_column_inherited_ci(const sc_model *m, const sc_table *t, const char *name);
/* privs3 (inherit_options.c): the columns declared `with options` (an
 * INHERITS child's, or a partition's, column of its parent's with a default
 * or NOT NULL of its own) get their parent column's type (and its NOT
 * NULL, which the child cannot drop); an error where no parent has the
 * column, the table has no parent, or the column declares more than a
 * default and NOT NULL. A partition's becomes a plain partition column.
 * Called by sc_partition_validate once the parents are resolved. */
void sc_inherit_options_validate(sc_model *m, sc_diags *d);
/* The column of t's parents (not t's own), transitively, that t's column
 * `name` is: the first declared with a type (not `with options`); NULL
 * when none. */
const sc_column *sc_parent_column(const sc_model *m, const sc_table *t, const char *name);

/* ---- schema names (names.c; house2) ------------------------------------ */
/* schema, or SC_DEFAULT_SCHEMA when it is left out (NULL). */
const char *sc_schema_or_default(const char *schema);
/* Whether x and y name the same schema, a NULL one being the default. */
bool sc_schema_same(const char *x, const char *y);

/* ---- a partitioned table's foreign key added late (partition_fk.c; parts4) */
/* Whether foreign key fk of partitioned table t has the name of a
 * constraint of one of t's partitions (transitively): CREATE TABLE ...
 * PARTITION OF would copy fk onto it under fk's name, then fail at the
 * partition's own constraint; added to t once its partitions exist, PostgreSQL
 * names that partition's copy part_cols_fkey. `compile` adds such a key
 * after the tables (ddl.c), and the diff foresees the names so
 * (diff_partition_copies.c). */
bool sc_partition_fk_late(const sc_model *m, const sc_table *t, const sc_constraint *fk);
/* Whether x is a partition of t, or of one of t's partitions (transitively). */
bool sc_table_descends_from(const sc_model *m, const sc_table *x, const sc_table *t);

#endif
