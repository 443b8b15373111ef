/* build_routine.c - the grammar's RAWSQL item: a function, procedure or
 * trigger declared as its CREATE statement (routine_sql.c reads it). */
#include "parser/pstate.h"
#include "parser/routine.h"

void sc_pb_routine(sc_pstate *ps, sc_span s)
{
    const char *text = sc_pb_text(ps, s);
    if (sc_routine_read(ps->m, text, sc_pb_loc(ps, s), ps->d) != 0)
        ps->nerrors++;
}
