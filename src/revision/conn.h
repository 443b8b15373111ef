/* conn.h - the two things the revision workflow asks of a live database:
 * run one statement, and read one column of text rows. Works on a raw
 * libpq or sqlite3 handle, so that it does not depend on how the
 * connection was opened (sc_db_pg()/sc_db_sqlite() give the handles). */
#ifndef SC_REV_CONN_H
#define SC_REV_CONN_H

#include <stddef.h>

#include "model/model.h"

struct pg_conn;
struct sqlite3;

typedef struct sc_rconn {
    sc_dialect dialect;
    struct pg_conn *pg;
    struct sqlite3 *lite;
} sc_rconn;

/* Runs one statement (or several, without results). Returns 0, or -1 with
 * the server's message in *msg (heap, caller frees). */
int sc_rconn_exec(sc_rconn *c, const char *sql, char **msg);
/* Runs a query and collects its first column (NULLs as ""): heap array of
 * heap strings in *rows. Returns 0, or -1 with *msg. */
int sc_rconn_query(sc_rconn *c, const char *sql, char ***rows, size_t *nrows, char **msg);
void sc_rconn_rows_free(char **rows, size_t n);

#endif
