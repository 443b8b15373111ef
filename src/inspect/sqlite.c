/* sqlite.c - a SQLite database -> the model.
 *
 * A fixed number of queries whatever the number of tables: sqlite_schema
 * once, then each pragma table-valued function joined to sqlite_schema
 * (pragma_table_xinfo here, the others in sqlite_keys.c), so that there is
 * no round trip per table. What the pragmas do not say is recovered from the
 * stored CREATE text by sqlite_sql_scan.c. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "inspect/sqlite_inspect.h"
#include "model/strbuf.h"

sqlite3_stmt *sq_prepare(sq_ctx *c, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) {
        sc_error(c->d, SC_ERR_DB, "reading the SQLite catalog: %s", sqlite3_errmsg(c->db));
        sqlite3_finalize(st);
        return NULL;
    }
    return st;
}

int sq_finish(sq_ctx *c, sqlite3_stmt *st, int rc)
{
    int ok = rc == SQLITE_DONE;
    if (!ok)
        sc_error(c->d, SC_ERR_DB, "reading the SQLite catalog: %s", sqlite3_errmsg(c->db));
    sqlite3_finalize(st);
    return ok ? 0 : -1;
}

const char *sq_col_text(sq_ctx *c, sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? sc_arena_strdup(c->tmp, (const char *)s) : NULL;
}

static char *lower(sc_arena *a, const char *s)
{
    char *l = sc_arena_strdup(a, s);
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return l;
}

sq_tinfo *sq_find_table(sq_ctx *c, const char *name)
{
    sq_tinfo *ti = sc_strmap_get(c->by_name, name);
    return ti ? ti : sc_strmap_get(c->by_lower, lower(c->tmp, name));
}

sc_column *sq_find_column(const sc_table *t, const char *name)
{
    sc_column *col = sc_table_column(t, name);
    for (size_t i = 0; !col && i < t->columns.n; i++)
        if (strcasecmp(SC_VEC_AT(t->columns, i, sc_column)->name, name) == 0)
            col = SC_VEC_AT(t->columns, i, sc_column);
    return col;
}

bool sq_type_is_builtin(const char *declared)
{
    /* PostgreSQL's names and aliases (what the emitter writes) and the
     * names other SQLite tools write; compared on the base word(s). */
    static const char *const names[] = {
        "", "int", "integer", "int2", "int4", "int8", "smallint", "bigint", "tinyint", "mediumint",
        "unsigned big int", "serial", "bigserial", "smallserial", "text", "varchar",
        "character varying", "character", "char", "bpchar", "nchar", "nvarchar", "varying character",
        "native character", "clob", "string", "blob", "real", "double", "double precision", "float",
        "float4", "float8", "numeric", "decimal", "boolean", "bool", "date", "datetime", "timestamp",
        "timestamptz", "timestamp with time zone", "timestamp without time zone", "time", "timetz",
        "time with time zone", "time without time zone", "interval", "json", "jsonb", "uuid", "bytea",
        "inet", "cidr", "macaddr", "macaddr8", "money", "xml", "tsvector", "tsquery", "bit", "varbit",
        "bit varying", "oid", "name", "citext", "number", "long", "byte", "binary", "varbinary", "any",
    };
    char base[64];
    size_t n = 0;
    for (const char *p = declared; *p && *p != '(' && *p != '[' && n + 1 < sizeof base; p++)
        base[n++] = (char)tolower((unsigned char)*p);
    while (n && base[n - 1] == ' ')
        n--;
    base[n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(base, names[i]) == 0)
            return true;
    return false;
}

/* "varchar ( 255 )" -> "varchar(255)": blanks folded, none around ( ) , */
static const char *tidy_type(sc_arena *a, const char *s)
{
    sc_strbuf b = SC_STRBUF_INIT;
    bool blank = false;
    for (; *s; s++) {
        if (isspace((unsigned char)*s)) {
            blank = true;
            continue;
        }
        bool tight = *s == '(' || *s == ')' || *s == ',' || *s == '[' || *s == ']';
        char prev = b.len ? b.s[b.len - 1] : '(';
        if (blank && !tight && prev != '(' && prev != ',' && prev != '[')
            sc_sb_putc(&b, ' ');
        blank = false;
        sc_sb_putc(&b, *s);
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

/* Type names that other tools write for SQLite and PostgreSQL does not
 * know, mapped to the PostgreSQL type of the same SQLite affinity, so that
 * the inspected model (and its DSL) uses only real types and a diff against
 * the declared schema reads both through the same mapping. BLOB is the one
 * exception: it becomes bytea, the binary type every tool maps it to, though
 * SQLite gives "bytea" NUMERIC affinity (which only matters for text that
 * looks like a number). STRING (NUMERIC affinity, not text) is kept. */
static const char *sqlite_alias(sc_arena *a, const char *declared)
{
    static const char *const map[][2] = {
        {"datetime", "timestamp"},
        {"tinyint", "smallint"}, {"mediumint", "integer"},
        {"big int", "bigint"}, {"unsigned big int", "bigint"},
        {"int unsigned", "integer"}, {"integer unsigned", "integer"},
        {"smallint unsigned", "smallint"}, {"bigint unsigned", "bigint"},
        {"nvarchar", "character varying"}, {"varying character", "character varying"},
        {"nchar", "character"}, {"native character", "character"},
        {"clob", "text"}, {"double", "double precision"}, {"blob", "bytea"},
    };
    size_t n = strcspn(declared, "(");
    while (n && declared[n - 1] == ' ')
        n--;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strlen(map[i][0]) == n && strncasecmp(declared, map[i][0], n) == 0)
            return sc_arena_printf(a, "%s%s", map[i][1], declared + strcspn(declared, "("));
    return declared;
}

void sq_declared_type(sq_ctx *c, const char *declared, sc_type *out, const char *owner,
                      const char *column)
{
    const char *verbatim = sc_arena_strdup(c->m->arena, declared);
    declared = tidy_type(c->tmp, declared);
    const char *err = NULL;
    /* a column without a type has BLOB affinity in SQLite */
    const char *type_text = sqlite_alias(c->tmp, *declared ? declared : "blob");
    if (sc_type_parse(c->m->arena, type_text, out, &err)) {
        sc_warn(c->d, "%s, column %s: type %s kept verbatim (%s)", owner, column, declared,
                err ? err : "not understood");
        memset(out, 0, sizeof *out);
        out->name = sc_arena_strdup(c->m->arena, declared);
    }
    out->declared = verbatim;
}

static bool skipped_name(const char *name, const char *version_table)
{
    return strncasecmp(name, "sqlite_", 7) == 0 || sc_inspect_is_bookkeeping(name, version_table);
}

/* Shadow tables of virtual tables (FTS and the like) are the module's
 * business; pragma_table_list (3.37+) names them. Older SQLite: none. */
static sc_strmap *shadow_tables(sq_ctx *c)
{
    sc_strmap *set = sc_strmap_new();
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT name FROM pragma_table_list WHERE schema = 'main' "
                           "AND type = 'shadow'", -1, &st, NULL) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            sc_strmap_put(set, (const char *)sqlite3_column_text(st, 0), set);
    sqlite3_finalize(st);
    return set;
}

static void add_table(sq_ctx *c, const char *name, const char *sql)
{
    if (strncasecmp(sql, "CREATE VIRTUAL", 14) == 0) {
        sc_warn(c->d, "virtual table %s is not modelled (skipped)", name);
        return;
    }
    sq_tinfo *ti = sc_arena_alloc(c->tmp, sizeof *ti);
    ti->t = sc_model_add_table(c->m, SC_DEFAULT_SCHEMA, name);
    if (!ti->t)
        return;
    sc_table_set_sqlite_sql(c->m->arena, ti->t, sc_arena_strdup(c->m->arena, sql));
    const char *err;
    if (sq_scan_table(c->tmp, sql, &ti->scan, &err) == 0) {
        ti->scanned = true;
        ti->t->sqlite_without_rowid = ti->scan.without_rowid;
        ti->t->sqlite_strict = ti->scan.strict;
        for (size_t k = 0; k < ti->scan.constraints.n; k++)
            if (SC_VEC_AT(ti->scan.constraints, k, sq_constraint)->autoincrement)
                ti->t->sqlite_autoincrement = true;
    } else
        sc_warn(c->d, "table %s: could not read its CREATE TABLE text (%s); its checks, "
                "constraint names and generated columns are missing", name, err);
    sc_vec_push(c->tmp, &c->tables, ti);
    sc_strmap_put(c->by_name, name, ti);
    sc_strmap_put(c->by_lower, lower(c->tmp, name), ti);
}

static void add_index_text(sq_ctx *c, const char *name, const char *sql)
{
    sq_index *ix = sc_arena_alloc(c->tmp, sizeof *ix);
    const char *err;
    if (sq_scan_index(c->tmp, sql, ix, &err) == 0) {
        ix->sql = sc_arena_strdup(c->tmp, sql);
        sc_strmap_put(c->index_scans, name, ix);
    }
    else
        sc_warn(c->d, "index %s: could not read its CREATE INDEX text (%s)", name, err);
}

static int read_schema(sq_ctx *c, const char *version_table)
{
    sqlite3_stmt *st = sq_prepare(c, "SELECT type, name, sql, tbl_name FROM main.sqlite_schema ORDER BY rowid");
    if (!st)
        return -1;
    sc_strmap *shadow = shadow_tables(c);
    sc_vec triggers = {0};   /* (table, sql) pairs: a rebuilt table comes after its triggers */
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *type = sq_col_text(c, st, 0), *name = sq_col_text(c, st, 1);
        const char *sql = sq_col_text(c, st, 2);
        if (type && name && sql && strcmp(type, "trigger") == 0) {
            const char *tbl = sq_col_text(c, st, 3);
            sc_vec_push(c->tmp, &triggers, sc_arena_strdup(c->tmp, tbl ? tbl : ""));
            sc_vec_push(c->tmp, &triggers, sc_arena_strdup(c->tmp, name));
            sc_vec_push(c->tmp, &triggers, sc_arena_strdup(c->tmp, sql));
        }
        if (!type || !name || skipped_name(name, version_table) || sc_strmap_has(shadow, name))
            continue;
        if (strcmp(type, "table") == 0 && sql)
            add_table(c, name, sql);
        else if (strcmp(type, "index") == 0 && sql)
            add_index_text(c, name, sql);
        else if (strcmp(type, "view") == 0 && sql)
            sq_note_view(c, name, sql);
    }
    /* triggers, modelled as SQLite stores them (sqlite_schema.sql) */
    for (size_t i = 0; i + 2 < triggers.n; i += 3) {
        sc_trigger *g = sc_model_add_trigger(c->m, NULL, SC_VEC_AT(triggers, i, const char),
                                             SC_VEC_AT(triggers, i + 1, const char));
        if (g) {
            g->sqlite = true;
            g->sql = sc_routine_trim(c->m->arena, SC_VEC_AT(triggers, i + 2, const char));
        }
    }
    sc_strmap_free(shadow);
    return sq_finish(c, st, rc);
}

const sq_column *sq_scanned_column(const sq_tinfo *ti, const char *name)
{
    for (size_t i = 0; ti->scanned && i < ti->scan.columns.n; i++) {
        const sq_column *sc = SC_VEC_AT(ti->scan.columns, i, sq_column);
        if (strcasecmp(sc->name, name) == 0)
            return sc;
    }
    return NULL;
}

static int add_column(sq_ctx *c, sq_tinfo *ti, sqlite3_stmt *st)
{
    const char *name = sq_col_text(c, st, 1);
    const char *declared = sq_col_text(c, st, 2);
    sc_column *col = sc_table_add_column(c->m, ti->t, name);
    if (!col) {
        sc_error(c->d, SC_ERR_DB, "table %s: column %s appears twice", ti->t->name, name);
        return -1;
    }
    if (!declared)
        declared = "";
    sc_vec_push(c->tmp, &ti->declared, (void *)tidy_type(c->tmp, declared));
    sq_declared_type(c, declared, &col->type, sc_arena_printf(c->tmp, "table %s", ti->t->name), name);
    col->not_null = sqlite3_column_int(st, 3) != 0;
    const char *dflt = sq_col_text(c, st, 4);
    if (dflt)
        col->default_expr = sq_strip_outer_parens(c->m->arena, dflt);
    int pk = sqlite3_column_int(st, 5), hidden = sqlite3_column_int(st, 6);
    if (pk > 0) {
        if ((size_t)pk > ti->npk) {
            const char **bigger = sc_arena_alloc(c->tmp, (size_t)pk * sizeof *bigger);
            if (ti->npk)
                memcpy(bigger, ti->pk_cols, ti->npk * sizeof *bigger);
            ti->pk_cols = bigger;
            ti->npk = (size_t)pk;
        }
        ti->pk_cols[pk - 1] = col->name;
    }
    const sq_column *scol = sq_scanned_column(ti, name);
    if (scol && scol->collation && strcasecmp(scol->collation, "BINARY") != 0)
        sc_column_set_collation(c->m->arena, col, sc_arena_strdup(c->m->arena, scol->collation));
    if (hidden == 2 || hidden == 3) {
        /* VIRTUAL (SQLite's default) or STORED, as the CREATE text says */
        if (scol && scol->generated) {
            col->generated = sc_arena_strdup(c->m->arena, scol->generated);
            col->generated_virtual = !scol->stored;
        }
        else {
            sc_warn(c->d, "table %s, column %s: generated expression not found in the CREATE text",
                    ti->t->name, name);
            col->generated = sc_arena_strdup(c->m->arena, "NULL");
        }
    }
    return 0;
}

static int read_columns(sq_ctx *c)
{
    sqlite3_stmt *st = sq_prepare(c,
        "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
        "FROM main.sqlite_schema m JOIN pragma_table_xinfo(m.name, 'main') p "
        "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY m.rowid, p.cid");
    if (!st)
        return -1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        sq_tinfo *ti = sc_strmap_get(c->by_name, (const char *)sqlite3_column_text(st, 0));
        if (ti && add_column(c, ti, st)) {
            sqlite3_finalize(st);
            return -1;
        }
    }
    return sq_finish(c, st, rc);
}

sc_model *sc_inspect_sqlite(struct sqlite3 *db, const sc_inspect_opts *opts, sc_diags *d)
{
    /* SQLite's main database is schema "public"; there is no other */
    for (size_t i = 0; opts && opts->schemas && i < opts->nschemas; i++) {
        if (strcmp(opts->schemas[i], SC_DEFAULT_SCHEMA) != 0) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, (sc_loc){0},
                                      "SQLite has no schema \"%s\"", opts->schemas[i]);
            sc_diag_hint(dg, "a SQLite database is modelled as the single schema \"public\"");
            return NULL;
        }
    }
    sq_ctx c = {0};
    c.db = db;
    c.d = d;
    c.m = sc_model_new();
    c.tmp = sc_arena_new();
    c.by_name = sc_strmap_new();
    c.by_lower = sc_strmap_new();
    c.index_scans = sc_strmap_new();
    const char *vt = opts && opts->version_table ? opts->version_table : "schemac_version";
    /* one read transaction: every query sees the same schema even if another
     * connection changes it meanwhile */
    bool own_txn = sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
    int rc = read_schema(&c, vt);
    if (!rc)
        rc = read_columns(&c);
    if (!rc)
        rc = sq_read_views(&c);
    if (!rc)
        rc = sq_read_primary_keys(&c);
    if (!rc)
        rc = sq_read_indexes(&c);
    if (!rc)
        rc = sq_read_foreign_keys(&c);
    if (!rc)
        rc = sq_read_checks(&c);
    if (!rc)
        rc = sq_unique_names(&c);
    if (own_txn)
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    sc_strmap_free(c.by_name);
    sc_strmap_free(c.by_lower);
    sc_strmap_free(c.index_scans);
    sc_arena_free(c.tmp);
    if (rc) {
        sc_model_free(c.m);
        return NULL;
    }
    sc_model_sort(c.m);
    return c.m;
}
