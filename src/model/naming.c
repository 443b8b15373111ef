/* naming.c - names for constraints and indexes written without one.
 *
 * SQLAlchemy's recommended convention, so that a model written in the DSL
 * and one reflected from a database built by Alembic agree:
 *   pk_<table>                       primary key
 *   uq_<table>_<column0>             unique constraint
 *   ix_<table>_<column0>             index (an expression element: the first
 *                                    word of the expression that names a
 *                                    column of the table, else "expr")
 *   ck_<table>_<column0>             check (the first word of the expression
 *                                    that names a column), else ck_<table>_<n>
 *                                    with n the check's ordinal in the table
 *   fk_<table>_<column0>_<reftable>  foreign key
 * A name longer than 63 bytes (PostgreSQL's limit) is cut to 54 bytes (at a
 * UTF-8 character boundary) and given "_" and 8 hex digits of the 32-bit
 * FNV-1a hash of the whole name: deterministic, and still distinct. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "model/sqltok.h"

#include "model/model.h"

#define HASH_KEEP (SC_PG_NAMEDATALEN - 9)   /* 54 bytes + "_" + 8 hex digits = 63 */

const char *sc_name_truncate(sc_arena *a, const char *name)
{
    size_t n = strlen(name);
    if (n <= SC_PG_NAMEDATALEN)
        return sc_arena_strdup(a, name);
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        h ^= *p;
        h *= 16777619u;
    }
    size_t keep = HASH_KEEP;
    while (keep > 0 && ((unsigned char)name[keep] & 0xC0) == 0x80)
        keep--;   /* do not cut a multi-byte character in two */
    return sc_arena_printf(a, "%.*s_%08x", (int)keep, name, h);
}

/* `full` is already an arena string: kept as it is when short enough. */
static const char *trunc_printf(sc_arena *a, const char *full)
{
    return strlen(full) <= SC_PG_NAMEDATALEN ? full : sc_name_truncate(a, full);
}

const char *sc_name_pk(sc_arena *a, const sc_table *t)
{
    return trunc_printf(a, sc_arena_printf(a, "pk_%s", t->name));
}

const char *sc_name_unique(sc_arena *a, const sc_table *t, const sc_names *cols)
{
    return trunc_printf(a, sc_arena_printf(a, "uq_%s_%s", t->name, cols->n ? cols->items[0] : "expr"));
}

/* The first identifier-like word of an expression that names a column of
 * the table ("lower(email)" -> "email"), or NULL. Quoted words count too. */
static const char *first_column(const sc_table *t, const char *expr)
{
    if (!expr)
        return NULL;
    char buf[256];
    const char *found = NULL;
    sc_name_iter it;
    sc_name_iter_init(&it, expr);
    while (!found && sc_name_iter_next(&it, buf, sizeof buf)) {
        sc_column *c = sc_table_column(t, buf);
        if (c)
            found = c->name;
    }
    sc_name_iter_free(&it);
    return found;
}

const char *sc_name_index(sc_arena *a, const sc_table *t, const sc_index *ix)
{
    const char *col = "expr";
    if (ix->nelems > 0) {
        if (ix->elems[0].column) {
            col = ix->elems[0].column;
        } else {
            const char *c = first_column(t, ix->elems[0].expr);
            if (c)
                col = c;
        }
    }
    return trunc_printf(a, sc_arena_printf(a, "ix_%s_%s", t->name, col));
}

const char *sc_name_check(sc_arena *a, const sc_table *t, const char *expr, int ordinal)
{
    const char *c = first_column(t, expr);
    if (c)
        return trunc_printf(a, sc_arena_printf(a, "ck_%s_%s", t->name, c));
    return trunc_printf(a, sc_arena_printf(a, "ck_%s_%d", t->name, ordinal));
}

const char *sc_name_fk(sc_arena *a, const sc_table *t, const sc_constraint *fk)
{
    return trunc_printf(a, sc_arena_printf(a, "fk_%s_%s_%s", t->name,
                                           fk->columns.n ? fk->columns.items[0] : "expr",
                                           fk->ref_table ? fk->ref_table : ""));
}

/* issue 12: an exclusion constraint, ex_<table>_<column0> as an index's
 * ix_<table>_<column0> (its first element). */
const char *sc_name_exclude(sc_arena *a, const sc_table *t, const sc_constraint *k)
{
    const char *col = "expr";
    if (sc_constraint_exclusion(k) && sc_constraint_exclusion(k)->nelems > 0) {
        const sc_index_elem *e = &sc_constraint_exclusion(k)->elems[0];
        const char *c = e->column ? e->column : first_column(t, e->expr);
        if (c)
            col = c;
    }
    return trunc_printf(a, sc_arena_printf(a, "ex_%s_%s", t->name, col));
}

static bool op_chars(const char *op, size_t n)
{
    if (n == 0 || n > SC_PG_NAMEDATALEN)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!op[i] || !strchr("+-*/<>=~!@#%^&|`?", op[i]))
            return false;
    return true;
}

/* privs2: OPERATOR(schema.op), an operator outside pg_catalog as the
 * catalog spells it; the schema a name or a quoted identifier */
static bool qualified_op(const char *op)
{
    if (strncasecmp(op, "operator(", 9))
        return false;
    const char *p = op + 9, *dot;
    if (*p == '"') {
        for (p++; *p && !(*p == '"' && p[1] != '"'); p += *p == '"' ? 2 : 1)
            ;
        if (*p != '"' || p[1] != '.')
            return false;
        dot = p + 1;
    } else {
        dot = strchr(p, '.');
        if (!dot || dot == p)
            return false;
        for (const char *q = p; q < dot; q++)
            if (!(isalnum((unsigned char)*q) || *q == '_' || *q == '$' || (unsigned char)*q >= 0x80))
                return false;
    }
    size_t n = strlen(dot + 1);
    return n > 1 && dot[n] == ')' && op_chars(dot + 1, n - 1);
}

bool sc_exclusion_op_valid(const char *op)
{
    if (!op)
        return false;
    return op_chars(op, strlen(op)) || qualified_op(op);
}
