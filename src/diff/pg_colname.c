/* pg_colname.c - the name PostgreSQL gives an index column that is an
 * expression (parts4, issue 12): FigureIndexColname -> FigureColnameInternal
 * (parse_target.c) on the expression's parse tree, "expr" when it names
 * nothing (ChooseIndexColumnNames). A partition's copy of an expression
 * index is named after it (part_lower_idx for lower(email), part_expr_idx
 * for a + b): the parent index's column names are what ChooseIndexName
 * joins. Parsed by libpg_query, so no server is needed. */
#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"

/* A String node's text (libpg_query 15: {"String": {"sval": ...}}). */
static const char *str_of(const json_t *n)
{
    const json_t *s = json_object_get(n, "String");
    const json_t *v = s ? json_object_get(s, "sval") : NULL;
    if (!v && s)
        v = json_object_get(s, "str");
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static const char *last_str(const json_t *list)
{
    size_t n = json_array_size(list);
    return n ? str_of(json_array_get(list, n - 1)) : NULL;
}

/* FigureColnameInternal: the strength of the name found (0 none, 1 a
 * type's or CASE's weak name, 2 a strong one), the name in *name. Only the
 * nodes an index expression can hold. */
static int figure(const json_t *node, const char **name, int depth)
{
    if (!json_is_object(node) || depth > 64)
        return 0;
    const char *kind = NULL;
    const json_t *n = NULL;
    void *it = json_object_iter((json_t *)node);
    if (it) {
        kind = json_object_iter_key(it);
        n = json_object_iter_value(it);
    }
    if (!kind || !json_is_object(n))
        return 0;
    if (!strcmp(kind, "ColumnRef")) {
        const char *s = last_str(json_object_get(n, "fields"));
        if (s) {
            *name = s;
            return 2;
        }
    } else if (!strcmp(kind, "A_Indirection")) {
        const char *s = last_str(json_object_get(n, "indirection"));
        if (s) {
            *name = s;
            return 2;
        }
        return figure(json_object_get(n, "arg"), name, depth + 1);
    } else if (!strcmp(kind, "FuncCall")) {
        const char *s = last_str(json_object_get(n, "funcname"));
        if (s) {
            *name = s;
            return 2;
        }
    } else if (!strcmp(kind, "A_Expr")) {
        const json_t *k = json_object_get(n, "kind");
        if (json_is_string(k) && !strcmp(json_string_value(k), "AEXPR_NULLIF")) {
            *name = "nullif";
            return 2;
        }
    } else if (!strcmp(kind, "TypeCast")) {
        int s = figure(json_object_get(n, "arg"), name, depth + 1);
        if (s <= 1) {
            const json_t *tn = json_object_get(n, "typeName");
            const char *t = tn ? last_str(json_object_get(tn, "names")) : NULL;
            if (t) {
                *name = t;
                return 1;
            }
        }
        return s;
    } else if (!strcmp(kind, "CollateClause")) {
        return figure(json_object_get(n, "arg"), name, depth + 1);
    } else if (!strcmp(kind, "CaseExpr")) {
        int s = figure(json_object_get(n, "defresult"), name, depth + 1);
        if (s <= 1) {
            *name = "case";
            return 1;
        }
        return s;
    } else if (!strcmp(kind, "A_ArrayExpr")) {
        *name = "array";
        return 2;
    } else if (!strcmp(kind, "RowExpr")) {
        *name = "row";
        return 2;
    } else if (!strcmp(kind, "CoalesceExpr")) {
        *name = "coalesce";
        return 2;
    } else if (!strcmp(kind, "MinMaxExpr")) {
        const json_t *op = json_object_get(n, "op");
        bool greatest = json_is_string(op) && !strcmp(json_string_value(op), "IS_GREATEST");
        *name = greatest ? "greatest" : "least";
        return 2;
    }
    return 0;
}

const char *sc_pg_index_colname(sc_arena *a, const char *expr)
{
    char *q = sc_expr_as_select(expr);
    PgQueryParseResult r = pg_query_parse(q);
    free(q);
    const char *out = "expr";
    json_t *root = !r.error && r.parse_tree ? json_loads(r.parse_tree, 0, NULL) : NULL;
    pg_query_free_parse_result(r);
    if (root) {
        const json_t *st = json_object_get(json_array_get(json_object_get(root, "stmts"), 0), "stmt");
        const json_t *sel = json_object_get(st, "SelectStmt");
        const json_t *rt = json_object_get(json_array_get(json_object_get(sel, "targetList"), 0), "ResTarget");
        const char *name = NULL;
        if (figure(json_object_get(rt, "val"), &name, 0) > 0 && name)
            out = sc_arena_strdup(a, name);
        json_decref(root);
    }
    return out;
}
