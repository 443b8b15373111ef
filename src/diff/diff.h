/* diff.h - model x model -> an ordered plan of operations.
 *
 * Each operation knows its inverse, its hazard class, whether it may run
 * inside a transaction and what it depends on; the plan is ordered by one
 * dependency sort. The down plan is the same list read backwards through
 * the inverses. */
#ifndef SC_DIFF_H
#define SC_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "model/diag.h"
#include "model/model.h"

typedef struct sc_diff_opts {
    sc_dialect dialect;
    bool compare_type;            /* default true */
    bool compare_server_default;  /* default true */
    bool concurrently;            /* PostgreSQL: CREATE/DROP INDEX CONCURRENTLY */
    /* privileges and ownership: grants, owners, default privileges compared
     * (--with-privileges, compare_privileges = true); default false */
    bool privileges;
    /* internal (reverse.c): the plan's down script is read backwards from
     * its up script, never a diff of its own */
    bool no_reverse;
    /* internal (reverse.c, house2): an enum that only gains values is
     * treated as rebuilt by its dependents (they go around it both ways),
     * for a plan whose down script is its inverse and rebuilds the type */
    bool rebuild_added_enums;
} sc_diff_opts;

void sc_diff_opts_init(sc_diff_opts *o, sc_dialect dialect);

typedef struct sc_plan sc_plan;

/* Compares from -> to. Both models must outlive the plan. Returns the plan
 * (possibly empty), or NULL with errors in d. */
sc_plan *sc_diff(const sc_model *from, const sc_model *to, const sc_diff_opts *o, sc_diags *d);
void sc_plan_free(sc_plan *p);

/* After sc_normalize_pg/sc_normalize_sqlite: gives the re-inspected model
 * back what only the declared one knows: rename hints (tables, columns) and
 * which constraint/index names were implicit (name_explicit false, so that
 * diff matches them by definition). Call it before sc_diff. */
void sc_diff_adopt_hints(sc_model *normalized, const sc_model *declared);

/* parts6 (partition_said.c), for `inspect` of a PostgreSQL database: each
 * partition's index attached to its parent's under a name `compile` would
 * not give the copy is added to the partition as its own (compile creates
 * it before the parent's index, which takes it under that name). */
void sc_partition_say_attached(sc_model *m);

/* parts6 (diff_partition_bounds.c): each text value of m's partition
 * bounds whose order is a collation's (a text key column's, NULL for the
 * database's default; not C or POSIX), for the server to sort
 * (m->text_order). A value may come more than once; the texts live only
 * during the call of `each`. */
void sc_partition_text_bounds(const sc_model *m, void (*each)(const char *collation, const char *value, void *arg),
                              void *arg);
size_t sc_plan_count(const sc_plan *p);

/* The tables on the `to` side that exist on both sides and that some
 * operation changes, each once, in plan order: a heap array (caller frees)
 * of *n pointers into the `to` model. Lets a caller re-check only those on
 * the server's terms. */
const sc_table **sc_plan_changed_tables(const sc_plan *p, size_t *n);
/* The same, restricted to the tables with a difference that the server's
 * spelling could make vanish (two expressions, a default that is not a
 * plain literal, a user type, a collation: spelling.c). A column added or
 * dropped, NOT NULL, a key, an index over plain columns, a default from one
 * plain literal to another are differences whatever the spelling.
 * *others: some operation outside tables needs the server too (a sequence's
 * bounds). */
const sc_table **sc_plan_spelling_tables(const sc_plan *p, size_t *n, bool *others);
/* The tables of the `to` side that the plan creates, or adds columns to,
 * whose new parts hold what only the server can judge (a default that is
 * not a plain literal of the column's type, a check, an exclusion, a
 * generated column, a type with modifiers or an extension's, an index
 * that is not over plain columns, a partition key or bound): loaded in the
 * scratch schemas to be checked, not re-spelled (spelling.c). Left out: a
 * table with an expression that calls a function of `to` or names a table
 * the plan creates (the load would lack it). None (NULL, *n 0) when more
 * than max ops ask for it: a first revision, which its upgrade checks.
 * Heap array
 * (caller frees) of *n pointers into the `to` model, in plan order. */
const sc_table **sc_plan_checked_tables(const sc_plan *p, const sc_model *to, size_t max, size_t *n);
/* Whether ix is an index over plain columns (btree, no predicate, default
 * operator classes, collations and NULLS order): the same whatever the
 * spelling (spelling.c). */
bool sc_index_structural(const sc_index *ix);

/* The views of the `to` side whose definition (query, columns, options)
 * differs from the view they continue, as text: the ones worth loading in
 * the scratch schemas to compare on the server's terms. A heap array
 * (caller frees) of *n pointers into the `to` model, in to-model order. */
const sc_view **sc_plan_changed_views(const sc_plan *p, size_t *n);

/* For a plan made against a model spliced with tables read back on the
 * server's terms (`reread`, sc_normalize_pg): its operations show the
 * declared columns, constraints and indexes of the same names, so that the
 * SQL says what the user wrote rather than the server's spelling of it
 * (show.c). Call it before emitting. */
void sc_plan_show_declared(sc_plan *p, const sc_model *reread, const sc_model *declared);

/* One line per operation ("add column users.email", ...), for `check` and
 * stderr; hazards are marked. Heap string, "" when empty. */
char *sc_plan_summary(const sc_plan *p);
/* Number of operations that may lose data (drop table/column, narrowing, ...). */
size_t sc_plan_hazards(const sc_plan *p);
/* The hazards of the script of one direction (down: the down script's,
 * which its own ops say: a check put back looser is none), one message a
 * line, as its "-- HAZARD:" lines say them. Heap string, "" when none. */
char *sc_plan_hazard_lines(const sc_plan *p, bool down);

#endif
