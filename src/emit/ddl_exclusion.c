/* ddl_exclusion.c - EXCLUDE constraints and the index clauses of keys
 * (issue 12), in PostgreSQL's order:
 *   EXCLUDE [USING m] (elem WITH op, ...) [INCLUDE (c, ...)] [WITH (p=v)]
 *     [USING INDEX TABLESPACE t] [WHERE (pred)]
 * then the constraint's DEFERRABLE (ddl_table.c). SQLite has none of
 * them: compiling for it refuses them first (model/refuse.c). */
#include <string.h>

#include "emit/ddl.h"
#include "emit/ddl_internal.h"
#include "model/strbuf.h"

void sc_ddl_con_index(sc_strbuf *b, const sc_constraint *con, sc_dialect dialect)
{
    if (dialect != SC_DIALECT_POSTGRESQL)
        return;
    if (sc_constraint_index_options(con)->n) {
        sc_sb_puts(b, " WITH");
        sc_ddl_params(b, sc_constraint_index_options(con));
    }
    if (sc_constraint_index_tablespace(con)) {
        sc_sb_puts(b, " USING INDEX TABLESPACE ");
        sc_ddl_ident(b, dialect, sc_constraint_index_tablespace(con));
    }
}

void sc_ddl_exclusion(sc_strbuf *b, const sc_constraint *con, sc_dialect dialect)
{
    const sc_index *ix = sc_constraint_exclusion(con);
    sc_sb_puts(b, "EXCLUDE");
    if (!ix) {
        sc_sb_puts(b, " ()");
        return;
    }
    sc_ddl_index_body(b, ix, SC_DIALECT_POSTGRESQL);   /* SQLite refuses exclusions (refuse.c) */
    sc_ddl_con_index(b, con, dialect);
    if (ix->where) {
        sc_sb_puts(b, " WHERE (");
        sc_ddl_expr(b, ix->where, dialect);
        sc_sb_putc(b, ')');
    }
}

/* ALTER INDEX schema.name SET (...) / RESET (...) / SET TABLESPACE from
 * one index's storage to another's */
static void index_storage_alter(sc_strbuf *b, const char *schema, const char *name, const sc_names *fromp,
                                const sc_names *top, const char *tf, const char *tt)
{
    sc_ddl_params_alter(b, "INDEX", schema, name, fromp, top);
    if ((tf == NULL) != (tt == NULL) || (tf && strcmp(tf, tt) != 0)) {
        sc_strbuf idx = SC_STRBUF_INIT;
        sc_ddl_qualified(&idx, SC_DIALECT_POSTGRESQL, schema, name);
        if (tt) {
            sc_sb_printf(b, "ALTER INDEX %s SET TABLESPACE ", sc_sb_cstr(&idx));
            sc_ddl_ident(b, SC_DIALECT_POSTGRESQL, tt);
            sc_sb_puts(b, ";\n");
        } else {
            /* back to the database's default tablespace, which only the
             * catalog knows (pg_default unless ALTER DATABASE moved it) */
            sc_sb_puts(b, "DO $schemac$ BEGIN EXECUTE pg_catalog.format('ALTER INDEX %s SET TABLESPACE %I', ");
            sc_sb_literal(b, sc_sb_cstr(&idx));
            sc_sb_puts(b, ", (SELECT t.spcname FROM pg_catalog.pg_database d JOIN pg_catalog.pg_tablespace t"
                          " ON t.oid = d.dattablespace WHERE d.datname = pg_catalog.current_database())); END $schemac$;\n");
        }
        sc_sb_free(&idx);
    }
}

void sc_ddl_con_index_alter(sc_strbuf *b, const sc_table *t, const sc_constraint *from, const sc_constraint *to)
{
    index_storage_alter(b, t->schema, to->name, sc_constraint_index_options(from), sc_constraint_index_options(to),
                        sc_constraint_index_tablespace(from), sc_constraint_index_tablespace(to));
}

void sc_ddl_index_storage_alter(sc_strbuf *b, const char *schema, const sc_index *from, const sc_index *to)
{
    index_storage_alter(b, schema, to->name, sc_index_options(from), sc_index_options(to), sc_index_tablespace(from),
                        sc_index_tablespace(to));
}
