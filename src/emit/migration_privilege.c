/* migration_privilege.c - privileges and ownership ops as SQL (PostgreSQL;
 * the diff makes them only when asked, and never for SQLite). */
#include "emit/migration_int.h"

int mig_emit_privilege(mig_out *o, const sc_op *op)
{
    switch (op->kind) {
    case SC_OP_GRANT:
        mig_stmt(o);
        sc_ddl_grant_change(o->b, op->from, op->to);
        return 0;
    case SC_OP_OWNER: {
        const sc_owner *to = op->to;
        if (!to)   /* an owner is never taken away: the object keeps whoever it has */
            return 0;
        mig_stmt(o);
        sc_ddl_owner(o->b, to, to->role);
        return 0;
    }
    case SC_OP_DEFAULT_PRIVS:
        mig_stmt(o);
        sc_ddl_default_change(o->b, op->from, op->to);
        return 0;
    default:
        return 0;
    }
}

void mig_privilege_label(sc_strbuf *b, const sc_op *op)
{
    if (op->kind == SC_OP_DEFAULT_PRIVS) {
        sc_sb_puts(b, "default privileges");
        return;
    }
    sc_priv_obj obj;
    const char *schema, *name, *args;
    if (op->kind == SC_OP_OWNER) {
        const sc_owner *x = op->to ? op->to : op->from;
        obj = x->obj, schema = x->schema, name = x->name, args = x->args;
    } else {
        const sc_grant *x = op->to ? op->to : op->from;
        obj = x->obj, schema = x->schema, name = x->name, args = x->args;
    }
    sc_sb_puts(b, "privileges on ");
    sc_sb_priv_named(b, sc_priv_obj_word(obj), obj, schema, name, args);
}

bool mig_privilege_silent(const sc_op *op)
{
    return op->kind == SC_OP_OWNER && !op->to;
}
