/* migration_ext.c - the statements of extension and collation ops
 * (PostgreSQL; SQLite refuses both before a plan exists: refuse.c). */
#include <string.h>

#include "emit/ddl_ext.h"
#include "emit/migration_int.h"

bool mig_is_ext_op(sc_op_kind k)
{
    return k == SC_OP_CREATE_EXTENSION || k == SC_OP_DROP_EXTENSION || k == SC_OP_ALTER_EXTENSION ||
           k == SC_OP_CREATE_COLLATION || k == SC_OP_DROP_COLLATION || k == SC_OP_REPLACE_COLLATION ||
           k == SC_OP_COLLATION_COMMENT;   /* issue 12 */
}

/* Does a column or index element of model m name collation co? */
static bool names_collation(const sc_model *m, const char *collation, const sc_collation *co)
{
    const sc_collation *x = sc_model_collation_named(m, collation);
    return x && !strcmp(x->schema, co->schema) && !strcmp(x->name, co->name);
}

static bool index_names(const sc_model *m, const sc_index *ix, const sc_collation *co)
{
    for (size_t i = 0; i < ix->nelems; i++)
        if (names_collation(m, sc_index_elem_collation(&ix->elems[i]), co))
            return true;
    return false;
}

/* attopts7: PostgreSQL forgets REPLICA IDENTITY USING INDEX and CLUSTER ON
 * with the index they name (DROP INDEX): said again once it is back. */
static void index_props_again(sc_strbuf *b, const sc_table *t, const sc_index *ix)
{
    const char *ri = sc_table_replica_identity(t) == 'i' ? sc_table_replica_index(t) : NULL;
    if (ri && !strcmp(ri, ix->name))
        sc_ddl_replica_identity(b, t->schema, t->name, t);
    if (sc_index_clustered(ix))
        sc_ddl_cluster_on(b, t->schema, t->name, ix->name);
}

/* The indexes of m's tables that name co: dropped (create == false) or
 * created again. */
static int indexes_naming(mig_out *o, const sc_model *m, const sc_collation *co, bool create)
{
    int rc = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (!index_names(m, ix, co))
                continue;
            if (create) {
                rc |= sc_ddl_create_index(o->b, t, ix, SC_DIALECT_POSTGRESQL, o->d);
                index_props_again(o->b, t, ix);
            } else {
                sc_sb_puts(o->b, "DROP INDEX ");
                sc_sb_qualified(o->b, t->schema, ix->name);
                sc_sb_puts(o->b, ";\n");
            }
        }
    }
    return rc;
}

/* A changed collation (see plan.h): the columns that use it are those of
 * the plan's `from` side, which is the database's state whenever this op
 * runs (first of the up script, last of the down one). */
static int replace_collation(mig_out *o, const sc_op *op)
{
    const sc_collation *old = op->from, *neu = op->to;
    const sc_model *m = o->p->from;
    sc_strbuf *b = o->b;
    char tmp[SC_PG_NAMEDATALEN + 1];
    size_t n = strlen(neu->name);
    if (n > SC_PG_NAMEDATALEN - 9)
        n = SC_PG_NAMEDATALEN - 9;
    memcpy(tmp, neu->name, n);
    memcpy(tmp + n, "_schemac", 9);
    sc_collation t = *neu;
    t.name = tmp;
    sc_ddl_create_collation(b, &t);
    int rc = indexes_naming(o, m, old, false);
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *tb = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < tb->columns.n; j++) {
            const sc_column *c = SC_VEC_AT(tb->columns, j, sc_column);
            if (!names_collation(m, sc_column_collation(c), old))
                continue;
            mig_alter_table(o, tb->schema, tb->name);
            sc_sb_puts(b, "ALTER COLUMN ");
            sc_sb_ident(b, c->name);
            sc_sb_puts(b, " TYPE ");
            sc_ddl_type(b, &c->type);
            sc_sb_puts(b, " COLLATE ");
            sc_sb_qualified(b, t.schema, t.name);
            sc_sb_puts(b, ";\n");
        }
    }
    sc_ddl_drop_collation(b, old);
    sc_ddl_rename_collation(b, &t, neu->name);
    rc |= indexes_naming(o, m, old, true);
    return rc;
}

int mig_emit_ext(mig_out *o, const sc_op *op)
{
    mig_stmt(o);
    switch (op->kind) {
    case SC_OP_CREATE_EXTENSION:
        sc_ddl_create_extension(o->b, op->to);
        return 0;
    case SC_OP_DROP_EXTENSION:
        sc_ddl_drop_extension(o->b, op->from);
        return 0;
    case SC_OP_ALTER_EXTENSION:
        sc_ddl_alter_extension(o->b, op->from, op->to);
        return 0;
    case SC_OP_CREATE_COLLATION:
        sc_ddl_create_collation(o->b, op->to);
        return 0;
    case SC_OP_DROP_COLLATION:
        sc_ddl_drop_collation(o->b, op->from);
        return 0;
    case SC_OP_REPLACE_COLLATION:
        return replace_collation(o, op);
    case SC_OP_COLLATION_COMMENT:   /* issue 12 */
        sc_ddl_comment_collation(o->b, op->to, ((const sc_collation *)op->to)->comment);
        return 0;
    default:
        return 0;
    }
}
