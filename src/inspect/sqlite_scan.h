/* sqlite_scan.h - a small scanner for the CREATE TABLE / CREATE INDEX text
 * that SQLite keeps in sqlite_schema (internal to src/inspect).
 *
 * The pragmas expose columns, keys and indexes, but not CHECK constraints,
 * constraint names, generated-column expressions, collations, DEFERRABLE,
 * partial-index predicates or index expressions: those are recovered here
 * from the stored statement. The scanner is lenient about what it does not
 * need (types, defaults, conflict clauses are skipped) and strict only about
 * the lexical level (strings, quoted identifiers, comments, parentheses).
 * Everything it returns lives in the arena it is given. */
#ifndef SC_INSPECT_SQLITE_SCAN_H
#define SC_INSPECT_SQLITE_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "model/arena.h"
#include "model/model.h"
#include "model/vec.h"

typedef enum { SQ_EOF, SQ_WORD, SQ_QUOTED, SQ_STRING, SQ_NUMBER, SQ_OP } sq_kind;

typedef struct sq_tok {
    sq_kind kind;
    size_t off, len;   /* span in the statement, quotes included */
} sq_tok;

/* Splits sql into tokens (comments and blanks dropped; a final SQ_EOF).
 * Returns the count without the EOF, or -1 with *err set (static text). */
long sq_tokenize(sc_arena *a, const char *sql, sq_tok **out, const char **err);
/* The same into a heap array (caller frees; NULL on error): the scanners use
 * it so that thousands of statements leave no tokens behind in the arena. */
long sq_tokenize_heap(const char *sql, sq_tok **out, const char **err);

/* A quoted identifier or string token's value, quotes removed and doubled
 * quotes undone; a bare word as written. Arena string. */
char *sq_tok_value(sc_arena *a, const char *sql, const sq_tok *t);

typedef struct sq_column {
    const char *name;
    const char *collation;   /* COLLATE x, or NULL */
    const char *generated;   /* AS (expr): the expr, or NULL */
    bool stored;             /* generated ... STORED (VIRTUAL is the default) */
    bool not_null;           /* NOT NULL written on the column */
} sq_column;

typedef struct sq_constraint {
    sc_con_kind kind;
    const char *name;        /* CONSTRAINT name, or NULL */
    const char *column;      /* the column of a column constraint, NULL at table level */
    sc_vec columns;          /* const char*: PK/UNIQUE/FK local columns */
    const char *check_expr;  /* CHECK (expr): the expr */
    const char *ref_table;
    sc_vec ref_columns;      /* const char*; empty: the referenced table's PK */
    sc_fk_action on_delete, on_update;
    bool deferrable, initially_deferred;
    bool autoincrement;
    bool used;               /* matched to what a pragma reported (inspector's bookkeeping) */
} sq_constraint;

typedef struct sq_table {
    const char *name;
    sc_vec columns;          /* sq_column*, in order */
    sc_vec constraints;      /* sq_constraint*, in text order */
    bool without_rowid, strict;
} sq_table;

typedef struct sq_index_elem {
    const char *column;      /* a plain column, or NULL */
    const char *expr;        /* an expression, outer parentheses removed */
    const char *collation;
    bool desc;
} sq_index_elem;

typedef struct sq_index {
    const char *name, *table;
    const char *sql;         /* the whole text (set by the inspector) */
    bool unique;
    sc_vec elems;            /* sq_index_elem* */
    const char *where;       /* partial-index predicate, or NULL */
} sq_index;

/* Each returns 0, or -1 with *err set (arena or static text). */
int sq_scan_table(sc_arena *a, const char *sql, sq_table *out, const char **err);
int sq_scan_index(sc_arena *a, const char *sql, sq_index *out, const char **err);

/* true when expr is exactly `<column> IN ('a', 'b', ...)` (string literals
 * only, at least one): sets *column and the labels (arena strings). This is
 * how the SQLite representation spells an enum. */
bool sq_match_in_list(sc_arena *a, const char *expr, const char **column, sc_names *labels);

/* The text without parentheses that enclose all of it ("(a + b)" -> "a + b");
 * text that does not tokenize is returned unchanged. Arena string. */
const char *sq_strip_outer_parens(sc_arena *a, const char *text);

#endif
