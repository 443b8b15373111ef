/* pg_roles.c - the roles a declared model's privileges and owners name,
 * checked against the server in one query: schemac never creates nor drops
 * a role, so a grant to one that does not exist is the user's to fix, and
 * is said before any SQL is written (each missing role once, where it is
 * first named). */
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "db/db.h"
#include "inspect/inspect.h"
#include "inspect/pg_internal.h"
#include "model/strbuf.h"
#include "model/strmap.h"

typedef struct role_use {
    const char *role;
    sc_loc loc;
} role_use;

static void use(sc_strmap *seen, sc_vec *v, sc_arena *a, const char *role, sc_loc loc)
{
    if (!role || !strcmp(role, "PUBLIC") || sc_strmap_has(seen, role))
        return;
    role_use *u = sc_arena_alloc(a, sizeof *u);
    u->role = role;
    u->loc = loc;
    sc_strmap_put(seen, role, u);
    sc_vec_push(a, v, u);
}

int sc_inspect_check_roles(sc_db *db, const sc_model *declared, sc_diags *d)
{
    PGconn *conn = sc_db_pg(db);
    if (!conn || !sc_privs_any(declared))
        return 0;
    sc_arena *a = sc_arena_new();
    sc_strmap *seen = sc_strmap_new();
    sc_vec uses = {0};
    const sc_privs *p = &declared->privs;
    for (size_t i = 0; i < p->owners.n; i++) {
        const sc_owner *o = p->owners.items[i];
        use(seen, &uses, a, o->role, o->loc);
    }
    for (size_t i = 0; i < p->grants.n; i++) {
        const sc_grant *g = p->grants.items[i];
        use(seen, &uses, a, g->grantee, g->loc);
    }
    for (size_t i = 0; i < p->defaults.n; i++) {
        const sc_default_priv *x = p->defaults.items[i];
        use(seen, &uses, a, x->role, x->loc);
        use(seen, &uses, a, x->grantee, x->loc);
    }
    int rc = 0;
    if (uses.n) {
        sc_strbuf lit = SC_STRBUF_INIT;
        sc_sb_putc(&lit, '{');
        for (size_t i = 0; i < uses.n; i++) {
            if (i)
                sc_sb_putc(&lit, ',');
            pg_put_array_elem(&lit, ((role_use *)uses.items[i])->role);
        }
        sc_sb_putc(&lit, '}');
        const char *params[1] = {sc_sb_cstr(&lit)};
        PGresult *r = PQexecParams(conn,
                                   "SELECT x FROM pg_catalog.unnest($1::text[]) x"
                                   " WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = x)",
                                   1, NULL, params, NULL, NULL, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            sc_error(d, SC_ERR_DB, "reading the roles failed: %s", PQerrorMessage(conn));
            rc = -1;
        } else {
            for (int i = 0; i < PQntuples(r); i++) {
                const role_use *u = sc_strmap_get(seen, PQgetvalue(r, i, 0));
                sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, u ? u->loc : (sc_loc){0},
                                          "role \"%s\" does not exist on the server", PQgetvalue(r, i, 0));
                sc_diag_hint(dg, "schemac never creates roles: create it first (CREATE ROLE), or grant to a "
                                 "role that exists");
                rc = -1;
            }
        }
        PQclear(r);
        sc_sb_free(&lit);
    }
    sc_strmap_free(seen);
    sc_arena_free(a);
    return rc;
}
