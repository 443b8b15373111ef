/* late_columns.c - fns6 (issue 11): whether generated columns can be added
 * after CREATE TABLE, as its last columns (late_columns.h). What a check
 * or index names is read from its text (the names among its words), which
 * errs towards refusing, never towards a CREATE TABLE that fails. */
#include <string.h>

#include "model/late_columns.h"
#include "model/sqltok.h"

static bool in_names(const sc_names *n, const char *name)
{
    for (size_t j = 0; j < n->n; j++)
        if (!strcmp(n->items[j], name))
            return true;
    return false;
}

static bool named_by_parts(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = t->constraints.items[i];
        if (in_names(&k->columns, name) || sc_text_uses_name(k->check_expr, name))
            return true;
    }
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = t->indexes.items[i];
        if (sc_text_uses_name(ix->where, name))
            return true;
        for (size_t j = 0; j < ix->nelems; j++) {
            const sc_index_elem *e = &ix->elems[j];
            if ((e->column && !strcmp(e->column, name)) || sc_text_uses_name(e->expr, name))
                return true;
        }
    }
    return false;
}

const sc_column *sc_late_columns_refused(const sc_table *t, const sc_column *const *cols, size_t n)
{
    size_t first = t->columns.n - n;
    for (size_t i = 0; i < n; i++) {
        if (n > t->columns.n || t->columns.items[first + i] != cols[i])
            return cols[i];   /* another column after it */
        if (named_by_parts(t, cols[i]->name))
            return cols[i];
    }
    return NULL;
}

void sc_late_column_error(sc_diags *d, const sc_table *t, const sc_column *col)
{
    if (!d)
        return;
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_UNSUPPORTED, col->loc,
                              "table \"%s\": generated column \"%s\" calls a function over a row type (the "
                              "table's, or a view's that reads it), which can exist only once the table does: "
                              "PostgreSQL can add such a column only after the function, as the table's last column "
                              "(ALTER TABLE ... ADD COLUMN)",
                              t->name, col->name);
    sc_diag_hint(dg, "declare it after the table's other columns, and name it in no key, check or index of the table");
}
