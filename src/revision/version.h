/* version.h - the version table: one row per head, like alembic_version.
 *
 *   CREATE TABLE IF NOT EXISTS schemac_version (
 *       version_num VARCHAR(32) NOT NULL,
 *       CONSTRAINT schemac_version_pkc PRIMARY KEY (version_num)
 *   );
 *
 * The SQL builders serve both the online runner and the offline script. */
#ifndef SC_REV_VERSION_H
#define SC_REV_VERSION_H

#include <stdbool.h>
#include <stddef.h>

#include "model/diag.h"
#include "model/strbuf.h"
#include "revision/conn.h"

typedef struct sc_vtable {
    const char *schema;   /* NULL: the connection's default (search_path / main) */
    const char *name;
} sc_vtable;

void sc_version_create_sql(sc_strbuf *b, const sc_vtable *vt);
void sc_version_drop_sql(sc_strbuf *b, const sc_vtable *vt);
/* The row changes of one step: UPDATE when one head replaces another,
 * INSERT for a new head, DELETE for a head that goes away. */
void sc_version_step_sql(sc_strbuf *b, const sc_vtable *vt, const char *const *removed, size_t nremoved,
                         const char *const *added, size_t nadded);

/* The heads recorded in the database (none when the table does not exist
 * yet), sorted. Returns 0, or -1 with an SC_ERR_DB error. */
int sc_version_read(sc_rconn *c, const sc_vtable *vt, char ***ids, size_t *n, sc_diags *d);
/* Creates the table when it does not exist. */
int sc_version_ensure(sc_rconn *c, const sc_vtable *vt, sc_diags *d);

#endif
