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
#include "model/strmap.h"
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
    sc_toks toks;        /* of text, scanned for the first unknown name only */
    bool scanned;
    sc_diags *d;
    int bad;
} cctx;

/* What a check's text names, as its parse tree says: each ColumnRef's
 * names (the last one the column, NULL for `*`) and place. Read once for
 * each text (sc_check_refs' memo): a schema repeats its checks (one
 * `amount >= 0` on 5,000 tables), and the names are the text's alone. */
typedef struct colref {
    const char *col, *rel, *sch;   /* rel and sch NULL when not written */
    size_t nfields;
    long loc;                      /* in the parsed statement */
} colref;

typedef struct textrefs {
    size_t n;
    colref *items;
    json_t *tree;                  /* owns the strings */
} textrefs;

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
static sc_loc name_loc(cctx *c, size_t off, size_t nth)
{
    sc_loc at = c->at;
    at.off += (uint32_t)off;
    at.len = 1;
    sc_tok_err err;
    if (!c->scanned && sc_sql_tokenize(c->text, c->len, SC_DIALECT_POSTGRESQL, &c->toks, &err) != 0)
        c->toks = (sc_toks){0};
    c->scanned = true;
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

static void column_ref(cctx *c, const colref *r, size_t prefix)
{
    size_t n = r->nfields;
    if (!r->col || r->loc < (long)prefix)
        return;
    if (n == 2 || n == 3) {   /* t.col, s.t.col: checked only when it names this table */
        const char *own = c->t->schema ? c->t->schema : SC_DEFAULT_SCHEMA;
        if (!r->rel || strcmp(r->rel, c->t->name) || (r->sch && strcmp(r->sch, own)))
            return;
    } else if (n != 1) {
        return;
    }
    if (is_column(c, r->col))
        return;
    unknown(c, r->col, name_loc(c, (size_t)r->loc - prefix, n - 1));
}

static void add_ref(textrefs *tr, json_t *cr)
{
    json_t *fields = json_object_get(cr, "fields");
    size_t n = json_array_size(fields);
    json_t *lj = json_object_get(cr, "location");
    colref r = {n ? sval(json_array_get(fields, n - 1)) : NULL, NULL, NULL, n,
                json_is_integer(lj) ? (long)json_integer_value(lj) : -1};
    if (n == 2 || n == 3) {
        r.rel = sval(json_array_get(fields, n - 2));
        r.sch = n == 3 ? sval(json_array_get(fields, 0)) : NULL;
    }
    colref *items = realloc(tr->items, (tr->n + 1) * sizeof *items);
    if (!items)
        abort();
    items[tr->n++] = r;
    tr->items = items;
}

static void walk(textrefs *tr, json_t *node)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *v;
        json_array_foreach(node, i, v) walk(tr, v);
        return;
    }
    if (!json_is_object(node))
        return;
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v) {
        if (!strcmp(key, "ColumnRef"))
            add_ref(tr, v);
        else
            walk(tr, v);
    }
}

static void textrefs_free(textrefs *tr)
{
    if (!tr)
        return;
    free(tr->items);
    json_decref(tr->tree);
    free(tr);
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

/* The names `SELECT (text)` reads, parsed (NULL: text that does not
 * parse, which the syntax check reports: expr_syntax.c). */
static textrefs *parse_refs(const char *text, size_t len)
{
    static const char pre[] = "SELECT (", post[] = "\n)";
    size_t prefix = sizeof pre - 1;
    char *q = malloc(prefix + len + sizeof post);
    if (!q)
        abort();
    memcpy(q, pre, prefix);
    memcpy(q + prefix, text, len);
    memcpy(q + prefix + len, post, sizeof post);
    PgQueryParseResult r = pg_query_parse(q);
    json_t *tree = r.error ? NULL : json_loads(r.parse_tree, 0, NULL);
    pg_query_free_parse_result(r);
    free(q);
    if (!tree)
        return NULL;
    textrefs *tr = calloc(1, sizeof *tr);
    if (!tr)
        abort();
    tr->tree = tree;
    walk(tr, tree);
    return tr;
}

/* Each text's refs, parsed once a run: text -> textrefs* (or the address
 * of `unparsed`), and every textrefs made, to free. */
typedef struct memo {
    sc_strmap *map;
    textrefs **made;
    size_t n;
} memo;

static char unparsed;

static const textrefs *refs_of(memo *mo, const char *text, size_t len)
{
    char *key = malloc(len + 1);
    if (!key)
        abort();
    memcpy(key, text, len);
    key[len] = '\0';
    void *v = sc_strmap_get(mo->map, key);
    if (!v) {
        textrefs *tr = parse_refs(text, len);
        if (tr) {
            textrefs **made = realloc(mo->made, (mo->n + 1) * sizeof *made);
            if (!made)
                abort();
            made[mo->n++] = tr;
            mo->made = made;
        }
        v = tr ? (void *)tr : (void *)&unparsed;
        sc_strmap_put(mo->map, key, v);
    }
    free(key);
    return v == &unparsed ? NULL : v;
}

static void check_one(const sc_model *m, const sc_table *t, const sc_constraint *k, memo *mo, sc_diags *d,
                      int *bad)
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
    const textrefs *tr = refs_of(mo, c.text, c.len);
    for (size_t i = 0; tr && i < tr->n; i++)
        column_ref(&c, &tr->items[i], sizeof "SELECT (" - 1);
    if (c.scanned)
        sc_toks_free(&c.toks);
    *bad |= c.bad;
}

int sc_check_refs(const sc_model *m, sc_diags *d)
{
    int bad = 0;
    memo mo = {sc_strmap_new(), NULL, 0};
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (k->kind == SC_CON_CHECK && k->check_expr)
                check_one(m, t, k, &mo, d, &bad);
        }
    }
    for (size_t i = 0; i < mo.n; i++)
        textrefs_free(mo.made[i]);
    free(mo.made);
    sc_strmap_free(mo.map);
    return bad ? -1 : 0;
}
