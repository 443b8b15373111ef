/* test_parser.c - the DSL scanner and grammar: what each construct puts in
 * the model, keywords usable as names, raw SQL in parentheses, locations,
 * syntax errors, schema blocks, serial columns and SQLite's table options. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dsl_fixture.h"

#include "parser/parser.h"

/* Parses and finishes one text; the model is returned even on errors so
 * that the diagnostics (which point into it) stay valid. */
static char *first_error(const char *text)
{
    sc_diags d;
    int rc;
    sc_model *m = dsl_load(text, &d, &rc);
    assert_int_not_equal(rc, 0);
    assert_true(d.n > 0);
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    char *s = sc_diag_format(&d.items[0]);
    sc_diags_free(&d);
    sc_model_free(m);
    return s;
}

/* 20,000 parentheses: a located "nested too deeply" at the first "(" past
 * the limit (not the parser's "memory exhausted"), one error only, and an
 * echoed line of a readable length. */
static void test_nested_too_deeply(void **state)
{
    (void)state;
    enum { DEPTH = 20000 };
    size_t n = 64 + 2 * DEPTH;
    char *text = malloc(n);
    assert_non_null(text);
    size_t o = (size_t)snprintf(text, n, "table t {\n  id int check (");
    memset(text + o, '(', DEPTH);
    o += DEPTH;
    o += (size_t)snprintf(text + o, n - o, "id");
    memset(text + o, ')', DEPTH);
    o += DEPTH;
    snprintf(text + o, n - o, ")\n}\n");
    sc_diags d;
    int rc;
    sc_model *m = dsl_load(text, &d, &rc);
    assert_int_not_equal(rc, 0);
    assert_int_equal(d.n, 1);
    char *s = sc_diag_format(&d.items[0]);
    /* the 257th "(": the first one is at column 16 */
    assert_non_null(strstr(s, "t.sch:2:272: error: nested too deeply (at most 256 parentheses)\n"));
    assert_true(strlen(s) < 400);
    free(s);
    sc_diags_free(&d);
    sc_model_free(m);
    free(text);
}

static const char *blog =
    "-- line comments\n"
    "enum user_status { 'pending', 'active', 'suspended' }\n"
    "\n"
    "table users {\n"
    "  id          bigint        identity primary key\n"
    "  email       varchar(255)  not null unique\n"
    "  name        varchar(100)                      comment 'display name'\n"
    "  status      user_status   not null default 'pending'\n"
    "  is_active   boolean       not null default true\n"
    "  score       numeric(10,2) default 0\n"
    "  tags        text[]\n"
    "  created_at  timestamptz   not null default (now())\n"
    "  full_name   text          renamed from name2        -- a rename hint\n"
    "\n"
    "  index ix_users_email (email)\n"
    "  unique index ix_users_active_email (lower(email)) where (is_active)\n"
    "  check ck_users_email (email <> '')\n"
    "  comment 'registered accounts'\n"
    "}\n"
    "\n"
    "table app.posts {                       -- schema-qualified\n"
    "  id         bigint identity primary key\n"
    "  author_id  bigint not null references users (id) on delete cascade\n"
    "  slug       varchar(200) not null\n"
    "  body       text\n"
    "  created_at timestamptz not null default (now())\n"
    "\n"
    "  unique uq_posts_slug (slug)\n"
    "  index ix_posts_author_date (author_id, created_at desc)\n"
    "}\n";

static sc_constraint *con(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (!strcmp(c->name, name))
            return c;
    }
    fail_msg("no constraint %s", name);
    return NULL;
}

static sc_index *idx(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->indexes.n; i++) {
        sc_index *x = SC_VEC_AT(t->indexes, i, sc_index);
        if (!strcmp(x->name, name))
            return x;
    }
    fail_msg("no index %s", name);
    return NULL;
}

static void test_blog(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(blog);
    assert_int_equal(m->tables.n, 2);
    assert_int_equal(m->schemas.n, 1);
    assert_string_equal(SC_VEC_AT(m->schemas, 0, const char), "app");
    sc_enum *e = sc_model_enum(m, "public", "user_status");
    assert_non_null(e);
    assert_int_equal(e->labels.n, 3);
    assert_string_equal(e->labels.items[2], "suspended");

    sc_table *u = sc_model_table(m, "public", "users");
    assert_non_null(u);
    assert_int_equal(u->columns.n, 9);
    assert_string_equal(u->comment, "registered accounts");
    sc_column *c = sc_table_column(u, "id");
    assert_int_equal(c->identity, SC_IDENTITY_BY_DEFAULT);
    assert_true(c->not_null);   /* primary key */
    c = sc_table_column(u, "email");
    assert_string_equal(sc_type_format(m->arena, &c->type), "character varying(255)");
    assert_true(c->not_null);
    c = sc_table_column(u, "name");
    assert_false(c->not_null);
    assert_string_equal(sc_column_comment(c), "display name");
    c = sc_table_column(u, "status");
    assert_true(c->type.is_user);
    assert_string_equal(c->type.schema, "public");
    assert_string_equal(c->default_expr, "'pending'");
    assert_string_equal(sc_table_column(u, "is_active")->default_expr, "true");
    assert_string_equal(sc_table_column(u, "score")->default_expr, "0");
    assert_string_equal(sc_type_format(m->arena, &sc_table_column(u, "score")->type), "numeric(10,2)");
    assert_int_equal(sc_table_column(u, "tags")->type.array_dims, 1);
    assert_string_equal(sc_table_column(u, "created_at")->default_expr, "now()");
    assert_string_equal(sc_table_column(u, "created_at")->type.name, "timestamp with time zone");
    assert_string_equal(sc_column_renamed_from(sc_table_column(u, "full_name")), "name2");

    sc_constraint *pk = sc_table_primary_key(u);
    assert_non_null(pk);
    assert_string_equal(pk->name, "pk_users");
    assert_false(pk->name_explicit);
    sc_constraint *uq = con(u, "uq_users_email");
    assert_int_equal(uq->kind, SC_CON_UNIQUE);
    assert_false(uq->name_explicit);
    sc_constraint *ck = con(u, "ck_users_email");
    assert_true(ck->name_explicit);
    assert_string_equal(ck->check_expr, "email <> ''");
    sc_index *ix = idx(u, "ix_users_active_email");
    assert_true(ix->unique);
    assert_int_equal(ix->nelems, 1);
    assert_null(ix->elems[0].column);
    assert_string_equal(ix->elems[0].expr, "lower(email)");
    assert_string_equal(ix->where, "is_active");
    ix = idx(u, "ix_users_email");
    assert_string_equal(ix->elems[0].column, "email");
    assert_true(ix->name_explicit);

    sc_table *p = sc_model_table(m, "app", "posts");
    assert_non_null(p);
    sc_constraint *fk = con(p, "fk_posts_author_id_users");
    assert_int_equal(fk->kind, SC_CON_FOREIGN_KEY);
    assert_string_equal(fk->ref_schema, "public");   /* resolved: no app.users */
    assert_string_equal(fk->ref_table, "users");
    assert_string_equal(fk->ref_columns.items[0], "id");
    assert_int_equal(fk->on_delete, SC_FK_CASCADE);
    assert_int_equal(fk->on_update, SC_FK_NO_ACTION);
    ix = idx(p, "ix_posts_author_date");
    assert_int_equal(ix->nelems, 2);
    assert_false(ix->elems[0].desc);
    assert_true(ix->elems[1].desc);

    /* locations point at the tokens */
    int line, col;
    c = sc_table_column(u, "email");
    sc_loc_linecol(c->loc.src, c->loc.off, &line, &col);
    assert_int_equal(line, 6);
    assert_int_equal(col, 3);
    assert_int_equal(c->loc.len, 5);
    sc_loc_linecol(sc_column_type_loc(c).src, sc_column_type_loc(c).off, &line, &col);
    assert_int_equal(col, 15);
    assert_int_equal(sc_column_type_loc(c).len, strlen("varchar(255)"));
    sc_loc_linecol(ix->elems[1].loc.src, ix->elems[1].loc.off, &line, &col);
    assert_int_equal(line, 29);
    assert_int_equal(col, 42);
    sc_model_free(m);
}

static void test_keywords_as_names(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table table {\n"
        "  key      text\n"
        "  type     text\n"
        "  comment  text comment 'a column named comment'\n"
        "  renamed  text renamed from old\n"
        "  time     time with time zone\n"
        "  zone     text\n"
        "  schema   text\n"
        "  \"index\"  integer\n"
        "  \"Check\"  integer\n"
        "  Name     text\n"
        "  index (key, type, comment, \"index\")\n"
        "}\n");
    sc_table *t = sc_model_table(m, "public", "table");
    assert_non_null(t);
    assert_int_equal(t->columns.n, 10);
    assert_string_equal(sc_column_comment(sc_table_column(t, "comment")), "a column named comment");
    assert_string_equal(sc_column_renamed_from(sc_table_column(t, "renamed")), "old");
    assert_string_equal(sc_table_column(t, "time")->type.name, "time with time zone");
    assert_non_null(sc_table_column(t, "index"));
    assert_non_null(sc_table_column(t, "Check"));
    assert_non_null(sc_table_column(t, "name"));   /* folded */
    assert_null(sc_table_column(t, "Name"));
    sc_index *ix = SC_VEC_AT(t->indexes, 0, sc_index);
    assert_int_equal(ix->nelems, 4);
    assert_string_equal(ix->elems[3].column, "index");
    assert_string_equal(ix->name, "ix_table_key");
    sc_model_free(m);
}

static void test_raw_sql(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table t {\n"
        "  a  text default (')(' || 'it''s' || \")\")\n"
        "  b  integer default -1\n"
        "  c  text default E'a\\'b'\n"
        "  d  integer generated always as (b * 2 -- doubled )\n"
        "       + 1) stored\n"
        "  e  numeric default 1.5\n"
        "  g  text default ('--not a comment' /* one */ || '/*' -- two\n)\n"
        "  h  text default (E'it\\'s -- no' || \"--\")\n"
        "  f  text default null\n"
        "  check ((b > 0) and\n"
        "         (b < 10))\n"
        "  index (a text_pattern_ops desc nulls last, (b + 1), public.lower(a)) using btree\n"
        "}\n");
    sc_table *t = sc_model_table(m, "public", "t");
    assert_string_equal(sc_table_column(t, "a")->default_expr, "')(' || 'it''s' || \")\"");
    assert_string_equal(sc_table_column(t, "b")->default_expr, "-1");
    assert_string_equal(sc_table_column(t, "c")->default_expr, "E'a\\'b'");
    /* comments are taken out of expressions: a trailing one would swallow the DDL after it */
    assert_string_equal(sc_table_column(t, "d")->generated, "b * 2 \n       + 1");
    assert_string_equal(sc_table_column(t, "e")->default_expr, "1.5");
    assert_string_equal(sc_table_column(t, "g")->default_expr, "'--not a comment'   || '/*'");
    assert_string_equal(sc_table_column(t, "h")->default_expr, "E'it\\'s -- no' || \"--\"");
    assert_string_equal(sc_table_column(t, "f")->default_expr, "NULL");
    sc_constraint *ck = SC_VEC_AT(t->constraints, 0, sc_constraint);
    assert_string_equal(ck->check_expr, "(b > 0) and\n         (b < 10)");
    assert_string_equal(ck->name, "ck_t_b");
    sc_index *ix = SC_VEC_AT(t->indexes, 0, sc_index);
    assert_int_equal(ix->nelems, 3);
    assert_string_equal(ix->elems[0].column, "a");
    assert_string_equal(sc_index_elem_opclass(&ix->elems[0]), "text_pattern_ops");
    assert_true(ix->elems[0].desc);
    assert_int_equal(ix->elems[0].nulls, SC_NULLS_LAST);
    assert_string_equal(ix->elems[1].expr, "b + 1");
    assert_string_equal(ix->elems[2].expr, "public.lower(a)");
    assert_null(ix->method);   /* btree is the default */
    sc_model_free(m);
}

/* $$...$$ and $tag$...$tag$ inside ( ... ): skipped like '...' strings, kept
 * verbatim (a "--" or a ")" inside is text, not a comment or the end). */
static void test_dollar_quotes(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table t {\n"
        "  a  text default ($$it's -- not a comment ) ($$)\n"
        "  b  text default ($fn$ a $x$ ) $$ $fn$ || 'z') -- a real comment\n"
        "  c  text check ($Q$\n(\n$Q$ <> c)\n"
        "  d  text default (a$b$c || $1)\n"
        "  e  text check ($$ e $$ <> a and e <> '')\n"
        "  g  text default ($$a$$ || $$-- b$$) -- gone\n"
        "}\n");
    sc_table *t = sc_model_table(m, "public", "t");
    assert_string_equal(sc_table_column(t, "a")->default_expr, "$$it's -- not a comment ) ($$");
    assert_string_equal(sc_table_column(t, "b")->default_expr, "$fn$ a $x$ ) $$ $fn$ || 'z'");
    assert_string_equal(sc_table_column(t, "d")->default_expr, "a$b$c || $1");
    assert_string_equal(sc_table_column(t, "g")->default_expr, "$$a$$ || $$-- b$$");
    sc_constraint *ck = con(t, "ck_t_c");
    assert_non_null(ck);
    assert_string_equal(ck->check_expr, "$Q$\n(\n$Q$ <> c");
    /* the words of a dollar-quoted string are not column names: "e" inside is skipped */
    ck = con(t, "ck_t_a");
    assert_non_null(ck);
    assert_string_equal(ck->check_expr, "$$ e $$ <> a and e <> ''");
    sc_model_free(m);

    char *e = first_error("table t {\n  a text default ($x$ never closed)\n}\n");
    assert_string_equal(e,
        "t.sch:2:19: error: unterminated dollar-quoted string\n"
        "    2 |   a text default ($x$ never closed)\n"
        "      |                   ^~~\n");
    free(e);
    /* tags are case-sensitive: $A$ does not close $a$ */
    e = first_error("table t { a text default ($a$ x $A$) }\n");
    assert_non_null(strstr(e, "unterminated dollar-quoted string"));
    free(e);
}

/* SQL's `constraint NAME` prefix, named column checks, `not deferrable`
 * and `initially immediate`. */
static void test_constraint_prefix(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table p {\n"
        "  id     int constraint pk_p_named primary key\n"
        "  code   text constraint uq_code unique\n"
        "  price  int check ck_price (price > 0)\n"
        "  qty    int check (qty >= 0) constraint ck_qty2 check (qty < 100)\n"
        "  parent int constraint fk_parent references p (id) on delete cascade not deferrable\n"
        "  other  int references p deferrable initially immediate\n"
        "}\n"
        "table q {\n"
        "  a int; b int; c int\n"
        "  constraint pk_q primary key (a, b)\n"
        "  constraint uq_q unique (c)\n"
        "  constraint ck_q check (a <> b)\n"
        "  constraint fk_q foreign key (c) references p (id) not deferrable initially immediate\n"
        "  CONSTRAINT \"Fk Upper\" FOREIGN KEY (a) REFERENCES p\n"
        "}\n");
    sc_table *p = sc_model_table(m, "public", "p");
    sc_constraint *k = sc_table_primary_key(p);
    assert_string_equal(k->name, "pk_p_named");
    assert_true(k->name_explicit);
    assert_true(sc_table_column(p, "id")->not_null);
    k = con(p, "uq_code");
    assert_int_equal(k->kind, SC_CON_UNIQUE);
    assert_true(k->name_explicit);
    assert_string_equal(k->columns.items[0], "code");
    k = con(p, "ck_price");
    assert_true(k->name_explicit);
    assert_string_equal(k->check_expr, "price > 0");
    assert_false(con(p, "ck_p_qty")->name_explicit);
    assert_string_equal(con(p, "ck_qty2")->check_expr, "qty < 100");
    k = con(p, "fk_parent");
    assert_int_equal(k->kind, SC_CON_FOREIGN_KEY);
    assert_true(k->name_explicit);
    assert_string_equal(k->columns.items[0], "parent");
    assert_int_equal(k->on_delete, SC_FK_CASCADE);
    assert_false(k->deferrable);
    k = con(p, "fk_p_other_p");
    assert_true(k->deferrable);
    assert_false(k->initially_deferred);
    sc_table *q = sc_model_table(m, "public", "q");
    k = sc_table_primary_key(q);
    assert_string_equal(k->name, "pk_q");
    assert_int_equal(k->columns.n, 2);
    assert_true(sc_table_column(q, "b")->not_null);
    assert_int_equal(con(q, "uq_q")->kind, SC_CON_UNIQUE);
    assert_string_equal(con(q, "ck_q")->check_expr, "a <> b");
    k = con(q, "fk_q");
    assert_true(k->name_explicit);
    assert_false(k->deferrable);
    assert_false(k->initially_deferred);
    assert_non_null(con(q, "Fk Upper"));
    sc_model_free(m);

    char *e = first_error("table t {\n  a int references t (a) not deferrable deferrable\n}\n");
    assert_string_equal(e,
        "t.sch:2:26: error: conflicting constraint properties: both \"deferrable\" and \"not deferrable\"\n"
        "    2 |   a int references t (a) not deferrable deferrable\n"
        "      |                          ^~~~~~~~~~~~~~\n");
    free(e);
    e = first_error("table t {\n  a int references t (a) not deferrable initially deferred\n}\n");
    assert_string_equal(e,
        "t.sch:2:41: error: a constraint declared \"initially deferred\" must be deferrable\n"
        "    2 |   a int references t (a) not deferrable initially deferred\n"
        "      |                                         ^~~~~~~~~~~~~~~~~~\n");
    free(e);
    /* a column named constraint needs quotes, and the hint says so */
    e = first_error("table t {\n  constraint text\n}\n");
    assert_non_null(strstr(e, "a column named constraint is written \"constraint\""));
    free(e);
    sc_model *m2 = dsl_ok("table t { \"constraint\" text }\n");
    assert_non_null(sc_table_column(sc_model_table(m2, "public", "t"), "constraint"));
    sc_model_free(m2);
}

static void test_items(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table a { x integer, y integer, primary key (x, y) }\n"
        "table b {\n"
        "  id  integer primary key; ax integer; ay integer\n"
        "  foreign key fk_b_a (ax, ay) references a (x, y) on update set null on delete restrict deferrable initially deferred\n"
        "  unique (ax, ay)\n"
        "  index ix_b_cover (id) using hash include (ax, ay) where (ax > 0) comment 'cover'\n"
        "  renamed from old_b\n"
        "}\n"
        "table c { i int identity always\n j int generated by default as identity }\n");
    sc_table *a = sc_model_table(m, "public", "a");
    sc_constraint *pk = sc_table_primary_key(a);
    assert_int_equal(pk->columns.n, 2);
    assert_true(sc_table_column(a, "y")->not_null);
    sc_table *b = sc_model_table(m, "public", "b");
    assert_string_equal(b->renamed_from, "old_b");
    sc_constraint *fk = con(b, "fk_b_a");
    assert_true(fk->name_explicit);
    assert_int_equal(fk->on_update, SC_FK_SET_NULL);
    assert_int_equal(fk->on_delete, SC_FK_RESTRICT);
    assert_true(fk->deferrable);
    assert_true(fk->initially_deferred);
    assert_int_equal(fk->ref_columns.n, 2);
    assert_non_null(con(b, "uq_b_ax"));
    sc_index *ix = idx(b, "ix_b_cover");
    assert_string_equal(ix->method, "hash");
    assert_int_equal(ix->include.n, 2);
    assert_string_equal(ix->where, "ax > 0");
    assert_string_equal(sc_index_comment(ix), "cover");
    sc_table *c = sc_model_table(m, "public", "c");
    assert_int_equal(sc_table_column(c, "i")->identity, SC_IDENTITY_ALWAYS);
    assert_true(sc_table_column(c, "i")->not_null);   /* identity implies not null */
    assert_int_equal(sc_table_column(c, "j")->identity, SC_IDENTITY_BY_DEFAULT);
    assert_true(sc_table_column(c, "j")->not_null);
    sc_model_free(m);
}

static void test_schema_blocks(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "schema empty\n"
        "enum mood { 'ok' }\n"
        "table users { id bigint primary key }\n"
        "schema app {\n"
        "  enum mood { 'good', 'bad' } comment 'app mood'\n"
        "  table users { id bigint primary key }\n"
        "  table posts {\n"
        "    id    bigint primary key\n"
        "    m     mood\n"
        "    pm    public.mood\n"
        "    uid   bigint references users\n"
        "    puid  bigint references public.users (id)\n"
        "  }\n"
        "  sequence counter { as integer start 10 increment -2 minvalue -100 maxvalue 100 cache 5 cycle }\n"
        "}\n"
        "table notes { m mood }\n"
        "schema zzz\n"
        "schema app { table again { id int } }\n"
        "schema public { table pub { id int } }\n");
    assert_int_equal(m->schemas.n, 3);
    assert_non_null(sc_model_table(m, "app", "again"));   /* a block opened again, after another schema */
    assert_non_null(sc_model_table(m, "public", "pub"));
    sc_table *p = sc_model_table(m, "app", "posts");
    assert_non_null(p);
    assert_string_equal(sc_table_column(p, "m")->type.schema, "app");
    assert_string_equal(sc_table_column(p, "pm")->type.schema, "public");
    assert_string_equal(con(p, "fk_posts_uid_users")->ref_schema, "app");
    assert_string_equal(con(p, "fk_posts_uid_users")->ref_columns.items[0], "id");
    assert_string_equal(con(p, "fk_posts_puid_users")->ref_schema, "public");
    assert_string_equal(sc_table_column(sc_model_table(m, "public", "notes"), "m")->type.schema, "public");
    assert_string_equal(sc_model_enum(m, "app", "mood")->comment, "app mood");
    sc_sequence *s = sc_model_sequence(m, "app", "counter");
    assert_non_null(s);
    assert_string_equal(s->type, "integer");
    assert_int_equal(s->start, 10);
    assert_int_equal(s->increment, -2);
    assert_true(s->has_min && s->has_max && s->cycle);
    assert_int_equal(s->min_value, -100);
    assert_int_equal(s->cache, 5);
    sc_model_free(m);
}

static void test_serial(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table app.orders { id bigserial primary key\n n serial }\n");
    sc_table *t = sc_model_table(m, "app", "orders");
    sc_column *c = sc_table_column(t, "id");
    assert_string_equal(c->type.name, "bigint");
    assert_string_equal(c->default_expr, "nextval('app.orders_id_seq'::regclass)");
    c = sc_table_column(t, "n");
    assert_string_equal(c->type.name, "integer");
    assert_true(c->not_null);
    sc_sequence *s = sc_model_sequence(m, "app", "orders_n_seq");
    assert_non_null(s);
    assert_string_equal(s->type, "integer");
    assert_string_equal(s->owned_by_table, "orders");
    assert_string_equal(s->owned_by_column, "n");
    sc_model_free(m);
}

static void test_syntax_errors(void **state)
{
    (void)state;
    char *s = first_error("table users {\n  id bigint\n  email text not nul\n}\n");
    assert_string_equal(s,
        "t.sch:3:18: error: syntax error, unexpected identifier \"nul\", expecting \"null\"\n"
        "    3 |   email text not nul\n"
        "      |                  ^~~\n");
    free(s);
    s = first_error("enum e { 'a', 'b\n");
    assert_string_equal(s,
        "t.sch:1:15: error: unterminated string literal\n"
        "    1 | enum e { 'a', 'b\n"
        "      |               ^\n");
    free(s);
    s = first_error("table t {\n  a int default (now()\n}\n");
    assert_non_null(strstr(s, "t.sch:2:17: error: unbalanced parentheses: this \"(\" is never closed"));
    free(s);
    s = first_error("table t { a int }\n)\n");
    assert_non_null(strstr(s, "t.sch:2:1: error: unbalanced parentheses"));
    free(s);
    s = first_error("table t { a \"\" }\n");
    assert_non_null(strstr(s, "zero-length quoted identifier"));
    free(s);
    s = first_error("table t {\n");
    assert_non_null(strstr(s, "t.sch:1:9: error: unbalanced braces"));
    free(s);
    s = first_error("table t { a int");
    assert_non_null(strstr(s, "unbalanced braces"));
    free(s);
}

/* `sqlite ...` table items: SQLite's table options, any order, several on one
 * line or one per line; `sqlite` is a name everywhere but as a column's. */
static void test_sqlite_options(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table events {\n"
        "  id   integer primary key\n"
        "  body any\n"
        "  data blob\n"
        "  SQLITE STRICT\n"
        "  sqlite autoincrement\n"
        "}\n"
        "table kv { k text primary key, v text, sqlite without rowid strict }\n"
        "table sqlite {\n"
        "  \"sqlite\"  text\n"
        "  strict    integer\n"
        "  rowid     integer\n"
        "  autoincrement integer\n"
        "  index (strict)\n"
        "}\n"
        "table plain { id bigint identity primary key }\n");
    sc_table *t = sc_model_table(m, "public", "events");
    assert_true(t->sqlite_strict && t->sqlite_autoincrement && !t->sqlite_without_rowid);
    assert_string_equal(sc_table_column(t, "body")->type.name, "any");
    assert_string_equal(sc_table_column(t, "data")->type.name, "bytea");
    t = sc_model_table(m, "public", "kv");
    assert_true(t->sqlite_strict && t->sqlite_without_rowid && !t->sqlite_autoincrement);
    assert_int_equal(t->columns.n, 2);
    t = sc_model_table(m, "public", "sqlite");
    assert_non_null(t);
    assert_false(t->sqlite_strict || t->sqlite_autoincrement || t->sqlite_without_rowid);
    assert_int_equal(t->columns.n, 4);
    assert_non_null(sc_table_column(t, "sqlite"));
    assert_non_null(sc_table_column(t, "strict"));
    assert_string_equal(SC_VEC_AT(t->indexes, 0, sc_index)->name, "ix_sqlite_strict");
    t = sc_model_table(m, "public", "plain");
    assert_false(t->sqlite_strict || t->sqlite_autoincrement || t->sqlite_without_rowid);
    sc_model_free(m);
    /* an identity key (bigint identity is INTEGER in SQLite) takes AUTOINCREMENT */
    m = dsl_ok("table t {\n  id bigint identity primary key\n  sqlite autoincrement\n}\n");
    assert_true(sc_model_table(m, "public", "t")->sqlite_autoincrement);
    sc_model_free(m);
    /* so does a composite key's table with WITHOUT ROWID */
    m = dsl_ok("table t {\n  a int\n  b int\n  primary key (a, b)\n  sqlite without rowid\n}\n");
    assert_true(sc_model_table(m, "public", "t")->sqlite_without_rowid);
    sc_model_free(m);
}

/* What SQLite refuses, said at the option (or the column) with a hint. */
static void test_sqlite_option_errors(void **state)
{
    (void)state;
    char *s = first_error("table t {\n  id bigint primary key\n  sqlite autoincrement\n}\n");
    assert_string_equal(s,
        "t.sch:3:10: error: AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY: column \"id\" of "
        "table \"t\" is not integer\n"
        "    3 |   sqlite autoincrement\n"
        "      |          ^~~~~~~~~~~~~\n"
        "      hint: declare \"id\" integer, or make it identity (SQLite writes it INTEGER)\n");
    free(s);
    s = first_error("table t {\n  a int\n  b int\n  sqlite autoincrement\n  primary key (a, b)\n}\n");
    assert_non_null(strstr(s, "t.sch:4:10: error: AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY: "
                              "table \"t\" has a primary key of several columns"));
    free(s);
    s = first_error("table t {\n  a text\n  sqlite autoincrement\n}\n");
    assert_non_null(strstr(s, "t.sch:3:10: error: AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY: "
                              "table \"t\" has no primary key"));
    free(s);
    s = first_error("table t {\n  a text\n  sqlite strict without rowid\n}\n");
    assert_string_equal(s,
        "t.sch:3:17: error: PRIMARY KEY missing: table \"t\" is WITHOUT ROWID, which needs one\n"
        "    3 |   sqlite strict without rowid\n"
        "      |                 ^~~~~~~~~~~~~\n");
    free(s);
    s = first_error("table t {\n  id int identity primary key\n  sqlite without rowid\n}\n");
    assert_non_null(strstr(s, "t.sch:2:3: error: identity column \"id\" in WITHOUT ROWID table \"t\""));
    free(s);
    s = first_error("table t {\n  id integer primary key\n  sqlite without rowid autoincrement\n}\n");
    assert_non_null(strstr(s, "t.sch:3:24: error: AUTOINCREMENT is not allowed on WITHOUT ROWID tables"));
    free(s);
    s = first_error("table t {\n  id integer primary key\n  sqlite strict\n  sqlite strict\n}\n");
    assert_non_null(strstr(s, "t.sch:4:10: error: SQLite table option STRICT given twice in table \"t\""));
    free(s);
    /* a column named sqlite needs quotes, and the error says so */
    s = first_error("table t {\n  sqlite text\n}\n");
    assert_non_null(strstr(s, "t.sch:2:10: error: syntax error, unexpected identifier \"text\", expecting "
                              "\"autoincrement\" or \"strict\" or \"without\""));
    assert_non_null(strstr(s, "hint: \"sqlite\" starts a table item; a column named sqlite is written "
                              "\"sqlite\" (in double quotes)"));
    free(s);
    s = first_error("table t {\n  id integer primary key\n  sqlite without\n}\n");
    assert_non_null(strstr(s, "expecting \"rowid\""));
    free(s);
}

/* Error recovery goes on at the next line of a table and frees what it
 * drops (the ASan build checks that nothing leaks). */
static void test_recovery(void **state)
{
    (void)state;
    sc_diags d;
    int rc;
    sc_model *m = dsl_load(
        "table t {\n"
        "  a int references x (a, b, c) on delete oops\n"
        "  b int\n"
        "  index ix_t_b (b, c, (d + 1)) include (a, b) using\n"
        "  c text default\n"
        "  d int\n"
        "}\n", &d, &rc);
    assert_int_equal(rc, -1);
    assert_int_equal(d.nerrors, 3);
    int line, col;
    sc_loc_linecol(d.items[1].loc.src, d.items[1].loc.off, &line, &col);
    assert_int_equal(line, 4);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* Two parsers at once share nothing: the second parse of a bad text does
 * not disturb a model built before. */
static void test_reentrant(void **state)
{
    (void)state;
    sc_model *m1 = dsl_ok("table a { x int }\n");
    sc_diags d;
    int rc;
    sc_model *m2 = dsl_load("table b { y int\n", &d, &rc);
    assert_int_not_equal(rc, 0);
    sc_model *m3 = dsl_ok("table c { z int }\n");
    assert_non_null(sc_model_table(m1, "public", "a"));
    assert_null(sc_model_table(m1, "public", "c"));
    assert_non_null(sc_model_table(m3, "public", "c"));
    sc_diags_free(&d);
    sc_model_free(m1);
    sc_model_free(m2);
    sc_model_free(m3);
}

/* Views: every clause into the model; the new keywords stay names. */
static void test_views(void **state)
{
    (void)state;
    sc_model *m = dsl_ok(
        "table data { view int, column text, local text, option text, materialized bool, cascaded int }\n"
        "schema rep {\n"
        "  view \"V 1\" (a, b) with (security_barrier) as ( select view, \"column\" from data ) with check option\n"
        "  materialized view mv as (select local, count(*) as n from public.data group by 1) with no data {\n"
        "    index (local) include (n)\n"
        "    unique index mv_n (n desc nulls last) where (n > 1) comment 'big'\n"
        "    comment 'counts'; column n comment 'how many'\n"
        "    renamed from old_mv\n"
        "  }\n"
        "}\n"
        "view view as (select 1 as one) with (security_invoker) { comment 'v' }\n");
    const sc_view *v = sc_model_view(m, "rep", "V 1");
    assert_non_null(v);
    assert_false(v->materialized);
    assert_string_equal(v->query, "select view, \"column\" from data");
    assert_int_equal(v->column_list.n, 2);
    assert_string_equal(v->column_list.items[1], "b");
    assert_true(v->security_barrier);
    assert_false(v->security_invoker);
    assert_int_equal(v->check_option, SC_CHECK_OPTION_CASCADED);
    assert_string_equal(v->block_schema, "rep");
    const sc_view *mv = sc_model_view(m, "rep", "mv");
    assert_non_null(mv);
    assert_true(mv->materialized);
    assert_true(mv->with_no_data);
    assert_int_equal(mv->indexes.n, 2);
    const sc_index *ix0 = SC_VEC_AT(mv->indexes, 0, sc_index);
    const sc_index *ix1 = SC_VEC_AT(mv->indexes, 1, sc_index);
    assert_string_equal(ix0->name, "ix_mv_local");
    assert_false(ix0->name_explicit);
    assert_string_equal(ix0->include.items[0], "n");
    assert_string_equal(ix1->name, "mv_n");
    assert_true(ix1->unique);
    assert_string_equal(ix1->where, "n > 1");
    assert_string_equal(sc_index_comment(ix1), "big");
    assert_string_equal(mv->comment, "counts");
    assert_string_equal(mv->renamed_from, "old_mv");
    assert_int_equal(mv->columns.n, 1);
    assert_string_equal(SC_VEC_AT(mv->columns, 0, sc_view_column)->comment, "how many");
    const sc_view *vv = sc_model_view(m, "public", "view");
    assert_non_null(vv);
    assert_true(vv->security_invoker);
    assert_string_equal(vv->comment, "v");
    assert_non_null(sc_table_column(sc_model_table(m, "public", "data"), "materialized"));
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blog),
        cmocka_unit_test(test_keywords_as_names),
        cmocka_unit_test(test_raw_sql),
        cmocka_unit_test(test_items),
        cmocka_unit_test(test_dollar_quotes),
        cmocka_unit_test(test_constraint_prefix),
        cmocka_unit_test(test_schema_blocks),
        cmocka_unit_test(test_serial),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_sqlite_options),
        cmocka_unit_test(test_sqlite_option_errors),
        cmocka_unit_test(test_recovery),
        cmocka_unit_test(test_reentrant),
        cmocka_unit_test(test_views),
        cmocka_unit_test(test_nested_too_deeply),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
