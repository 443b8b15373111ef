/* migration_view.c - view operations as SQL, for both dialects: the same
 * builders as `compile` (ddl_view.c), with the comment that says why a view
 * is dropped and created again. */
#include <string.h>

#include "emit/migration_int.h"

bool mig_is_view_op(sc_op_kind k)
{
    return sc_op_is_view_kind(k);
}

static void note(mig_out *o, const sc_op *op)
{
    if (op->note)
        sc_sb_printf(o->b, "-- %s\n", op->note);
}

static bool same_text(const char *x, const char *y)
{
    if (!x || !*x)
        return !y || !*y;
    return y && !strcmp(x, y);
}

/* The comments of `to` that differ from `from`'s, on the view under the
 * name it has when the op runs (`name`: a rename runs before in the up
 * script and after in the down one). */
static void comments(mig_out *o, const sc_view *from, const sc_view *to_named, const char *name)
{
    sc_view named = *to_named;
    named.name = name;
    const sc_view *to = &named;
    if (!same_text(from->comment, to->comment))
        sc_ddl_comment_view(o->b, to, to->comment, o->dialect);
    for (size_t i = 0; i < to->columns.n; i++) {
        const sc_view_column *c = SC_VEC_AT(to->columns, i, sc_view_column);
        const sc_view_column *f = sc_view_column_named(from, c->name);
        if (!same_text(f ? f->comment : NULL, c->comment))
            sc_ddl_comment_view_column(o->b, to, c->name, c->comment, o->dialect);
    }
    for (size_t i = 0; i < from->columns.n; i++) {
        const sc_view_column *f = SC_VEC_AT(from->columns, i, sc_view_column);
        if (f->comment && !sc_view_column_named(to, f->name))
            sc_ddl_comment_view_column(o->b, to, f->name, NULL, o->dialect);
    }
}

static int create(mig_out *o, const sc_view *v, bool or_replace)
{
    int rc = sc_ddl_create_view(o->b, v, or_replace, o->dialect, o->d);
    if (!or_replace && sc_ddl_view_extras(o->b, v, o->dialect, o->d))
        rc = -1;
    return rc;
}

/* The inverse of a replacement that appended columns: CREATE OR REPLACE
 * cannot take them away, so the view is dropped and created, and so are the
 * views that read it (outside in, then inside out), as the target has them. */
static int replace_by_drop(mig_out *o, const sc_op *op)
{
    int rc = 0;
    sc_sb_printf(o->b, "-- re-created: CREATE OR REPLACE VIEW cannot drop the columns the up script appended%s\n",
                 op->nreaders ? ", so the views that read it are re-created too" : "");
    mig_views_around(o, op, true, NULL);
    sc_ddl_drop_view(o->b, op->v_from, o->dialect);
    if (create(o, op->v_to, false))
        rc = -1;
    if (mig_views_around(o, op, false, NULL))
        rc = -1;
    return rc;
}

int mig_views_around(mig_out *o, const sc_op *op, bool before, const char *why)
{
    int rc = 0;
    if (!op->nreaders)
        return 0;
    if (why) {
        mig_stmt(o);
        sc_sb_printf(o->b, "-- re-created: %s\n", why);
    }
    if (before) {
        for (size_t i = op->nreaders; i-- > 0;)
            sc_ddl_drop_view(o->b, op->readers[i], o->dialect);
        return 0;
    }
    for (size_t i = 0; i < op->nreaders; i++)
        if (create(o, op->readers[i], false))
            rc = -1;
    return rc;
}

int mig_emit_view(mig_out *o, const sc_op *op)
{
    sc_strbuf *b = o->b;
    mig_stmt(o);
    note(o, op);
    switch (op->kind) {
    case SC_OP_CREATE_VIEW:
        return create(o, op->v_to, false);
    case SC_OP_DROP_VIEW:
        sc_ddl_drop_view(b, op->v_from, o->dialect);
        return 0;
    case SC_OP_REPLACE_VIEW:
        if ((op->changes & SC_CHG_VIEW_APPENDS) && o->down)
            return replace_by_drop(o, op);
        return create(o, op->v_to, true);
    case SC_OP_RENAME_VIEW:
        sc_sb_puts(b, op->v_from->materialized ? "ALTER MATERIALIZED VIEW " : "ALTER VIEW ");
        sc_ddl_qualified(b, o->dialect, op->schema, op->old_name);
        sc_sb_puts(b, " RENAME TO ");
        sc_ddl_ident(b, o->dialect, op->name);
        sc_sb_puts(b, ";\n");
        return 0;
    case SC_OP_VIEW_COMMENT:
        comments(o, op->v_from, op->v_to, op->name);
        return 0;
    case SC_OP_CREATE_VIEW_INDEX: {
        sc_view named = *op->v_to;
        named.name = op->table;   /* the view's name when the op runs */
        return sc_ddl_create_view_index(b, &named, op->to, o->dialect, o->d);
    }
    case SC_OP_DROP_VIEW_INDEX:
        sc_sb_puts(b, "DROP INDEX ");
        sc_ddl_qualified(b, o->dialect, op->schema, op->name);
        sc_sb_puts(b, ";\n");
        return 0;
    case SC_OP_REFRESH_VIEW:   /* callers4: the view as it is named in this direction */
        sc_sb_puts(b, "REFRESH MATERIALIZED VIEW ");
        sc_ddl_qualified(b, o->dialect, op->v_to->schema, op->v_to->name);
        sc_sb_puts(b, ";\n");
        return 0;
    default:
        return 0;
    }
}
