/* dsl_privilege.c - privileges and ownership written back as the DSL
 * declares them: the SQL statements themselves (GRANT, ALTER ... OWNER TO,
 * ALTER DEFAULT PRIVILEGES), after everything else, which they name. */
#include "emit/ddl.h"
#include "emit/dsl_utype.h"

void sc_dsl_privileges(sc_strbuf *b, const sc_model *m, bool after_something)
{
    if (!sc_privs_any(m))
        return;
    if (after_something)
        sc_sb_putc(b, '\n');
    for (size_t i = 0; i < m->privs.owners.n; i++) {
        const sc_owner *o = SC_VEC_AT(m->privs.owners, i, sc_owner);
        sc_ddl_owner(b, o, o->role);
    }
    for (size_t i = 0; i < m->privs.grants.n; i++)
        sc_ddl_grant_change(b, NULL, SC_VEC_AT(m->privs.grants, i, sc_grant));
    for (size_t i = 0; i < m->privs.defaults.n; i++)
        sc_ddl_default_change(b, NULL, SC_VEC_AT(m->privs.defaults, i, sc_default_priv));
}
