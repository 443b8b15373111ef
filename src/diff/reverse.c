/* reverse.c - a down script that is a diff of its own.
 *
 * The down script is the up script read backwards (sc_op_invert), which
 * keeps renames exact. That is not enough where an op's inverse is a
 * different kind of change from the op itself: an enum that only gains
 * values is altered in place (ADD VALUE), which nothing that reads the type
 * minds, but its inverse must rebuild the type, and PostgreSQL refuses that
 * while views, generated columns, policies, checks or function bodies read
 * it. The up plan did not take those around the enum, since it did not
 * need to. Then the down script is the plan of the diff the other way
 * round, made by the same mechanisms as any up script: every dependent of
 * the rebuild is re-created around it.
 *
 * Rename hints are written on the `to` side only: a diff the other way
 * round would see a drop and a create. A plan that renames keeps the
 * inverse, and is made again (diff.c's sc_diff) with the enums that gain
 * values treated as rebuilt by their dependents (rebuild_added_enums):
 * the checks, indexes, generated columns, policies and functions that read
 * them go around ADD VALUE in the up script, so around the rebuild in its
 * inverse, by the same mechanisms as for any rebuilt enum; the views that
 * read them go around the rebuild in the down script only (diff_view.c's
 * enum_readers). */
#include "diff/diff_int.h"

static bool renames(const sc_vec *ops)
{
    for (size_t i = 0; i < ops->n; i++)
        switch (SC_VEC_AT(*ops, i, sc_op)->kind) {
        case SC_OP_RENAME_TABLE:
        case SC_OP_RENAME_COLUMN:
        case SC_OP_RENAME_VIEW:
        case SC_OP_ALTER_COMPOSITE:   /* may rename an attribute from a hint */
            return true;
        default:
            break;
        }
    return false;
}

static bool inverse_rebuilds(const sc_vec *ops)
{
    for (size_t i = 0; i < ops->n; i++) {
        const sc_op *op = SC_VEC_AT(*ops, i, sc_op);
        if (op->kind == SC_OP_ALTER_ENUM && sc_enum_only_adds(op->from, op->to))
            return true;
    }
    return false;
}

bool sc_diff_reverse(sc_dctx *c)
{
    sc_plan *p = c->plan;
    if (p->opts.dialect != SC_DIALECT_POSTGRESQL || p->opts.no_reverse || !inverse_rebuilds(&c->ops))
        return false;
    if (renames(&c->ops))
        return !p->opts.rebuild_added_enums;
    sc_diff_opts o = p->opts;
    o.no_reverse = true;
    sc_diags rd;
    sc_diags_init(&rd);
    p->reverse = sc_diff(p->to, p->from, &o, &rd);
    /* what the diff the other way round refuses, the inverse may still
     * do: the down script is then the up script read backwards */
    for (size_t i = 0; !p->reverse && i < rd.n; i++)
        if (rd.items[i].sev == SC_SEV_ERROR) {
            sc_warn(c->d, "the down script is the up script read backwards (%s)", rd.items[i].msg);
            break;
        }
    sc_diags_free(&rd);
    return false;
}
