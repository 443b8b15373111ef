/* serial_identity.c - a column going from serial (a default nextval of a
 * sequence the plan drops) to identity, or back (a default nextval of a
 * sequence the plan creates), in two steps around the sequence.
 *
 * Why: ADD GENERATED ... AS IDENTITY names its sequence table_column_seq,
 * the name a serial's has; while the old one exists PostgreSQL picks
 * t_id_seq1, and the database no longer matches the schema. The other way,
 * CREATE SEQUENCE t_id_seq fails while the identity's sequence of that name
 * exists. So the column's op is split: the old default (or the identity)
 * goes first, the sequence is dropped (or created) between, and the
 * identity (or the new default) comes after. The inverse of either split
 * is the other one, read backwards.
 *
 * A serial's sequence made for a column that holds values starts after
 * them (setval in the op that sets the default: restart_seq), as a new
 * identity's does; without it the next insert collides with a row. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

/* The CREATE or DROP SEQUENCE op (kind) of the sequence expr's nextval
 * names, unqualified names in table_schema; NULL when the plan has none. */
static sc_op *sequence_op(sc_dctx *c, const char *expr, const char *table_schema, sc_op_kind kind,
                          const char **qname)
{
    const char *schema, *name;
    if (!sc_nextval_seq(c->a, expr, table_schema ? table_schema : SC_DEFAULT_SCHEMA, &schema, &name))
        return NULL;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *s = SC_VEC_AT(c->ops, i, sc_op);
        if (s->kind == kind && !strcmp(s->name, name) &&
            !strcmp(s->schema ? s->schema : SC_DEFAULT_SCHEMA, schema)) {
            sc_strbuf b = SC_STRBUF_INIT;
            sc_sb_qualified(&b, schema, name);
            *qname = sc_arena_strdup(c->a, sc_sb_cstr(&b));
            sc_sb_free(&b);
            return s;
        }
    }
    return NULL;
}

static sc_column *column_copy(sc_dctx *c, const sc_column *col)
{
    sc_column *m = sc_arena_alloc(c->a, sizeof *m);
    *m = *col;
    return m;
}

/* A new ALTER_COLUMN op like op, from `from` to `to`, for `changes`. */
static sc_op *first_half(sc_dctx *c, const sc_op *op, const sc_column *from, const sc_column *to, unsigned changes)
{
    sc_op *pre = sc_new_op(c, SC_OP_ALTER_COLUMN, op->schema, op->table, op->name);
    pre->from = from;
    pre->to = to;
    pre->t_from = op->t_from;
    pre->t_to = op->t_to;
    pre->table_id = op->table_id;
    pre->changes = changes;
    return pre;
}

static void split(sc_dctx *c, sc_op *op)
{
    const sc_column *f = op->from, *t = op->to;
    const char *seq = NULL;
    sc_op *s;
    if (!f->identity && t->identity &&
        (s = sequence_op(c, f->default_expr, op->schema, SC_OP_DROP_SEQUENCE, &seq))) {
        /* serial -> identity: DROP DEFAULT, DROP SEQUENCE, ADD IDENTITY */
        sc_column *mid = column_copy(c, f);
        mid->default_expr = NULL;
        sc_op *pre = first_half(c, op, f, mid, SC_CHG_DEFAULT);
        pre->restart_seq = seq;   /* its inverse sets the default back */
        op->from = mid;
        op->changes &= ~SC_CHG_DEFAULT;
        sc_op_dep(c, s, pre);
        sc_op_dep(c, op, s);
    } else if (f->identity && !t->identity &&
               (s = sequence_op(c, t->default_expr, op->schema, SC_OP_CREATE_SEQUENCE, &seq))) {
        /* identity -> serial: DROP IDENTITY, CREATE SEQUENCE, SET DEFAULT */
        sc_column *mid = column_copy(c, f);
        mid->identity = SC_IDENTITY_NONE;
        sc_op *pre = first_half(c, op, f, mid, SC_CHG_IDENTITY);
        op->from = mid;
        op->changes &= ~SC_CHG_IDENTITY;
        op->restart_seq = seq;
        sc_op_dep(c, s, pre);
        sc_op_dep(c, op, s);
    }
}

void sc_serial_identity_split(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL)
        return;
    size_t n = c->ops.n;   /* not the halves it adds */
    for (size_t i = 0; i < n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind == SC_OP_ALTER_COLUMN && (op->changes & SC_CHG_IDENTITY) && op->from && op->to)
            split(c, op);
    }
}
