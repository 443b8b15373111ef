/* sqlite_keys.c - keys, indexes, foreign keys, checks and enums of a SQLite
 * database. The pragmas say which keys exist and on which columns (SQLite's
 * own truth); the scanned CREATE text adds their names, DEFERRABLE, index
 * expressions and predicates, and the CHECK constraints. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "inspect/sqlite_inspect.h"

static sc_names names_copy(sc_arena *a, const char *const *items, size_t n)
{
    sc_names r = {sc_arena_alloc(a, (n + 1) * sizeof *r.items), n};
    for (size_t i = 0; i < n; i++)
        r.items[i] = sc_arena_strdup(a, items[i]);
    return r;
}

/* The column's spelling in the table (constraint texts may use another case). */
static const char *canon_column(const sc_table *t, const char *name)
{
    sc_column *col = sq_find_column(t, name);
    return col ? col->name : name;
}

static bool same_names(const sc_vec *scanned, const char *const *names, size_t n)
{
    if (scanned->n != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(scanned->items[i], names[i]) != 0)
            return false;
    return true;
}

/* The first scanned constraint of this kind not matched yet whose columns
 * are `cols` (any when cols is NULL); NULL when none. */
static sq_constraint *scanned_con(sq_tinfo *ti, sc_con_kind kind, const char *const *cols, size_t n,
                                  const char *ref_table)
{
    for (size_t i = 0; ti->scanned && i < ti->scan.constraints.n; i++) {
        sq_constraint *sc = SC_VEC_AT(ti->scan.constraints, i, sq_constraint);
        if (sc->kind != kind || sc->used || (cols && !same_names(&sc->columns, cols, n)))
            continue;
        if (ref_table && strcasecmp(sc->ref_table, ref_table) != 0)
            continue;
        sc->used = true;
        return sc;
    }
    return NULL;
}

static const char *declared_type(const sq_tinfo *ti, const sc_column *col)
{
    for (size_t i = 0; i < ti->t->columns.n; i++)
        if (SC_VEC_AT(ti->t->columns, i, sc_column) == col)
            return i < ti->declared.n ? ti->declared.items[i] : "";
    return "";
}

int sq_read_primary_keys(sq_ctx *c)
{
    sc_arena *a = c->m->arena;
    for (size_t i = 0; i < c->tables.n; i++) {
        sq_tinfo *ti = SC_VEC_AT(c->tables, i, sq_tinfo);
        if (!ti->npk)
            continue;
        sc_constraint *pk = sc_table_add_constraint(c->m, ti->t, SC_CON_PRIMARY_KEY);
        pk->columns = names_copy(a, ti->pk_cols, ti->npk);
        for (size_t k = 0; k < ti->npk; k++) {
            sc_column *col = sc_table_column(ti->t, ti->pk_cols[k]);
            if (col && !col->not_null)   /* as PostgreSQL (and the model) have it, */
                col->not_null = col->sqlite_implicit_not_null = true;   /* but not written */
            /* a WITHOUT ROWID table's key is NOT NULL in the pragma whatever
             * its text says: the text decides whether it is written */
            const sq_column *sc = col && ti->t->sqlite_without_rowid ? sq_scanned_column(ti, col->name) : NULL;
            if (sc && !sc->not_null)
                col->sqlite_implicit_not_null = true;
        }
        sq_constraint *sc = scanned_con(ti, SC_CON_PRIMARY_KEY, NULL, 0, NULL);
        if (sc && sc->name) {
            pk->name = sc_arena_strdup(a, sc->name);
            pk->name_explicit = true;
        } else
            pk->name = sc_name_pk(a, ti->t);
        /* INTEGER PRIMARY KEY is the rowid: SQLite assigns it, as identity would */
        sc_column *col = sc_table_column(ti->t, ti->pk_cols[0]);
        if (ti->npk == 1 && col && !ti->scan.without_rowid &&
            strcasecmp(declared_type(ti, col), "INTEGER") == 0)
            col->identity = SC_IDENTITY_BY_DEFAULT;
    }
    return 0;
}

/* ---- indexes and unique constraints ------------------------------------ */

typedef struct ix_rows {
    sq_tinfo *ti;
    const char *name, *origin;
    bool unique;
    sc_vec cids, names, descs, colls;   /* per key element (ints boxed as pointers) */
} ix_rows;

static void add_unique(sq_ctx *c, ix_rows *r)
{
    sc_arena *a = c->m->arena;
    size_t n = r->names.n;
    const char **cols = sc_arena_alloc(c->tmp, (n + 1) * sizeof *cols);
    for (size_t i = 0; i < n; i++)
        cols[i] = r->names.items[i] ? r->names.items[i] : "";
    sc_constraint *u = sc_table_add_constraint(c->m, r->ti->t, SC_CON_UNIQUE);
    u->columns = names_copy(a, cols, n);
    sq_constraint *sc = scanned_con(r->ti, SC_CON_UNIQUE, cols, n, NULL);
    if (!sc)   /* PRIMARY KEY of a WITHOUT ROWID table or a second key: still unique */
        sc = scanned_con(r->ti, SC_CON_PRIMARY_KEY, cols, n, NULL);
    if (sc && sc->name) {
        u->name = sc_arena_strdup(a, sc->name);
        u->name_explicit = true;
    } else
        u->name = sc_name_unique(a, r->ti->t, &u->columns);
}

static void add_index(sq_ctx *c, ix_rows *r)
{
    sc_arena *a = c->m->arena;
    const sq_index *scan = sc_strmap_get(c->index_scans, r->name);
    if (scan && scan->elems.n != r->cids.n)
        scan = NULL;   /* the text and the pragma disagree: trust the pragma */
    sc_index *ix = sc_table_add_index(c->m, r->ti->t);
    ix->name = sc_arena_strdup(a, r->name);
    const sq_index *text = sc_strmap_get(c->index_scans, r->name);
    if (text && text->sql)
        sc_index_set_sqlite_sql(a, ix, sc_arena_strdup(a, text->sql));
    ix->name_explicit = true;
    ix->unique = r->unique;
    ix->nelems = r->cids.n;
    ix->elems = sc_arena_alloc(a, (ix->nelems + 1) * sizeof *ix->elems);
    for (size_t i = 0; i < ix->nelems; i++) {
        sc_index_elem *e = &ix->elems[i];
        const sq_index_elem *se = scan ? SC_VEC_AT(scan->elems, i, sq_index_elem) : NULL;
        long cid = (long)(intptr_t)r->cids.items[i];
        if (cid >= 0 && r->names.items[i])
            e->column = sc_arena_strdup(a, r->names.items[i]);
        else if (se && se->expr)
            e->expr = sc_arena_strdup(a, se->expr);
        else {
            sc_warn(c->d, "index %s: expression of element %zu not found in its CREATE text",
                    r->name, i + 1);
            e->expr = sc_arena_strdup(a, "NULL");
        }
        e->desc = r->descs.items[i] != NULL;
        /* the text says which collation was asked for; the pragma would also
         * report one the column inherits from its own declaration */
        const char *coll = se ? se->collation : r->colls.items[i];
        if (coll && strcasecmp(coll, "BINARY") != 0)
            sc_index_elem_set_collation(a, e, sc_arena_strdup(a, coll));
    }
    if (scan && scan->where)
        ix->where = sc_arena_strdup(a, scan->where);
}

static void flush_index(sq_ctx *c, ix_rows *r)
{
    if (!r->ti || !r->name)
        return;
    if (strcmp(r->origin, "u") == 0)
        add_unique(c, r);
    else
        add_index(c, r);
    memset(&r->cids, 0, sizeof r->cids);
    memset(&r->names, 0, sizeof r->names);
    memset(&r->descs, 0, sizeof r->descs);
    memset(&r->colls, 0, sizeof r->colls);
}

int sq_read_indexes(sq_ctx *c)
{
    sqlite3_stmt *st = sq_prepare(c,
        "SELECT m.name, il.name, il.\"unique\", il.origin, ix.cid, ix.name, ix.\"desc\", ix.coll "
        "FROM main.sqlite_schema m JOIN pragma_index_list(m.name, 'main') il "
        "JOIN pragma_index_xinfo(il.name, 'main') ix "
        "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND il.origin <> 'pk' AND ix.key = 1 "
        "ORDER BY m.rowid, il.name, ix.seqno");
    if (!st)
        return -1;
    ix_rows r = {0};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        sq_tinfo *ti = sc_strmap_get(c->by_name, (const char *)sqlite3_column_text(st, 0));
        const char *name = (const char *)sqlite3_column_text(st, 1);
        if (!ti || !name)
            continue;
        if (ti != r.ti || !r.name || strcmp(name, r.name) != 0) {
            flush_index(c, &r);
            r.ti = ti;
            r.name = sc_arena_strdup(c->tmp, name);
            r.unique = sqlite3_column_int(st, 2) != 0;
            r.origin = sq_col_text(c, st, 3);
            if (!r.origin)
                r.origin = "c";
        }
        sc_vec_push(c->tmp, &r.cids, (void *)(intptr_t)sqlite3_column_int(st, 4));
        sc_vec_push(c->tmp, &r.names, (void *)sq_col_text(c, st, 5));
        sc_vec_push(c->tmp, &r.descs, sqlite3_column_int(st, 6) ? (void *)&r : NULL);
        sc_vec_push(c->tmp, &r.colls, (void *)sq_col_text(c, st, 7));
    }
    flush_index(c, &r);
    return sq_finish(c, st, rc);
}

/* ---- foreign keys ---------------------------------------------------------- */

typedef struct fk_rows {
    sq_tinfo *ti;
    long id;
    const char *ref_table, *on_update, *on_delete;
    sc_vec from, to;
} fk_rows;

static sc_fk_action action(const char *s)
{
    if (!s) return SC_FK_NO_ACTION;
    if (strcasecmp(s, "CASCADE") == 0) return SC_FK_CASCADE;
    if (strcasecmp(s, "RESTRICT") == 0) return SC_FK_RESTRICT;
    if (strcasecmp(s, "SET NULL") == 0) return SC_FK_SET_NULL;
    if (strcasecmp(s, "SET DEFAULT") == 0) return SC_FK_SET_DEFAULT;
    return SC_FK_NO_ACTION;
}

static void add_fk(sq_ctx *c, fk_rows *r)
{
    sc_arena *a = c->m->arena;
    size_t n = r->from.n;
    sq_tinfo *ref = sq_find_table(c, r->ref_table);
    const char **from = sc_arena_alloc(c->tmp, (n + 1) * sizeof *from);
    const char **to = sc_arena_alloc(c->tmp, (n + 1) * sizeof *to);
    bool to_pk = false;
    for (size_t i = 0; i < n; i++) {
        from[i] = canon_column(r->ti->t, r->from.items[i]);
        to[i] = r->to.items[i];
        if (!to[i])
            to_pk = true;
        else if (ref)
            to[i] = canon_column(ref->t, to[i]);
    }
    /* an FK without a column list references the parent's primary key */
    size_t nto = n;
    if (to_pk) {
        if (ref && ref->npk == n) {
            for (size_t i = 0; i < n; i++)
                to[i] = ref->pk_cols[i];
        } else {
            sc_warn(c->d, "table %s: foreign key to %s names no columns and %s has no matching "
                    "primary key", r->ti->t->name, r->ref_table, r->ref_table);
            nto = 0;
        }
    }
    sc_constraint *fk = sc_table_add_constraint(c->m, r->ti->t, SC_CON_FOREIGN_KEY);
    fk->columns = names_copy(a, from, n);
    fk->ref_schema = sc_arena_strdup(a, SC_DEFAULT_SCHEMA);
    fk->ref_table = sc_arena_strdup(a, ref ? ref->t->name : r->ref_table);
    fk->ref_columns = names_copy(a, to, nto);
    fk->on_update = action(r->on_update);
    fk->on_delete = action(r->on_delete);
    sq_constraint *sc = scanned_con(r->ti, SC_CON_FOREIGN_KEY, from, n, r->ref_table);
    if (sc) {
        fk->deferrable = sc->deferrable;
        fk->initially_deferred = sc->initially_deferred;
    }
    if (sc && sc->name) {
        fk->name = sc_arena_strdup(a, sc->name);
        fk->name_explicit = true;
    } else
        fk->name = sc_name_fk(a, r->ti->t, fk);
}

int sq_read_foreign_keys(sq_ctx *c)
{
    sqlite3_stmt *st = sq_prepare(c,
        "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
        "FROM main.sqlite_schema m JOIN pragma_foreign_key_list(m.name, 'main') f "
        "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY m.rowid, f.id DESC, f.seq");
    if (!st)
        return -1;
    fk_rows r = {0};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        sq_tinfo *ti = sc_strmap_get(c->by_name, (const char *)sqlite3_column_text(st, 0));
        long id = sqlite3_column_int(st, 1);
        if (!ti)
            continue;
        if (ti != r.ti || id != r.id) {
            if (r.ti)
                add_fk(c, &r);
            memset(&r, 0, sizeof r);
            r.ti = ti;
            r.id = id;
            r.ref_table = sq_col_text(c, st, 2);
            if (!r.ref_table)
                r.ref_table = "";
            r.on_update = sq_col_text(c, st, 5);
            r.on_delete = sq_col_text(c, st, 6);
        }
        sc_vec_push(c->tmp, &r.from, (void *)sq_col_text(c, st, 3));
        sc_vec_push(c->tmp, &r.to, (void *)sq_col_text(c, st, 4));
    }
    if (r.ti)
        add_fk(c, &r);
    return sq_finish(c, st, rc);
}

/* ---- checks and enums ------------------------------------------------------ */

static bool same_labels(const sc_names *x, const sc_names *y)
{
    if (x->n != y->n)
        return false;
    for (size_t i = 0; i < x->n; i++)
        if (strcmp(x->items[i], y->items[i]) != 0)
            return false;
    return true;
}

/* The SQLite spelling of an enum column: a declared type that is not a
 * built-in one and CHECK (col IN ('a', ...)). Returns true when the check
 * was turned into the enum (and is to be dropped). */
static bool as_enum(sq_ctx *c, sq_tinfo *ti, const char *expr)
{
    const char *colname;
    sc_names labels;
    if (!sq_match_in_list(c->tmp, expr, &colname, &labels))
        return false;
    sc_column *col = sq_find_column(ti->t, colname);
    if (!col || col->type.is_user)
        return false;
    const char *declared = declared_type(ti, col);
    if (sq_type_is_builtin(declared) || sc_type_is_builtin(&col->type) || strchr(declared, '(') ||
        strchr(declared, '['))
        return false;
    sc_enum *e = sc_model_enum(c->m, SC_DEFAULT_SCHEMA, declared);
    if (e && !same_labels(&e->labels, &labels)) {
        sc_warn(c->d, "table %s, column %s: type %s has other values than elsewhere; kept as a "
                "CHECK constraint", ti->t->name, col->name, declared);
        return false;
    }
    if (!e) {
        e = sc_model_add_enum(c->m, SC_DEFAULT_SCHEMA, declared);
        e->labels = names_copy(c->m->arena, labels.items, labels.n);
    }
    memset(&col->type, 0, sizeof col->type);
    col->type.schema = e->schema;
    col->type.name = e->name;
    col->type.is_user = true;
    return true;
}

int sq_read_checks(sq_ctx *c)
{
    sc_arena *a = c->m->arena;
    for (size_t i = 0; i < c->tables.n; i++) {
        sq_tinfo *ti = SC_VEC_AT(c->tables, i, sq_tinfo);
        int ordinal = 0;
        for (size_t k = 0; ti->scanned && k < ti->scan.constraints.n; k++) {
            sq_constraint *sc = SC_VEC_AT(ti->scan.constraints, k, sq_constraint);
            if (sc->kind != SC_CON_CHECK || as_enum(c, ti, sc->check_expr))
                continue;
            sc_constraint *ck = sc_table_add_constraint(c->m, ti->t, SC_CON_CHECK);
            ck->check_expr = sc_arena_strdup(a, sc->check_expr);
            ordinal++;
            if (sc->name) {
                ck->name = sc_arena_strdup(a, sc->name);
                ck->name_explicit = true;
            } else
                ck->name = sc_name_check(a, ti->t, ck->check_expr, ordinal);
        }
    }
    return 0;
}

/* ---- unique convention names ----------------------------------------------- */

/* A taken name gets _2, _3, ... as the DSL's naming does (parser/finish.c):
 * key-backed names share the schema's relation namespace with tables and
 * indexes, check and foreign key names the table's. */
static const char *unique_name(sq_ctx *c, sc_strmap *taken, const char *scope, const char *name)
{
    const char *key = sc_qname(c->tmp, scope, name), *cand = name;
    for (int i = 2; sc_strmap_has(taken, key); i++) {
        char suffix[16];
        snprintf(suffix, sizeof suffix, "_%d", i);
        size_t room = SC_PG_NAMEDATALEN - strlen(suffix);
        const char *base = strlen(name) > room ? sc_arena_strndup(c->tmp, name, room) : name;
        cand = sc_arena_printf(c->m->arena, "%s%s", base, suffix);
        key = sc_qname(c->tmp, scope, cand);
    }
    sc_strmap_put(taken, key, (void *)cand);
    return cand;
}

static bool key_backed(sc_con_kind k)
{
    return k == SC_CON_PRIMARY_KEY || k == SC_CON_UNIQUE;
}

int sq_unique_names(sq_ctx *c)
{
    sc_strmap *rel = sc_strmap_new(), *con = sc_strmap_new();
    /* what the database named is taken first */
    for (size_t i = 0; i < c->tables.n; i++) {
        sc_table *t = SC_VEC_AT(c->tables, i, sq_tinfo)->t;
        const char *scope = sc_arena_printf(c->tmp, "%s\x1f", t->name);
        sc_strmap_put(rel, sc_qname(c->tmp, "", t->name), t);
        for (size_t k = 0; k < t->indexes.n; k++)
            sc_strmap_put(rel, sc_qname(c->tmp, "", SC_VEC_AT(t->indexes, k, sc_index)->name), t);
        for (size_t k = 0; k < t->constraints.n; k++) {
            sc_constraint *k1 = SC_VEC_AT(t->constraints, k, sc_constraint);
            if (k1->name_explicit)
                sc_strmap_put(key_backed(k1->kind) ? rel : con,
                              sc_qname(c->tmp, key_backed(k1->kind) ? "" : scope, k1->name), t);
        }
    }
    for (size_t i = 0; i < c->tables.n; i++) {
        sc_table *t = SC_VEC_AT(c->tables, i, sq_tinfo)->t;
        const char *scope = sc_arena_printf(c->tmp, "%s\x1f", t->name);
        for (size_t k = 0; k < t->constraints.n; k++) {
            sc_constraint *k1 = SC_VEC_AT(t->constraints, k, sc_constraint);
            if (!k1->name_explicit)
                k1->name = key_backed(k1->kind) ? unique_name(c, rel, "", k1->name)
                                                : unique_name(c, con, scope, k1->name);
        }
    }
    sc_strmap_free(rel);
    sc_strmap_free(con);
    return 0;
}
