/* table_fn_columns.c - fns6 (issue 11): a column default or a generated
 * column of a table the plan creates (drops) that calls a function created
 * after the table (dropped before it), as table_fn_parts.c finds them: the
 * function is over the table's row type (`default ((last_item()).qty)`,
 * last_item() RETURNS items), or over a view that reads the table.
 *
 * CREATE TABLE cannot call a function that does not exist yet, and no
 * function over a table's row type can exist before the table. So:
 *  - a default is left out of CREATE TABLE and set after the function
 *    (ALTER COLUMN ... SET DEFAULT); a dropped table's is taken off before
 *    DROP FUNCTION, which fails while the default calls it (DROP DEFAULT);
 *  - a generated column (PostgreSQL 15 cannot make a column generated in
 *    place) is left out and added after the function (ADD COLUMN); a
 *    dropped table's is dropped before it (DROP COLUMN). ADD COLUMN puts
 *    the column last, so this is done only when every column after it goes
 *    the same way and no key, check or index of the table names it;
 *    otherwise the table cannot be created as declared: a located error
 *    (model/late_columns.c).
 * The op's table becomes a copy without those parts (what CREATE/DROP
 * TABLE writes, and its inverse). The down script is the inverse. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/late_columns.h"

/* top's table, copied so that its columns can change: the op's own. */
static sc_table *own_table(sc_dctx *c, sc_op *top, bool make)
{
    const sc_table *t = make ? top->t_to : top->t_from;
    sc_table *x = sc_arena_alloc(c->a, sizeof *x);
    *x = *t;
    x->columns.items = sc_arena_alloc(c->a, (t->columns.n + 1) * sizeof *x->columns.items);
    memcpy(x->columns.items, t->columns.items, t->columns.n * sizeof *x->columns.items);
    x->columns.cap = t->columns.n;
    if (make)
        top->t_to = top->to = x;
    else
        top->t_from = top->from = x;
    return x;
}

static size_t column_at(const sc_table *t, const sc_column *col)
{
    for (size_t i = 0; i < t->columns.n; i++)
        if (t->columns.items[i] == col)
            return i;
    return t->columns.n;
}

void sc_fn_apart_default(sc_dctx *c, sc_op *top, const sc_column *col, const sc_vec *fops, bool make)
{
    sc_table *x = own_table(c, top, make);
    sc_column *bare = sc_arena_alloc(c->a, sizeof *bare);
    *bare = *col;
    bare->default_expr = NULL;
    x->columns.items[column_at(x, col)] = bare;
    sc_op *op = sc_fn_part_op(c, top, fops, SC_OP_ALTER_COLUMN, col->name, make ? bare : col, make ? col : bare, make);
    op->changes = SC_CHG_DEFAULT;
}

/* Generated columns `cols` (each followed by its sc_vec of functions, in
 * the table's order) go apart: ADD COLUMN after the functions, in order. */
void sc_fn_apart_generated(sc_dctx *c, sc_op *top, const sc_vec *cols, bool make)
{
    const sc_table *t = make ? top->t_to : top->t_from;
    size_t napart = cols->n / 2;
    const sc_column **list = sc_arena_alloc(c->tmp, (napart + 1) * sizeof *list);
    for (size_t i = 0; i < napart; i++)
        list[i] = cols->items[2 * i];
    const sc_column *bad = sc_late_columns_refused(t, list, napart);
    if (bad) {
        sc_late_column_error(c->d, t, bad);
        return;
    }
    size_t first = t->columns.n - napart;
    sc_table *x = own_table(c, top, make);
    x->columns.n = first;
    sc_op *prev = NULL;
    for (size_t i = 0; i < napart; i++) {
        const sc_column *col = cols->items[2 * i];
        sc_op *op = sc_fn_part_op(c, top, cols->items[2 * i + 1], make ? SC_OP_ADD_COLUMN : SC_OP_DROP_COLUMN,
                                  col->name, make ? NULL : col, make ? col : NULL, make);
        /* added in the table's order; dropped the other way round */
        if (prev && make)
            sc_op_dep(c, op, prev);
        else if (prev)
            sc_op_dep(c, prev, op);
        prev = op;
    }
}
