/* migration_utype.c - the SQL of the ops on domains, composite and range
 * types (PostgreSQL; diff_utype.c makes the ops). */
#include <string.h>

#include "emit/migration_int.h"

static const char *word(const sc_utype *u)
{
    return u->kind == SC_UTYPE_DOMAIN ? "DOMAIN" : "TYPE";
}

static void head(mig_out *o, const sc_utype *u)
{
    mig_stmt(o);
    sc_sb_printf(o->b, "ALTER %s ", word(u));
    sc_sb_qualified(o->b, u->schema, u->name);
}

static void alter_domain(mig_out *o, const sc_op *op)
{
    const sc_utype *f = op->from, *t = op->to;
    sc_strbuf *b = o->b;
    sc_check_diff cd;
    sc_domain_check_diff(f, t, &cd);
    for (size_t i = 0; i < cd.ndropped; i++) {
        head(o, t);
        sc_sb_puts(b, " " "DROP CONSTRAINT ");
        sc_sb_ident(b, cd.dropped[i]->name);
        sc_sb_puts(b, ";\n");
    }
    if (op->changes & SC_CHG_UT_DEFAULT) {
        head(o, t);
        if (t->default_expr) {
            sc_sb_puts(b, " " "SET DEFAULT ");
            sc_ddl_default_expr(b, t->default_expr, SC_DIALECT_POSTGRESQL);
            sc_sb_puts(b, ";\n");
        } else {
            sc_sb_puts(b, " " "DROP DEFAULT;\n");
        }
    }
    if ((op->changes & SC_CHG_UT_NULL) && !t->not_null) {
        head(o, t);
        sc_sb_puts(b, " " "DROP NOT NULL;\n");
    }
    for (size_t i = 0; i < cd.nadded; i++) {
        mig_stmt(o);
        sc_ddl_domain_add_check(b, t, cd.added[i]);
    }
    for (size_t i = 0; i < cd.nvalidated; i++) {
        head(o, t);
        sc_sb_puts(b, " " "VALIDATE CONSTRAINT ");
        sc_sb_ident(b, cd.validated[i]->name);
        sc_sb_puts(b, ";\n");
    }
    if ((op->changes & SC_CHG_UT_NULL) && t->not_null) {
        head(o, t);
        sc_sb_puts(b, " " "SET NOT NULL;\n");
    }
    sc_check_diff_free(&cd);
}

/* the `from` attribute that `t` continues, or NULL when t is new */
static const sc_type_attr *source_of(const sc_utype *f, const sc_utype *to, const sc_type_attr *t)
{
    for (size_t i = 0; i < f->attrs.n; i++) {
        const sc_type_attr *x = SC_VEC_AT(f->attrs, i, sc_type_attr);
        if (sc_composite_attr_of(f, to, x) == t)
            return x;
    }
    return NULL;
}

static void alter_composite(mig_out *o, const sc_op *op)
{
    const sc_utype *f = op->from, *t = op->to;
    sc_strbuf *b = o->b;
    for (size_t i = 0; i < f->attrs.n; i++) {
        const sc_type_attr *x = SC_VEC_AT(f->attrs, i, sc_type_attr);
        const sc_type_attr *y = sc_composite_attr_of(f, t, x);
        if (y && strcmp(x->name, y->name)) {
            head(o, t);
            sc_sb_puts(b, " " "RENAME ATTRIBUTE ");
            sc_sb_ident(b, x->name);
            sc_sb_puts(b, " TO ");
            sc_sb_ident(b, y->name);
            sc_sb_puts(b, ";\n");
        }
    }
    bool any = false;
    for (size_t i = 0; i < f->attrs.n; i++) {
        const sc_type_attr *x = SC_VEC_AT(f->attrs, i, sc_type_attr);
        const sc_type_attr *y = sc_composite_attr_of(f, t, x);
        if (y && sc_type_attr_same(x, y))
            continue;
        if (!any)
            head(o, t);
        sc_sb_puts(b, any ? ",\n    " : "\n    ");
        any = true;
        if (!y) {
            sc_sb_puts(b, "DROP ATTRIBUTE ");
            sc_sb_ident(b, x->name);
            continue;
        }
        sc_sb_puts(b, "ALTER ATTRIBUTE ");
        sc_sb_ident(b, y->name);
        sc_sb_puts(b, " TYPE ");
        sc_ddl_type(b, &y->type);
        if (y->collation) {
            sc_sb_puts(b, " COLLATE ");
            sc_ddl_collation(b, y->collation, SC_DIALECT_POSTGRESQL);
        }
    }
    for (size_t i = 0; i < t->attrs.n; i++) {
        const sc_type_attr *y = SC_VEC_AT(t->attrs, i, sc_type_attr);
        if (source_of(f, t, y))
            continue;
        if (!any)
            head(o, t);
        sc_sb_puts(b, any ? ",\n    " : "\n    ");
        any = true;
        sc_sb_puts(b, "ADD ATTRIBUTE ");
        sc_ddl_type_attr(b, y);
    }
    if (any)
        sc_sb_puts(b, ";\n");
}

static void rename_away(mig_out *o, const sc_utype *f, const char *name, const char *old_name)
{
    mig_stmt(o);
    sc_sb_printf(o->b, "ALTER %s ", word(f));
    sc_sb_qualified(o->b, f->schema, name);
    sc_sb_puts(o->b, " RENAME TO ");
    sc_sb_ident(o->b, old_name);
    sc_sb_puts(o->b, ";\n");
}

static void col_default(mig_out *o, const sc_enum_use *u, const char *expr)
{
    mig_stmt(o);
    mig_alter_table(o, u->schema, u->table);
    sc_sb_puts(o->b, "ALTER COLUMN ");
    sc_sb_ident(o->b, u->name);
    if (expr) {
        sc_sb_puts(o->b, " SET DEFAULT ");
        sc_ddl_default_expr(o->b, expr, SC_DIALECT_POSTGRESQL);
        sc_sb_puts(o->b, ";\n");
    } else {
        sc_sb_puts(o->b, " DROP DEFAULT;\n");
    }
}

/* col::text[]::type: each value through its text form */
static void text_cast(mig_out *o, const sc_enum_use *u)
{
    sc_sb_ident(o->b, u->name);
    sc_sb_puts(o->b, "::text");
    for (int k = 0; k < u->col->type.array_dims; k++)
        sc_sb_puts(o->b, "[]");
    sc_sb_puts(o->b, "::");
    sc_ddl_type(o->b, &u->col->type);
}

/* A composite value's text has one field per attribute, so a type that
 * gains, loses or reorders attributes cannot be cast through it: each new
 * attribute is taken from the old one it continues (cast to its new type),
 * or is NULL. */
static void composite_cast(mig_out *o, const sc_utype *f, const sc_utype *t, const sc_enum_use *u)
{
    sc_strbuf *b = o->b;
    sc_sb_puts(b, "CASE WHEN ");
    sc_sb_ident(b, u->name);
    sc_sb_puts(b, " IS NULL THEN NULL ELSE ROW(");
    for (size_t i = 0; i < t->attrs.n; i++) {
        const sc_type_attr *y = SC_VEC_AT(t->attrs, i, sc_type_attr);
        const sc_type_attr *x = source_of(f, t, y);
        if (i)
            sc_sb_puts(b, ", ");
        if (!x) {
            sc_sb_puts(b, "NULL");
            continue;
        }
        sc_sb_putc(b, '(');
        sc_sb_ident(b, u->name);
        sc_sb_puts(b, ").");
        sc_sb_ident(b, x->name);
        sc_sb_puts(b, "::");
        sc_ddl_type(b, &y->type);
    }
    sc_sb_puts(b, ")::");
    sc_ddl_type(b, &u->col->type);
    sc_sb_puts(b, " END");
}

static void alter_col_type(mig_out *o, const sc_enum_use *u)
{
    mig_stmt(o);
    mig_alter_table(o, u->schema, u->table);
    sc_sb_puts(o->b, "ALTER COLUMN ");
    sc_sb_ident(o->b, u->name);
    sc_sb_puts(o->b, " TYPE ");
}

static void text_type(sc_strbuf *b, const sc_type *t)
{
    sc_sb_puts(b, "text");
    for (int k = 0; k < t->array_dims; k++)
        sc_sb_puts(b, "[]");
}

/* A range type cannot be renamed away: its constructor functions keep
 * their names. Its columns are parked as text, the type dropped and
 * created anew, the columns cast back. */
static int rebuild_range(mig_out *o, const sc_op *op)
{
    const sc_utype *f = op->from, *t = op->to;
    sc_strbuf *b = o->b;
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        if (u->col_from->default_expr)
            col_default(o, u, NULL);
        alter_col_type(o, u);
        text_type(b, &u->col_from->type);
        sc_sb_puts(b, " USING ");
        sc_sb_ident(b, u->name);
        sc_sb_puts(b, "::");
        text_type(b, &u->col_from->type);
        sc_sb_puts(b, ";\n");
    }
    mig_stmt(o);
    sc_sb_puts(b, "DROP TYPE ");
    sc_sb_qualified(b, f->schema, f->name);
    sc_sb_puts(b, ";\n");
    mig_stmt(o);
    int rc = sc_ddl_create_utype(b, t, SC_DIALECT_POSTGRESQL, o->d);
    if (t->comment)
        sc_ddl_comment_utype(b, t, t->comment);
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        alter_col_type(o, u);
        sc_ddl_type(b, &u->col->type);
        sc_sb_puts(b, " USING ");
        sc_sb_ident(b, u->name);
        sc_sb_puts(b, "::");
        sc_ddl_type(b, &u->col->type);
        sc_sb_puts(b, ";\n");
        if (u->col->default_expr)
            col_default(o, u, u->col->default_expr);
    }
    return rc;
}

/* The old type renamed away, the new one created, each column cast to
 * it, the old one dropped. */
static int rebuild(mig_out *o, const sc_op *op)
{
    const sc_utype *f = op->from, *t = op->to;
    if (f->kind == SC_UTYPE_RANGE)
        return rebuild_range(o, op);
    sc_arena *a = o->p->arena;
    sc_strbuf *b = o->b;
    const char *old_name = sc_arena_printf(a, "%s_old", f->name);
    rename_away(o, f, f->name, old_name);
    mig_stmt(o);
    int rc = sc_ddl_create_utype(b, t, SC_DIALECT_POSTGRESQL, o->d);
    if (t->comment)
        sc_ddl_comment_utype(b, t, t->comment);
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        if (u->col_from->default_expr)
            col_default(o, u, NULL);
        alter_col_type(o, u);
        sc_ddl_type(b, &u->col->type);
        sc_sb_puts(b, " USING ");
        if (t->kind == SC_UTYPE_COMPOSITE && f->kind == SC_UTYPE_COMPOSITE && !u->col->type.array_dims)
            composite_cast(o, f, t, u);
        else
            text_cast(o, u);
        sc_sb_puts(b, ";\n");
        if (u->col->default_expr)
            col_default(o, u, u->col->default_expr);
    }
    mig_stmt(o);
    sc_sb_printf(b, "DROP %s ", word(f));
    sc_sb_qualified(b, f->schema, old_name);
    sc_sb_puts(b, ";\n");
    return rc;
}

/* funcdeps (utype_deps.c): a type built on a rebuilt one is dropped before
 * the rebuild with its columns parked as text, and created after it with
 * the columns cast back. */
static void park_columns(mig_out *o, const sc_op *op)
{
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        if (u->col_from->default_expr)
            col_default(o, u, NULL);
        alter_col_type(o, u);
        text_type(o->b, &u->col_from->type);
        sc_sb_puts(o->b, " USING ");
        sc_sb_ident(o->b, u->name);
        sc_sb_puts(o->b, "::");
        text_type(o->b, &u->col_from->type);
        sc_sb_puts(o->b, ";\n");
    }
}

static void unpark_columns(mig_out *o, const sc_op *op)
{
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        alter_col_type(o, u);
        sc_ddl_type(o->b, &u->col->type);
        sc_sb_puts(o->b, " USING ");
        sc_sb_ident(o->b, u->name);
        sc_sb_puts(o->b, "::");
        sc_ddl_type(o->b, &u->col->type);
        sc_sb_puts(o->b, ";\n");
        if (u->col->default_expr)
            col_default(o, u, u->col->default_expr);
    }
}

int mig_emit_utype(mig_out *o, const sc_op *op)
{
    if (op->note && (op->kind == SC_OP_CREATE_UTYPE || op->kind == SC_OP_DROP_UTYPE || op->kind == SC_OP_ALTER_DOMAIN))
        sc_sb_printf(o->b, "-- %s\n", op->note);
    if (op->kind == SC_OP_DROP_UTYPE)
        park_columns(o, op);
    sc_strbuf *b = o->b;
    switch (op->kind) {
    case SC_OP_CREATE_UTYPE: {
        const sc_utype *t = op->to;
        mig_stmt(o);
        int rc = sc_ddl_create_utype(b, t, SC_DIALECT_POSTGRESQL, o->d);
        if (t->comment)
            sc_ddl_comment_utype(b, t, t->comment);
        unpark_columns(o, op);   /* funcdeps: none unless taken around a rebuild */
        return rc;
    }
    case SC_OP_DROP_UTYPE: {
        const sc_utype *f = op->from;
        mig_stmt(o);
        sc_sb_printf(b, "DROP %s ", word(f));
        sc_sb_qualified(b, f->schema, f->name);
        sc_sb_puts(b, ";\n");
        return 0;
    }
    case SC_OP_ALTER_DOMAIN:
        alter_domain(o, op);
        return 0;
    case SC_OP_ALTER_COMPOSITE:
        alter_composite(o, op);
        return 0;
    case SC_OP_REBUILD_UTYPE:
        return rebuild(o, op);
    case SC_OP_UTYPE_COMMENT: {
        const sc_utype *t = op->to;
        mig_stmt(o);
        sc_ddl_comment_utype(b, t, t->comment);
        return 0;
    }
    default:
        return 0;
    }
}
