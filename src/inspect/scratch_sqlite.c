/* scratch_sqlite.c - the declared model read back through SQLite itself.
 *
 * The model is written as SQLite DDL (the same emitter `schemac compile`
 * uses), loaded into an in-memory database and inspected with the same code
 * that reads a live file, so that a diff against a live SQLite database
 * compares SQLite's own spellings on both sides (pragma types, dflt_value
 * text, autoindexes), never the user's. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "emit/emit.h"
#include "inspect/inspect.h"

/* Length of the statement at s, blanks trimmed, for the message. */
static int stmt_len(const char *s, const char *tail)
{
    const char *e = tail;
    while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t' || e[-1] == ';'))
        e--;
    return (int)(e - s);
}

/* Runs the statements one by one, so that a failure names its statement. */
static int load(sqlite3 *db, const char *sql, sc_diags *d)
{
    const char *p = sql;
    while (*p) {
        sqlite3_stmt *st = NULL;
        const char *tail = NULL;
        while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
            p++;
        if (!*p)
            break;
        int rc = sqlite3_prepare_v2(db, p, -1, &st, &tail);
        if (rc == SQLITE_OK && st) {
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                ;
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK) {
            const char *end = tail && tail > p ? tail : p + strlen(p);
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, (sc_loc){0},
                                      "SQLite does not accept the schema: %s\n  in: %.*s",
                                      sqlite3_errmsg(db), stmt_len(p, end), p);
            sc_diag_hint(dg, "expressions (defaults, checks, predicates) must be valid in SQLite");
            sqlite3_finalize(st);
            return -1;
        }
        sqlite3_finalize(st);
        if (!tail || tail == p)
            break;
        p = tail;
    }
    return 0;
}

/* The declared model's types are the DSL's (canonical, no declared text):
 * read back, they would carry the text the DSL compiled to, and a table that
 * is re-read would then compare declared texts with the database where the
 * tables that are not compare canonical types. The same terms for all. */
static void forget_declared_types(sc_model *m)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->columns.n; j++)
            SC_VEC_AT(t->columns, j, sc_column)->type.declared = NULL;
    }
    for (size_t i = 0; i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        for (size_t j = 0; j < v->columns.n; j++)
            SC_VEC_AT(v->columns, j, sc_view_column)->type.declared = NULL;
    }
}

sc_model *sc_normalize_sqlite(const sc_model *declared, sc_diags *d)
{
    char *sql = sc_emit_ddl(declared, SC_DIALECT_SQLITE, d);
    if (!sql)
        return NULL;
    sqlite3 *db = NULL;
    sc_model *m = NULL;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        sc_error(d, SC_ERR_DB, "opening an in-memory SQLite database: %s",
                 db ? sqlite3_errmsg(db) : "out of memory");
    } else if (load(db, sql, d) == 0) {
        m = sc_inspect_sqlite(db, NULL, d);
        if (m)
            forget_declared_types(m);
    }
    sqlite3_close(db);
    free(sql);
    return m;
}
