/* build.c - turning what the grammar recognised into model objects.
 *
 * The grammar's actions stay one-liners; the decisions live here: names
 * folded or kept, column-level keys turned into table constraints, serial
 * types expanded, duplicates reported where they are written. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/sqltok.h"
#include "model/strbuf.h"
#include "parser/pstate.h"

sc_loc sc_pb_loc(const sc_pstate *ps, sc_span s)
{
    sc_loc l = {ps->src, s.start, s.end > s.start ? s.end - s.start : 1};
    return l;
}

const char *sc_pb_text(sc_pstate *ps, sc_span s)
{
    return sc_arena_strndup(ps->m->arena, ps->src->text + s.start, s.end - s.start);
}

/* Unquoted identifiers and keywords used as names fold to lower case
 * (ASCII only, as PostgreSQL does). */
/* An identifier, lower-cased: one arena copy for each name however often
 * it is written (id, code, status_1 ... in every table: 1.4 MB of copies at
 * 5,000 tables). */
const char *sc_pb_lower(sc_pstate *ps, sc_span s)
{
    size_t n = s.end - s.start;
    char buf[64];
    char *low = n < sizeof buf ? buf : malloc(n + 1);
    if (!low)
        abort();
    for (size_t i = 0; i < n; i++) {
        char c = ps->src->text[s.start + i];
        low[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    low[n] = '\0';
    if (!ps->idents)
        ps->idents = sc_strmap_new();
    const char *r = sc_strmap_get(ps->idents, low);
    if (!r) {
        r = sc_arena_strndup(ps->m->arena, low, n);
        sc_strmap_put(ps->idents, low, (void *)r);
    }
    if (low != buf)
        free(low);
    return r;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* "--" or a block comment's opening anywhere (in a string too): the text
 * may hold a comment, which only the tokenizer can tell. */
static bool has_comment_start(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if ((s[i] == '-' && s[i + 1] == '-') || (s[i] == '/' && s[i + 1] == '*'))
            return true;
    return false;
}

/* The text between two parentheses: SQL comments taken out (a trailing
 * `-- ...` would swallow whatever the DDL puts after the expression, and a
 * database keeps no comments either), blanks at both ends trimmed. Strings
 * (also $tag$ dollar-quoted ones) and quoted identifiers are copied as they
 * are. */
const char *sc_pb_inner(sc_pstate *ps, sc_span open, sc_span close)
{
    const char *t = ps->src->text;
    uint32_t a = open.end, b = close.start;
    char *r = sc_arena_alloc(ps->m->arena, b - a + 1);
    size_t k = 0;
    sc_toks toks = {0};
    sc_tok_err err;
    if (!has_comment_start(t + a, b - a)) {
        memcpy(r, t + a, b - a);   /* nothing to take out: as it is */
        k = b - a;
    } else if (sc_sql_tokenize(t + a, b - a, SC_DIALECT_POSTGRESQL, &toks, &err) != 0) {
        /* kept whole: the syntax check (expr_syntax.c, view_refs.c) reports it */
        memcpy(r, t + a, b - a);
        k = b - a;
    }
    for (size_t i = 0; i < toks.n; i++) {
        const sc_tok *tk = &toks.items[i];
        if (tk->kind == SC_TOK_COMMENT) {
            if (t[a + tk->off] == '/')
                r[k++] = ' ';   /* a block comment separates what it stood between */
            continue;
        }
        memcpy(r + k, t + a + tk->off, tk->len);
        k += tk->len;
    }
    sc_toks_free(&toks);
    size_t s0 = 0;
    while (s0 < k && is_blank(r[s0]))
        s0++;
    while (k > s0 && is_blank(r[k - 1]))
        k--;
    r[k] = '\0';
    return r + s0;
}

/* '...' or "...": the content with the doubled quote undoubled. */
const char *sc_pb_string(sc_pstate *ps, sc_span s)
{
    const char *t = ps->src->text + s.start;
    size_t n = s.end - s.start;
    char q = t[0];
    char *r = sc_arena_alloc(ps->m->arena, n);
    size_t k = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        r[k++] = t[i];
        if (t[i] == q)
            i++;
    }
    r[k] = '\0';
    return r;
}

/* ---- heap lists ----------------------------------------------------------- */

sc_namelist *sc_names_new(const char *name, sc_span s)
{
    sc_namelist *l = calloc(1, sizeof *l);
    if (!l)
        abort();
    return sc_names_add(l, name, s);
}

sc_namelist *sc_names_add(sc_namelist *l, const char *name, sc_span s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->names = realloc(l->names, l->cap * sizeof *l->names);
        l->spans = realloc(l->spans, l->cap * sizeof *l->spans);
        if (!l->names || !l->spans)
            abort();
    }
    l->names[l->n] = name;
    l->spans[l->n++] = s;
    return l;
}

void sc_names_free(sc_namelist *l)
{
    if (!l)
        return;
    free(l->names);
    free(l->spans);
    free(l);
}

sc_elemlist *sc_elems_add(sc_elemlist *l, const sc_index_elem *e)
{
    if (!l) {
        l = calloc(1, sizeof *l);
        if (!l)
            abort();
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
        if (!l->items)
            abort();
    }
    l->items[l->n++] = *e;
    return l;
}

void sc_elems_free(sc_elemlist *l)
{
    if (!l)
        return;
    free(l->items);
    free(l);
}

/* Moves a heap list into the model (names + locations); frees the list. */
sc_names sc_pb_take_names(sc_pstate *ps, sc_namelist *l, sc_loc **locs)
{
    sc_names r = {NULL, 0};
    if (locs)
        *locs = NULL;
    if (!l)
        return r;
    r.items = sc_arena_alloc(ps->m->arena, l->n * sizeof *r.items);
    memcpy(r.items, l->names, l->n * sizeof *r.items);
    r.n = l->n;
    if (locs) {
        *locs = sc_arena_alloc(ps->m->arena, l->n * sizeof **locs);
        for (size_t i = 0; i < l->n; i++)
            (*locs)[i] = sc_pb_loc(ps, l->spans[i]);
    }
    sc_names_free(l);
    return r;
}

static sc_diag *error_at(sc_pstate *ps, sc_loc loc, const char *fmt, const char *a, const char *b)
{
    ps->nerrors++;
    return sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc, fmt, a, b);
}

sc_diag *sc_pb_error(sc_pstate *ps, sc_span s, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ps->nerrors++;
    return sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, sc_pb_loc(ps, s), "%s", msg);
}

/* A type modifier is a whole number (`varchar(20)`, `numeric(10,2)`): the
 * scanner's numbers also take `1.5` and `1e5`, which PostgreSQL hands to
 * the type's input function and refuses there; refused here, at the place. */
void sc_pb_type_mod(sc_pstate *ps, const char *text, sc_span s)
{
    for (const char *p = text; *p; p++)
        if (*p < '0' || *p > '9') {
            sc_diag *dg = sc_pb_error(ps, s, "a type modifier is a whole number, not %s", text);
            sc_diag_hint(dg, "write it as digits: varchar(255), numeric(10,2)");
            return;
        }
}

void sc_pb_note_first(sc_pstate *ps, sc_loc first)
{
    if (first.src)
        sc_diag_add(ps->d, SC_SEV_NOTE, SC_ERR_NONE, first, "first defined here");
}

static void note_first(sc_pstate *ps, sc_loc first)
{
    if (first.src)
        sc_diag_add(ps->d, SC_SEV_NOTE, SC_ERR_NONE, first, "first defined here");
}

const char *sc_pb_schema_of(const sc_pstate *ps, const sc_qn *qn)
{
    if (qn->schema)
        return qn->schema;
    return ps->block ? ps->block : SC_DEFAULT_SCHEMA;
}

static const char *schema_of(const sc_pstate *ps, const sc_qn *qn)
{
    return sc_pb_schema_of(ps, qn);
}

/* A non-default schema that an object lives in exists implicitly. */
static void touch_schema(sc_pstate *ps, const char *schema)
{
    if (strcmp(schema, SC_DEFAULT_SCHEMA) != 0)
        sc_model_add_schema(ps->m, schema);
}

/* ---- top-level objects ------------------------------------------------------ */

void sc_pb_schema(sc_pstate *ps, const char *name, sc_span s)
{
    (void)s;
    touch_schema(ps, name);
}

void sc_pb_schema_comment(sc_pstate *ps, const char *name, const char *comment, sc_span s)
{
    (void)s;
    if (!comment)
        return;
    sc_model_set_schema_comment(ps->m, name, comment);
}

void sc_pb_enum(sc_pstate *ps, const sc_qn *qn, sc_namelist *labels, const char *comment)
{
    const char *schema = schema_of(ps, qn);
    sc_enum *e = sc_model_add_enum(ps->m, schema, qn->name);
    if (!e) {
        error_at(ps, sc_pb_loc(ps, qn->span), "duplicate enum \"%s\"%s", qn->name, "");
        note_first(ps, sc_model_enum(ps->m, schema, qn->name)->loc);
        sc_names_free(labels);
        return;
    }
    touch_schema(ps, schema);
    e->loc = sc_pb_loc(ps, qn->span);
    e->labels = sc_pb_take_names(ps, labels, &e->label_locs);
    e->comment = comment;
}

void sc_pb_sequence_begin(sc_pstate *ps, const sc_qn *qn)
{
    const char *schema = schema_of(ps, qn);
    sc_sequence *s = sc_model_add_sequence(ps->m, schema, qn->name);
    if (!s) {
        error_at(ps, sc_pb_loc(ps, qn->span), "duplicate sequence \"%s\"%s", qn->name, "");
        note_first(ps, sc_model_sequence(ps->m, schema, qn->name)->loc);
        s = sc_arena_alloc(ps->m->arena, sizeof *s);
    }
    touch_schema(ps, schema);
    s->loc = sc_pb_loc(ps, qn->span);
    ps->seq = s;
}

sc_sequence *sc_pb_seq(sc_pstate *ps)
{
    return ps->seq;
}

void sc_pb_seq_type(sc_pstate *ps, sc_span type)
{
    sc_type t;
    const char *err;
    if (sc_type_parse(ps->m->arena, sc_pb_text(ps, type), &t, &err) != 0) {
        error_at(ps, sc_pb_loc(ps, type), "invalid type: %s%s", err, "");
        return;
    }
    sc_pb_seq(ps)->type = sc_type_format(ps->m->arena, &t);
}

void sc_pb_table_begin(sc_pstate *ps, const sc_qn *qn)
{
    const char *schema = schema_of(ps, qn);
    sc_table *t = sc_model_add_table(ps->m, schema, qn->name);
    if (!t) {
        error_at(ps, sc_pb_loc(ps, qn->span), "duplicate table \"%s\"%s", qn->name, "");
        note_first(ps, sc_model_table(ps->m, schema, qn->name)->loc);
        /* Parse on into a stand-in so that later errors still show. */
        t = sc_arena_alloc(ps->m->arena, sizeof *t);
        t->schema = schema;
        t->name = qn->name;
        t->column_map = sc_strmap_new();
        sc_vec_push(ps->m->arena, &ps->scratch, t);
    }
    touch_schema(ps, schema);
    t->loc = sc_pb_loc(ps, qn->span);
    t->block_schema = ps->block;
    ps->table = t;
    ps->view = NULL;
    ps->col = NULL;
    memset(ps->sqlite_opt, 0, sizeof ps->sqlite_opt);
    ps->rls_span = (sc_span){0, 0};
    ps->replica_span = (sc_span){0, 0};
    ps->policy = NULL;
}

/* ---- SQLite table options ------------------------------------------------------ */

static const char *const sqlite_opt_sql[] = {"AUTOINCREMENT", "STRICT", "WITHOUT ROWID"};

void sc_pb_sqlite_option(sc_pstate *ps, sc_pb_sqlite_opt opt, sc_span s)
{
    sc_table *t = ps->table;
    if (ps->sqlite_opt[opt].end) {
        error_at(ps, sc_pb_loc(ps, s), "SQLite table option %s given twice in table \"%s\"",
                 sqlite_opt_sql[opt], t->name);
        return;
    }
    ps->sqlite_opt[opt] = s;
    if (opt == SC_PB_SQLITE_AUTOINCREMENT)
        t->sqlite_autoincrement = true;
    else if (opt == SC_PB_SQLITE_STRICT)
        t->sqlite_strict = true;
    else
        t->sqlite_without_rowid = true;
}

/* One error of sc_check_sqlite_options(), counted. */
static sc_diag *opt_err(sc_diags *d, int *n, sc_loc loc, const char *fmt, const char *a, const char *b)
{
    (*n)++;
    return sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, loc, fmt, a, b);
}

/* What SQLite itself refuses in CREATE TABLE, said where the option is
 * written (the keys may come after it, so the parser calls this at the
 * table's end; the JSON loader calls it too, without locations). STRICT's
 * column types are checked by the SQLite DDL emitter: they matter only to
 * SQLite, and a PostgreSQL compile of the same file is fine. */
int sc_check_sqlite_options(const sc_table *t, const sc_loc opt[SC_PB_SQLITE_NOPTS], sc_diags *d)
{
    int n = 0;
    const sc_constraint *pk = sc_table_primary_key(t);
    if (t->sqlite_without_rowid) {
        if (!pk)
            opt_err(d, &n, opt[SC_PB_SQLITE_WITHOUT_ROWID],
                    "PRIMARY KEY missing: table \"%s\" is WITHOUT ROWID, which needs one%s", t->name, "");
        for (size_t i = 0; i < t->columns.n; i++) {
            const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
            if (c->identity == SC_IDENTITY_NONE)
                continue;
            sc_diag *dg = opt_err(d, &n, c->loc, "identity column \"%s\" in WITHOUT ROWID table \"%s\"",
                                  c->name, t->name);
            sc_diag_hint(dg, "SQLite's identity column is the rowid alias, and a WITHOUT ROWID table "
                         "has no rowid: drop identity or `without rowid`");
        }
    }
    if (!t->sqlite_autoincrement)
        return n;
    if (t->sqlite_without_rowid) {
        opt_err(d, &n, opt[SC_PB_SQLITE_AUTOINCREMENT],
                "AUTOINCREMENT is not allowed on WITHOUT ROWID tables (table \"%s\")%s", t->name, "");
        return n;
    }
    if (!pk || pk->columns.n != 1) {
        sc_diag *dg = opt_err(d, &n, opt[SC_PB_SQLITE_AUTOINCREMENT],
                              "AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY: table \"%s\" "
                              "%s", t->name, pk ? "has a primary key of several columns" : "has no primary key");
        sc_diag_hint(dg, "AUTOINCREMENT needs one integer or identity column as the primary key");
        if (pk && pk->loc.src)
            sc_diag_add(d, SC_SEV_NOTE, SC_ERR_NONE, pk->loc, "the primary key is here");
        return n;
    }
    const sc_column *c = sc_table_column(t, pk->columns.items[0]);
    if (!c || c->identity != SC_IDENTITY_NONE)
        return n;
    const sc_type *ty = &c->type;
    if (!ty->is_user && !ty->schema && !ty->mods && !ty->array_dims && ty->name &&
        !strcmp(ty->name, "integer"))
        return n;   /* declared INTEGER: SQLite's rowid alias */
    sc_diag *dg = opt_err(d, &n, opt[SC_PB_SQLITE_AUTOINCREMENT],
                          "AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY: column \"%s\" "
                          "of table \"%s\" is not integer", c->name, t->name);
    sc_diag_hint(dg, "declare \"%s\" integer, or make it identity (SQLite writes it INTEGER)", c->name);
    return n;
}

void sc_pb_table_end(sc_pstate *ps)
{
    if (ps->table) {
        sc_loc opt[SC_PB_SQLITE_NOPTS];
        for (int i = 0; i < SC_PB_SQLITE_NOPTS; i++)
            opt[i] = sc_pb_loc(ps, ps->sqlite_opt[i]);
        ps->nerrors += sc_check_sqlite_options(ps->table, opt, ps->d);
    }
    ps->table = NULL;
    ps->col = NULL;
}

/* ---- columns ---------------------------------------------------------------- */

/* serial types are shorthands: an integer column whose default takes the
 * next value of a sequence <table>_<column>_seq owned by the column. */
static bool expand_serial(sc_pstate *ps, sc_column *c, const sc_type *t)
{
    static const char *const serials[][2] = {
        {"serial", "integer"}, {"serial4", "integer"}, {"bigserial", "bigint"},
        {"serial8", "bigint"}, {"smallserial", "smallint"}, {"serial2", "smallint"},
    };
    if (t->schema || t->mods || t->array_dims)
        return false;
    for (size_t i = 0; i < sizeof serials / sizeof serials[0]; i++) {
        if (strcmp(t->name, serials[i][0]) != 0)
            continue;
        sc_table *tb = ps->table;
        c->type.name = serials[i][1];
        c->not_null = true;
        const char *seqname = sc_name_truncate(ps->m->arena,
            sc_arena_printf(ps->m->arena, "%s_%s_seq", tb->name, c->name));
        sc_strbuf b = SC_STRBUF_INIT;
        sc_strbuf q = SC_STRBUF_INIT;
        sc_sb_qualified(&q, tb->schema, seqname);
        sc_sb_puts(&b, "nextval(");
        sc_sb_literal(&b, sc_sb_cstr(&q));
        sc_sb_puts(&b, "::regclass)");
        c->default_expr = sc_arena_strdup(ps->m->arena, sc_sb_cstr(&b));
        sc_sb_free(&b);
        sc_sb_free(&q);
        sc_sequence *s = sc_model_add_sequence(ps->m, tb->schema, seqname);
        if (!s) {
            error_at(ps, sc_column_type_loc(c), "sequence \"%s\" of this serial column already exists%s", seqname, "");
            return true;
        }
        s->type = serials[i][1];
        s->owned_by_table = tb->name;
        s->owned_by_column = c->name;
        s->loc = sc_column_type_loc(c);
        return true;
    }
    return false;
}

void sc_pb_column(sc_pstate *ps, const char *name, sc_span name_span, sc_span type_span)
{
    sc_table *t = ps->table;
    sc_column *c = sc_table_add_column_kept(ps->m, t, name);   /* the scanner's string */
    if (!c) {
        error_at(ps, sc_pb_loc(ps, name_span), "duplicate column \"%s\" in table \"%s\"", name, t->name);
        note_first(ps, sc_table_column(t, name)->loc);
        c = sc_arena_alloc(ps->m->arena, sizeof *c);
        c->name = name;
    }
    c->loc = sc_pb_loc(ps, name_span);
    sc_loc type_loc = sc_pb_loc(ps, type_span);
    sc_column_set_type_loc(ps->m->arena, c, type_loc);
    const char *err;
    /* The type's text is only read: a scratch copy, not one in the model
     * per column. */
    char buf[128];
    size_t n = type_span.end - type_span.start;
    char *text = n < sizeof buf ? buf : malloc(n + 1);
    if (!text)
        abort();
    memcpy(text, ps->src->text + type_span.start, n);
    text[n] = '\0';
    if (sc_type_parse(ps->m->arena, text, &c->type, &err) != 0) {
        error_at(ps, sc_column_type_loc(c), "invalid type: %s%s", err, "");
        c->type.name = "text";
    }
    if (text != buf)
        free(text);
    ps->col = c;
    expand_serial(ps, c, &c->type);
}

void sc_pb_col_default(sc_pstate *ps, const char *expr)
{
    ps->col->default_expr = expr;
}

/* An identity column is NOT NULL in PostgreSQL whether written or not:
 * the model says so, as a catalog would. */
void sc_pb_col_identity(sc_pstate *ps, sc_identity kind)
{
    ps->col->identity = kind;
    sc_pb_imply_not_null(ps->col);
    if (ps->idopt_set)
        sc_column_set_identity_opts(ps->m->arena, ps->col, sc_identity_resolve(ps->m->arena, &ps->col->type, &ps->idopt));
    ps->idopt_set = false;
}

/* NOT NULL that the model gives a column (a key's, an identity's) without
 * the DSL saying it: SQLite's DDL leaves it out (docs/sqlite.md), unless a
 * `not null` of the column says it (the grammar clears the flag). */
void sc_pb_imply_not_null(sc_column *c)
{
    if (!c->not_null)
        c->sqlite_implicit_not_null = true;
    c->not_null = true;
}

void sc_pb_col_storage(sc_pstate *ps, const char *name, sc_span s)
{
    ps->col->storage = sc_storage_code(name);
    if (!ps->col->storage)
        error_at(ps, sc_pb_loc(ps, s), "unknown storage \"%s\"%s: plain, external, main or extended", name, "");
}

void sc_pb_col_compression(sc_pstate *ps, const char *name, sc_span s)
{
    ps->col->compression = sc_compression_code(name);
    if (!ps->col->compression)
        error_at(ps, sc_pb_loc(ps, s), "unknown compression \"%s\"%s: pglz, lz4 or default", name, "");
}

/* `null` says the column may hold NULLs; a primary key or an identity on
 * the same column says it may not, and wins wherever `null` is written
 * (PostgreSQL makes a key's columns NOT NULL whatever the column says), so
 * that `primary key null` is the model `null primary key` is, and the DSL
 * written back (which says neither) loads to it. */
void sc_pb_col_null(sc_pstate *ps)
{
    sc_column *c = ps->col;
    bool keyed = c->identity != SC_IDENTITY_NONE;
    for (size_t i = 0; i < ps->table->constraints.n && !keyed; i++) {
        const sc_constraint *k = SC_VEC_AT(ps->table->constraints, i, sc_constraint);
        keyed = k->kind == SC_CON_PRIMARY_KEY && k->columns.n == 1 && k->columns.items[0] == c->name;
    }
    if (keyed)
        return;
    c->not_null = false;
    c->sqlite_implicit_not_null = false;
}

static sc_constraint *col_constraint(sc_pstate *ps, sc_con_kind kind, sc_span s)
{
    sc_constraint *k = sc_table_add_constraint(ps->m, ps->table, kind);
    k->loc = sc_pb_loc(ps, s);
    if (kind != SC_CON_CHECK) {
        k->columns.items = sc_arena_alloc(ps->m->arena, sizeof *k->columns.items);
        k->columns.items[0] = ps->col->name;
        k->columns.n = 1;
        k->column_locs = sc_arena_alloc(ps->m->arena, sizeof *k->column_locs);
        k->column_locs[0] = ps->col->loc;
    }
    return k;
}

/* The options written after a constraint, each refused at its place when
 * the constraint's kind does not take it (PostgreSQL's grammar would not
 * either), then set on k. */
static bool refuse_opt(sc_pstate *ps, sc_span s, const char *what, const char *kinds)
{
    if (s.end == 0)
        return false;
    error_at(ps, sc_pb_loc(ps, s), "%s applies to %s only", what, kinds);
    return true;
}

void sc_pb_con_comment(sc_pstate *ps, const char *comment)
{
    if (ps->last_con)
        sc_constraint_set_comment(ps->m->arena, ps->last_con, comment);
}

static void con_options(sc_pstate *ps, sc_constraint *k, const sc_fkopts *o)
{
    ps->last_con = k;
    bool fk = k->kind == SC_CON_FOREIGN_KEY, check = k->kind == SC_CON_CHECK;
    if (!fk)
        refuse_opt(ps, o->action_span, "\"on delete\" / \"on update\"", "foreign keys");
    if (!fk)
        refuse_opt(ps, o->match_span, "\"match\"", "foreign keys");
    if (k->kind != SC_CON_UNIQUE)
        refuse_opt(ps, o->nnd_span, "\"nulls [not] distinct\"", "unique constraints and unique indexes");
    if (!check)
        refuse_opt(ps, o->inherit_span, "\"no inherit\"", "check constraints");
    if (!check && !fk)
        refuse_opt(ps, o->valid_span, "\"not valid\"", "check constraints and foreign keys");
    if (check)
        refuse_opt(ps, o->defer_span, "\"deferrable\" / \"initially deferred\"",
                   "primary keys, unique constraints, exclusion constraints and foreign keys");
    /* issue 12: the index options of keys and exclusions, an exclusion's clauses */
    bool excl = k->kind == SC_CON_EXCLUDE;
    if (check || fk)
        refuse_opt(ps, o->ixopt_span, "\"with (...)\" / \"using index tablespace\"",
                   "primary keys, unique and exclusion constraints");
    if (!excl)
        refuse_opt(ps, o->excl_span, "\"using\" / \"include\" / \"where\"", "exclusion constraints");
    if (check || fk)
        refuse_opt(ps, o->clustered_span, "\"clustered\"", "primary keys, unique and exclusion constraints");
    else
        sc_constraint_set_clustered(ps->m->arena, k, o->clustered);
    if (!check && !fk) {
        sc_constraint_set_index_options(ps->m->arena, k, o->index_options);
        sc_constraint_set_index_tablespace(ps->m->arena, k, o->index_tablespace);
    }
    /* PostgreSQL's own refusals (gram.y processCASbits) */
    if (o->not_deferrable && o->deferrable)
        error_at(ps, sc_pb_loc(ps, o->not_deferrable_span),
                 "conflicting constraint properties: both \"deferrable\" and \"not deferrable\"%s%s", "", "");
    else if (o->not_deferrable && o->initially_deferred)
        error_at(ps, sc_pb_loc(ps, o->deferred_span),
                 "a constraint declared \"initially deferred\" must be deferrable%s%s", "", "");
    if (check)
        return;
    k->deferrable = o->deferrable || o->initially_deferred;
    k->initially_deferred = o->initially_deferred;
    k->nulls_not_distinct = k->kind == SC_CON_UNIQUE && o->nulls_not_distinct;
    k->match_full = fk && o->match_full;
    k->not_valid = fk && o->not_valid;
    if (fk) {
        k->on_delete = o->on_delete;
        k->on_update = o->on_update;
    }
}

void sc_pb_con_options(sc_pstate *ps, sc_constraint *k, const sc_fkopts *o)
{
    con_options(ps, k, o);
}

static void check_options(sc_pstate *ps, sc_constraint *k, const sc_fkopts *o)
{
    con_options(ps, k, o);
    k->no_inherit = o->no_inherit;
    k->not_valid = o->not_valid;
}

void sc_pb_col_key(sc_pstate *ps, sc_con_kind kind, const char *name, const sc_fkopts *o, sc_span s)
{
    sc_constraint *k = col_constraint(ps, kind, s);
    k->name = name;
    k->name_explicit = name != NULL;
    if (kind == SC_CON_PRIMARY_KEY)
        sc_pb_imply_not_null(ps->col);
    con_options(ps, k, o);
}

void sc_pb_col_check(sc_pstate *ps, const char *name, const char *expr, const sc_fkopts *o, sc_span s)
{
    sc_constraint *k = col_constraint(ps, SC_CON_CHECK, s);
    k->name = name;
    k->name_explicit = name != NULL;
    k->check_expr = expr;
    check_options(ps, k, o);
}

static void set_ref(sc_pstate *ps, sc_constraint *k, const sc_qn *ref, sc_namelist *refcols,
                    const sc_fkopts *o)
{
    k->ref_schema = ref->schema;   /* NULL: resolved by validation (block, then public) */
    k->ref_table = ref->name;
    k->ref_columns = sc_pb_take_names(ps, refcols, &k->ref_column_locs);
    con_options(ps, k, o);
}

void sc_pb_col_ref(sc_pstate *ps, const char *name, const sc_qn *ref, sc_namelist *cols,
                   const sc_fkopts *o, sc_span s)
{
    (void)s;
    sc_constraint *k = col_constraint(ps, SC_CON_FOREIGN_KEY, ref->span);
    k->name = name;
    k->name_explicit = name != NULL;
    set_ref(ps, k, ref, cols, o);
}

/* ---- table items --------------------------------------------------------------- */

void sc_pb_key(sc_pstate *ps, sc_con_kind kind, const char *name, sc_namelist *cols,
               const sc_fkopts *o, sc_span s)
{
    sc_constraint *k = sc_table_add_constraint(ps->m, ps->table, kind);
    k->name = name;
    k->name_explicit = name != NULL;
    k->loc = sc_pb_loc(ps, s);
    k->columns = sc_pb_take_names(ps, cols, &k->column_locs);
    if (kind == SC_CON_PRIMARY_KEY) {
        for (size_t i = 0; i < k->columns.n; i++) {
            sc_column *c = sc_table_column(ps->table, k->columns.items[i]);
            if (c)
                sc_pb_imply_not_null(c);
        }
    }
    con_options(ps, k, o);
}

void sc_pb_check(sc_pstate *ps, const char *name, const char *expr, const sc_fkopts *o, sc_span s)
{
    sc_constraint *k = sc_table_add_constraint(ps->m, ps->table, SC_CON_CHECK);
    k->name = name;
    k->name_explicit = name != NULL;
    k->loc = sc_pb_loc(ps, s);
    k->check_expr = expr;
    check_options(ps, k, o);
}

void sc_pb_fk(sc_pstate *ps, const char *name, sc_namelist *cols, const sc_qn *ref,
              sc_namelist *refcols, const sc_fkopts *o, sc_span s)
{
    (void)s;
    sc_constraint *k = sc_table_add_constraint(ps->m, ps->table, SC_CON_FOREIGN_KEY);
    k->name = name;
    k->name_explicit = name != NULL;
    k->loc = sc_pb_loc(ps, ref->span);   /* errors about a foreign key point at its target */
    k->columns = sc_pb_take_names(ps, cols, &k->column_locs);
    set_ref(ps, k, ref, refcols, o);
}

const char *sc_pb_param(sc_pstate *ps, const char *name, sc_span op, const char *value)
{
    if (op.end != op.start + 1 || ps->src->text[op.start] != '=')
        sc_pb_error(ps, op, "expected \"=\" between a parameter's name and its value");
    return sc_arena_printf(ps->m->arena, "%s=%s", name, value);
}

void sc_pb_index(sc_pstate *ps, bool unique, const char *name, sc_elemlist *elems,
                 sc_ixopts *o, sc_span s)
{
    sc_index *ix;
    if (ps->view) {   /* a view's index item: checked and kept by build_view.c */
        ix = sc_arena_alloc(ps->m->arena, sizeof *ix);
    } else {
        ix = sc_table_add_index(ps->m, ps->table);
    }
    ix->name = name;
    ix->name_explicit = name != NULL;
    ix->unique = unique;
    ix->loc = sc_pb_loc(ps, s);
    if (o->nulls_not_distinct && !unique)
        error_at(ps, sc_pb_loc(ps, o->nnd_span), "\"nulls not distinct\" applies to unique indexes only%s%s",
                 "", "");
    ix->nulls_not_distinct = unique && o->nulls_not_distinct;
    ix->nelems = elems->n;
    ix->elems = sc_arena_alloc(ps->m->arena, elems->n * sizeof *ix->elems);
    memcpy(ix->elems, elems->items, elems->n * sizeof *ix->elems);
    sc_elems_free(elems);
    ix->method = o->method && strcmp(o->method, "btree") != 0 ? o->method : NULL;
    sc_loc *include_locs;
    ix->include = sc_pb_take_names(ps, o->include, &include_locs);
    sc_index_set_include_locs(ps->m->arena, ix, include_locs);
    o->include = NULL;
    ix->where = o->where;
    sc_index_set_comment(ps->m->arena, ix, o->comment);
    sc_index_set_options(ps->m->arena, ix, sc_pb_take_names(ps, o->options, NULL));
    o->options = NULL;
    sc_index_set_tablespace(ps->m->arena, ix, o->tablespace);
    if (o->clustered && ps->view)   /* tblprops6: a table's only, not modelled for a view */
        error_at(ps, ix->loc, "\"clustered\" applies to a table's indexes only%s%s", "", "");
    else
        sc_index_set_clustered(ps->m->arena, ix, o->clustered);   /* tblprops6 */
    if (ps->view)
        sc_pb_view_index(ps, ix);
}
