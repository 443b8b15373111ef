/* ddl_routine.c - DDL for functions, procedures and triggers, shared by
 * `compile` and the diff emitters. A routine is its CREATE statement
 * (model.h): written as the model holds it, with ';'. */
#include <string.h>

#include "emit/ddl_internal.h"

static int unsupported(sc_diags *d, sc_loc at, const char *what, const char *hint)
{
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, at, "%s", what);
    if (hint)
        sc_diag_hint(dg, "%s", hint);
    return -1;
}

int sc_ddl_create_function(sc_strbuf *b, const sc_function *f, bool or_replace, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE)
        return unsupported(d, f->loc,
                           f->procedure ? "SQLite has no stored procedures" : "SQLite has no SQL-defined functions",
                           "functions and procedures are PostgreSQL's; compile this schema for postgresql");
    if (or_replace) {
        sc_sb_puts(b, "CREATE OR REPLACE ");
        sc_sb_puts(b, sc_routine_body_after_create(f->sql));
    } else {
        sc_sb_puts(b, f->sql);
    }
    sc_sb_puts(b, ";\n");
    /* issue 12: a new function has its comment at once, wherever it is
     * created (compile, a diff, a re-creation in either script); CREATE OR
     * REPLACE keeps the one it had (a change of it is an op of its own) */
    if (!or_replace && f->comment)
        sc_ddl_comment_function(b, f, f->comment);
    return 0;
}

/* The object as COMMENT ON, DROP and GRANT name it: kind, s.name(args). */
static void function_object(sc_strbuf *b, const sc_function *f)
{
    sc_sb_puts(b, f->aggregate ? "AGGREGATE " : f->procedure ? "PROCEDURE " : "FUNCTION ");
    sc_sb_ident(b, f->schema);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, f->name);
    /* an aggregate of no arguments is count(*)'s shape */
    sc_sb_printf(b, "(%s)", f->aggregate && !*f->args ? "*" : f->args);
}

void sc_ddl_comment_function(sc_strbuf *b, const sc_function *f, const char *comment)
{
    sc_sb_puts(b, "COMMENT ON ");
    function_object(b, f);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_comment_trigger(sc_strbuf *b, const sc_trigger *t, const char *table, const char *comment)
{
    sc_sb_puts(b, "COMMENT ON TRIGGER ");
    sc_sb_ident(b, t->name);
    sc_sb_puts(b, " ON ");
    sc_sb_ident(b, t->schema);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, table ? table : t->table);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_drop_function(sc_strbuf *b, const sc_function *f)
{
    sc_sb_puts(b, "DROP ");
    function_object(b, f);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_trigger_state(sc_strbuf *b, const sc_trigger *t)
{
    sc_sb_puts(b, "ALTER TABLE ");
    sc_sb_ident(b, t->schema);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, t->table);
    sc_sb_puts(b, t->enabled == SC_TRIGGER_DISABLED  ? " DISABLE TRIGGER "
                  : t->enabled == SC_TRIGGER_ALWAYS  ? " ENABLE ALWAYS TRIGGER "
                  : t->enabled == SC_TRIGGER_REPLICA ? " ENABLE REPLICA TRIGGER "
                                                     : " ENABLE TRIGGER ");
    sc_sb_ident(b, t->name);
    sc_sb_puts(b, ";\n");
}

int sc_ddl_create_trigger(sc_strbuf *b, const sc_trigger *t, sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE && !t->sqlite)
        return unsupported(d, t->loc, "a PostgreSQL trigger (EXECUTE FUNCTION) cannot be created in SQLite",
                           "SQLite triggers have their body in BEGIN ... END");
    if (dialect == SC_DIALECT_POSTGRESQL && t->sqlite)
        return unsupported(d, t->loc, "a SQLite trigger (BEGIN ... END) cannot be created in PostgreSQL",
                           "PostgreSQL triggers EXECUTE FUNCTION a trigger function");
    sc_sb_puts(b, t->sql);
    sc_sb_puts(b, ";\n");
    if (!t->sqlite && t->enabled && t->enabled != SC_TRIGGER_ORIGIN)
        sc_ddl_trigger_state(b, t);
    if (!t->sqlite && t->comment)   /* issue 12: as a function's, wherever it is created */
        sc_ddl_comment_trigger(b, t, NULL, t->comment);
    return 0;
}

void sc_ddl_drop_trigger(sc_strbuf *b, const sc_trigger *t, sc_dialect dialect)
{
    sc_sb_puts(b, "DROP TRIGGER ");
    if (dialect == SC_DIALECT_SQLITE) {
        /* a table rebuild drops its triggers with it */
        sc_sb_puts(b, "IF EXISTS ");
        sc_sb_ident(b, t->name);
        sc_sb_puts(b, ";\n");
        return;
    }
    sc_sb_ident(b, t->name);
    sc_sb_puts(b, " ON ");
    sc_sb_ident(b, t->schema);
    sc_sb_putc(b, '.');
    sc_sb_ident(b, t->table);
    sc_sb_puts(b, ";\n");
}

int sc_ddl_functions(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    int rc = 0;
    if (m->functions.n && dialect == SC_DIALECT_POSTGRESQL)
        sc_sb_puts(b, "\nSET check_function_bodies = false;\n");
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if ((f->sql_body && dialect == SC_DIALECT_POSTGRESQL) || f->aggregate)
            continue;   /* after the tables: sc_ddl_triggers; aggregates below */
        if (dialect == SC_DIALECT_POSTGRESQL && sc_ddl_fn_over_rowtype(m, f))
            continue;   /* types4: after the relation whose row type it names (ddl_rowtype_fns.c) */
        sc_sb_putc(b, '\n');
        rc |= sc_ddl_create_function(b, f, false, dialect, d);
    }
    /* funcdeps: aggregates after the functions they name (SFUNC, ...) */
    for (size_t i = 0; i < m->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        if (!f->aggregate)
            continue;
        sc_sb_putc(b, '\n');
        rc |= sc_ddl_create_function(b, f, false, dialect, d);
    }
    return rc;
}

int sc_ddl_triggers(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    int rc = 0;
    /* functions with a SQL-standard body: placed by ddl_bodies.c (funcdeps2) */
    for (size_t i = 0; i < m->triggers.n; i++) {
        sc_sb_putc(b, '\n');
        rc |= sc_ddl_create_trigger(b, SC_VEC_AT(m->triggers, i, sc_trigger), dialect, d);
    }
    return rc;
}
