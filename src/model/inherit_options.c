/* inherit_options.c - the columns declared `with options` (privs3, issue
 * 12): an INHERITS child's column that is its parent's, with a default or
 * NOT NULL of its own (PostgreSQL: attislocal false, set by ALTER TABLE
 * child ALTER COLUMN c SET DEFAULT / SET NOT NULL; pg_dump writes those
 * ALTERs after CREATE TABLE child () INHERITS (p)). Not a column of the
 * child's own: CREATE TABLE child (c ...) INHERITS (p), or INHERIT of a
 * table that had c, makes a local one (attislocal true), which is a plain
 * column of the child. */
#include <string.h>

#include "model/model.h"

static const sc_column *up(const sc_model *m, const sc_table *t, const char *name, int depth);

static const sc_column *in_table(const sc_model *m, const sc_table *t, const char *name, int depth)
{
    const sc_column *c = sc_table_column(t, name);
    if (c && !sc_column_with_options(c))
        return c;
    return up(m, t, name, depth + 1);
}

static const sc_column *up(const sc_model *m, const sc_table *t, const char *name, int depth)
{
    if (depth > 64)
        return NULL;
    const sc_column *c = NULL;
    if (t->parent_name && t->parent_schema) {
        const sc_table *p = sc_model_table(m, t->parent_schema, t->parent_name);
        if (p && (c = in_table(m, p, name, depth)))
            return c;
    }
    for (size_t i = 0; i < t->inherits.n; i++) {
        const sc_table *p = t->inherits_schemas.items[i]
                                ? sc_model_table(m, t->inherits_schemas.items[i], t->inherits.items[i]) : NULL;
        if (p && (c = in_table(m, p, name, depth)))
            return c;
    }
    return NULL;
}

const sc_column *sc_parent_column(const sc_model *m, const sc_table *t, const char *name)
{
    return up(m, t, name, 0);
}

static void col_error(sc_diags *d, const sc_table *t, const sc_column *c, const char *why, const char *hint)
{
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, c->loc.src ? c->loc : t->loc,
                              "column \"%s\" of table \"%s\" `with options`: %s", c->name, t->name, why);
    sc_diag_hint(dg, "%s", hint);
}

static void check_column(const sc_model *m, sc_table *t, sc_column *c, sc_diags *d)
{
    if (!t->parent_name && !t->inherits.n) {
        col_error(d, t, c, "the table has no parent", "`with options` names a column of an `inherits` parent's");
        return;
    }
    const sc_column *pc = sc_parent_column(m, t, c->name);
    if (!pc) {
        col_error(d, t, c, "no parent of the table has such a column", "declare the column in the parent");
        return;
    }
    if (c->identity || c->generated || sc_column_collation(c) || c->storage || c->compression ||
        sc_column_comment(c) || sc_column_renamed_from(c)) {
        col_error(d, t, c, "only a default and NOT NULL of its own can be declared on it",
                  "declare the rest on the parent's column");
        return;
    }
    c->type = pc->type;
    c->not_null = c->not_null || pc->not_null;   /* the child cannot drop its parent's NOT NULL */
    if (t->parent_name)
        sc_column_set_with_options(m->arena, c, false);   /* a partition's columns are all its parent's (partition_columns) */
}

void sc_inherit_options_validate(sc_model *m, sc_diags *d)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->columns.n; j++) {
            sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            if (sc_column_with_options(c))
                check_column(m, t, c, d);
        }
    }
}
