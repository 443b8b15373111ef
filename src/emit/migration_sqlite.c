/* migration_sqlite.c - plan -> SQLite statements.
 *
 * SQLite's ALTER TABLE only renames tables and columns, adds columns (with
 * restrictions) and drops unused columns. Everything else on an existing
 * table becomes the rebuild of https://www.sqlite.org/lang_altertable.html
 * ("Making Other Kinds Of Table Schema Changes"), as Alembic's batch mode
 * does: create the new table under a temporary name, copy every row, drop
 * the old table, rename the new one, recreate the indexes. Foreign keys are
 * switched off around it (outside any transaction: the pragma is a no-op
 * inside one) and checked afterwards (fk_guard). One rebuild covers every
 * change of that table in the plan; it is written where the table's last
 * change would have been, so that everything it depends on has happened. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diff/diff_int.h"
#include "emit/migration_int.h"
#include "model/sqltok.h"

static bool word_in(const char *text, const char *word)
{
    if (!text)
        return false;
    size_t n = strlen(word);
    for (const char *p = text; (p = strstr(p, word)); p += n) {
        bool before = p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        bool after = !(isalnum((unsigned char)p[n]) || p[n] == '_');
        if (before && after)
            return true;
    }
    return false;
}

static bool names_have(const sc_names *n, const char *name)
{
    for (size_t i = 0; i < n->n; i++)
        if (!strcmp(n->items[i], name))
            return true;
    return false;
}

/* Whether anything in t (a key, check, index, generated column) uses col:
 * then SQLite's DROP COLUMN refuses it. */
static bool column_used(const sc_model *m, const sc_table *t, const sc_column *col)
{
    if (col->type.is_user || sc_ddl_is_enum_column(m, col))
        return true;   /* its enum CHECK uses it */
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (names_have(&k->columns, col->name) || word_in(k->check_expr, col->name))
            return true;
        if (k->kind == SC_CON_FOREIGN_KEY && !strcmp(k->ref_table, t->name) &&
            names_have(&k->ref_columns, col->name))
            return true;
    }
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (names_have(&ix->include, col->name) || word_in(ix->where, col->name))
            return true;
        for (size_t j = 0; j < ix->nelems; j++)
            if ((ix->elems[j].column && !strcmp(ix->elems[j].column, col->name)) ||
                word_in(ix->elems[j].expr, col->name))
                return true;
    }
    for (size_t i = 0; i < t->columns.n; i++)
        if (word_in(SC_VEC_AT(t->columns, i, sc_column)->generated, col->name))
            return true;
    return false;
}

static bool constant_default(const char *e)
{
    if (!e)
        return true;
    /* one literal: a string, a number with or without its sign, a word */
    const char *n = e[0] == '-' || e[0] == '+' ? e + 1 : e;
    sc_tok t;
    if (!sc_sql_one_token(n, SC_DIALECT_SQLITE, &t))
        return false;
    if (t.kind == SC_TOK_NUMBER || (t.kind == SC_TOK_STRING && n == e && e[0] == '\''))
        return true;
    return n == e && (!strcasecmp(e, "true") || !strcasecmp(e, "false") || !strcasecmp(e, "null"));
}

/* ADD COLUMN's restrictions: no PRIMARY KEY/UNIQUE (those are separate ops
 * here, which rebuild anyway), NOT NULL needs a non-NULL default, the default
 * must be constant, no stored generated column (a VIRTUAL one is fine, NOT
 * NULL included); an enum needs its CHECK. */
static bool simple_add(const sc_model *m, const sc_column *c)
{
    if (c->generated)   /* SQLite refuses ADD COLUMN ... STORED, takes VIRTUAL */
        return c->generated_virtual && !c->identity;
    if (c->identity || c->type.is_user || sc_ddl_is_enum_column(m, c))
        return false;
    if (c->not_null && !c->default_expr)
        return false;
    return constant_default(c->default_expr);
}

static bool needs_rebuild(const mig_out *o, const sc_op *op)
{
    if (op->split_fk || op->table_id < 0 || !op->t_from || !op->t_to)
        return false;
    switch (op->kind) {
    case SC_OP_ALTER_COLUMN:
    case SC_OP_ADD_CONSTRAINT:
    case SC_OP_DROP_CONSTRAINT:
    case SC_OP_TABLE_OPTIONS:
        return true;
    case SC_OP_ADD_COLUMN:
        return !simple_add(o->m_after, op->to);
    case SC_OP_DROP_COLUMN:
        return column_used(o->m_before, op->t_from, op->from);
    default:
        return false;
    }
}

/* Ops that mean nothing to SQLite: enums live in CHECKs, comments are not
 * stored, split FKs are inline in CREATE TABLE (and go with DROP TABLE). */
static bool sqlite_skips(const sc_op *op)
{
    switch (op->kind) {
    case SC_OP_ALTER_ENUM:
    case SC_OP_CREATE_ENUM:
    case SC_OP_DROP_ENUM:
    case SC_OP_TABLE_COMMENT:
    case SC_OP_INDEX_COMMENT:
    case SC_OP_ENUM_COMMENT:
    case SC_OP_VIEW_COMMENT:
    case SC_OP_CONSTRAINT_COMMENT:
    case SC_OP_SEQUENCE_COMMENT:
    case SC_OP_SCHEMA_COMMENT:
    case SC_OP_NOP:
        return true;
    case SC_OP_ALTER_COLUMN:
        return !(op->changes & ~(unsigned)SC_CHG_COMMENT);
    default:
        return op->split_fk;
    }
}

static bool covered_kind(sc_op_kind k)
{
    return k != SC_OP_RENAME_TABLE && k != SC_OP_CREATE_TABLE && k != SC_OP_DROP_TABLE && k != SC_OP_NOP;
}

/* The column of `src` whose rows fill `dst_col` (NULL: a new column). */
static const sc_column *source_column(const mig_out *o, const sc_table *src, const sc_table *dst,
                                      const sc_column *dst_col)
{
    if (!o->down)
        return sc_diff_column_source(src, dst, dst_col);
    /* down: dst is the original from side; find the to-side column that continued it */
    for (size_t i = 0; i < src->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(src->columns, i, sc_column);
        if (sc_diff_column_source(dst, src, c) == dst_col)
            return c;
    }
    return NULL;
}

static void stmt(mig_out *o, bool no_tx)
{
    if (no_tx)
        sc_sb_puts(o->b, "-- schemac:no-transaction\n");
}

/* ---- no row lost offline: the rebuild guard ------------------------------
 * A script run by a client that goes on after an error (the sqlite3 shell
 * without -bail) must not commit a rebuild whose copy failed: a CHECK, NOT
 * NULL or UNIQUE constraint of the new table that existing rows violate
 * fails the INSERT ... SELECT, and the DROP TABLE, RENAME and CREATE INDEX
 * after it would go on and leave the table empty. Everything between the
 * SAVEPOINT and its RELEASE is one transaction, so a failure anywhere in it
 * is harmless as long as it is not committed: the guard is the last thing
 * before RELEASE and rolls the whole transaction back (INSERT OR ROLLBACK
 * into a TEMP table whose CHECKs refuse the row) unless every rebuilt table
 * exists with its indexes and holds exactly the rows it held before its copy
 * (counted into temp._schemac_rebuilt just before it). The guard reads the
 * tables only after a first statement, which reads nothing but sqlite_schema
 * and so always runs, has made sure they all exist: a statement that fails
 * to prepare rolls nothing back. After a rollback every statement left
 * (RELEASE, the temp tables' DROP) names something that existed only in the
 * rolled-back transaction and fails harmlessly. Online (`upgrade`) the first
 * failing statement stops the revision anyway; the guard then never runs. */
static void rebuild_guard_open(mig_out *o)
{
    sc_sb_puts(o->b, "CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);\n");
}

/* Before the copy: how many rows the old table holds, under the table's
 * final name (the guard counts them there). */
static void rebuild_guard_record(mig_out *o, const sc_table *dst, const char *old)
{
    sc_sb_puts(o->b, "INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT ");
    sc_sb_literal(o->b, dst->name);
    sc_sb_puts(o->b, ", count(*) FROM ");
    sc_ddl_ident(o->b, SC_DIALECT_SQLITE, old);
    sc_sb_puts(o->b, ";\n");
}

static void guard_exists(sc_strbuf *b, const char *type, const char *name, bool *first)
{
    sc_sb_puts(b, *first ? "\n        " : "\n        OR ");
    *first = false;
    sc_sb_printf(b, "NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = '%s' AND name = ", type);
    sc_sb_literal(b, name);
    sc_sb_puts(b, " COLLATE NOCASE)");
}

static void rebuild_guard_close(mig_out *o, const sc_vec *rebuilt)
{
    sc_strbuf *b = o->b;
    const sc_dialect lite = SC_DIALECT_SQLITE;
    sc_strbuf name = SC_STRBUF_INIT;
    sc_sb_puts(b, "\n-- every rebuilt table must be complete, with every row it held: a failed statement "
                  "above (e.g.\n-- a copy refused by a constraint) fails here and rolls everything back\n");
    sc_sb_puts(b, "CREATE TEMP TABLE _schemac_rebuild_check (\n    tbl TEXT");
    for (size_t i = 0; i < rebuilt->n; i++) {
        const sc_table *t = SC_VEC_AT(*rebuilt, i, sc_table);
        name.len = 0;
        sc_sb_printf(&name, "rebuild of %s failed: rolled back, nothing changed", t->name);
        sc_sb_puts(b, ",\n    CONSTRAINT ");
        sc_ddl_ident(b, lite, sc_sb_cstr(&name));
        sc_sb_puts(b, " CHECK (tbl IS NOT ");
        sc_sb_literal(b, t->name);
        sc_sb_puts(b, ")");
    }
    sc_sb_free(&name);
    sc_sb_puts(b, ",\n    CONSTRAINT \"a rebuild failed: rolled back, nothing changed\" CHECK (false)\n);\n");
    /* 1: everything exists (reads sqlite_schema only, so it always runs) */
    sc_sb_puts(b, "INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)");
    for (size_t i = 0; i < rebuilt->n; i++) {
        const sc_table *t = SC_VEC_AT(*rebuilt, i, sc_table);
        bool first = true;
        if (i)
            sc_sb_puts(b, "\n    UNION ALL");
        sc_sb_puts(b, "\n    SELECT ");
        sc_sb_literal(b, t->name);
        sc_sb_puts(b, " WHERE");
        guard_exists(b, "table", t->name, &first);
        for (size_t j = 0; j < t->indexes.n; j++)
            guard_exists(b, "index", SC_VEC_AT(t->indexes, j, sc_index)->name, &first);
        sc_sb_puts(b, "\n        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = ");
        sc_sb_literal(b, t->name);
        sc_sb_puts(b, ")");
    }
    sc_sb_puts(b, ";\n");
    /* 2: every row is there */
    sc_sb_puts(b, "INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)");
    for (size_t i = 0; i < rebuilt->n; i++) {
        const sc_table *t = SC_VEC_AT(*rebuilt, i, sc_table);
        if (i)
            sc_sb_puts(b, "\n    UNION ALL");
        sc_sb_puts(b, "\n    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = ");
        sc_sb_literal(b, t->name);
        sc_sb_puts(b, " AND n <> (SELECT count(*) FROM ");
        sc_ddl_qualified(b, lite, t->schema, t->name);
        sc_sb_puts(b, ")");
    }
    sc_sb_puts(b, ";\nDROP TABLE temp._schemac_rebuild_check;\nDROP TABLE temp._schemac_rebuilt;\n");
}

/* ---- the database's own text ---------------------------------------------
 * A table or index read from SQLite carries its CREATE text as sqlite_schema
 * holds it: created from that text, the migrated database holds exactly what
 * the target does (the builder's text would say the same in other words).
 * Only under the name the text gives it. */
static bool create_table_verbatim(mig_out *o, const sc_table *t, const char *cur)
{
    /* a name that differs only in case is the same for SQLite (a case-only
     * rename elsewhere in the script goes through a temporary name) */
    if (!sc_table_sqlite_sql(t) || strcasecmp(cur, t->name) != 0)
        return false;
    sc_sb_printf(o->b, "%s;\n", sc_table_sqlite_sql(t));
    return true;
}

static void create_index(mig_out *o, const sc_table *named, const sc_table *t, const sc_index *ix)
{
    if (sc_index_sqlite_sql(ix) && named && !strcmp(named->name, t->name)) {
        sc_sb_printf(o->b, "%s;\n", sc_index_sqlite_sql(ix));
        return;
    }
    if (sc_ddl_create_index(o->b, named, ix, SC_DIALECT_SQLITE, o->d))
        o->rc = -1;
}

/* The rebuild's CREATE TABLE: the builder's text (what `compile` writes,
 * so that sqlite_schema holds the same text as a database built from the
 * schema), under the name the table has at this point of the script. */
static void rebuild_create(mig_out *o, const sc_table *dst, const char *cur)
{
    sc_strbuf *b = o->b;
    if (create_table_verbatim(o, dst, cur))
        return;
    sc_strbuf ct = SC_STRBUF_INIT, head = SC_STRBUF_INIT;
    if (sc_ddl_create_table(&ct, o->m_after, dst, SC_DIALECT_SQLITE, NULL, NULL, o->d) != 0)
        o->rc = -1;
    sc_sb_puts(&head, "CREATE TABLE ");
    sc_ddl_qualified(&head, SC_DIALECT_SQLITE, dst->schema, dst->name);
    const char *text = sc_sb_cstr(&ct);
    if (strcmp(cur, dst->name) != 0 && !strncmp(text, sc_sb_cstr(&head), head.len)) {
        sc_sb_puts(b, "CREATE TABLE ");
        sc_ddl_qualified(b, SC_DIALECT_SQLITE, dst->schema, cur);
        sc_sb_puts(b, text + head.len);
    } else {
        sc_sb_puts(b, text);
    }
    sc_sb_free(&ct);
    sc_sb_free(&head);
}

/* Every row, column by column through renames, from old into cur. */
static void rebuild_copy(mig_out *o, const sc_table *src, const sc_table *dst, const char *old,
                         const char *cur)
{
    sc_strbuf *b = o->b;
    sc_strbuf cols = SC_STRBUF_INIT, vals = SC_STRBUF_INIT;
    for (size_t i = 0; i < dst->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(dst->columns, i, sc_column);
        const sc_column *s = source_column(o, src, dst, c);
        if (!s || c->generated)
            continue;
        if (cols.len) {
            sc_sb_puts(&cols, ", ");
            sc_sb_puts(&vals, ", ");
        }
        sc_ddl_ident(&cols, SC_DIALECT_SQLITE, c->name);
        sc_ddl_ident(&vals, SC_DIALECT_SQLITE, s->name);
    }
    if (cols.len) {
        sc_sb_puts(b, "INSERT INTO ");
        sc_ddl_qualified(b, SC_DIALECT_SQLITE, dst->schema, cur);
        sc_sb_printf(b, " (%s)\n    SELECT %s FROM ", sc_sb_cstr(&cols), sc_sb_cstr(&vals));
        sc_ddl_ident(b, SC_DIALECT_SQLITE, old);
        sc_sb_puts(b, ";\n");
    }
    sc_sb_free(&cols);
    sc_sb_free(&vals);
}

/* The copy set the new table's AUTOINCREMENT counter to its largest id; the
 * old one may be higher (rows deleted at the top), and AUTOINCREMENT promises
 * never to hand out an id again: the old counter (renamed with its table)
 * replaces the new one. */
static void rebuild_carry_sequence(mig_out *o, const char *old, const char *cur)
{
    sc_strbuf *b = o->b;
    sc_sb_puts(b, "DELETE FROM sqlite_sequence WHERE name = ");
    sc_sb_literal(b, cur);
    sc_sb_puts(b, ";\nUPDATE sqlite_sequence SET name = ");
    sc_sb_literal(b, cur);
    sc_sb_puts(b, " WHERE name = ");
    sc_sb_literal(b, old);
    sc_sb_puts(b, ";\n");
}

/* SQLite's rebuild, with the old table moved aside first so that the new one
 * is created under its own name: sqlite_schema then holds exactly the CREATE
 * text written here (a rename would rewrite it as CREATE TABLE "t"). The
 * rename is the legacy one: since SQLite 3.26 RENAME also rewrites the views
 * and triggers that name the table, and the foreign keys of other tables
 * that reference it, which must keep naming `t` (the new table); with
 * legacy_alter_table = ON and foreign keys off (as they are here) none of
 * them is touched. Triggers on the table move with it and go with the old
 * table; they are put back at the end. */
static void rebuild(mig_out *o, const sc_op *op)
{
    const sc_table *src = op->t_from, *dst = op->t_to;
    const char *cur = op->table ? op->table : dst->name;
    sc_strbuf *b = o->b;
    char *old = sc_arena_printf(o->p->arena, "_schemac_old_%s", cur);
    sc_sb_puts(b, "-- rebuild: SQLite cannot alter this table in place\n");
    sc_sb_puts(b, "PRAGMA legacy_alter_table = ON;\n");
    mig_alter_table(o, dst->schema, cur);
    sc_sb_puts(b, "RENAME TO ");
    sc_ddl_ident(b, SC_DIALECT_SQLITE, old);
    sc_sb_puts(b, ";\nPRAGMA legacy_alter_table = OFF;\n");
    rebuild_create(o, dst, cur);
    rebuild_guard_record(o, dst, old);
    rebuild_copy(o, src, dst, old, cur);
    if (src->sqlite_autoincrement && dst->sqlite_autoincrement)
        rebuild_carry_sequence(o, old, cur);
    sc_sb_puts(b, "DROP TABLE ");
    sc_ddl_ident(b, SC_DIALECT_SQLITE, old);
    sc_sb_puts(b, ";\n");
    const sc_table *named = mig_cur_table(o, op);
    for (size_t i = 0; i < dst->indexes.n; i++)
        create_index(o, named, dst, SC_VEC_AT(dst->indexes, i, sc_index));
    /* DROP TABLE took the table's triggers: put back those the plan keeps
     * (the modelled triggers, migration_routine.c) */
    mig_sqlite_put_back_triggers(o, op);
}

static void emit_direct(mig_out *o, const sc_op *op)
{
    sc_strbuf *b = o->b;
    const sc_dialect lite = SC_DIALECT_SQLITE;
    switch (op->kind) {
    case SC_OP_CREATE_TABLE: {
        /* SQLite checks no FK target at CREATE time: every FK goes inline */
        const sc_table *t = op->t_to;
        if (!create_table_verbatim(o, t, t->name) &&
            sc_ddl_create_table(b, o->m_after, t, lite, NULL, NULL, o->d))
            o->rc = -1;
        for (size_t i = 0; i < t->indexes.n; i++)
            create_index(o, t, t, SC_VEC_AT(t->indexes, i, sc_index));
        return;
    }
    case SC_OP_DROP_TABLE:
        sc_sb_puts(b, "DROP TABLE ");
        sc_ddl_qualified(b, SC_DIALECT_SQLITE, op->schema, op->name);
        sc_sb_puts(b, ";\n");
        return;
    case SC_OP_RENAME_TABLE: {
        /* SQLite refuses a rename that changes only the case ("there is
         * already another table"): through a temporary name.
         * The views, triggers and foreign keys that name the table keep
         * their text (legacy_alter_table): SQLite still resolves it, and the
         * text stays the one SQLite was given. */
        const char *from = op->old_name;
        bool case_only = !strcasecmp(from, op->name);
        if (case_only) {
            const char *tmp = sc_arena_printf(o->p->arena, "_schemac_case_%s", op->name);
            sc_sb_puts(b, "PRAGMA legacy_alter_table = ON;\n");
            mig_alter_table(o, op->schema, from);
            sc_sb_puts(b, "RENAME TO ");
            sc_ddl_ident(b, SC_DIALECT_SQLITE, tmp);
            sc_sb_puts(b, ";\n");
            from = tmp;
        }
        mig_alter_table(o, op->schema, from);
        sc_sb_puts(b, "RENAME TO ");
        sc_ddl_ident(b, SC_DIALECT_SQLITE, op->name);
        sc_sb_puts(b, ";\n");
        if (case_only)
            sc_sb_puts(b, "PRAGMA legacy_alter_table = OFF;\n");
        return;
    }
    case SC_OP_ADD_COLUMN:
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(b, "ADD COLUMN ");
        if (sc_ddl_column_def(b, mig_cur_table(o, op), op->to, lite, 0, 0, o->d))
            o->rc = -1;
        sc_sb_puts(b, ";\n");
        return;
    case SC_OP_DROP_COLUMN:
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(b, "DROP COLUMN ");
        sc_ddl_ident(b, SC_DIALECT_SQLITE, op->name);
        sc_sb_puts(b, ";\n");
        return;
    case SC_OP_RENAME_COLUMN:
        mig_alter_table(o, op->schema, op->table);
        sc_sb_puts(b, "RENAME COLUMN ");
        sc_ddl_ident(b, SC_DIALECT_SQLITE, op->old_name);
        sc_sb_puts(b, " TO ");
        sc_ddl_ident(b, SC_DIALECT_SQLITE, op->name);
        sc_sb_puts(b, ";\n");
        return;
    case SC_OP_CREATE_INDEX:
        create_index(o, mig_cur_table(o, op), op->t_to ? op->t_to : mig_cur_table(o, op), op->to);
        return;
    case SC_OP_DROP_INDEX:
        sc_sb_puts(b, "DROP INDEX ");
        sc_ddl_qualified(b, SC_DIALECT_SQLITE, op->schema, op->name);
        sc_sb_puts(b, ";\n");
        return;
    case SC_OP_CREATE_SCHEMA:
    case SC_OP_DROP_SCHEMA:
    case SC_OP_CREATE_SEQUENCE:
    case SC_OP_DROP_SEQUENCE:
    case SC_OP_SEQUENCE_OWNER:
    case SC_OP_ALTER_SEQUENCE:
        sc_error(o->d, SC_ERR_UNSUPPORTED, "SQLite has no schemas or sequences (%s)",
                 sc_op_describe(o->p->arena, op));
        o->rc = -1;
        return;
    default:
        /* enums live in CHECKs, comments are not stored: nothing to write */
        if (mig_is_view_op(op->kind) && mig_emit_view(o, op))
            o->rc = -1;
        /* row level security: refused with the table or policy located */
        if (mig_is_policy_op(op->kind) && mig_emit_policy(o, op))
            o->rc = -1;
        if (mig_is_routine_op(op->kind) && mig_emit_routine(o, op))   /* functions, triggers */
            o->rc = -1;
        if (mig_is_partition_op(op->kind) && mig_emit_partition(o, op))   /* partitioning, inheritance */
            o->rc = -1;
        return;
    }
}

/* The foreign key check after rebuilds, as SQL that fails by itself.
 * PRAGMA foreign_key_check only lists the violating rows, so a script run
 * with the sqlite3 shell would go on and commit them; schemac's own apply
 * looked at the rows, offline nobody did. Instead the rows go into a TEMP
 * table whose CHECK constraints refuse any row, with INSERT OR ROLLBACK: a
 * violation is an error named by the failing constraint ("CHECK constraint
 * failed: foreign key check failed: rows of child reference missing rows of
 * parent") and rolls back the transaction, i.e. everything since the
 * SAVEPOINT that mig_emit_sqlite opens (a transaction of its own when the
 * script runs outside one). Constraints are declared for the (child, parent)
 * pairs of every foreign key from or to a rebuilt table, then one for any
 * other violation; SQLite checks them in that order. */
static void fk_guard(mig_out *o, const sc_strmap *rebuilt)
{
    sc_strbuf *b = o->b;
    const sc_dialect lite = SC_DIALECT_SQLITE;
    sc_sb_puts(b, "\n-- foreign keys must still hold: a violation fails here and rolls everything back\n");
    sc_sb_puts(b, "CREATE TEMP TABLE _schemac_fk_check (\n    tbl    TEXT,\n    parent TEXT");
    sc_strmap *seen = sc_strmap_new();
    sc_strbuf key = SC_STRBUF_INIT, name = SC_STRBUF_INIT;
    for (size_t i = 0; o->m_after && i < o->m_after->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(o->m_after->tables, i, sc_table);
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (k->kind != SC_CON_FOREIGN_KEY || !k->ref_table ||
                !(sc_strmap_has(rebuilt, t->name) || sc_strmap_has(rebuilt, k->ref_table)))
                continue;
            key.len = 0;
            sc_sb_printf(&key, "%s\x1f%s", t->name, k->ref_table);
            if (sc_strmap_put(seen, sc_sb_cstr(&key), seen))
                continue;
            name.len = 0;
            sc_sb_printf(&name, "foreign key check failed: rows of %s reference missing rows of %s",
                         t->name, k->ref_table);
            sc_sb_puts(b, ",\n    CONSTRAINT ");
            sc_ddl_ident(b, lite, sc_sb_cstr(&name));
            sc_sb_puts(b, "\n        CHECK (NOT (tbl = ");
            sc_sb_literal(b, t->name);
            sc_sb_puts(b, " COLLATE NOCASE AND parent = ");
            sc_sb_literal(b, k->ref_table);
            sc_sb_puts(b, " COLLATE NOCASE))");
        }
    }
    sc_sb_free(&key);
    sc_sb_free(&name);
    sc_strmap_free(seen);
    sc_sb_puts(b, ",\n    CONSTRAINT ");
    sc_ddl_ident(b, lite, "foreign key check failed: PRAGMA foreign_key_check lists the rows");
    sc_sb_puts(b, " CHECK (false)\n);\n");
    sc_sb_puts(b, "INSERT OR ROLLBACK INTO temp._schemac_fk_check\n"
                  "    SELECT DISTINCT \"table\", parent FROM pragma_foreign_key_check;\n");
    sc_sb_puts(b, "DROP TABLE temp._schemac_fk_check;\n");
    sc_sb_puts(b, "RELEASE schemac_rebuild;\n");
}

void mig_emit_sqlite(mig_out *o, sc_op *const *ops, size_t n)
{
    int ntables = 0;
    for (size_t i = 0; i < n; i++)
        if (ops[i]->table_id >= ntables)
            ntables = ops[i]->table_id + 1;
    /* per table: rebuilt or not, and the position of its last covered op */
    char *rebuilt = calloc((size_t)ntables + 1, 1);
    size_t *last = calloc((size_t)ntables + 1, sizeof *last);
    if (!rebuilt || !last)
        abort();
    for (size_t i = 0; i < n; i++) {
        const sc_op *op = ops[i];
        if (op->table_id < 0 || sqlite_skips(op) || !covered_kind(op->kind))
            continue;
        if (needs_rebuild(o, op))
            rebuilt[op->table_id] = 1;
        last[op->table_id] = i;
    }
    bool any = false;
    for (int t = 0; t < ntables; t++)
        any |= rebuilt[t] != 0;
    bool any_rebuild = any;
    /* tables dropped in a FK cycle: with foreign keys on, the implicit
     * DELETE of the first DROP TABLE would trip the other one's FK */
    for (size_t i = 0; i < n; i++)
        any |= ops[i]->split_fk && ops[i]->kind == SC_OP_DROP_CONSTRAINT;
    if (any) {
        stmt(o, true);
        sc_sb_puts(o->b, "PRAGMA foreign_keys = OFF;\n");
        /* inside a transaction a savepoint, outside one a transaction: the
         * foreign key check can roll back what follows either way */
        sc_sb_puts(o->b, "SAVEPOINT schemac_rebuild;\n");
        if (any_rebuild)
            rebuild_guard_open(o);
    }
    sc_vec rebuilt_tables = {0};   /* const sc_table*: the `to` side of each rebuild */
    sc_strmap *rebuilt_names = sc_strmap_new();
    const sc_op *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        const sc_op *op = ops[i];
        if (sqlite_skips(op))
            continue;
        bool covered = op->table_id >= 0 && rebuilt[op->table_id] && covered_kind(op->kind);
        if (covered && last[op->table_id] != i) {
            /* still worth a hazard line: the rebuild carries it out */
            if (op->hazard) {
                mig_op_header(o, op, prev);
                prev = op;
            }
            continue;
        }
        mig_op_header(o, op, prev);
        prev = op;
        if (covered) {
            rebuild(o, op);
            sc_strmap_put(rebuilt_names, op->t_to->name, (void *)op);
            sc_vec_push(o->p->arena, &rebuilt_tables, (void *)op->t_to);
        } else {
            emit_direct(o, op);
        }
    }
    if (any) {
        if (any_rebuild)
            rebuild_guard_close(o, &rebuilt_tables);
        fk_guard(o, rebuilt_names);
        stmt(o, true);
        sc_sb_puts(o->b, "PRAGMA foreign_keys = ON;\n");
    }
    sc_strmap_free(rebuilt_names);
    free(rebuilt);
    free(last);
}
