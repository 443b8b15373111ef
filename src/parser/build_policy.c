/* build_policy.c - `row level security` and `policy` items of a table. */
#include "parser/pstate.h"

void sc_pb_rls(sc_pstate *ps, bool enabled, bool forced, sc_span s)
{
    sc_table *t = ps->table;
    if (!t)
        return;
    if (ps->rls_span.end) {
        sc_pb_error(ps, s, "`row level security` given twice in table \"%s\"", t->name);
        return;
    }
    ps->rls_span = s;
    t->rls_enabled = enabled;
    t->rls_forced = forced;
}

void sc_pb_policy_begin(sc_pstate *ps, const char *name, sc_span s)
{
    ps->policy = NULL;
    ps->policy_given = 0;
    if (!ps->table)
        return;
    sc_policy *p = sc_table_add_policy(ps->m, ps->table, name);
    if (!p) {
        sc_pb_error(ps, s, "duplicate policy \"%s\" in table \"%s\"", name, ps->table->name);
        return;
    }
    p->loc = sc_pb_loc(ps, s);
    ps->policy = p;
}

bool sc_pb_policy_clause(sc_pstate *ps, unsigned what, sc_span s)
{
    if (!ps->policy)
        return false;
    if (ps->policy_given & what) {
        sc_pb_error(ps, s, "clause given twice in policy \"%s\"", ps->policy->name);
        return false;
    }
    ps->policy_given |= what;
    return true;
}

void sc_pb_policy_roles(sc_pstate *ps, sc_namelist *roles)
{
    if (!ps->policy) {
        sc_names_free(roles);
        return;
    }
    sc_policy_set_roles(ps->policy, sc_pb_take_names(ps, roles, NULL));
}
