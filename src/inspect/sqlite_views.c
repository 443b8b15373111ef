/* sqlite_views.c - the views of a SQLite database -> sc_view.
 *
 * The text is kept as sqlite_schema holds it (sqlite_sql), so that a view is
 * re-created byte for byte; the SELECT after AS is the query. The columns
 * and their declared types come from pragma_table_xinfo, one query for all
 * views. What a view reads comes from SQLite itself, not from a parser of
 * ours: `SELECT * FROM view` is prepared with an authorizer installed, and
 * every SQLITE_READ whose innermost view is this one is a column it reads
 * (SQLite reports the reads of a view over a view with that inner view as
 * the source, so only the direct references are taken). A column read is a
 * read of its relation too; a relation read without naming a column
 * (count(*)) is a relation ref, found after FROM or JOIN in the query. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inspect/sqlite_inspect.h"

void sq_note_view(sq_ctx *c, const char *name, const char *sql)
{
    sc_vec_push(c->tmp, &c->view_texts, sc_arena_strdup(c->tmp, name));
    sc_vec_push(c->tmp, &c->view_texts, sc_arena_strdup(c->tmp, sql));
}

static bool is_word(const char *sql, const sq_tok *t, const char *w)
{
    return t->kind == SQ_WORD && strlen(w) == t->len && strncasecmp(sql + t->off, w, t->len) == 0;
}

/* CREATE [TEMP] VIEW [IF NOT EXISTS] [schema.]name [(a, b)] AS select:
 * the column list into v->column_list and the select's text into v->query.
 * Returns 0, or -1 when the text is not of that shape. */
static int split_view_text(sq_ctx *c, sc_view *v, const char *sql)
{
    sq_tok *t;
    const char *err;
    long n = sq_tokenize_heap(sql, &t, &err);
    if (n < 0)
        return -1;
    long i = 0;
    while (i < n && !is_word(sql, &t[i], "VIEW"))
        i++;
    i++;
    if (i + 2 < n && is_word(sql, &t[i], "IF"))
        i += 3;   /* IF NOT EXISTS */
    i++;   /* the name */
    if (i + 1 < n && t[i].kind == SQ_OP && sql[t[i].off] == '.')
        i += 2;
    sc_vec names = {0};
    if (i < n && t[i].kind == SQ_OP && sql[t[i].off] == '(') {
        for (i++; i < n && !(t[i].kind == SQ_OP && sql[t[i].off] == ')'); i++)
            if (!(t[i].kind == SQ_OP && sql[t[i].off] == ','))
                sc_vec_push(c->m->arena, &names, sq_tok_value(c->m->arena, sql, &t[i]));
        i++;
    }
    int rc = -1;
    if (i < n && is_word(sql, &t[i], "AS") && i + 1 < n) {
        size_t from = t[i + 1].off, to = strlen(sql);
        while (to > from && (sql[to - 1] == ';' || sql[to - 1] == ' ' || sql[to - 1] == '\n' ||
                             sql[to - 1] == '\t' || sql[to - 1] == '\r'))
            to--;
        v->query = sc_arena_strndup(c->m->arena, sql + from, to - from);
        v->column_list.items = (const char **)names.items;
        v->column_list.n = names.n;
        rc = 0;
    }
    free(t);
    return rc;
}

static void add_view_column(sq_ctx *c, sc_view *v, sqlite3_stmt *st, int at)
{
    const char *name = sq_col_text(c, st, at), *declared = sq_col_text(c, st, at + 1);
    sc_view_column *col = v && name ? sc_view_add_column(c->m, v, name) : NULL;
    if (col && declared && *declared)
        sq_declared_type(c, declared, &col->type, sc_arena_printf(c->tmp, "view %s", v->name), name);
}

/* One query for every view; 0, or -1 when some view cannot be read. */
static int read_view_columns(sq_ctx *c)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT m.name, p.name, p.type FROM main.sqlite_schema m "
                           "JOIN pragma_table_xinfo(m.name, 'main') p WHERE m.type = 'view' "
                           "ORDER BY m.rowid, p.cid", -1, &st, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return -1;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        add_view_column(c, sc_model_view(c->m, SC_DEFAULT_SCHEMA, (const char *)sqlite3_column_text(st, 0)),
                        st, 1);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* The slow way, only when a view is broken (a table it names was dropped:
 * then the pragma fails, for the joined query as a whole): view by view,
 * the broken ones named on stderr with SQLite's message. */
static void read_view_columns_one_by_one(sq_ctx *c)
{
    for (size_t i = 0; i < c->m->views.n; i++) {
        sc_view *v = SC_VEC_AT(c->m->views, i, sc_view);
        v->columns.n = 0;
        sqlite3_stmt *st = NULL;
        int rc = sqlite3_prepare_v2(c->db, "SELECT name, type FROM pragma_table_xinfo(?1, 'main') ORDER BY cid",
                                    -1, &st, NULL);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(st, 1, v->name, -1, SQLITE_STATIC);
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                add_view_column(c, v, st, 0);
        }
        if (rc != SQLITE_DONE)
            sc_warn(c->d, "view %s: its columns cannot be read (%s)", v->name, sqlite3_errmsg(c->db));
        sqlite3_finalize(st);
    }
}

typedef struct auth_ctx {
    sq_ctx *c;
    sc_view *v;
    sc_strmap *seen;   /* "rel\x1fcol" and "rel" already recorded */
} auth_ctx;

static void add_ref(auth_ctx *ax, const char *rel, const char *col)
{
    sc_arena *a = ax->c->tmp;
    const char *key = col ? sc_arena_printf(a, "%s\x1f%s", rel, col) : rel;
    if (sc_strmap_has(ax->seen, key))
        return;
    sc_strmap_put(ax->seen, key, ax->seen);
    sc_view_add_ref(ax->c->m, ax->v, col ? SC_REF_COLUMN : SC_REF_RELATION, SC_DEFAULT_SCHEMA, rel, col);
}

/* The name a table or view is stored under, for a name as written. */
static const char *stored_relation(sq_ctx *c, const char *name)
{
    sq_tinfo *ti = sq_find_table(c, name);
    if (ti)
        return ti->t->name;
    for (size_t i = 0; i < c->m->views.n; i++) {
        sc_view *v = SC_VEC_AT(c->m->views, i, sc_view);
        if (strcasecmp(v->name, name) == 0)
            return v->name;
    }
    return NULL;
}

static int authorize(void *arg, int code, const char *a1, const char *a2, const char *db, const char *inner)
{
    auth_ctx *ax = arg;
    if (code != SQLITE_READ || !a1 || !inner || strcasecmp(inner, ax->v->name) != 0 ||
        (db && strcmp(db, "main") != 0))
        return SQLITE_OK;
    const char *rel = stored_relation(ax->c, a1);
    if (!rel)
        return SQLITE_OK;
    /* a column read is a read of its relation too (the diff's rule): the
     * relation alone is recorded only when no column of it is read */
    if (a2 && *a2) {
        add_ref(ax, rel, a2);
        sc_strmap_put(ax->seen, sc_arena_printf(ax->c->tmp, "%s\x1e", rel), ax->seen);
    } else {
        add_ref(ax, rel, NULL);
    }
    return SQLITE_OK;
}

/* Relations named in the query without a column read (SELECT count(*) FROM t):
 * the names right after FROM or JOIN. */
static void named_relations(auth_ctx *ax)
{
    const char *q = ax->v->query;
    sq_tok *t;
    const char *err;
    long n = q ? sq_tokenize_heap(q, &t, &err) : -1;
    if (n < 0)
        return;
    for (long i = 1; i < n; i++) {
        /* a name right after FROM or JOIN: a relation (a word elsewhere may
         * be a keyword or a column that happens to share a view's name) */
        if ((t[i].kind != SQ_WORD && t[i].kind != SQ_QUOTED) || t[i - 1].kind != SQ_WORD ||
            !(is_word(q, &t[i - 1], "FROM") || is_word(q, &t[i - 1], "JOIN")))
            continue;
        const char *rel = stored_relation(ax->c, sq_tok_value(ax->c->tmp, q, &t[i]));
        if (rel && strcasecmp(rel, ax->v->name) != 0 &&
            !sc_strmap_has(ax->seen, sc_arena_printf(ax->c->tmp, "%s\x1e", rel)))
            add_ref(ax, rel, NULL);
    }
    free(t);
}

static void read_view_refs(sq_ctx *c, sc_view *v)
{
    auth_ctx ax = {c, v, sc_strmap_new()};
    char *sql = sqlite3_mprintf("SELECT * FROM main.\"%w\"", v->name);
    sqlite3_stmt *st = NULL;
    sqlite3_set_authorizer(c->db, authorize, &ax);
    int rc = sqlite3_prepare_v2(c->db, sql, -1, &st, NULL);
    sqlite3_set_authorizer(c->db, NULL, NULL);
    sqlite3_finalize(st);
    sqlite3_free(sql);
    if (rc != SQLITE_OK)
        sc_warn(c->d, "view %s: SQLite cannot read it (%s); what it reads is not known", v->name,
                sqlite3_errmsg(c->db));
    else {
        named_relations(&ax);
        v->refs_known = true;
    }
    sc_strmap_free(ax.seen);
}

int sq_read_views(sq_ctx *c)
{
    for (size_t i = 0; i + 1 < c->view_texts.n; i += 2) {
        const char *name = SC_VEC_AT(c->view_texts, i, const char);
        const char *sql = SC_VEC_AT(c->view_texts, i + 1, const char);
        sc_view *v = sc_model_add_view(c->m, SC_DEFAULT_SCHEMA, name);
        if (!v)
            continue;
        v->sqlite_sql = sc_arena_strdup(c->m->arena, sql);
        if (split_view_text(c, v, sql))
            sc_warn(c->d, "view %s: could not find the SELECT in its CREATE VIEW text", name);
    }
    if (!c->view_texts.n)
        return 0;
    if (read_view_columns(c))
        read_view_columns_one_by_one(c);
    for (size_t i = 0; i < c->m->views.n; i++)
        read_view_refs(c, SC_VEC_AT(c->m->views, i, sc_view));
    return 0;
}
