/* ddl_sqlite.c - what SQLite needs differently: the checks that stand in for
 * enum types, and clear errors for what it cannot express at all (the
 * mapping is documented in docs/sqlite.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "emit/ddl.h"
#include "emit/ddl_internal.h"

static const char *qname(const char *schema, const char *name, char *buf, size_t n)
{
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA) != 0)
        snprintf(buf, n, "%s.%s", schema, name);
    else
        snprintf(buf, n, "%s", name);
    return buf;
}

/* Issue 12's constraint options that SQLite has no way to keep: an error at
 * the constraint. NO INHERIT is left out without a word (SQLite has no
 * inheritance, so it changes nothing there; diff ignores it too). */
static int con_option_err(const sc_table *t, const sc_constraint *k, const char *what, const char *why,
                          sc_diags *d)
{
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, k->loc,
                              "constraint \"%s\" on table \"%s\": SQLite has no %s",
                              k->name ? k->name : "", t->name, what);
    sc_diag_hint(dg, "%s", why);
    return -1;
}

static int sqlite_check_con_options(const sc_table *t, sc_diags *d)
{
    int rc = 0;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->nulls_not_distinct)
            rc = con_option_err(t, k, "NULLS NOT DISTINCT",
                                "SQLite's UNIQUE always takes NULLs as distinct; a unique index on "
                                "coalesce(col, ...) is the nearest", d);
        if (k->deferrable && k->kind != SC_CON_FOREIGN_KEY && k->kind != SC_CON_EXCLUDE)
            rc = con_option_err(t, k, "deferrable primary keys or unique constraints",
                                "only SQLite's foreign keys are deferrable", d);
        if (k->not_valid)
            rc = con_option_err(t, k, "NOT VALID constraints",
                                "SQLite checks every row when a table is rebuilt with a constraint", d);
        if (k->match_full)
            rc = con_option_err(t, k, "MATCH FULL",
                                "SQLite parses MATCH but enforces every foreign key as MATCH SIMPLE", d);
    }
    return rc;
}

int sc_ddl_sqlite_check_table(const sc_table *t, sc_diags *d)
{
    if (t->schema && strcmp(t->schema, SC_DEFAULT_SCHEMA) != 0) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->loc,
                                  "table \"%s.%s\": SQLite has no schemas", t->schema, t->name);
        sc_diag_hint(dg, "SQLite's main database is schema \"public\"; leave the table unqualified");
        return -1;
    }
    int rc = sqlite_check_con_options(t, d);
    if (t->unlogged || sc_table_options(t)->n) {   /* issue 12 */
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->loc, "table \"%s\": SQLite has no %s",
                                  t->name, t->unlogged ? "UNLOGGED tables" : "storage parameters (WITH)");
        sc_diag_hint(dg, "these are PostgreSQL's: leave them out of a schema for SQLite");
        rc = -1;
    }
    return rc;
}

static bool word_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

/* The type text a column is declared with: read from SQLite, or the DSL's
 * source text; NULL when neither is known (JSON, PostgreSQL). */
static const char *declared_text(const sc_column *c, size_t *n, bool *from_dsl)
{
    *from_dsl = false;
    if (c->type.declared) {
        *n = strlen(c->type.declared);
        return c->type.declared;
    }
    sc_loc tl = sc_column_type_loc(c);
    if (tl.src && tl.len && tl.off + tl.len <= tl.src->len) {
        *n = tl.len;
        *from_dsl = true;
        return tl.src->text + tl.off;
    }
    return NULL;
}

/* The column that SQLite can make the rowid alias: the single column of the
 * primary key. */
static bool is_single_pk_column(const sc_table *t, const sc_column *c)
{
    const sc_constraint *pk = sc_table_primary_key(t);
    return pk && pk->columns.n == 1 && !strcmp(pk->columns.items[0], c->name);
}

/* STRICT tables take only INT, INTEGER, REAL, TEXT, BLOB and ANY as declared
 * types (https://www.sqlite.org/stricttables.html): the canonical type text
 * ("bytea", "character varying(20)") would be refused. The model types that
 * are one of these are written as SQLite spells them, and the inspector reads
 * each back to the same model type (BLOB -> bytea). */
const char *sc_ddl_sqlite_strict_type(const sc_column *c)
{
    static const char *const map[][2] = {
        {"integer", "INTEGER"}, {"real", "REAL"}, {"text", "TEXT"}, {"bytea", "BLOB"}, {"any", "ANY"},
    };
    if (c->identity != SC_IDENTITY_NONE)
        return "INTEGER";
    const sc_type *t = &c->type;
    if (t->is_user || t->schema || t->mods || t->array_dims || !t->name)
        return NULL;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(t->name, map[i][0]))
            return map[i][1];
    return NULL;
}


/* Declared types are written as the user wrote them (SQLite keeps the text
 * and derives the affinity from it): read from SQLite, exactly; from the
 * DSL, the type's source text, except where SQLite cannot take it or the
 * name is PostgreSQL's only and would change the affinity the user expects:
 *  - bytea (PostgreSQL's binary type) is written BLOB: "bytea" would get
 *    NUMERIC affinity and turn blobs of digits into numbers;
 *  - serial types, arrays and a size before WITH/WITHOUT TIME ZONE keep
 *    the model's handling (errors, or "timestamp with time zone(3)");
 *  - an identity column is INTEGER (the rowid alias), a STRICT table's
 *    column one of STRICT's names: the declared text only if it is one. */
bool sc_ddl_sqlite_declared_type(sc_strbuf *b, const sc_table *t, const sc_column *c)
{
    size_t n;
    bool from_dsl;
    const char *s = declared_text(c, &n, &from_dsl);
    if (!s)
        return false;
    if (t && t->sqlite_strict) {
        static const char *const strict[] = {"INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY"};
        for (size_t i = 0; i < sizeof strict / sizeof strict[0]; i++)
            if (word_is(s, n, strict[i]) && (c->identity == SC_IDENTITY_NONE || word_is(s, n, "INTEGER"))) {
                sc_sb_putn(b, s, n);
                return true;
            }
        return false;
    }
    if (c->identity != SC_IDENTITY_NONE) {
        if (!word_is(s, n, "INTEGER"))
            return false;
        sc_sb_putn(b, s, n);
        return true;
    }
    if (from_dsl) {
        static const char *const serials[] = {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"};
        for (size_t i = 0; i < sizeof serials / sizeof serials[0]; i++)
            if (word_is(s, n, serials[i]))
                return false;
        const char *close = memchr(s, ')', n);
        if (memchr(s, '[', n) || (close && close != s + n - 1))
            return false;
        if (word_is(s, n, "bytea")) {
            sc_sb_puts(b, "BLOB");
            return true;
        }
    }
    sc_sb_putn(b, s, n);
    return true;
}

/* The STRICT type a refused column could be declared with instead: the one
 * of its SQLite affinity (https://www.sqlite.org/datatype3.html). */
static const char *strict_suggestion(const sc_column *c)
{
    static const char *const ints[] = {"smallint", "bigint", "boolean", "integer"};
    static const char *const reals[] = {"double precision", "real", "numeric"};
    const sc_type *t = &c->type;
    if (!t->name || t->array_dims)
        return "any";
    if (t->is_user)
        return "text";   /* an enum: its labels are text */
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (!strcmp(t->name, ints[i]))
            return "integer";
    for (size_t i = 0; i < sizeof reals / sizeof reals[0]; i++)
        if (!strcmp(t->name, reals[i]))
            return "real";
    if (!strcmp(t->name, "bytea"))
        return "bytea";
    if (!strcmp(t->name, "any"))
        return "any";
    return sc_type_is_builtin(t) ? "text" : "any";
}

int sc_ddl_sqlite_check_column(const sc_table *t, const sc_column *c, sc_diags *d)
{
    char buf[512];
    int rc = 0;
    if (c->storage || c->compression) {   /* issue 12 */
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc, "column \"%s.%s\": SQLite has no column %s",
                    qname(t->schema, t->name, buf, sizeof buf), c->name, c->storage ? "storage" : "compression");
        rc = -1;
    }
    if (c->identity && sc_column_identity_opts(c)) {   /* issue 12 */
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc,
                                  "column \"%s.%s\": SQLite's identity (the rowid) has no sequence options",
                                  qname(t->schema, t->name, buf, sizeof buf), c->name);
        sc_diag_hint(dg, "SQLite hands out rowids itself; leave the options to PostgreSQL's schema");
        rc = -1;
    }
    if (c->type.array_dims > 0) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, sc_column_type_loc(c).src ? sc_column_type_loc(c) : c->loc,
                    "column \"%s.%s\": SQLite has no array types",
                    qname(t->schema, t->name, buf, sizeof buf), c->name);
        rc = -1;
    }
    if (t->sqlite_strict && !sc_ddl_sqlite_strict_type(c)) {
        sc_arena *a = sc_arena_new();
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, sc_column_type_loc(c).src ? sc_column_type_loc(c) : c->loc,
                                  "table \"%s\" is STRICT: SQLite refuses the type %s of column \"%s\"",
                                  t->name, sc_type_format(a, &c->type), c->name);
        sc_arena_free(a);
        sc_diag_hint(dg, "a STRICT table takes only integer, real, text, bytea (BLOB) and any: "
                     "declare \"%s\" %s", c->name, strict_suggestion(c));
        rc = -1;
    }
    if (c->identity != SC_IDENTITY_NONE && !is_single_pk_column(t, c)) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc,
                                  "column \"%s.%s\": SQLite has identity columns only as the "
                                  "single-column primary key",
                                  qname(t->schema, t->name, buf, sizeof buf), c->name);
        sc_diag_hint(dg, "make \"%s\" the table's only primary key column, or drop identity", c->name);
        rc = -1;
    }
    return rc;
}

int sc_ddl_sqlite_check_index(const sc_table *t, const sc_index *ix, sc_diags *d)
{
    char buf[512];
    const char *tn = qname(t->schema, t->name, buf, sizeof buf);
    const char *in = ix->name ? ix->name : "";
    int rc = 0;
    if (ix->method && strcmp(ix->method, "btree") != 0) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, ix->loc,
                    "index \"%s\" on \"%s\": SQLite has no index method \"%s\"", in, tn, ix->method);
        rc = -1;
    }
    if (ix->include.n) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, ix->loc,
                    "index \"%s\" on \"%s\": SQLite indexes have no INCLUDE columns", in, tn);
        rc = -1;
    }
    if (sc_index_options(ix)->n) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, ix->loc,
                    "index \"%s\" on \"%s\": SQLite has no storage parameters (WITH)", in, tn);
        rc = -1;
    }
    if (sc_index_tablespace(ix)) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, ix->loc,
                    "index \"%s\" on \"%s\": SQLite has no tablespaces", in, tn);
        rc = -1;
    }
    if (ix->nulls_not_distinct) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, ix->loc,
                    "index \"%s\" on \"%s\": SQLite has no NULLS NOT DISTINCT (a unique index "
                    "always takes NULLs as distinct)", in, tn);
        rc = -1;
    }
    for (size_t i = 0; i < ix->nelems; i++) {
        const sc_index_elem *e = &ix->elems[i];
        sc_loc loc = e->loc.src ? e->loc : ix->loc;
        if (sc_index_elem_opclass(e)) {
            sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, loc,
                        "index \"%s\" on \"%s\": SQLite has no operator class \"%s\"", in, tn,
                        sc_index_elem_opclass(e));
            rc = -1;
        }
        if (e->nulls != SC_NULLS_DEFAULT) {
            sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, loc,
                        "index \"%s\" on \"%s\": SQLite indexes have no NULLS FIRST/LAST", in, tn);
            rc = -1;
        }
    }
    return rc;
}

bool sc_ddl_is_enum_column(const sc_model *m, const sc_column *c)
{
    if (!m || !c->type.name || c->type.array_dims)
        return false;
    return sc_model_enum(m, c->type.schema ? c->type.schema : SC_DEFAULT_SCHEMA, c->type.name) != NULL;
}

/* The enum's CHECK is SQLite's spelling of the column's type: it has no
 * name (issue 13: nothing the declaration does not say appears in SQLite's
 * text; a name the database gave it is kept where the database's own CREATE
 * text is, docs/sqlite.md). */
void sc_ddl_sqlite_enum_check(sc_strbuf *b, const sc_model *m, const sc_table *t, const sc_column *c)
{
    (void)t;
    const sc_enum *e = sc_model_enum(m, c->type.schema ? c->type.schema : SC_DEFAULT_SCHEMA,
                                     c->type.name);
    sc_sb_puts(b, "CHECK (");
    sc_ddl_ident(b, SC_DIALECT_SQLITE, c->name);
    sc_sb_puts(b, " IN (");
    for (size_t i = 0; e && i < e->labels.n; i++) {
        if (i)
            sc_sb_puts(b, ", ");
        sc_sb_literal(b, e->labels.items[i]);
    }
    sc_sb_puts(b, "))");
}

/* A column SQLite makes the rowid alias when it is the only primary key
 * column: identity (written INTEGER) or declared exactly INTEGER (any case:
 * "INT PRIMARY KEY" is not the rowid). Without a declared text, the model's
 * integer, which is written "integer". */
static bool rowid_alias_type(const sc_column *c)
{
    const sc_type *t = &c->type;
    if (c->identity != SC_IDENTITY_NONE)
        return true;
    size_t n;
    bool from_dsl;
    const char *s = declared_text(c, &n, &from_dsl);
    if (s)
        return word_is(s, n, "INTEGER");
    return !t->is_user && !t->schema && !t->mods && !t->array_dims && t->name && !strcmp(t->name, "integer");
}

/* NOT NULL that SQLite DDL leaves out although the model has it: on a key
 * or identity column whose declaration (the database's, the DSL's) does not
 * say it (sqlite_implicit_not_null: the inspector and the DSL parser set
 * it). A model from elsewhere (JSON of PostgreSQL, built in code) does not
 * know: there the rowid alias goes without it (a rowid is never NULL). */
bool sc_ddl_sqlite_implicit_not_null(const sc_table *t, const sc_column *c)
{
    if (c->sqlite_implicit_not_null)
        return true;
    return !c->type.declared && !sc_column_type_loc(c).src && t && !t->sqlite_without_rowid &&
           is_single_pk_column(t, c) && rowid_alias_type(c);
}

const sc_constraint *sc_ddl_sqlite_autoinc_pk(const sc_table *t, const sc_column *c)
{
    if (!t->sqlite_autoincrement || t->sqlite_without_rowid || !c || !rowid_alias_type(c) ||
        !is_single_pk_column(t, c))
        return NULL;
    return sc_table_primary_key(t);
}

int sc_ddl_sqlite_check_options(const sc_table *t, sc_diags *d)
{
    int rc = 0;
    bool has_identity = false;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (c->identity != SC_IDENTITY_NONE)
            has_identity = true;
    }
    if (t->sqlite_without_rowid && (has_identity || !sc_table_primary_key(t))) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->loc,
                    "table \"%s\" is WITHOUT ROWID: it needs a PRIMARY KEY and can have no identity "
                    "(rowid) column", t->name);
        rc = -1;
    }
    if (t->sqlite_autoincrement) {
        bool found = false;
        for (size_t i = 0; i < t->columns.n && !found; i++)
            found = sc_ddl_sqlite_autoinc_pk(t, SC_VEC_AT(t->columns, i, sc_column)) != NULL;
        if (!found) {
            sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, t->loc,
                        "table \"%s\": AUTOINCREMENT needs an integer or identity column as the "
                        "single-column primary key (and a rowid)", t->name);
            rc = -1;
        }
    }
    return rc;
}

/* `any` is SQLite's (a STRICT table's column of any type): PostgreSQL's
 * "any" is a pseudo-type that no column can have. */
int sc_ddl_check_sqlite_only_type(const sc_table *t, const sc_column *c, sc_dialect dialect, sc_diags *d)
{
    const sc_type *ty = &c->type;
    if (dialect != SC_DIALECT_POSTGRESQL || ty->is_user || ty->schema || !ty->name || strcmp(ty->name, "any") != 0)
        return 0;
    char buf[512];
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, sc_column_type_loc(c).src ? sc_column_type_loc(c) : c->loc,
                              "column \"%s.%s\": type any is SQLite's; PostgreSQL has no such column type",
                              qname(t->schema, t->name, buf, sizeof buf), c->name);
    sc_diag_hint(dg, "use a real type (text, bytea, jsonb, ...) for a schema compiled for PostgreSQL");
    return -1;
}
