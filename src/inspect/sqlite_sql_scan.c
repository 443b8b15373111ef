/* sqlite_sql_scan.c - walks the stored CREATE TABLE / CREATE INDEX text to
 * recover what SQLite's pragmas do not expose (see sqlite_scan.h).
 *
 * The walk follows SQLite's grammar (column-def, column-constraint,
 * table-constraint, foreign-key-clause, indexed-column) but skips whatever
 * it does not need, so that text written by any tool is accepted as long as
 * SQLite itself accepted it. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inspect/sqlite_scan.h"

typedef struct scan {
    sc_arena *a;
    const char *sql;
    sq_tok *t;
    size_t n, i;
    const char *err;
} scan;

static const sq_tok *cur(const scan *s) { return &s->t[s->i < s->n ? s->i : s->n]; }

static bool tok_is(const scan *s, size_t i, const char *word)
{
    if (i >= s->n || s->t[i].kind != SQ_WORD)
        return false;
    size_t len = strlen(word);
    return s->t[i].len == len && strncasecmp(s->sql + s->t[i].off, word, len) == 0;
}

static bool is(const scan *s, const char *word) { return tok_is(s, s->i, word); }

static bool op_at(const scan *s, size_t i, char c)
{
    return i < s->n && s->t[i].kind == SQ_OP && s->t[i].len == 1 && s->sql[s->t[i].off] == c;
}

static bool op(const scan *s, char c) { return op_at(s, s->i, c); }

static bool accept(scan *s, const char *word)
{
    if (!is(s, word))
        return false;
    s->i++;
    return true;
}

static int fail(scan *s, const char *what)
{
    if (!s->err) {
        if (s->i >= s->n)
            s->err = sc_arena_printf(s->a, "expected %s at the end of the statement", what);
        else
            s->err = sc_arena_printf(s->a, "expected %s at offset %zu near \"%.*s\"", what,
                                     s->t[s->i].off, (int)s->t[s->i].len, s->sql + s->t[s->i].off);
    }
    return -1;
}

static int expect(scan *s, const char *word)
{
    return accept(s, word) ? 0 : fail(s, word);
}

static bool is_name_tok(const sq_tok *t)
{
    return t->kind == SQ_WORD || t->kind == SQ_QUOTED || t->kind == SQ_STRING;
}

static const char *name(scan *s)
{
    if (s->i >= s->n || !is_name_tok(cur(s))) {
        fail(s, "a name");
        return NULL;
    }
    return sq_tok_value(s->a, s->sql, &s->t[s->i++]);
}

/* [schema.]name -> name */
static const char *qname(scan *s)
{
    const char *nm = name(s);
    if (nm && op(s, '.')) {
        s->i++;
        nm = name(s);
    }
    return nm;
}

/* Index of the ')' matching the '(' at i, or s->n when unbalanced. */
static size_t match_paren(const scan *s, size_t i)
{
    int depth = 0;
    for (; i < s->n; i++) {
        if (op_at(s, i, '('))
            depth++;
        else if (op_at(s, i, ')') && --depth == 0)
            return i;
    }
    return s->n;
}

/* Source text of tokens [from, to), verbatim. */
static const char *span(const scan *s, size_t from, size_t to)
{
    if (from >= to)
        return sc_arena_strdup(s->a, "");
    size_t off = s->t[from].off, end = s->t[to - 1].off + s->t[to - 1].len;
    return sc_arena_strndup(s->a, s->sql + off, end - off);
}

/* Drops parentheses that enclose the whole range [*from, *to). */
static void strip_parens(const scan *s, size_t *from, size_t *to)
{
    while (*to - *from >= 2 && op_at(s, *from, '(') && match_paren(s, *from) == *to - 1) {
        (*from)++;
        (*to)--;
    }
}

/* ( expr ) -> the expr text, without its outer parentheses. */
static const char *paren_expr(scan *s)
{
    if (!op(s, '(')) {
        fail(s, "(");
        return NULL;
    }
    size_t close = match_paren(s, s->i);
    if (close >= s->n) {
        fail(s, ")");
        return NULL;
    }
    size_t from = s->i + 1, to = close;
    strip_parens(s, &from, &to);
    s->i = close + 1;
    return span(s, from, to);
}

static void skip_conflict(scan *s)
{
    if (is(s, "ON") && tok_is(s, s->i + 1, "CONFLICT"))
        s->i += 3;
}

/* ( col [COLLATE x] [ASC|DESC], ... ) -> names */
static int name_list(scan *s, sc_vec *out)
{
    if (!op(s, '('))
        return fail(s, "(");
    s->i++;
    for (;;) {
        const char *nm = name(s);
        if (!nm)
            return -1;
        sc_vec_push(s->a, out, (void *)nm);
        while (s->i < s->n && !op(s, ',') && !op(s, ')')) {
            if (op(s, '('))
                s->i = match_paren(s, s->i);
            s->i++;
        }
        if (op(s, ')')) {
            s->i++;
            return 0;
        }
        if (!op(s, ','))
            return fail(s, ")");
        s->i++;
    }
}

static int fk_action(scan *s, sc_fk_action *out)
{
    if (accept(s, "CASCADE")) *out = SC_FK_CASCADE;
    else if (accept(s, "RESTRICT")) *out = SC_FK_RESTRICT;
    else if (accept(s, "SET")) {
        if (accept(s, "NULL")) *out = SC_FK_SET_NULL;
        else if (accept(s, "DEFAULT")) *out = SC_FK_SET_DEFAULT;
        else return fail(s, "NULL or DEFAULT");
    } else if (accept(s, "NO")) {
        if (expect(s, "ACTION")) return -1;
        *out = SC_FK_NO_ACTION;
    } else
        return fail(s, "a foreign key action");
    return 0;
}

/* REFERENCES t [(cols)] {ON DELETE|UPDATE action | MATCH x} [[NOT] DEFERRABLE [INITIALLY x]] */
static int fk_clause(scan *s, sq_constraint *c)
{
    if (expect(s, "REFERENCES"))
        return -1;
    c->kind = SC_CON_FOREIGN_KEY;
    if (!(c->ref_table = qname(s)))
        return -1;
    if (op(s, '(') && name_list(s, &c->ref_columns))
        return -1;
    for (;;) {
        if (is(s, "ON") && !tok_is(s, s->i + 1, "CONFLICT")) {
            s->i++;
            bool del = accept(s, "DELETE");
            if (!del && expect(s, "UPDATE"))
                return -1;
            if (fk_action(s, del ? &c->on_delete : &c->on_update))
                return -1;
        } else if (accept(s, "MATCH")) {
            if (!name(s))
                return -1;
        } else if (is(s, "NOT") && tok_is(s, s->i + 1, "DEFERRABLE")) {
            s->i += 2;
            c->deferrable = false;
        } else if (accept(s, "DEFERRABLE")) {
            c->deferrable = true;
        } else if (accept(s, "INITIALLY")) {
            if (accept(s, "DEFERRED"))
                c->initially_deferred = true;
            else if (expect(s, "IMMEDIATE"))
                return -1;
        } else
            return 0;
    }
}

static sq_constraint *new_con(scan *s, sq_table *t, const char *cname, const char *column)
{
    sq_constraint *c = sc_arena_alloc(s->a, sizeof *c);
    c->name = cname;
    c->column = column;
    if (column)
        sc_vec_push(s->a, &c->columns, (void *)column);
    sc_vec_push(s->a, &t->constraints, c);
    return c;
}

static bool at_element_end(const scan *s)
{
    return s->i >= s->n || op(s, ',') || op(s, ')');
}

/* Words that end a column's type name and start its constraints. */
static bool is_constraint_start(const scan *s)
{
    static const char *const kw[] = {"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
                                     "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS"};
    for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
        if (is(s, kw[k]))
            return true;
    return false;
}

static int column_def(scan *s, sq_table *t)
{
    sq_column *col = sc_arena_alloc(s->a, sizeof *col);
    if (!(col->name = name(s)))
        return -1;
    sc_vec_push(s->a, &t->columns, col);
    /* the type: words and a parenthesised size, up to the first constraint */
    while (!at_element_end(s) && !is_constraint_start(s)) {
        if (op(s, '('))
            s->i = match_paren(s, s->i);
        s->i++;
    }
    const char *cname = NULL;
    while (!at_element_end(s)) {
        if (accept(s, "CONSTRAINT")) {
            if (!(cname = name(s)))
                return -1;
            continue;
        }
        if (accept(s, "PRIMARY")) {
            if (expect(s, "KEY"))
                return -1;
            sq_constraint *c = new_con(s, t, cname, col->name);
            c->kind = SC_CON_PRIMARY_KEY;
            if (!accept(s, "ASC"))
                accept(s, "DESC");
            skip_conflict(s);
            c->autoincrement = accept(s, "AUTOINCREMENT");
        } else if (accept(s, "NOT")) {
            if (expect(s, "NULL"))
                return -1;
            col->not_null = true;
            skip_conflict(s);
        } else if (accept(s, "NULL")) {
            skip_conflict(s);
        } else if (accept(s, "UNIQUE")) {
            new_con(s, t, cname, col->name)->kind = SC_CON_UNIQUE;
            skip_conflict(s);
        } else if (accept(s, "CHECK")) {
            sq_constraint *c = new_con(s, t, cname, col->name);
            c->kind = SC_CON_CHECK;
            if (!(c->check_expr = paren_expr(s)))
                return -1;
        } else if (accept(s, "DEFAULT")) {
            /* the value comes from pragma table_xinfo; only skip it here */
            if (op(s, '('))
                s->i = match_paren(s, s->i);
            else if (op(s, '+') || op(s, '-'))
                s->i++;
            s->i++;
        } else if (accept(s, "COLLATE")) {
            if (!(col->collation = name(s)))
                return -1;
        } else if (is(s, "REFERENCES")) {
            if (fk_clause(s, new_con(s, t, cname, col->name)))
                return -1;
        } else if (is(s, "GENERATED") || is(s, "AS")) {
            if (accept(s, "GENERATED") && expect(s, "ALWAYS"))
                return -1;
            if (expect(s, "AS") || !(col->generated = paren_expr(s)))
                return -1;
            if (accept(s, "STORED"))
                col->stored = true;
            else
                accept(s, "VIRTUAL");
        } else
            return fail(s, "a column constraint");
        cname = NULL;
    }
    return 0;
}

static int table_constraint(scan *s, sq_table *t)
{
    const char *cname = NULL;
    if (accept(s, "CONSTRAINT") && !(cname = name(s)))
        return -1;
    sq_constraint *c = new_con(s, t, cname, NULL);
    if (accept(s, "PRIMARY") || accept(s, "UNIQUE")) {
        bool pk = tok_is(s, s->i - 1, "PRIMARY");
        if (pk && expect(s, "KEY"))
            return -1;
        c->kind = pk ? SC_CON_PRIMARY_KEY : SC_CON_UNIQUE;
        if (name_list(s, &c->columns))
            return -1;
        skip_conflict(s);
    } else if (accept(s, "CHECK")) {
        c->kind = SC_CON_CHECK;
        if (!(c->check_expr = paren_expr(s)))
            return -1;
        skip_conflict(s);
    } else if (accept(s, "FOREIGN")) {
        if (expect(s, "KEY") || name_list(s, &c->columns) || fk_clause(s, c))
            return -1;
    } else
        return fail(s, "PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY");
    return 0;
}

static bool is_table_constraint(const scan *s)
{
    return is(s, "CONSTRAINT") || is(s, "PRIMARY") || is(s, "UNIQUE") || is(s, "CHECK") ||
           is(s, "FOREIGN");
}

static int start(scan *s, sc_arena *a, const char *sql, const char **err)
{
    memset(s, 0, sizeof *s);
    s->a = a;
    s->sql = sql;
    long n = sq_tokenize_heap(sql, &s->t, err);
    if (n < 0)
        return -1;
    s->n = (size_t)n;
    return 0;
}

static int done(scan *s, int rc, const char **err)
{
    free(s->t);
    s->t = NULL;
    *err = rc ? s->err : NULL;
    return rc;
}

static int scan_table(scan *s, sq_table *out)
{
    if (expect(s, "CREATE"))
        return -1;
    if (!accept(s, "TEMP"))
        accept(s, "TEMPORARY");
    if (expect(s, "TABLE"))
        return -1;
    if (is(s, "IF") && tok_is(s, s->i + 1, "NOT") && tok_is(s, s->i + 2, "EXISTS"))
        s->i += 3;
    if (!(out->name = qname(s)))
        return -1;
    if (!op(s, '('))
        return fail(s, "(");
    s->i++;
    for (;;) {
        bool tcon = is_table_constraint(s);
        int rc = tcon ? table_constraint(s, out) : column_def(s, out);
        if (rc)
            return rc;
        if (op(s, ')'))
            break;
        if (tcon && is_table_constraint(s))
            continue;   /* SQLite lets table constraints go without commas */
        if (!op(s, ','))
            return fail(s, ", or )");
        s->i++;
    }
    s->i++;
    while (s->i < s->n) {   /* table options */
        if (accept(s, "WITHOUT")) {
            if (expect(s, "ROWID"))
                return -1;
            out->without_rowid = true;
        } else if (accept(s, "STRICT"))
            out->strict = true;
        else
            s->i++;
    }
    return 0;
}

int sq_scan_table(sc_arena *a, const char *sql, sq_table *out, const char **err)
{
    scan s;
    memset(out, 0, sizeof *out);
    if (start(&s, a, sql, err))
        return -1;
    return done(&s, scan_table(&s, out), err);
}

/* One indexed-column: tokens up to the next top-level ',' or ')'. */
static int index_elem(scan *s, sq_index *ix)
{
    size_t from = s->i;
    while (s->i < s->n && !op(s, ',') && !op(s, ')')) {
        if (op(s, '('))
            s->i = match_paren(s, s->i);
        s->i++;
    }
    size_t to = s->i;
    if (to >= s->n)
        return fail(s, ")");
    sq_index_elem *e = sc_arena_alloc(s->a, sizeof *e);
    if (to > from && (tok_is(s, to - 1, "ASC") || tok_is(s, to - 1, "DESC"))) {
        e->desc = tok_is(s, to - 1, "DESC");
        to--;
    }
    if (to >= from + 3 && tok_is(s, to - 2, "COLLATE") && is_name_tok(&s->t[to - 1])) {
        e->collation = sq_tok_value(s->a, s->sql, &s->t[to - 1]);
        to -= 2;
    }
    strip_parens(s, &from, &to);
    if (to == from)
        return fail(s, "an indexed column");
    if (to == from + 1 && (s->t[from].kind == SQ_WORD || s->t[from].kind == SQ_QUOTED))
        e->column = sq_tok_value(s->a, s->sql, &s->t[from]);
    else
        e->expr = span(s, from, to);
    sc_vec_push(s->a, &ix->elems, e);
    return 0;
}

static int scan_index(scan *s, sq_index *out)
{
    if (expect(s, "CREATE"))
        return -1;
    out->unique = accept(s, "UNIQUE");
    if (expect(s, "INDEX"))
        return -1;
    if (is(s, "IF") && tok_is(s, s->i + 1, "NOT") && tok_is(s, s->i + 2, "EXISTS"))
        s->i += 3;
    if (!(out->name = qname(s)) || expect(s, "ON") || !(out->table = name(s)))
        return -1;
    if (!op(s, '('))
        return fail(s, "(");
    s->i++;
    for (;;) {
        if (index_elem(s, out))
            return -1;
        if (op(s, ')'))
            break;
        s->i++;   /* ',' */
    }
    s->i++;
    if (accept(s, "WHERE")) {
        size_t from = s->i, to = s->n;
        if (to > from && op_at(s, to - 1, ';'))
            to--;
        strip_parens(s, &from, &to);
        if (to == from)
            return fail(s, "a predicate");
        out->where = span(s, from, to);
    }
    return 0;
}

int sq_scan_index(sc_arena *a, const char *sql, sq_index *out, const char **err)
{
    scan s;
    memset(out, 0, sizeof *out);
    if (start(&s, a, sql, err))
        return -1;
    return done(&s, scan_index(&s, out), err);
}

static bool in_list(scan *s, const char **column, sc_names *labels)
{
    if (s->n < 5 || (s->t[0].kind != SQ_WORD && s->t[0].kind != SQ_QUOTED) || !tok_is(s, 1, "IN") ||
        !op_at(s, 2, '(') || !op_at(s, s->n - 1, ')'))
        return false;
    if ((s->n - 4) % 2 == 0)   /* 'a', 'b' between the parentheses: an odd count */
        return false;
    size_t nlabels = (s->n - 3) / 2;
    const char **items = sc_arena_alloc(s->a, (nlabels + 1) * sizeof *items);
    size_t k = 0;
    for (size_t i = 3; i < s->n - 1; i += 2) {
        if (s->t[i].kind != SQ_STRING || s->sql[s->t[i].off] != '\'')
            return false;
        if (!(op_at(s, i + 1, ',') || (i + 1 == s->n - 1)))
            return false;
        items[k++] = sq_tok_value(s->a, s->sql, &s->t[i]);
    }
    if (!k)
        return false;
    *column = sq_tok_value(s->a, s->sql, &s->t[0]);
    labels->items = items;
    labels->n = k;
    return true;
}

bool sq_match_in_list(sc_arena *a, const char *expr, const char **column, sc_names *labels)
{
    scan s;
    const char *err;
    if (start(&s, a, expr, &err))
        return false;
    bool ok = in_list(&s, column, labels);
    done(&s, 0, &err);
    return ok;
}

const char *sq_strip_outer_parens(sc_arena *a, const char *text)
{
    scan s;
    const char *err;
    if (start(&s, a, text, &err))
        return sc_arena_strdup(a, text);
    size_t from = 0, to = s.n;
    strip_parens(&s, &from, &to);
    const char *r = from == 0 ? sc_arena_strdup(a, text) : span(&s, from, to);
    done(&s, 0, &err);
    return r;
}
