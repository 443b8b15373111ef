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

static void stats_and_options(sc_strbuf *b, const char *schema, const char *table, const sc_column *c)
{
    if (sc_column_statistics(c) >= 0)
        sc_ddl_set_statistics(b, schema, table, c->name, sc_column_statistics(c));
    if (sc_column_options(c)->n)   /* attopts7 */
        sc_ddl_column_options_alter(b, schema, table, c->name, &sc_no_names, sc_column_options(c));
}

/* CREATE TABLE has no place for them: one ALTER per column and property
 * (its storage: sc_ddl_column_storage) */
void sc_ddl_column_statistics(sc_strbuf *b, const sc_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++)
        stats_and_options(b, t->schema, t->name, SC_VEC_AT(t->columns, i, sc_column));
}

void sc_ddl_column_after_add(sc_strbuf *b, const char *schema, const char *table, const sc_column *c)
{
    if (c->storage) {
        alter(b, schema, table);
        sc_sb_puts(b, " ALTER COLUMN ");
        sc_sb_ident(b, c->name);
        sc_sb_printf(b, " SET STORAGE %s;\n", sc_storage_name(c->storage));
    }
    stats_and_options(b, schema, table, c);
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
