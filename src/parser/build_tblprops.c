/* build_tblprops.c - the table properties PostgreSQL sets by ALTER TABLE
 * alone (tblprops6, issue 12): `replica identity ...` items and a column's
 * `statistics N`. Whether a replica identity's index is a unique index or
 * key of the table is known once names are given (model/validate_tblprops.c). */
#include <stdlib.h>
#include <string.h>

#include "parser/pstate.h"

void sc_pb_replica_identity(sc_pstate *ps, char kind, const char *index, sc_span s)
{
    sc_table *t = ps->table;
    if (!t)
        return;
    if (ps->replica_span.end) {
        sc_pb_error(ps, s, "`replica identity` given twice in table \"%s\"", t->name);
        return;
    }
    ps->replica_span = s;
    sc_table_set_replica_identity(ps->m->arena, t, kind, index, sc_pb_loc(ps, s));
}

/* PostgreSQL takes 0 .. 10000 (-1, the default, is not writing it) */
void sc_pb_col_statistics(sc_pstate *ps, const char *number, sc_span s)
{
    char *end;
    long n = strtol(number, &end, 10);
    if (*end || n < 0 || n > 10000) {
        sc_pb_error(ps, s, "statistics target %s is out of range: 0 to 10000 (leave it out for the default)",
                    number);
        return;
    }
    sc_column_set_statistics(ps->m->arena, ps->col, (int)n);
}

/* attopts7: `statistics (n_distinct = -0.5, n_distinct_inherited = 10)`, the
 * two attribute options PostgreSQL has for a table's column: an error at
 * the option that it would refuse (model/column.c says which) */
void sc_pb_col_options(sc_pstate *ps, sc_namelist *l, sc_span s)
{
    sc_loc *locs;
    sc_names o = sc_pb_take_names(ps, l, &locs);
    size_t bad;
    const char *why = sc_column_options_problem(&o, &bad);
    if (why) {
        ps->nerrors++;
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, locs[bad], "%s (\"%s\")", why, o.items[bad]);
    } else if (ps->col && sc_column_options(ps->col)->n) {
        sc_pb_error(ps, s, "`statistics (...)` given twice in column \"%s\"", ps->col->name);
    } else if (ps->col) {
        sc_column_set_options(ps->m->arena, ps->col, o);
    }
}
