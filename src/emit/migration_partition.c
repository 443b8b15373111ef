/* migration_partition.c - SC_OP_TABLE_PARENTS as SQL (PostgreSQL; issue 12
 * items 4-5): the table leaves the parents it no longer has (DETACH
 * PARTITION, NO INHERIT), then joins the new ones (INHERIT, ATTACH
 * PARTITION). A bound that changes is both: detached, then attached with
 * the new bound. The down script is the same op with the sides swapped. */
#include <string.h>

#include "emit/migration_int.h"

/* true when a foreign key of m references schema.name */
static bool referenced(const sc_model *m, const char *schema, const char *name)
{
    for (size_t i = 0; m && i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t k = 0; k < t->constraints.n; k++) {
            const sc_constraint *c = SC_VEC_AT(t->constraints, k, sc_constraint);
            if (c->kind == SC_CON_FOREIGN_KEY && !strcmp(c->ref_schema, schema) && !strcmp(c->ref_table, name))
                return true;
        }
    }
    return false;
}

/* true when a foreign key of m references an ancestor of t (as m has it) */
static bool ancestor_referenced(const sc_model *m, const sc_table *t, const sc_model *chain)
{
    for (int depth = 0; t && t->parent_name && depth < 64; depth++) {
        if (referenced(m, t->parent_schema, t->parent_name))
            return true;
        t = sc_model_table(chain, t->parent_schema, t->parent_name);
    }
    return false;
}

void mig_detach_before_drop(mig_out *o, const sc_op *op)
{
    /* A foreign key onto a partitioned table depends (pg_depend) on every
     * partition, so DROP TABLE of one is refused while it is attached, and
     * DETACH checks that no row references it: a row that would be lost is
     * an error, not a cascade. A key the plan drops goes before the
     * partition (edges.c); one the target has may be there at the drop. */
    const sc_table *t = op->t_from;
    if (!t || !t->parent_name || !ancestor_referenced(o->m_after, t, o->m_before))
        return;
    mig_stmt(o);
    sc_sb_puts(o->b, "-- detached first: a foreign key references its parent, and DETACH checks no row references it\n");
    sc_ddl_detach_partition(o->b, t);
}

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

/* parts5: the columns the table declares `with options` and has as its
 * own, moved through a helper parent before the INHERIT that wants them
 * (diff_inherit_rebuild.c says why each step). */
static const char *old_name(mig_out *o, const char *col)
{
    int n = (int)strlen(col), room = 63 - (int)strlen("_schemac_old");
    return sc_arena_printf(o->p->arena, "%.*s_schemac_old", n < room ? n : room, col);
}

/* SET DEFAULT def (when one) and SET NOT NULL (when not_null) on column
 * col of schema.table. */
static void set_default_not_null(mig_out *o, const char *schema, const char *table, const char *col, const char *def,
                                 bool not_null)
{
    if (def) {
        mig_stmt(o);
        mig_alter_table(o, schema, table);
        sc_sb_puts(o->b, "ALTER COLUMN ");
        sc_sb_ident(o->b, col);
        sc_sb_puts(o->b, " SET DEFAULT ");
        sc_ddl_default_expr(o->b, def, SC_DIALECT_POSTGRESQL);
        sc_sb_puts(o->b, ";\n");
    }
    if (not_null) {
        mig_stmt(o);
        mig_alter_table(o, schema, table);
        sc_sb_puts(o->b, "ALTER COLUMN ");
        sc_sb_ident(o->b, col);
        sc_sb_puts(o->b, " SET NOT NULL;\n");
    }
}

static void rebuild_columns(mig_out *o, const sc_op *op, const sc_table *t)
{
    const sc_inh_rebuild *r = op->inh_rebuild;
    sc_table cur = *t;
    cur.schema = op->schema;
    cur.name = op->table;
    sc_sb_printf(o->b, "-- %s.%s: ", op->schema, op->table);
    for (size_t i = 0; i < r->ncols; i++)
        sc_sb_printf(o->b, "%s%s", i ? ", " : "", r->cols[i]->name);
    sc_sb_printf(o->b, " become%s the parent's alone (`with options`): INHERIT would keep %s the table's own, "
                       "so %s moved through a helper parent whose ADD COLUMN gives %s to the table (its rows "
                       "copied: the table is rewritten)\n",
                 r->ncols > 1 ? "" : "s", r->ncols > 1 ? "them" : "it", r->ncols > 1 ? "they are" : "it is",
                 r->ncols > 1 ? "them" : "it");
    mig_stmt(o);
    sc_sb_puts(o->b, "CREATE TABLE ");
    sc_sb_qualified(o->b, op->schema, r->helper);
    sc_sb_puts(o->b, " ();\n");
    mig_stmt(o);
    sc_ddl_inherit(o->b, &cur, op->schema, r->helper, false);
    for (size_t i = 0; i < r->ncols; i++) {
        const sc_column *c = r->cols[i], *pc = r->pcols[i];
        mig_stmt(o);
        mig_rename(o, op->schema, op->table, "COLUMN", c->name, old_name(o, c->name));
        mig_stmt(o);
        mig_alter_table(o, op->schema, r->helper);
        sc_sb_puts(o->b, "ADD COLUMN ");
        sc_sb_ident(o->b, c->name);
        sc_sb_putc(o->b, ' ');
        sc_ddl_type(o->b, &pc->type);
        if (sc_column_collation(pc)) {
            sc_sb_puts(o->b, " COLLATE ");
            sc_ddl_collation(o->b, sc_column_collation(pc), SC_DIALECT_POSTGRESQL);
        }
        sc_sb_puts(o->b, ";\n");
    }
    mig_stmt(o);
    sc_sb_puts(o->b, "UPDATE ");
    sc_sb_qualified(o->b, op->schema, op->table);
    sc_sb_puts(o->b, " SET ");
    for (size_t i = 0; i < r->ncols; i++) {
        sc_sb_puts(o->b, i ? ", " : "");
        sc_sb_ident(o->b, r->cols[i]->name);
        sc_sb_puts(o->b, " = ");
        sc_sb_ident(o->b, old_name(o, r->cols[i]->name));
    }
    sc_sb_puts(o->b, ";\n");
    for (size_t i = 0; i < r->ncols; i++) {
        const sc_column *c = r->cols[i], *pc = r->pcols[i];
        mig_stmt(o);
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(o->b, "DROP COLUMN ");
        sc_sb_ident(o->b, old_name(o, c->name));
        sc_sb_puts(o->b, ";\n");
        /* the helper's column has no default: the table's own, if any
         * (parts7: a `with options` column without `default` has none, as
         * compile leaves it, docs/dsl.md; the parent's was set before and
         * the next diff dropped it) */
        set_default_not_null(o, op->schema, op->table, c->name, c->default_expr, c->not_null || pc->not_null);
    }
    for (size_t i = 0; i < r->nchecks; i++) {   /* the DROP took them; INHERIT wants them */
        mig_stmt(o);
        if (sc_ddl_add_constraint(o->b, &cur, r->checks[i], SC_DIALECT_POSTGRESQL, o->d))
            o->rc = -1;
    }
}

static void remake_con(mig_out *o, const sc_table *t, const sc_constraint *k)
{
    mig_stmt(o);
    if (sc_ddl_add_constraint(o->b, t, k, SC_DIALECT_POSTGRESQL, o->d))
        o->rc = -1;
    if (sc_constraint_comment(k))
        sc_ddl_comment_constraint(o->b, t, k, sc_constraint_comment(k), SC_DIALECT_POSTGRESQL);
}

static void remake_index(mig_out *o, const sc_table *t, const sc_index *ix)
{
    mig_stmt(o);
    if (sc_ddl_create_index(o->b, t, ix, SC_DIALECT_POSTGRESQL, o->d))
        o->rc = -1;
    if (sc_index_comment(ix))
        sc_ddl_comment_index(o->b, t, ix, sc_index_comment(ix), SC_DIALECT_POSTGRESQL);
}

/* After the INHERIT: what the DROP took of the table's own and of its
 * children's (parts6), made again. */
static void rebuild_objects(mig_out *o, const sc_op *op, const sc_table *t)
{
    const sc_inh_rebuild *r = op->inh_rebuild;
    sc_table cur = *t;
    cur.schema = op->schema;
    cur.name = op->table;
    for (size_t i = 0; i < r->ncons; i++)
        remake_con(o, &cur, r->cons[i]);
    for (size_t i = 0; i < r->nindexes; i++)
        remake_index(o, &cur, r->indexes[i]);
    for (size_t i = 0; i < r->nkid_cons; i++)
        remake_con(o, r->kid_con_tables[i], r->kid_cons[i]);
    for (size_t i = 0; i < r->nkid_indexes; i++)
        remake_index(o, r->kid_index_tables[i], r->kid_indexes[i]);
    for (size_t i = 0; i < r->nkid_cols; i++) {   /* a child's own: the table's SET DEFAULT recursed over it */
        const sc_table *kt = r->kid_col_tables[i];
        const sc_column *kc = r->kid_cols[i];
        set_default_not_null(o, kt->schema, kt->name, kc->name, kc->default_expr, kc->not_null);
    }
}

/* After the INHERIT: the helper parent goes. */
static void rebuild_done(mig_out *o, const sc_op *op)
{
    sc_table cur = {.schema = op->schema, .name = op->table};
    mig_stmt(o);
    sc_ddl_inherit(o->b, &cur, op->schema, op->inh_rebuild->helper, true);
    mig_stmt(o);
    sc_sb_puts(o->b, "DROP TABLE ");
    sc_sb_qualified(o->b, op->schema, op->inh_rebuild->helper);
    sc_sb_puts(o->b, ";\n");
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
    bool rebuild = join && t && op->inh_rebuild;
    if (rebuild)
        rebuild_columns(o, op, t);
    for (size_t i = 0; join && t && i < t->inherits.n; i++)
        if (!inherits_from(f, t->inherits_schemas.items[i], t->inherits.items[i])) {
            mig_stmt(o);
            sc_ddl_inherit(o->b, &cur, t->inherits_schemas.items[i], t->inherits.items[i], false);
        }
    if (rebuild) {
        rebuild_objects(o, op, t);
        rebuild_done(o, op);
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
