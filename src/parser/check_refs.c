/* check_refs.c - the columns a table's CHECK constraints name must be the
 * table's (sc_check_refs).
 *
 * Without a server (compile, diff between files) a check naming a column
 * the table lacks would only fail when the script runs. Its expression is
 * read by PostgreSQL's own parser (libpg_query), as written between its
 * parentheses in the .sch (comments and all, so that positions map onto
 * the file): every ColumnRef is a name the check reads. A bare name must
 * be a column of the table (its own or its parent's), else it is an error
 * (a double-quoted one a warning: SQLite takes it for a string); `t.col` and
 * `s.t.col` naming the table itself must name one of its columns; other
 * qualified names are left to the server (they fail there). Names are
 * matched ignoring case as a last resort, since SQLite does, so that no
 * check valid there is refused. A JSON model's check, without a place in
 * a file, is read from its text (so that the .sch written from it loads). */
#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/sqltok.h"
#include "parser/parser.h"

/* System columns a check may read (PostgreSQL: tableoid; SQLite: the rowid). */
static const char *const system_columns[] = {"tableoid", "rowid", "oid", "_rowid_"};

typedef struct cctx {
    const sc_model *m;
    const sc_table *t;
    const sc_constraint *k;
    const char *text;    /* the expression's source text (between its parentheses) */
    size_t len;
    sc_loc at;           /* where text starts in the file */
    sc_toks toks;        /* of text */
    sc_diags *d;
    int bad;
} cctx;

static const char *sval(json_t *n)
{
    return json_string_value(json_object_get(json_object_get(n, "String"), "sval"));
}

static bool is_column(const cctx *c, const char *name)
{
    if (sc_table_column_inherited_ci(c->m, c->t, name))
        return true;
    for (size_t i = 0; i < sizeof system_columns / sizeof *system_columns; i++)
        if (!strcasecmp(name, system_columns[i]))
            return true;
    return false;
}

/* The place of the nth name (0-based) of the reference whose first token
 * starts at off: the column's own token, for the caret. */
static sc_loc name_loc(const cctx *c, size_t off, size_t nth)
{
    sc_loc at = c->at;
    at.off += (uint32_t)off;
    at.len = 1;
    size_t i = 0;
    while (i < c->toks.n && c->toks.items[i].off < off)
        i++;
    for (size_t seen = 0; i < c->toks.n; i++) {
        const sc_tok *t = &c->toks.items[i];
        if (sc_tok_is_space(t) || sc_tok_op_is(c->text, t, "."))
            continue;
        if (seen++ == nth) {
            at.off = c->at.off + (uint32_t)t->off;
            at.len = (uint32_t)t->len;
            break;
        }
    }
    return at;
}

static void unknown(cctx *c, const char *name, sc_loc at)
{
    size_t off = at.off - c->at.off;   /* in c->text */
    if (off < c->len && c->text[off] == '"') {
        /* "a": a name to PostgreSQL, which refuses it, but a string to
         * SQLite when no column has that name; a schema read from SQLite
         * may hold one, and must still load: a warning (in a .sch) */
        if (!at.src)
            return;
        sc_diag *dg = sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_NONE, at,
                                  "\"%s\" in check constraint \"%s\" of table \"%s\" is no column: SQLite reads it "
                                  "as the string '%s', PostgreSQL as a column (and refuses it)",
                                  name, c->k->name ? c->k->name : "", c->t->name, name);
        sc_diag_hint(dg, "a string is written in single quotes ('%s')", name);
        return;
    }
    sc_diag *dg = sc_diag_add(c->d, SC_SEV_ERROR, SC_ERR_INPUT, at,
                              "unknown column \"%s\" in check constraint \"%s\" of table \"%s\"", name,
                              c->k->name ? c->k->name : "", c->t->name);
    c->bad = 1;
    size_t best = strlen(name) <= 8 ? 3 : strlen(name) / 3 + 1;
    const char *pick = NULL;
    for (size_t i = 0; i < c->t->columns.n; i++) {
        const char *col = SC_VEC_AT(c->t->columns, i, sc_column)->name;
        size_t dist = sc_levenshtein(name, col);
        if (dist < best) {
            best = dist;
            pick = col;
        }
    }
    if (pick)
        sc_diag_hint(dg, "did you mean \"%s\"?", pick);
}

static void column_ref(cctx *c, json_t *cr, size_t prefix)
{
    json_t *fields = json_object_get(cr, "fields");
    size_t n = json_array_size(fields);
    const char *col = n ? sval(json_array_get(fields, n - 1)) : NULL;   /* NULL: `*` */
    json_t *lj = json_object_get(cr, "location");
    if (!col || !json_is_integer(lj) || json_integer_value(lj) < (json_int_t)prefix)
        return;
    if (n == 2 || n == 3) {   /* t.col, s.t.col: checked only when it names this table */
        const char *rel = sval(json_array_get(fields, n - 2));
        const char *sch = n == 3 ? sval(json_array_get(fields, 0)) : NULL;
        const char *own = c->t->schema ? c->t->schema : SC_DEFAULT_SCHEMA;
        if (!rel || strcmp(rel, c->t->name) || (sch && strcmp(sch, own)))
            return;
    } else if (n != 1) {
        return;
    }
    if (is_column(c, col))
        return;
    unknown(c, col, name_loc(c, (size_t)json_integer_value(lj) - prefix, n - 1));
}

static void walk(cctx *c, json_t *node, size_t prefix)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *v;
        json_array_foreach(node, i, v) walk(c, v, prefix);
        return;
    }
    if (!json_is_object(node))
        return;
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v) {
        if (!strcmp(key, "ColumnRef"))
            column_ref(c, v, prefix);
        else
            walk(c, v, prefix);
    }
}

/* The span of k's expression in its file: the text between the first `(`
 * of the constraint's place and its matching `)`. false when not found. */
static bool expr_span(const sc_constraint *k, sc_loc *out)
{
    if (!k->loc.src || !k->loc.src->text || k->loc.off + k->loc.len > k->loc.src->len)
        return false;
    const char *s = k->loc.src->text + k->loc.off;
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(s, k->loc.len, SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return false;
    long depth = 0;
    size_t open = 0;
    bool found = false;
    for (size_t i = 0; i < toks.n && !found; i++) {
        const sc_tok *t = &toks.items[i];
        if (sc_tok_op_is(s, t, "(")) {
            if (depth++ == 0)
                open = t->off + 1;
        } else if (sc_tok_op_is(s, t, ")") && depth > 0 && --depth == 0) {
            *out = k->loc;
            out->off += (uint32_t)open;
            out->len = (uint32_t)(t->off - open);
            found = true;
        }
    }
    sc_toks_free(&toks);
    return found;
}

static void check_one(const sc_model *m, const sc_table *t, const sc_constraint *k, sc_diags *d, int *bad)
{
    cctx c = {.m = m, .t = t, .k = k, .d = d};
    if (expr_span(k, &c.at)) {
        c.text = c.at.src->text + c.at.off;
        c.len = c.at.len;
    } else if (!k->loc.src) {   /* a JSON model's: its text, no place */
        c.at = (sc_loc){0};
        c.text = k->check_expr;
        c.len = strlen(k->check_expr);
    } else {
        return;
    }
    static const char pre[] = "SELECT (", post[] = "\n)";
    size_t prefix = sizeof pre - 1;
    char *q = malloc(prefix + c.len + sizeof post);
    if (!q)
        abort();
    memcpy(q, pre, prefix);
    memcpy(q + prefix, c.text, c.len);
    memcpy(q + prefix + c.len, post, sizeof post);
    sc_tok_err err;
    PgQueryParseResult r = pg_query_parse(q);
    /* text that does not parse is reported by the syntax check (expr_syntax.c) */
    json_t *tree = r.error ? NULL : json_loads(r.parse_tree, 0, NULL);
    if (tree && sc_sql_tokenize(c.text, c.len, SC_DIALECT_POSTGRESQL, &c.toks, &err) == 0) {
        walk(&c, tree, prefix);
        sc_toks_free(&c.toks);
    }
    json_decref(tree);
    pg_query_free_parse_result(r);
    free(q);
    *bad |= c.bad;
}

int sc_check_refs(const sc_model *m, sc_diags *d)
{
    int bad = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (k->kind == SC_CON_CHECK && k->check_expr)
                check_one(m, t, k, d, &bad);
        }
    }
    return bad ? -1 : 0;
}
