/* ddl_partition.c - PostgreSQL DDL of partitioning and inheritance (issue
 * 12 items 4-5): the clauses of CREATE TABLE, ATTACH / DETACH PARTITION,
 * INHERIT / NO INHERIT. Keys and bounds are written as the model holds
 * them: pg_get_partkeydef's and pg_get_expr(relpartbound)'s spelling when
 * read back, the DSL's text otherwise. */
#include "emit/ddl.h"
#include "model/strbuf.h"

bool sc_ddl_partition_head(sc_strbuf *b, const sc_table *t)
{
    if (!t->parent_name)
        return false;
    sc_sb_puts(b, " PARTITION OF ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->parent_schema, t->parent_name);
    return true;
}

void sc_ddl_partition_tail(sc_strbuf *b, const sc_table *t)
{
    if (t->parent_name) {
        sc_sb_putc(b, ' ');
        sc_sb_puts(b, t->partition_bound ? t->partition_bound : "DEFAULT");
    }
    for (size_t i = 0; i < t->inherits.n; i++) {
        sc_sb_puts(b, i ? ", " : " INHERITS (");
        sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->inherits_schemas.items[i], t->inherits.items[i]);
    }
    if (t->inherits.n)
        sc_sb_putc(b, ')');
    if (t->partition_key) {
        sc_sb_puts(b, " PARTITION BY ");
        sc_sb_puts(b, t->partition_key);
    }
}

void sc_ddl_attach_partition(sc_strbuf *b, const sc_table *t)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->parent_schema, t->parent_name);
    sc_sb_puts(b, " ATTACH PARTITION ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
    sc_sb_putc(b, ' ');
    sc_sb_puts(b, t->partition_bound ? t->partition_bound : "DEFAULT");
    sc_sb_puts(b, ";\n");
}

void sc_ddl_detach_partition(sc_strbuf *b, const sc_table *t)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->parent_schema, t->parent_name);
    sc_sb_puts(b, " DETACH PARTITION ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_inherit(sc_strbuf *b, const sc_table *t, const char *schema, const char *name, bool no)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
    sc_sb_puts(b, no ? " NO INHERIT " : " INHERIT ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, schema, name);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_partition_column(sc_strbuf *b, const sc_column *c)
{
    sc_ddl_ident(b, SC_DIALECT_POSTGRESQL, c->name);
    sc_sb_puts(b, " WITH OPTIONS");
    if (c->default_expr) {
        sc_sb_puts(b, " DEFAULT ");
        sc_ddl_default_expr(b, c->default_expr, SC_DIALECT_POSTGRESQL);
    }
    if (c->not_null)
        sc_sb_puts(b, " NOT NULL");
}

void sc_ddl_partition_drop_defaults(sc_strbuf *b, const sc_model *m, const sc_table *t)
{
    const sc_table *p = m && t->parent_name ? sc_model_table(m, t->parent_schema, t->parent_name) : NULL;
    for (size_t i = 0; p && i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        const sc_column *pc = sc_table_column_inherited(m, p, c->name);
        if (c->default_expr || !pc || !pc->default_expr)
            continue;
        sc_sb_puts(b, "ALTER TABLE ");
        sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
        sc_sb_puts(b, " ALTER COLUMN ");
        sc_ddl_ident(b, SC_DIALECT_POSTGRESQL, c->name);
        sc_sb_puts(b, " DROP DEFAULT;\n");
    }
}

static void alter_column(sc_strbuf *b, const sc_table *t, const sc_column *c, const char *what)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
    sc_sb_puts(b, " ALTER COLUMN ");
    sc_ddl_ident(b, SC_DIALECT_POSTGRESQL, c->name);
    sc_sb_puts(b, what);
}

void sc_ddl_inherited_options(sc_strbuf *b, const sc_model *m, const sc_table *t)
{
    for (size_t i = 0; m && i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (!sc_column_with_options(c))
            continue;
        const sc_column *pc = sc_parent_column(m, t, c->name);
        if (c->default_expr) {
            alter_column(b, t, c, " SET DEFAULT ");
            sc_ddl_default_expr(b, c->default_expr, SC_DIALECT_POSTGRESQL);
            sc_sb_puts(b, ";\n");
        } else if (pc && pc->default_expr) {
            alter_column(b, t, c, " DROP DEFAULT;\n");
        }
        if (c->not_null && !(pc && pc->not_null))
            alter_column(b, t, c, " SET NOT NULL;\n");
    }
}
