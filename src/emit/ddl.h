/* ddl.h - DDL for one object at a time, per dialect.
 *
 * sc_emit_ddl() (ddl.c) orders whole models; these builders write the
 * statement (or the fragment of one) for a single object, so that the diff
 * emitters produce exactly the same text for CREATE TABLE, ADD COLUMN, ADD
 * CONSTRAINT, CREATE INDEX, ... as `schemac compile` does.
 *
 * Conventions: every builder APPENDS to an sc_strbuf; whole statements end in
 * ";\n" (no blank line after: callers separate objects); fragments (column
 * and constraint definitions) have no terminator and no newline. Builders that
 * can meet something the dialect cannot express return -1 after adding an
 * SC_ERR_UNSUPPORTED error naming the object (what was appended is then
 * unspecified), else 0. PostgreSQL-only statements (schemas, enum types,
 * sequences, comments) append nothing for SQLite unless said otherwise. */
#ifndef SC_DDL_H
#define SC_DDL_H

#include <stdbool.h>

#include "model/diag.h"
#include "model/model.h"
#include "model/strbuf.h"

/* ---- pieces ---------------------------------------------------------- */

/* sc_sb_ident / sc_sb_qualified for a dialect: for SQLite, also quotes the
 * few keywords SQLite cannot take bare though PostgreSQL can ("index",
 * "update", "set", "nothing", ...). */
void sc_ddl_ident(sc_strbuf *b, sc_dialect dialect, const char *name);
/* An expression as the dialect reads it: verbatim for PostgreSQL; for
 * SQLite, $$dollar-quoted$$ strings become '...' literals. */
void sc_ddl_expr(sc_strbuf *b, const char *expr, sc_dialect dialect);
void sc_ddl_qualified(sc_strbuf *b, sc_dialect dialect, const char *schema, const char *name);

/* The column type as declared in the dialect: PostgreSQL's canonical
 * spelling with modifiers and [] ("character varying(255)", "timestamp(3)
 * with time zone", "text[]"), user types qualified and quoted where needed.
 * SQLite declares the same text (see docs/sqlite.md); arrays are the
 * caller's problem there (sc_ddl_column_def reports them). */
void sc_ddl_type(sc_strbuf *b, const sc_type *t);

/* The type text SQLite declares column c of table t with (docs/sqlite.md:
 * Types): the database's declared text when read from SQLite, the DSL's
 * source text mapped where it is a PostgreSQL-only name, else the
 * canonical spelling. On SQLite this text is the column's type: diff
 * compares it (sc_type_declared_same). */
void sc_ddl_sqlite_column_type(sc_strbuf *b, const sc_table *t, const sc_column *c);

/* SQLite: the column's NOT NULL is the model's (a key or identity column),
 * not declared: left out of SQLite DDL, and not a NOT NULL for a SQLite
 * diff either. */
bool sc_ddl_sqlite_implicit_not_null(const sc_table *t, const sc_column *c);

/* A DEFAULT expression as the dialect accepts it after DEFAULT: literals
 * bare, other expressions parenthesised where the dialect needs it; SQLite
 * maps now()/CURRENT_TIMESTAMP to CURRENT_TIMESTAMP. */
void sc_ddl_default_expr(sc_strbuf *b, const char *expr, sc_dialect dialect);

/* One collation name after COLLATE (SQLite maps "C" and "POSIX" to BINARY). */
void sc_ddl_collation(sc_strbuf *b, const char *collation, sc_dialect dialect);

/* Column definition "name  type  [COLLATE c] [GENERATED ...] [DEFAULT e]
 * [NOT NULL]". name_width/type_width pad the name and type columns for
 * alignment inside CREATE TABLE (0: no padding, e.g. for ADD COLUMN).
 * SQLite: identity columns are declared INTEGER (the caller makes them the
 * single-column PRIMARY KEY), arrays and identity columns that are not the
 * table's single-column primary key are errors. The enum CHECK that SQLite
 * needs is NOT part of this: see sc_ddl_sqlite_enum_check. */
int sc_ddl_column_def(sc_strbuf *b, const sc_table *t, const sc_column *c, sc_dialect dialect,
                      int name_width, int type_width, sc_diags *d);
/* The widths sc_ddl_column_def would align a whole table's columns to. */
void sc_ddl_column_widths(const sc_table *t, sc_dialect dialect, int *name_width, int *type_width);

/* An identity's sequence options, each after `set` and before `sep`:
 * "START WITH 1 INCREMENT BY 1 ... NO CYCLE" (set "", sep " "), or
 * "SET START WITH 1 SET INCREMENT BY 1 ..." for ALTER COLUMN (set "SET "). */
void sc_ddl_identity_opts(sc_strbuf *b, const sc_identity_opts *o, const char *set, const char *sep);

/* Table constraint definition: "CONSTRAINT name PRIMARY KEY (a, b)",
 * "... UNIQUE (a)", "... CHECK (expr)", "... FOREIGN KEY (a) REFERENCES
 * s.t (b) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED". */
int sc_ddl_constraint_def(sc_strbuf *b, const sc_table *t, const sc_constraint *con,
                          sc_dialect dialect, sc_diags *d);

/* SQLite only: true when column c of t has an enum type of model m, and then
 * sc_ddl_sqlite_enum_check appends "CHECK (<column> IN ('a', 'b'))", without
 * a name (the declaration gives it none). */
bool sc_ddl_is_enum_column(const sc_model *m, const sc_column *c);
void sc_ddl_sqlite_enum_check(sc_strbuf *b, const sc_model *m, const sc_table *t, const sc_column *c);

/* ---- whole statements -------------------------------------------------- */

/* Decides whether a constraint (a foreign key; a partition's own
 * constraint of any kind, parts5; for the diff, a check that calls a
 * function created after the table, fns5) is written inside CREATE TABLE
 * (true) or left out (false: the caller adds it later with
 * sc_ddl_add_constraint). */
typedef bool (*sc_ddl_fk_filter)(const sc_constraint *fk, void *ctx);

/* CREATE TABLE with one column a line, aligned, then the constraints (PK,
 * UNIQUE, CHECK, FOREIGN KEY as in t->constraints; fk_filter NULL keeps every
 * one). m is needed for SQLite's enum checks (may be NULL for PostgreSQL). */
int sc_ddl_create_table(sc_strbuf *b, const sc_model *m, const sc_table *t, sc_dialect dialect,
                        sc_ddl_fk_filter fk_filter, void *fk_ctx, sc_diags *d);

/* CREATE [UNIQUE] INDEX name ON t [USING m] (elems) [INCLUDE (..)] [WHERE (..)];
 * SQLite: methods other than btree, INCLUDE, operator classes and NULLS
 * FIRST/LAST are errors. */
int sc_ddl_create_index(sc_strbuf *b, const sc_table *t, const sc_index *ix, sc_dialect dialect,
                        sc_diags *d);

/* PostgreSQL (issue 12): ALTER TABLE t ALTER COLUMN c SET STORAGE s for each
 * column of t with a storage of its own (sc_ddl_create_table writes them). */
void sc_ddl_column_storage(sc_strbuf *b, const sc_table *t);
/* tblprops6 (ddl_tblprops.c): ALTER COLUMN SET STATISTICS n (-1: the
 * default) of one column, or of every column of t that has one (after
 * CREATE TABLE); REPLICA IDENTITY as `to` has it; CLUSTER ON index (NULL:
 * SET WITHOUT CLUSTER); both of a new table once its indexes exist. */
void sc_ddl_set_statistics(sc_strbuf *b, const char *schema, const char *table, const char *column, int n);
void sc_ddl_column_statistics(sc_strbuf *b, const sc_table *t);
/* attopts7: what ADD COLUMN cannot say of column c of schema.table: SET
 * STORAGE, SET STATISTICS, SET (attribute options) (ddl_tblprops.c) */
void sc_ddl_column_after_add(sc_strbuf *b, const char *schema, const char *table, const sc_column *c);
void sc_ddl_replica_identity(sc_strbuf *b, const char *schema, const char *table, const sc_table *to);
void sc_ddl_cluster_on(sc_strbuf *b, const char *schema, const char *table, const char *index);
void sc_ddl_table_index_props(sc_strbuf *b, const sc_table *t);

/* PostgreSQL (issue 12): ALTER TABLE t SET (..), RESET (..), SET LOGGED /
 * UNLOGGED: what takes table `from`'s storage parameters and persistence to
 * `to`'s (nothing when they are the same); cur names the table as it is then. */
void sc_ddl_table_options(sc_strbuf *b, const sc_table *cur, const sc_table *from, const sc_table *to);
/* issue 12: ALTER TABLE|INDEX schema.name SET (...) / RESET (...) from one
 * set of storage parameters to another (ddl_table.c) */
void sc_ddl_params_alter(sc_strbuf *b, const char *kind, const char *schema, const char *name,
                         const sc_names *from, const sc_names *to);
/* attopts7: ALTER TABLE schema.table ALTER COLUMN column SET (...) /
 * RESET (...) from one set of attribute options to another (ddl_table.c) */
void sc_ddl_column_options_alter(sc_strbuf *b, const char *schema, const char *table, const char *column,
                                 const sc_names *from, const sc_names *to);
/* issue 12: the index of constraint `to` (named so, in t's schema) from
 * `from`'s storage parameters and tablespace to its own (ddl_exclusion.c) */
void sc_ddl_con_index_alter(sc_strbuf *b, const sc_table *t, const sc_constraint *from, const sc_constraint *to);
/* The same for a plain index (of a table or a materialized view) in
 * schema, named as `to` (SC_OP_INDEX_STORAGE; privs2). */
void sc_ddl_index_storage_alter(sc_strbuf *b, const char *schema, const sc_index *from, const sc_index *to);

/* ALTER TABLE t ADD CONSTRAINT ...; (PostgreSQL; an error for SQLite, which
 * cannot add constraints to an existing table). */
int sc_ddl_add_constraint(sc_strbuf *b, const sc_table *t, const sc_constraint *con,
                          sc_dialect dialect, sc_diags *d);

/* CREATE SCHEMA s; (an error for SQLite) */
/* at: where the schema is declared, for SQLite's refusal (sc_model_schema_loc) */
int sc_ddl_create_schema(sc_strbuf *b, const char *schema, sc_loc at, sc_dialect dialect, sc_diags *d);
/* CREATE TYPE e AS ENUM ('a', 'b'); (nothing for SQLite: enums become checks) */
int sc_ddl_create_enum(sc_strbuf *b, const sc_enum *e, sc_dialect dialect, sc_diags *d);
/* CREATE SEQUENCE s [AS t] [INCREMENT BY ...] ...; (an error for SQLite) */
int sc_ddl_create_sequence(sc_strbuf *b, const sc_sequence *s, sc_dialect dialect, sc_diags *d);
/* ALTER SEQUENCE s OWNED BY t.c; (nothing when the sequence is free-standing) */
void sc_ddl_sequence_owned_by(sc_strbuf *b, const sc_sequence *s);

/* COMMENT ON TABLE / COLUMN / TYPE / INDEX ... IS '...'; comment NULL writes
 * "IS NULL" (drops it). Nothing for SQLite, which stores no comments. */
void sc_ddl_comment_table(sc_strbuf *b, const sc_table *t, const char *comment, sc_dialect dialect);
void sc_ddl_comment_column(sc_strbuf *b, const sc_table *t, const sc_column *c, const char *comment,
                           sc_dialect dialect);
void sc_ddl_comment_enum(sc_strbuf *b, const sc_enum *e, const char *comment, sc_dialect dialect);
void sc_ddl_comment_index(sc_strbuf *b, const sc_table *t, const sc_index *ix, const char *comment,
                          sc_dialect dialect);
/* COMMENT ON CONSTRAINT k ON t / COMMENT ON SEQUENCE s (issue 12) */
void sc_ddl_comment_constraint(sc_strbuf *b, const sc_table *t, const sc_constraint *k, const char *comment,
                               sc_dialect dialect);
void sc_ddl_comment_sequence(sc_strbuf *b, const sc_sequence *s, const char *comment, sc_dialect dialect);
/* COMMENT ON SCHEMA s IS ...; (PostgreSQL) */
void sc_ddl_comment_schema(sc_strbuf *b, const char *schema, const char *comment);

/* ---- views (ddl_view.c) ------------------------------------------------ */

/* CREATE [OR REPLACE] [MATERIALIZED] VIEW s.v [(a, b)] [WITH (security_barrier,
 * security_invoker)] AS\n<query> [WITH LOCAL|CASCADED CHECK OPTION] [WITH NO
 * DATA]; (or_replace is ignored for materialized views). SQLite: a view read
 * from SQLite is written as the text sqlite_schema holds; materialized
 * views, options and indexes are errors. */
int sc_ddl_create_view(sc_strbuf *b, const sc_view *v, bool or_replace, sc_dialect dialect, sc_diags *d);
/* DROP [MATERIALIZED] VIEW s.v; */
void sc_ddl_drop_view(sc_strbuf *b, const sc_view *v, sc_dialect dialect);
/* CREATE INDEX ... ON the materialized view (an error for SQLite). */
int sc_ddl_create_view_index(sc_strbuf *b, const sc_view *v, const sc_index *ix, sc_dialect dialect,
                             sc_diags *d);
/* COMMENT ON [MATERIALIZED] VIEW / COMMENT ON COLUMN v.c (NULL: IS NULL). */
void sc_ddl_comment_view(sc_strbuf *b, const sc_view *v, const char *comment, sc_dialect dialect);
void sc_ddl_comment_view_column(sc_strbuf *b, const sc_view *v, const char *column, const char *comment,
                                sc_dialect dialect);
/* What follows CREATE VIEW for a whole view: its indexes, its comment and
 * its columns' comments. */
int sc_ddl_view_extras(sc_strbuf *b, const sc_view *v, sc_dialect dialect, sc_diags *d);

/* " IS 'text';\n" after COMMENT ON ..., " IS NULL;\n" when comment is NULL
 * (ddl_pg.c): the one tail of every COMMENT statement. */
void sc_ddl_comment_is(sc_strbuf *b, const char *comment);

/* ---- row level security (ddl_policy.c) -------------------------------- *
 * PostgreSQL only: for SQLite, sc_ddl_table_rls (when enabling or forcing)
 * and sc_ddl_create_policy return -1 with an SC_ERR_UNSUPPORTED error. */
int sc_ddl_table_rls(sc_strbuf *b, const sc_table *t, bool enable, bool force, sc_dialect dialect,
                     sc_diags *d);   /* ALTER TABLE ... ENABLE|DISABLE ROW LEVEL SECURITY */
void sc_ddl_table_rls_force(sc_strbuf *b, const sc_table *t, bool force);   /* [NO] FORCE ... */
int sc_ddl_create_policy(sc_strbuf *b, const sc_table *t, const sc_policy *p, sc_dialect dialect,
                         sc_diags *d);
void sc_ddl_drop_policy(sc_strbuf *b, const sc_table *t, const sc_policy *p);
/* ALTER POLICY with the roles and expressions that differ from `from`. */
void sc_ddl_alter_policy(sc_strbuf *b, const sc_table *t, const sc_policy *from, const sc_policy *to);
void sc_ddl_comment_policy(sc_strbuf *b, const sc_table *t, const sc_policy *p, const char *comment);

/* ---- domains, composite and range types (ddl_utype.c) ------------------- */

/* CREATE DOMAIN / CREATE TYPE ... AS (...) / AS RANGE (...) with what
 * follows it (a NOT VALID check is added after CREATE DOMAIN). SQLite: an
 * error located at the type. */
int sc_ddl_create_utype(sc_strbuf *b, const sc_utype *u, sc_dialect dialect, sc_diags *d);
/* COMMENT ON DOMAIN / TYPE ... IS ...; (NULL: IS NULL). */
void sc_ddl_comment_utype(sc_strbuf *b, const sc_utype *u, const char *comment);
/* ALTER DOMAIN d ADD CONSTRAINT k CHECK (e) [NOT VALID]; */
void sc_ddl_domain_add_check(sc_strbuf *b, const sc_utype *u, const sc_domain_check *k);
/* "a type [COLLATE c]": an attribute of a composite type. */
void sc_ddl_type_attr(sc_strbuf *b, const sc_type_attr *at);
/* What a dialect refuses of model m's utypes: for SQLite, each domain,
 * composite or range type, and each column of one, an SC_ERR_UNSUPPORTED
 * error where it is written (exit 6); -1 when any. Nothing for PostgreSQL. */
int sc_ddl_refuse_utypes(const sc_model *m, sc_dialect dialect, sc_diags *d);
/* ---- functions, procedures, triggers (ddl_routine.c) -------------------- */

/* The statement as the model holds it; or_replace: CREATE OR REPLACE. An
 * error for SQLite (no functions). */
int sc_ddl_create_function(sc_strbuf *b, const sc_function *f, bool or_replace, sc_dialect dialect, sc_diags *d);
/* DROP FUNCTION|PROCEDURE s.f(args); */
void sc_ddl_drop_function(sc_strbuf *b, const sc_function *f);
/* CREATE TRIGGER ...; with the ALTER TABLE that sets a state other than
 * enabled. A PostgreSQL trigger is an error for SQLite and the other way. */
int sc_ddl_create_trigger(sc_strbuf *b, const sc_trigger *t, sc_dialect dialect, sc_diags *d);
void sc_ddl_drop_trigger(sc_strbuf *b, const sc_trigger *t, sc_dialect dialect);
/* ALTER TABLE s.t ENABLE|DISABLE [ALWAYS|REPLICA] TRIGGER name; */
void sc_ddl_trigger_state(sc_strbuf *b, const sc_trigger *t);
/* issue 12: COMMENT ON FUNCTION|PROCEDURE|AGGREGATE s.f(args) IS ...; and
 * COMMENT ON TRIGGER name ON s.table IS ...; (table: the table's name when
 * the statement runs, NULL for t's own); comment NULL writes IS NULL. The
 * create builders above write them after a new object that has one. */
void sc_ddl_comment_function(sc_strbuf *b, const sc_function *f, const char *comment);
void sc_ddl_comment_trigger(sc_strbuf *b, const sc_trigger *t, const char *table, const char *comment);
/* compile: every function (before the tables: defaults and checks may call
 * them; bodies are not checked until used, as pg_dump does) and every
 * trigger (after the views). */
int sc_ddl_functions(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_diags *d);
/* types4: whether f's signature names a table's or view's row type of m
 * (sc_ddl_functions leaves it out). The functions over a table's row type
 * (views: false) or a view's (true) are written where sc_emit_ddl places
 * them (ddl_rowtype_fns.c): after the tables; a view's before the first
 * view that calls it (fns6), the rest after the views. */
bool sc_ddl_fn_over_rowtype(const sc_model *m, const sc_function *f);
typedef struct sc_ddl_rowfns {
    const sc_model *m;
    bool views;
    unsigned char *written;   /* per m->functions; those not of this set count as written (heap) */
    bool set;                 /* SET check_function_bodies written */
    int rc;
} sc_ddl_rowfns;
/* kinds: sc_ddl_rowtype_kinds(m) */
void sc_ddl_rowfns_init(sc_ddl_rowfns *s, const sc_model *m, const unsigned char *kinds, bool views,
                        sc_dialect dialect);
void sc_ddl_rowfns_free(sc_ddl_rowfns *s);
/* fn(view name) for each view the signature of an unwritten function of
 * that name (schema NULL: any) names: those views come first. */
void sc_ddl_rowfns_each_view(const sc_ddl_rowfns *s, const char *schema, const char *name,
                             void (*fn)(const char *, void *), void *arg);
/* fn(view name) for each view the signature of an unwritten function
 * that expr calls names. */
void sc_ddl_rowfns_each_view_called(const sc_ddl_rowfns *s, const char *expr, void (*fn)(const char *, void *),
                                    void *arg);
/* Writes the functions expr calls not written yet. */
void sc_ddl_rowfns_called(sc_strbuf *b, sc_ddl_rowfns *s, const char *expr, sc_diags *d);
/* Writes the functions of that name (schema NULL: any) not written yet. */
void sc_ddl_rowfns_named(sc_strbuf *b, sc_ddl_rowfns *s, const char *schema, const char *name, sc_diags *d);
/* Writes every one not written yet; -1 when one could not be. */
int sc_ddl_rowfns_rest(sc_strbuf *b, sc_ddl_rowfns *s, sc_diags *d);
/* fns6: per function of m, 2 when its signature names a view's row type
 * (written after the views), 1 a table's, else 0; fns7: 3 for a
 * SQL-standard body that calls a function of kind 2 or 3 (written after
 * the views by ddl_bodies.c); computed once a compile (heap: free it). */
unsigned char *sc_ddl_rowtype_kinds(const sc_model *m);
/* The highest of those kinds among the functions expr calls (3 counts as
 * 2: what calls it comes after the views). */
int sc_ddl_rowtype_call_kind(const sc_model *m, const unsigned char *kinds, const char *expr);
/* fns6 (ddl_rowtype_cols.c): t without the defaults and generated columns
 * that call a function over a row type (t itself when none; a copy in a
 * otherwise; a located error when such generated columns cannot be added
 * last), and those parts as ALTER TABLE (SET DEFAULT, ADD COLUMN), written
 * once the functions of that kind (sc_ddl_rowtype_call_kind) are. */
const sc_table *sc_ddl_table_early(sc_arena *a, const sc_model *m, const unsigned char *kinds, const sc_table *t,
                                   sc_diags *d);
/* fns7: with the checks of that kind too (kind 2: those of kind 1 are
 * the tables' constraints'), each after the functions and bodies it calls
 * (rowfns, bodies: NULL when written already); a table in `done` is
 * skipped, and put in it ("schema.table"; NULL: none). */
typedef struct sc_ddl_late {
    const unsigned char *kinds;
    struct sc_ddl_rowfns *rowfns;
    struct sc_ddl_bodies *bodies;
    sc_strmap *done;
    sc_strmap *pending;   /* the views not written yet: name -> their count (as uintptr_t); NULL: none */
} sc_ddl_late;
int sc_ddl_table_late(sc_strbuf *b, const sc_model *m, const sc_ddl_late *l, const sc_table *t, int kind,
                      sc_diags *d);
/* fns7: whether every view that t's parts of kind 2 need (through the
 * functions and bodies they call) is written (not in l->pending). */
bool sc_ddl_table_late_ready(const sc_model *m, const sc_ddl_late *l, const sc_table *t);
/* fns7: whether an index of the model calls a function over a view's
 * row type or a body that does (created after the views). */
bool sc_ddl_index_late(const sc_model *m, const unsigned char *kinds, const sc_index *ix);
/* fns7: whether t has parts that go after the views (kind 2). */
bool sc_ddl_table_has_late(const sc_model *m, const unsigned char *kinds, const sc_table *t);
int sc_ddl_triggers(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_diags *d);

/* ---- privileges and ownership (ddl_privilege.c) ------------------------ */
/* One grantee's grant on one object from `from` to `to` (either NULL:
 * none): REVOKEs then GRANTs, nothing when they are equal. */
void sc_ddl_grant_change(sc_strbuf *b, const sc_grant *from, const sc_grant *to);
/* ALTER TABLE|VIEW|...|DOMAIN x OWNER TO role; */
void sc_ddl_owner(sc_strbuf *b, const sc_owner *o, const char *role);
/* ALTER DEFAULT PRIVILEGES ... GRANT/REVOKE ...; from -> to, as grants. */
void sc_ddl_default_change(sc_strbuf *b, const sc_default_priv *from, const sc_default_priv *to);
/* Every owner, grant and default privilege of m as its statement: owners,
 * then grants, then default privileges. */
void sc_ddl_privilege_statements(sc_strbuf *b, const sc_model *m);
/* compile: every owner, grant and default privilege of m (PostgreSQL; last,
 * when every object exists). */
int sc_ddl_privileges(sc_strbuf *b, const sc_model *m, sc_dialect dialect);
/* ---- partitioning and inheritance (ddl_partition.c, issue 12 items 4-5) -- */

/* " PARTITION OF parent" for a partition (true), nothing otherwise. */
bool sc_ddl_partition_head(sc_strbuf *b, const sc_table *t);
/* " FOR VALUES ..." / " DEFAULT", " INHERITS (...)", " PARTITION BY ...". */
void sc_ddl_partition_tail(sc_strbuf *b, const sc_table *t);
/* partmig: a partition's column of its parent with a default or NOT NULL
 * of its own, in PARTITION OF's list: `c WITH OPTIONS DEFAULT ... NOT NULL`. */
void sc_ddl_partition_column(sc_strbuf *b, const sc_column *c);
/* partmig: after CREATE TABLE of partition t, a default of its parent's
 * that t's declared column does not have: ALTER COLUMN ... DROP DEFAULT
 * (PARTITION OF copies the parent's defaults). m may be NULL (nothing). */
void sc_ddl_partition_drop_defaults(sc_strbuf *b, const sc_model *m, const sc_table *t);
/* privs3: after CREATE TABLE t (...) INHERITS (...), the default and NOT
 * NULL of its own of each column it declares `with options`: ALTER TABLE t
 * ALTER COLUMN c SET DEFAULT / DROP DEFAULT (INHERITS copied the parent's)
 * / SET NOT NULL. m may be NULL (nothing). */
void sc_ddl_inherited_options(sc_strbuf *b, const sc_model *m, const sc_table *t);
/* ALTER TABLE parent ATTACH PARTITION t FOR VALUES ...; (t's parent and bound) */
void sc_ddl_attach_partition(sc_strbuf *b, const sc_table *t);
/* ALTER TABLE parent DETACH PARTITION t; (t's parent) */
void sc_ddl_detach_partition(sc_strbuf *b, const sc_table *t);
/* ALTER TABLE t [NO] INHERIT schema.name; */
void sc_ddl_inherit(sc_strbuf *b, const sc_table *t, const char *schema, const char *name, bool no);
/* funcdeps (ddl_funcdeps.c): a domain without the check(s) and default
 * that call one of m's functions (u itself when none does; a copy in a
 * otherwise), and those parts as ALTER DOMAIN, written after the functions. */
const sc_utype *sc_ddl_domain_early(sc_arena *a, const sc_model *m, const sc_utype *u);
struct sc_ddl_bodies;
/* after_bodies false: the parts that call no SQL-standard body (right after
 * the functions); true: those that call one (once every body is written). */
void sc_ddl_domains_late(sc_strbuf *b, const sc_model *m, const struct sc_ddl_bodies *bodies, bool after_bodies);

/* ---- funcdeps2: where compile writes SQL-standard bodies (ddl_bodies.c) -- */
/* Each function with a SQL-standard body is written before the first
 * object that calls it (bodies it calls first), the rest after the views. */
typedef struct sc_ddl_bodies {
    const sc_model *m;
    struct body **bodies;   /* heap */
    size_t n;
    int rc;                 /* -1 when one could not be written */
    /* fns6: while set, the functions over a view's row type a body calls
     * are written before it (PostgreSQL binds a SQL-standard body to the
     * functions it calls when it is created) */
    struct sc_ddl_rowfns *rowfns;
} sc_ddl_bodies;
/* Nothing to place for a dialect other than PostgreSQL. */
void sc_ddl_bodies_init(sc_ddl_bodies *s, const sc_model *m, sc_dialect dialect);
void sc_ddl_bodies_free(sc_ddl_bodies *s);
/* Writes each body expr calls that is not written yet. */
void sc_ddl_bodies_called(sc_strbuf *b, sc_ddl_bodies *s, const char *expr, sc_diags *d);
/* Whether expr calls one of the SQL-standard bodies. */
bool sc_ddl_bodies_calls(const sc_ddl_bodies *s, const char *expr);
/* Writes the bodies of that name (schema NULL: any) not written yet. */
void sc_ddl_bodies_named(sc_strbuf *b, sc_ddl_bodies *s, const char *schema, const char *name, sc_diags *d);
/* Writes every body not written yet. */
void sc_ddl_bodies_rest(sc_strbuf *b, sc_ddl_bodies *s, sc_diags *d);
/* fn(name) for each name the bodies that expr calls use (and the bodies
 * they call): the tables and views among them must exist first. */
void sc_ddl_bodies_each_read(const sc_ddl_bodies *s, const char *expr, void (*fn)(const char *, void *),
                             void *arg);
/* fns6: fn(text) for the text of each body of that name (schema NULL:
 * any) and of the bodies it calls, to a small depth. */
void sc_ddl_bodies_each_text_named(const sc_ddl_bodies *s, const char *schema, const char *name,
                                   void (*fn)(const char *, void *), void *arg);
/* The same for the bodies of that name (schema NULL: any). */
void sc_ddl_bodies_each_read_named(const sc_ddl_bodies *s, const char *schema, const char *name,
                                   void (*fn)(const char *, void *), void *arg);

#endif
