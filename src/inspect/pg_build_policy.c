/* pg_build_policy.c - row level security policies, from PGQ_POLICIES
 * (column positions follow pg_sql.c): expressions as pg_get_expr spells
 * them, roles by name ('public' for PUBLIC). ENABLE/FORCE come with the
 * tables (pg_build_tables). */
#include <string.h>

#include "inspect/pg_internal.h"

static sc_policy_cmd policy_cmd(const char *c)
{
    switch (c[0]) {
    case 'r': return SC_POLICY_SELECT;
    case 'a': return SC_POLICY_INSERT;
    case 'w': return SC_POLICY_UPDATE;
    case 'd': return SC_POLICY_DELETE;
    default: return SC_POLICY_ALL;   /* '*' */
    }
}

static const char *value_or_null(pg_ctx *c, const PGresult *r, int i, int col)
{
    return PQgetisnull(r, i, col) ? NULL : sc_arena_strdup(c->m->arena, PQgetvalue(r, i, col));
}

void pg_build_policies(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 0)));
        if (!rel || !rel->t)
            continue;   /* a table not read (schemac's own bookkeeping) */
        sc_policy *p = sc_table_add_policy(c->m, rel->t, PQgetvalue(r, i, 1));
        if (!p)
            continue;
        p->restrictive = PQgetvalue(r, i, 2)[0] == 'f';
        p->cmd = policy_cmd(PQgetvalue(r, i, 3));
        const char **roles;
        size_t nroles = pg_parse_text_array(c->m->arena, PQgetvalue(r, i, 4), &roles);
        sc_policy_set_roles(p, (sc_names){roles, nroles});
        p->using_expr = value_or_null(c, r, i, 5);
        p->check_expr = value_or_null(c, r, i, 6);
        p->comment = value_or_null(c, r, i, 7);
    }
}
