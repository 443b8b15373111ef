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
    sc_ddl_privilege_statements(b, m);   /* the DSL declares them as their SQL */
}
