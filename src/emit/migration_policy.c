/* migration_policy.c - row level security ops as SQL (PostgreSQL; the diff
 * makes none for SQLite), with the builders `compile` uses (ddl_policy.c).
 * Every statement names the table as it is called when the op runs
 * (op->schema, op->table): a rename runs before the creates of the up
 * script and after the drops. */
#include "emit/migration_int.h"

bool mig_is_policy_op(sc_op_kind k)
{
    switch (k) {
    case SC_OP_CREATE_POLICY:
    case SC_OP_DROP_POLICY:
    case SC_OP_ALTER_POLICY:
    case SC_OP_POLICY_COMMENT:
    case SC_OP_TABLE_RLS:
        return true;
    default:
        return false;
    }
}

static bool flag(const sc_table *t, bool forced)
{
    return t && (forced ? t->rls_forced : t->rls_enabled);
}

static int table_rls(mig_out *o, const sc_op *op, const sc_table *named, sc_dialect dialect)
{
    int rc = 0;
    bool en = flag(op->t_to, false), fo = flag(op->t_to, true);
    if (dialect == SC_DIALECT_SQLITE)   /* refused (either side's flags) */
        return sc_ddl_table_rls(o->b, named, true, true, dialect, o->d);
    if (flag(op->t_from, false) != en) {
        mig_stmt(o);
        rc = sc_ddl_table_rls(o->b, named, en, fo, dialect, o->d);
    }
    if (flag(op->t_from, true) != fo) {
        mig_stmt(o);
        sc_ddl_table_rls_force(o->b, named, fo);
    }
    return rc;
}

int mig_emit_policy(mig_out *o, const sc_op *op)
{
    const sc_table *t = op->t_to ? op->t_to : op->t_from;
    sc_table named = {.schema = op->schema, .name = op->table, .loc = t ? t->loc : (sc_loc){0}};
    sc_dialect dialect = o->p->opts.dialect;
    const sc_policy *from = op->from, *to = op->to;
    /* SQLite has none of it: every op is refused, located at its policy */
    if (dialect == SC_DIALECT_SQLITE && op->kind != SC_OP_TABLE_RLS)
        return sc_ddl_create_policy(o->b, &named, to ? to : from, dialect, o->d);
    if (op->note)
        sc_sb_printf(o->b, "-- %s\n", op->note);
    switch (op->kind) {
    case SC_OP_TABLE_RLS:
        return table_rls(o, op, &named, dialect);
    case SC_OP_DROP_POLICY:
        mig_stmt(o);
        sc_ddl_drop_policy(o->b, &named, from);
        return 0;
    case SC_OP_CREATE_POLICY: {
        mig_stmt(o);
        int rc = sc_ddl_create_policy(o->b, &named, to, dialect, o->d);
        if (rc)
            return rc;
        if (to->comment)
            sc_ddl_comment_policy(o->b, &named, to, to->comment);
        return rc;
    }
    case SC_OP_ALTER_POLICY:
        mig_stmt(o);
        sc_ddl_alter_policy(o->b, &named, from, to);
        return 0;
    case SC_OP_POLICY_COMMENT:
        mig_stmt(o);
        sc_ddl_comment_policy(o->b, &named, to, to->comment);
        return 0;
    default:
        return 0;
    }
}
