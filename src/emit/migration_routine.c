/* migration_routine.c - the statements of function, procedure and trigger
 * ops, for both engines, from the same builders as `compile` (ddl_routine.c);
 * and the SQLite triggers a table rebuild puts back. */
#include <string.h>
#include <strings.h>

#include "emit/ddl.h"
#include "emit/migration_int.h"
#include "model/sqltok.h"

bool mig_is_routine_op(sc_op_kind k)
{
    return (k >= SC_OP_CREATE_FUNCTION && k <= SC_OP_TRIGGER_STATE) || k == SC_OP_FUNCTION_COMMENT ||
           k == SC_OP_TRIGGER_COMMENT;
}

static void note(mig_out *o, const sc_op *op)
{
    if (op->note)
        sc_sb_printf(o->b, "-- %s\n", op->note);
}

int mig_emit_routine(mig_out *o, const sc_op *op)
{
    sc_strbuf *b = o->b;
    int rc = 0;
    note(o, op);
    mig_stmt(o);
    switch (op->kind) {
    case SC_OP_CREATE_FUNCTION:
    case SC_OP_REPLACE_FUNCTION:
        /* a SQL function's body is checked when it runs, not now: what it
         * reads may be created later in the script (pg_dump does the same).
         * Once a script: the setting lasts for the session, and a script
         * runs on one (a failed transaction that set it fails the script). */
        if (o->dialect == SC_DIALECT_POSTGRESQL && !o->bodies_unchecked) {
            sc_sb_puts(b, "SET check_function_bodies = false;\n");
            o->bodies_unchecked = true;
        }
        rc = sc_ddl_create_function(b, op->to, op->kind == SC_OP_REPLACE_FUNCTION, o->dialect, o->d);
        break;
    case SC_OP_DROP_FUNCTION:
        if (o->dialect == SC_DIALECT_SQLITE)
            return sc_ddl_create_function(b, op->from, false, o->dialect, o->d);
        sc_ddl_drop_function(b, op->from);
        break;
    case SC_OP_CREATE_TRIGGER:
        rc = sc_ddl_create_trigger(b, op->to, o->dialect, o->d);
        break;
    case SC_OP_DROP_TRIGGER:
        sc_ddl_drop_trigger(b, op->from, o->dialect);
        break;
    case SC_OP_TRIGGER_STATE:
        if (o->dialect == SC_DIALECT_POSTGRESQL)
            sc_ddl_trigger_state(b, op->to);
        break;
    /* issue 12: a kept object's comment (PostgreSQL only: the diff makes
     * none for SQLite) */
    case SC_OP_FUNCTION_COMMENT:
        sc_ddl_comment_function(b, op->to, ((const sc_function *)op->to)->comment);
        break;
    case SC_OP_TRIGGER_COMMENT:
        sc_ddl_comment_trigger(b, op->to, op->table, ((const sc_trigger *)op->to)->comment);
        break;
    default:
        break;
    }
    return rc;
}

/* SQLite: DROP TABLE took the table's triggers. Those the plan keeps as
 * they are (the same text on both sides: no op of their own) are created
 * again after the rebuild; the others have their own ops. */
/* The trigger of m on schema.table named name, the case of the names aside
 * (SQLite's matching): a trigger's text names its table as it was written,
 * which a case-only rename of the table does not change. */
static const sc_trigger *trigger_ci(const sc_model *m, const char *schema, const char *table, const char *name)
{
    const sc_trigger *exact = sc_model_trigger(m, schema, table, name);
    if (exact)   /* the usual case: no scan */
        return exact;
    for (size_t i = 0; i < m->triggers.n; i++) {
        const sc_trigger *g = SC_VEC_AT(m->triggers, i, sc_trigger);
        if (!strcmp(g->schema, schema) && !strcasecmp(g->table, table) && !strcasecmp(g->name, name))
            return g;
    }
    return NULL;
}

void mig_sqlite_put_back_triggers(mig_out *o, const sc_op *op)
{
    const sc_table *t = op->t_to;
    if (!t)
        return;
    const sc_model *target = o->p->to, *other = o->p->from;
    if (sc_model_table(target, t->schema, t->name) != t) {
        target = o->p->from;
        other = o->p->to;
    }
    const sc_table *src = op->t_from;
    for (size_t i = 0; i < target->triggers.n; i++) {
        const sc_trigger *g = SC_VEC_AT(target->triggers, i, sc_trigger);
        if (strcasecmp(g->table, t->name) || strcmp(g->schema, t->schema ? t->schema : SC_DEFAULT_SCHEMA))
            continue;
        /* kept: the same trigger (name as spelled, text as SQLite reads it) */
        const sc_trigger *h = src ? trigger_ci(other, g->schema, src->name, g->name) : NULL;
        if (h && !strcmp(h->name, g->name) && sc_sqlite_text_same(h->sql, g->sql))
            sc_ddl_create_trigger(o->b, g, SC_DIALECT_SQLITE, o->d);
    }
}
