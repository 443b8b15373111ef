/* scratch_pg_culprit.c - which statement of a scratch load the server
 * refused, and which declared object wrote it.
 *
 * The load runs as one batch (a round trip for thousands of statements),
 * and PostgreSQL's error says what failed, not which statement. When it
 * fails, the batch is rolled back to a savepoint and run again one
 * statement at a time until the server refuses one: only on failure, so a
 * load that takes costs nothing more than the savepoint. The statement
 * names its object (stmt_object.c), whose declaration gives the error its
 * file:line:col. */
#include <stdlib.h>
#include <string.h>

#include "db/sqlsplit.h"
#include "inspect/pg_internal.h"

void pg_load_fail_free(pg_load_fail *f)
{
    free(f->stmt);
    free(f->msg);
    memset(f, 0, sizeof *f);
}

static char *unalias(const char *text, const pg_names *s)
{
    return pg_unalias_text(text, s->scratch, s->real, s->n);
}

int pg_load_culprit(sc_db *db, const char *fns, const char *ddl, const pg_names *s, pg_load_fail *out)
{
    sc_diags d;
    sc_diags_init(&d);
    if (fns && sc_db_exec(db, fns, &d) != 0) {
        out->msg = unalias(d.items[d.n - 1].msg, s);
        sc_diags_free(&d);
        return 0;   /* the new functions' own statements: no object of a table's */
    }
    sc_stmts st = {0};
    size_t err_off = 0;
    const char *err = NULL;
    int found = -1;
    if (sc_sql_split(ddl, strlen(ddl), 0, &st, &err_off, &err) == 0) {
        for (size_t i = 0; i < st.n && found < 0; i++) {
            char *one = strndup(ddl + st.items[i].off, st.items[i].len);
            if (!one)
                abort();
            if (sc_db_exec(db, one, &d) != 0) {
                out->stmt = unalias(one, s);
                out->msg = unalias(d.items[d.n - 1].msg, s);
                found = 0;
            }
            free(one);
        }
    }
    sc_stmts_free(&st);
    sc_diags_free(&d);
    return found;
}

/* The SQLSTATE of a message sc_db_exec wrote ("... [SQLSTATE 42501]"). */
static const char *sqlstate(const char *msg)
{
    const char *p = msg ? strstr(msg, "[SQLSTATE ") : NULL;
    return p ? p + 10 : "";
}

bool pg_load_fail_environment(const pg_load_fail *f)
{
    const char *st = sqlstate(f->msg);
    /* what the role or the server cannot give, not what the schema says:
     * no CREATE on the database (42501), the lock table (53xxx), a limit
     * (54xxx), a server going away (08xxx, 57xxx) */
    return !f->msg || !strncmp(st, "42501", 5) || !strncmp(st, "53", 2) || !strncmp(st, "54", 2) ||
           !strncmp(st, "08", 2) || !strncmp(st, "57", 2);
}
