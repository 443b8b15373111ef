/* inspect.c - sc_inspect: dispatch to the dialect's inspector. */
#include "inspect/inspect.h"

sc_model *sc_inspect(sc_db *db, const sc_inspect_opts *opts, sc_diags *d)
{
    if (!db) {
        sc_error(d, SC_ERR_DB, "no database connection");
        return NULL;
    }
    switch (sc_db_dialect(db)) {
    case SC_DIALECT_POSTGRESQL:
        return sc_inspect_pg(sc_db_pg(db), opts, d);
    case SC_DIALECT_SQLITE:
        return sc_inspect_sqlite(sc_db_sqlite(db), opts, d);
    }
    sc_error(d, SC_ERR_DB, "unknown dialect");
    return NULL;
}
