/* scope.h - which PostgreSQL schemas a comparison covers (scope.c).
 *
 * "public" and every schema a declared model uses (sc_declared_schemas);
 * with include "all", also every user schema of the databases dbs[0..ndb)
 * (at most 2); another include is a comma list of names, taken as it is
 * (blanks around each trimmed). The returned array is heap (free it); its
 * names point into the models and into *keep (sc_scope_free). NULL with an
 * error when a database cannot list them. */
#ifndef SC_PIPELINE_SCOPE_H
#define SC_PIPELINE_SCOPE_H

#include <stddef.h>

#include "db/db.h"
#include "model/diag.h"
#include "model/model.h"

typedef struct sc_scope_keep {
    char *text;
    char **listed[2];   /* with include "all": dbs[i]'s own user schemas ... */
    size_t nlisted[2];  /* ... and how many */
} sc_scope_keep;

/* public first, then the others the model uses, each once (heap array). */
size_t sc_declared_schemas(const sc_model *m, const char ***out);
const char **sc_schema_scope(sc_db *const *dbs, size_t ndb, const sc_model *const *declared, size_t ndecl,
                             const char *include, size_t *n, sc_scope_keep *keep, sc_diags *d);
void sc_scope_free(sc_scope_keep *keep);

#endif
