/* test_inspect_sqlite.c - sc_inspect_sqlite on real SQLite files created
 * here with DDL as other tools write it (the sqlite3 shell, Alembic's batch
 * mode, schemac's own SQLite representation). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "inspect/inspect.h"

static char dbpath[64];

/* Creates a fresh file with sql, reopens it read-only as inspect does,
 * and inspects it. */
static sc_model *inspect_sql(const char *sql, sc_diags *d)
{
    snprintf(dbpath, sizeof dbpath, "/tmp/test_inspect_sqlite.%ld.db", (long)getpid());
    unlink(dbpath);
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                     SQLITE_OK);
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("loading the test DDL: %s", err);
    sqlite3_close(db);
    assert_int_equal(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sc_diags_init(d);
    sc_model *m = sc_inspect_sqlite(db, NULL, d);
    sqlite3_close(db);
    unlink(dbpath);
    return m;
}

static sc_table *table(sc_model *m, const char *name)
{
    sc_table *t = sc_model_table(m, "public", name);
    if (!t)
        fail_msg("no table %s", name);
    return t;
}

static sc_column *column(sc_table *t, const char *name)
{
    sc_column *c = sc_table_column(t, name);
    if (!c)
        fail_msg("no column %s.%s", t->name, name);
    return c;
}

static sc_constraint *con(sc_table *t, sc_con_kind kind, size_t nth)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (c->kind == kind && nth-- == 0)
            return c;
    }
    fail_msg("table %s: constraint of kind %d #%zu missing", t->name, (int)kind, nth);
    return NULL;
}

static size_t count(sc_table *t, sc_con_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < t->constraints.n; i++)
        n += SC_VEC_AT(t->constraints, i, sc_constraint)->kind == kind;
    return n;
}

static sc_index *index_named(sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->indexes.n; i++)
        if (strcmp(SC_VEC_AT(t->indexes, i, sc_index)->name, name) == 0)
            return SC_VEC_AT(t->indexes, i, sc_index);
    fail_msg("no index %s", name);
    return NULL;
}

/* The type as sc_type_parse canonicalises this spelling. */
static void assert_type(sc_column *c, const char *text)
{
    sc_arena *a = sc_arena_new();
    sc_type want;
    const char *err;
    assert_int_equal(sc_type_parse(a, text, &want, &err), 0);
    if (!sc_type_equal(&c->type, &want))
        fail_msg("column %s: type %s, expected %s", c->name, sc_type_format(a, &c->type),
                 sc_type_format(a, &want));
    sc_arena_free(a);
}

static bool warned(const sc_diags *d, const char *part)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i].sev == SC_SEV_WARNING && strstr(d->items[i].msg, part))
            return true;
    return false;
}

/* The sqlite3 shell, typed by hand. */
static void test_shell_database(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "create table users (\n"
        "  id integer primary key autoincrement,\n"
        "  email varchar(255) not null unique,\n"
        "  name TEXT collate nocase,\n"
        "  score INT default 0 check(score >= 0),\n"
        "  created datetime default current_timestamp,\n"
        "  \"Full Name\" text default ('a' || 'b'),\n"
        "  blob_col\n"
        ");\n"
        "create table posts (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  author_id int references users on delete cascade, -- who wrote it\n"
        "  title text not null,\n"
        "  body text /* later: not null */,\n"
        "  deleted_at timestamp\n"
        ");\n"
        "create index posts_title on posts (title desc);\n"
        "create unique index ux_posts_lower on posts (lower(title) collate nocase) "
        "where deleted_at is null;\n"
        "create table schemac_version (version_num text);\n"
        "create view v as select 1;\n"
        "insert into users (email) values ('x');\n", &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    assert_false(warned(&d, "view v"));   /* modelled: test_views */
    assert_non_null(sc_model_view(m, "public", "v"));
    assert_string_equal(sc_model_view(m, "public", "v")->query, "select 1");
    assert_int_equal(m->tables.n, 2);   /* schemac_version and sqlite_sequence skipped */
    assert_null(sc_model_table(m, "public", "schemac_version"));

    sc_table *u = table(m, "users");
    assert_int_equal(u->columns.n, 7);
    assert_string_equal(SC_VEC_AT(u->columns, 0, sc_column)->name, "id");
    assert_string_equal(SC_VEC_AT(u->columns, 5, sc_column)->name, "Full Name");
    sc_column *id = column(u, "id");
    assert_int_equal(id->identity, SC_IDENTITY_BY_DEFAULT);
    assert_true(id->not_null);
    assert_type(id, "integer");
    sc_column *email = column(u, "email");
    assert_true(email->not_null);
    assert_type(email, "character varying(255)");
    assert_null(email->default_expr);
    assert_string_equal(sc_column_collation(column(u, "name")), "nocase");
    assert_false(column(u, "name")->not_null);
    assert_type(column(u, "score"), "integer");
    assert_string_equal(column(u, "score")->default_expr, "0");
    assert_string_equal(column(u, "created")->default_expr, "current_timestamp");
    assert_type(column(u, "created"), "timestamp without time zone");
    assert_string_equal(column(u, "Full Name")->default_expr, "'a' || 'b'");
    assert_type(column(u, "blob_col"), "bytea");   /* no type: BLOB affinity */
    assert_int_equal(column(u, "email")->identity, SC_IDENTITY_NONE);

    sc_constraint *pk = con(u, SC_CON_PRIMARY_KEY, 0);
    assert_int_equal(pk->columns.n, 1);
    assert_string_equal(pk->columns.items[0], "id");
    assert_false(pk->name_explicit);
    assert_string_equal(pk->name, sc_name_pk(m->arena, u));
    sc_constraint *uq = con(u, SC_CON_UNIQUE, 0);
    assert_string_equal(uq->columns.items[0], "email");
    assert_false(uq->name_explicit);
    assert_string_equal(uq->name, sc_name_unique(m->arena, u, &uq->columns));
    assert_int_equal(count(u, SC_CON_CHECK), 1);
    sc_constraint *ck = con(u, SC_CON_CHECK, 0);
    assert_string_equal(ck->check_expr, "score >= 0");
    assert_false(ck->name_explicit);
    assert_string_equal(ck->name, sc_name_check(m->arena, u, "score >= 0", 1));
    assert_int_equal(u->indexes.n, 0);   /* the UNIQUE's autoindex is the constraint */

    sc_table *p = table(m, "posts");
    assert_int_equal(column(p, "id")->identity, SC_IDENTITY_BY_DEFAULT);
    assert_type(column(p, "author_id"), "integer");
    assert_true(column(p, "title")->not_null);
    assert_type(column(p, "deleted_at"), "timestamp without time zone");
    assert_int_equal(count(p, SC_CON_FOREIGN_KEY), 1);
    sc_constraint *fk = con(p, SC_CON_FOREIGN_KEY, 0);
    assert_string_equal(fk->columns.items[0], "author_id");
    assert_string_equal(fk->ref_schema, "public");
    assert_string_equal(fk->ref_table, "users");
    assert_int_equal(fk->ref_columns.n, 1);
    assert_string_equal(fk->ref_columns.items[0], "id");   /* the PK, named by nobody */
    assert_int_equal(fk->on_delete, SC_FK_CASCADE);
    assert_int_equal(fk->on_update, SC_FK_NO_ACTION);
    assert_false(fk->deferrable);
    assert_false(fk->name_explicit);
    assert_string_equal(fk->name, sc_name_fk(m->arena, p, fk));

    assert_int_equal(p->indexes.n, 2);
    sc_index *ix = index_named(p, "posts_title");
    assert_true(ix->name_explicit);
    assert_false(ix->unique);
    assert_int_equal(ix->nelems, 1);
    assert_string_equal(ix->elems[0].column, "title");
    assert_true(ix->elems[0].desc);
    assert_null(sc_index_elem_collation(&ix->elems[0]));
    assert_null(ix->where);
    ix = index_named(p, "ux_posts_lower");
    assert_true(ix->unique);
    assert_null(ix->elems[0].column);
    assert_string_equal(ix->elems[0].expr, "lower(title)");
    assert_string_equal(sc_index_elem_collation(&ix->elems[0]), "nocase");
    assert_false(ix->elems[0].desc);
    assert_string_equal(ix->where, "deleted_at is null");
    sc_model_free(m);
    sc_diags_free(&d);
}

/* Alembic's batch mode: a new table under a temporary name, renamed back. */
static void test_alembic_batch_database(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE TABLE authors (\n\tid INTEGER NOT NULL, \n\tCONSTRAINT pk_authors PRIMARY KEY (id)\n);\n"
        "CREATE TABLE \"_alembic_tmp_users\" (\n"
        "\tid INTEGER NOT NULL, \n"
        "\temail VARCHAR(255) NOT NULL, \n"
        "\tauthor_id INTEGER, \n"
        "\tstatus VARCHAR(8) NOT NULL, \n"
        "\tCONSTRAINT pk_users PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_users_email UNIQUE (email), \n"
        "\tCONSTRAINT fk_users_author_id_authors FOREIGN KEY(author_id) REFERENCES authors (id) "
        "ON DELETE CASCADE, \n"
        "\tCONSTRAINT ck_users_status CHECK (status IN ('a', 'b'))\n"
        ");\n"
        "ALTER TABLE \"_alembic_tmp_users\" RENAME TO users;\n"
        "CREATE INDEX ix_users_author_id ON users (author_id);\n", &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(m->tables.n, 2);
    sc_table *u = table(m, "users");
    assert_int_equal(u->columns.n, 4);
    assert_int_equal(column(u, "id")->identity, SC_IDENTITY_BY_DEFAULT);
    sc_constraint *pk = con(u, SC_CON_PRIMARY_KEY, 0);
    assert_string_equal(pk->name, "pk_users");
    assert_true(pk->name_explicit);
    sc_constraint *uq = con(u, SC_CON_UNIQUE, 0);
    assert_string_equal(uq->name, "uq_users_email");
    assert_true(uq->name_explicit);
    sc_constraint *fk = con(u, SC_CON_FOREIGN_KEY, 0);
    assert_string_equal(fk->name, "fk_users_author_id_authors");
    assert_true(fk->name_explicit);
    assert_string_equal(fk->ref_table, "authors");
    assert_string_equal(fk->ref_columns.items[0], "id");
    assert_int_equal(fk->on_delete, SC_FK_CASCADE);
    /* a built-in type with an IN list stays a CHECK */
    assert_type(column(u, "status"), "varchar(8)");
    assert_int_equal(m->enums.n, 0);
    sc_constraint *ck = con(u, SC_CON_CHECK, 0);
    assert_string_equal(ck->name, "ck_users_status");
    assert_true(ck->name_explicit);
    assert_string_equal(ck->check_expr, "status IN ('a', 'b')");
    sc_index *ix = index_named(u, "ix_users_author_id");
    assert_string_equal(ix->elems[0].column, "author_id");
    assert_string_equal(con(table(m, "authors"), SC_CON_PRIMARY_KEY, 0)->name, "pk_authors");
    sc_model_free(m);
    sc_diags_free(&d);
}

/* schemac's own SQLite representation: enums as type + IN check, named
 * constraints, generated and deferrable, plus keys that are not the rowid. */
static void test_schemac_representation(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE TABLE \"Order Items\" (\n"
        "  id INTEGER NOT NULL,\n"
        "  status mood NOT NULL DEFAULT 'happy',\n"
        "  qty integer NOT NULL,\n"
        "  price numeric(10,2),\n"
        "  total numeric GENERATED ALWAYS AS (qty * price) STORED,\n"
        "  half numeric AS (qty / 2),\n"
        "  note text COLLATE NOCASE,\n"
        "  parent_id integer,\n"
        "  CONSTRAINT \"pk_Order Items\" PRIMARY KEY (id),\n"
        "  CONSTRAINT ck_order_items_status_enum CHECK (status IN ('happy', 'sad')),\n"
        "  CONSTRAINT ck_qty CHECK (qty > 0),\n"
        "  CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES \"Order Items\" (id) "
        "DEFERRABLE INITIALLY DEFERRED\n"
        ");\n"
        "CREATE TABLE other (m mood, n \"Mood2\" CHECK (n IN ('x')), "
        "CONSTRAINT ck_other_m_enum CHECK (m IN ('happy', 'sad')));\n"
        "CREATE TABLE kv (k text NOT NULL, v text, PRIMARY KEY (k)) WITHOUT ROWID;\n"
        "CREATE TABLE pair (a INTEGER, b INTEGER, CONSTRAINT pk_pair PRIMARY KEY (a, b), "
        "FOREIGN KEY (a) REFERENCES kv);\n"
        "CREATE TABLE big (id bigint PRIMARY KEY);\n"
        "CREATE INDEX \"ix two\" ON \"Order Items\" (qty DESC, note COLLATE BINARY, price) "
        "WHERE qty > 1;\n", &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    sc_table *t = table(m, "Order Items");
    sc_constraint *pk = con(t, SC_CON_PRIMARY_KEY, 0);
    assert_string_equal(pk->name, "pk_Order Items");
    assert_int_equal(column(t, "id")->identity, SC_IDENTITY_BY_DEFAULT);

    assert_int_equal(m->enums.n, 2);
    sc_enum *e = sc_model_enum(m, "public", "mood");
    assert_non_null(e);
    assert_int_equal(e->labels.n, 2);
    assert_string_equal(e->labels.items[0], "happy");
    assert_string_equal(e->labels.items[1], "sad");
    sc_column *st = column(t, "status");
    assert_true(st->type.is_user);
    assert_string_equal(st->type.name, "mood");
    assert_string_equal(st->type.schema, "public");
    assert_string_equal(st->default_expr, "'happy'");
    assert_int_equal(count(t, SC_CON_CHECK), 1);   /* the enum's check is gone */
    assert_string_equal(con(t, SC_CON_CHECK, 0)->name, "ck_qty");
    e = sc_model_enum(m, "public", "Mood2");
    assert_non_null(e);
    assert_int_equal(e->labels.n, 1);
    sc_table *o = table(m, "other");
    assert_true(column(o, "m")->type.is_user);
    assert_string_equal(column(o, "n")->type.name, "Mood2");
    assert_int_equal(count(o, SC_CON_CHECK), 0);

    assert_string_equal(column(t, "total")->generated, "qty * price");
    assert_string_equal(column(t, "half")->generated, "qty / 2");
    assert_null(column(t, "qty")->generated);
    assert_string_equal(sc_column_collation(column(t, "note")), "NOCASE");
    assert_type(column(t, "price"), "numeric(10,2)");

    sc_constraint *fk = con(t, SC_CON_FOREIGN_KEY, 0);
    assert_string_equal(fk->name, "fk_parent");
    assert_string_equal(fk->ref_table, "Order Items");
    assert_true(fk->deferrable);
    assert_true(fk->initially_deferred);

    sc_index *ix = index_named(t, "ix two");
    assert_int_equal(ix->nelems, 3);
    assert_true(ix->elems[0].desc);
    assert_string_equal(ix->elems[0].column, "qty");
    assert_string_equal(ix->elems[1].column, "note");
    assert_null(sc_index_elem_collation(&ix->elems[1]));   /* BINARY is the default */
    assert_string_equal(ix->elems[2].column, "price");
    assert_string_equal(ix->where, "qty > 1");

    sc_table *kv = table(m, "kv");
    assert_int_equal(column(kv, "k")->identity, SC_IDENTITY_NONE);
    assert_int_equal(kv->indexes.n, 0);
    assert_int_equal(count(kv, SC_CON_UNIQUE), 0);
    sc_table *pair = table(m, "pair");
    pk = con(pair, SC_CON_PRIMARY_KEY, 0);
    assert_int_equal(pk->columns.n, 2);
    assert_string_equal(pk->columns.items[1], "b");
    assert_true(column(pair, "a")->not_null);
    assert_true(column(pair, "b")->not_null);
    assert_int_equal(column(pair, "a")->identity, SC_IDENTITY_NONE);
    assert_int_equal(count(pair, SC_CON_UNIQUE), 0);   /* the PK's autoindex is not a UNIQUE */
    assert_string_equal(con(pair, SC_CON_FOREIGN_KEY, 0)->ref_columns.items[0], "k");
    /* only INTEGER is the rowid: bigint PRIMARY KEY is a plain key */
    assert_int_equal(column(table(m, "big"), "id")->identity, SC_IDENTITY_NONE);
    sc_model_free(m);
    sc_diags_free(&d);
}

/* Django's and Rails' migrations, as they leave SQLite files. */
static void test_django_and_rails(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE TABLE \"auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "
        "\"username\" varchar(150) NOT NULL UNIQUE, \"is_staff\" bool NOT NULL);\n"
        "CREATE TABLE \"blog_post\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "
        "\"price\" decimal NOT NULL, \"rank\" integer unsigned NOT NULL CHECK (\"rank\" >= 0), "
        "\"author_id\" integer NOT NULL REFERENCES \"auth_user\" (\"id\") DEFERRABLE INITIALLY DEFERRED);\n"
        "CREATE INDEX \"blog_post_author_id_dd7a8485\" ON \"blog_post\" (\"author_id\");\n"
        "CREATE TABLE \"schema_migrations\" (\"version\" varchar NOT NULL PRIMARY KEY);\n"
        "CREATE TABLE \"articles\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "\"title\" varchar DEFAULT '' NOT NULL, \"created_at\" datetime(6) NOT NULL, "
        "\"data\" BLOB, \"odd\" STRING);\n", &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    sc_table *u = table(m, "auth_user");
    assert_int_equal(column(u, "id")->identity, SC_IDENTITY_BY_DEFAULT);
    assert_type(column(u, "is_staff"), "boolean");
    assert_string_equal(con(u, SC_CON_UNIQUE, 0)->columns.items[0], "username");
    sc_table *p = table(m, "blog_post");
    assert_type(column(p, "price"), "numeric");
    sc_constraint *fk = con(p, SC_CON_FOREIGN_KEY, 0);
    assert_string_equal(fk->ref_table, "auth_user");
    assert_string_equal(fk->ref_columns.items[0], "id");
    assert_true(fk->deferrable);
    assert_true(fk->initially_deferred);
    assert_string_equal(con(p, SC_CON_CHECK, 0)->check_expr, "\"rank\" >= 0");
    assert_int_equal(m->enums.n, 0);
    assert_string_equal(index_named(p, "blog_post_author_id_dd7a8485")->elems[0].column, "author_id");
    sc_table *v = table(m, "schema_migrations");
    assert_int_equal(column(v, "version")->identity, SC_IDENTITY_NONE);
    assert_type(column(v, "version"), "varchar");
    sc_table *a = table(m, "articles");
    assert_int_equal(column(a, "id")->identity, SC_IDENTITY_BY_DEFAULT);
    assert_string_equal(column(a, "title")->default_expr, "''");
    assert_true(column(a, "created_at")->not_null);
    /* SQLite-only names become the PostgreSQL type of the same affinity */
    assert_type(column(a, "created_at"), "timestamp(6) without time zone");
    assert_type(column(p, "rank"), "integer");
    assert_type(column(a, "data"), "bytea");
    assert_string_equal(column(a, "odd")->type.name, "string");   /* kept: no same-affinity type */
    sc_model_free(m);
    sc_diags_free(&d);
}

/* Convention names that would collide are made unique as the DSL does. */
static void test_unique_convention_names(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE TABLE t (a INT CHECK (a > 0) CHECK (a < 10), b INT UNIQUE, UNIQUE (b, a), "
        "CONSTRAINT ck_t_a_2 CHECK (a <> 5));\n", &d);
    assert_non_null(m);
    sc_table *t = table(m, "t");
    assert_int_equal(count(t, SC_CON_CHECK), 3);
    const char *base = sc_name_check(m->arena, t, "a > 0", 1);
    /* sorted by name: the explicit ck_t_a_2 is kept, the second unnamed one moves on */
    bool seen_base = false, seen_3 = false;
    for (size_t i = 0; i < 3; i++) {
        const char *n = con(t, SC_CON_CHECK, i)->name;
        seen_base |= strcmp(n, base) == 0;
        seen_3 |= strcmp(n, sc_arena_printf(m->arena, "%s_3", base)) == 0;
    }
    assert_true(seen_base);
    if (strcmp(base, "ck_t_a") == 0)
        assert_true(seen_3);
    assert_int_equal(count(t, SC_CON_UNIQUE), 2);
    assert_string_not_equal(con(t, SC_CON_UNIQUE, 0)->name, con(t, SC_CON_UNIQUE, 1)->name);
    sc_model_free(m);
    sc_diags_free(&d);
}

/* ALTER TABLE ADD / RENAME COLUMN rewrite the stored text; it still reads. */
static void test_altered_table(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE TABLE u (id integer primary key);\n"
        "CREATE TABLE t (a INT, CONSTRAINT pk_t PRIMARY KEY (a));\n"
        "ALTER TABLE t ADD COLUMN c INT REFERENCES u(id);\n"
        "ALTER TABLE t ADD COLUMN d TEXT CONSTRAINT ck_d CHECK (d <> '');\n"
        "ALTER TABLE t RENAME COLUMN a TO aa;\n", &d);
    assert_non_null(m);
    assert_int_equal(d.n, 0);   /* not even a warning: the text was understood */
    sc_table *t = table(m, "t");
    assert_int_equal(t->columns.n, 3);
    assert_string_equal(con(t, SC_CON_PRIMARY_KEY, 0)->name, "pk_t");
    assert_string_equal(con(t, SC_CON_PRIMARY_KEY, 0)->columns.items[0], "aa");
    assert_string_equal(con(t, SC_CON_CHECK, 0)->name, "ck_d");
    assert_string_equal(con(t, SC_CON_FOREIGN_KEY, 0)->ref_table, "u");
    sc_model_free(m);
    sc_diags_free(&d);
}

/* Virtual tables are reported, their shadow tables left alone. */
static void test_virtual_tables(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE VIRTUAL TABLE docs USING fts5(body);\n"
        "CREATE TABLE notes (body text);\n"
        "CREATE INDEX ix_notes_body ON notes (body);\n"
        /* a virtual table whose module this SQLite does not have */
        "PRAGMA writable_schema = ON;\n"
        "INSERT INTO sqlite_schema VALUES ('table', 'vt', 'vt', 0, "
        "'CREATE VIRTUAL TABLE vt USING nosuchmodule(a)');\n", &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    assert_true(warned(&d, "virtual table docs"));
    assert_true(warned(&d, "virtual table vt"));
    assert_int_equal(m->tables.n, 1);
    assert_null(sc_model_table(m, "public", "docs_data"));
    sc_index *ix = index_named(table(m, "notes"), "ix_notes_body");
    assert_int_equal(ix->nelems, 1);
    assert_string_equal(ix->elems[0].column, "body");
    sc_model_free(m);
    sc_diags_free(&d);
}

static bool has_ref(const sc_view *v, sc_ref_kind kind, const char *name, const char *column)
{
    for (size_t i = 0; i < v->refs.n; i++) {
        const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
        if (r->kind == kind && !strcmp(r->name, name) && !strcmp(r->schema, "public") &&
            (column ? r->column && !strcmp(r->column, column) : !r->column))
            return true;
    }
    return false;
}

static size_t count_refs(const sc_view *v, sc_ref_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < v->refs.n; i++)
        n += SC_VEC_AT(v->refs, i, sc_ref)->kind == kind;
    return n;
}

/* Views: the stored text verbatim, the query after AS, the columns with
 * their declared types, and what each reads as SQLite's authorizer reports
 * it: only the direct reads (a view over a view reads the inner view's
 * columns, not the table under it). */
static void test_views(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql(
        "CREATE TABLE Users (id INTEGER PRIMARY KEY, email varchar(200), status TEXT, extra);\n"
        "CREATE TABLE orders (id integer primary key, user_id int, amount numeric(10,2));\n"
        "CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';\n"
        "CREATE VIEW \"Big Spenders\" (uid, total) AS\n"
        "  SELECT u.id, sum(o.amount) FROM active_users u JOIN orders o ON o.user_id = u.id GROUP BY u.id;\n"
        "create view n_orders as select count(*) as n from ORDERS;\n"
        "CREATE TABLE gone (a);\n"
        "CREATE VIEW broken AS SELECT a FROM gone;\n"
        "DROP TABLE gone;\n", &d);
    assert_non_null(m);
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(m->views.n, 4);

    sc_view *au = sc_model_view(m, "public", "active_users");
    assert_non_null(au);
    assert_false(au->materialized);
    assert_string_equal(au->sqlite_sql,
                        "CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active'");
    assert_string_equal(au->query, "SELECT id, email FROM users WHERE status = 'active'");
    assert_int_equal(au->column_list.n, 0);
    assert_int_equal(au->columns.n, 2);
    sc_view_column *email = sc_view_column_named(au, "email");
    assert_non_null(email);
    assert_string_equal(email->type.name, "character varying");
    assert_string_equal(email->type.mods, "200");
    assert_true(au->refs_known);
    /* the stored name of the table, whatever case the query wrote it in; a
     * column read stands for the read of its relation too */
    assert_false(has_ref(au, SC_REF_RELATION, "Users", NULL));
    assert_true(has_ref(au, SC_REF_COLUMN, "Users", "id"));
    assert_true(has_ref(au, SC_REF_COLUMN, "Users", "email"));
    assert_true(has_ref(au, SC_REF_COLUMN, "Users", "status"));
    assert_false(has_ref(au, SC_REF_COLUMN, "Users", "extra"));
    assert_int_equal(count_refs(au, SC_REF_RELATION), 0);

    sc_view *bs = sc_model_view(m, "public", "Big Spenders");
    assert_non_null(bs);
    assert_int_equal(bs->column_list.n, 2);
    assert_string_equal(bs->column_list.items[0], "uid");
    assert_string_equal(bs->column_list.items[1], "total");
    assert_int_equal(bs->columns.n, 2);
    assert_string_equal(SC_VEC_AT(bs->columns, 0, sc_view_column)->name, "uid");
    /* an expression has no declared type */
    assert_null(SC_VEC_AT(bs->columns, 1, sc_view_column)->type.name);
    assert_true(has_ref(bs, SC_REF_COLUMN, "active_users", "id"));
    assert_true(has_ref(bs, SC_REF_COLUMN, "orders", "amount"));
    assert_true(has_ref(bs, SC_REF_COLUMN, "orders", "user_id"));
    assert_false(has_ref(bs, SC_REF_COLUMN, "Users", "id"));   /* only through active_users */
    assert_int_equal(count_refs(bs, SC_REF_RELATION), 0);

    /* count(*) reads no column: the relation comes from the query's names */
    sc_view *no = sc_model_view(m, "public", "n_orders");
    assert_non_null(no);
    assert_string_equal(no->query, "select count(*) as n from ORDERS");
    assert_true(has_ref(no, SC_REF_RELATION, "orders", NULL));
    assert_int_equal(no->refs.n, 1);

    /* a view SQLite can no longer read is kept (its text) and named */
    sc_view *br = sc_model_view(m, "public", "broken");
    assert_non_null(br);
    assert_false(br->refs_known);
    assert_int_equal(br->columns.n, 0);
    assert_true(warned(&d, "view broken"));
    /* views are no longer skipped with a warning */
    assert_false(warned(&d, "view active_users"));
    sc_model_free(m);
    sc_diags_free(&d);
}

static void test_empty_and_not_a_database(void **state)
{
    (void)state;
    sc_diags d;
    sc_model *m = inspect_sql("", &d);
    assert_non_null(m);
    assert_int_equal(m->tables.n, 0);
    sc_model_free(m);
    sc_diags_free(&d);

    snprintf(dbpath, sizeof dbpath, "/tmp/test_inspect_sqlite.%ld.txt", (long)getpid());
    FILE *f = fopen(dbpath, "w");
    assert_non_null(f);
    for (int i = 0; i < 100; i++)
        fputs("this is not a database file at all\n", f);
    fclose(f);
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sc_diags_init(&d);
    assert_null(sc_inspect_sqlite(db, NULL, &d));
    assert_true(sc_diags_failed(&d));
    assert_int_equal(d.first_kind, SC_ERR_DB);
    assert_non_null(strstr(d.items[0].msg, "not a database"));
    sqlite3_close(db);
    unlink(dbpath);
    sc_diags_free(&d);
}

/* opts.version_table names another table to skip; opts.schemas can only be public. */
static void test_version_table_option(void **state)
{
    (void)state;
    snprintf(dbpath, sizeof dbpath, "/tmp/test_inspect_sqlite.%ld.db", (long)getpid());
    unlink(dbpath);
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE alembic_version (v text); "
                                  "CREATE TABLE schemac_version (v text)", NULL, NULL, NULL), SQLITE_OK);
    sc_inspect_opts opts = {0};
    opts.version_table = "alembic_version";
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_inspect_sqlite(db, &opts, &d);
    assert_non_null(m);
    assert_true(sqlite3_get_autocommit(db));   /* its read transaction is over */
    assert_int_equal(m->tables.n, 1);
    assert_non_null(sc_model_table(m, "public", "schemac_version"));
    sc_model_free(m);
    sc_diags_free(&d);

    /* "public" is the only schema there is */
    const char *schemas[] = {"public", "billing"};
    opts.schemas = schemas;
    opts.nschemas = 1;
    sc_diags_init(&d);
    m = sc_inspect_sqlite(db, &opts, &d);
    assert_non_null(m);
    sc_model_free(m);
    opts.nschemas = 2;
    assert_null(sc_inspect_sqlite(db, &opts, &d));
    assert_int_equal(d.first_kind, SC_ERR_UNSUPPORTED);
    assert_non_null(strstr(d.items[0].msg, "billing"));
    sc_diags_free(&d);
    sqlite3_close(db);
    unlink(dbpath);
}

static sc_names names(sc_model *m, const char *a, const char *b)
{
    sc_names n = {sc_arena_alloc(m->arena, 2 * sizeof(char *)), b ? 2 : 1};
    n.items[0] = a;
    if (b)
        n.items[1] = b;
    return n;
}

static void set_type(sc_model *m, sc_column *c, const char *text)
{
    const char *err;
    assert_int_equal(sc_type_parse(m->arena, text, &c->type, &err), 0);
}

/* A declared model as the DSL would give it (names implicit). */
static sc_model *declared_model(const char *check)
{
    sc_model *m = sc_model_new();
    sc_enum *e = sc_model_add_enum(m, "public", "mood");
    e->labels = names(m, "happy", "sad");
    sc_table *u = sc_model_add_table(m, "public", "users");
    sc_column *c = sc_table_add_column(m, u, "id");
    set_type(m, c, "bigint");
    c->identity = SC_IDENTITY_BY_DEFAULT;
    c->not_null = true;
    c = sc_table_add_column(m, u, "email");
    set_type(m, c, "varchar(255)");
    c->not_null = true;
    c = sc_table_add_column(m, u, "mood");
    c->type.name = "mood";
    c->type.schema = "public";
    c->type.is_user = true;
    c->default_expr = "'happy'";
    c = sc_table_add_column(m, u, "created");
    set_type(m, c, "timestamptz");
    c->default_expr = "now()";
    c = sc_table_add_column(m, u, "parent_id");
    set_type(m, c, "bigint");
    sc_constraint *k = sc_table_add_constraint(m, u, SC_CON_PRIMARY_KEY);
    k->columns = names(m, "id", NULL);
    k->name = sc_name_pk(m->arena, u);
    k = sc_table_add_constraint(m, u, SC_CON_UNIQUE);
    k->columns = names(m, "email", NULL);
    k->name = sc_name_unique(m->arena, u, &k->columns);
    k = sc_table_add_constraint(m, u, SC_CON_CHECK);
    k->check_expr = check;
    k->name = "ck_users_email";
    k->name_explicit = true;
    k = sc_table_add_constraint(m, u, SC_CON_FOREIGN_KEY);
    k->columns = names(m, "parent_id", NULL);
    k->ref_schema = "public";
    k->ref_table = "users";
    k->ref_columns = names(m, "id", NULL);
    k->on_delete = SC_FK_SET_NULL;
    k->name = sc_name_fk(m->arena, u, k);
    sc_index *ix = sc_table_add_index(m, u);
    ix->name = "ix_users_created";
    ix->nelems = 1;
    ix->elems = sc_arena_alloc(m->arena, sizeof *ix->elems);
    ix->elems[0].column = "created";
    ix->elems[0].desc = true;
    ix->where = "mood = 'sad'";
    return m;
}

/* The declared model through an in-memory SQLite and back. */
static void test_normalize(void **state)
{
    (void)state;
    sc_model *decl = declared_model("length(email) > 3");
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_normalize_sqlite(decl, &d);
    if (!m)
        fail_msg("normalize failed: %s", d.n ? d.items[0].msg : "?");
    sc_table *u = table(m, "users");
    assert_int_equal(u->columns.n, 5);
    assert_int_equal(column(u, "id")->identity, SC_IDENTITY_BY_DEFAULT);
    assert_type(column(u, "email"), "character varying(255)");
    assert_true(column(u, "email")->not_null);
    sc_column *mood = column(u, "mood");
    assert_true(mood->type.is_user);
    assert_string_equal(mood->type.name, "mood");
    assert_string_equal(mood->default_expr, "'happy'");
    assert_string_equal(column(u, "created")->default_expr, "CURRENT_TIMESTAMP");
    assert_int_equal(m->enums.n, 1);
    assert_int_equal(count(u, SC_CON_CHECK), 1);
    sc_constraint *ck = con(u, SC_CON_CHECK, 0);
    assert_string_equal(ck->name, "ck_users_email");
    assert_string_equal(ck->check_expr, "length(email) > 3");
    assert_string_equal(con(u, SC_CON_PRIMARY_KEY, 0)->name, sc_name_pk(m->arena, u));
    assert_string_equal(con(u, SC_CON_UNIQUE, 0)->columns.items[0], "email");
    sc_constraint *fk = con(u, SC_CON_FOREIGN_KEY, 0);
    assert_string_equal(fk->ref_columns.items[0], "id");
    assert_int_equal(fk->on_delete, SC_FK_SET_NULL);
    sc_index *ix = index_named(u, "ix_users_created");
    assert_true(ix->elems[0].desc);
    assert_string_equal(ix->where, "mood = 'sad'");
    sc_model_free(m);
    sc_diags_free(&d);
    sc_model_free(decl);

    /* an expression SQLite does not know: the object is named in the
     * message, the failing statement in the hint */
    decl = declared_model("email ~ '@'");
    sc_diags_init(&d);
    assert_null(sc_normalize_sqlite(decl, &d));
    assert_true(sc_diags_failed(&d));
    assert_int_equal(d.first_kind, SC_ERR_MIGRATION);   /* a statement refused */
    assert_non_null(strstr(d.items[0].msg, "table users: "));
    assert_non_null(d.items[0].hint);
    assert_non_null(strstr(d.items[0].hint, "the statement: CREATE TABLE users"));
    sc_diags_free(&d);
    sc_model_free(decl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shell_database),
        cmocka_unit_test(test_alembic_batch_database),
        cmocka_unit_test(test_schemac_representation),
        cmocka_unit_test(test_django_and_rails),
        cmocka_unit_test(test_unique_convention_names),
        cmocka_unit_test(test_altered_table),
        cmocka_unit_test(test_virtual_tables),
        cmocka_unit_test(test_views),
        cmocka_unit_test(test_empty_and_not_a_database),
        cmocka_unit_test(test_version_table_option),
        cmocka_unit_test(test_normalize),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
