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
