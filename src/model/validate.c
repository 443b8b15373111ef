/* validate.c - semantic checks of a model, with the place each error is at.
 *
 * Run after the naming convention (finish.c), before sorting. It also
 * completes the model: user types get is_user and their schema, foreign
 * keys their referenced schema and, when no columns were written, the
 * referenced table's primary key columns. Every lookup goes through the
 * model's hash maps, so that checking 5,000 tables stays linear. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/fk_key.h"
#include "model/model.h"
#include "model/sqltok.h"

typedef struct vctx {
    sc_model *m;
    sc_diags *d;
    sc_arena *tmp;   /* message parts: emptied after each table, not kept in the model */
    sc_keybuf key;   /* the key being looked up or put (the map copies it) */
} vctx;

/* "schema.name", a key of the relation names: valid until the next call */
static const char *rel_key(vctx *v, const char *schema, const char *name)
{
    return sc_keybuf_printf(&v->key, "%s.%s", schema ? schema : SC_DEFAULT_SCHEMA, name);
}

static sc_diag *err(vctx *v, sc_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static sc_diag *err(vctx *v, sc_loc loc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return sc_diag_add(v->d, SC_SEV_ERROR, SC_ERR_INPUT, loc, "%s", msg);
}

/* Edit distance where swapping two neighbouring letters is one typo
 * ("nmae" -> "name"): Levenshtein with adjacent transpositions. */
static size_t typo_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return sc_levenshtein(a, b);
    size_t d[65][65];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t v = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < v)
                v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    }
    return d[la][lb];
}

/* "did you mean" only for near misses: one edit in a short word, two up
 * to eight letters, a third of a longer one. */
static bool near(const char *want, const char *have, size_t *best)
{
    size_t len = strlen(want);
    size_t max = len <= 4 ? 1 : len <= 8 ? 2 : len / 3;
    size_t dist = typo_distance(want, have);
    if (dist > max || dist >= *best)
        return false;
    *best = dist;
    return true;
}

/* schema.name, the schema left out when it is the default one. */
static const char *display_name(sc_arena *a, const char *schema, const char *name)
{
    if (!schema || !strcmp(schema, SC_DEFAULT_SCHEMA))
        return name;
    return sc_arena_printf(a, "%s.%s", schema, name);
}

static void hint_column(sc_diag *dg, const sc_table *t, const char *name)
{
    size_t best = (size_t)-1;
    const char *pick = NULL;
    for (size_t i = 0; i < t->columns.n; i++) {
        const char *c = SC_VEC_AT(t->columns, i, sc_column)->name;
        if (near(name, c, &best))
            pick = c;
    }
    if (pick)
        sc_diag_hint(dg, "did you mean \"%s\"?", pick);
}

static sc_loc loc_at(const sc_loc *locs, size_t i, sc_loc fallback)
{
    return locs ? locs[i] : fallback;
}

static void check_len(vctx *v, const char *what, const char *name, sc_loc loc)
{
    size_t n = strlen(name);
    if (n > SC_PG_NAMEDATALEN)
        err(v, loc, "%s name \"%s\" is %zu bytes long; PostgreSQL keeps at most %d",
            what, name, n, SC_PG_NAMEDATALEN);
}

static void check_columns(vctx *v, const sc_table *t, const sc_names *cols, const sc_loc *locs,
                          sc_loc fallback, const char *what)
{
    for (size_t i = 0; i < cols->n; i++) {
        if (sc_table_column_inherited(v->m, t, cols->items[i]))
            continue;
        sc_diag *dg = err(v, loc_at(locs, i, fallback), "unknown column \"%s\" in %s",
                          cols->items[i], what);
        hint_column(dg, t, cols->items[i]);
    }
}

/* ---- types ------------------------------------------------------------------- */

static const char *const builtin_names[] = {
    "bigint", "boolean", "bytea", "character", "character varying", "date",
    "double precision", "integer", "interval", "json", "jsonb", "numeric", "real",
    "smallint", "text", "time without time zone", "timestamp with time zone",
    "timestamp without time zone", "uuid", "varchar", "timestamptz", "int", "bool",
};

/* default 'x' on an enum column: x must be one of the labels. */
static void check_enum_default(vctx *v, const sc_column *c, const sc_enum *e)
{
    const char *d = c->default_expr;
    sc_tok t;
    if (!d || d[0] != '\'' || c->type.array_dims || !sc_sql_one_token(d, SC_DIALECT_POSTGRESQL, &t))
        return;
    char *heap = sc_tok_plain_string(d, &t);   /* one '...' literal, nothing after it */
    if (!heap)
        return;
    char *label = sc_arena_strdup(v->tmp, heap);
    free(heap);
    size_t best = (size_t)-1;
    const char *pick = NULL;
    for (size_t i = 0; i < e->labels.n; i++) {
        if (!strcmp(e->labels.items[i], label))
            return;
        if (near(label, e->labels.items[i], &best))
            pick = e->labels.items[i];
    }
    sc_diag *dg = err(v, c->loc, "default '%s' of column \"%s\" is not a label of enum \"%s\"",
                      label, c->name, e->name);
    if (pick)
        sc_diag_hint(dg, "did you mean '%s'?", pick);
}

static void resolve_type(vctx *v, const sc_table *t, sc_column *c)
{
    sc_type *ty = &c->type;
    if (sc_type_is_builtin(ty))
        return;
    sc_enum *e = NULL;
    if (ty->schema)
        e = sc_model_enum(v->m, ty->schema, ty->name);
    else {
        if (t->block_schema)
            e = sc_model_enum(v->m, t->block_schema, ty->name);
        if (!e)
            e = sc_model_enum(v->m, SC_DEFAULT_SCHEMA, ty->name);
    }
    if (e) {
        ty->is_user = true;
        ty->schema = e->schema;
        check_enum_default(v, c, e);
        return;
    }
    /* domains, composite and range types */
    if (sc_utype_resolve(v->m, t->block_schema, ty))
        return;
    if (ty->declared && !ty->schema)
        return;   /* a type SQLite declares (STRING, MONEY4, ...): any name is one there */
    if (v->m->extensions.n)
        return;   /* extensions: a type one of them installs (citext); only a server can tell which */
    sc_diag *dg = err(v, sc_column_type_loc(c), "unknown type \"%s%s%s\"", ty->schema ? ty->schema : "",
                      ty->schema ? "." : "", ty->name);
    size_t best = (size_t)-1;
    const char *pick = NULL;
    for (size_t i = 0; i < v->m->enums.n; i++) {
        const sc_enum *en = SC_VEC_AT(v->m->enums, i, sc_enum);
        if (near(ty->name, en->name, &best))
            pick = display_name(v->tmp, en->schema, en->name);
    }
    /* domains, composite and range types */
    for (size_t i = 0; i < v->m->utypes.n; i++) {
        const sc_utype *u = SC_VEC_AT(v->m->utypes, i, sc_utype);
        if (near(ty->name, u->name, &best))
            pick = display_name(v->tmp, u->schema, u->name);
    }
    for (size_t i = 0; i < sizeof builtin_names / sizeof builtin_names[0]; i++)
        if (near(ty->name, builtin_names[i], &best))
            pick = builtin_names[i];
    if (pick)
        sc_diag_hint(dg, "did you mean \"%s\"?", pick);
    else
        sc_diag_hint(dg, "a type an extension installs needs the extension declared: extension NAME");
}

static bool integer_type(const sc_type *t)
{
    return !t->array_dims && !t->schema && (!strcmp(t->name, "smallint") ||
           !strcmp(t->name, "integer") || !strcmp(t->name, "bigint"));
}

static void check_column(vctx *v, const sc_table *t, sc_column *c)
{
    check_len(v, "column", c->name, c->loc);
    resolve_type(v, t, c);
    if (c->identity != SC_IDENTITY_NONE && !integer_type(&c->type)) {
        sc_arena *a = v->tmp;
        err(v, sc_column_type_loc(c), "identity column \"%s\" must be smallint, integer or bigint, not %s",
            c->name, sc_type_format(a, &c->type));
    }
    if (c->identity != SC_IDENTITY_NONE && c->default_expr)
        err(v, c->loc, "column \"%s\" has both a default and identity", c->name);
    if (c->generated && c->default_expr)
        err(v, c->loc, "column \"%s\" has both a default and a generation expression", c->name);
    if (c->generated && c->identity != SC_IDENTITY_NONE)
        err(v, c->loc, "column \"%s\" is both an identity and a generated column", c->name);
}

/* ---- constraints --------------------------------------------------------------- */

static const char *con_what(sc_arena *a, const sc_table *t, const sc_constraint *k)
{
    switch (k->kind) {
    case SC_CON_PRIMARY_KEY: return sc_arena_printf(a, "primary key of table \"%s\"", t->name);
    case SC_CON_UNIQUE: return sc_arena_printf(a, "unique constraint \"%s\"", k->name ? k->name : "");
    default: return sc_arena_printf(a, "foreign key \"%s\"", k->name ? k->name : "");
    }
}

static void check_fk(vctx *v, const sc_table *t, sc_constraint *k)
{
    const char *kname = k->name ? k->name : "";
    sc_table *rt = NULL;
    if (k->ref_schema) {
        rt = sc_model_table(v->m, k->ref_schema, k->ref_table);
    } else {
        if (t->block_schema)
            rt = sc_model_table(v->m, t->block_schema, k->ref_table);
        if (!rt)
            rt = sc_model_table(v->m, SC_DEFAULT_SCHEMA, k->ref_table);
        k->ref_schema = rt ? rt->schema : (t->block_schema ? t->block_schema : SC_DEFAULT_SCHEMA);
    }
    if (!rt) {
        sc_diag *dg = err(v, k->loc, "unknown table \"%s%s%s\" referenced by foreign key \"%s\"",
                          k->ref_schema && strcmp(k->ref_schema, SC_DEFAULT_SCHEMA) ? k->ref_schema : "",
                          k->ref_schema && strcmp(k->ref_schema, SC_DEFAULT_SCHEMA) ? "." : "",
                          k->ref_table, kname);
        size_t best = (size_t)-1;
        const char *pick = NULL;
        for (size_t i = 0; i < v->m->tables.n; i++) {
            const sc_table *ot = SC_VEC_AT(v->m->tables, i, sc_table);
            if (near(k->ref_table, ot->name, &best))
                pick = display_name(v->tmp, ot->schema, ot->name);
        }
        if (pick)
            sc_diag_hint(dg, "did you mean \"%s\"?", pick);
        return;
    }
    if (k->ref_columns.n == 0) {
        sc_constraint *pk = sc_table_primary_key(rt);
        if (!pk) {
            err(v, k->loc, "table \"%s\" has no primary key for foreign key \"%s\" to reference",
                rt->name, kname);
            return;
        }
        k->ref_columns = pk->columns;
    }
    bool unknown = false;
    for (size_t i = 0; i < k->ref_columns.n; i++) {
        if (sc_table_column_inherited(v->m, rt, k->ref_columns.items[i]))
            continue;
        unknown = true;
        sc_diag *dg = err(v, loc_at(k->ref_column_locs, i, k->loc),
                          "unknown column \"%s\" in table \"%s\" referenced by foreign key \"%s\"",
                          k->ref_columns.items[i], rt->name, kname);
        hint_column(dg, rt, k->ref_columns.items[i]);
    }
    if (unknown)
        return;
    if (k->ref_columns.n != k->columns.n) {
        err(v, k->loc, "foreign key \"%s\" has %zu column%s but references %zu", kname,
            k->columns.n, k->columns.n == 1 ? "" : "s", k->ref_columns.n);
        return;
    }
    if (!sc_fk_references_key(rt, &k->ref_columns)) {   /* model/fk_key.c */
        sc_diag *dg = err(v, k->loc, "foreign key \"%s\" references columns of table \"%s\" that are not "
                          "its primary key or unique", kname, rt->name);
        sc_diag_hint(dg, "PostgreSQL needs a primary key, unique constraint or unique index "
                     "on exactly the referenced columns");
    }
}

/* issue 12: an exclusion constraint's elements name columns of the table,
 * each has an operator, its include list names columns. */
static void check_exclusion(vctx *v, const sc_table *t, const sc_constraint *k)
{
    const char *what = sc_arena_printf(v->tmp, "exclusion constraint \"%s\"", k->name ? k->name : "");
    const sc_index *ix = sc_constraint_exclusion(k);
    if (!ix || ix->nelems == 0) {   /* only a JSON model can say so */
        err(v, k->loc, "%s lists no column or expression", what);
        return;
    }
    for (size_t j = 0; j < ix->nelems; j++) {
        const sc_index_elem *e = &ix->elems[j];
        if (!sc_index_elem_op(e) || !*sc_index_elem_op(e))
            err(v, e->loc.src ? e->loc : k->loc, "element %zu of %s has no operator", j + 1, what);
        else if (!sc_exclusion_op_valid(sc_index_elem_op(e)))
            err(v, e->loc.src ? e->loc : k->loc, "element %zu of %s: \"%s\" is not an operator", j + 1, what,
                sc_index_elem_op(e));
        if (!e->column || sc_table_column(t, e->column))
            continue;
        sc_diag *dg = err(v, e->loc.src ? e->loc : k->loc, "unknown column \"%s\" in %s", e->column, what);
        hint_column(dg, t, e->column);
    }
    check_columns(v, t, &ix->include, sc_index_include_locs(ix), k->loc,
                  sc_arena_printf(v->tmp, "include list of %s", what));
}

static void check_constraints(vctx *v, sc_table *t, sc_strmap *rels)
{
    sc_strmap *names = sc_strmap_new();
    bool have_pk = false;
    for (size_t i = 0; i < t->constraints.n; i++) {
        sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->name)   /* an implicit one too: a JSON model's may be any length */
            check_len(v, "constraint", k->name, k->loc);
        if (!k->name)
            ;   /* not named yet (a model that skipped sc_model_finish) */
        else if (sc_strmap_has(names, k->name))
            err(v, k->loc, "duplicate constraint name \"%s\" in table \"%s\"", k->name, t->name);
        else
            sc_strmap_put(names, k->name, k);
        if (k->name && (k->kind == SC_CON_PRIMARY_KEY || k->kind == SC_CON_UNIQUE || k->kind == SC_CON_EXCLUDE)) {
            /* its index takes the name in the schema */
            const char *key = rel_key(v, t->schema, k->name);
            if (sc_strmap_has(rels, key))
                err(v, k->loc, "constraint name \"%s\" is already used in schema \"%s\"", k->name, t->schema);
            else
                sc_strmap_put(rels, key, k);
        }
        if (k->kind == SC_CON_PRIMARY_KEY) {
            if (have_pk)
                err(v, k->loc, "table \"%s\" has more than one primary key", t->name);
            have_pk = true;
        }
        if (k->kind == SC_CON_EXCLUDE) {   /* issue 12 */
            check_exclusion(v, t, k);
            continue;
        }
        if (k->kind != SC_CON_CHECK && k->columns.n == 0)   /* only a JSON model can say so */
            err(v, k->loc, "%s lists no column", con_what(v->tmp, t, k));
        if (k->kind != SC_CON_CHECK)
            check_columns(v, t, &k->columns, k->column_locs, k->loc,
                          con_what(v->tmp, t, k));
        if (k->kind == SC_CON_FOREIGN_KEY)
            check_fk(v, t, k);
    }
    sc_strmap_free(names);
}

/* ---- indexes and relation names ---------------------------------------------------- */

static void check_indexes(vctx *v, const sc_table *t, sc_strmap *rels)
{
    for (size_t i = 0; i < t->indexes.n; i++) {
        sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (ix->name)
            check_len(v, "index", ix->name, ix->loc);
        if (ix->name) {
            const char *key = rel_key(v, t->schema, ix->name);
            if (sc_strmap_has(rels, key))
                err(v, ix->loc, "index name \"%s\" is already used in schema \"%s\"", ix->name, t->schema);
            else
                sc_strmap_put(rels, key, ix);
        }
        const char *what = sc_arena_printf(v->tmp, "index \"%s\"", ix->name ? ix->name : "");
        if (ix->nelems == 0)   /* only a JSON model can say so */
            err(v, ix->loc, "%s lists no column or expression", what);
        for (size_t j = 0; j < ix->nelems; j++) {
            const sc_index_elem *e = &ix->elems[j];
            if (!e->column || sc_table_column_inherited(v->m, t, e->column))
                continue;
            sc_diag *dg = err(v, e->loc, "unknown column \"%s\" in %s", e->column, what);
            hint_column(dg, t, e->column);
        }
        check_columns(v, t, &ix->include, sc_index_include_locs(ix), ix->loc,
                      sc_arena_printf(v->tmp, "include list of index \"%s\"", ix->name));
    }
}

static void check_enum(vctx *v, const sc_enum *e)
{
    check_len(v, "enum", e->name, e->loc);
    sc_strmap *seen = sc_strmap_new();
    for (size_t i = 0; i < e->labels.n; i++) {
        const char *l = e->labels.items[i];
        sc_loc loc = loc_at(e->label_locs, i, e->loc);
        if (sc_strmap_has(seen, l))
            err(v, loc, "duplicate label '%s' in enum \"%s\"", l, e->name);
        else
            sc_strmap_put(seen, l, (void *)l);
        if (strlen(l) > SC_PG_NAMEDATALEN)
            err(v, loc, "enum label '%s' is %zu bytes long; PostgreSQL keeps at most %d",
                l, strlen(l), SC_PG_NAMEDATALEN);
    }
    sc_strmap_free(seen);
}

static void check_sequence(vctx *v, const sc_sequence *s)
{
    check_len(v, "sequence", s->name, s->loc);
    if (!s->owned_by_table)
        return;
    sc_table *t = sc_model_table(v->m, s->schema, s->owned_by_table);
    if (!t || !sc_table_column(t, s->owned_by_column))
        err(v, s->loc, "sequence \"%s\" is owned by unknown column \"%s.%s\"", s->name,
            s->owned_by_table, s->owned_by_column);
}

/* ---- views ------------------------------------------------------------------------ */

static const char *view_kind(const sc_view *vw)
{
    return vw->materialized ? "materialized view" : "view";
}

/* The view's output columns when the model knows them: the declared column
 * list, or the columns read back from a catalog (with their types). */
static bool view_columns(const sc_view *vw, sc_names *out, sc_arena *a)
{
    if (vw->column_list.n) {
        *out = vw->column_list;
        return true;
    }
    if (!vw->columns.n || !SC_VEC_AT(vw->columns, 0, sc_view_column)->type.name)
        return false;
    out->items = sc_arena_alloc(a, vw->columns.n * sizeof *out->items);
    out->n = vw->columns.n;
    for (size_t i = 0; i < vw->columns.n; i++)
        out->items[i] = SC_VEC_AT(vw->columns, i, sc_view_column)->name;
    return true;
}

static void view_column_error(vctx *v, const sc_view *vw, const sc_names *cols, sc_loc loc,
                              const char *name, const char *what)
{
    sc_diag *dg = err(v, loc, "unknown column \"%s\" in %s of %s \"%s\"", name, what, view_kind(vw),
                      vw->name);
    size_t best = (size_t)-1;
    const char *pick = NULL;
    for (size_t i = 0; i < cols->n; i++)
        if (near(name, cols->items[i], &best))
            pick = cols->items[i];
    if (pick)
        sc_diag_hint(dg, "did you mean \"%s\"?", pick);
    else
        sc_diag_hint(dg, "the columns of \"%s\" are those of its column list", vw->name);
}

static bool in_names(const sc_names *n, const char *name)
{
    for (size_t i = 0; i < n->n; i++)
        if (!strcmp(n->items[i], name))
            return true;
    return false;
}

/* What one CREATE [MATERIALIZED] VIEW cannot say (the DSL's parser reports
 * these where they are written; a model from JSON is checked here). */
static void check_view_kind(vctx *v, const sc_view *vw)
{
    if (vw->materialized) {
        if (vw->check_option)
            err(v, vw->loc, "a materialized view has no check option (\"%s\")", vw->name);
        if (vw->security_barrier || vw->security_invoker)
            err(v, vw->loc, "%s is not an option of a materialized view (\"%s\")",
                vw->security_barrier ? "security_barrier" : "security_invoker", vw->name);
        return;
    }
    if (vw->indexes.n) {
        const sc_index *ix = SC_VEC_AT(vw->indexes, 0, sc_index);
        err(v, ix->loc.src ? ix->loc : vw->loc, "index on view \"%s\": only a materialized view has indexes",
            vw->name);
    }
    if (vw->with_no_data)
        err(v, vw->loc, "with no data is for materialized views; \"%s\" is a view", vw->name);
}

static void check_view(vctx *v, const sc_view *vw, sc_strmap *rels)
{
    check_len(v, view_kind(vw), vw->name, vw->loc);
    check_view_kind(v, vw);
    if (!vw->query || !vw->query[0])
        err(v, vw->loc, "the query of %s \"%s\" is empty", view_kind(vw), vw->name);
    for (size_t i = 1; i < vw->column_list.n; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(vw->column_list.items[i], vw->column_list.items[j])) {
                err(v, loc_at(vw->column_list_locs, i, vw->loc),
                    "duplicate column \"%s\" in the column list of %s \"%s\"", vw->column_list.items[i],
                    view_kind(vw), vw->name);
                break;
            }
    for (size_t i = 0; i < vw->column_list.n; i++)
        check_len(v, "column", vw->column_list.items[i], loc_at(vw->column_list_locs, i, vw->loc));
    sc_names cols;
    bool known = view_columns(vw, &cols, v->tmp);
    for (size_t i = 0; known && vw->column_list.n && i < vw->columns.n; i++) {
        const sc_view_column *c = SC_VEC_AT(vw->columns, i, sc_view_column);
        if (!in_names(&cols, c->name))
            view_column_error(v, vw, &cols, c->loc.src ? c->loc : vw->loc, c->name, "a column comment");
    }
    for (size_t i = 0; i < vw->indexes.n; i++) {
        sc_index *ix = SC_VEC_AT(vw->indexes, i, sc_index);
        if (ix->name)
            check_len(v, "index", ix->name, ix->loc);
        if (ix->name) {
            const char *key = rel_key(v, vw->schema, ix->name);
            if (sc_strmap_has(rels, key))
                err(v, ix->loc, "index name \"%s\" is already used in schema \"%s\"", ix->name, vw->schema);
            else
                sc_strmap_put(rels, key, ix);
        }
        if (!known)
            continue;
        const char *what = sc_arena_printf(v->tmp, "index \"%s\"", ix->name ? ix->name : "");
        for (size_t j = 0; j < ix->nelems; j++)
            if (ix->elems[j].column && !in_names(&cols, ix->elems[j].column))
                view_column_error(v, vw, &cols, ix->elems[j].loc.src ? ix->elems[j].loc : ix->loc,
                                  ix->elems[j].column, what);
        for (size_t j = 0; j < ix->include.n; j++)
            if (!in_names(&cols, ix->include.items[j]))
                view_column_error(v, vw, &cols, loc_at(sc_index_include_locs(ix), j, ix->loc), ix->include.items[j],
                                  sc_arena_printf(v->tmp, "the include list of index \"%s\"", ix->name));
    }
}

/* A view's name is a relation's (tables, sequences, indexes) and a type's. */
static void check_view_name(vctx *v, const sc_view *vw, sc_strmap *rels)
{
    const char *key = rel_key(v, vw->schema, vw->name);
    const sc_table *t = sc_model_table(v->m, vw->schema, vw->name);
    if (t) {
        err(v, vw->loc, "%s name \"%s\" is already used by a table", view_kind(vw), vw->name);
        if (t->loc.src)
            sc_diag_add(v->d, SC_SEV_NOTE, SC_ERR_NONE, t->loc, "the table is defined here");
    } else if (sc_strmap_has(rels, key)) {
        err(v, vw->loc, "%s name \"%s\" is already used in schema \"%s\"", view_kind(vw), vw->name,
            vw->schema);
    }
    if (sc_model_enum(v->m, vw->schema, vw->name))
        err(v, vw->loc, "%s name \"%s\" is already used by an enum (a view is a type too)", view_kind(vw),
            vw->name);
    sc_strmap_put(rels, key, (void *)vw);
}

/* How many names the relation map takes at most: it is sized once. */
static size_t relation_names(const sc_model *m)
{
    size_t n = m->sequences.n + m->tables.n + m->views.n;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        n += t->constraints.n + t->indexes.n;
    }
    for (size_t i = 0; i < m->views.n; i++)
        n += SC_VEC_AT(m->views, i, sc_view)->indexes.n;
    return n;
}

int sc_model_validate(sc_model *m, sc_diags *d)
{
    vctx v = {m, d, sc_arena_new(), {0}};
    size_t before = d->nerrors;
    sc_loc none = {0};
    for (size_t i = 0; i < m->schemas.n; i++)
        check_len(&v, "schema", SC_VEC_AT(m->schemas, i, const char), none);
    for (size_t i = 0; i < m->enums.n; i++)
        check_enum(&v, SC_VEC_AT(m->enums, i, sc_enum));
    /* domains, composite and range types (their types resolved before the columns') */
    sc_utypes_validate(m, d);
    sc_partition_validate(m, d);   /* partitioning and inheritance: parents resolved first */
    /* tables and sequences share the schema's relation namespace with indexes */
    sc_strmap *rels = sc_strmap_new_sized(relation_names(m));
    for (size_t i = 0; i < m->sequences.n; i++) {
        sc_sequence *s = SC_VEC_AT(m->sequences, i, sc_sequence);
        check_sequence(&v, s);
        sc_strmap_put(rels, rel_key(&v, s->schema, s->name), s);
    }
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        const char *key = rel_key(&v, t->schema, t->name);
        if (sc_strmap_has(rels, key))
            err(&v, t->loc, "table name \"%s\" is already used by a sequence", t->name);
        if (sc_model_enum(m, t->schema, t->name))
            err(&v, t->loc, "table name \"%s\" is already used by an enum (a table is a type too)", t->name);
        sc_strmap_put(rels, key, t);
    }
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        check_len(&v, "table", t->name, t->loc);
        for (size_t j = 0; j < t->columns.n; j++)
            check_column(&v, t, SC_VEC_AT(t->columns, j, sc_column));
        check_constraints(&v, t, rels);
        check_indexes(&v, t, rels);
        sc_arena_reset(v.tmp);   /* memory (issue 10): its messages are said */
    }
    sc_tblprops_validate(m, d);   /* tblprops6: once every index and key is named */
    for (size_t i = 0; i < m->views.n; i++)
        check_view_name(&v, SC_VEC_AT(m->views, i, sc_view), rels);
    for (size_t i = 0; i < m->views.n; i++)
        check_view(&v, SC_VEC_AT(m->views, i, sc_view), rels);
    sc_strmap_free(rels);
    sc_arena_free(v.tmp);
    sc_keybuf_free(&v.key);
    return d->nerrors > before ? -1 : 0;
}
