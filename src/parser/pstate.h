/* pstate.h - the state of one DSL parse (internal to src/parser and the
 * grammar). There is no global state: the scanner and the parser both get
 * this through %param / yyextra, so that parses can run side by side. */
#ifndef SC_PSTATE_H
#define SC_PSTATE_H

#include <stdbool.h>
#include <stdint.h>

#include "model/model.h"

/* A token's or a rule's place: byte offsets [start, end) in the source.
 * Turned into line:col only when a diagnostic is formatted. */
typedef struct sc_span {
    uint32_t start, end;
} sc_span;

/* A possibly qualified name as written; strings live in the model arena. */
typedef struct sc_qn {
    const char *schema, *name;   /* schema NULL when not written */
    sc_span span;
} sc_qn;

/* Lists being built by the grammar live on the heap until the rule that
 * uses them copies them into the model; %destructor frees them when error
 * recovery throws them away. */
typedef struct sc_namelist {
    const char **names;
    sc_span *spans;
    size_t n, cap;
} sc_namelist;

typedef struct sc_elemlist {
    sc_index_elem *items;
    size_t n, cap;
} sc_elemlist;

/* Foreign key options after REFERENCES. */
typedef struct sc_fkopts {
    sc_fk_action on_delete, on_update;
    bool deferrable, initially_deferred;
    bool not_deferrable;     /* `not deferrable` written (the default, said out loud) */
    sc_span not_deferrable_span;
    sc_span deferred_span;   /* where `initially deferred` is, when written */
    /* issue 12's options, and where each kind of option is written (end 0:
     * not written), so that one a kind does not take is refused there */
    bool nulls_not_distinct, no_inherit, not_valid, match_full;
    sc_span action_span, defer_span, nnd_span, inherit_span, valid_span, match_span;
    /* issue 12: the index of a key or an exclusion constraint (WITH (...),
     * USING INDEX TABLESPACE T), and an exclusion's own clauses (USING
     * method, INCLUDE (...), WHERE (...)); arena values */
    sc_names index_options;
    const char *index_tablespace;
    sc_span ixopt_span;
    const char *method, *where;
    sc_names include;
    sc_loc *include_locs;
    sc_span excl_span;
    bool clustered;          /* tblprops6: CLUSTER ON its index */
    sc_span clustered_span;
} sc_fkopts;

/* SQLite's table options, as written in a `sqlite ...` table item. */
typedef enum {
    SC_PB_SQLITE_AUTOINCREMENT, SC_PB_SQLITE_STRICT, SC_PB_SQLITE_WITHOUT_ROWID, SC_PB_SQLITE_NOPTS
} sc_pb_sqlite_opt;

/* Index options after the element list. */
typedef struct sc_ixopts {
    const char *method, *where, *comment;
    sc_namelist *include;
    bool nulls_not_distinct;
    sc_span nnd_span;
    sc_namelist *options;    /* with (name = value, ...), or NULL */
    const char *tablespace;
    bool clustered;          /* tblprops6: the table's CLUSTER ON index */
} sc_ixopts;

/* How deep parentheses may nest in a .sch file. Far beyond any real
 * expression, far below what the parser's stack and the expression code
 * after it (PostgreSQL's parser among them) can take. */
#define SC_MAX_NESTING 256

typedef struct sc_pstate {
    sc_model *m;
    sc_diags *d;
    const sc_src *src;
    void *scanner;
    sc_strmap *idents;       /* lower-cased identifier -> its one arena copy (sc_pb_lower) */

    /* scanner bookkeeping */
    uint32_t off;            /* byte offset of the next token */
    uint32_t prev_end;       /* end of the last token handed to the parser */
    int last_tok;            /* kind of that token (NL suppression) */
    bool eof_seen;
    uint32_t *parens;        /* offsets of the open '(' (heap stack) */
    size_t nparens, capparens;
    int *brace_kind;         /* per open '{': the keyword that opened it */
    uint32_t *brace_off;
    size_t nbraces, capbraces;
    int pending_kind;        /* table/enum/sequence/schema keyword awaiting its '{' */
    int item_tok;            /* first token of the current table item ... */
    sc_span item_span;       /* ... and where it is */
    int item_ntok;           /* tokens read since the item began */
    uint32_t dolq_start;     /* the open dollar-quoted string: where it starts ... */
    uint32_t dolq_len;       /* ... and its delimiter's length ($tag$) */
    const char *in_next;     /* the source text not yet given to the scanner ... */
    size_t in_left;          /* ... and its length (sc_lex_input) */
    /* memory (issue 10): a mapped text's pages go back to the page cache
     * behind the scanner (sc_lex_input), up to paged_out bytes from its start */
    bool mapped;
    size_t paged_out;

    /* grammar context */
    const char *block;       /* enclosing `schema X { }`, or NULL */
    const char *block_name;  /* the name after the last `schema` keyword */
    sc_table *table;         /* table being parsed */
    sc_column *col;          /* column being parsed */
    sc_sequence *seq;        /* sequence being parsed */
    sc_view *view;           /* view being parsed (its index items go there) */
    sc_span view_opt[2];     /* where security_barrier / security_invoker are written */
    sc_span view_check;      /* where `with ... check option` is (end 0: not written) */
    sc_span view_data;       /* where `with [no] data` is */
    sc_span sqlite_opt[SC_PB_SQLITE_NOPTS];   /* where the table's SQLite options are (end 0: not given) */
    sc_policy *policy;       /* policy being parsed (NULL after a duplicate name) */
    unsigned policy_given;   /* SC_PB_POLICY_* clauses written in it */
    sc_span rls_span;        /* where `row level security` is (end 0: not written) */
    sc_span replica_span;    /* tblprops6: where `replica identity` is (end 0: not written) */
    sc_vec scratch;          /* sc_table* stand-ins for duplicates (column maps to free) */
    sc_extension *ext;       /* extension being parsed (build_ext.c) */
    sc_collation *coll;      /* collation being parsed (build_ext.c) */
    sc_span coll_span;       /* its name, for errors about the whole definition */
    unsigned coll_given;     /* the options given so far (bits), for "given twice" */
    sc_identity_given idopt; /* `identity (start 100 ...)` being read (issue 12) ... */
    bool idopt_set;          /* ... and whether it was written */
    sc_constraint *last_con; /* the constraint the last table item made (its comment goes there) */
    int nerrors;
    /* domains, composite and range types */
    sc_utype *utype;         /* the one being parsed (a stand-in for a duplicate) */
    sc_type_attr *attr;      /* its last attribute */
    sc_span utype_clause[3]; /* where a domain's not null / default / collate is (end 0: not given) */
} sc_pstate;

/* The scanner front (parse.c): keeps the bookkeeping above. */
union SC_YYSTYPE;
int sc_lex_next(void *lval, sc_span *lloc, sc_pstate *ps);
/* The scanner's YY_INPUT: the next piece of the source text, copied into
 * flex's own buffer (a copy of the whole text would be one more). */
size_t sc_lex_input(sc_pstate *ps, char *buf, size_t max);
/* Called by the scanner's rules. */
bool sc_lex_newline(sc_pstate *ps);
void sc_lex_error(sc_pstate *ps, uint32_t off, uint32_t len, const char *msg);

/* functions, procedures, triggers (lex_routine.c, build_routine.c): a top
 * level `create ...;` / `alter ...;` / `grant ...;` / `comment on ...;`
 * read as one RAWSQL token */
bool sc_lex_starts_raw(const sc_pstate *ps, int tok, sc_span s, int last_tok);
int sc_lex_raw_statement(void *lval, sc_span *lloc, sc_pstate *ps);
void sc_pb_routine(sc_pstate *ps, sc_span s);

/* Model building (build.c); every string argument is arena-owned. */
sc_loc sc_pb_loc(const sc_pstate *ps, sc_span s);
const char *sc_pb_text(sc_pstate *ps, sc_span s);
const char *sc_pb_lower(sc_pstate *ps, sc_span s);
const char *sc_pb_inner(sc_pstate *ps, sc_span open, sc_span close);
/* An error at its place when the source text s does not parse as a
 * PostgreSQL expression (expr) or, for an index element `f(...)`, a call
 * (expr_syntax.c). */
void sc_pb_sql_check(sc_pstate *ps, sc_span s, bool expr);
/* Text kept as written between parentheses that is not an expression (a
 * partition bound or key): it must still be text the model can carry
 * (sc_expr_check: it scans as SQL), else the JSON written from the model
 * does not load back. An error at its place (expr_syntax.c). */
void sc_pb_raw_check(sc_pstate *ps, sc_span s);
const char *sc_pb_string(sc_pstate *ps, sc_span s);   /* unescaped '...' */
sc_namelist *sc_names_new(const char *name, sc_span s);
sc_namelist *sc_names_add(sc_namelist *l, const char *name, sc_span s);
void sc_names_free(sc_namelist *l);
sc_elemlist *sc_elems_add(sc_elemlist *l, const sc_index_elem *e);
/* One storage or operator class parameter `name = value` (op: where the
 * operator is, which must be "="): "name=value" as PostgreSQL keeps it. */
const char *sc_pb_param(sc_pstate *ps, const char *name, sc_span op, const char *value);
void sc_elems_free(sc_elemlist *l);

void sc_pb_schema(sc_pstate *ps, const char *name, sc_span s);
/* `schema NAME [{ ... }] comment '...'` (issue 12); comment may be NULL */
void sc_pb_schema_comment(sc_pstate *ps, const char *name, const char *comment, sc_span s);
void sc_pb_enum(sc_pstate *ps, const sc_qn *qn, sc_namelist *labels, const char *comment);
void sc_pb_sequence_begin(sc_pstate *ps, const sc_qn *qn);
sc_sequence *sc_pb_seq(sc_pstate *ps);
void sc_pb_seq_type(sc_pstate *ps, sc_span type);
/* Extensions and collations (build_ext.c). */
void sc_pb_extension_begin(sc_pstate *ps, const char *name, sc_span s);
void sc_pb_extension_schema(sc_pstate *ps, const char *schema, sc_span s);
void sc_pb_extension_version(sc_pstate *ps, const char *version, sc_span s);
void sc_pb_collation_begin(sc_pstate *ps, const sc_qn *qn);
void sc_pb_collation_opt(sc_pstate *ps, const char *opt, sc_span opt_span, const char *val, sc_span val_span,
                         bool quoted);
void sc_pb_collation_end(sc_pstate *ps, const char *comment);   /* comment: issue 12, NULL when none */
void sc_pb_table_begin(sc_pstate *ps, const sc_qn *qn);
void sc_pb_table_end(sc_pstate *ps);
void sc_pb_column(sc_pstate *ps, const char *name, sc_span name_span, sc_span type_span);
/* privs3: `c with options` (word: the word after `with`, which must be
 * `options`): a parent's column with options of its own; its type is set
 * from the parent's by sc_partition_validate (build_partition.c). */
void sc_pb_column_with_options(sc_pstate *ps, const char *name, sc_span name_span, const char *word,
                               sc_span word_span);
void sc_pb_col_default(sc_pstate *ps, const char *expr);
void sc_pb_col_identity(sc_pstate *ps, sc_identity kind);
void sc_pb_col_storage(sc_pstate *ps, const char *name, sc_span s);
void sc_pb_col_compression(sc_pstate *ps, const char *name, sc_span s);
/* tblprops6 (build_tblprops.c): `statistics N`, `replica identity ...` */
void sc_pb_col_statistics(sc_pstate *ps, const char *number, sc_span s);
void sc_pb_replica_identity(sc_pstate *ps, char kind, const char *index, sc_span s);
/* attopts7 (build_tblprops.c): a column's `statistics (name = value, ...)` */
void sc_pb_col_options(sc_pstate *ps, sc_namelist *l, sc_span s);
/* The model's NOT NULL of a key or identity column that the DSL does not
 * write: not_null, and sqlite_implicit_not_null unless already NOT NULL. */
void sc_pb_imply_not_null(sc_column *c);
void sc_pb_col_null(sc_pstate *ps);
void sc_pb_type_mod(sc_pstate *ps, const char *text, sc_span s);
void sc_pb_col_key(sc_pstate *ps, sc_con_kind kind, const char *name, const sc_fkopts *o, sc_span s);
void sc_pb_col_check(sc_pstate *ps, const char *name, const char *expr, const sc_fkopts *o, sc_span s);
void sc_pb_col_ref(sc_pstate *ps, const char *name, const sc_qn *ref, sc_namelist *cols,
                   const sc_fkopts *o, sc_span s);
void sc_pb_key(sc_pstate *ps, sc_con_kind kind, const char *name, sc_namelist *cols,
               const sc_fkopts *o, sc_span s);
void sc_pb_check(sc_pstate *ps, const char *name, const char *expr, const sc_fkopts *o, sc_span s);
void sc_pb_fk(sc_pstate *ps, const char *name, sc_namelist *cols, const sc_qn *ref,
              sc_namelist *refcols, const sc_fkopts *o, sc_span s);
void sc_pb_index(sc_pstate *ps, bool unique, const char *name, sc_elemlist *elems,
                 sc_ixopts *o, sc_span s);
/* issue 12: an exclusion constraint, `exclude [NAME] (elem with op, ...)
 * [options]` (build_exclusion.c); elems is taken; method: SQL's `exclude
 * using m (...)`, NULL when the method comes after the elements or not at all. */
void sc_pb_exclude(sc_pstate *ps, const char *name, const char *method, sc_span method_span,
                   sc_elemlist *elems, const sc_fkopts *o, sc_span s);
/* The options after a constraint set on k, those its kind does not take
 * refused at their place (build.c). */
void sc_pb_con_options(sc_pstate *ps, sc_constraint *k, const sc_fkopts *o);
/* An element's operator: the source text of span s, which must hold no blank. */
const char *sc_pb_excl_op(sc_pstate *ps, sc_span s);
/* The comment written after a table item's constraint (issue 12). */
void sc_pb_con_comment(sc_pstate *ps, const char *comment);
void sc_pb_sqlite_option(sc_pstate *ps, sc_pb_sqlite_opt opt, sc_span s);
/* What SQLite refuses of a table's options (AUTOINCREMENT without an
 * INTEGER PRIMARY KEY, ...): errors located at opt[] (where each option is
 * written; no location for a model from JSON). Returns how many. */
int sc_check_sqlite_options(const sc_table *t, const sc_loc opt[SC_PB_SQLITE_NOPTS], sc_diags *d);

/* Shared by the builders: a heap list moved into the model (freed), with
 * one location per name when locs is not NULL; an error counted in ps. */
sc_names sc_pb_take_names(sc_pstate *ps, sc_namelist *l, sc_loc **locs);
sc_diag *sc_pb_error(sc_pstate *ps, sc_span s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void sc_pb_note_first(sc_pstate *ps, sc_loc first);
const char *sc_pb_schema_of(const sc_pstate *ps, const sc_qn *qn);

/* Views (build_view.c). */
void sc_pb_view_begin(sc_pstate *ps, bool materialized, const sc_qn *qn);
void sc_pb_view_end(sc_pstate *ps);
void sc_pb_view_columns(sc_pstate *ps, sc_namelist *cols);
void sc_pb_view_option(sc_pstate *ps, const char *name, sc_span s);
void sc_pb_view_query(sc_pstate *ps, sc_span open, sc_span close);
void sc_pb_view_check(sc_pstate *ps, sc_check_option opt, sc_span s);
void sc_pb_view_data(sc_pstate *ps, bool no_data, sc_span s);
void sc_pb_view_comment(sc_pstate *ps, const char *comment);
void sc_pb_view_renamed(sc_pstate *ps, const char *old);
void sc_pb_view_column(sc_pstate *ps, const char *name, sc_span s, const char *comment);
/* An index item of a materialized view (sc_pb_index calls it). */
void sc_pb_view_index(sc_pstate *ps, sc_index *ix);

/* Row level security and policies of a table (build_policy.c). */
enum { SC_PB_POLICY_AS = 1, SC_PB_POLICY_FOR = 2, SC_PB_POLICY_TO = 4, SC_PB_POLICY_USING = 8,
       SC_PB_POLICY_CHECK = 16, SC_PB_POLICY_COMMENT = 32 };
void sc_pb_rls(sc_pstate *ps, bool enabled, bool forced, sc_span s);
void sc_pb_policy_begin(sc_pstate *ps, const char *name, sc_span s);
/* One clause of the policy being parsed: `what` is its SC_PB_POLICY_* bit;
 * a clause written twice is an error located at s. */
bool sc_pb_policy_clause(sc_pstate *ps, unsigned what, sc_span s);
void sc_pb_policy_roles(sc_pstate *ps, sc_namelist *roles);

/* Domains, composite and range types (build_utype.c). */
void sc_pb_domain_begin(sc_pstate *ps, const sc_qn *qn, sc_span type);
void sc_pb_utype_begin(sc_pstate *ps, sc_utype_kind kind, const sc_qn *qn);
void sc_pb_utype_end(sc_pstate *ps, const char *comment);
void sc_pb_domain_not_null(sc_pstate *ps, bool not_null, sc_span s);
void sc_pb_domain_default(sc_pstate *ps, const char *expr, sc_span s);
void sc_pb_domain_collate(sc_pstate *ps, const char *collation, sc_span s);
void sc_pb_domain_check(sc_pstate *ps, const char *name, const char *expr, bool not_valid, sc_span s);
void sc_pb_domain_not_valid(sc_pstate *ps, sc_span s);
void sc_pb_utype_attr(sc_pstate *ps, const char *name, sc_span name_span, sc_span type, const char *collation);
void sc_pb_utype_attr_renamed(sc_pstate *ps, const char *old);
void sc_pb_range_option(sc_pstate *ps, const char *name, sc_span name_span, sc_span op, sc_span value);

/* Partitioning and inheritance of the table being parsed (build_partition.c,
 * issue 12 items 4-5). */
void sc_pb_partition_by(sc_pstate *ps, const char *strategy, const char *key, sc_span s);
void sc_pb_partition_of(sc_pstate *ps, const sc_qn *parent, const char *bound, sc_span s);
void sc_pb_inherits(sc_pstate *ps, const sc_qn *parent);
/* "FOR VALUES <kind> (a) [TO (b)]": arena string. */
const char *sc_pb_bound(sc_pstate *ps, const char *kind, const char *a, const char *b);

#endif
