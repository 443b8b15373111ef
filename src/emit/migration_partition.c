/* migration_partition.c - SC_OP_TABLE_PARENTS as SQL (PostgreSQL; issue 12
 * items 4-5): the table leaves the parents it no longer has (DETACH
 * PARTITION, NO INHERIT), then joins the new ones (INHERIT, ATTACH
 * PARTITION). A bound that changes is both: detached, then attached with
 * the new bound. The down script is the same op with the sides swapped. */
#include <string.h>

#include "emit/migration_int.h"

bool mig_is_partition_op(sc_op_kind k)
{
    return k == SC_OP_TABLE_PARENTS;
}

static bool same_str(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

static bool inherits_from(const sc_table *t, const char *schema, const char *name)
{
    for (size_t i = 0; t && i < t->inherits.n; i++)
        if (!strcmp(t->inherits_schemas.items[i], schema) && !strcmp(t->inherits.items[i], name))
            return true;
    return false;
}

int mig_emit_partition(mig_out *o, const sc_op *op)
{
    const sc_table *f = op->t_from, *t = op->t_to;
    const sc_table *any = t ? t : f;
    if (o->p->opts.dialect == SC_DIALECT_SQLITE) {   /* the model's refusal says where */
        sc_diag_add(o->d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, any->loc,
                    "table \"%s\": SQLite has neither partitioning nor table inheritance", any->name);
        return -1;
    }
    if (sc_partition_refused(o->p, op))
        return -1;   /* the diff's error says why */
    if (op->note)   /* partmig: what PostgreSQL leaves behind (diff_partition.c) */
        sc_sb_printf(o->b, "-- %s\n", op->note);
    bool moved = !f || !t || !same_str(f->parent_name, t->parent_name) ||
                 !same_str(f->parent_schema, t->parent_schema) || !same_str(f->partition_bound, t->partition_bound);
    /* partmig: the leaving half (before the table's column ops) and the
     * joining half (after them) are two ops (plan.h) */
    bool leave = op->changes & SC_CHG_PARENTS_LEAVE, join = op->changes & SC_CHG_PARENTS_JOIN;
    if (leave && f && f->parent_name && moved) {
        sc_table named = *f;
        named.schema = op->schema;
        named.name = op->table;
        mig_stmt(o);
        sc_ddl_detach_partition(o->b, &named);
    }
    sc_table cur = {.schema = op->schema, .name = op->table};
    for (size_t i = 0; leave && f && i < f->inherits.n; i++)
        if (!inherits_from(t, f->inherits_schemas.items[i], f->inherits.items[i])) {
            mig_stmt(o);
            sc_ddl_inherit(o->b, &cur, f->inherits_schemas.items[i], f->inherits.items[i], true);
        }
    for (size_t i = 0; join && t && i < t->inherits.n; i++)
        if (!inherits_from(f, t->inherits_schemas.items[i], t->inherits.items[i])) {
            mig_stmt(o);
            sc_ddl_inherit(o->b, &cur, t->inherits_schemas.items[i], t->inherits.items[i], false);
        }
    if (join && t && t->parent_name && moved) {
        sc_table named = *t;
        named.schema = op->schema;
        named.name = op->table;
        mig_stmt(o);
        sc_ddl_attach_partition(o->b, &named);
    }
    return 0;
}
