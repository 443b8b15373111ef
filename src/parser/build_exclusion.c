/* build_exclusion.c - exclusion constraints (issue 12):
 *
 *   exclude [NAME] [using METHOD] (ELEM with OP, ...) [using METHOD] [include (c, ...)]
 *           [with (P = V, ...)] [using index tablespace T] [where (PRED)]
 *           [deferrable | initially deferred ...] [comment '...']
 *
 * The elements are an index's (column, call or expression, collation,
 * operator class, direction, nulls) each with its operator; the clauses
 * after them are a constraint's options, in any order (build.c refuses the
 * ones other constraint kinds do not take). The model keeps the index part
 * as an sc_index on the constraint (sc_constraint_exclusion). */
#include <string.h>

#include "parser/pstate.h"

const char *sc_pb_excl_op(sc_pstate *ps, sc_span s)
{
    const char *op = sc_pb_text(ps, s);
    for (const char *p = op; *p; p++)
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
            sc_pb_error(ps, s, "an operator is written without blanks inside it");
            return op;
        }
    if (!sc_exclusion_op_valid(op))
        sc_pb_error(ps, s, "\"%s\" is not an operator (of + - * / < > = ~ ! @ # %% ^ & | ` ?)", op);
    return op;
}

void sc_pb_exclude(sc_pstate *ps, const char *name, const char *method, sc_span method_span,
                   sc_elemlist *elems, const sc_fkopts *o, sc_span s)
{
    if (method && o->method)
        sc_pb_error(ps, method_span, "the method of an exclusion constraint is given twice");
    if (!method)
        method = o->method;
    if (!ps->table) {
        sc_elems_free(elems);
        return;
    }
    sc_constraint *k = sc_table_add_constraint(ps->m, ps->table, SC_CON_EXCLUDE);
    k->name = name;
    k->name_explicit = name != NULL;
    k->loc = sc_pb_loc(ps, s);
    sc_index *ix = sc_arena_alloc(ps->m->arena, sizeof *ix);
    ix->nelems = elems->n;
    ix->elems = sc_arena_alloc(ps->m->arena, (elems->n ? elems->n : 1) * sizeof *ix->elems);
    memcpy(ix->elems, elems->items, elems->n * sizeof *ix->elems);
    sc_elems_free(elems);
    ix->method = method && strcmp(method, "btree") != 0 ? method : NULL;
    ix->include = o->include;
    sc_index_set_include_locs(ps->m->arena, ix, o->include_locs);
    ix->where = o->where;
    ix->loc = k->loc;
    sc_constraint_set_exclusion(ps->m->arena, k, ix);
    sc_pb_con_options(ps, k, o);
}
