/* migration_pg.c - one plan operation -> PostgreSQL statements. */
#include <stdbool.h>
#include <string.h>

#include "diff/diff_int.h"
#include "emit/migration_int.h"

static const char *const string_types[] = {"text", "character varying", "character", NULL};
static const char *const number_types[] = {"smallint", "integer", "bigint", "numeric", "real",
                                           "double precision", NULL};
static const char *const time_types[] = {"date", "timestamp without time zone", "timestamp with time zone",
                                         NULL};

static int category(const sc_type *t)
{
    if (t->array_dims || t->is_user)
        return 0;
    const char *const *lists[] = {string_types, number_types, time_types};
    for (int l = 0; l < 3; l++)
        for (int i = 0; lists[l][i]; i++)
            if (!strcmp(t->name, lists[l][i]))
                return l + 1;
    return 0;
}

/* USING col::type only where PostgreSQL has no assignment cast: an explicit
 * cast to varchar(n) would silently truncate where assignment fails. */
static bool needs_using(const sc_type *from, const sc_type *to)
{
    int cf = category(from), ct = category(to);
    if (ct == 1 && (cf == 1 || from->is_user))
        return false;
    return !(cf && cf == ct);
}

static void col_stmt(mig_out *o, const sc_op *op, const char *col)
{
    mig_stmt(o);
    mig_alter_table(o, op->schema, op->table);
    sc_sb_puts(o->b, "ALTER COLUMN ");
    sc_sb_ident(o->b, col);
    sc_sb_putc(o->b, ' ');
}

static void set_default(mig_out *o, const sc_op *op, const char *col, const char *expr)
{
    col_stmt(o, op, col);
    if (expr) {
        sc_sb_puts(o->b, "SET DEFAULT ");
        sc_ddl_default_expr(o->b, expr, SC_DIALECT_POSTGRESQL);
    } else {
        sc_sb_puts(o->b, "DROP DEFAULT");
    }
    sc_sb_puts(o->b, ";\n");
}

/* Storage and compression (issue 12). PostgreSQL 15 has no SET STORAGE
 * DEFAULT: going back to the type's own, the server looks it up. */
static void column_storage(mig_out *o, const sc_op *op, const char *cn, const sc_column *f, const sc_column *t)
{
    sc_strbuf *b = o->b;
    if (f->compression != t->compression) {
        col_stmt(o, op, cn);
        sc_sb_printf(b, "SET COMPRESSION %s;\n", t->compression ? sc_compression_name(t->compression) : "default");
    }
    if (f->storage == t->storage)
        return;
    if (t->storage) {
        col_stmt(o, op, cn);
        sc_sb_printf(b, "SET STORAGE %s;\n", sc_storage_name(t->storage));
        return;
    }
    sc_strbuf tq = SC_STRBUF_INIT, stmt = SC_STRBUF_INIT;
    sc_sb_qualified(&tq, op->schema, op->table);
    sc_sb_printf(&stmt, "ALTER TABLE %s ALTER COLUMN ", sc_sb_cstr(&tq));
    sc_sb_ident(&stmt, cn);
    sc_sb_puts(&stmt, " SET STORAGE ");
    mig_stmt(o);
    sc_sb_puts(b, "DO $schemac$ BEGIN EXECUTE ");
    sc_sb_literal(b, sc_sb_cstr(&stmt));
    sc_sb_puts(b, " || (SELECT CASE ty.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'"
                  " WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_catalog.pg_attribute a"
                  " JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid WHERE a.attrelid = ");
    sc_sb_literal(b, sc_sb_cstr(&tq));
    sc_sb_puts(b, "::regclass AND a.attname = ");
    sc_sb_literal(b, cn);
    sc_sb_puts(b, "); END $schemac$;\n");
    sc_sb_free(&tq);
    sc_sb_free(&stmt);
}

/* SELECT setval(seq, max(col)): a sequence made for a column that holds
 * values (serial_identity.c) goes on after them; an empty table leaves it
 * at its own start (no row: no setval, which could fall below MINVALUE). */
static void restart_after(mig_out *o, const sc_op *op, const char *cn, const char *seq)
{
    sc_strbuf *b = o->b;
    mig_stmt(o);
    sc_sb_puts(b, "SELECT setval(");
    sc_sb_literal(b, seq);
    sc_sb_puts(b, ", max(");
    sc_sb_ident(b, cn);
    sc_sb_puts(b, ")) FROM ");
    sc_sb_qualified(b, op->schema, op->table);
    sc_sb_puts(b, " HAVING max(");
    sc_sb_ident(b, cn);
    sc_sb_puts(b, ") IS NOT NULL;\n");
}

static bool is_text(const sc_type *t)
{
    return sc_type_is_builtin(t) && !strcmp(t->name, "text") && !t->array_dims;
}

/* A raised MINVALUE of an identity column's sequence: ALTER refuses a
 * current value below it (alter_sequence's past_new_min); one never used has no last value (pg_sequence_last_value: NULL) and stands
 * at its old START, below the new minimum. */
static void identity_past_new_min(mig_out *o, const sc_op *op, const char *cn, const sc_identity_opts *to)
{
    sc_strbuf *b = o->b, q = SC_STRBUF_INIT;
    sc_sb_qualified(&q, op->schema, op->table);
    long long at = to->start > to->min_value ? to->start : to->min_value;
    mig_stmt(o);
    sc_sb_puts(b, "SELECT setval(s, ");
    sc_sb_printf(b, "%lld, false) FROM (SELECT pg_get_serial_sequence(", at);
    sc_sb_literal(b, sc_sb_cstr(&q));
    sc_sb_puts(b, ", ");
    sc_sb_literal(b, cn);
    sc_sb_printf(b, ")::regclass AS s) seq WHERE coalesce(pg_sequence_last_value(s), 0) < %lld;\n", to->min_value);
    sc_sb_free(&q);
}

static void alter_column(mig_out *o, const sc_op *op)
{
    const sc_column *f = op->from, *t = op->to;
    const char *cn = op->name;   /* the column's name when the op runs */
    unsigned ch = op->changes;
    sc_strbuf *b = o->b;
    /* a default that may not cast to the new type is taken off first and
     * put back after (PostgreSQL: "default ... cannot be cast automatically") */
    bool retype_default = (ch & SC_CHG_TYPE) && f->default_expr && t->default_expr;
    bool defaulted = true;   /* a SET / DROP DEFAULT of the table's, which recursed */
    if (((ch & SC_CHG_DEFAULT) && !t->default_expr) || retype_default)
        set_default(o, op, cn, NULL);
    else if ((ch & SC_CHG_IDENTITY) && t->identity && f->default_expr)
        set_default(o, op, cn, NULL);
    else
        defaulted = false;
    if ((ch & SC_CHG_IDENTITY) && f->identity && !t->identity) {
        col_stmt(o, op, cn);
        sc_sb_puts(b, "DROP IDENTITY;\n");
    }
    if (ch & (SC_CHG_TYPE | SC_CHG_COLLATION)) {
        col_stmt(o, op, cn);
        sc_sb_puts(b, "TYPE ");
        sc_ddl_type(b, &t->type);
        if (sc_column_collation(t)) {
            sc_sb_puts(b, " COLLATE ");
            sc_ddl_collation(b, sc_column_collation(t), SC_DIALECT_POSTGRESQL);
        }
        if ((ch & SC_CHG_TYPE) && needs_using(&f->type, &t->type)) {
            sc_sb_puts(b, " USING ");
            sc_sb_ident(b, cn);
            /* enums go through text: there is no cast between two enums */
            if ((!sc_type_is_builtin(&f->type) || !sc_type_is_builtin(&t->type)) &&
                !is_text(&f->type) && !is_text(&t->type))   /* not a::text::citext */
                sc_sb_puts(b, "::text");
            sc_sb_puts(b, "::");
            sc_ddl_type(b, &t->type);
        }
        sc_sb_puts(b, ";\n");
    }
    if ((ch & SC_CHG_IDENTITY_OPTS) && t->identity) {
        /* the sequence's current value is kept, as ALTER SEQUENCE keeps it */
        sc_arena *a = sc_arena_new();
        const sc_identity_opts *to = sc_column_identity_opts(t);
        if (!to) {   /* back to the defaults */
            sc_identity_opts *d = sc_arena_alloc(a, sizeof *d);
            d->increment = 1;
            d->min_value = 1;
            d->max_value = sc_identity_type_max(&t->type);
            d->start = 1;
            d->cache = 1;
            to = d;
        }
        const sc_identity_opts *fo = sc_column_identity_opts(f);
        if (to->min_value > (fo ? fo->min_value : 1))
            identity_past_new_min(o, op, cn, to);
        col_stmt(o, op, cn);
        sc_ddl_identity_opts(b, to, "SET ", " ");
        sc_sb_puts(b, ";\n");
        sc_arena_free(a);
    }
    if (ch & SC_CHG_STORAGE)
        column_storage(o, op, cn, f, t);
    if (ch & SC_CHG_STATISTICS)   /* tblprops6: -1 is the default again */
        sc_ddl_set_statistics(b, op->schema, op->table, cn, sc_column_statistics(t));
    if (ch & SC_CHG_COLUMN_OPTIONS)   /* attopts7: SET (...) / RESET (...) */
        sc_ddl_column_options_alter(b, op->schema, op->table, cn, sc_column_options(f), sc_column_options(t));
    if (ch & SC_CHG_NULL) {
        col_stmt(o, op, cn);
        sc_sb_puts(b, t->not_null ? "SET NOT NULL;\n" : "DROP NOT NULL;\n");
    }
    if ((ch & SC_CHG_IDENTITY) && t->identity) {
        const char *kind = t->identity == SC_IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT";
        col_stmt(o, op, cn);
        if (f->identity) {
            sc_sb_printf(b, "SET GENERATED %s;\n", kind);
        } else {
            sc_sb_printf(b, "ADD GENERATED %s AS IDENTITY", kind);
            if (sc_column_identity_opts(t)) {
                sc_sb_puts(b, " (");
                sc_ddl_identity_opts(b, sc_column_identity_opts(t), "", " ");
                sc_sb_putc(b, ')');
            }
            sc_sb_puts(b, ";\n");
            /* the new sequence starts after the values already there */
            sc_strbuf tq = SC_STRBUF_INIT;
            sc_sb_qualified(&tq, op->schema, op->table);
            mig_stmt(o);
            sc_sb_puts(b, "SELECT setval(pg_get_serial_sequence(");
            sc_sb_literal(b, sc_sb_cstr(&tq));
            sc_sb_puts(b, ", ");
            sc_sb_literal(b, cn);
            sc_sb_puts(b, "), coalesce(max(");
            sc_sb_ident(b, cn);
            sc_sb_printf(b, "), 0) + 1, false) FROM %s;\n", sc_sb_cstr(&tq));
            sc_sb_free(&tq);
        }
    }
    if (((ch & SC_CHG_DEFAULT) || retype_default) && t->default_expr) {
        set_default(o, op, cn, t->default_expr);
        defaulted = true;
        if (op->restart_seq)   /* a serial's new sequence starts after the values there */
            restart_after(o, op, cn, op->restart_seq);
    }
    if (defaulted)
        mig_kid_defaults(o, op, cn, t->identity ? NULL : t->default_expr, set_default);
    if (ch & SC_CHG_COMMENT) {
        sc_column named = *t;
        named.name = cn;
        mig_stmt(o);
        sc_ddl_comment_column(b, mig_cur_table(o, op), &named, sc_column_comment(t), SC_DIALECT_POSTGRESQL);
    }
}

/* ADD VALUE for each new label, placed by its neighbour; or, when labels go
 * away or move, a new type that the columns are cast to through text. */
static void alter_enum(mig_out *o, const sc_op *op)
{
    const sc_enum *f = op->from, *t = op->to;
    sc_strbuf *b = o->b;
    if (sc_enum_only_adds(f, t)) {
        for (size_t i = 0; i < t->labels.n; i++) {
            bool old = false;
            for (size_t j = 0; j < f->labels.n && !old; j++)
                old = !strcmp(f->labels.items[j], t->labels.items[i]);
            if (old)
                continue;
            mig_stmt(o);
            sc_sb_puts(b, "ALTER TYPE ");
            sc_sb_qualified(b, t->schema, t->name);
            /* IF NOT EXISTS (newuser4): the statement commits on its own
             * (no-transaction), so a revision that fails after it is
             * partly applied; run again once fixed, it must not stop here
             * ("enum label ... already exists") */
            sc_sb_puts(b, " ADD VALUE IF NOT EXISTS ");
            sc_sb_literal(b, t->labels.items[i]);
            if (i > 0) {
                sc_sb_puts(b, " AFTER ");
                sc_sb_literal(b, t->labels.items[i - 1]);
            } else if (t->labels.n > 1) {
                sc_sb_puts(b, " BEFORE ");
                sc_sb_literal(b, t->labels.items[1]);
            }
            sc_sb_puts(b, ";\n");
        }
        for (size_t i = 0; i < op->nuses; i++) {
            const sc_enum_use *u = &op->uses[i];
            if (!sc_default_same(o->p->arena, u->col_from->default_expr, u->col->default_expr)) {
                sc_op tmp = *op;
                tmp.schema = u->schema;
                tmp.table = u->table;
                set_default(o, &tmp, u->name, u->col->default_expr);
            }
        }
        return;
    }
    char *old_name = sc_arena_printf(o->p->arena, "%s_old", t->name);
    mig_stmt(o);
    sc_sb_puts(b, "ALTER TYPE ");
    sc_sb_qualified(b, f->schema, f->name);
    sc_sb_puts(b, " RENAME TO ");
    sc_sb_ident(b, old_name);
    sc_sb_puts(b, ";\n");
    mig_stmt(o);
    sc_ddl_create_enum(b, t, SC_DIALECT_POSTGRESQL, o->d);
    if (t->comment) {   /* the new type starts without the old one's comment */
        mig_stmt(o);
        sc_ddl_comment_enum(b, t, t->comment, SC_DIALECT_POSTGRESQL);
    }
    for (size_t i = 0; i < op->nuses; i++) {
        const sc_enum_use *u = &op->uses[i];
        sc_op tmp = *op;
        tmp.schema = u->schema;
        tmp.table = u->table;
        if (u->col_from->default_expr)
            set_default(o, &tmp, u->name, NULL);
        col_stmt(o, &tmp, u->name);
        sc_sb_puts(b, "TYPE ");
        sc_ddl_type(b, &u->col->type);
        sc_sb_puts(b, " USING ");
        sc_sb_ident(b, u->name);
        sc_sb_puts(b, "::text");
        for (int k = 0; k < u->col->type.array_dims; k++)
            sc_sb_puts(b, "[]");
        sc_sb_puts(b, "::");
        sc_ddl_type(b, &u->col->type);
        sc_sb_puts(b, ";\n");
        if (u->col->default_expr)
            set_default(o, &tmp, u->name, u->col->default_expr);
    }
    mig_stmt(o);
    sc_sb_puts(b, "DROP TYPE ");
    sc_sb_qualified(b, f->schema, old_name);
    sc_sb_puts(b, ";\n");
}

/* A raised MINVALUE: ALTER SEQUENCE refuses a current value below it
 * ("RESTART value (1) cannot be less than MINVALUE (2)", a sequence never
 * used included), so one below it moves to it first (to START, when that
 * is above it); one within the new bounds is kept. */
static void past_new_min(mig_out *o, const sc_sequence *t)
{
    sc_strbuf *b = o->b, q = SC_STRBUF_INIT;
    sc_sb_qualified(&q, t->schema, t->name);
    long long to = t->start > t->min_value ? t->start : t->min_value;
    mig_stmt(o);
    sc_sb_puts(b, "SELECT setval(");
    sc_sb_literal(b, sc_sb_cstr(&q));
    sc_sb_printf(b, ", %lld, false) FROM %s WHERE last_value < %lld;\n", to, sc_sb_cstr(&q), t->min_value);
    sc_sb_free(&q);
}

/* Only the clauses that change. */
static void alter_sequence(mig_out *o, const sc_op *op)
{
    const sc_sequence *f = op->from, *t = op->to;
    sc_strbuf *b = o->b;
    const char *ft = f->type ? f->type : "bigint", *tt = t->type ? t->type : "bigint";
    if (strcmp(f->name, t->name)) {   /* newuser4: renamed along its column (seq_renames.c) */
        mig_stmt(o);
        sc_sb_puts(b, "ALTER SEQUENCE ");
        sc_sb_qualified(b, f->schema, f->name);
        sc_sb_puts(b, " RENAME TO ");
        sc_sb_ident(b, t->name);
        sc_sb_puts(b, ";\n");
        if (!strcmp(ft, tt) && f->increment == t->increment && f->has_min == t->has_min &&
            (!t->has_min || f->min_value == t->min_value) && f->has_max == t->has_max &&
            (!t->has_max || f->max_value == t->max_value) && f->start == t->start && f->cache == t->cache &&
            f->cycle == t->cycle)
            return;
    }
    if (t->has_min && (!f->has_min || f->min_value < t->min_value))
        past_new_min(o, t);
    mig_stmt(o);
    sc_sb_puts(b, "ALTER SEQUENCE ");
    sc_sb_qualified(b, t->schema, t->name);
    if (strcmp(ft, tt))
        sc_sb_printf(b, " AS %s", tt);
    if (f->increment != t->increment)
        sc_sb_printf(b, " INCREMENT BY %lld", t->increment);
    if (f->has_min != t->has_min || (t->has_min && f->min_value != t->min_value)) {
        if (t->has_min)
            sc_sb_printf(b, " MINVALUE %lld", t->min_value);
        else
            sc_sb_puts(b, " NO MINVALUE");
    }
    if (f->has_max != t->has_max || (t->has_max && f->max_value != t->max_value)) {
        if (t->has_max)
            sc_sb_printf(b, " MAXVALUE %lld", t->max_value);
        else
            sc_sb_puts(b, " NO MAXVALUE");
    }
    if (f->start != t->start)
        sc_sb_printf(b, " START WITH %lld", t->start);
    if (f->cache != t->cache)
        sc_sb_printf(b, " CACHE %lld", t->cache > 0 ? t->cache : 1);
    if (f->cycle != t->cycle)
        sc_sb_puts(b, t->cycle ? " CYCLE" : " NO CYCLE");
    sc_sb_puts(b, ";\n");
}

static bool fk_not_omitted(const sc_constraint *fk, void *ctx)
{
    const sc_op *op = ctx;
    for (size_t i = 0; i < op->nomit_fks; i++)
        if (op->omit_fks[i] == fk)
            return false;
    return true;
}

/* fns5: an index issued by an op of its own (table_fn_parts.c) */
static bool ix_omitted(const sc_op *op, const sc_index *ix)
{
    for (size_t i = 0; i < op->nomit_ixs; i++)
        if (op->omit_ixs[i] == ix)
            return true;
    return false;
}

/* tblprops6: REPLICA IDENTITY / CLUSTER ON an index issued by an op of
 * its own, after this one (fns5): the plan's SC_OP_TABLE_INDEX_PROPS of a
 * new table is not there to wait for it, so it is left out (rare: an index
 * calling a function created after the table) */
static bool index_props_omitted(const sc_op *op, const sc_table *t)
{
    const char *names[2] = {sc_table_replica_identity(t) == 'i' ? sc_table_replica_index(t) : NULL,
                            sc_table_cluster_index(t)};
    for (size_t i = 0; i < op->nomit_ixs; i++)
        for (int j = 0; j < 2; j++)
            if (names[j] && !strcmp(op->omit_ixs[i]->name, names[j]))
                return true;
    return false;
}

static int create_table(mig_out *o, const sc_op *op)
{
    const sc_table *t = op->t_to;
    int rc = sc_ddl_create_table(o->b, o->m_after, t, SC_DIALECT_POSTGRESQL, fk_not_omitted, (void *)op, o->d);
    for (size_t i = 0; i < t->indexes.n; i++)
        if (!ix_omitted(op, SC_VEC_AT(t->indexes, i, sc_index)) &&
            sc_ddl_create_index(o->b, t, SC_VEC_AT(t->indexes, i, sc_index), SC_DIALECT_POSTGRESQL, o->d))
            rc = -1;
    if (!index_props_omitted(op, t))   /* tblprops6: once its indexes exist */
        sc_ddl_table_index_props(o->b, t);
    if (t->comment)
        sc_ddl_comment_table(o->b, t, t->comment, SC_DIALECT_POSTGRESQL);
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_column_comment(c))
            sc_ddl_comment_column(o->b, t, c, sc_column_comment(c), SC_DIALECT_POSTGRESQL);
    }
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (sc_index_comment(ix) && !ix_omitted(op, ix))
            sc_ddl_comment_index(o->b, t, ix, sc_index_comment(ix), SC_DIALECT_POSTGRESQL);
    }
    for (size_t i = 0; i < t->constraints.n; i++) {   /* those added by their own op comment themselves */
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (sc_constraint_comment(k) && !k->not_valid && fk_not_omitted(k, (void *)op))
            sc_ddl_comment_constraint(o->b, t, k, sc_constraint_comment(k), SC_DIALECT_POSTGRESQL);
    }
    return rc;
}

static void drop_named(mig_out *o, const char *what, const char *schema, const char *name)
{
    mig_stmt(o);
    sc_sb_printf(o->b, "DROP %s ", what);
    sc_sb_qualified(o->b, schema, name);
    sc_sb_puts(o->b, ";\n");
}

/* schemas, enums and sequences: true when op is one of theirs (*rc: 0 or -1) */
static bool emit_types(mig_out *o, const sc_op *op, int *rc)
{
    sc_strbuf *b = o->b;
    const sc_dialect pg = SC_DIALECT_POSTGRESQL;
    switch (op->kind) {
    case SC_OP_CREATE_SCHEMA: {
        mig_stmt(o);
        *rc = sc_ddl_create_schema(b, op->name, sc_model_schema_loc(o->m_after, op->name), pg, o->d);
        const char *cm = o->m_after ? sc_model_schema_comment(o->m_after, op->name) : NULL;
        if (cm)
            sc_ddl_comment_schema(b, op->name, cm);
        return true;
    }
    case SC_OP_SCHEMA_COMMENT: {
        mig_stmt(o);
        const char *cm = *(const char *const *)op->to;
        if (!cm && !strcmp(op->name, SC_DEFAULT_SCHEMA))   /* public's none is its stock comment */
            cm = SC_PUBLIC_STOCK_COMMENT;
        sc_ddl_comment_schema(b, op->name, cm);
        return true;
    }
    case SC_OP_DROP_SCHEMA:
        mig_stmt(o);
        sc_sb_puts(b, "DROP SCHEMA ");
        sc_sb_ident(b, op->name);
        sc_sb_puts(b, ";\n");
        return true;
    case SC_OP_CREATE_ENUM: {
        const sc_enum *e = op->to;
        mig_stmt(o);
        int r = sc_ddl_create_enum(b, e, pg, o->d);
        if (e->comment)
            sc_ddl_comment_enum(b, e, e->comment, pg);
        *rc = r;
        return true;
    }
    case SC_OP_DROP_ENUM:
        drop_named(o, "TYPE", op->schema, op->name);
        return true;
    case SC_OP_ALTER_ENUM: {
        /* the inverse of ADD VALUE is a rebuild: the views that read the
         * type go around it (diff_view.c's enum_readers) */
        bool rebuild = op->nreaders && !sc_enum_only_adds(op->from, op->to);
        const char *why = NULL;
        if (rebuild) {
            sc_strbuf t = SC_STRBUF_INIT;
            sc_sb_qualified(&t, op->schema, op->name);
            why = sc_arena_printf(o->p->arena, "they read type %s or a column of it, which the down script rebuilds", sc_sb_cstr(&t));
            sc_sb_free(&t);
        }
        if (rebuild)
            mig_views_around(o, op, true, why);
        alter_enum(o, op);
        if (rebuild && mig_views_around(o, op, false, why))
            *rc = -1;
        return true;
    }
    case SC_OP_CREATE_SEQUENCE: {
        mig_stmt(o);
        const sc_sequence *s = op->to;
        *rc = sc_ddl_create_sequence(b, s, pg, o->d);
        if (s->comment)
            sc_ddl_comment_sequence(b, s, s->comment, pg);
        return true;
    }
    case SC_OP_DROP_SEQUENCE:
        drop_named(o, "SEQUENCE", op->schema, op->name);
        return true;
    case SC_OP_ALTER_SEQUENCE:
        alter_sequence(o, op);
        return true;
    case SC_OP_SEQUENCE_OWNER: {
        const sc_sequence *s = op->to;
        mig_stmt(o);
        if (s && s->owned_by_table) {
            sc_ddl_sequence_owned_by(b, s);
        } else {
            sc_sb_puts(b, "ALTER SEQUENCE ");
            sc_sb_qualified(b, op->schema, op->name);
            sc_sb_puts(b, " OWNED BY NONE;\n");
        }
        return true;
    }
    default:
        return false;
    }
}

/* tables and their columns: true when op is one of theirs (*rc: 0 or -1) */
static bool emit_tables(mig_out *o, const sc_op *op, int *rc)
{
    sc_strbuf *b = o->b;
    const sc_dialect pg = SC_DIALECT_POSTGRESQL;
    switch (op->kind) {
    case SC_OP_CREATE_TABLE:
        mig_stmt(o);
        *rc = create_table(o, op);
        return true;
    case SC_OP_DROP_TABLE:
        mig_detach_before_drop(o, op);
        drop_named(o, "TABLE", op->schema, op->name);
        return true;
    case SC_OP_RENAME_TABLE:
        mig_stmt(o);
        mig_alter_table(o, op->schema, op->old_name);
        sc_sb_puts(b, "RENAME TO ");
        sc_sb_ident(b, op->name);
        sc_sb_puts(b, ";\n");
        return true;
    case SC_OP_ADD_COLUMN: {
        const sc_column *c = op->to;
        mig_inherit_before_add(o, op);
        mig_stmt(o);
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(b, "ADD COLUMN ");
        int r = sc_ddl_column_def(b, mig_cur_table(o, op), c, pg, 0, 0, o->d);
        sc_sb_puts(b, ";\n");
        /* issue 12, tblprops6, attopts7: storage, statistics and options are not
         * part of ADD COLUMN in PostgreSQL 15 */
        sc_ddl_column_after_add(b, op->schema, op->table, c);
        if (sc_column_comment(c))
            sc_ddl_comment_column(b, mig_cur_table(o, op), c, sc_column_comment(c), pg);
        mig_inherit_after_add(o, op);
        *rc = r;
        return true;
    }
    case SC_OP_DROP_COLUMN:
        if (mig_inherit_drop(o, op))
            return true;
        mig_stmt(o);
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(b, "DROP COLUMN ");
        sc_sb_ident(b, op->name);
        sc_sb_puts(b, ";\n");
        return true;
    case SC_OP_RENAME_COLUMN:
        mig_stmt(o);
        mig_rename(o, op->schema, op->table, "COLUMN", op->old_name, op->name);
        return true;
    case SC_OP_ALTER_COLUMN:
        alter_column(o, op);
        return true;
    default:
        return false;
    }
}

/* constraints and indexes: true when op is one of theirs (*rc: 0 or -1) */
static bool emit_keys(mig_out *o, const sc_op *op, int *rc)
{
    sc_strbuf *b = o->b;
    const sc_dialect pg = SC_DIALECT_POSTGRESQL;
    switch (op->kind) {
    case SC_OP_RENAME_CONSTRAINT:
        mig_stmt(o);
        mig_rename(o, op->schema, op->table, "CONSTRAINT", op->old_name, op->name);
        return true;
    case SC_OP_RENAME_INDEX:
        mig_stmt(o);
        sc_sb_puts(b, "ALTER INDEX ");
        sc_sb_qualified(b, op->schema, op->old_name);
        sc_sb_puts(b, " RENAME TO ");
        sc_sb_ident(b, op->name);
        sc_sb_puts(b, ";\n");
        return true;
    case SC_OP_ADD_CONSTRAINT: {
        /* named as the table is now (a split FK runs right after its CREATE) */
        mig_stmt(o);
        const sc_constraint *k = op->to;
        if (op->copy_renamed)   /* parts5: the partition's copy of its ancestor's key of that name */
            mig_rename(o, op->schema, op->table, "CONSTRAINT", op->name, op->copy_renamed);
        *rc = sc_ddl_add_constraint(b, mig_cur_table(o, op), k, pg, o->d);
        if (sc_constraint_comment(k))
            sc_ddl_comment_constraint(b, mig_cur_table(o, op), k, sc_constraint_comment(k), pg);
        return true;
    }
    case SC_OP_VALIDATE_CONSTRAINT: {
        /* issue 12: NOT VALID to valid, or back (drop, add NOT VALID) */
        const sc_constraint *k = op->to;
        mig_stmt(o);
        mig_alter_table(o, op->schema, op->table);
        if (!k->not_valid) {
            sc_sb_puts(b, "VALIDATE CONSTRAINT ");
            sc_sb_ident(b, op->name);
            sc_sb_puts(b, ";\n");
            return true;
        }
        sc_sb_puts(b, "DROP CONSTRAINT ");
        sc_sb_ident(b, op->name);
        sc_sb_puts(b, ";\n");
        *rc = sc_ddl_add_constraint(b, mig_cur_table(o, op), k, pg, o->d);
        if (sc_constraint_comment(k))
            sc_ddl_comment_constraint(b, mig_cur_table(o, op), k, sc_constraint_comment(k), pg);
        return true;
    }
    case SC_OP_CONSTRAINT_COMMENT:
        mig_stmt(o);
        sc_ddl_comment_constraint(b, mig_cur_table(o, op), op->to,
                                  sc_constraint_comment((const sc_constraint *)op->to), pg);
        return true;
    case SC_OP_CON_INDEX:   /* issue 12 (ddl_exclusion.c) */
        mig_stmt(o);
        sc_ddl_con_index_alter(b, mig_cur_table(o, op), op->from, op->to);
        return true;
    case SC_OP_INDEX_STORAGE:   /* issue 12, privs2 (ddl_exclusion.c) */
        mig_stmt(o);
        sc_ddl_index_storage_alter(b, op->schema, op->from, op->to);
        return true;
    case SC_OP_SEQUENCE_COMMENT:
        mig_stmt(o);
        sc_ddl_comment_sequence(b, op->to, ((const sc_sequence *)op->to)->comment, pg);
        return true;
    case SC_OP_DROP_CONSTRAINT:
        mig_stmt(o);
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(b, "DROP CONSTRAINT ");
        sc_sb_ident(b, op->name);
        sc_sb_puts(b, ";\n");
        return true;
    case SC_OP_CREATE_INDEX: {
        const sc_index *ix = op->to;
        sc_strbuf tmp = SC_STRBUF_INIT;
        int r = sc_ddl_create_index(&tmp, mig_cur_table(o, op), ix, pg, o->d);
        const char *s = sc_sb_cstr(&tmp);
        mig_stmt(o);
        if (o->p->opts.concurrently && !strncmp(s, "CREATE INDEX ", 13)) {
            sc_sb_printf(b, "CREATE INDEX CONCURRENTLY %s", s + 13);
        } else if (o->p->opts.concurrently && !strncmp(s, "CREATE UNIQUE INDEX ", 20)) {
            sc_sb_printf(b, "CREATE UNIQUE INDEX CONCURRENTLY %s", s + 20);
        } else {
            sc_sb_puts(b, s);
        }
        sc_sb_free(&tmp);
        if (sc_index_comment(ix))
            sc_ddl_comment_index(b, mig_cur_table(o, op), ix, sc_index_comment(ix), pg);
        *rc = r;
        return true;
    }
    case SC_OP_DROP_INDEX:
        if (op->adopted_by) {   /* parts5: taken by its ancestor's CREATE INDEX */
            sc_sb_printf(b, "-- %s is attached to %s by its CREATE INDEX below (a partition's index that matches is "
                            "taken, not copied)\n", op->name, op->adopted_by);
            return true;
        }
        drop_named(o, o->p->opts.concurrently ? "INDEX CONCURRENTLY" : "INDEX", op->schema, op->name);
        return true;
    default:
        return false;
    }
}

/* comments on enums, indexes and tables: true when op is one of theirs */
static bool emit_comments(mig_out *o, const sc_op *op)
{
    sc_strbuf *b = o->b;
    const sc_dialect pg = SC_DIALECT_POSTGRESQL;
    switch (op->kind) {
    case SC_OP_ENUM_COMMENT: {
        const sc_enum *e = op->to;
        mig_stmt(o);
        sc_ddl_comment_enum(b, e, e->comment, pg);
        return true;
    }
    case SC_OP_INDEX_COMMENT: {
        const sc_index *ix = op->to;
        mig_stmt(o);
        sc_ddl_comment_index(b, mig_cur_table(o, op), ix, sc_index_comment(ix), pg);
        return true;
    }
    case SC_OP_TABLE_OPTIONS:   /* PostgreSQL's storage parameters and UNLOGGED (issue 12) */
        mig_stmt(o);
        sc_ddl_table_options(b, mig_cur_table(o, op), op->t_from, op->t_to);
        return true;
    case SC_OP_TABLE_INDEX_PROPS:   /* tblprops6: the writing half (diff_tblprops.c) */
        if (!(op->changes & SC_CHG_IXP_SET))
            return true;
        mig_stmt(o);
        if (op->changes & SC_CHG_IXP_REPLICA)
            sc_ddl_replica_identity(b, op->schema, op->table, op->t_to);
        if (op->changes & SC_CHG_IXP_CLUSTER)
            sc_ddl_cluster_on(b, op->schema, op->table, sc_table_cluster_index(op->t_to));
        return true;
    case SC_OP_TABLE_COMMENT: {
        mig_stmt(o);
        sc_ddl_comment_table(b, mig_cur_table(o, op), op->t_to->comment, pg);
        return true;
    }
    default:
        return false;
    }
}

/* domains, composite and range types */
static bool is_utype_op(sc_op_kind k)
{
    switch (k) {
    case SC_OP_CREATE_UTYPE:
    case SC_OP_DROP_UTYPE:
    case SC_OP_ALTER_DOMAIN:
    case SC_OP_ALTER_COMPOSITE:
    case SC_OP_REBUILD_UTYPE:
    case SC_OP_UTYPE_COMMENT:
        return true;
    default:
        return false;
    }
}

int mig_emit_pg(mig_out *o, const sc_op *op)
{
    int rc = 0;
    if (op->kind == SC_OP_NOP)
        return 0;
    /* funcdeps: why a part of a table is taken around a re-created function */
    if (op->note && (op->kind == SC_OP_ADD_COLUMN || op->kind == SC_OP_DROP_COLUMN ||
                     op->kind == SC_OP_ALTER_COLUMN || op->kind == SC_OP_ADD_CONSTRAINT ||
                     op->kind == SC_OP_DROP_CONSTRAINT || op->kind == SC_OP_CREATE_INDEX ||
                     op->kind == SC_OP_DROP_INDEX))
        sc_sb_printf(o->b, "-- %s\n", op->note);
    if (emit_types(o, op, &rc) || emit_tables(o, op, &rc) || emit_keys(o, op, &rc) ||
        emit_comments(o, op))
        return rc;
    /* the kinds with files of their own */
    if (is_utype_op(op->kind))
        return mig_emit_utype(o, op);
    if (mig_is_policy_op(op->kind))
        return mig_emit_policy(o, op);
    if (mig_is_ext_op(op->kind))   /* extensions and collations */
        return mig_emit_ext(o, op);
    if (mig_is_routine_op(op->kind))   /* functions, triggers */
        return mig_emit_routine(o, op);
    if (sc_is_privilege_op(op->kind))   /* privileges and ownership */
        return mig_emit_privilege(o, op);
    if (mig_is_partition_op(op->kind))   /* partitioning and inheritance */
        return mig_emit_partition(o, op);
    return mig_is_view_op(op->kind) ? mig_emit_view(o, op) : 0;
}
