/* schemac.y - the grammar of the schema DSL (.sch), see docs/dsl.md.
 *
 * A pure (reentrant) parser in the style of jq's src/parser.y: no globals,
 * the state comes in through %param, locations are byte offsets (sc_span)
 * that become file:line:col only when a diagnostic is formatted. The rule
 * actions are thin: they call the model builders of src/parser/build.c.
 *
 * Semantic values are either arena strings (owned by the model being built,
 * so never leaked) or heap lists that the using rule hands over to the
 * model; %destructor frees the lists that error recovery throws away.
 *
 * Parenthesised expressions are raw SQL: `paren` accepts any balanced run
 * of tokens and the action takes the source text between the parentheses. */
%require "3.8"
%define api.pure full
%define api.prefix {sc_yy}
%define api.location.type {sc_span}
%define parse.error custom
%define parse.lac full
%locations
%param {sc_pstate *ps}

%code requires {
#include <stdbool.h>
#include "parser/pstate.h"
}

%code provides {
int sc_yyparse(sc_pstate *ps);
}

%code {
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parser/keywords.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                         \
    do {                                                    \
        if (N) {                                            \
            (Cur).start = YYRHSLOC(Rhs, 1).start;           \
            (Cur).end = YYRHSLOC(Rhs, N).end;               \
        } else {                                            \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; \
        }                                                   \
    } while (0)

static int sc_yylex(SC_YYSTYPE *lval, sc_span *lloc, sc_pstate *ps)
{
    return sc_lex_next(lval, lloc, ps);
}

static void sc_yyerror(sc_span *loc, sc_pstate *ps, const char *msg)
{
    sc_lex_error(ps, loc->start, loc->end - loc->start, msg);
}

static sc_qn qn1(const char *name, sc_span s)
{
    sc_qn q = {NULL, name, s};
    return q;
}

static sc_qn qn2(const char *schema, const char *name, sc_span s)
{
    sc_qn q = {schema, name, s};
    return q;
}

static sc_index_elem elem_of(sc_pstate *ps, const char *column, const char *expr, sc_span s)
{
    sc_index_elem e;
    memset(&e, 0, sizeof e);
    e.column = column;
    e.expr = expr;
    e.loc = sc_pb_loc(ps, s);
    return e;
}

/* An element holding only an operator class and its parameters (the
 * `opclass` rule's value, which ix_elem takes its sc_index_elem_more from). */
static sc_index_elem opclass_of(sc_pstate *ps, const char *opclass, sc_namelist *params)
{
    sc_index_elem e;
    memset(&e, 0, sizeof e);
    sc_index_elem_more *m = sc_arena_alloc(ps->m->arena, sizeof *m);
    m->opclass = opclass;
    m->opclass_params = sc_pb_take_names(ps, params, NULL);
    e.more = m;
    return e;
}
}

%union {
    const char *str;
    sc_qn qn;
    sc_namelist *names;
    sc_elemlist *elems;
    sc_index_elem elem;
    sc_fkopts fk;
    sc_ixopts ix;
    sc_fk_action act;
    bool flag;
    int ival;
}

%token <str> IDENT      "identifier"
%token <str> QIDENT     "quoted identifier"
%token <str> STRING     "string literal"
%token <str> ESTRING    "escape string literal"
%token <str> DOLQSTRING "dollar-quoted string"
%token <str> NUMBER     "number"
%token OP               "operator"
%token NL               "end of line"

/* The keywords, one %token each, from src/parser/kwlist.h (the one list;
 * scripts/gen-grammar.sh writes them in place of the marker). */
@SC_KEYWORD_TOKENS@
%token K_NOT_DEFERRABLE "not deferrable"
/* functions, procedures, triggers: a whole CREATE/ALTER statement, raw SQL
 * up to its ';' (src/parser/lex_routine.c) */
%token RAWSQL           "SQL statement"
%token K_NOT_VALID "not valid"

%type <str> name colname opt_name paren default_val opt_comment signed
%type <str> collation_ref opt_collate opt_using opt_where opt_tablespace param param_value
%type <str> rawparen part_bound   /* partitioning (issue 12 items 4-5) */
%type <str> opclass_part   /* privs2: a qualified operator class */
%type <qn> qname
%type <names> name_list paren_names opt_paren_names labels opt_labels opt_include role_list opt_ix_with params opt_params
%type <elems> ix_elems
%type <elem> ix_elem ix_target opclass excl_elem
%type <elems> excl_elems
%type <str> excl_op
%type <fk> fk_opts
%type <ix> ix_opts
%type <act> fk_action
%type <flag> opt_dir view_kind opt_forced opt_nulls_distinct opt_clustered
%type <ival> opt_nulls policy_cmd

%destructor { sc_names_free($$); } <names>
%destructor { sc_elems_free($$); } <elems>
%destructor { sc_names_free($$.include); sc_names_free($$.options); } <ix>
/* Arena-owned or plain values: nothing to free, the model owns them. */
%destructor { (void)$$; } <str> <qn> <elem> <fk> <act> <flag> <ival>

%%

file
    : %empty
    | file top_item
    ;

top_item
    : enum_def
    | table_def
    | sequence_def
    | view_def
    | schema_def
    /* domains, composite and range types */
    | utype_def
    /* extensions and collations */
    | extension_def
    | collation_def
    /* functions, procedures and triggers (build_routine.c) */
    | RAWSQL                        { sc_pb_routine(ps, @1); }
    ;

/* ---- schemas ------------------------------------------------------------ */

schema_def
    : K_SCHEMA name                 { sc_pb_schema(ps, $2, @2); ps->block_name = $2; }
      schema_body opt_comment       { sc_pb_schema_comment(ps, $2, $5, @2); }
    ;

schema_body
    : %empty
    | '{'                           { ps->block = ps->block_name; }
      block_items '}'               { ps->block = NULL; }
    ;

block_items
    : %empty
    | block_items enum_def
    | block_items table_def
    | block_items sequence_def
    | block_items view_def
    /* domains, composite and range types */
    | block_items utype_def
    /* collations */
    | block_items collation_def
    ;

/* ---- enums -------------------------------------------------------------- */

enum_def
    : K_ENUM qname '{' opt_labels '}' opt_comment
                                    { sc_pb_enum(ps, &$2, $4, $6); }
    ;

opt_labels
    : %empty                        { $$ = NULL; }
    | labels
    | labels ','
    ;

labels
    : STRING                        { $$ = sc_names_new($1, @1); }
    | labels ',' STRING             { $$ = sc_names_add($1, $3, @3); }
    ;

opt_comment
    : %empty                        { $$ = NULL; }
    | K_COMMENT STRING              { $$ = $2; }
    ;

/* ---- sequences ---------------------------------------------------------- */

sequence_def
    : K_SEQUENCE qname              { sc_pb_sequence_begin(ps, &$2); }
      sequence_body opt_comment     { if ($5 && ps->seq) ps->seq->comment = $5; }
    ;

sequence_body
    : %empty
    | '{' seq_opts '}'
    ;

seq_opts
    : %empty
    | seq_opts seq_opt
    ;

seq_opt
    : K_AS type                     { sc_pb_seq_type(ps, @2); }
    | K_START opt_with signed       { sc_pb_seq(ps)->start = strtoll($3, NULL, 10); }
    | K_INCREMENT opt_by signed     { sc_pb_seq(ps)->increment = strtoll($3, NULL, 10); }
    | K_MINVALUE signed             { sc_pb_seq(ps)->min_value = strtoll($2, NULL, 10); sc_pb_seq(ps)->has_min = true; }
    | K_MAXVALUE signed             { sc_pb_seq(ps)->max_value = strtoll($2, NULL, 10); sc_pb_seq(ps)->has_max = true; }
    | K_CACHE signed                { sc_pb_seq(ps)->cache = strtoll($2, NULL, 10); }
    | K_CYCLE                       { sc_pb_seq(ps)->cycle = true; }
    | K_OWNED K_BY name '.' name    { sc_pb_seq(ps)->owned_by_table = $3; sc_pb_seq(ps)->owned_by_column = $5; }
    ;

opt_with: %empty | K_WITH ;
opt_by: %empty | K_BY ;

signed
    : NUMBER
    | '-' NUMBER                    { (void)$2; $$ = sc_pb_text(ps, @$); }
    ;

/* ---- extensions and collations ----------------------------------------- */

extension_def
    : K_EXTENSION name              { sc_pb_extension_begin(ps, $2, @2); }
      ext_opts
    ;

ext_opts
    : %empty
    | ext_opts K_WITH K_SCHEMA name { sc_pb_extension_schema(ps, $4, @4); }
    | ext_opts K_VERSION STRING     { sc_pb_extension_version(ps, $3, @3); }
    | ext_opts K_VERSION NUMBER     { sc_pb_extension_version(ps, $3, @3); }
    ;

/* issue 12: `collation c { ... } comment '...'`, as an enum's or a
 * sequence's comment follows its declaration */
collation_def
    : K_COLLATION qname '{'         { sc_pb_collation_begin(ps, &$2); }
      coll_opts '}' opt_comment     { sc_pb_collation_end(ps, $7); }
    ;

coll_opts
    : %empty
    | coll_opts coll_opt
    | coll_opts ','
    ;

coll_opt
    : name STRING                   { sc_pb_collation_opt(ps, $1, @1, $2, @2, true); }
    | name name                     { sc_pb_collation_opt(ps, $1, @1, $2, @2, false); }
    | name K_TRUE                   { sc_pb_collation_opt(ps, $1, @1, "true", @2, false); }
    | name K_FALSE                  { sc_pb_collation_opt(ps, $1, @1, "false", @2, false); }
    ;

/* ---- tables ------------------------------------------------------------- */

table_def
    : K_TABLE qname '{'             { sc_pb_table_begin(ps, &$2); }
      table_body '}'                { sc_pb_table_end(ps); }
    /* issue 12: UNLOGGED */
    | K_UNLOGGED K_TABLE qname '{'  { sc_pb_table_begin(ps, &$3); if (ps->table) ps->table->unlogged = true; }
      table_body '}'                { sc_pb_table_end(ps); }
    /* issue 12 items 4-5: partitioning and inheritance (build_partition.c):
     * `table m partition by range (d) { ... }`, `table m_2024 partition of m
     * for values from ('2024-01-01') to ('2025-01-01')`, `table c inherits (p) { ... }` */
    | K_TABLE qname                 { sc_pb_table_begin(ps, &$2); }
      rel_clauses rel_body          { sc_pb_table_end(ps); }
    | K_UNLOGGED K_TABLE qname      { sc_pb_table_begin(ps, &$3); if (ps->table) ps->table->unlogged = true; }
      rel_clauses rel_body          { sc_pb_table_end(ps); }
    ;

rel_clauses
    : rel_clause
    | rel_clauses rel_clause
    ;

rel_clause
    : K_PARTITION K_BY name rawparen
                                    { sc_pb_partition_by(ps, $3, $4, @$); }
    | K_PARTITION K_OF qname part_bound
                                    { sc_pb_partition_of(ps, &$3, $4, @$); }
    | K_INHERITS '(' inherit_list ')'
    ;

inherit_list
    : qname                         { sc_pb_inherits(ps, &$1); }
    | inherit_list ',' qname        { sc_pb_inherits(ps, &$3); }
    ;

part_bound
    : K_FOR K_VALUES K_FROM rawparen K_TO rawparen
                                    { $$ = sc_pb_bound(ps, "FROM", $4, $6); }
    | K_FOR K_VALUES K_IN rawparen  { $$ = sc_pb_bound(ps, "IN", $4, NULL); }
    | K_FOR K_VALUES K_WITH rawparen
                                    { $$ = sc_pb_bound(ps, "WITH", $4, NULL); }
    | K_DEFAULT                     { $$ = "DEFAULT"; }
    ;

rel_body
    : %empty
    | '{' table_body '}'
    ;

/* parenthesised text kept as written: bounds (MINVALUE, `modulus 4,
 * remainder 0`) and keys (`d date_ops`) are not expressions */
rawparen
    : '(' raw ')'                   { $$ = sc_pb_inner(ps, @1, @3);
                                      sc_pb_raw_check(ps, (sc_span){@1.end, @3.start}); }
    ;

/* Items end at a newline (or ',' / ';'); the last one may end at '}'. */
table_body
    : items
    | items item
    ;

items
    : %empty
    | items sep
    | items item sep
    | items error sep               { yyerrok; }
    ;

sep: NL | ',' | ';' ;

item
    : column
    | K_PRIMARY K_KEY opt_name paren_names fk_opts opt_comment
                                    { sc_pb_key(ps, SC_CON_PRIMARY_KEY, $3, $4, &$5, @$); sc_pb_con_comment(ps, $6); }
    | K_UNIQUE opt_name paren_names fk_opts opt_comment
                                    { sc_pb_key(ps, SC_CON_UNIQUE, $2, $3, &$4, @$); sc_pb_con_comment(ps, $5); }
    | K_CHECK opt_name paren fk_opts opt_comment
                                    { sc_pb_check(ps, $2, $3, &$4, @$); sc_pb_con_comment(ps, $5); }
    | K_FOREIGN K_KEY opt_name paren_names K_REFERENCES qname opt_paren_names fk_opts opt_comment
                                    { sc_pb_fk(ps, $3, $4, &$6, $7, &$8, @$); sc_pb_con_comment(ps, $9); }
    /* SQL's spelling of a named constraint: `constraint NAME primary key (a)` */
    | K_CONSTRAINT name K_PRIMARY K_KEY paren_names fk_opts opt_comment
                                    { sc_pb_key(ps, SC_CON_PRIMARY_KEY, $2, $5, &$6, @$); sc_pb_con_comment(ps, $7); }
    | K_CONSTRAINT name K_UNIQUE paren_names fk_opts opt_comment
                                    { sc_pb_key(ps, SC_CON_UNIQUE, $2, $4, &$5, @$); sc_pb_con_comment(ps, $6); }
    | K_CONSTRAINT name K_CHECK paren fk_opts opt_comment
                                    { sc_pb_check(ps, $2, $4, &$5, @$); sc_pb_con_comment(ps, $6); }
    | K_CONSTRAINT name K_FOREIGN K_KEY paren_names K_REFERENCES qname opt_paren_names fk_opts opt_comment
                                    { sc_pb_fk(ps, $2, $5, &$7, $8, &$9, @$); sc_pb_con_comment(ps, $10); }
    | index_item
    /* issue 12: exclusion constraints (build_exclusion.c) */
    | K_EXCLUDE opt_name '(' excl_elems ')' fk_opts opt_comment
                                    { sc_pb_exclude(ps, $2, NULL, @1, $4, &$6, @$); sc_pb_con_comment(ps, $7); }
    | K_CONSTRAINT name K_EXCLUDE '(' excl_elems ')' fk_opts opt_comment
                                    { sc_pb_exclude(ps, $2, NULL, @1, $5, &$7, @$); sc_pb_con_comment(ps, $8); }
    /* SQL's order, the method before the elements (a method is a plain word) */
    | K_EXCLUDE K_USING IDENT '(' excl_elems ')' fk_opts opt_comment
                                    { sc_pb_exclude(ps, NULL, $3, @3, $5, &$7, @$); sc_pb_con_comment(ps, $8); }
    | K_EXCLUDE name K_USING IDENT '(' excl_elems ')' fk_opts opt_comment
                                    { sc_pb_exclude(ps, $2, $4, @4, $6, &$8, @$); sc_pb_con_comment(ps, $9); }
    | K_CONSTRAINT name K_EXCLUDE K_USING IDENT '(' excl_elems ')' fk_opts opt_comment
                                    { sc_pb_exclude(ps, $2, $5, @5, $7, &$9, @$); sc_pb_con_comment(ps, $10); }
    | K_COMMENT STRING              { if (ps->table) ps->table->comment = $2; }
    | K_RENAMED K_FROM name         { if (ps->table) ps->table->renamed_from = $3; }
    /* issue 12: storage parameters, WITH (fillfactor = 70) */
    | K_WITH '(' params ')'         { if (ps->table)
                                          sc_table_set_options(ps->m->arena, ps->table, sc_pb_take_names(ps, $3, NULL));
                                      else sc_names_free($3); }
    /* SQLite's table options: `sqlite strict without rowid`, `sqlite autoincrement` */
    | K_SQLITE sqlite_opts
    /* Row level security: `row level security [forced]`, `row level security disabled forced` */
    | K_ROW K_LEVEL K_SECURITY opt_forced
                                    { sc_pb_rls(ps, true, $4, @$); }
    | K_ROW K_LEVEL K_SECURITY K_DISABLED K_FORCED
                                    { sc_pb_rls(ps, false, true, @$); }
    | K_POLICY name                 { sc_pb_policy_begin(ps, $2, @2); }
      policy_opts
    /* tblprops6 (issue 12): `replica identity default|nothing|full|using index NAME` */
    | K_REPLICA K_IDENTITY K_DEFAULT
                                    { sc_pb_replica_identity(ps, 'd', NULL, @$); }
    | K_REPLICA K_IDENTITY K_NOTHING
                                    { sc_pb_replica_identity(ps, 'n', NULL, @$); }
    | K_REPLICA K_IDENTITY K_FULL   { sc_pb_replica_identity(ps, 'f', NULL, @$); }
    | K_REPLICA K_IDENTITY K_USING K_INDEX name
                                    { sc_pb_replica_identity(ps, 'i', $5, @$); }
    ;

opt_forced
    : %empty                        { $$ = false; }
    | K_FORCED                      { $$ = true; }
    ;

/* `policy p [as restrictive] [for select] [to (a, b)] [using (...)] [with check (...)] [comment '...']`,
 * clauses in any order, each at most once, at least one (so that `policy int`
 * is not taken for a column: `policy` starts an item, as `sqlite` does). */
policy_opts
    : policy_opt
    | policy_opts policy_opt
    ;

policy_opt
    : K_AS K_PERMISSIVE             { if (sc_pb_policy_clause(ps, SC_PB_POLICY_AS, @$)) ps->policy->restrictive = false; }
    | K_AS K_RESTRICTIVE            { if (sc_pb_policy_clause(ps, SC_PB_POLICY_AS, @$)) ps->policy->restrictive = true; }
    | K_FOR policy_cmd              { if (sc_pb_policy_clause(ps, SC_PB_POLICY_FOR, @$)) ps->policy->cmd = (sc_policy_cmd)$2; }
    | K_TO role_list                { if (sc_pb_policy_clause(ps, SC_PB_POLICY_TO, @$)) sc_pb_policy_roles(ps, $2); else sc_names_free($2); }
    | K_USING paren                 { if (sc_pb_policy_clause(ps, SC_PB_POLICY_USING, @$)) ps->policy->using_expr = $2; }
    | K_WITH K_CHECK paren          { if (sc_pb_policy_clause(ps, SC_PB_POLICY_CHECK, @$)) ps->policy->check_expr = $3; }
    | K_COMMENT STRING              { if (sc_pb_policy_clause(ps, SC_PB_POLICY_COMMENT, @$)) ps->policy->comment = $2; }
    ;

policy_cmd
    : K_ALL                         { $$ = SC_POLICY_ALL; }
    | K_SELECT                      { $$ = SC_POLICY_SELECT; }
    | K_INSERT                      { $$ = SC_POLICY_INSERT; }
    | K_UPDATE                      { $$ = SC_POLICY_UPDATE; }
    | K_DELETE                      { $$ = SC_POLICY_DELETE; }
    ;

/* One role, or several in parentheses (a bare ',' ends a table item). */
role_list
    : name                          { $$ = sc_names_new($1, @1); }
    | paren_names
    ;

sqlite_opts
    : sqlite_opt
    | sqlite_opts sqlite_opt
    ;

sqlite_opt
    : K_AUTOINCREMENT               { sc_pb_sqlite_option(ps, SC_PB_SQLITE_AUTOINCREMENT, @$); }
    | K_STRICT                      { sc_pb_sqlite_option(ps, SC_PB_SQLITE_STRICT, @$); }
    | K_WITHOUT K_ROWID             { sc_pb_sqlite_option(ps, SC_PB_SQLITE_WITHOUT_ROWID, @$); }
    ;

column
    : colname type                  { sc_pb_column(ps, $1, @1, @2); }
      attrs
    /* privs3: an INHERITS child's column of its parent's, with a default or
     * NOT NULL of its own: `c with options not null default 0` */
    | colname K_WITH IDENT          { sc_pb_column_with_options(ps, $1, @1, $3, @3); }
      attrs
    ;

/* A type as SQL writes it; its text goes to sc_type_parse(). */
type
    : type_base opt_mods type_tail opt_array
    ;

type_base
    : name                          { (void)$1; }
    | name '.' name                 { (void)$1; (void)$3; }
    | name K_PRECISION              { (void)$1; }
    | name K_VARYING                { (void)$1; }
    ;

opt_mods
    : %empty
    | '(' mod_list ')'
    ;

mod_list
    : NUMBER                        { sc_pb_type_mod(ps, $1, @1); }
    | mod_list ',' NUMBER           { sc_pb_type_mod(ps, $3, @3); }
    ;

type_tail
    : %empty
    | K_WITH K_TIME K_ZONE
    | K_WITHOUT K_TIME K_ZONE
    ;

opt_array
    : %empty
    | opt_array '[' ']'
    | opt_array '[' NUMBER ']'      { (void)$3; }
    ;

attrs
    : %empty
    | attrs attr
    ;

attr
    : K_NOT K_NULL                  { ps->col->not_null = true; ps->col->sqlite_implicit_not_null = false; }
    | K_NULL                        { sc_pb_col_null(ps); }
    | K_DEFAULT default_val         { sc_pb_col_default(ps, $2); }
    | K_PRIMARY K_KEY fk_opts       { sc_pb_col_key(ps, SC_CON_PRIMARY_KEY, NULL, &$3, @$); }
    | K_UNIQUE fk_opts              { sc_pb_col_key(ps, SC_CON_UNIQUE, NULL, &$2, @$); }
    | K_CHECK opt_name paren fk_opts
                                    { sc_pb_col_check(ps, $2, $3, &$4, @$); }
    | K_REFERENCES qname opt_paren_names fk_opts
                                    { sc_pb_col_ref(ps, NULL, &$2, $3, &$4, @$); }
    | K_CONSTRAINT name K_PRIMARY K_KEY fk_opts
                                    { sc_pb_col_key(ps, SC_CON_PRIMARY_KEY, $2, &$5, @$); }
    | K_CONSTRAINT name K_UNIQUE fk_opts
                                    { sc_pb_col_key(ps, SC_CON_UNIQUE, $2, &$4, @$); }
    | K_CONSTRAINT name K_CHECK paren fk_opts
                                    { sc_pb_col_check(ps, $2, $4, &$5, @$); }
    | K_CONSTRAINT name K_REFERENCES qname opt_paren_names fk_opts
                                    { sc_pb_col_ref(ps, $2, &$4, $5, &$6, @$); }
    | K_IDENTITY opt_id_opts        { sc_pb_col_identity(ps, SC_IDENTITY_BY_DEFAULT); }
    | K_IDENTITY K_ALWAYS opt_id_opts
                                    { sc_pb_col_identity(ps, SC_IDENTITY_ALWAYS); }
    | K_IDENTITY K_BY K_DEFAULT opt_id_opts
                                    { sc_pb_col_identity(ps, SC_IDENTITY_BY_DEFAULT); }
    | K_GENERATED K_ALWAYS K_AS K_IDENTITY opt_id_opts
                                    { sc_pb_col_identity(ps, SC_IDENTITY_ALWAYS); }
    | K_GENERATED K_BY K_DEFAULT K_AS K_IDENTITY opt_id_opts
                                    { sc_pb_col_identity(ps, SC_IDENTITY_BY_DEFAULT); }
    | K_GENERATED K_ALWAYS K_AS paren K_STORED
                                    { ps->col->generated = $4; }
    | K_GENERATED K_ALWAYS K_AS paren
                                    { ps->col->generated = $4; ps->col->generated_virtual = true; }
    | K_GENERATED K_ALWAYS K_AS paren K_VIRTUAL
                                    { ps->col->generated = $4; ps->col->generated_virtual = true; }
    | K_COLLATE collation_ref       { sc_column_set_collation(ps->m->arena, ps->col, $2); }
    /* issue 12: storage plain|external|main|extended, compression pglz|lz4|default */
    | K_STORAGE name                { sc_pb_col_storage(ps, $2, @2); }
    | K_COMPRESSION name            { sc_pb_col_compression(ps, $2, @2); }
    | K_COMPRESSION K_DEFAULT       { ps->col->compression = 0; }
    /* tblprops6 (issue 12): ALTER COLUMN SET STATISTICS n */
    | K_STATISTICS NUMBER           { sc_pb_col_statistics(ps, $2, @2); }
    /* attopts7 (issue 12): ALTER COLUMN SET (n_distinct = -0.5, ...), the
     * planner's statistics options of the column */
    | K_STATISTICS '(' params ')'   { sc_pb_col_options(ps, $3, @$); }
    | K_COMMENT STRING              { sc_column_set_comment(ps->m->arena, ps->col, $2); }
    | K_RENAMED K_FROM name         { sc_column_set_renamed_from(ps->m->arena, ps->col, $3); }
    ;

/* issue 12: an identity's sequence options, as a sequence's:
 * identity (start 100 increment 10 minvalue 1 maxvalue 1000 cache 5 cycle) */
opt_id_opts
    : %empty
    | '('                           { memset(&ps->idopt, 0, sizeof ps->idopt); }
      id_opts ')'                   { ps->idopt_set = true; }
    ;

id_opts
    : %empty
    | id_opts id_opt
    ;

id_opt
    : K_START opt_with signed       { ps->idopt.v.start = strtoll($3, NULL, 10); ps->idopt.has_start = true; }
    | K_INCREMENT opt_by signed     { ps->idopt.v.increment = strtoll($3, NULL, 10); ps->idopt.has_increment = true; }
    | K_MINVALUE signed             { ps->idopt.v.min_value = strtoll($2, NULL, 10); ps->idopt.has_min = true; }
    | K_MAXVALUE signed             { ps->idopt.v.max_value = strtoll($2, NULL, 10); ps->idopt.has_max = true; }
    | K_CACHE signed                { ps->idopt.v.cache = strtoll($2, NULL, 10); ps->idopt.has_cache = true; }
    | K_CYCLE                       { ps->idopt.v.cycle = true; }
    | K_NO K_CYCLE                  { ps->idopt.v.cycle = false; }
    ;

default_val
    : STRING                        { (void)$1; $$ = sc_pb_text(ps, @1); }
    | ESTRING
    | NUMBER
    | '-' NUMBER                    { (void)$2; $$ = sc_pb_text(ps, @$); }
    | K_TRUE                        { $$ = "true"; }
    | K_FALSE                       { $$ = "false"; }
    | K_NULL                        { $$ = "NULL"; }
    | paren
    ;

/* The options after a constraint, of every kind: the builder refuses,
 * at its place, an option that the constraint's kind does not take. */
fk_opts
    : %empty                        { memset(&$$, 0, sizeof $$); }
    | fk_opts K_ON K_DELETE fk_action
                                    { $$ = $1; $$.on_delete = $4; $$.action_span = @2; $$.action_span.end = @4.end; }
    | fk_opts K_ON K_UPDATE fk_action
                                    { $$ = $1; $$.on_update = $4; $$.action_span = @2; $$.action_span.end = @4.end; }
    | fk_opts K_DEFERRABLE          { $$ = $1; $$.deferrable = true; $$.defer_span = @2; }
    | fk_opts K_NOT_DEFERRABLE      { $$ = $1; $$.not_deferrable = true; $$.not_deferrable_span = @2; $$.defer_span = @2; }
    | fk_opts K_INITIALLY K_DEFERRED
                                    { $$ = $1; $$.initially_deferred = true; $$.deferred_span = @2; $$.deferred_span.end = @3.end;
                                      $$.defer_span = $$.deferred_span; }
    | fk_opts K_INITIALLY K_IMMEDIATE
                                    { $$ = $1; $$.initially_deferred = false; $$.defer_span = @2; $$.defer_span.end = @3.end; }
    /* issue 12: UNIQUE ... NULLS [NOT] DISTINCT, CHECK ... NO INHERIT,
     * NOT VALID (CHECK, FOREIGN KEY), FOREIGN KEY ... MATCH FULL | SIMPLE */
    | fk_opts K_NULLS K_NOT K_DISTINCT
                                    { $$ = $1; $$.nulls_not_distinct = true; $$.nnd_span = @2; $$.nnd_span.end = @4.end; }
    | fk_opts K_NULLS K_DISTINCT    { $$ = $1; $$.nulls_not_distinct = false; $$.nnd_span = @2; $$.nnd_span.end = @3.end; }
    | fk_opts K_NO K_INHERIT        { $$ = $1; $$.no_inherit = true; $$.inherit_span = @2; $$.inherit_span.end = @3.end; }
    | fk_opts K_NOT_VALID           { $$ = $1; $$.not_valid = true; $$.valid_span = @2; }
    | fk_opts K_MATCH K_FULL        { $$ = $1; $$.match_full = true; $$.match_span = @2; $$.match_span.end = @3.end; }
    | fk_opts K_MATCH K_SIMPLE      { $$ = $1; $$.match_full = false; $$.match_span = @2; $$.match_span.end = @3.end; }
    /* issue 12: a key's or an exclusion's index: WITH (...), USING INDEX
     * TABLESPACE T; an exclusion's USING method, INCLUDE (...), WHERE (...) */
    | fk_opts K_WITH '(' params ')' { $$ = $1; $$.index_options = sc_pb_take_names(ps, $4, NULL);
                                      $$.ixopt_span = @2; $$.ixopt_span.end = @5.end; }
    | fk_opts K_USING K_INDEX K_TABLESPACE name
                                    { $$ = $1; $$.index_tablespace = $5; $$.ixopt_span = @2; $$.ixopt_span.end = @5.end; }
    | fk_opts K_USING name          { $$ = $1; $$.method = $3; $$.excl_span = @2; $$.excl_span.end = @3.end; }
    | fk_opts K_INCLUDE paren_names { $$ = $1; $$.include = sc_pb_take_names(ps, $3, &$$.include_locs);
                                      $$.excl_span = @2; $$.excl_span.end = @3.end; }
    | fk_opts K_WHERE paren         { $$ = $1; $$.where = $3; $$.excl_span = @2; $$.excl_span.end = @3.end; }
    /* tblprops6: CLUSTER ON the index of a key or an exclusion */
    | fk_opts K_CLUSTERED           { $$ = $1; $$.clustered = true; $$.clustered_span = @2; }
    ;

fk_action
    : K_CASCADE                     { $$ = SC_FK_CASCADE; }
    | K_RESTRICT                    { $$ = SC_FK_RESTRICT; }
    | K_SET K_NULL                  { $$ = SC_FK_SET_NULL; }
    | K_SET K_DEFAULT               { $$ = SC_FK_SET_DEFAULT; }
    | K_NO K_ACTION                 { $$ = SC_FK_NO_ACTION; }
    ;

/* ---- views --------------------------------------------------------------- *
 * view [s.]NAME [(col, ...)] [with (option, ...)] as (QUERY) [clauses] [{ items }]
 * The query is raw SQL like any parenthesised expression; clauses after it
 * are SQL's own (`with local check option`, `with no data`); the optional
 * body holds what SQL writes in separate statements, one item a line as in
 * a table. */

view_def
    : view_kind qname               { sc_pb_view_begin(ps, $1, &$2); }
      opt_view_columns view_with K_AS view_query view_clauses view_body
                                    { sc_pb_view_end(ps); }
    ;

view_kind
    : K_VIEW                        { $$ = false; }
    | K_MATERIALIZED K_VIEW         { $$ = true; }
    ;

opt_view_columns
    : %empty
    | paren_names                   { sc_pb_view_columns(ps, $1); }
    ;

view_with
    : %empty
    | K_WITH '(' view_opts ')'
    ;

view_opts
    : view_opt
    | view_opts ',' view_opt
    ;

view_opt
    : name                          { sc_pb_view_option(ps, $1, @1); }
    ;

view_query
    : '(' raw ')'                   { sc_pb_view_query(ps, @1, @3); }
    ;

view_clauses
    : %empty
    | view_clauses view_clause
    ;

view_clause
    : K_WITH '(' view_opts ')'
    | K_WITH K_CHECK K_OPTION       { sc_pb_view_check(ps, SC_CHECK_OPTION_CASCADED, @$); }
    | K_WITH K_CASCADED K_CHECK K_OPTION
                                    { sc_pb_view_check(ps, SC_CHECK_OPTION_CASCADED, @$); }
    | K_WITH K_LOCAL K_CHECK K_OPTION
                                    { sc_pb_view_check(ps, SC_CHECK_OPTION_LOCAL, @$); }
    | K_WITH K_DATA                 { sc_pb_view_data(ps, false, @$); }
    | K_WITH K_NO K_DATA            { sc_pb_view_data(ps, true, @$); }
    ;

view_body
    : %empty
    | '{' view_items_all '}'
    ;

/* As in a table: items end at a newline, ',' or ';', the last one at '}'. */
view_items_all
    : view_items
    | view_items view_item
    ;

view_items
    : %empty
    | view_items sep
    | view_items view_item sep
    | view_items error sep          { yyerrok; }
    ;

view_item
    : index_item
    | K_COMMENT STRING              { sc_pb_view_comment(ps, $2); }
    | K_RENAMED K_FROM name         { sc_pb_view_renamed(ps, $3); }
    | K_COLUMN colname K_COMMENT STRING
                                    { sc_pb_view_column(ps, $2, @2, $4); }
    ;

/* ---- indexes ------------------------------------------------------------ */

/* issue 12: an exclusion constraint's elements, an index's each followed by
 * `with OP` (an operator: a run of operator characters, no blank) */
excl_elems
    : excl_elem                     { $$ = sc_elems_add(NULL, &$1); }
    | excl_elems ',' excl_elem      { $$ = sc_elems_add($1, &$3); }
    ;

excl_elem
    : ix_elem K_WITH excl_op        { $$ = $1; sc_index_elem_set_op(ps->m->arena, &$$, $3); }
    ;

excl_op
    : excl_op_toks                  { $$ = sc_pb_excl_op(ps, @1); }
    /* privs2: an operator outside pg_catalog, as PostgreSQL qualifies it:
     * OPERATOR(schema.op) */
    | IDENT '(' name '.' excl_op_toks ')'
                                    { (void)$1; (void)$3; $$ = sc_pb_excl_op(ps, @$); }
    ;

excl_op_toks
    : excl_op_tok
    | excl_op_toks excl_op_tok
    ;

excl_op_tok: OP | '-' ;

/* Of a table or of a materialized view (sc_pb_index knows which). */
index_item
    : K_INDEX opt_name '(' ix_elems ')' ix_opts
                                    { sc_pb_index(ps, false, $2, $4, &$6, @$); }
    | K_UNIQUE K_INDEX opt_name '(' ix_elems ')' ix_opts
                                    { sc_pb_index(ps, true, $3, $5, &$7, @$); }
    ;

ix_elems
    : ix_elem                       { $$ = sc_elems_add(NULL, &$1); }
    | ix_elems ',' ix_elem          { $$ = sc_elems_add($1, &$3); }
    ;

ix_elem
    : ix_target opt_collate opclass opt_dir opt_nulls
                                    { $$ = $1; $$.more = $3.more;   /* the operator class's */
                                      sc_index_elem_set_collation(ps->m->arena, &$$, $2); $$.desc = $4;
                                      $$.nulls = (sc_nulls)$5; }
    ;

ix_target
    : name                          { $$ = elem_of(ps, $1, NULL, @1); }
    | name call_args                { (void)$1; $$ = elem_of(ps, NULL, sc_pb_text(ps, @$), @$);
                                      sc_pb_sql_check(ps, @$, false); }
    | name '.' name call_args       { (void)$1; (void)$3; $$ = elem_of(ps, NULL, sc_pb_text(ps, @$), @$);
                                      sc_pb_sql_check(ps, @$, false); }
    | paren                         { $$ = elem_of(ps, NULL, $1, @1); }
    ;

opt_collate
    : %empty                        { $$ = NULL; }
    | K_COLLATE collation_ref       { $$ = $2; }
    ;

/* an operator class, with its parameters: tsvector_ops (siglen = 100) */
opclass
    : %empty                        { memset(&$$, 0, sizeof $$); }
    | IDENT opt_params              { $$ = opclass_of(ps, $1, $2); }
    | QIDENT opt_params             { $$ = opclass_of(ps, $1, $2); }
    /* privs2: one outside pg_catalog and public, qualified as a collation is
     * ("schema"."name", sc_collation_ref): an extension's in its own schema */
    | opclass_part '.' opclass_part opt_params
                                    { $$ = opclass_of(ps, sc_collation_ref(ps->m->arena, $1, $3), $4); }
    ;

opclass_part: IDENT | QIDENT ;

opt_params
    : %empty                        { $$ = NULL; }
    | '(' params ')'                { $$ = $2; }
    ;

/* storage and operator class parameters: name = value, ... */
params
    : param                         { $$ = sc_names_new($1, @1); }
    | params ',' param              { $$ = sc_names_add($1, $3, @3); }
    ;

param
    : name OP param_value           { $$ = sc_pb_param(ps, $1, @2, $3); }
    /* a namespaced one, toast.autovacuum_enabled = false (a table's TOAST
     * table's own parameter) */
    | name '.' name OP param_value  { $$ = sc_pb_param(ps, sc_arena_printf(ps->m->arena, "%s.%s", $1, $3), @4, $5); }
    ;

param_value
    : NUMBER
    | '-' NUMBER                    { (void)$2; $$ = sc_pb_text(ps, @$); }
    | name
    | STRING
    | K_TRUE                        { $$ = "true"; }
    | K_FALSE                       { $$ = "false"; }
    ;

opt_dir
    : %empty                        { $$ = false; }
    | K_ASC                         { $$ = false; }
    | K_DESC                        { $$ = true; }
    ;

opt_nulls
    : %empty                        { $$ = SC_NULLS_DEFAULT; }
    | K_NULLS K_FIRST               { $$ = SC_NULLS_FIRST; }
    | K_NULLS K_LAST                { $$ = SC_NULLS_LAST; }
    ;

ix_opts
    : opt_using opt_include opt_nulls_distinct opt_ix_with opt_tablespace opt_where opt_clustered opt_comment
                                    { $$.method = $1; $$.include = $2; $$.nulls_not_distinct = $3;
                                      $$.nnd_span = @3; $$.options = $4; $$.tablespace = $5;
                                      $$.where = $6; $$.clustered = $7; $$.comment = $8; }
    ;

/* tblprops6: the table's CLUSTER ON index */
opt_clustered
    : %empty                        { $$ = false; }
    | K_CLUSTERED                   { $$ = true; }
    ;

/* issue 12: WITH (fillfactor = 70), TABLESPACE name */
opt_ix_with
    : %empty                        { $$ = NULL; }
    | K_WITH '(' params ')'         { $$ = $3; }
    ;

opt_tablespace
    : %empty                        { $$ = NULL; }
    | K_TABLESPACE name             { $$ = $2; }
    ;

opt_nulls_distinct
    : %empty                        { $$ = false; }
    | K_NULLS K_NOT K_DISTINCT      { $$ = true; }
    | K_NULLS K_DISTINCT            { $$ = false; }
    ;

opt_using
    : %empty                        { $$ = NULL; }
    | K_USING name                  { $$ = $2; }
    ;

opt_include
    : %empty                        { $$ = NULL; }
    | K_INCLUDE paren_names         { $$ = $2; }
    ;

opt_where
    : %empty                        { $$ = NULL; }
    | K_WHERE paren                 { $$ = $2; }
    ;

/* ---- names and lists ---------------------------------------------------- */

qname
    : name                          { $$ = qn1($1, @1); }
    | name '.' name                 { $$ = qn2($1, $3, @$); }
    ;

opt_name
    : %empty                        { $$ = NULL; }
    | name
    ;

paren_names
    : '(' name_list ')'             { $$ = $2; }
    ;

opt_paren_names
    : %empty                        { $$ = NULL; }
    | paren_names
    ;

name_list
    : name                          { $$ = sc_names_new($1, @1); }
    | name_list ',' name            { $$ = sc_names_add($1, $3, @3); }
    ;

/* A column name: any name but the words that start a table item. */
colname
    : IDENT
    | QIDENT
    | kw_name                       { $$ = sc_pb_lower(ps, @1); }
    ;

/* `sqlite` starts a table item, so a column needs "sqlite" in quotes;
 * everything else may be called sqlite. */
name
    : colname
    | K_SQLITE                      { $$ = "sqlite"; }
    | K_POLICY                      { $$ = "policy"; }
    | K_ROW                         { $$ = "row"; }
    | K_REPLICA                     { $$ = "replica"; }   /* tblprops6 */
    /* issue 12: exclusion constraints */
    | K_EXCLUDE                     { $$ = "exclude"; }
    ;

/* Keywords that are names wherever the grammar allows: those of kind
 * SC_KW_NAME in src/parser/kwlist.h (written in place of the marker).
 * Those of kind SC_KW_RESERVED need "quotes"; comment and renamed are names
 * too, since they are followed by a string or `from` when they start an
 * item; sqlite (SC_KW_NOT_COLUMN) is a name everywhere but as a column's
 * name (see `name`). */
kw_name
    : @SC_KEYWORDS_NAME@
    ;

/* ---- domains, composite and range types ---------------------------------- *
 * domain [s.]NAME TYPE [collate C] [not null] [default V]
 *        [[constraint] check [NAME] (EXPR) [not valid]]... [comment '...']
 * type [s.]NAME as (attr TYPE [collate C] [renamed from OLD], ...) [comment '...']
 * type [s.]NAME as range (subtype = TYPE [, option = VALUE]...) [comment '...']
 * (build_utype.c). At the top level newlines are blanks, so a domain's
 * clauses may go on lines of their own. */

utype_def
    : K_DOMAIN qname type           { sc_pb_domain_begin(ps, &$2, @3); }
      domain_clauses opt_comment    { sc_pb_utype_end(ps, $6); }
    | K_TYPE qname K_AS '('         { sc_pb_utype_begin(ps, SC_UTYPE_COMPOSITE, &$2); }
      opt_type_attrs ')' opt_comment
                                    { sc_pb_utype_end(ps, $8); }
    | K_TYPE qname K_AS K_RANGE '(' { sc_pb_utype_begin(ps, SC_UTYPE_RANGE, &$2); }
      range_opts ')' opt_comment    { sc_pb_utype_end(ps, $9); }
    ;

domain_clauses
    : %empty
    | domain_clauses domain_clause
    ;

domain_clause
    : K_NOT K_NULL                  { sc_pb_domain_not_null(ps, true, @$); }
    | K_NULL                        { sc_pb_domain_not_null(ps, false, @$); }
    | K_DEFAULT default_val         { sc_pb_domain_default(ps, $2, @$); }
    | K_COLLATE collation_ref       { sc_pb_domain_collate(ps, $2, @$); }
    | K_CHECK opt_name paren        { sc_pb_domain_check(ps, $2, $3, false, @$); }
    | K_CONSTRAINT name K_CHECK paren
                                    { sc_pb_domain_check(ps, $2, $4, false, @$); }
    /* of the check just before it */
    | K_NOT_VALID                   { sc_pb_domain_not_valid(ps, @$); }
    ;

opt_type_attrs
    : %empty
    | type_attrs
    | type_attrs ','
    ;

type_attrs
    : type_attr
    | type_attrs ',' type_attr
    ;

type_attr
    : colname type opt_collate      { sc_pb_utype_attr(ps, $1, @1, @2, $3); }
    | colname type opt_collate K_RENAMED K_FROM name
                                    { sc_pb_utype_attr(ps, $1, @1, @2, $3); sc_pb_utype_attr_renamed(ps, $6); }
    ;

range_opts
    : range_opt
    | range_opts ',' range_opt
    ;

range_opt
    : name OP type                  { sc_pb_range_option(ps, $1, @1, @2, @3); }
    ;

/* ---- raw SQL in parentheses ---------------------------------------------- */

paren
    : '(' raw ')'                   { $$ = sc_pb_inner(ps, @1, @3);
                                      sc_pb_sql_check(ps, (sc_span){@1.end, @3.start}, true); }
    ;

/* a function's arguments (an index element `f(...)`): checked as a call */
call_args
    : '(' raw ')'
    ;

raw
    : %empty
    | raw raw_tok
    ;

raw_tok
    : IDENT { (void)$1; } | QIDENT { (void)$1; } | STRING { (void)$1; }
    | ESTRING { (void)$1; } | DOLQSTRING { (void)$1; } | NUMBER { (void)$1; } | OP | NL
    | '-' | ',' | '.' | ';' | '[' | ']' | '{' | '}'
    | '(' raw ')'
    /* every keyword of src/parser/kwlist.h (written in place of the marker) */
    | K_NOT_DEFERRABLE | K_NOT_VALID | @SC_KEYWORDS_ALL@
    ;

/* funcdeps (issue 11): a collation, optionally schema-qualified: "schema"."name"
 * in the model unless the schema is public or pg_catalog (sc_collation_ref) */
collation_ref
    : name                          { $$ = $1; }
    | name '.' name                 { $$ = sc_collation_ref(ps->m->arena, $1, $3); }
    ;

%%

/* At most 30 bytes of a token's text, as it may go into a message: a NUL
 * would end the message there, so control bytes are written \xNN here
 * (sc_diag_format escapes what else comes from the input). */
static void token_text(const char *text, uint32_t len, char *buf, size_t n)
{
    size_t o = 0;
    for (uint32_t i = 0; i < len && i < 30 && o + 5 < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x20 || c == 0x7f)
            o += (size_t)snprintf(buf + o, n - o, "\\x%02x", c);
        else
            buf[o++] = (char)c;
    }
    buf[o] = '\0';
}

/* "syntax error, unexpected X, expecting A or B": the unexpected token is
 * quoted from the source, the expected ones by their names. */
static void describe_token(sc_pstate *ps, yysymbol_kind_t k, const sc_span *s, char *buf, size_t n)
{
    char text[160];
    token_text(ps->src->text + s->start, s->end - s->start, text, sizeof text);
    const char *more = s->end - s->start > 30 ? "..." : "";
    switch (k) {
    case YYSYMBOL_YYEOF:
        snprintf(buf, n, "end of file");
        break;
    case YYSYMBOL_NL:
        snprintf(buf, n, "end of line");
        break;
    case YYSYMBOL_IDENT:
    case YYSYMBOL_NUMBER:
    case YYSYMBOL_OP:
        snprintf(buf, n, "%s \"%s\"", k == YYSYMBOL_IDENT ? "identifier" :
                 k == YYSYMBOL_NUMBER ? "number" : "character", text);
        break;
    case YYSYMBOL_QIDENT:
    case YYSYMBOL_STRING:
    case YYSYMBOL_ESTRING:
    case YYSYMBOL_DOLQSTRING:
        snprintf(buf, n, "%s %s%s", yysymbol_name(k), text, more);
        break;
    default:
        snprintf(buf, n, "\"%s\"", text);
    }
}

static bool is_keyword(yysymbol_kind_t k)
{
    const char *s = yysymbol_name(k);
    return k == YYSYMBOL_K_NOT_DEFERRABLE || k == YYSYMBOL_K_NOT_VALID || sc_keyword_find(s, strlen(s)) != NULL;
}

static void expected_name(yysymbol_kind_t k, char *buf, size_t n)
{
    const char *s = yysymbol_name(k);
    if (s[0] == '\'')
        snprintf(buf, n, "\"%c\"", s[1]);
    else if (is_keyword(k))
        snprintf(buf, n, "\"%s\"", s);
    else
        snprintf(buf, n, "%s", s);
}

/* `check text`, `index integer`: a column named like a word that starts a
 * table item. When the error comes within the first tokens of an item that
 * began with such a word followed by a name, say how to write the column. */
static void keyword_hint(sc_pstate *ps)
{
    switch (ps->item_tok) {
    case K_CHECK: case K_UNIQUE: case K_PRIMARY: case K_FOREIGN: case K_INDEX: case K_CONSTRAINT:
    case K_SQLITE:
        break;
    default:
        return;
    }
    if (ps->item_ntok > 4 || ps->d->n == 0)
        return;
    const sc_span *k = &ps->item_span;
    const char *t = ps->src->text;
    uint32_t p = k->end, q;
    while (p < ps->src->len && (t[p] == ' ' || t[p] == '\t'))
        p++;
    /* the word after the keyword must be a built-in type name */
    for (q = p; q < ps->src->len && (t[q] == '_' || ((t[q] | 0x20) >= 'a' && (t[q] | 0x20) <= 'z') ||
                                     (t[q] >= '0' && t[q] <= '9')); q++)
        ;
    if (q == p || q - p > 40)
        return;
    char word[48];
    snprintf(word, sizeof word, "%.*s", (int)(q - p), t + p);
    sc_arena *a = sc_arena_new();
    sc_type ty;
    const char *err;
    bool is_type = sc_type_parse(a, word, &ty, &err) == 0 && sc_type_is_builtin(&ty);
    sc_arena_free(a);
    if (!is_type)
        return;
    int n = (int)(k->end - k->start);
    sc_diag_hint(&ps->d->items[ps->d->n - 1],
                 "\"%.*s\" starts a table item; a column named %.*s is written \"%.*s\" (in double quotes)",
                 n, t + k->start, n, t + k->start, n, t + k->start);
}

/* `materialized view mv as (...) index ...`: a view's items after its
 * query without the braces they need. */
static void view_items_hint(sc_pstate *ps, yysymbol_kind_t tok)
{
    if (!ps->view || ps->d->n == 0 || (ps->nbraces > 0 && ps->brace_kind[ps->nbraces - 1] == K_VIEW))
        return;
    if (tok != YYSYMBOL_K_INDEX && tok != YYSYMBOL_K_UNIQUE && tok != YYSYMBOL_K_COMMENT &&
        tok != YYSYMBOL_K_COLUMN && tok != YYSYMBOL_K_RENAMED)
        return;
    sc_diag_hint(&ps->d->items[ps->d->n - 1],
                 "a view's indexes, comments and rename hint go in braces after its query: "
                 "view NAME as (...) { index ... }");
}

typedef struct expected_set {
    const yysymbol_kind_t *k;
    int n;
} expected_set;

static bool among_expected(const char *kw, void *arg)
{
    const expected_set *e = arg;
    for (int i = 0; i < e->n; i++)
        if (is_keyword(e->k[i]) && !strcmp(yysymbol_name(e->k[i]), kw))
            return true;
    return false;
}

/* `tabel users {`, `primery key`: an unexpected word one slip away from a
 * keyword. Among the keywords the parser expects when it says which, else
 * among them all (a column's attributes are too many for it to list). */
static bool starts_item(const char *kw, void *arg)
{
    static const char *const starts[] = {"check", "comment", "constraint", "exclude", "foreign",
                                         "index", "primary", "renamed", "unique"};
    (void)arg;
    for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
        if (!strcmp(kw, starts[i]))
            return true;
    return false;
}

static void misspelt_hint(sc_pstate *ps, yysymbol_kind_t tok, const sc_span *s, const yysymbol_kind_t *exp, int nexp)
{
    if (ps->d->n == 0)
        return;
    sc_diag *dg = &ps->d->items[ps->d->n - 1];
    expected_set e = {exp, nexp};
    const char *t = ps->src->text;
    const char *kw = tok == YYSYMBOL_IDENT ? sc_keyword_suggest(t + s->start, s->end - s->start,
                                                                nexp ? among_expected : NULL, &e) : NULL;
    if (kw) {
        sc_diag_hint(dg, "did you mean \"%s\"?", kw);
        return;
    }
    /* `idnex ix (id)` reads as a column idnex of type ix until it fails:
     * the slip is in the word that began the table item */
    const sc_span *k = &ps->item_span;
    if (ps->item_tok != IDENT || ps->item_ntok > 5 || k->start >= s->start)
        return;
    kw = sc_keyword_suggest(t + k->start, k->end - k->start, starts_item, NULL);
    if (kw)
        sc_diag_hint(dg, "\"%.*s\" begins this line as a column's name: did you mean \"%s\"?",
                     (int)(k->end - k->start), t + k->start, kw);
}

/* The word before offset `at` is `word` (ASCII case aside). */
static bool word_before(const sc_pstate *ps, uint32_t at, const char *word)
{
    const char *t = ps->src->text;
    size_t n = strlen(word);
    while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
        at--;
    if (at < n || (at > n && (isalnum((unsigned char)t[at - n - 1]) || t[at - n - 1] == '_')))
        return false;
    return strncasecmp(t + at - n, word, n) == 0;
}

/* What new users write as SQL would have it: `default now()` (an
 * expression default is raw SQL, in parentheses), `{ "a", "b" }` (a
 * string is in single quotes; double quotes make a name). */
static void quoting_hint(sc_pstate *ps, yysymbol_kind_t tok, const sc_span *s, const yysymbol_kind_t *exp, int nexp)
{
    if (ps->d->n == 0)
        return;
    sc_diag *dg = &ps->d->items[ps->d->n - 1];
    if (tok == YYSYMBOL_IDENT && word_before(ps, s->start, "default")) {
        /* the word, and its call's arguments when it is a call: now() */
        const char *t = ps->src->text + s->start;
        size_t n = s->end - s->start;
        int depth = 0;
        for (size_t i = n; t[i] == '(' || (depth > 0 && t[i] && t[i] != '\n'); i++) {
            depth += (t[i] == '(') - (t[i] == ')');
            if (depth == 0) {
                n = i + 1;
                break;
            }
        }
        if (n > 60)
            sc_diag_hint(dg, "an expression default is raw SQL in parentheses: default (...)");
        else
            sc_diag_hint(dg, "an expression default is raw SQL in parentheses: default (%.*s)", (int)n, t);
        return;
    }
    bool string = false;
    for (int i = 0; i < nexp; i++)
        string |= exp[i] == YYSYMBOL_STRING;
    if (tok == YYSYMBOL_QIDENT && string)
        sc_diag_hint(dg, "a string is in single quotes ('...'); double quotes make a name");
}

/* What SQL habits write where the DSL wants its own form: `view v as
 * select ...` (the query is raw SQL in parentheses) and `enum e { a, b }`
 * (labels are strings). */
static void sql_habit_hint(sc_pstate *ps, yysymbol_kind_t tok, const sc_span *s, const yysymbol_kind_t *exp, int nexp)
{
    if (ps->d->n == 0)
        return;
    sc_diag *dg = &ps->d->items[ps->d->n - 1];
    bool paren = false, string = false;
    for (int i = 0; i < nexp; i++) {
        paren |= !strcmp(yysymbol_name(exp[i]), "'('");
        string |= exp[i] == YYSYMBOL_STRING;
    }
    if (ps->view && paren && word_before(ps, s->start, "as") &&
        (tok == YYSYMBOL_K_SELECT || tok == YYSYMBOL_K_WITH || tok == YYSYMBOL_K_VALUES))
        sc_diag_hint(dg, "a view's query is raw SQL in parentheses, without a ';': view NAME as (%s ...)",
                     yysymbol_name(tok));
    else if (tok == YYSYMBOL_IDENT && string && ps->nbraces > 0 && ps->brace_kind[ps->nbraces - 1] == K_ENUM)
        sc_diag_hint(dg, "an enum's labels are strings in single quotes: enum NAME { '%.*s', ... }",
                     (int)(s->end - s->start), ps->src->text + s->start);
}

static int yyreport_syntax_error(const yypcontext_t *ctx, sc_pstate *ps)
{
    enum { MAXEXP = 16 };   /* the top level alone has 11, a view 13 */
    yysymbol_kind_t exp[MAXEXP];
    int nexp = yypcontext_expected_tokens(ctx, exp, MAXEXP);
    yysymbol_kind_t tok = yypcontext_token(ctx);
    sc_span s = *yypcontext_location(ctx);
    if (tok == YYSYMBOL_YYEOF) {
        s.start = ps->prev_end;
        s.end = s.start + 1;
    }
    char what[200], msg[800], one[48];
    describe_token(ps, tok, yypcontext_location(ctx), what, sizeof what);
    int used = snprintf(msg, sizeof msg, "syntax error, unexpected %s", what);
    for (int i = 0; i < nexp && used < (int)sizeof msg - 60; i++) {
        expected_name(exp[i], one, sizeof one);
        used += snprintf(msg + used, sizeof msg - (size_t)used, "%s%s",
                         i == 0 ? ", expecting " : " or ", one);
    }
    sc_lex_error(ps, s.start, s.end > s.start ? s.end - s.start : 1, msg);
    keyword_hint(ps);
    view_items_hint(ps, tok);
    misspelt_hint(ps, tok, yypcontext_location(ctx), exp, nexp);
    quoting_hint(ps, tok, yypcontext_location(ctx), exp, nexp);
    sql_habit_hint(ps, tok, yypcontext_location(ctx), exp, nexp);
    return 0;
}
