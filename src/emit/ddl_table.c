/* ddl_table.c - the DDL of one table and its parts (columns, constraints,
 * indexes), shared by both dialects; dialect details are small switches
 * here or helpers in ddl_sqlite.c. */
#include <stdlib.h>
#include <string.h>

#include "emit/ddl.h"
#include "emit/ddl_internal.h"
#include "emit/emit.h"

/* Built-in canonical type names: written as they are (several are keywords,
 * "double precision" has a space). Anything else is a user type and goes
 * through identifier quoting. */
static const char *const builtin_types[] = {
    "bigint", "bit", "bit varying", "boolean", "box", "bytea", "\"char\"", "character",
    "character varying", "cidr", "circle", "date", "double precision", "inet", "integer",
    "interval", "json", "jsonb", "line", "lseg", "macaddr", "macaddr8", "money", "name",
    "numeric", "oid", "path", "pg_lsn", "point", "polygon", "real", "smallint", "text",
    "time with time zone", "time without time zone", "timestamp with time zone",
    "timestamp without time zone", "tsquery", "tsvector", "uuid", "xml", "int4range",
    "int8range", "numrange", "tsrange", "tstzrange", "daterange", "regclass",
};

static bool is_builtin_type(const sc_type *t)
{
    const char *name = t->name;
    if (sc_type_is_builtin(t))
        return true;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (!strcmp(builtin_types[i], name))
            return true;
    /* Not an identifier at all (e.g. type text kept verbatim): write as is. */
    for (const char *p = name; *p; p++)
        if (*p == ' ' || *p == '(' || *p == '.' || *p == '[')
            return true;
    return false;
}

void sc_ddl_type(sc_strbuf *b, const sc_type *t)
{
    const char *name = t->name ? t->name : "";
    if (t->is_user || !is_builtin_type(t)) {
        sc_sb_qualified(b, t->schema, name);
        if (t->mods)
            sc_sb_printf(b, "(%s)", t->mods);
    } else if (t->mods && (!strncmp(name, "timestamp ", 10) || !strncmp(name, "time ", 5))) {
        /* format_type() puts the precision after the first word:
         * "timestamp(3) with time zone". */
        const char *sp = strchr(name, ' ');
        sc_sb_putn(b, name, (size_t)(sp - name));
        sc_sb_printf(b, "(%s)", t->mods);
        sc_sb_puts(b, sp);
    } else {
        sc_sb_puts(b, name);
        if (t->mods)
            sc_sb_printf(b, "(%s)", t->mods);
    }
    for (int i = 0; i < t->array_dims; i++)
        sc_sb_puts(b, "[]");
}

void sc_ddl_names(sc_strbuf *b, const sc_names *n, sc_dialect dialect)
{
    sc_sb_putc(b, '(');
    for (size_t i = 0; i < n->n; i++) {
        if (i)
            sc_sb_puts(b, ", ");
        sc_ddl_ident(b, dialect, n->items[i]);
    }
    sc_sb_putc(b, ')');
}

/* ---- columns ----------------------------------------------------------- */

/* SQLite spells an identity column INTEGER so that, as the table's only
 * primary key column, it becomes the rowid alias; a STRICT table's columns
 * get the few type names STRICT allows (ddl_sqlite.c). */
static void column_type(sc_strbuf *b, const sc_table *tb, const sc_column *c, sc_dialect dialect)
{
    const sc_type *t = &c->type;
    if (dialect == SC_DIALECT_SQLITE && sc_ddl_sqlite_declared_type(b, tb, c))
        return;
    const char *strict = dialect == SC_DIALECT_SQLITE && tb && tb->sqlite_strict
                         ? sc_ddl_sqlite_strict_type(c) : NULL;
    if (strict) {
        sc_sb_puts(b, strict);
    } else if (dialect == SC_DIALECT_SQLITE && c->identity != SC_IDENTITY_NONE) {
        sc_sb_puts(b, "INTEGER");
    } else if (dialect == SC_DIALECT_SQLITE && t->mods && !t->is_user && t->name &&
               (!strncmp(t->name, "timestamp ", 10) || !strncmp(t->name, "time ", 5))) {
        /* SQLite's type-name grammar takes a size only at the end, so
         * "timestamp(3) with time zone" is a syntax error there: write
         * "timestamp with time zone(3)", which sc_type_parse reads back. */
        sc_sb_printf(b, "%s(%s)", t->name, t->mods);
    } else {
        sc_ddl_type(b, t);
    }
}

void sc_ddl_sqlite_column_type(sc_strbuf *b, const sc_table *t, const sc_column *c)
{
    column_type(b, t, c, SC_DIALECT_SQLITE);
}

static size_t text_width(const char *s, size_t n)
{
    size_t w = 0;   /* UTF-8 aware: count characters, not bytes */
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            w++;
    return w;
}

void sc_ddl_column_widths(const sc_table *t, sc_dialect dialect, int *name_width, int *type_width)
{
    size_t nw = 0, tw = 0;
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        b.len = 0;
        sc_ddl_ident(&b, dialect, c->name);
        size_t w = text_width(b.s, b.len);
        if (w > nw)
            nw = w;
        b.len = 0;
        column_type(&b, t, c, dialect);
        w = text_width(b.s, b.len);
        if (w > tw)
            tw = w;
    }
    sc_sb_free(&b);
    *name_width = (int)nw;
    *type_width = (int)tw;
}

/* Pads from byte offset `from` to `width` characters. */
static void pad(sc_strbuf *b, size_t from, int width)
{
    size_t w = text_width(b->s + from, b->len - from);
    while ((int)w < width) {
        sc_sb_putc(b, ' ');
        w++;
    }
}

int sc_ddl_column_def(sc_strbuf *b, const sc_table *t, const sc_column *c, sc_dialect dialect,
                      int name_width, int type_width, sc_diags *d)
{
    int rc = sc_ddl_check_sqlite_only_type(t, c, dialect, d);
    if (dialect == SC_DIALECT_SQLITE && sc_ddl_sqlite_check_column(t, c, d) != 0)
        rc = -1;
    if (dialect == SC_DIALECT_POSTGRESQL && c->generated && c->generated_virtual) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, c->loc,
                                  "column \"%s.%s\": PostgreSQL 15 has no VIRTUAL generated columns",
                                  t ? t->name : "", c->name);
        sc_diag_hint(dg, "write `generated always as (...) stored`");
        rc = -1;
    }

    size_t start = b->len;
    sc_ddl_ident(b, dialect, c->name);
    if (name_width > 0)
        pad(b, start, name_width);
    sc_sb_putc(b, ' ');
    size_t tstart = b->len;
    column_type(b, t, c, dialect);
    const sc_constraint *autoinc = dialect == SC_DIALECT_SQLITE ? sc_ddl_sqlite_autoinc_pk(t, c) : NULL;
    bool not_null = c->not_null && !(dialect == SC_DIALECT_SQLITE && sc_ddl_sqlite_implicit_not_null(t, c));
    bool pg_compression = c->compression && dialect == SC_DIALECT_POSTGRESQL;
    bool more = sc_column_collation(c) || c->generated || c->default_expr || not_null || autoinc ||
           (c->identity != SC_IDENTITY_NONE && dialect == SC_DIALECT_POSTGRESQL) || pg_compression;
    if (b->len == tstart && b->len && (!more || type_width <= 0))
        b->len--;   /* SQLite: a column declared without a type (BLOB affinity) */
    if (!more)
        return rc;
    if (type_width > 0)
        pad(b, tstart, type_width);
    if (pg_compression)   /* issue 12: right after the type, as PostgreSQL's grammar has it */
        sc_sb_printf(b, " COMPRESSION %s", sc_compression_name(c->compression));
    if (sc_column_collation(c)) {
        sc_sb_puts(b, " COLLATE ");
        sc_ddl_collation(b, sc_column_collation(c), dialect);
    }
    if (c->generated) {
        /* SQLite's default kind is VIRTUAL: written without a keyword */
        sc_sb_puts(b, " GENERATED ALWAYS AS (");
        sc_ddl_expr(b, c->generated, dialect);
        sc_sb_puts(b, c->generated_virtual ? ")" : ") STORED");
    }
    if (c->identity != SC_IDENTITY_NONE && dialect == SC_DIALECT_POSTGRESQL) {
        sc_sb_puts(b, c->identity == SC_IDENTITY_ALWAYS ? " GENERATED ALWAYS AS IDENTITY"
                                                        : " GENERATED BY DEFAULT AS IDENTITY");
        if (sc_column_identity_opts(c)) {
            sc_sb_puts(b, " (");
            sc_ddl_identity_opts(b, sc_column_identity_opts(c), "", " ");
            sc_sb_putc(b, ')');
        }
    }
    if (c->default_expr) {
        sc_sb_puts(b, " DEFAULT ");
        sc_ddl_default_expr(b, c->default_expr, dialect);
    }
    if (not_null)
        sc_sb_puts(b, " NOT NULL");
    if (autoinc) {
        /* AUTOINCREMENT is legal only in a column constraint */
        if (autoinc->name_explicit) {
            sc_sb_puts(b, " CONSTRAINT ");
            sc_ddl_ident(b, dialect, autoinc->name ? autoinc->name : "");
        }
        sc_sb_puts(b, " PRIMARY KEY AUTOINCREMENT");
    }
    return rc;
}

void sc_ddl_identity_opts(sc_strbuf *b, const sc_identity_opts *o, const char *set, const char *sep)
{
    sc_sb_printf(b, "%sSTART WITH %lld%s%sINCREMENT BY %lld%s%sMINVALUE %lld%s%sMAXVALUE %lld%s%sCACHE %lld%s%s%s",
                 set, o->start, sep, set, o->increment, sep, set, o->min_value, sep, set, o->max_value,
                 sep, set, o->cache, sep, set, o->cycle ? "CYCLE" : "NO CYCLE");
}

/* ---- constraints ------------------------------------------------------- */

int sc_ddl_constraint_def(sc_strbuf *b, const sc_table *t, const sc_constraint *con,
                          sc_dialect dialect, sc_diags *d)
{
    (void)t; (void)d;
    /* SQLite: a name the naming convention gave is PostgreSQL's business;
     * what the declaration left unnamed stays unnamed in SQLite's text */
    const char *sp = "";
    if (dialect != SC_DIALECT_SQLITE || con->name_explicit) {
        sc_sb_puts(b, "CONSTRAINT ");
        sc_ddl_ident(b, dialect, con->name ? con->name : "");
        sp = " ";
    }
    switch (con->kind) {
    case SC_CON_PRIMARY_KEY:
        sc_sb_printf(b, "%sPRIMARY KEY ", sp);
        sc_ddl_names(b, &con->columns, dialect);
        break;
    case SC_CON_UNIQUE:
        sc_sb_printf(b, "%sUNIQUE %s", sp, con->nulls_not_distinct ? "NULLS NOT DISTINCT " : "");
        sc_ddl_names(b, &con->columns, dialect);
        break;
    case SC_CON_CHECK:
        sc_sb_printf(b, "%sCHECK (", sp);
        sc_ddl_expr(b, con->check_expr ? con->check_expr : "", dialect);
        sc_sb_putc(b, ')');
        if (con->no_inherit && dialect == SC_DIALECT_POSTGRESQL)
            sc_sb_puts(b, " NO INHERIT");
        break;
    case SC_CON_FOREIGN_KEY:
        sc_sb_printf(b, "%sFOREIGN KEY ", sp);
        sc_ddl_names(b, &con->columns, dialect);
        sc_sb_puts(b, " REFERENCES ");
        sc_ddl_qualified(b, dialect, con->ref_schema, con->ref_table ? con->ref_table : "");
        if (con->ref_columns.n) {
            sc_sb_putc(b, ' ');
            sc_ddl_names(b, &con->ref_columns, dialect);
        }
        if (con->match_full)
            sc_sb_puts(b, " MATCH FULL");
        if (con->on_update != SC_FK_NO_ACTION)
            sc_sb_printf(b, " ON UPDATE %s", sc_fk_action_sql(con->on_update));
        if (con->on_delete != SC_FK_NO_ACTION)
            sc_sb_printf(b, " ON DELETE %s", sc_fk_action_sql(con->on_delete));
        break;
    case SC_CON_EXCLUDE:   /* issue 12 (ddl_exclusion.c) */
        sc_sb_printf(b, "%s", sp);
        sc_ddl_exclusion(b, con, dialect);
        break;
    }
    /* issue 12: a key's index (an exclusion's is written with it) */
    if (con->kind == SC_CON_PRIMARY_KEY || con->kind == SC_CON_UNIQUE)
        sc_ddl_con_index(b, con, dialect);
    if (con->deferrable && con->kind != SC_CON_CHECK)
        sc_sb_puts(b, con->initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
    if (con->not_valid)
        sc_sb_puts(b, " NOT VALID");
    return 0;
}


/* ---- CREATE TABLE ------------------------------------------------------- */

int sc_ddl_create_table(sc_strbuf *b, const sc_model *m, const sc_table *t, sc_dialect dialect,
                        sc_ddl_fk_filter fk_filter, void *fk_ctx, sc_diags *d)
{
    int rc = 0;
    if (dialect == SC_DIALECT_SQLITE && sc_ddl_sqlite_check_table(t, d) != 0)
        rc = -1;
    if (dialect == SC_DIALECT_SQLITE && sc_ddl_sqlite_check_options(t, d) != 0)
        rc = -1;
    int nw, tw;
    sc_ddl_column_widths(t, dialect, &nw, &tw);

    sc_sb_puts(b, t->unlogged && dialect == SC_DIALECT_POSTGRESQL ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ");
    sc_ddl_qualified(b, dialect, t->schema, t->name);
    /* a partition: PARTITION OF parent, its list only when it has one (issue 12 item 4) */
    bool bare = dialect == SC_DIALECT_POSTGRESQL && sc_ddl_partition_head(b, t);
    sc_sb_puts(b, " (");
    size_t list_at = b->len;
    bool first = true;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (sc_column_with_options(c) && dialect == SC_DIALECT_POSTGRESQL)
            continue;   /* privs3: its parent's; its options by ALTER after (sc_ddl_inherited_options) */
        sc_sb_puts(b, first ? "\n    " : ",\n    ");
        first = false;
        if (bare)   /* partmig: a parent's column with options of its own */
            sc_ddl_partition_column(b, c);
        else if (sc_ddl_column_def(b, t, c, dialect, nw, tw, d) != 0)
            rc = -1;
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *con = SC_VEC_AT(t->constraints, i, sc_constraint);
        /* every constraint goes through the filter: a partition's own
         * named as a foreign key it copies (parts5), a check calling a
         * function created after the table (fns5) */
        if (fk_filter && !fk_filter(con, fk_ctx))
            continue;
        if (con->not_valid && dialect == SC_DIALECT_POSTGRESQL)
            continue;   /* CREATE TABLE would mark it valid: added after (sc_ddl_add_constraint) */
        if (dialect == SC_DIALECT_SQLITE && con->kind == SC_CON_PRIMARY_KEY && t->sqlite_autoincrement &&
            con->columns.n == 1 && sc_ddl_sqlite_autoinc_pk(t, sc_table_column(t, con->columns.items[0])))
            continue;   /* written on its column, with AUTOINCREMENT */
        sc_sb_puts(b, first ? "\n    " : ",\n    ");
        first = false;
        if (sc_ddl_constraint_def(b, t, con, dialect, d) != 0)
            rc = -1;
    }
    /* SQLite's stand-in for enum types: one CHECK per enum column, after the
     * declared constraints (the inspector recognises them by name). */
    if (dialect == SC_DIALECT_SQLITE && m) {
        for (size_t i = 0; i < t->columns.n; i++) {
            const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
            if (!sc_ddl_is_enum_column(m, c))
                continue;
            sc_sb_puts(b, first ? "\n    " : ",\n    ");
            first = false;
            sc_ddl_sqlite_enum_check(b, m, t, c);
        }
    }
    sc_sb_puts(b, first ? ")" : "\n)");
    if (bare && first)
        b->len = list_at - 2;   /* PARTITION OF with nothing of its own: no list */
    if (dialect == SC_DIALECT_POSTGRESQL)
        sc_ddl_partition_tail(b, t);   /* bound, INHERITS, PARTITION BY */
    if (dialect == SC_DIALECT_POSTGRESQL && sc_table_options(t)->n) {
        sc_sb_puts(b, " WITH");
        sc_ddl_params(b, sc_table_options(t));
    }
    if (dialect == SC_DIALECT_SQLITE && t->sqlite_strict)
        sc_sb_puts(b, t->sqlite_without_rowid ? " STRICT, WITHOUT ROWID" : " STRICT");
    else if (dialect == SC_DIALECT_SQLITE && t->sqlite_without_rowid)
        sc_sb_puts(b, " WITHOUT ROWID");
    sc_sb_puts(b, ";\n");
    if (bare)   /* partmig: PARTITION OF copied a parent's default the partition has not */
        sc_ddl_partition_drop_defaults(b, m, t);
    if (dialect == SC_DIALECT_POSTGRESQL)   /* privs3: an INHERITS child's options on its parents' columns */
        sc_ddl_inherited_options(b, m, t);
    if (dialect == SC_DIALECT_POSTGRESQL) {
        sc_ddl_column_storage(b, t);
        sc_ddl_column_statistics(b, t);   /* tblprops6 */
    }
    return rc;
}

/* PostgreSQL 15 has no STORAGE in CREATE TABLE: one ALTER per column whose
 * storage is not its type's (issue 12). */
void sc_ddl_column_storage(sc_strbuf *b, const sc_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (!c->storage)
            continue;
        sc_sb_puts(b, "ALTER TABLE ");
        sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, t->schema, t->name);
        sc_sb_puts(b, " ALTER COLUMN ");
        sc_sb_ident(b, c->name);
        sc_sb_printf(b, " SET STORAGE %s;\n", sc_storage_name(c->storage));
    }
}

/* ---- indexes ------------------------------------------------------------- */

/* " (name=value, ...)": storage or operator class parameters, a value
 * quoted unless it is one word or number (PostgreSQL keeps either the same). */
/* A parameter's name, the KL bytes of ITEM, each dotted part by PUT:
 * toast.NAME is namespaced (PostgreSQL and the DSL take it unquoted around
 * its dot; "toast.x" is no name). */
void sc_emit_param_key(sc_strbuf *b, const char *item, size_t kl, void (*put)(sc_strbuf *, const char *))
{
    const char *dot = memchr(item, '.', kl);
    size_t nl = dot ? (size_t)(dot - item) : kl;
    char *k = strndup(item, nl);
    if (!k)
        abort();
    put(b, k);
    free(k);
    if (dot) {
        sc_sb_putc(b, '.');
        sc_emit_param_key(b, dot + 1, kl - nl - 1, put);
    }
}

void sc_ddl_params(sc_strbuf *b, const sc_names *p)
{
    sc_sb_puts(b, " (");
    for (size_t i = 0; i < p->n; i++) {
        const char *eq = strchr(p->items[i], '=');
        size_t kl = eq ? (size_t)(eq - p->items[i]) : strlen(p->items[i]);
        const char *v = eq ? eq + 1 : "";
        if (i)
            sc_sb_puts(b, ", ");
        sc_emit_param_key(b, p->items[i], kl, sc_sb_ident);
        sc_sb_putc(b, '=');
        bool bare = *v != '\0';
        for (const char *c = v; *c; c++)
            if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' || *c == '.' ||
                  (*c == '-' && c == v)))
                bare = false;
        if (bare)
            sc_sb_puts(b, v);
        else
            sc_sb_literal(b, v);
    }
    sc_sb_putc(b, ')');
}

/* The elements of an index, or of an exclusion constraint (each then with
 * its operator: WITH op), without the parentheses around them. */
void sc_ddl_index_elems(sc_strbuf *b, const sc_index_elem *elems, size_t n, sc_dialect dialect)
{
    for (size_t i = 0; i < n; i++) {
        const sc_index_elem *e = &elems[i];
        if (i)
            sc_sb_puts(b, ", ");
        if (e->column) {
            sc_ddl_ident(b, dialect, e->column);
        } else {
            sc_sb_putc(b, '(');
            sc_ddl_expr(b, e->expr ? e->expr : "", dialect);
            sc_sb_putc(b, ')');
        }
        if (sc_index_elem_collation(e)) {
            sc_sb_puts(b, " COLLATE ");
            sc_ddl_collation(b, sc_index_elem_collation(e), dialect);
        }
        if (sc_index_elem_opclass(e)) {
            sc_sb_putc(b, ' ');
            if (sc_index_elem_opclass(e)[0] == '"' && strchr(sc_index_elem_opclass(e), '.'))   /* "schema"."name", quoted as it is */
                sc_sb_puts(b, sc_index_elem_opclass(e));
            else
                sc_sb_ident(b, sc_index_elem_opclass(e));
            if (sc_index_elem_opclass_params(e)->n)
                sc_ddl_params(b, sc_index_elem_opclass_params(e));
        }
        if (e->desc)
            sc_sb_puts(b, " DESC");
        if (e->nulls == SC_NULLS_FIRST)
            sc_sb_puts(b, " NULLS FIRST");
        else if (e->nulls == SC_NULLS_LAST)
            sc_sb_puts(b, " NULLS LAST");
        if (sc_index_elem_op(e)) {   /* issue 12: an exclusion constraint's element */
            sc_sb_puts(b, " WITH ");
            sc_sb_puts(b, sc_index_elem_op(e));
        }
    }
}

/* " USING method (elements) INCLUDE (...)": what an index and an exclusion
 * constraint's index both say (the method only on PostgreSQL, and only
 * when not btree, the default). */
void sc_ddl_index_body(sc_strbuf *b, const sc_index *ix, sc_dialect dialect)
{
    if (ix->method && strcmp(ix->method, "btree") != 0 && dialect == SC_DIALECT_POSTGRESQL) {
        sc_sb_puts(b, " USING ");
        sc_ddl_ident(b, dialect, ix->method);
    }
    sc_sb_puts(b, " (");
    sc_ddl_index_elems(b, ix->elems, ix->nelems, dialect);
    sc_sb_putc(b, ')');
    if (ix->include.n) {
        sc_sb_puts(b, " INCLUDE ");
        sc_ddl_names(b, &ix->include, dialect);
    }
}

int sc_ddl_create_index(sc_strbuf *b, const sc_table *t, const sc_index *ix, sc_dialect dialect,
                        sc_diags *d)
{
    int rc = 0;
    if (dialect == SC_DIALECT_SQLITE && sc_ddl_sqlite_check_index(t, ix, d) != 0)
        rc = -1;
    sc_sb_puts(b, ix->unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
    sc_ddl_ident(b, dialect, ix->name ? ix->name : "");
    sc_sb_puts(b, " ON ");
    sc_ddl_qualified(b, dialect, t->schema, t->name);
    sc_ddl_index_body(b, ix, dialect);
    if (ix->nulls_not_distinct)
        sc_sb_puts(b, " NULLS NOT DISTINCT");
    if (sc_index_options(ix)->n && dialect == SC_DIALECT_POSTGRESQL) {
        sc_sb_puts(b, " WITH");
        sc_ddl_params(b, sc_index_options(ix));
    }
    if (sc_index_tablespace(ix) && dialect == SC_DIALECT_POSTGRESQL) {
        sc_sb_puts(b, " TABLESPACE ");
        sc_ddl_ident(b, dialect, sc_index_tablespace(ix));
    }
    if (ix->where) {
        sc_sb_puts(b, " WHERE (");
        sc_ddl_expr(b, ix->where, dialect);
        sc_sb_putc(b, ')');
    }
    sc_sb_puts(b, ";\n");
    return rc;
}

int sc_ddl_add_constraint(sc_strbuf *b, const sc_table *t, const sc_constraint *con,
                          sc_dialect dialect, sc_diags *d)
{
    if (dialect == SC_DIALECT_SQLITE) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, con->loc,
                    "constraint \"%s\" on table \"%s\": SQLite cannot add a constraint to an "
                    "existing table",
                    con->name ? con->name : "", t->name);
        return -1;
    }
    sc_sb_puts(b, "ALTER TABLE ");
    sc_ddl_qualified(b, dialect, t->schema, t->name);
    sc_sb_puts(b, "\n    ADD ");
    int rc = sc_ddl_constraint_def(b, t, con, dialect, d);
    sc_sb_puts(b, ";\n");
    return rc;
}

/* ---- table options (issue 12) ------------------------------------------- */

static bool has_param(const sc_names *p, const char *item, size_t keylen, bool whole)
{
    for (size_t i = 0; i < p->n; i++)
        if (whole ? !strcmp(p->items[i], item)
                  : !strncmp(p->items[i], item, keylen) && p->items[i][keylen] == '=')
            return true;
    return false;
}

/* head SET (...) / RESET (...) from one set of parameters to another
 * (whatever their order); head is "ALTER TABLE x" or the like. */
static void params_alter(sc_strbuf *b, const char *head, const sc_names *fromp, const sc_names *top)
{
    sc_names set = {NULL, 0}, reset = {NULL, 0};
    set.items = calloc(top->n + 1, sizeof *set.items);
    reset.items = calloc(fromp->n + 1, sizeof *reset.items);
    if (!set.items || !reset.items)
        abort();
    for (size_t i = 0; i < top->n; i++)
        if (!has_param(fromp, top->items[i], 0, true))
            set.items[set.n++] = top->items[i];
    for (size_t i = 0; i < fromp->n; i++) {
        const char *eq = strchr(fromp->items[i], '=');
        size_t kl = eq ? (size_t)(eq - fromp->items[i]) : strlen(fromp->items[i]);
        if (!has_param(top, fromp->items[i], kl, false))
            reset.items[reset.n++] = fromp->items[i];
    }
    if (set.n) {
        sc_sb_puts(b, head);
        sc_sb_puts(b, " SET");
        sc_ddl_params(b, &set);
        sc_sb_puts(b, ";\n");
    }
    if (reset.n) {
        sc_sb_puts(b, head);
        sc_sb_puts(b, " RESET (");
        for (size_t i = 0; i < reset.n; i++) {
            const char *eq = strchr(reset.items[i], '=');
            size_t kl = eq ? (size_t)(eq - reset.items[i]) : strlen(reset.items[i]);
            sc_sb_printf(b, "%s", i ? ", " : "");
            sc_emit_param_key(b, reset.items[i], kl, sc_sb_ident);
        }
        sc_sb_puts(b, ");\n");
    }
    free(set.items);
    free(reset.items);
}

/* ALTER TABLE|INDEX x SET (...) / RESET (...): storage parameters */
void sc_ddl_params_alter(sc_strbuf *b, const char *kind, const char *schema, const char *name,
                         const sc_names *fromp, const sc_names *top)
{
    sc_strbuf head = SC_STRBUF_INIT;
    sc_sb_printf(&head, "ALTER %s ", kind);
    sc_ddl_qualified(&head, SC_DIALECT_POSTGRESQL, schema, name);
    params_alter(b, sc_sb_cstr(&head), fromp, top);
    sc_sb_free(&head);
}

/* attopts7: ALTER TABLE x ALTER COLUMN c SET (...) / RESET (...) */
void sc_ddl_column_options_alter(sc_strbuf *b, const char *schema, const char *table, const char *column,
                                 const sc_names *fromp, const sc_names *top)
{
    sc_strbuf head = SC_STRBUF_INIT;
    sc_sb_puts(&head, "ALTER TABLE ");
    sc_ddl_qualified(&head, SC_DIALECT_POSTGRESQL, schema, table);
    sc_sb_puts(&head, " ALTER COLUMN ");
    sc_sb_ident(&head, column);
    params_alter(b, sc_sb_cstr(&head), fromp, top);
    sc_sb_free(&head);
}

void sc_ddl_table_options(sc_strbuf *b, const sc_table *cur, const sc_table *from, const sc_table *to)
{
    sc_ddl_params_alter(b, "TABLE", cur->schema, cur->name, sc_table_options(from), sc_table_options(to));
    if (from->unlogged != to->unlogged) {
        sc_sb_puts(b, "ALTER TABLE ");
        sc_ddl_qualified(b, SC_DIALECT_POSTGRESQL, cur->schema, cur->name);
        sc_sb_puts(b, to->unlogged ? " SET UNLOGGED;\n" : " SET LOGGED;\n");
    }
}
