/* migration_int.h - shared by migration.c and the per-dialect emitters. */
#ifndef SC_MIGRATION_INT_H
#define SC_MIGRATION_INT_H

#include "diff/plan.h"
#include "emit/ddl.h"
#include "emit/migration.h"
#include "model/strbuf.h"

typedef struct mig_out {
    sc_strbuf *b;
    const sc_plan *p;
    sc_dialect dialect;
    bool down;
    const sc_model *m_after;   /* the model the ops' `to` sides belong to */
    const sc_model *m_before;
    sc_diags *d;
    int rc;
    bool no_tx;                /* the op being written must run outside a transaction */
    bool bodies_unchecked;     /* SET check_function_bodies = false is written (once a script) */
} mig_out;

/* Starts a statement: the no-transaction marker when the op needs it. */
void mig_stmt(mig_out *o);
/* "ALTER TABLE <schema.table> " */
void mig_alter_table(mig_out *o, const char *schema, const char *table);
/* "ALTER TABLE <schema.table> RENAME <what> <from> TO <to>;" (PostgreSQL's
 * quoting of names) */
void mig_rename(mig_out *o, const char *schema, const char *table, const char *what, const char *from,
                const char *to);

/* The op's table (its `to` side) under the name it has when the op runs. */
const sc_table *mig_cur_table(mig_out *o, const sc_op *op);

int mig_emit_pg(mig_out *o, const sc_op *op);
/* Views, either dialect (migration_view.c). */
bool mig_is_view_op(sc_op_kind k);
int mig_emit_view(mig_out *o, const sc_op *op);
/* The views an op carries (op->readers) around a change they would block:
 * dropped, last reader first, before it (before = true) and created, with
 * their indexes and comments, after it; `why` is the comment above both,
 * or NULL when the caller has begun the statement and said why itself. */
int mig_views_around(mig_out *o, const sc_op *op, bool before, const char *why);
/* Row level security and policies, PostgreSQL (migration_policy.c). */
bool mig_is_policy_op(sc_op_kind k);
int mig_emit_policy(mig_out *o, const sc_op *op);
/* Domains, composite and range types (migration_utype.c). */
int mig_emit_utype(mig_out *o, const sc_op *op);
/* Extensions and collations, PostgreSQL (migration_ext.c). */
bool mig_is_ext_op(sc_op_kind k);
int mig_emit_ext(mig_out *o, const sc_op *op);
/* functions, procedures, triggers (migration_routine.c) */
bool mig_is_routine_op(sc_op_kind k);
int mig_emit_routine(mig_out *o, const sc_op *op);
void mig_sqlite_put_back_triggers(mig_out *o, const sc_op *op);
/* partitioning and inheritance (migration_partition.c, issue 12 items 4-5) */
bool mig_is_partition_op(sc_op_kind k);
int mig_emit_partition(mig_out *o, const sc_op *op);
/* A partition the op drops is detached first when a foreign key of the
 * target references it through an ancestor: DROP TABLE is refused while it
 * is attached (migration_partition.c). */
void mig_detach_before_drop(mig_out *o, const sc_op *op);
/* An INHERITS parent's column that children keep as their own on the side
 * where the parent has it not (op->inh_keep; migration_inherit.c): the DROP
 * COLUMN itself (false when the op has none such), and what goes before and
 * after the ADD COLUMN. */
bool mig_inherit_drop(mig_out *o, const sc_op *op);
void mig_inherit_before_add(mig_out *o, const sc_op *op);
void mig_inherit_after_add(mig_out *o, const sc_op *op);
/* After a table's SET / DROP DEFAULT of col (new_default, NULL when none),
 * which recursed over its descendants' own defaults: set puts each back
 * (migration_kid_defaults.c). */
void mig_kid_defaults(mig_out *o, const sc_op *op, const char *col, const char *new_default,
                      void (*set)(mig_out *o, const sc_op *op, const char *col, const char *expr));
/* SQLite works on the whole list (table rebuilds cover several ops). */
void mig_emit_sqlite(mig_out *o, sc_op *const *ops, size_t n);

/* privileges and ownership (migration_privilege.c) */
int mig_emit_privilege(mig_out *o, const sc_op *op);
/* "privileges on TABLE app.orders", "default privileges" */
void mig_privilege_label(sc_strbuf *b, const sc_op *op);
/* An op that writes nothing (an owner taken off an object before it is
 * dropped: only its inverse writes), so it gets no group header either. */
bool mig_privilege_silent(const sc_op *op);

/* Group header and hazard lines before an op's statements. */
void mig_op_header(mig_out *o, const sc_op *op, const sc_op *prev);

#endif
