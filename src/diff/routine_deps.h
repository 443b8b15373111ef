/* routine_deps.h - internals shared by routine_deps.c (what a re-created
 * function takes down and puts back) and routine_users.c (the domains,
 * policies and triggers among them); fk_keys.c takes a kept foreign key
 * around its key with sc_rd_pair. */
#ifndef SC_ROUTINE_DEPS_H
#define SC_ROUTINE_DEPS_H

#include "diff/diff_int.h"

typedef struct fnchange {
    const sc_function *f;
    sc_op *drop, *create;   /* create: NULL when it is only dropped */
} fnchange;

/* The functions the plan drops, by sc_function_key and in a list that
 * grows while SQL-standard bodies that call them join it. */
typedef struct rdeps {
    sc_dctx *c;
    sc_vec fns;             /* fnchange* */
    sc_strmap *by_key;      /* sc_function_key -> fnchange* */
} rdeps;

/* The functions the plan drops, from its DROP_FUNCTION ops (r->by_key made). */
void sc_rd_collect_drops(rdeps *r);
/* The function of fns that expr's text calls, or NULL. */
const fnchange *sc_rd_called(const sc_vec *fns, const char *expr);
/* The dropped function a from-side object calls: the catalog's rows when
 * the from model has them, else expr's text. */
const fnchange *sc_rd_user_of(rdeps *r, sc_fn_user_kind kind, const char *schema, const char *table,
                              const char *name, const char *expr);
/* The first op of kind k with that from (NULL: any) and to (NULL: any). */
sc_op *sc_rd_find_op(sc_dctx *c, sc_op_kind k, const void *from, const void *to);
/* "re-created: calls fee(integer), which is re-created" */
const char *sc_rd_why(sc_dctx *c, const fnchange *fc);
/* What a kept table's object (from, to: an index or constraint, dropped
 * with kind dk and made with ak) needs around a change that blocks it: the
 * plan's own drop and add when it has them, else a new pair carrying note,
 * the add after the drop. *drop and *add get them (NULL when absent). */
void sc_rd_pair(sc_dctx *c, const sc_tpair *p, sc_op_kind dk, sc_op_kind ak, const void *from, const void *to,
                const char *fname, const char *tname, const char *note, sc_op **drop, sc_op **add);
/* The CREATE_UTYPE that casts back the columns a DROP_UTYPE parked
 * (utype_deps.c), or op itself. */
sc_op *sc_rd_unpark_of(sc_dctx *c, sc_op *op);
/* Domains whose checks or default call a dropped function (routine_users.c). */
void sc_rd_domains(rdeps *r);
/* funcdeps2: function g of the from side dropped and created again (when
 * the to side has it) because of note; the one fnchange of g. */
fnchange *sc_rd_recreate(rdeps *r, const sc_function *g, const char *note);
/* funcdeps2 (routine_types.c): functions whose arguments or result (or
 * SQL-standard body) name a type the plan rebuilds go around the rebuild. */
void sc_rd_typed_signatures(rdeps *r);
/* fns5 (routine_rowtypes.c): functions over the row type of a view the
 * plan drops and creates again go around it; fns6: so do those over a
 * relation dropped whose name the to side gives to another kind. */
void sc_rd_rowtype_views(rdeps *r, size_t first, size_t end);
/* fns7: the rounds of fn_fixpoint.c. SQL-standard bodies over the columns
 * that ops [first, end) retype or drop; bodies that call r->fns from
 * `first` on (the list grows as they join); the kept tables' and domains'
 * objects that call r's functions, and the tables dropped before them
 * (r: the functions of one round alone, so that none is taken twice). */
void sc_rd_read_columns(rdeps *r, size_t first, size_t end);
void sc_rd_calling_bodies(rdeps *r, size_t first);
void sc_rd_users(rdeps *r);
/* fns7 (gen_readd_late.c): the stored generated columns of kept tables
 * that call one of r's functions where the tables' diff did not foresee
 * it (a function over the row type of a view re-created): dropped and
 * added again, with the constraints and indexes that mention them. */
void sc_rd_gen_late(rdeps *r, const sc_vec *gen);
/* The stored generated columns of the kept tables, as (sc_tpair*,
 * sc_column*) in turn, once for every round. */
void sc_rd_gen_columns(sc_dctx *c, sc_vec *out);
/* Once every function the plan re-creates is known: what the plan makes
 * after the functions it creates, aggregates after theirs, overloads that
 * stand in for each other, what holds a replaced body's values. */
void sc_rd_edges(sc_dctx *c);
/* funcdeps2: the note that users of re-created functions were found from
 * the text (c->plan->fn_users_guessed), naming r's functions; once, after
 * the last of them is taken (sc_routine_late_dependents). */
void sc_rd_note_guess(sc_dctx *c, const rdeps *r);
/* newuser4: `add` (a user taken down around fc's function, created again)
 * comes after the function is created again, or, when it is only dropped,
 * after the drop: while the old function is there, the user's call may be
 * ambiguous with an overload the plan creates (`f()` dropped, `f(x boolean
 * default false)` created: "function f() is not unique"). add may be NULL. */
void sc_rd_put_back(sc_dctx *c, sc_op *add, const fnchange *fc);

#endif
