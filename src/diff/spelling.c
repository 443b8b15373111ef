/* spelling.c - which differences only a server could settle.
 *
 * Comparing on the server's terms means loading declared tables into
 * scratch schemas, which costs the server a few milliseconds a table. Most
 * differences a revision brings do not need it: a column added or dropped,
 * NOT NULL, a comment, a key over other columns, an index over plain
 * columns, a default changed from one plain literal to another. Those are
 * differences whatever the spelling. What may vanish once both sides are
 * spelled by the server are differences between two texts: expressions
 * (defaults other than plain literals, checks, index expressions and
 * predicates, generation), and names the server may qualify (user types,
 * collations, operator classes). Only tables with such a difference need
 * the scratch load. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diff/plan.h"
#include "model/sqltok.h"
#include "model/strmap.h"

static bool all_digits(const char *p)
{
    if (!isdigit((unsigned char)*p))
        return false;
    while (isdigit((unsigned char)*p))
        p++;
    return *p == '\0';
}

/* digits, without the leading zeros the server would drop */
static bool is_integer_literal(const char *s)
{
    return all_digits(s) && (s[0] != '0' || s[1] == '\0');
}

static bool is_decimal_literal(const char *s)
{
    if (s[0] == '0' && s[1] != '.' && s[1] != '\0')
        return false;
    const char *dot = strchr(s, '.');
    if (!dot)
        return all_digits(s);
    size_t n = (size_t)(dot - s);
    char head[64];
    if (n == 0 || n >= sizeof head)
        return false;
    memcpy(head, s, n);
    head[n] = '\0';
    return all_digits(head) && all_digits(dot + 1);
}

/* One '...' literal, nothing after it (no cast). */
static bool is_string_literal(const char *s)
{
    sc_tok t;
    return s[0] == '\'' && sc_sql_one_token(s, SC_DIALECT_POSTGRESQL, &t) && t.kind == SC_TOK_STRING;
}

/* A default that PostgreSQL keeps exactly as written (pg_get_expr gives
 * the same text back, the inspector strips the cast to the column's own
 * type): absent, or a plain literal of the column's own kind. Anything
 * else (a cast, a call, a literal the server converts: '-1' on an integer,
 * 't' on a boolean, 1.50 on a double) may be spelled otherwise. */
static bool default_as_written(const sc_column *c)
{
    const char *d = c->default_expr;
    if (!d)
        return true;
    if (!sc_type_is_builtin(&c->type) || c->type.array_dims)
        return false;
    const char *t = c->type.name;
    if (!strcmp(t, "integer") || !strcmp(t, "bigint") || !strcmp(t, "smallint"))
        return is_integer_literal(d);   /* not -1: the server prints '-1'::integer */
    if (!strcmp(t, "numeric"))
        return is_decimal_literal(d);
    if (!strcmp(t, "text") || !strcmp(t, "character varying") || !strcmp(t, "character"))
        return is_string_literal(d);
    if (!strcmp(t, "boolean"))
        return !strcmp(d, "true") || !strcmp(d, "false");
    return false;
}

/* A built-in type that format_type spells as we do: without modifiers, or
 * with a length (numeric(10) is numeric(10,0) to the server, time(3) and
 * interval fields have their own spellings: those go to the server). */
static bool type_as_written(const sc_column *c)
{
    const sc_type *t = &c->type;
    if (!sc_type_is_builtin(t) || t->is_user || t->schema)
        return false;
    return !t->mods || !strcmp(t->name, "character varying") || !strcmp(t->name, "character") ||
           !strcmp(t->name, "bit") || !strcmp(t->name, "bit varying");
}

/* An index over plain columns, default operator classes, collations and
 * NULLS order. */
bool sc_index_structural(const sc_index *ix)
{
    if (!ix || ix->where || (ix->method && strcmp(ix->method, "btree") != 0))
        return false;
    for (size_t i = 0; i < ix->nelems; i++) {
        const sc_index_elem *e = &ix->elems[i];
        if (e->expr || sc_index_elem_opclass(e) || sc_index_elem_collation(e) || e->nulls != SC_NULLS_DEFAULT)
            return false;
    }
    return true;
}

static bool column_on(const sc_table *t, const sc_column *c)
{
    return t && c && sc_table_column(t, c->name) != NULL;
}

static bool op_needs_server(const sc_op *op)
{
    switch (op->kind) {
    case SC_OP_RENAME_TABLE:
    case SC_OP_RENAME_COLUMN:
    case SC_OP_TABLE_COMMENT:
    case SC_OP_INDEX_COMMENT:
    case SC_OP_TABLE_OPTIONS:
    case SC_OP_CONSTRAINT_COMMENT:
    case SC_OP_TABLE_INDEX_PROPS:   /* tblprops6: names, as written */
        return false;
    case SC_OP_ADD_COLUMN:
        /* a column of that name on the other side too: a replacement (a
         * generation expression changed), which compared two texts */
        return column_on(op->t_from, op->to);
    case SC_OP_DROP_COLUMN:
        return column_on(op->t_to, op->from);
    case SC_OP_ALTER_COLUMN: {
        const sc_column *f = op->from, *t = op->to;
        if (op->changes & (SC_CHG_COLLATION | SC_CHG_ENUM))
            return true;
        /* a storage the type has anyway reads back as none (issue 12) */
        if (op->changes & (SC_CHG_STORAGE | SC_CHG_IDENTITY_OPTS))
            return true;
        /* attopts7: PostgreSQL keeps an option's value as written but for
         * integers (n_distinct = 010 reads back as 10) */
        if (op->changes & SC_CHG_COLUMN_OPTIONS)
            return true;
        if ((op->changes & SC_CHG_TYPE) && (!type_as_written(f) || !type_as_written(t)))
            return true;
        if ((op->changes & SC_CHG_DEFAULT) && (!default_as_written(f) || !default_as_written(t)))
            return true;
        return false;
    }
    case SC_OP_ADD_CONSTRAINT:
    case SC_OP_DROP_CONSTRAINT: {
        const sc_constraint *k = op->to ? op->to : op->from;
        /* issue 12: an exclusion's expressions and operators, a key's index
         * options (USING INDEX TABLESPACE pg_default reads back as none) */
        return k->kind == SC_CON_CHECK || k->kind == SC_CON_EXCLUDE || sc_constraint_index_options(k)->n ||
               sc_constraint_index_tablespace(k);
    }
    case SC_OP_CREATE_INDEX:
    case SC_OP_DROP_INDEX:
        return !sc_index_structural(op->to ? op->to : op->from);
    default:
        return true;   /* when in doubt, ask the server */
    }
}

const sc_table **sc_plan_spelling_tables(const sc_plan *p, size_t *n, bool *others)
{
    *others = false;
    size_t cap = p && p->nup ? p->nup : 1;
    const sc_table **out = malloc(cap * sizeof *out);
    if (!out)
        abort();
    *n = 0;
    sc_strmap *seen = sc_strmap_new();
    char key[2 * 64 + 2];
    for (size_t i = 0; p && i < p->nup; i++) {
        const sc_op *op = p->up[i];
        /* a sequence's implicit bounds are the server's to spell */
        if (op->kind == SC_OP_ALTER_SEQUENCE)
            *others = true;
        /* domains, composite and range types: checks and defaults are the server's to spell */
        if (op->kind == SC_OP_ALTER_DOMAIN || op->kind == SC_OP_ALTER_COMPOSITE || op->kind == SC_OP_REBUILD_UTYPE)
            *others = true;
        if (!op->t_from || !op->t_to || !op_needs_server(op))
            continue;
        /* the address is a unique key for a table of the `to` model */
        snprintf(key, sizeof key, "%p", (const void *)op->t_to);
        if (sc_strmap_has(seen, key))
            continue;
        sc_strmap_put(seen, key, (void *)op->t_to);
        out[(*n)++] = sc_plan_declared_table(p, op->t_to);
    }
    sc_strmap_free(seen);
    return out;
}

/* ---- new parts that only the server can check ------------------------------
 * A table the plan creates, or a column it adds, is written as declared and
 * compared with nothing, so it needs no server's spelling. But the server
 * refuses some of it that the DSL cannot judge: a default that does not
 * fit the column's type (integer DEFAULT 'abc'), a check over an operator
 * that does not exist, a bad typmod (numeric(5,10)), an extension's type
 * not installed, a partition bound. Loading them in the scratch schemas
 * says so at the diff, located, rather than at the upgrade. Tables whose
 * new parts are plain (literals of the column's kind, built-in types,
 * indexes over plain columns) are left out: they cost a scratch load for
 * nothing. */

static bool type_needs_check(const sc_type *t)
{
    if (!sc_type_is_builtin(t))
        return !t->is_user;   /* an enum of the model the DSL checked itself */
    return t->mods && strcmp(t->name, "character varying") && strcmp(t->name, "character") &&
           strcmp(t->name, "bit") && strcmp(t->name, "bit varying");
}

static bool column_needs_check(const sc_column *c)
{
    return c->generated || !default_as_written(c) || type_needs_check(&c->type);
}

static bool new_table_needs_check(const sc_table *t)
{
    if (t->partition_key || t->partition_bound)
        return true;
    for (size_t i = 0; i < t->columns.n; i++)
        if (column_needs_check(SC_VEC_AT(t->columns, i, sc_column)))
            return true;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind == SC_CON_CHECK || k->kind == SC_CON_EXCLUDE)
            return true;
    }
    for (size_t i = 0; i < t->indexes.n; i++)
        if (!sc_index_structural(SC_VEC_AT(t->indexes, i, sc_index)))
            return true;
    return false;
}

/* What an expression needs beyond its own table and the database: a
 * function of the model (the scratch load creates those a loaded table
 * calls, with the row types they take), or a name that is one of the
 * tables the plan creates (`null::zeta`, a row type). Such an expression is
 * not checked alone: the load would miss what it names. */
typedef struct reach {
    const sc_model *to;
    const sc_strmap *new_names;   /* bare lower-case names of the new tables */
    const sc_table *self;
} reach;

static bool names_new_table(const reach *r, const char *expr)
{
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(expr, strlen(expr), SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return true;   /* the load would say it; but not alone */
    bool hit = false;
    char word[64];
    for (size_t i = 0; i < toks.n && !hit; i++) {
        const sc_tok *t = &toks.items[i];
        if ((t->kind != SC_TOK_IDENT && t->kind != SC_TOK_KEYWORD) || t->len >= sizeof word)
            continue;
        for (size_t j = 0; j < t->len; j++)
            word[j] = (char)tolower((unsigned char)expr[t->off + j]);
        word[t->len] = '\0';
        hit = strcasecmp(word, r->self->name) && sc_strmap_has(r->new_names, word);
    }
    sc_toks_free(&toks);
    return hit;
}

static bool expr_alone(const reach *r, const char *expr)
{
    return !expr || (!sc_model_calls_function(r->to, expr) && !names_new_table(r, expr));
}

/* Every expression of t can be checked with t alone in the load. */
static bool table_alone(const reach *r, const sc_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        if (!expr_alone(r, c->default_expr) || !expr_alone(r, c->generated))
            return false;
    }
    for (size_t i = 0; i < t->constraints.n; i++)
        if (!expr_alone(r, SC_VEC_AT(t->constraints, i, sc_constraint)->check_expr))
            return false;
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (!expr_alone(r, ix->where))
            return false;
        for (size_t j = 0; j < ix->nelems; j++)
            if (!expr_alone(r, ix->elems[j].expr))
                return false;
    }
    return true;
}

static sc_strmap *new_table_names(const sc_plan *p)
{
    sc_strmap *m = sc_strmap_new();
    char word[64];
    for (size_t i = 0; p && i < p->nup; i++) {
        const sc_op *op = p->up[i];
        if (op->kind != SC_OP_CREATE_TABLE || !op->t_to || strlen(op->t_to->name) >= sizeof word)
            continue;
        size_t k = 0;
        for (const char *c = op->t_to->name; *c; c++)
            word[k++] = (char)tolower((unsigned char)*c);
        word[k] = '\0';
        sc_strmap_put(m, word, NULL);
    }
    return m;
}

static bool op_needs_check(const sc_op *op)
{
    if (op->kind == SC_OP_CREATE_TABLE)
        return op->t_to && new_table_needs_check(op->t_to);
    return op->kind == SC_OP_ADD_COLUMN && op->t_from && op->t_to && !column_on(op->t_from, op->to) &&
           column_needs_check(op->to);
}

const sc_table **sc_plan_checked_tables(const sc_plan *p, const sc_model *to, size_t max, size_t *n)
{
    size_t candidates = 0;
    for (size_t i = 0; p && i < p->nup && candidates <= max; i++)
        candidates += op_needs_check(p->up[i]);
    if (candidates > max) {   /* by ops: a table's several new columns count apart, erring low */
        *n = 0;
        return NULL;
    }
    size_t cap = p && p->nup ? p->nup : 1;
    const sc_table **out = malloc(cap * sizeof *out);
    if (!out)
        abort();
    *n = 0;
    sc_strmap *seen = sc_strmap_new(), *new_names = new_table_names(p);
    char key[2 * 64 + 2];
    for (size_t i = 0; p && i < p->nup; i++) {
        const sc_op *op = p->up[i];
        if (!op_needs_check(op))
            continue;
        snprintf(key, sizeof key, "%p", (const void *)op->t_to);
        if (sc_strmap_has(seen, key))
            continue;
        sc_strmap_put(seen, key, (void *)op->t_to);
        const sc_table *t = sc_plan_declared_table(p, op->t_to);
        if (table_alone(&(reach){to, new_names, t}, t))
            out[(*n)++] = t;
    }
    sc_strmap_free(seen);
    sc_strmap_free(new_names);
    return out;
}
