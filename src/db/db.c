/* db.c - placeholder: its owner replaces this file. */
#include <stdlib.h>
#include <string.h>

#include "db/db.h"

bool sc_url_is_database(const char *s) { return strstr(s, "://") != NULL; }
char *sc_url_mask(const char *url) { return strdup(url); }
int sc_db_open(const char *url, int flags, sc_db **out, sc_diags *d)
{
    (void)flags; *out = NULL;
    sc_error(d, SC_ERR_DB, "%s: connections are not built yet", url);
    return -1;
}
void sc_db_close(sc_db *db) { (void)db; }
sc_dialect sc_db_dialect(const sc_db *db) { (void)db; return SC_DIALECT_POSTGRESQL; }
const char *sc_db_masked_url(const sc_db *db) { (void)db; return ""; }
struct pg_conn *sc_db_pg(sc_db *db) { (void)db; return NULL; }
struct sqlite3 *sc_db_sqlite(sc_db *db) { (void)db; return NULL; }
int sc_db_exec(sc_db *db, const char *sql, sc_diags *d) { (void)db; (void)sql; sc_error(d, SC_ERR_DB, "no connection"); return -1; }
