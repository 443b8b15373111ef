/* ddl_tblprops.c - the PostgreSQL table properties only ALTER TABLE sets
 * (tblprops6, issue 12): a column's statistics target, REPLICA IDENTITY and
 * CLUSTER ON. The last two name an index, so they come after it exists:
 * after CREATE TABLE and its indexes, or after a migration's index ops. */
#include "emit/ddl.h"

static void alter(sc_strbuf *b, const char *schema, const char *table)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, schema, table);
}

void sc_ddl_set_statistics(sc_strbuf *b, const char *schema, const char *table, const char *column, int n)
{
    alter(b, schema, table);
    sc_sb_puts(b, " ALTER COLUMN ");
    sc_sb_ident(b, column);
    sc_sb_printf(b, " SET STATISTICS %d;\n", n < 0 ? -1 : n);
}

/* CREATE TABLE has no place for it: one ALTER per column that has one. */
void sc_ddl_column_statistics(sc_strbuf *b, const sc_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_column_statistics(c) >= 0)
            sc_ddl_set_statistics(b, t->schema, t->name, c->name, sc_column_statistics(c));
    }
}

void sc_ddl_replica_identity(sc_strbuf *b, const char *schema, const char *table, const sc_table *to)
{
    char r = sc_table_replica_identity(to);
    alter(b, schema, table);
    sc_sb_puts(b, " REPLICA IDENTITY ");
    if (r == 'i' && sc_table_replica_index(to)) {
        sc_sb_puts(b, "USING INDEX ");
        sc_sb_ident(b, sc_table_replica_index(to));
    } else {
        sc_sb_puts(b, r == 'n' ? "NOTHING" : r == 'f' ? "FULL" : "DEFAULT");
    }
    sc_sb_puts(b, ";\n");
}

void sc_ddl_cluster_on(sc_strbuf *b, const char *schema, const char *table, const char *index)
{
    alter(b, schema, table);
    if (index) {
        sc_sb_puts(b, " CLUSTER ON ");
        sc_sb_ident(b, index);
        sc_sb_puts(b, ";\n");
    } else {
        sc_sb_puts(b, " SET WITHOUT CLUSTER;\n");
    }
}

/* A new table's, once its indexes exist: what differs from a new table's
 * own (DEFAULT, no CLUSTER ON). */
void sc_ddl_table_index_props(sc_strbuf *b, const sc_table *t)
{
    if (sc_table_replica_identity(t) != 'd')
        sc_ddl_replica_identity(b, t->schema, t->name, t);
    if (sc_table_cluster_index(t))
        sc_ddl_cluster_on(b, t->schema, t->name, sc_table_cluster_index(t));
}
