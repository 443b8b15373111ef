/* migration.c - a plan -> SQL script (dispatch, grouping, markers) and
 * the plan as JSON. The statements themselves are in migration_pg.c and
 * migration_sqlite.c, built from the same per-object builders as
 * `schemac compile` (ddl.h). */
#include <stdlib.h>
#include <string.h>

#include "emit/migration_int.h"

void mig_stmt(mig_out *o)
{
    if (o->no_tx)
        sc_sb_puts(o->b, "-- schemac:no-transaction\n");
}

void mig_alter_table(mig_out *o, const char *schema, const char *table)
{
    sc_sb_puts(o->b, "ALTER TABLE ");
    sc_sb_qualified(o->b, schema, table);
    sc_sb_putc(o->b, ' ');
}

void mig_rename(mig_out *o, const char *schema, const char *table, const char *what, const char *from,
                const char *to)
{
    mig_alter_table(o, schema, table);
    sc_sb_printf(o->b, "RENAME %s ", what);
    sc_sb_ident(o->b, from);
    sc_sb_puts(o->b, " TO ");
    sc_sb_ident(o->b, to);
    sc_sb_puts(o->b, ";\n");
}

const sc_table *mig_cur_table(mig_out *o, const sc_op *op)
{
    const sc_table *t = op->t_to;
    if (!t || !op->table || !strcmp(t->name, op->table))
        return t;
    sc_table *c = sc_arena_alloc(o->p->arena, sizeof *c);
    *c = *t;
    c->name = op->table;
    return c;
}

/* What an op is grouped under: its table, or itself. */
static void group_label(sc_strbuf *b, const sc_op *op)
{
    if (op->kind == SC_OP_INDEX_STORAGE && op->v_to) {   /* issue 12, privs2: a materialized view's index */
        sc_sb_puts(b, "materialized view ");
        sc_sb_qualified(b, op->v_to->schema, op->v_to->name);
        return;
    }
    if (sc_op_is_view_kind(op->kind)) {
        const sc_view *v = op->v_to ? op->v_to : op->v_from;
        sc_sb_puts(b, v->materialized ? "materialized view " : "view ");
        sc_sb_qualified(b, v->schema, v->name);
        return;
    }
    switch (op->kind) {
    case SC_OP_CREATE_SCHEMA:
    case SC_OP_DROP_SCHEMA:
    case SC_OP_SCHEMA_COMMENT:
        sc_sb_puts(b, "schema ");
        sc_sb_ident(b, op->name);
        return;
    case SC_OP_CREATE_ENUM:
    case SC_OP_DROP_ENUM:
    case SC_OP_ALTER_ENUM:
    case SC_OP_ENUM_COMMENT:
        sc_sb_puts(b, "enum ");
        sc_sb_qualified(b, op->schema, op->name);
        return;
    case SC_OP_CREATE_SEQUENCE:
    case SC_OP_DROP_SEQUENCE:
    case SC_OP_SEQUENCE_OWNER:
    case SC_OP_ALTER_SEQUENCE:
    case SC_OP_SEQUENCE_COMMENT:
        sc_sb_puts(b, "sequence ");
        sc_sb_qualified(b, op->schema, op->name);
        return;
    /* domains, composite and range types */
    case SC_OP_CREATE_UTYPE:
    case SC_OP_DROP_UTYPE:
    case SC_OP_ALTER_DOMAIN:
    case SC_OP_ALTER_COMPOSITE:
    case SC_OP_REBUILD_UTYPE:
    case SC_OP_UTYPE_COMMENT: {
        const sc_utype *u = op->to ? op->to : op->from;
        sc_sb_printf(b, "%s ", sc_utype_kind_name(u->kind));
        sc_sb_qualified(b, op->schema, op->name);
        return;
    }
    /* extensions and collations */
    case SC_OP_CREATE_EXTENSION:
    case SC_OP_DROP_EXTENSION:
    case SC_OP_ALTER_EXTENSION:
        sc_sb_puts(b, "extension ");
        sc_sb_ident(b, op->name);
        return;
    case SC_OP_CREATE_COLLATION:
    case SC_OP_DROP_COLLATION:
    case SC_OP_REPLACE_COLLATION:
    case SC_OP_COLLATION_COMMENT:   /* issue 12 */
        sc_sb_puts(b, "collation ");
        sc_sb_qualified(b, op->schema, op->name);
        return;
    /* functions and triggers */
    case SC_OP_CREATE_FUNCTION:
    case SC_OP_DROP_FUNCTION:
    case SC_OP_REPLACE_FUNCTION:
    case SC_OP_FUNCTION_COMMENT: {   /* issue 12 */
        const sc_function *f = op->to ? op->to : op->from;
        sc_sb_printf(b, "%s ", sc_function_kind_word(f));
        sc_sb_qualified(b, f->schema, f->name);
        sc_sb_printf(b, "(%s)", f->args);
        return;
    }
    case SC_OP_CREATE_TRIGGER:
    case SC_OP_DROP_TRIGGER:
    case SC_OP_TRIGGER_STATE:
    case SC_OP_TRIGGER_COMMENT: {   /* issue 12 */
        const sc_trigger *t = op->to ? op->to : op->from;
        sc_sb_puts(b, "trigger ");
        sc_sb_ident(b, t->name);
        sc_sb_puts(b, " on ");
        sc_sb_qualified(b, t->schema, t->table);
        return;
    }
    /* privileges and ownership */
    case SC_OP_GRANT:
    case SC_OP_OWNER:
    case SC_OP_DEFAULT_PRIVS:
        mig_privilege_label(b, op);
        return;
    default: {
        /* a table is named as it is after the plan (before, for a drop) */
        const sc_table *t = op->t_to ? op->t_to : op->t_from;
        sc_sb_puts(b, "table ");
        sc_sb_qualified(b, op->schema, t ? t->name : op->table);
        return;
    }
    }
}

static bool same_group(const sc_op *x, const sc_op *y)
{
    if (!x || !y)
        return false;
    if (x->table_id >= 0 || y->table_id >= 0)
        return x->table_id == y->table_id;
    sc_strbuf a = SC_STRBUF_INIT, b = SC_STRBUF_INIT;
    group_label(&a, x);
    group_label(&b, y);
    bool same = !strcmp(sc_sb_cstr(&a), sc_sb_cstr(&b));
    sc_sb_free(&a);
    sc_sb_free(&b);
    return same;
}

/* An op that writes nothing: no header of its own, and the next one's
 * group is not taken as said by it. */
static bool silent(const sc_op *op)
{
    return mig_privilege_silent(op) || sc_op_silent(op);   /* privileges and ownership; tblprops6 */
}

void mig_op_header(mig_out *o, const sc_op *op, const sc_op *prev)
{
    if (silent(op))
        return;
    if (!same_group(op, prev)) {
        if (o->b->len)
            sc_sb_putc(o->b, '\n');
        sc_sb_puts(o->b, "-- ");
        group_label(o->b, op);
        sc_sb_putc(o->b, '\n');
    }
    if (op->hazard)
        sc_sb_printf(o->b, "-- HAZARD: %s\n", op->hazard_msg);
}

/* Whether any op of the list must run outside a transaction block. */
static bool any_no_tx(sc_op *const *ops, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ops[i]->no_transaction)
            return true;
    return false;
}

/* The script assembly for PostgreSQL. own_tx: a script run as it is (psql
 * -f) that holds a no-transaction statement gets BEGIN/COMMIT around each
 * run of transactional statements, so that those apply all or nothing
 * while the others (ALTER TYPE ... ADD VALUE before a statement using the
 * value) run and commit on their own. A revision file never gets them: the
 * runner keeps its own transactions (apply.c). */
static void assemble_pg(mig_out *o, sc_op *const *ops, size_t n, bool own_tx)
{
    bool wrap = own_tx && any_no_tx(ops, n), in_tx = false;
    const sc_op *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        if (wrap && !ops[i]->no_transaction && !in_tx) {
            sc_sb_puts(o->b, o->b->len ? "\nBEGIN;\n" : "BEGIN;\n");
            in_tx = true;
        } else if (wrap && ops[i]->no_transaction && in_tx) {
            sc_sb_puts(o->b, "\nCOMMIT;\n");
            in_tx = false;
            prev = NULL;   /* the group header again after COMMIT */
        }
        mig_op_header(o, ops[i], prev);
        o->no_tx = ops[i]->no_transaction;
        if (mig_emit_pg(o, ops[i]) != 0)
            o->rc = -1;
        if (!silent(ops[i]))
            prev = ops[i];
    }
    if (in_tx)
        sc_sb_puts(o->b, "\nCOMMIT;\n");
}

static char *emit_plan(const sc_plan *p, sc_dialect dialect, bool down, bool own_tx, sc_diags *d)
{
    if (!p)
        return strdup("");
    if (dialect != p->opts.dialect) {
        sc_error(d, SC_ERR_USAGE, "the plan was computed for %s, not %s",
                 sc_dialect_name(p->opts.dialect), sc_dialect_name(dialect));
        return NULL;
    }
    if (down && p->reverse)   /* the diff the other way round (diff/reverse.c) */
        return emit_plan(p->reverse, dialect, false, own_tx, d);
    sc_strbuf b = SC_STRBUF_INIT;
    mig_out o = {&b, p, dialect, down, down ? p->from : p->to, down ? p->to : p->from, d, 0, false, false};
    sc_op *const *ops = down ? p->down : p->up;
    size_t n = down ? p->ndown : p->nup;
    /* what SQLite cannot express (domains, composite and range types) is
     * refused where it is declared, not dropped */
    if (dialect == SC_DIALECT_SQLITE && sc_ddl_refuse_utypes(down ? p->from : p->to, dialect, d) != 0) {
        sc_sb_free(&b);
        return NULL;
    }
    if (dialect == SC_DIALECT_SQLITE)
        mig_emit_sqlite(&o, ops, n);   /* its rebuilds keep their own SAVEPOINT */
    else
        assemble_pg(&o, ops, n, own_tx);
    if (o.rc != 0) {
        sc_sb_free(&b);
        return NULL;
    }
    return sc_sb_take(&b);
}

char *sc_emit_plan(const sc_plan *p, sc_dialect dialect, bool down, sc_diags *d)
{
    return emit_plan(p, dialect, down, false, d);
}

char *sc_emit_plan_script(const sc_plan *p, sc_dialect dialect, bool down, sc_diags *d)
{
    return emit_plan(p, dialect, down, true, d);
}

/* ---- JSON ------------------------------------------------------------------ */

static void json_str(sc_strbuf *b, const char *s)
{
    if (!s) {
        sc_sb_puts(b, "null");
        return;
    }
    sc_sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            sc_sb_printf(b, "\\%c", *p);
        else if (*p == '\n')
            sc_sb_puts(b, "\\n");
        else if (*p == '\t')
            sc_sb_puts(b, "\\t");
        else if (*p < 0x20)
            sc_sb_printf(b, "\\u%04x", *p);
        else
            sc_sb_putc(b, (char)*p);
    }
    sc_sb_putc(b, '"');
}

static void json_ops(sc_strbuf *b, const sc_plan *p, sc_op *const *ops, size_t n)
{
    sc_sb_putc(b, '[');
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        const sc_op *op = ops[i];
        if (sc_op_silent(op))   /* tblprops6: writes nothing here */
            continue;
        sc_sb_puts(b, first ? "\n  " : ",\n  ");
        first = false;
        sc_sb_puts(b, "{\"op\": ");
        json_str(b, sc_op_kind_name(op->kind));
        sc_sb_puts(b, ", \"schema\": ");
        json_str(b, op->schema);
        sc_sb_puts(b, ", \"table\": ");
        json_str(b, op->table);
        sc_sb_puts(b, ", \"name\": ");
        json_str(b, op->name);
        if (op->old_name) {
            sc_sb_puts(b, ", \"old_name\": ");
            json_str(b, op->old_name);
        }
        sc_sb_puts(b, ", \"summary\": ");
        json_str(b, sc_op_describe(p->arena, op));
        if (op->note) {
            sc_sb_puts(b, ", \"note\": ");
            json_str(b, op->note);
        }
        sc_sb_puts(b, ", \"hazard\": ");
        json_str(b, op->hazard ? op->hazard_msg : NULL);
        sc_sb_printf(b, ", \"transactional\": %s}", op->no_transaction ? "false" : "true");
    }
    sc_sb_puts(b, first ? "]" : "\n]");
}

/* The up operations, in order, as a JSON array. */
char *sc_emit_plan_json(const sc_plan *p)
{
    sc_strbuf b = SC_STRBUF_INIT;
    json_ops(&b, p, p ? p->up : NULL, p ? p->nup : 0);
    sc_sb_putc(&b, '\n');
    return sc_sb_take(&b);
}
