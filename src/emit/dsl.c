/* dsl.c - a model written back as .sch text (sc_emit_dsl).
 *
 * The output parses back to the same model: canonical and deterministic
 * (objects in the model's sorted order, columns aligned), identifiers quoted
 * only where the DSL needs it. Single-column keys and foreign keys with
 * implicit names go on their column, the way one writes them by hand;
 * everything else becomes a table item. Expressions are written in
 * parentheses unless they are plain literals. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "emit/emit.h"
#include "emit/dsl_utype.h"
#include "emit/dsl_partition.h"
#include "model/sqltok.h"
#include "model/sqllines.h"
#include "model/strbuf.h"
#include "parser/keywords.h"

static bool plain_word(const char *s)
{
    if (!(*s == '_' || (*s >= 'a' && *s <= 'z')))
        return false;
    for (; *s; s++)
        if (!(*s == '_' || *s == '$' || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
            return false;
    return true;
}

/* The DSL's keywords (src/parser/kwlist.h) that are never names without
 * quotes where a column's name may stand (the grammar's colname rule). */
static bool reserved(const char *word)
{
    const sc_keyword *kw = sc_keyword_find(word, strlen(word));
    return kw && kw->kind != SC_KW_NAME;
}

/* strict: also quote the DSL's other keywords (where only an identifier fits). */
static void ident(sc_strbuf *b, const char *name, bool strict)
{
    bool quote = !plain_word(name) || reserved(name) ||
                 (strict && sc_keyword_find(name, strlen(name)));
    if (quote)
        sc_sb_quoted_ident(b, name);
    else
        sc_sb_puts(b, name);
}

static void qualified(sc_strbuf *b, const char *schema, const char *name)
{
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA) != 0) {
        ident(b, schema, false);
        sc_sb_putc(b, '.');
    }
    ident(b, name, false);
}

static void name_list(sc_strbuf *b, const sc_names *n)
{
    sc_sb_putc(b, '(');
    for (size_t i = 0; i < n->n; i++) {
        if (i)
            sc_sb_puts(b, ", ");
        ident(b, n->items[i], false);
    }
    sc_sb_putc(b, ')');
}

static void type_text(sc_strbuf *b, const sc_type *t)
{
    /* read from SQLite: the declared text when the DSL can say it (SQLite
     * keeps it and writes it back: VARCHAR(20), INT, BLOB) */
    if (t->declared && sc_type_declared_in_dsl(t)) {
        sc_sb_puts(b, t->declared);
        return;
    }
    if (sc_type_is_builtin(t)) {
        sc_arena *a = sc_arena_new();
        sc_sb_puts(b, sc_type_format(a, t));
        sc_arena_free(a);
        return;
    }
    qualified(b, t->schema, t->name);
    if (t->mods)
        sc_sb_printf(b, "(%s)", t->mods);
    for (int i = 0; i < t->array_dims; i++)
        sc_sb_puts(b, "[]");
}

/* One '...' literal and nothing else. */
static bool one_string(const char *e)
{
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(e, strlen(e), SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return false;
    bool ok = toks.n == 1 && toks.items[0].kind == SC_TOK_STRING;
    sc_toks_free(&toks);
    return ok;
}

/* A literal the grammar takes without parentheses: 'text', 12, -1.5,
 * true, false, NULL. */
static bool plain_literal(const char *e)
{
    if (!strcmp(e, "true") || !strcmp(e, "false") || !strcmp(e, "NULL"))
        return true;
    if (e[0] == '\'')
        return one_string(e);
    const char *p = e[0] == '-' ? e + 1 : e;
    if (!*p)
        return false;
    bool digits = false;
    for (; *p; p++) {
        if (isdigit((unsigned char)*p))
            digits = true;
        else if (*p != '.')
            return false;
    }
    return digits;
}

/* A word the grammar's `name` takes as it is: [a-z_][a-z0-9_]*, not one
 * of the DSL's reserved words. */
static bool dsl_name_token(const char *e, const sc_tok *t)
{
    if ((t->kind != SC_TOK_IDENT && t->kind != SC_TOK_KEYWORD) || t->len >= 64 ||
        (e[t->off] >= '0' && e[t->off] <= '9'))
        return false;
    char word[64];
    for (size_t i = 0; i < t->len; i++) {
        char c = e[t->off + i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
        word[i] = c;
    }
    word[t->len] = '\0';
    return !reserved(word);
}

/* name(...) or schema.name(...) whose parentheses close at the very end:
 * the grammar takes it as an index element as it is. */
static bool func_call(const char *e)
{
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(e, strlen(e), SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return false;
    const sc_tok *t = toks.items;
    size_t n = toks.n, i = 0;
    bool ok = n > 0 && dsl_name_token(e, &t[i++]);
    if (ok && i + 1 < n && sc_tok_op_is(e, &t[i], "."))
        ok = dsl_name_token(e, &t[i + 1]), i += 2;
    ok = ok && i < n && sc_tok_op_is(e, &t[i], "(");
    /* the "(" opened here closes at the last token */
    long depth = 0;
    for (; ok && i < n; i++) {
        if (sc_tok_op_is(e, &t[i], "("))
            depth++;
        else if (sc_tok_op_is(e, &t[i], ")") && --depth == 0)
            break;
    }
    ok = ok && i + 1 == n;
    sc_toks_free(&toks);
    return ok;
}

static void expr(sc_strbuf *b, const char *e)
{
    sc_sb_printf(b, "(%s)", e);
}

static const char *action_dsl(sc_fk_action a)
{
    switch (a) {
    case SC_FK_RESTRICT: return "restrict";
    case SC_FK_CASCADE: return "cascade";
    case SC_FK_SET_NULL: return "set null";
    case SC_FK_SET_DEFAULT: return "set default";
    default: return "no action";
    }
}

static void dsl_params(sc_strbuf *b, const sc_names *p);

/* tblprops6: `replica identity nothing|full|using index NAME` */
static void replica_identity(sc_strbuf *b, const sc_table *t)
{
    char r = sc_table_replica_identity(t);
    sc_sb_puts(b, "  replica identity ");
    if (r == 'i' && sc_table_replica_index(t)) {
        sc_sb_puts(b, "using index ");
        ident(b, sc_table_replica_index(t), false);
    } else {
        sc_sb_puts(b, r == 'f' ? "full" : "nothing");
    }
    sc_sb_putc(b, '\n');
}

/* The options after a constraint, of every kind (issue 12). */
static void con_opts(sc_strbuf *b, const sc_constraint *k)
{
    if (sc_constraint_index_options(k)->n) {   /* a key's or an exclusion's index */
        sc_sb_puts(b, " with");
        dsl_params(b, sc_constraint_index_options(k));
    }
    if (sc_constraint_index_tablespace(k)) {
        sc_sb_puts(b, " using index tablespace ");
        ident(b, sc_constraint_index_tablespace(k), false);
    }
    if (k->nulls_not_distinct)
        sc_sb_puts(b, " nulls not distinct");
    if (sc_constraint_clustered(k))   /* tblprops6 */
        sc_sb_puts(b, " clustered");
    if (k->deferrable && !k->initially_deferred)
        sc_sb_puts(b, " deferrable");
    if (k->initially_deferred)
        sc_sb_puts(b, " deferrable initially deferred");
    if (k->no_inherit)
        sc_sb_puts(b, " no inherit");
    if (k->not_valid)
        sc_sb_puts(b, " not valid");
}

static void fk_target(sc_strbuf *b, const sc_constraint *k)
{
    sc_sb_puts(b, "references ");
    qualified(b, k->ref_schema, k->ref_table);
    if (k->ref_columns.n) {
        sc_sb_putc(b, ' ');
        name_list(b, &k->ref_columns);
    }
    if (k->on_delete != SC_FK_NO_ACTION)
        sc_sb_printf(b, " on delete %s", action_dsl(k->on_delete));
    if (k->on_update != SC_FK_NO_ACTION)
        sc_sb_printf(b, " on update %s", action_dsl(k->on_update));
    if (k->match_full)
        sc_sb_puts(b, " match full");
    con_opts(b, k);
}

/* A constraint's name is written out when it was given, and also when the
 * parser would not give it back: an implicit name that is not the naming
 * convention's (a JSON model's, a database's), or a check numbered
 * ck_<table>_<n> by a position it no longer has (the model keeps
 * constraints sorted by name). Otherwise the DSL reads back as a rename. */
static int check_ordinal(const sc_table *t, const sc_constraint *k)
{
    int n = 0;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *o = SC_VEC_AT(t->constraints, i, sc_constraint);
        n += o->kind == SC_CON_CHECK;
        if (o == k)
            break;
    }
    return n;
}

static bool name_written(const sc_table *t, const sc_constraint *k)
{
    if (k->name_explicit)
        return true;
    sc_arena *a = sc_arena_new();
    const char *conv;
    switch (k->kind) {
    case SC_CON_PRIMARY_KEY: conv = sc_name_pk(a, t); break;
    case SC_CON_UNIQUE: conv = sc_name_unique(a, t, &k->columns); break;
    case SC_CON_CHECK: conv = sc_name_check(a, t, k->check_expr, check_ordinal(t, k)); break;
    case SC_CON_EXCLUDE: conv = sc_name_exclude(a, t, k); break;   /* issue 12 */
    default: conv = sc_name_fk(a, t, k); break;
    }
    bool differs = strcmp(conv, k->name) != 0;
    sc_arena_free(a);
    return differs;
}

/* The same for an index of a table or of a materialized view (t->name the
 * view's name: its index expressions name no column). */
static bool index_name_written(const sc_table *t, const sc_index *ix)
{
    if (ix->name_explicit)
        return true;
    sc_arena *a = sc_arena_new();
    bool differs = strcmp(sc_name_index(a, t, ix), ix->name) != 0;
    sc_arena_free(a);
    return differs;
}

/* Written on the column: an implicit-name single-column key of that column. */
static bool inline_on(const sc_table *t, const sc_constraint *k, const sc_column *c)
{
    return !name_written(t, k) && k->kind != SC_CON_CHECK && !sc_constraint_comment(k) && k->columns.n == 1 &&
           !strcmp(k->columns.items[0], c->name);
}

/* " (start 100 increment 10 ...)": the options that differ from the
 * defaults for the column's type going by the same increment, which the
 * parser fills in the same way. */
static void identity_opts(sc_strbuf *b, const sc_column *c)
{
    const sc_identity_opts *o = sc_column_identity_opts(c);
    long long tmax = sc_identity_type_max(&c->type), tmin = -tmax - 1;
    long long dmin = o->increment > 0 ? 1 : tmin, dmax = o->increment > 0 ? tmax : -1;
    long long dstart = o->increment > 0 ? o->min_value : o->max_value;
    sc_sb_puts(b, " (");
    const char *sp = "";
    if (o->start != dstart) { sc_sb_printf(b, "%sstart %lld", sp, o->start); sp = " "; }
    if (o->increment != 1) { sc_sb_printf(b, "%sincrement %lld", sp, o->increment); sp = " "; }
    if (o->min_value != dmin) { sc_sb_printf(b, "%sminvalue %lld", sp, o->min_value); sp = " "; }
    if (o->max_value != dmax) { sc_sb_printf(b, "%smaxvalue %lld", sp, o->max_value); sp = " "; }
    if (o->cache != 1) { sc_sb_printf(b, "%scache %lld", sp, o->cache); sp = " "; }
    if (o->cycle)
        sc_sb_printf(b, "%scycle", sp);
    sc_sb_putc(b, ')');
}

static void column_attrs(sc_strbuf *b, const sc_table *t, const sc_column *c)
{
    bool inline_pk = false;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind == SC_CON_PRIMARY_KEY && inline_on(t, k, c))
            inline_pk = true;
    }
    /* implied by a primary key and by identity; a column read from SQLite
     * (its declared type known) says it exactly when its table's text does,
     * so that the DSL compiles back to the same text (the parser marks the
     * NOT NULL that `not null` does not write: sqlite_implicit_not_null) */
    bool written = c->type.declared ? c->not_null && !c->sqlite_implicit_not_null
                                    : c->not_null && !inline_pk && c->identity == SC_IDENTITY_NONE;
    if (written)
        sc_sb_puts(b, " not null");
    if (c->default_expr) {
        sc_sb_puts(b, " default ");
        if (!strcmp(c->default_expr, "NULL"))
            sc_sb_puts(b, "null");
        else if (plain_literal(c->default_expr))
            sc_sb_puts(b, c->default_expr);
        else
            expr(b, c->default_expr);
    }
    if (c->identity == SC_IDENTITY_BY_DEFAULT)
        sc_sb_puts(b, " identity");
    else if (c->identity == SC_IDENTITY_ALWAYS)
        sc_sb_puts(b, " identity always");
    if (c->identity && sc_column_identity_opts(c))
        identity_opts(b, c);
    if (c->generated) {
        sc_sb_puts(b, " generated always as ");
        expr(b, c->generated);
        sc_sb_puts(b, c->generated_virtual ? " virtual" : " stored");
    }
    if (sc_column_collation(c)) {
        sc_sb_puts(b, " collate ");
        sc_dsl_collation(b, sc_column_collation(c));
    }
    if (c->storage)   /* issue 12 */
        sc_sb_printf(b, " storage %s", sc_storage_name(c->storage));
    if (c->compression)
        sc_sb_printf(b, " compression %s", sc_compression_name(c->compression));
    if (sc_column_statistics(c) >= 0)   /* tblprops6 */
        sc_sb_printf(b, " statistics %d", sc_column_statistics(c));
    if (sc_column_options(c)->n) {   /* attopts7 */
        sc_sb_puts(b, " statistics");
        dsl_params(b, sc_column_options(c));
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (!inline_on(t, k, c))
            continue;
        if (k->kind == SC_CON_PRIMARY_KEY || k->kind == SC_CON_UNIQUE) {
            sc_sb_puts(b, k->kind == SC_CON_PRIMARY_KEY ? " primary key" : " unique");
            con_opts(b, k);
        } else {
            sc_sb_putc(b, ' ');
            fk_target(b, k);
        }
    }
    if (sc_column_comment(c)) {
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, sc_column_comment(c));
    }
    if (sc_column_renamed_from(c)) {
        sc_sb_puts(b, " renamed from ");
        ident(b, sc_column_renamed_from(c), false);
    }
}

static void opt_name(sc_strbuf *b, const char *name, bool explicit_name)
{
    if (explicit_name) {
        sc_sb_putc(b, ' ');
        ident(b, name, false);
    }
}

static const char *policy_cmd_dsl(sc_policy_cmd cmd)
{
    static const char *const dsl[] = {"all", "select", "insert", "update", "delete"};
    return dsl[cmd];
}

static void policy_item(sc_strbuf *b, const sc_policy *p)
{
    sc_sb_puts(b, "  policy ");
    ident(b, p->name, false);
    if (p->restrictive)
        sc_sb_puts(b, " as restrictive");
    if (p->cmd != SC_POLICY_ALL)
        sc_sb_printf(b, " for %s", policy_cmd_dsl(p->cmd));
    if (p->roles.n == 1) {
        sc_sb_puts(b, " to ");
        ident(b, p->roles.items[0], false);
    } else if (p->roles.n) {
        sc_sb_puts(b, " to ");
        name_list(b, &p->roles);
    }
    if (p->using_expr) {
        sc_sb_puts(b, " using ");
        expr(b, p->using_expr);
    }
    if (p->check_expr) {
        sc_sb_puts(b, " with check ");
        expr(b, p->check_expr);
    }
    if (p->comment) {
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, p->comment);
    }
    /* the DSL takes a policy with one clause at least: say the default */
    if (!p->restrictive && p->cmd == SC_POLICY_ALL && !p->roles.n && !p->using_expr && !p->check_expr &&
        !p->comment)
        sc_sb_puts(b, " for all");
    sc_sb_putc(b, '\n');
}

/* `row level security [forced]` and the policies, last in the table. */
static void row_security(sc_strbuf *b, const sc_table *t)
{
    if (t->rls_enabled)
        sc_sb_puts(b, t->rls_forced ? "  row level security forced\n" : "  row level security\n");
    else if (t->rls_forced)
        sc_sb_puts(b, "  row level security disabled forced\n");
    for (size_t i = 0; i < t->policies.n; i++)
        policy_item(b, SC_VEC_AT(t->policies, i, sc_policy));
}

static void index_elems(sc_strbuf *b, const sc_index_elem *elems, size_t n);

/* issue 12: exclude [NAME] (e with op, ...) [using m] [include (..)]
 * [options] [where (..)] */
static void exclusion_item(sc_strbuf *b, const sc_constraint *k, bool named)
{
    const sc_index *ix = sc_constraint_exclusion(k);
    sc_sb_puts(b, "exclude");
    opt_name(b, k->name, named);
    sc_sb_puts(b, " (");
    if (ix)
        index_elems(b, ix->elems, ix->nelems);
    sc_sb_putc(b, ')');
    if (ix && ix->method) {
        sc_sb_puts(b, " using ");
        ident(b, ix->method, false);
    }
    if (ix && ix->include.n) {
        sc_sb_puts(b, " include ");
        name_list(b, &ix->include);
    }
    con_opts(b, k);
    if (ix && ix->where) {
        sc_sb_puts(b, " where ");
        expr(b, ix->where);
    }
}

static void constraint_item(sc_strbuf *b, const sc_table *t, const sc_constraint *k)
{
    bool named = name_written(t, k);
    sc_sb_puts(b, "  ");
    switch (k->kind) {
    case SC_CON_PRIMARY_KEY:
        sc_sb_puts(b, "primary key");
        opt_name(b, k->name, named);
        sc_sb_putc(b, ' ');
        name_list(b, &k->columns);
        con_opts(b, k);
        break;
    case SC_CON_UNIQUE:
        sc_sb_puts(b, "unique");
        opt_name(b, k->name, named);
        sc_sb_putc(b, ' ');
        name_list(b, &k->columns);
        con_opts(b, k);
        break;
    case SC_CON_CHECK:
        sc_sb_puts(b, "check");
        opt_name(b, k->name, named);
        sc_sb_putc(b, ' ');
        expr(b, k->check_expr);
        con_opts(b, k);
        break;
    case SC_CON_FOREIGN_KEY:
        sc_sb_puts(b, "foreign key");
        opt_name(b, k->name, named);
        sc_sb_putc(b, ' ');
        name_list(b, &k->columns);
        sc_sb_putc(b, ' ');
        fk_target(b, k);
        break;
    case SC_CON_EXCLUDE:   /* issue 12 */
        exclusion_item(b, k, named);
        break;
    }
    if (sc_constraint_comment(k)) {   /* issue 12 */
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, sc_constraint_comment(k));
    }
    sc_sb_putc(b, '\n');
}

/* " (name = value, ...)": a value that is not one word or number is a
 * string (the DSL reads 'x' and x as the same value). */
/* a parameter name's part, as the grammar's name reads it back */
static void param_part(sc_strbuf *b, const char *name)
{
    ident(b, name, false);
}

static void dsl_params(sc_strbuf *b, const sc_names *p)
{
    sc_sb_puts(b, " (");
    for (size_t i = 0; i < p->n; i++) {
        const char *eq = strchr(p->items[i], '=');
        size_t kl = eq ? (size_t)(eq - p->items[i]) : strlen(p->items[i]);
        const char *v = eq ? eq + 1 : "";
        if (i)
            sc_sb_puts(b, ", ");
        sc_emit_param_key(b, p->items[i], kl, param_part);
        sc_sb_puts(b, " = ");
        bool bare = *v != '\0' && !sc_ident_needs_quotes(v);
        bool num = *v != '\0';
        for (const char *c = *v == '-' ? v + 1 : v; *c; c++)
            if (!((*c >= '0' && *c <= '9') || *c == '.'))
                num = false;
        if (bare || num)
            sc_sb_puts(b, v);
        else
            sc_sb_literal(b, v);
    }
    sc_sb_putc(b, ')');
}

/* An index's elements, or an exclusion constraint's (each then with its
 * operator: `with op`), without the parentheses around them. */
static void index_elems(sc_strbuf *b, const sc_index_elem *elems, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const sc_index_elem *e = &elems[i];
        if (i)
            sc_sb_puts(b, ", ");
        if (e->column)
            ident(b, e->column, false);
        else if (func_call(e->expr))
            sc_sb_puts(b, e->expr);   /* lower(email) needs no extra parentheses */
        else
            expr(b, e->expr);
        if (sc_index_elem_collation(e)) {
            sc_sb_puts(b, " collate ");
            sc_dsl_collation(b, sc_index_elem_collation(e));
        }
        if (sc_index_elem_opclass(e)) {
            sc_sb_putc(b, ' ');
            if (strchr(sc_index_elem_opclass(e), '.') && sc_index_elem_opclass(e)[0] == '"')   /* privs2: "schema"."name", as it is */
                sc_dsl_collation(b, sc_index_elem_opclass(e));
            else
                ident(b, sc_index_elem_opclass(e), true);
            if (sc_index_elem_opclass_params(e)->n)
                dsl_params(b, sc_index_elem_opclass_params(e));
        }
        if (e->desc)
            sc_sb_puts(b, " desc");
        if (e->nulls == SC_NULLS_FIRST)
            sc_sb_puts(b, " nulls first");
        else if (e->nulls == SC_NULLS_LAST)
            sc_sb_puts(b, " nulls last");
        if (sc_index_elem_op(e)) {   /* issue 12 */
            sc_sb_puts(b, " with ");
            sc_sb_puts(b, sc_index_elem_op(e));
        }
    }
}

static void index_item(sc_strbuf *b, const sc_table *t, const sc_index *ix)
{
    sc_sb_puts(b, ix->unique ? "  unique index" : "  index");
    opt_name(b, ix->name, index_name_written(t, ix));
    sc_sb_puts(b, " (");
    index_elems(b, ix->elems, ix->nelems);
    sc_sb_putc(b, ')');
    if (ix->method) {
        sc_sb_puts(b, " using ");
        ident(b, ix->method, false);
    }
    if (ix->include.n) {
        sc_sb_puts(b, " include ");
        name_list(b, &ix->include);
    }
    if (ix->nulls_not_distinct)
        sc_sb_puts(b, " nulls not distinct");
    if (sc_index_options(ix)->n) {
        sc_sb_puts(b, " with");
        dsl_params(b, sc_index_options(ix));
    }
    if (sc_index_tablespace(ix)) {
        sc_sb_puts(b, " tablespace ");
        ident(b, sc_index_tablespace(ix), false);
    }
    if (ix->where) {
        sc_sb_puts(b, " where ");
        expr(b, ix->where);
    }
    if (sc_index_clustered(ix))   /* tblprops6 */
        sc_sb_puts(b, " clustered");
    if (sc_index_comment(ix)) {
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, sc_index_comment(ix));
    }
    sc_sb_putc(b, '\n');
}

static size_t text_width(void (*fn)(sc_strbuf *, const void *), const void *x)
{
    sc_strbuf t = SC_STRBUF_INIT;
    fn(&t, x);
    size_t n = t.len;
    sc_sb_free(&t);
    return n;
}

static void col_name_fn(sc_strbuf *b, const void *c)
{
    ident(b, ((const sc_column *)c)->name, false);
}

/* privs3: `with options` stands for the type of a parent's column */
static void col_type_fn(sc_strbuf *b, const void *c)
{
    if (sc_column_with_options(c))
        sc_sb_puts(b, "with options");
    else
        type_text(b, &((const sc_column *)c)->type);
}

static void table(sc_strbuf *b, const sc_table *t)
{
    sc_sb_puts(b, t->unlogged ? "unlogged table " : "table ");
    qualified(b, t->schema, t->name);
    sc_dsl_partition_clauses(b, t, qualified);   /* partitioning and inheritance */
    sc_sb_puts(b, " {\n");
    size_t wname = 0, wtype = 0;
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        size_t n = text_width(col_name_fn, c), ty = text_width(col_type_fn, c);
        if (n > wname)
            wname = n;
        if (ty > wtype)
            wtype = ty;
    }
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        sc_strbuf attrs = SC_STRBUF_INIT;
        column_attrs(&attrs, t, c);
        /* read from SQLite with a type text the DSL cannot write: the type
         * written is another text (of the same affinity), which a SQLite
         * diff against the database sees as a change (docs/sqlite.md) */
        if (c->type.declared && !sc_type_declared_in_dsl(&c->type)) {
            sc_sb_puts(b, "  -- sqlite: ");
            if (*c->type.declared)
                sc_sb_printf(b, "declared %s, which the DSL cannot write", c->type.declared);
            else
                sc_sb_puts(b, "declared without a type, which the DSL cannot write");
            sc_sb_puts(b, ": a diff against the database rebuilds the table\n");
        }
        size_t line = b->len;
        sc_sb_puts(b, "  ");
        ident(b, c->name, false);
        sc_sb_pad_to(b, line, 2 + wname + 2);
        col_type_fn(b, c);
        if (attrs.len) {
            sc_sb_pad_to(b, line, 2 + wname + 2 + wtype + 1);
            sc_sb_puts(b, attrs.s + 1);   /* drop the leading blank */
        }
        sc_sb_free(&attrs);
        sc_sb_putc(b, '\n');
    }
    bool first = true;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        bool inl = false;
        for (size_t j = 0; j < t->columns.n && !inl; j++)
            inl = inline_on(t, k, SC_VEC_AT(t->columns, j, sc_column));
        if (inl)
            continue;
        if (first && t->columns.n)
            sc_sb_putc(b, '\n');
        first = false;
        constraint_item(b, t, k);
    }
    for (size_t i = 0; i < t->indexes.n; i++) {
        if (first && t->columns.n)
            sc_sb_putc(b, '\n');
        first = false;
        index_item(b, t, SC_VEC_AT(t->indexes, i, sc_index));
    }
    bool sqlite = t->sqlite_autoincrement || t->sqlite_strict || t->sqlite_without_rowid;
    char replica = sc_table_replica_identity(t);
    if (t->comment || t->renamed_from || sqlite || sc_table_options(t)->n || replica != 'd') {
        if (first && t->columns.n)
            sc_sb_putc(b, '\n');
        if (sc_table_options(t)->n) {   /* issue 12: storage parameters */
            sc_sb_puts(b, "  with");
            dsl_params(b, sc_table_options(t));
            sc_sb_putc(b, '\n');
        }
        if (replica != 'd')   /* tblprops6 */
            replica_identity(b, t);
        if (t->comment) {
            sc_sb_puts(b, "  comment ");
            sc_sb_literal(b, t->comment);
            sc_sb_putc(b, '\n');
        }
        if (t->renamed_from) {
            sc_sb_puts(b, "  renamed from ");
            ident(b, t->renamed_from, false);
            sc_sb_putc(b, '\n');
        }
    }
    if (sqlite) {
        /* SQLite's table options, in the order SQLite's CREATE TABLE has them */
        sc_sb_puts(b, "  sqlite");
        if (t->sqlite_autoincrement)
            sc_sb_puts(b, " autoincrement");
        if (t->sqlite_strict)
            sc_sb_puts(b, " strict");
        if (t->sqlite_without_rowid)
            sc_sb_puts(b, " without rowid");
        sc_sb_putc(b, '\n');
    }
    row_security(b, t);
    sc_sb_puts(b, "}\n");
}

/* The query in parentheses: on the "(" line when it is one line, else as
 * an indented block (the parser takes the block's indentation off again). */
static void view_query(sc_strbuf *b, const char *q)
{
    size_t n = strlen(q);
    if (!memchr(q, '\n', n)) {
        sc_sb_printf(b, "(%s)", q);
        return;
    }
    sc_sb_puts(b, "(\n");
    size_t nl;
    size_t *lines = sc_sql_line_starts(q, n, &nl);
    for (size_t i = 0; i < nl; i++) {
        size_t p = lines[i], next = i + 1 < nl ? lines[i + 1] : n;
        if (q[p] != '\n')
            sc_sb_puts(b, "  ");
        sc_sb_putn(b, q + p, next - p);
    }
    free(lines);
    sc_sb_puts(b, "\n)");
}

void sc_dsl_routines(sc_strbuf *b, const sc_model *m, bool sep);   /* dsl_routine.c */

static void view(sc_strbuf *b, const sc_view *v)
{
    sc_sb_puts(b, v->materialized ? "materialized view " : "view ");
    qualified(b, v->schema, v->name);
    if (v->column_list.n) {
        sc_sb_putc(b, ' ');
        name_list(b, &v->column_list);
    }
    if (v->security_barrier || v->security_invoker)
        sc_sb_printf(b, " with (%s%s%s)", v->security_barrier ? "security_barrier" : "",
                     v->security_barrier && v->security_invoker ? ", " : "",
                     v->security_invoker ? "security_invoker" : "");
    sc_sb_puts(b, " as ");
    /* a query read from a catalog ends in ';' (pg_get_viewdef): not part of it */
    const char *q = v->query ? v->query : "";
    size_t n = strlen(q);
    while (n && (q[n - 1] == ';' || isspace((unsigned char)q[n - 1])))
        n--;
    while (n && isspace((unsigned char)*q)) {
        q++;
        n--;
    }
    char *qq = strndup(q, n);
    if (!qq)
        abort();
    view_query(b, qq);
    free(qq);
    if (v->check_option)
        sc_sb_puts(b, v->check_option == SC_CHECK_OPTION_LOCAL ? " with local check option"
                                                              : " with cascaded check option");
    if (v->materialized && v->with_no_data)
        sc_sb_puts(b, " with no data");
    bool body = v->indexes.n || v->comment || v->renamed_from;
    for (size_t i = 0; i < v->columns.n && !body; i++)
        body = SC_VEC_AT(v->columns, i, sc_view_column)->comment != NULL;
    if (!body) {
        sc_sb_putc(b, '\n');
        return;
    }
    sc_sb_puts(b, " {\n");
    /* named as a table's indexes are, by a table whose expressions name no column */
    sc_table as_table = {.schema = v->schema, .name = v->name};
    for (size_t i = 0; i < v->indexes.n; i++)
        index_item(b, &as_table, SC_VEC_AT(v->indexes, i, sc_index));
    if (v->comment) {
        sc_sb_puts(b, "  comment ");
        sc_sb_literal(b, v->comment);
        sc_sb_putc(b, '\n');
    }
    for (size_t i = 0; i < v->columns.n; i++) {
        const sc_view_column *c = SC_VEC_AT(v->columns, i, sc_view_column);
        if (!c->comment)
            continue;
        sc_sb_puts(b, "  column ");
        ident(b, c->name, false);
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, c->comment);
        sc_sb_putc(b, '\n');
    }
    if (v->renamed_from) {
        sc_sb_puts(b, "  renamed from ");
        ident(b, v->renamed_from, false);
        sc_sb_putc(b, '\n');
    }
    sc_sb_puts(b, "}\n");
}

static void sequence(sc_strbuf *b, const sc_sequence *s)
{
    sc_sb_puts(b, "sequence ");
    qualified(b, s->schema, s->name);
    sc_strbuf o = SC_STRBUF_INIT;
    if (s->type && strcmp(s->type, "bigint") != 0)
        sc_sb_printf(&o, " as %s", s->type);
    if (s->start != 1)
        sc_sb_printf(&o, " start %lld", s->start);
    if (s->increment != 1)
        sc_sb_printf(&o, " increment %lld", s->increment);
    if (s->has_min)
        sc_sb_printf(&o, " minvalue %lld", s->min_value);
    if (s->has_max)
        sc_sb_printf(&o, " maxvalue %lld", s->max_value);
    if (s->cache != 1)
        sc_sb_printf(&o, " cache %lld", s->cache);
    if (s->cycle)
        sc_sb_puts(&o, " cycle");
    if (s->owned_by_table) {
        sc_sb_puts(&o, " owned by ");
        ident(&o, s->owned_by_table, false);
        sc_sb_putc(&o, '.');
        ident(&o, s->owned_by_column, false);
    }
    if (o.len)
        sc_sb_printf(b, " {%s }", o.s);
    if (s->comment) {   /* issue 12 */
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, s->comment);
    }
    sc_sb_putc(b, '\n');
    sc_sb_free(&o);
}

/* domains, composite and range types: dsl_utype.c writes them with these */
void sc_dsl_ident(sc_strbuf *b, const char *name)
{
    ident(b, name, false);
}

/* funcdeps: a collation as `collate` takes it: "schema"."name" as it is */
void sc_dsl_collation(sc_strbuf *b, const char *collation)
{
    const char *s, *n;
    sc_arena *tmp = sc_arena_new();
    bool q = sc_collation_ref_split(tmp, collation, &s, &n);
    sc_arena_free(tmp);
    if (q)
        sc_sb_puts(b, collation);
    else
        ident(b, collation, false);
}

void sc_dsl_qualified(sc_strbuf *b, const char *schema, const char *name)
{
    qualified(b, schema, name);
}

void sc_dsl_type(sc_strbuf *b, const sc_type *t)
{
    type_text(b, t);
}

void sc_dsl_default(sc_strbuf *b, const char *e)
{
    if (!strcmp(e, "NULL"))
        sc_sb_puts(b, "null");
    else if (plain_literal(e))
        sc_sb_puts(b, e);
    else
        expr(b, e);
}

/* ---- extensions and collations ------------------------------------------ */

static void ext_objects(sc_strbuf *b, const sc_model *m)
{
    for (size_t i = 0; i < m->extensions.n; i++) {
        const sc_extension *e = SC_VEC_AT(m->extensions, i, sc_extension);
        sc_sb_puts(b, "extension ");
        ident(b, e->name, false);
        if (e->schema) {
            sc_sb_puts(b, " with schema ");
            ident(b, e->schema, false);
        }
        if (e->version) {
            sc_sb_puts(b, " version ");
            sc_sb_literal(b, e->version);
        }
        sc_sb_putc(b, '\n');
    }
    for (size_t i = 0; i < m->collations.n; i++) {
        const sc_collation *c = SC_VEC_AT(m->collations, i, sc_collation);
        sc_sb_puts(b, "collation ");
        qualified(b, c->schema, c->name);
        sc_sb_puts(b, c->icu ? " { provider icu locale " : " { ");
        if (c->icu) {
            sc_sb_literal(b, c->locale ? c->locale : "");
        } else if (c->lc_collate && c->lc_ctype && !strcmp(c->lc_collate, c->lc_ctype)) {
            sc_sb_puts(b, "locale ");
            sc_sb_literal(b, c->lc_collate);
        } else {
            sc_sb_puts(b, "lc_collate ");
            sc_sb_literal(b, c->lc_collate ? c->lc_collate : "");
            sc_sb_puts(b, " lc_ctype ");
            sc_sb_literal(b, c->lc_ctype ? c->lc_ctype : "");
        }
        if (!c->deterministic)
            sc_sb_puts(b, " deterministic false");
        sc_sb_puts(b, " }");
        if (c->comment) {   /* issue 12 */
            sc_sb_puts(b, " comment ");
            sc_sb_literal(b, c->comment);
        }
        sc_sb_putc(b, '\n');
    }
    if (m->extensions.n || m->collations.n)
        sc_sb_putc(b, '\n');
}

/* `schema NAME [comment '...']` */
static void schema_line(sc_strbuf *b, const sc_model *m, const char *name)
{
    sc_sb_puts(b, "schema ");
    ident(b, name, false);
    const char *cm = sc_model_schema_comment(m, name);
    if (cm) {   /* issue 12 */
        sc_sb_puts(b, " comment ");
        sc_sb_literal(b, cm);
    }
    sc_sb_putc(b, '\n');
}

char *sc_emit_dsl(const sc_model *m)
{
    sc_strbuf b = SC_STRBUF_INIT;
    /* public is implicit: written only for its comment */
    bool public_line = sc_model_schema_comment(m, SC_DEFAULT_SCHEMA) && !sc_strmap_has(m->schema_map, SC_DEFAULT_SCHEMA);
    if (public_line)
        schema_line(&b, m, SC_DEFAULT_SCHEMA);
    for (size_t i = 0; i < m->schemas.n; i++)
        schema_line(&b, m, SC_VEC_AT(m->schemas, i, const char));
    if (m->schemas.n || public_line)
        sc_sb_putc(&b, '\n');
    ext_objects(&b, m);   /* extensions and collations */
    for (size_t i = 0; i < m->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(m->enums, i, sc_enum);
        sc_sb_puts(&b, "enum ");
        qualified(&b, e->schema, e->name);
        sc_sb_puts(&b, " {");
        for (size_t j = 0; j < e->labels.n; j++) {
            sc_sb_puts(&b, j ? ", " : " ");
            sc_sb_literal(&b, e->labels.items[j]);
        }
        sc_sb_puts(&b, e->labels.n ? " }" : "}");
        if (e->comment) {
            sc_sb_puts(&b, " comment ");
            sc_sb_literal(&b, e->comment);
        }
        sc_sb_putc(&b, '\n');
    }
    if (m->enums.n)
        sc_sb_putc(&b, '\n');
    for (size_t i = 0; i < m->sequences.n; i++)
        sequence(&b, SC_VEC_AT(m->sequences, i, sc_sequence));
    if (m->sequences.n)
        sc_sb_putc(&b, '\n');
    /* domains, composite and range types */
    sc_dsl_utypes(&b, m);
    for (size_t i = 0; i < m->tables.n; i++) {
        if (i)
            sc_sb_putc(&b, '\n');
        table(&b, SC_VEC_AT(m->tables, i, sc_table));
    }
    /* Views after the tables; the DSL needs no order among them. */
    for (size_t i = 0; i < m->views.n; i++) {
        if (i || m->tables.n)
            sc_sb_putc(&b, '\n');
        view(&b, SC_VEC_AT(m->views, i, sc_view));
    }
    /* functions and triggers (dsl_routine.c) */
    sc_dsl_routines(&b, m, m->tables.n || m->views.n || m->enums.n || m->sequences.n);
    sc_dsl_privileges(&b, m, b.len > 0);   /* privileges and ownership */
    return sc_sb_take(&b);
}
