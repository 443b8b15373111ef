/* view_refs.c - what a declared view's query reads, without a server.
 *
 * The query goes through libpg_query (PostgreSQL's own parser, as JSON) and
 * the parse tree is walked with SQL's scoping: each SELECT has its FROM
 * entries (a relation under its alias, a subquery, a function, a CTE) and
 * sees those of the SELECTs around it. From the tree come, as sc_refs:
 *  - every relation a RangeVar names (not CTE names): SC_REF_RELATION;
 *  - every column: a qualified one through the alias to its relation, an
 *    unqualified one to the model relations of the innermost FROM that
 *    have a column of that name; `*` to every column: SC_REF_COLUMN;
 *  - types named by casts that are enums of the model: SC_REF_TYPE;
 *  - function calls: SC_REF_FUNCTION.
 * Unqualified names resolve as the DSL does elsewhere: in the view's
 * `schema X { }` block first, then in public (sc_view_qualify, after
 * validation, then writes the block's schema into the query for those). The output columns of a
 * view without a column list are PostgreSQL's names for its target list
 * (FigureColname's rules for the plain cases), so that views over views
 * resolve too.
 *
 * A syntax error is reported at its place in the .sch file (libpg_query
 * gives a character position inside the query text). */
#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/sqltok.h"
#include "parser/parser.h"

/* ---- scopes ------------------------------------------------------------- */

typedef struct entry {
    const char *alias;          /* what the query calls it (alias or relation name) */
    const char *schema, *name;  /* the relation; name NULL for subqueries, functions, CTEs */
    bool schema_written;        /* `s.t` in the query */
    bool col_aliases;           /* `t AS x(a, b)`: its columns go by other names */
} entry;

typedef struct scope {
    const struct scope *up;
    json_t *ctes;               /* array of CommonTableExpr nodes, or NULL */
    entry *e;
    size_t n, cap;
    json_t *targets;            /* the SELECT's targetList (its output names), or NULL */
    bool setop;                 /* UNION/INTERSECT/EXCEPT: ORDER BY names the sides' outputs */
    bool by_output;             /* walking ORDER BY, GROUP BY or DISTINCT ON: output names count */
} scope;

typedef struct outcols {        /* a declared view's output column names */
    const char **names;
    size_t n;
    bool complete;              /* every output column's name is known */
} outcols;

typedef struct rctx {
    sc_model *m;
    sc_view *v;
    sc_strmap *seen;            /* refs already added to v */
    sc_strmap *outs;            /* "schema.view" -> outcols* */
    sc_diags *d;                /* unknown columns of declared relations (unknown_ref) */
    const char *qtext;          /* the text of v's query the tree was parsed from */
    bool check_only;            /* refs known (a JSON model's): only unknown columns are looked for */
} rctx;

static void walk(rctx *c, json_t *node, const scope *s);

static const char *str_field(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* {"String": {"sval": "x"}} -> "x"; NULL for anything else (A_Star). */
static const char *sval(json_t *n)
{
    json_t *s = json_object_get(n, "String");
    return s ? str_field(s, "sval") : NULL;
}

static void add_entry(scope *s, entry e)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->e = realloc(s->e, s->cap * sizeof *s->e);
        if (!s->e)
            abort();
    }
    s->e[s->n++] = e;
}

static bool is_cte(const scope *s, const char *name)
{
    for (; s; s = s->up) {
        size_t i;
        json_t *cte;
        json_array_foreach(s->ctes, i, cte) {
            const char *n = str_field(json_object_get(cte, "CommonTableExpr"), "ctename");
            if (n && !strcmp(n, name))
                return true;
        }
    }
    return false;
}

/* ---- the model's side ---------------------------------------------------- */

static void add_ref(rctx *c, sc_ref_kind k, const char *schema, const char *name, const char *column)
{
    if (c->check_only)
        return;
    const char *key = sc_arena_printf(c->m->arena, "%d\x1f%s\x1f%s\x1f%s", (int)k, schema ? schema : "",
                                      name, column ? column : "");
    if (sc_strmap_has(c->seen, key))
        return;
    sc_strmap_put(c->seen, key, (void *)key);
    sc_view_add_ref(c->m, c->v, k, schema, name, column);
}

static bool relation_exists(const sc_model *m, const char *schema, const char *name)
{
    return sc_model_table(m, schema, name) || sc_model_view(m, schema, name);
}

/* An unqualified relation or type: the view's schema block first, then public. */
static const char *resolve_schema(rctx *c, const char *schema, const char *name, bool is_type)
{
    if (schema)
        return schema;
    const char *b = c->v->block_schema;
    if (b && (is_type ? sc_model_enum(c->m, b, name) != NULL : relation_exists(c->m, b, name)))
        return b;
    return SC_DEFAULT_SCHEMA;
}

/* The column names of a relation of the model; false when it is not one. */
static bool columns_of(rctx *c, const char *schema, const char *name, const char ***out, size_t *n)
{
    const sc_table *t = sc_model_table(c->m, schema, name);
    if (t) {
        *out = sc_arena_alloc(c->m->arena, (t->columns.n + 1) * sizeof **out);
        for (size_t i = 0; i < t->columns.n; i++)
            (*out)[i] = SC_VEC_AT(t->columns, i, sc_column)->name;
        *n = t->columns.n;
        return true;
    }
    outcols *oc = sc_strmap_get(c->outs, sc_qname(c->m->arena, schema, name));
    if (oc) {
        *out = oc->names;
        *n = oc->n;
        return true;
    }
    const sc_view *v = sc_model_view(c->m, schema, name);
    if (!v)
        return false;
    *out = sc_arena_alloc(c->m->arena, (v->columns.n + v->column_list.n + 1) * sizeof **out);
    *n = 0;
    for (size_t i = 0; i < v->column_list.n; i++)
        (*out)[(*n)++] = v->column_list.items[i];
    if (!*n)
        for (size_t i = 0; i < v->columns.n; i++)
            (*out)[(*n)++] = SC_VEC_AT(v->columns, i, sc_view_column)->name;
    return true;
}

static bool has_column(rctx *c, const entry *e, const char *col)
{
    const char **cols;
    size_t n;
    if (!e->name || !columns_of(c, e->schema, e->name, &cols, &n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(cols[i], col))
            return true;
    return false;
}

static void all_columns(rctx *c, const entry *e)
{
    const char **cols;
    size_t n;
    if (!e->name || !columns_of(c, e->schema, e->name, &cols, &n))
        return;
    for (size_t i = 0; i < n; i++)
        add_ref(c, SC_REF_COLUMN, e->schema, e->name, cols[i]);
}

/* ---- unknown columns ------------------------------------------------------ */

/* Without a server a view naming a column its declared relations lack
 * would only fail when the script runs. A name is reported only where
 * every relation it could belong to is known column for column: a table
 * of the model (its own columns and its parents'), or a declared view
 * whose output names are all known. Whatever else is in scope (a table
 * not declared, a subquery, a function, a CTE) could have it, and so
 * could an output name of the SELECT (ORDER BY, GROUP BY) or a set
 * operation's sides. */

static const char *const system_columns[] = {"tableoid", "ctid", "xmin", "xmax", "cmin", "cmax"};

static bool system_column(const char *name)
{
    for (size_t i = 0; i < sizeof system_columns / sizeof *system_columns; i++)
        if (!strcmp(name, system_columns[i]))
            return true;
    return false;
}

/* t's columns are all known: its parents (partition of, inherits) are
 * resolved already (validation, which runs later, resolves the unwritten
 * schemas: until then such a table could have any column). */
static bool table_known(const sc_model *m, const sc_table *t, int depth)
{
    if (depth > 64)
        return false;
    if (t->parent_name) {
        const sc_table *p = t->parent_schema ? sc_model_table(m, t->parent_schema, t->parent_name) : NULL;
        if (!p || !table_known(m, p, depth + 1))
            return false;
    }
    for (size_t i = 0; i < t->inherits.n; i++) {
        const sc_table *p = t->inherits_schemas.items && t->inherits_schemas.items[i]
                                ? sc_model_table(m, t->inherits_schemas.items[i], t->inherits.items[i]) : NULL;
        if (!p || !table_known(m, p, depth + 1))
            return false;
    }
    return true;
}

static bool entry_known(rctx *c, const entry *e)
{
    if (!e->name || e->col_aliases)
        return false;
    const sc_table *t = sc_model_table(c->m, e->schema, e->name);
    if (t)
        return table_known(c->m, t, 0);
    const outcols *oc = sc_strmap_get(c->outs, sc_qname(c->m->arena, e->schema, e->name));
    return oc && oc->complete;
}

/* e has col, ignoring case as SQLite does (so that no query valid there is
 * refused; PostgreSQL tells a wrong case itself). */
static bool entry_has(rctx *c, const entry *e, const char *col)
{
    const sc_table *t = sc_model_table(c->m, e->schema, e->name);
    if (t)
        return sc_table_column_inherited_ci(c->m, t, col) != NULL;
    const char **cols;
    size_t n;
    if (!columns_of(c, e->schema, e->name, &cols, &n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!strcasecmp(cols[i], col))
            return true;
    return false;
}

static const char *figure_name(json_t *val);

/* name is an output name of s's SELECT (AS, or PostgreSQL's own name). */
static bool output_name(const scope *s, const char *name)
{
    size_t i;
    json_t *t;
    json_array_foreach(s->targets, i, t) {
        json_t *rt = json_object_get(t, "ResTarget");
        const char *as = str_field(rt, "name");
        if (!as)
            as = figure_name(json_object_get(rt, "val"));
        if (as && !strcmp(as, name))
            return true;
    }
    return false;
}

/* The ColumnRef's nth name (0-based) in the query's text: its offset and
 * length. false when the reference has no place (a USING column the walk
 * made up). */
static bool ref_tok(rctx *c, json_t *cr, size_t nth, size_t *off, size_t *len)
{
    json_t *lj = json_object_get(cr, "location");
    size_t qlen = c->qtext ? strlen(c->qtext) : 0;
    if (!json_is_integer(lj) || json_integer_value(lj) < 0 || (size_t)json_integer_value(lj) >= qlen)
        return false;
    size_t at = (size_t)json_integer_value(lj);
    *off = at;
    *len = 1;
    const char *text = c->qtext + at;
    sc_toks toks;
    sc_tok_err err;
    if (sc_sql_tokenize(text, qlen - at, SC_DIALECT_POSTGRESQL, &toks, &err) != 0)
        return true;
    for (size_t i = 0, seen = 0; i < toks.n; i++) {
        const sc_tok *t = &toks.items[i];
        if (sc_tok_is_space(t) || sc_tok_op_is(text, t, "."))
            continue;
        if (seen++ == nth) {
            *off = at + t->off;
            *len = t->len;
            break;
        }
    }
    sc_toks_free(&toks);
    return true;
}

/* The column of the known relations es[0..n) nearest to name, or NULL. */
static const char *nearest(rctx *c, const entry *const *es, size_t n, const char *name)
{
    const char *pick = NULL;
    size_t best = strlen(name) <= 8 ? 3 : strlen(name) / 3 + 1;
    for (size_t k = 0; k < n; k++) {
        const char **cols;
        size_t ncols;
        if (!columns_of(c, es[k]->schema, es[k]->name, &cols, &ncols))
            continue;
        for (size_t i = 0; i < ncols; i++) {
            size_t dist = sc_levenshtein(name, cols[i]);
            if (dist < best) {
                best = dist;
                pick = cols[i];
            }
        }
    }
    return pick;
}

/* An error at the ColumnRef's nth name; of e when the name was qualified
 * by it (or e is all there is in scope), with the nearest column of es.
 * At its place in the .sch; a JSON model's view has none. */
static void unknown_ref(rctx *c, json_t *cr, const char *name, size_t nth, const entry *e,
                        const entry *const *es, size_t nes)
{
    size_t off, len;
    if (!ref_tok(c, cr, nth, &off, &len))
        return;
    sc_loc at = {0};
    if (c->v->query_loc.src) {
        at = c->v->query_loc;
        at.off += (uint32_t)off;
        at.len = (uint32_t)len;
    }
    const char *kind = c->v->materialized ? "materialized view" : "view";
    if (c->qtext[off] == '"') {
        /* "x": a name to PostgreSQL, which refuses it, but a string to
         * SQLite when no column has that name; a schema read from SQLite
         * may hold one, and must still load: a warning (in a .sch) */
        if (!at.src)
            return;
        sc_diag *w = sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_NONE, at,
                                 "\"%s\" in the query of %s \"%s\" is no column: SQLite reads it as the string "
                                 "'%s', PostgreSQL as a column (and refuses it)", name, kind, c->v->name, name);
        sc_diag_hint(w, "a string is written in single quotes ('%s')", name);
        return;
    }
    sc_diag *dg = e ? sc_diag_add(c->d, SC_SEV_ERROR, SC_ERR_INPUT, at,
                                  "unknown column \"%s\" of \"%s\" in the query of %s \"%s\"", name, e->name,
                                  kind, c->v->name)
                    : sc_diag_add(c->d, SC_SEV_ERROR, SC_ERR_INPUT, at,
                                  "unknown column \"%s\" in the query of %s \"%s\"", name, kind, c->v->name);
    const char *pick = nearest(c, es, nes, name);
    if (pick)
        sc_diag_hint(dg, "did you mean \"%s\"?", pick);
}

/* A bare name no relation in scope has: an error when all of them are known. */
static void unknown_bare(rctx *c, json_t *cr, const scope *s, const char *name)
{
    if (!s || !s->n || s->setop || system_column(name) || (s->by_output && output_name(s, name)))
        return;
    size_t nent = 0;
    for (const scope *u = s; u; u = u->up) {
        if (u->setop)
            return;
        for (size_t i = 0; i < u->n; i++) {
            const entry *e = &u->e[i];
            if (!entry_known(c, e) || !strcmp(e->alias, name) || entry_has(c, e, name))
                return;   /* could be it; a whole-row reference; inherited */
            nent++;
        }
    }
    const entry **es = malloc(nent * sizeof *es);
    if (!es)
        abort();
    size_t k = 0;
    for (const scope *u = s; u; u = u->up)
        for (size_t i = 0; i < u->n; i++)
            es[k++] = &u->e[i];
    unknown_ref(c, cr, name, 0, nent == 1 ? es[0] : NULL, es, nent);
    free(es);
}

/* ---- column references --------------------------------------------------- */

static const entry *find_alias(const scope *s, const char *schema, const char *alias)
{
    for (; s; s = s->up)
        for (size_t i = s->n; i-- > 0;) {
            const entry *e = &s->e[i];
            if (!strcmp(e->alias, alias) && (!schema || (e->schema && e->schema_written &&
                                                         !strcmp(e->schema, schema))))
                return e;
        }
    return NULL;
}

static void column_ref(rctx *c, json_t *cr, const scope *s)
{
    json_t *fields = json_object_get(cr, "fields");
    size_t n = json_array_size(fields);
    if (n == 0)
        return;
    const char *last = sval(json_array_get(fields, n - 1));   /* NULL: `*` */
    if (n == 1) {
        /* Innermost SELECT that has it wins, as in SQL. */
        for (const scope *u = s; u; u = u->up) {
            bool found = false;
            for (size_t i = 0; i < u->n; i++) {
                if (!last) {
                    all_columns(c, &u->e[i]);
                    found = true;
                } else if (has_column(c, &u->e[i], last)) {
                    add_ref(c, SC_REF_COLUMN, u->e[i].schema, u->e[i].name, last);
                    found = true;
                }
            }
            if (found)
                return;
        }
        if (last)
            unknown_bare(c, cr, s, last);
        return;
    }
    const char *q = sval(json_array_get(fields, n - 2));
    const char *qs = n >= 3 ? sval(json_array_get(fields, n - 3)) : NULL;
    if (!q)
        return;
    const entry *e = find_alias(s, qs, q);
    if (!e || !e->name)
        return;   /* a subquery's or function's column, or not a relation at all */
    if (!last) {
        all_columns(c, e);
        return;
    }
    add_ref(c, SC_REF_COLUMN, e->schema, e->name, last);
    if (entry_known(c, e) && !entry_has(c, e, last) && !system_column(last))
        unknown_ref(c, cr, last, n - 1, e, &e, 1);
}

/* ---- FROM ------------------------------------------------------------------ */

static const char *alias_of(json_t *node)
{
    return str_field(json_object_get(node, "alias"), "aliasname");
}

static void from_item(rctx *c, json_t *item, scope *s, json_t *quals)
{
    json_t *n;
    if ((n = json_object_get(item, "RangeVar"))) {
        const char *rel = str_field(n, "relname");
        const char *schema = str_field(n, "schemaname");
        const char *alias = alias_of(n);
        if (!rel)
            return;
        if (!schema && is_cte(s, rel)) {
            add_entry(s, (entry){alias ? alias : rel, NULL, NULL, false, false});
            return;
        }
        const char *rs = resolve_schema(c, schema, rel, false);
        add_ref(c, SC_REF_RELATION, rs, rel, NULL);
        bool renamed = json_array_size(json_object_get(json_object_get(n, "alias"), "colnames")) > 0;
        add_entry(s, (entry){alias ? alias : rel, rs, rel, schema != NULL, renamed});
    } else if ((n = json_object_get(item, "JoinExpr"))) {
        from_item(c, json_object_get(n, "larg"), s, quals);
        from_item(c, json_object_get(n, "rarg"), s, quals);
        /* ON and USING are read once every entry of the FROM is known */
        if (json_object_get(n, "quals"))
            json_array_append(quals, json_object_get(n, "quals"));
        size_t i;
        json_t *u;
        json_array_foreach(json_object_get(n, "usingClause"), i, u) {
            json_t *cr = json_pack("{s:{s:[O]}}", "ColumnRef", "fields", u);
            json_array_append_new(quals, cr);
        }
        const char *alias = alias_of(n);
        if (alias)
            add_entry(s, (entry){alias, NULL, NULL, false, false});
    } else if ((n = json_object_get(item, "RangeSubselect"))) {
        walk(c, json_object_get(n, "subquery"), s);
        const char *alias = alias_of(n);
        add_entry(s, (entry){alias ? alias : "", NULL, NULL, false, false});
    } else if ((n = json_object_get(item, "RangeFunction"))) {
        walk(c, json_object_get(n, "functions"), s);
        const char *alias = alias_of(n);
        add_entry(s, (entry){alias ? alias : "", NULL, NULL, false, false});
    } else {
        walk(c, item, s);
        /* TABLESAMPLE, XMLTABLE, ...: columns not known here */
        add_entry(s, (entry){"", NULL, NULL, false, false});
    }
}

static void select_stmt(rctx *c, json_t *sel, const scope *up)
{
    scope s = {up, NULL, NULL, 0, 0, json_object_get(sel, "targetList"), false, false};
    const char *op = str_field(sel, "op");
    s.setop = op && strcmp(op, "SETOP_NONE") != 0;
    json_t *with = json_object_get(sel, "withClause");
    if (with) {
        json_t *w = json_object_get(with, "WithClause");
        s.ctes = json_object_get(w ? w : with, "ctes");
        size_t i;
        json_t *cte;
        json_array_foreach(s.ctes, i, cte)
            walk(c, json_object_get(json_object_get(cte, "CommonTableExpr"), "ctequery"), &s);
    }
    json_t *quals = json_array();
    size_t i;
    json_t *item;
    json_array_foreach(json_object_get(sel, "fromClause"), i, item)
        from_item(c, item, &s, quals);
    walk(c, quals, &s);
    json_decref(quals);
    const char *key;
    json_t *val;
    json_object_foreach(sel, key, val) {
        if (!strcmp(key, "withClause") || !strcmp(key, "fromClause"))
            continue;
        s.by_output = !strcmp(key, "sortClause") || !strcmp(key, "groupClause") ||
                      !strcmp(key, "distinctClause");
        if (!strcmp(key, "larg") || !strcmp(key, "rarg"))
            select_stmt(c, val, &s);   /* a set operation's sides (not wrapped in the tree) */
        else
            walk(c, val, &s);          /* targets, WHERE, GROUP BY, ORDER BY, ... */
    }
    free(s.e);
}

static void type_name(rctx *c, json_t *tn)
{
    json_t *names = json_object_get(tn, "names");
    size_t n = json_array_size(names);
    if (n == 0)
        return;
    const char *name = sval(json_array_get(names, n - 1));
    const char *written = n >= 2 ? sval(json_array_get(names, n - 2)) : NULL;
    if (!name)
        return;
    const char *schema = resolve_schema(c, written, name, true);
    if (sc_model_enum(c->m, schema, name))
        add_ref(c, SC_REF_TYPE, schema, name, NULL);
}

static void func_call(rctx *c, json_t *fc)
{
    json_t *names = json_object_get(fc, "funcname");
    size_t n = json_array_size(names);
    if (n == 0)
        return;
    const char *name = sval(json_array_get(names, n - 1));
    const char *schema = n >= 2 ? sval(json_array_get(names, n - 2)) : NULL;
    if (name)
        add_ref(c, SC_REF_FUNCTION, schema, name, NULL);
}

/* A relation named outside a FROM (none in plain SELECTs, but the walk
 * does not assume it): read, with no alias to resolve. */
static void range_var(rctx *c, json_t *rv, const scope *s)
{
    const char *rel = str_field(rv, "relname");
    const char *schema = str_field(rv, "schemaname");
    if (rel && (schema || !is_cte(s, rel)))
        add_ref(c, SC_REF_RELATION, resolve_schema(c, schema, rel, false), rel, NULL);
}

static void walk(rctx *c, json_t *node, const scope *s)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *x;
        json_array_foreach(node, i, x)
            walk(c, x, s);
        return;
    }
    if (!json_is_object(node))
        return;
    const char *key;
    json_t *val;
    json_object_foreach(node, key, val) {
        if (!strcmp(key, "SelectStmt")) {
            select_stmt(c, val, s);
            continue;
        }
        if (!strcmp(key, "ColumnRef"))
            column_ref(c, val, s);
        else if (!strcmp(key, "TypeName") || !strcmp(key, "typeName"))
            type_name(c, val);
        else if (!strcmp(key, "FuncCall"))
            func_call(c, val);
        else if (!strcmp(key, "RangeVar"))
            range_var(c, val, s);
        walk(c, val, s);
    }
}

/* ---- output column names ----------------------------------------------------- */

/* PostgreSQL's name for a target without AS (FigureColname, plain cases). */
static const char *figure_name(json_t *val)
{
    json_t *n;
    if ((n = json_object_get(val, "ColumnRef"))) {
        json_t *f = json_object_get(n, "fields");
        return sval(json_array_get(f, json_array_size(f) - 1));
    }
    if ((n = json_object_get(val, "FuncCall"))) {
        json_t *f = json_object_get(n, "funcname");
        return sval(json_array_get(f, json_array_size(f) - 1));
    }
    if ((n = json_object_get(val, "TypeCast"))) {
        const char *a = figure_name(json_object_get(n, "arg"));
        if (a)
            return a;
        json_t *f = json_object_get(json_object_get(n, "typeName"), "names");
        return sval(json_array_get(f, json_array_size(f) - 1));
    }
    return NULL;
}

static json_t *first_select(json_t *sel)
{
    while (json_object_get(sel, "larg"))
        sel = json_object_get(sel, "larg");
    return sel;
}

static void output_names(rctx *c, const sc_view *v, json_t *sel)
{
    json_t *targets = json_object_get(first_select(sel), "targetList");
    size_t n = json_array_size(targets);
    outcols *oc = sc_arena_alloc(c->m->arena, sizeof *oc);
    oc->names = sc_arena_alloc(c->m->arena, (n + v->column_list.n + 1) * sizeof *oc->names);
    oc->complete = true;
    for (size_t i = 0; i < n; i++) {
        json_t *rt = json_object_get(json_array_get(targets, i), "ResTarget");
        const char *name = i < v->column_list.n ? v->column_list.items[i] : str_field(rt, "name");
        if (!name)
            name = figure_name(json_object_get(rt, "val"));
        if (name)
            oc->names[oc->n++] = sc_arena_strdup(c->m->arena, name);
        else
            oc->complete = false;   /* `*`, or a name PostgreSQL makes up (?column?, case, ...) */
    }
    for (size_t i = n; i < v->column_list.n; i++)
        oc->names[oc->n++] = v->column_list.items[i];
    sc_strmap_put(c->outs, sc_qname(c->m->arena, v->schema, v->name), oc);
}

/* ---- parsing ------------------------------------------------------------------ */

/* The query as written (comments and all, so that positions map onto the
 * file), or the model's text for a view without a source. */
static char *query_source(const sc_view *v)
{
    if (v->query_loc.src)
        return strndup(v->query_loc.src->text + v->query_loc.off, v->query_loc.len);
    return strdup(v->query ? v->query : "");
}

static json_t *parse_query(sc_model *m, sc_view *v, sc_diags *d)
{
    char *q = query_source(v);
    if (!q)
        abort();
    PgQueryParseResult r = pg_query_parse(q);
    json_t *tree = NULL;
    const char *kind = v->materialized ? "materialized view" : "view";
    if (r.error) {
        sc_loc at = v->loc;
        if (v->query_loc.src) {
            at = v->query_loc;
            at.off += r.error->cursorpos > 0 ? (uint32_t)sc_sql_cursor_offset(q, strlen(q), r.error->cursorpos) : 0;
            at.len = 1;
        }
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at, "in the query of %s \"%s\": %s", kind, v->name,
                    r.error->message);
    } else {
        tree = r.error ? NULL : json_loads(r.parse_tree, 0, NULL);
        if (!tree) {   /* jansson's depth limit: not a silent "reads nothing" */
            sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, v->query_loc.src ? v->query_loc : v->loc,
                        "the query of %s \"%s\" is nested too deeply to read what it uses", kind, v->name);
            pg_query_free_parse_result(r);
            free(q);
            return NULL;
        }
        json_t *stmts = json_object_get(tree, "stmts");
        json_t *sel = json_object_get(json_object_get(json_array_get(stmts, 0), "stmt"), "SelectStmt");
        if (json_array_size(stmts) != 1 || !sel) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, v->query_loc.src ? v->query_loc : v->loc,
                                      "the query of %s \"%s\" is not one SELECT", kind, v->name);
            sc_diag_hint(dg, "a view's query is a SELECT, VALUES or TABLE statement, without ';'");
            json_decref(tree);
            tree = NULL;
        }
    }
    (void)m;
    pg_query_free_parse_result(r);
    free(q);
    return tree;
}

/* ---- columns named by indexes and comments --------------------------------- */

static void unknown_column(rctx *c, const outcols *oc, sc_loc at, const char *name, const char *what,
                           sc_diags *d)
{
    const sc_view *v = c->v;
    sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at, "unknown column \"%s\" in %s of %s \"%s\"",
                              name, what, v->materialized ? "materialized view" : "view", v->name);
    const char *pick = NULL;
    size_t best = 3;
    for (size_t i = 0; i < oc->n; i++) {
        size_t dist = sc_levenshtein(name, oc->names[i]);
        if (dist < best) {
            best = dist;
            pick = oc->names[i];
        }
    }
    if (pick)
        sc_diag_hint(dg, "did you mean \"%s\"?", pick);
    else
        sc_diag_hint(dg, "the columns of \"%s\" are the names its query gives them", v->name);
}

static bool has_name(const outcols *oc, const char *name)
{
    for (size_t i = 0; i < oc->n; i++)
        if (!strcmp(oc->names[i], name))
            return true;
    return false;
}

/* A view without a column list whose query names all its columns: its
 * indexes and column comments must name those (with a column list,
 * validation checks against the list). With commented_only, only the
 * columns with a comment are checked: a view read from a catalog lists
 * all its columns under the catalog's names, and the DSL writes the
 * commented ones, which must load back. */
static void check_columns(rctx *c, bool commented_only, sc_diags *d)
{
    const sc_view *v = c->v;
    if (v->column_list.n)
        return;
    const outcols *oc = sc_strmap_get(c->outs, sc_qname(c->m->arena, v->schema, v->name));
    if (!oc || !oc->complete)
        return;
    for (size_t i = 0; i < v->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(v->indexes, i, sc_index);
        const char *what = sc_arena_printf(c->m->arena, "index \"%s\"", ix->name ? ix->name : "");
        for (size_t j = 0; j < ix->nelems; j++)
            if (ix->elems[j].column && !has_name(oc, ix->elems[j].column))
                unknown_column(c, oc, ix->elems[j].loc.src ? ix->elems[j].loc : ix->loc, ix->elems[j].column,
                               what, d);
        const sc_loc *il = sc_index_include_locs(ix);
        for (size_t j = 0; j < ix->include.n; j++)
            if (!has_name(oc, ix->include.items[j]))
                unknown_column(c, oc, il ? il[j] : ix->loc, ix->include.items[j],
                               sc_arena_printf(c->m->arena, "the include list of index \"%s\"", ix->name), d);
    }
    for (size_t i = 0; i < v->columns.n; i++) {
        const sc_view_column *col = SC_VEC_AT(v->columns, i, sc_view_column);
        if ((!commented_only || col->comment) && !has_name(oc, col->name))
            unknown_column(c, oc, col->loc.src ? col->loc : v->loc, col->name, "a column comment", d);
    }
}

int sc_view_check_query(const sc_view *v, sc_diags *d)
{
    json_t *tree = parse_query(NULL, (sc_view *)v, d);
    json_decref(tree);
    return tree ? 0 : -1;
}

static json_t *select_of(json_t *tree)
{
    return json_object_get(json_object_get(json_array_get(json_object_get(tree, "stmts"), 0), "stmt"),
                           "SelectStmt");
}


int sc_view_refs(sc_model *m, sc_diags *d)
{
    size_t errors = d->nerrors;
    size_t n = m->views.n;
    bool *parsed = calloc(n + 1, sizeof *parsed);
    bool *known = calloc(n + 1, sizeof *known);
    if (!parsed || !known)
        abort();
    rctx c = {m, NULL, NULL, sc_strmap_new(), d, NULL, false};
    /* First every view's output columns, so that views over views resolve
     * whatever the order they are declared in. Each tree is freed as soon
     * as it is read and parsed again for the walk: the trees of 549 views
     * held together were 12 MB, parsing them twice costs a few ms. */
    for (size_t i = 0; i < n; i++) {
        sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        /* a view whose refs are known (a JSON model's) is parsed too: its
         * indexes and column comments must name columns its query gives,
         * and the columns it names must be its relations' (unknown_ref),
         * as in the DSL written from it. (SQLite's views have neither, and
         * their names are not PostgreSQL's to fold.) */
        known[i] = v->refs_known;
        if (!v->query || !v->query[0] || (known[i] && v->sqlite_sql))
            continue;
        json_t *tree = parse_query(m, v, d);
        if (tree) {
            output_names(&c, v, select_of(tree));
            parsed[i] = true;
        }
        json_decref(tree);
    }
    sc_diags again;   /* the second parse says nothing the first did not */
    sc_diags_init(&again);
    for (size_t i = 0; i < n; i++) {
        if (!parsed[i])
            continue;
        c.v = SC_VEC_AT(m->views, i, sc_view);
        json_t *tree = parse_query(m, c.v, &again);
        if (!tree)
            continue;
        c.seen = sc_strmap_new();
        char *text = query_source(c.v);
        if (!text)
            abort();
        c.qtext = text;
        c.check_only = known[i];
        c.v->refs_known = true;
        walk(&c, json_object_get(tree, "stmts"), NULL);
        c.check_only = false;
        c.qtext = NULL;
        free(text);
        check_columns(&c, known[i], d);
        sc_strmap_free(c.seen);
        json_decref(tree);
    }
    sc_diags_free(&again);
    free(parsed);
    free(known);
    sc_strmap_free(c.outs);
    return d->nerrors > errors ? -1 : 0;
}
