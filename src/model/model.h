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
#define SC_PG_NAMEDATALEN 63   /* longest identifier PostgreSQL keeps, in bytes */

typedef enum { SC_DIALECT_POSTGRESQL, SC_DIALECT_SQLITE } sc_dialect;
const char *sc_dialect_name(sc_dialect d);          /* "postgresql" / "sqlite" */
int sc_dialect_from_name(const char *s, sc_dialect *out);   /* 0 ok, -1 unknown */

/* A list of names (column lists of keys and indexes). */
typedef struct sc_names {
    const char **items;
    size_t n;
} sc_names;

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

/* Fields are ordered so that the small ones share a word: a model holds
 * one of these per column of every table. */
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
    const char *default_expr;   /* SQL text, NULL when none */
    const char *generated;      /* GENERATED ALWAYS AS (expr) STORED: the expr, or NULL
                                   (VIRTUAL when generated_virtual, below) */
    const char *collation;      /* NULL when the type's default */
    const char *comment;        /* NULL when none */
    const char *renamed_from;   /* rename hint from the DSL, NULL otherwise */
    sc_loc loc;                 /* the column's name */
    sc_loc type_loc;
} sc_column;

/* Where the column's type is written (DSL), or no location. */
sc_loc sc_column_type_loc(const sc_column *c);

typedef enum __attribute__((packed)) {
    SC_CON_PRIMARY_KEY, SC_CON_UNIQUE, SC_CON_CHECK, SC_CON_FOREIGN_KEY
} sc_con_kind;

typedef struct sc_constraint {
    sc_con_kind kind;
    bool name_explicit;         /* false: diff matches it by definition, not by name */
    bool deferrable, initially_deferred;
    sc_fk_action on_delete, on_update;   /* FOREIGN KEY */
    const char *name;           /* always set: explicit or from the naming convention */
    sc_names columns;           /* PK, UNIQUE, FK local columns */
    const char *check_expr;     /* CHECK */
    /* FOREIGN KEY */
    const char *ref_schema, *ref_table;
    sc_names ref_columns;
    sc_loc loc;
    sc_loc *column_locs;        /* one per column when known (DSL), else NULL */
    sc_loc *ref_column_locs;
} sc_constraint;

typedef enum { SC_NULLS_DEFAULT = 0, SC_NULLS_FIRST, SC_NULLS_LAST } sc_nulls;

typedef struct sc_index_elem {
    const char *column;         /* a plain column, or NULL when expr is set */
    const char *expr;           /* an expression, without outer parentheses */
    const char *collation;      /* NULL when none */
    const char *opclass;        /* NULL when default */
    bool desc;
    sc_nulls nulls;
    sc_loc loc;
} sc_index_elem;

typedef struct sc_index {
    const char *name;
    bool name_explicit;
    bool unique;
    const char *method;         /* NULL means btree */
    sc_index_elem *elems;
    size_t nelems;
    sc_names include;
    sc_loc *include_locs;       /* one per include column when known (DSL), else NULL */
    const char *where;          /* partial-index predicate, or NULL */
    const char *comment;
    sc_loc loc;
    /* SQLite: the CREATE INDEX text as sqlite_schema holds it (read back),
     * NULL otherwise: a migration re-creates the index with it, byte for byte */
    const char *sqlite_sql;
} sc_index;

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
    /* SQLite: the CREATE TRIGGER texts on this table, verbatim. Triggers are
     * not modelled (the inspector warns), but a table rebuild drops them
     * with the table, so it must put these back. */
    sc_vec raw_triggers;        /* const char* */
    /* SQLite-only table options (PostgreSQL ignores them): AUTOINCREMENT on
     * the INTEGER PRIMARY KEY (rowid alias) column, WITHOUT ROWID, STRICT. */
    bool sqlite_autoincrement;
    bool sqlite_without_rowid;
    bool sqlite_strict;
    /* SQLite: the CREATE TABLE text as sqlite_schema holds it (read back),
     * NULL otherwise: a migration to this table (a rebuild, a new table)
     * creates it with that text, so that the database holds what the
     * target does, byte for byte. */
    const char *sqlite_sql;
    /* Row level security (PostgreSQL): ENABLE / FORCE and the policies. */
    bool rls_enabled, rls_forced;
    sc_vec policies;            /* sc_policy*, sorted by name */
} sc_table;

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
} sc_model;

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

sc_table *sc_model_table(const sc_model *m, const char *schema, const char *name);
sc_enum *sc_model_enum(const sc_model *m, const char *schema, const char *name);
sc_sequence *sc_model_sequence(const sc_model *m, const char *schema, const char *name);
sc_view *sc_model_view(const sc_model *m, const char *schema, const char *name);
sc_view_column *sc_view_column_named(const sc_view *v, const char *name);
sc_column *sc_table_column(const sc_table *t, const char *name);
/* The same names in the same order. */
bool sc_names_equal(const sc_names *x, const sc_names *y);
sc_constraint *sc_table_primary_key(const sc_table *t);

/* Keeps a source text alive as long as the model (for locations). */
const sc_src *sc_model_add_src(sc_model *m, const char *path, const char *text, size_t len);
/* The same without a copy: the model takes the heap text (NUL-terminated)
 * and frees it. */
const sc_src *sc_model_adopt_src(sc_model *m, const char *path, char *text, size_t len);

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
/* schema.name, the schema left out when it is the default one. */
void sc_sb_qualified(struct sc_strbuf *b, const char *schema, const char *name);
/* A SQL string literal with '' doubled. */
void sc_sb_literal(struct sc_strbuf *b, const char *s);

#endif
