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
#include "inspect/stmt_object.h"

/* Length of the statement at s, blanks trimmed, for the message. */
static int stmt_len(const char *s, const char *tail)
{
    const char *e = tail;
    while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t' || e[-1] == ';'))
        e--;
    return (int)(e - s);
}

/* The statement at s without the comments and blanks before it. */
static const char *past_comments(const char *s, const char *end)
{
    for (;;) {
        while (s < end && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
            s++;
        if (end - s < 2 || s[0] != '-' || s[1] != '-')
            return s;
        while (s < end && *s != '\n')
            s++;
    }
}

/* Runs the statements one by one, so that a failure names its statement,
 * and the object of `declared` that wrote it, at its declaration. */
static int load(sqlite3 *db, const char *sql, const sc_model *declared, sc_diags *d)
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
            const char *s = past_comments(p, end);
            char *stmt = strndup(s, (size_t)stmt_len(s, end));
            if (!stmt)
                abort();
            sc_loc loc;
            char *obj = sc_stmt_object(declared, stmt, &loc);
            char *line = sc_stmt_one_line(stmt);
            /* SC_ERR_MIGRATION: a statement refused, as when a migration
             * runs (the emitter's refusals of what SQLite cannot express
             * are SC_ERR_UNSUPPORTED, before any statement) */
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_MIGRATION, loc,
                                      "SQLite does not accept the schema: %s%s%s", obj ? obj : "",
                                      obj ? ": " : "", sqlite3_errmsg(db));
            sc_diag_hint(dg, "expressions (defaults, checks, predicates) must be valid in SQLite; the statement: %s",
                         line);
            free(line);
            free(obj);
            free(stmt);
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

/* The model read back stands for the declared one, on the declared one's
 * terms where SQLite's would differ:
 *  - types: a column read back gets the declared one's type text back (its
 *    declared text, or none and the DSL's type location, from which SQLite's
 *    DDL writes the DSL's text): a SQLite diff compares the text SQLite is
 *    given (sc_ddl_sqlite_column_type), the same for a table re-read and one
 *    that is not;
 *  - the CREATE texts are the scratch load's, which may leave out foreign
 *    keys to tables outside it: a migration must not create tables from
 *    them. */
static void declared_terms(sc_model *m, const sc_model *declared)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        const sc_table *dt = sc_model_table(declared, t->schema, t->name);
        sc_table_set_sqlite_sql(m->arena, t, NULL);
        for (size_t j = 0; j < t->indexes.n; j++)
            sc_index_set_sqlite_sql(m->arena, SC_VEC_AT(t->indexes, j, sc_index), NULL);
        for (size_t j = 0; j < t->columns.n; j++) {
            sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            const sc_column *dc = dt ? sc_table_column(dt, c->name) : NULL;
            c->type.declared = dc ? dc->type.declared : NULL;
            if (dc)
                sc_column_set_type_loc(m->arena, c, sc_column_type_loc(dc));
        }
    }
    for (size_t i = 0; i < m->views.n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        for (size_t j = 0; j < v->columns.n; j++)
            SC_VEC_AT(v->columns, j, sc_view_column)->type.declared = NULL;
    }
}

/* newuser4: the pipeline loads only the tables that differ, but with every
 * declared trigger; SQLite refuses a trigger whose table is not there ("no
 * such table: main.t"), and the whole load fell back to comparing text.
 * The DDL is written from a shallow copy of the model without those
 * triggers (nothing reads a trigger back from here: the diff takes them
 * from the declared model). *keep is a heap array the caller frees. */
static sc_model loadable(const sc_model *declared, void ***keep)
{
    sc_model m = *declared;
    *keep = NULL;
    size_t n = 0;
    for (size_t i = 0; i < declared->triggers.n; i++) {
        const sc_trigger *t = declared->triggers.items[i];
        n += sc_model_table(declared, t->schema, t->table) != NULL;
    }
    if (n == declared->triggers.n)
        return m;
    *keep = malloc((n ? n : 1) * sizeof **keep);
    if (!*keep)
        abort();
    n = 0;
    for (size_t i = 0; i < declared->triggers.n; i++) {
        sc_trigger *t = declared->triggers.items[i];
        if (sc_model_table(declared, t->schema, t->table))
            (*keep)[n++] = t;
    }
    m.triggers = (sc_vec){*keep, n, n};   /* trigger_map stays: only read through */
    return m;
}

sc_model *sc_normalize_sqlite(const sc_model *declared, sc_diags *d)
{
    void **keep;
    sc_model loaded = loadable(declared, &keep);
    char *sql = sc_emit_ddl(&loaded, SC_DIALECT_SQLITE, d);
    free(keep);
    if (!sql)
        return NULL;
    sqlite3 *db = NULL;
    sc_model *m = NULL;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        sc_error(d, SC_ERR_DB, "opening an in-memory SQLite database: %s",
                 db ? sqlite3_errmsg(db) : "out of memory");
    } else if (load(db, sql, declared, d) == 0) {
        m = sc_inspect_sqlite(db, NULL, d);
        if (m)
            declared_terms(m, declared);
    }
    sqlite3_close(db);
    free(sql);
    return m;
}
