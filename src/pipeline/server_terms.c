/* server_terms.c - the declared schema as the database would spell it, at
 * the cost of loading only what differs.
 *
 * Loading a whole declared schema into a scratch database takes as long as
 * creating it (a minute for 5,000 tables on a small machine). But a table
 * whose declaration already equals the live one as text needs no server to
 * say so, nor does one whose differences hold whatever the spelling (a
 * column added, an index over plain columns: sc_plan_spelling_tables). So:
 * diff as text first; only the tables with a difference between two texts
 * go to the scratch schemas (with the enums and sequences they use, without
 * FKs to tables left out); their re-inspected versions replace the declared
 * ones in a spliced model, which is what the caller diffs against the
 * database. Declared views whose text differs from the live ones are
 * re-read the same way (sc_normalize_pg_views, with what they read) and
 * spliced in too. */
#include <stdlib.h>
#include <string.h>

#include "pipeline/ahead.h"
#include "pipeline/terms.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

typedef struct subset {
    sc_strmap *tables;   /* "schema.name" of the tables in the scratch load */
    /* those of them whose re-read version replaces the declared one: the
     * others are loaded only to be checked (sc_plan_checked_tables) */
    sc_strmap *spliced;
    sc_strmap *types;    /* "schema.name" of the user types their columns use */
    sc_strmap *quoted;   /* the string literals of their defaults ('t_id_seq', 'app.s') */
    const sc_model *live;
} subset;

/* domains, composite and range types: a type one of them uses */
static void note_utype_use(const sc_type *t, void *arg)
{
    subset *s = arg;
    if (t->is_user)
        sc_strmap_put(s->types, sc_qname(s->live->arena, t->schema ? t->schema : SC_DEFAULT_SCHEMA, t->name), NULL);
}

static bool map_has(const sc_strmap *map, const char *schema, const char *name)
{
    char *k = malloc(strlen(schema) + strlen(name) + 2);
    if (!k)
        abort();
    strcpy(k, schema);
    strcat(k, ".");
    strcat(k, name);
    bool r = sc_strmap_has(map, k);
    free(k);
    return r;
}

static void map_add(sc_strmap *map, const char *schema, const char *name)
{
    sc_keybuf kb = {NULL, 0};
    sc_strmap_put(map, sc_keybuf_printf(&kb, "%s.%s", schema, name), NULL);
    sc_keybuf_free(&kb);
}

static bool in_subset(const subset *s, const char *schema, const char *name)
{
    return map_has(s->tables, schema, name);
}

/* FKs whose target is not loaded cannot be created in the scratch database. */
static bool keep_fk_inside(const sc_constraint *k, void *arg)
{
    return k->kind != SC_CON_FOREIGN_KEY ||
           in_subset(arg, k->ref_schema ? k->ref_schema : SC_DEFAULT_SCHEMA, k->ref_table);
}

static bool fk_outside(const sc_constraint *k, void *arg)
{
    return !keep_fk_inside(k, arg);
}

static bool seq_same(const sc_sequence *a, const sc_sequence *b)
{
    return !strcmp(a->type, b->type) && a->start == b->start && a->increment == b->increment &&
           a->has_min == b->has_min && a->has_max == b->has_max &&
           (!a->has_min || a->min_value == b->min_value) && (!a->has_max || a->max_value == b->max_value) &&
           a->cache == b->cache && a->cycle == b->cycle;
}

/* Whether a default of the loaded tables names s ('s', 'schema.s', quoted). */
static bool named_by_default(const subset *sub, const sc_sequence *s)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, s->schema, s->name);
    bool hit = sc_strmap_has(sub->quoted, sc_sb_cstr(&b));
    b.len = 0;
    sc_sb_ident(&b, s->schema);
    sc_sb_putc(&b, '.');
    sc_sb_ident(&b, s->name);
    hit = hit || sc_strmap_has(sub->quoted, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return hit;
}

/* The sequences the scratch load needs: those of loaded tables, those their
 * defaults name, and those that differ from the live ones as text (so that
 * the server spells their implicit bounds); not the thousands of others. */
static sc_share_seq seq_for_subset(const sc_sequence *s, void *arg)
{
    const subset *sub = arg;
    if (s->owned_by_table && in_subset(sub, s->schema, s->owned_by_table))
        return SC_SHARE_AS_IS;
    const sc_sequence *ls = sc_model_sequence(sub->live, s->schema, s->name);
    if (!ls || !seq_same(s, ls) || named_by_default(sub, s))
        return SC_SHARE_WITHOUT_OWNER;
    return SC_SHARE_SKIP;
}

static bool labels_same(const sc_names *a, const sc_names *b)
{
    if (a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->items[i], b->items[i]) != 0)
            return false;
    return true;
}

/* The enums the scratch load needs: those its tables use, and those that
 * differ from the live ones (their comments as the server keeps them). */
static bool enum_for_subset(const sc_enum *e, void *arg)
{
    const subset *sub = arg;
    if (map_has(sub->types, e->schema, e->name))
        return true;
    const sc_enum *le = sc_model_enum(sub->live, e->schema, e->name);
    return !le || !labels_same(&e->labels, &le->labels) ||
           (e->comment ? !le->comment || strcmp(e->comment, le->comment) : le->comment != NULL);
}

/* Every '...' literal of expr, undoubled, into map (PostgreSQL's tokens:
 * not inside comments, quoted names or dollar quotes). */
static void collect_literals(sc_strmap *map, const char *expr)
{
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(expr, strlen(expr), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return;
    for (size_t i = 0; i < t.n; i++) {
        char *v = sc_tok_plain_string(expr, &t.items[i]);
        if (v)
            sc_strmap_put(map, v, NULL);
        free(v);
    }
    sc_toks_free(&t);
}

/* --schema a,b: the declared side is compared in those schemas only, as the
 * database side is read in them only. */
static bool schema_chosen(const char *schema, void *arg)
{
    const sc_inspect_opts *io = arg;
    for (size_t i = 0; i < io->nschemas; i++)
        if (!strcmp(io->schemas[i], schema))
            return true;
    return false;
}

static sc_model *only_schemas(const sc_model *declared, const sc_inspect_opts *io)
{
    sc_model *m = sc_model_new();
    sc_model_share_types(m, declared, &(sc_share_filter){.schema = schema_chosen, .arg = (void *)io});
    sc_model_share_routines(m, declared, schema_chosen, (void *)io);   /* functions, triggers */
    for (size_t i = 0; i < declared->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(declared->tables, i, sc_table);
        if (schema_chosen(t->schema, (void *)io))
            sc_model_link_table(m, t);
    }
    for (size_t i = 0; i < declared->views.n; i++) {
        const sc_view *v = SC_VEC_AT(declared->views, i, sc_view);
        if (schema_chosen(v->schema, (void *)io))
            sc_model_share_view(m, v);
    }
    return m;
}

/* ---- views ------------------------------------------------------------- *
 * A declared view whose query is not the live one's text may still be the
 * same view in another spelling: only the server can say. Until the diff
 * decides which views need that (as sc_plan_spelling_tables does for
 * tables), every view that is new or differs as text is re-read. */
static bool view_same_text(const sc_view *v, const sc_model *live)
{
    const sc_view *lv = sc_model_view(live, v->schema, v->name);
    return lv && lv->materialized == v->materialized && v->query && lv->query && !strcmp(v->query, lv->query);
}

/* views[0..n) re-read by sc_normalize_pg_views; NULL when the load failed
 * (warned). */
static sc_model *views_reread(sc_db *db, const sc_model *live, const sc_model *declared, const sc_view **views,
                              size_t n, const sc_inspect_opts *io, sc_diags *d)
{
    sc_diags nd;
    sc_diags_init(&nd);
    sc_model *norm = sc_normalize_pg_views(db, declared, live, views, n, io, &nd);
    /* warnings (the views' load is a subset schemac chose), with the
     * statement refused when there is one (the hint) */
    for (size_t i = 0; i < nd.n; i++) {
        sc_diag *dg = sc_diag_add(d, nd.items[i].sev == SC_SEV_ERROR ? SC_SEV_WARNING : nd.items[i].sev, SC_ERR_NONE,
                                  nd.items[i].loc, "%s", nd.items[i].msg);
        if (nd.items[i].hint)
            sc_diag_hint(dg, "%s", nd.items[i].hint);
    }
    sc_diags_free(&nd);
    if (!norm)
        sc_warn(d, "views were compared as declared (their text), not as PostgreSQL spells them");
    return norm;
}

/* One model of the views spelled ahead that stand and those re-read (which
 * win), kept in keep->views_parts. */
static sc_model *views_joined(sc_model *standing, sc_model *reread, sc_terms *keep)
{
    if (!standing || !reread)
        return standing ? standing : reread;
    keep->views_parts[0] = standing;
    keep->views_parts[1] = reread;
    sc_model *m = sc_model_new();
    for (size_t i = 0; i < reread->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(reread->views, i, sc_view));
    for (size_t i = 0; i < standing->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(standing->views, i, sc_view));   /* NULL when re-read */
    sc_model_sort(m);
    return m;
}

/* The declared views on PostgreSQL's terms where their text differs from
 * the live one: spelled ahead of the catalog where that spelling stands
 * (sc_pg_views_not_ahead), else re-read now; NULL when none needed it or
 * the load failed (warned). */
static sc_model *views_on_server_terms(sc_db *db, const sc_model *live, const sc_model *declared,
                                       const sc_inspect_opts *io, sc_terms *keep, sc_diags *d)
{
    const sc_view **want = calloc(2 * declared->views.n + 1, sizeof *want);
    if (!want)
        abort();
    size_t n = 0;
    for (size_t i = 0; i < declared->views.n; i++) {
        const sc_view *v = SC_VEC_AT(declared->views, i, sc_view);
        if (!view_same_text(v, live))
            want[n++] = v;
    }
    sc_model *norm = NULL;
    if (n) {
        const sc_view **redo = want + n;
        sc_model *standing = NULL;
        size_t nredo = sc_pg_views_not_ahead(declared, live, sc_terms_settle(keep), want, n, redo, &standing);
        sc_model *reread = nredo ? views_reread(db, live, declared, redo, nredo, io, d) : NULL;
        norm = views_joined(standing, reread, keep);
    }
    free(want);
    return norm;
}

/* Every declared view into dst: re-read from `norm` where it was (with the
 * declared rename hint), as declared otherwise. */
static void splice_views(sc_model *dst, const sc_model *declared, const sc_model *norm)
{
    for (size_t i = 0; i < declared->views.n; i++) {
        const sc_view *v = SC_VEC_AT(declared->views, i, sc_view);
        const sc_view *nv = norm ? sc_model_view(norm, v->schema, v->name) : NULL;
        sc_view *sv = sc_model_share_view(dst, nv ? nv : v);
        if (sv && nv) {
            sv->renamed_from = v->renamed_from;
            sv->loc = v->loc;
        }
    }
}

/* Sequences as the server spells them (a descending sequence gets its
 * implicit bounds), their owners as declared (the scratch load may have
 * left the owning table out). */
static void sequences_from(sc_model *spliced, const sc_model *norm)
{
    for (size_t i = 0; i < spliced->sequences.n; i++) {
        sc_sequence *q = SC_VEC_AT(spliced->sequences, i, sc_sequence);
        const sc_sequence *ns = sc_model_sequence(norm, q->schema, q->name);
        if (!ns)
            continue;
        sc_sequence kept = *q;   /* spliced's own copy (sc_model_share_types) */
        *q = *ns;
        q->schema = kept.schema;
        q->name = kept.name;
        q->owned_by_table = kept.owned_by_table;
        q->owned_by_column = kept.owned_by_column;
        q->loc = kept.loc;
    }
}

/* declared, with the views re-read on the server's terms when some were. */
static const sc_model *with_views(const sc_model *declared, sc_terms *keep)
{
    if (!keep->views)
        return declared;
    keep->spliced = sc_model_new();
    sc_model_share_types(keep->spliced, declared, NULL);
    sc_model_share_routines(keep->spliced, declared, NULL, NULL);   /* functions, triggers */
    for (size_t i = 0; i < declared->tables.n; i++)
        sc_model_link_table(keep->spliced, SC_VEC_AT(declared->tables, i, sc_table));
    splice_views(keep->spliced, declared, keep->views);
    sc_model_sort(keep->spliced);
    return keep->spliced;
}

const sc_model *sc_terms_settle(sc_terms *t)
{
    if (t->ahead_job) {
        t->ahead = sc_ahead_views(t->ahead_job);
        sc_ahead_free(t->ahead_job);
        t->ahead_job = NULL;
    }
    return t->ahead;
}

void sc_terms_free(sc_terms *t)
{
    sc_terms_settle(t);
    sc_model_free(t->spliced);
    sc_model_free(t->views);
    sc_model_free(t->views_parts[0]);
    sc_model_free(t->views_parts[1]);
    sc_model_free(t->ahead);
    sc_model_free(t->norm);
    sc_model_free(t->sub);
    sc_model_free(t->filtered);
    sc_model_free(t->routines);
    memset(t, 0, sizeof *t);
}

static void subset_free(subset *s)
{
    sc_strmap_free(s->tables);
    sc_strmap_free(s->spliced);
    sc_strmap_free(s->quoted);
    sc_strmap_free(s->types);
}

/* An index of t the scratch load leaves out: one the server could not
 * spell otherwise (sc_index_structural), and on which nothing else it
 * creates may stand: not unique (a foreign key may reference its columns),
 * without storage parameters, tablespace or comment, of a table outside
 * partitioning and inheritance (whose indexes are copied to other tables).
 * Creating the 200 plain indexes of 50 tables was half of their load;
 * splice_tables gives the declared ones back. */
static bool index_left_out(const sc_table *t, const sc_index *ix)
{
    return !ix->unique && sc_index_structural(ix) && !sc_index_options(ix)->n && !sc_index_tablespace(ix) &&
           !sc_index_comment(ix) && !t->partition_key && !t->parent_name && !t->inherits.n;
}

/* t's share in the scratch model n without the indexes left out. */
static void leave_out_indexes(sc_model *sub, sc_table *n, const sc_table *t)
{
    sc_vec kept = {0};
    for (size_t i = 0; i < t->indexes.n; i++) {
        sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (!index_left_out(t, ix))
            sc_vec_push(sub->arena, &kept, ix);
    }
    n->indexes = kept;
}

/* The changed tables into keep->sub, with the enums and sequences they
 * need; s records which tables, types and quoted names that took. */
static void build_subset(subset *s, sc_terms *keep, const sc_model *declared, const sc_table **changed,
                         size_t n)
{
    keep->sub = sc_model_new();
    for (size_t i = 0; i < n; i++) {
        sc_strmap_put(s->tables, sc_qname(keep->sub->arena, changed[i]->schema, changed[i]->name), NULL);
        for (size_t j = 0; j < changed[i]->columns.n; j++) {
            const sc_column *c = SC_VEC_AT(changed[i]->columns, j, sc_column);
            if (c->default_expr)
                collect_literals(s->quoted, c->default_expr);
            if (c->type.is_user)
                sc_strmap_put(s->types, sc_qname(keep->sub->arena, c->type.schema ? c->type.schema
                                                                                  : SC_DEFAULT_SCHEMA,
                                                 c->type.name), NULL);
        }
    }
    /* domains, composite and range types are all loaded: the enums they use with them */
    for (size_t i = 0; i < declared->utypes.n; i++)
        sc_utype_each_type(SC_VEC_AT(declared->utypes, i, sc_utype), note_utype_use, s);
    sc_model_share_types(keep->sub, declared,
                         &(sc_share_filter){.enumeration = enum_for_subset, .sequence = seq_for_subset, .arg = s});
    for (size_t i = 0; i < n; i++)
        leave_out_indexes(keep->sub, sc_model_share_table(keep->sub, changed[i], keep_fk_inside, s), changed[i]);
    /* new functions a default, generated column, check or index calls:
     * created ahead of the tables (scratch_pg_fns.c) */
    sc_model_share_routines(keep->sub, declared, NULL, NULL);
    sc_model_sort(keep->sub);
}

/* SQLite refused a statement of the subset of the declared schema in
 * memory (SC_ERR_MIGRATION; what it cannot express at all is the
 * emitter's SC_ERR_UNSUPPORTED, refused later with exit 6): refused whole
 * too, that is the schema's error (the migration would be refused the
 * same), not a subset that left something out (newuser4's trigger): the
 * refusal becomes an input error. The whole load costs milliseconds, and
 * only when the subset failed. */
static void sqlite_refused(const sc_model *declared, sc_diags *nd)
{
    sc_diags whole;
    sc_diags_init(&whole);
    sc_model *m = sc_normalize_sqlite(declared, &whole);
    if (!m) {
        for (size_t i = 0; i < nd->n; i++)
            if (nd->items[i].sev == SC_SEV_ERROR && nd->items[i].kind == SC_ERR_MIGRATION)
                nd->items[i].kind = SC_ERR_INPUT;
    }
    sc_model_free(m);
    sc_diags_free(&whole);
}

/* keep->sub loaded and read back into keep->norm; a scratch load that
 * fails (a role without CREATEDB, ...) costs exactness of spelling, not
 * the diff: its messages become warnings. But a statement of the declared
 * schema that the user's own database refuses (SC_ERR_INPUT: the
 * migration would fail on it too) stays an error, with its hint. */
static void scratch_load(sc_db *db, sc_dialect dialect, const sc_inspect_opts *io, const sc_model *declared,
                         sc_terms *keep, sc_diags *d)
{
    sc_diags nd;
    sc_diags_init(&nd);
    keep->norm = dialect == SC_DIALECT_POSTGRESQL ? sc_normalize_pg(db, keep->sub, io, &nd)
                                                  : sc_normalize_sqlite(keep->sub, &nd);
    if (!keep->norm && dialect == SC_DIALECT_SQLITE)
        sqlite_refused(declared, &nd);
    for (size_t i = 0; i < nd.n; i++) {
        const sc_diag *x = &nd.items[i];
        bool schemas = x->sev == SC_SEV_ERROR && x->kind == SC_ERR_INPUT;
        sc_diag *dg = sc_diag_add(d, x->sev == SC_SEV_ERROR && !schemas ? SC_SEV_WARNING : x->sev,
                                  schemas ? SC_ERR_INPUT : SC_ERR_NONE, x->loc, "%s", x->msg);
        if (x->hint)
            sc_diag_hint(dg, "%s", x->hint);
    }
    sc_diags_free(&nd);
}

/* declared, with each changed table replaced by its re-read version plus
 * the FKs and indexes that the scratch load left out, into keep->spliced */
static const sc_model *splice_tables(const sc_model *declared, const subset *s, sc_terms *keep)
{
    keep->spliced = sc_model_new();
    /* domains, composite and range types as the server spells them (their
     * checks and defaults); the declared ones of the same names are then
     * skipped by the next call */
    sc_utypes_adopt_hints(keep->norm, declared);
    sc_utypes_share(keep->spliced, keep->norm, NULL, NULL);
    sc_model_share_types(keep->spliced, declared, NULL);
    sc_model_share_routines(keep->spliced, declared, NULL, NULL);   /* functions, triggers */
    sequences_from(keep->spliced, keep->norm);
    for (size_t i = 0; i < declared->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(declared->tables, i, sc_table);
        const sc_table *nt = map_has(s->spliced, t->schema, t->name)
                                 ? sc_model_table(keep->norm, t->schema, t->name) : NULL;
        if (!nt) {
            sc_model_link_table(keep->spliced, t);
            continue;
        }
        sc_table *st = sc_model_share_table(keep->spliced, nt, NULL, NULL);
        st->renamed_from = t->renamed_from;
        st->partition_loc = t->partition_loc;   /* partitioning: errors located at the declaration */
        for (size_t j = 0; j < t->constraints.n; j++) {
            sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (fk_outside(k, (void *)s))
                sc_vec_push(keep->spliced->arena, &st->constraints, k);
        }
        for (size_t j = 0; j < t->indexes.n; j++) {
            sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (index_left_out(t, ix))
                sc_vec_push(keep->spliced->arena, &st->indexes, ix);
        }
    }
    splice_views(keep->spliced, declared, keep->views);
    sc_model_sort(keep->spliced);
    return keep->spliced;
}

/* The declared views on the server's terms (views_on_server_terms) into
 * keep->views. */
static void views_pass(sc_db *db, sc_dialect dialect, const sc_model *live, const sc_model *declared,
                       const sc_inspect_opts *io, sc_terms *keep, sc_diags *d)
{
    if (dialect == SC_DIALECT_POSTGRESQL && declared->views.n)
        keep->views = views_on_server_terms(db, live, declared, io, keep, d);
}

/* New tables and columns are checked by the server (sc_plan_checked_tables)
 * when no more than this many of the plan's ops ask for it: a revision adds
 * a few, and loading them costs milliseconds; a first revision of thousands
 * would cost as long as creating them (and a scratch database, past the
 * locks one transaction may hold), for an error its upgrade gives as well,
 * rolled back. */
enum { MAX_CHECKED = 200 };

/* changed followed by the tables of checked (taken) that it does not
 * hold: loaded only to be checked, not spliced. Takes changed. */
static const sc_table **with_checked(const sc_table **changed, size_t *n, const sc_table **checked,
                                     size_t nchecked, const subset *s)
{
    const sc_table **all = realloc(changed, (*n + nchecked + 1) * sizeof *all);
    if (!all)
        abort();
    for (size_t i = 0; i < nchecked; i++)
        if (!map_has(s->spliced, checked[i]->schema, checked[i]->name))
            all[(*n)++] = checked[i];
    free(checked);
    return all;
}

/* The tables are put on the server's terms before the views, whose
 * spelling ahead of the catalog may still be under way on its own
 * connection: their scratch load then runs beside its read-back instead of
 * after it. The views' pass only waits for it then (sc_terms_settle). */
static const sc_model *server_terms(sc_db *db, sc_dialect dialect, const sc_model *live, const sc_model *declared,
                                    const sc_inspect_opts *io, const sc_diff_opts *o, sc_terms *keep,
                                    sc_diags *d)
{
    if (io && io->nschemas)
        declared = keep->filtered = only_schemas(declared, io);
    /* functions, procedures, triggers in the server's spelling */
    if (dialect == SC_DIALECT_POSTGRESQL && (keep->routines = sc_normalize_pg_routines(db, live, declared, io, d)))
        declared = keep->routines;
    sc_diags td;
    sc_diags_init(&td);
    sc_plan *p = sc_diff(live, declared, o, &td);
    sc_diags_free(&td);
    if (!p)
        return NULL;   /* the real diff reports it */
    size_t nops = sc_plan_count(p), n = 0;
    /* PostgreSQL: only what its spelling could settle (a scratch load costs
     * milliseconds a table); SQLite's in-memory load is cheap, and its
     * representation (enums as checks, identity as INTEGER) differs from the
     * model's in more places, so it re-reads every changed table. */
    bool others = false;
    size_t nchecked = 0;
    const sc_table **changed = dialect == SC_DIALECT_POSTGRESQL ? sc_plan_spelling_tables(p, &n, &others)
                                                                : sc_plan_changed_tables(p, &n);
    const sc_table **checked =
        dialect == SC_DIALECT_POSTGRESQL ? sc_plan_checked_tables(p, declared, MAX_CHECKED, &nchecked) : NULL;
    sc_plan_free(p);
    if (nops == 0 || (n == 0 && nchecked == 0 && !others && dialect == SC_DIALECT_POSTGRESQL)) {
        /* equal as text, or every difference is one whatever the spelling:
         * nothing a server could add */
        free(changed);
        free(checked);
        views_pass(db, dialect, live, declared, io, keep, d);
        return with_views(declared, keep);
    }
    subset s = {sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), sc_strmap_new(), live};
    changed = sc_terms_with_parents(declared, changed, &n);   /* partitions, children: their parents too */
    for (size_t i = 0; i < n; i++)
        map_add(s.spliced, changed[i]->schema, changed[i]->name);
    changed = with_checked(changed, &n, checked, nchecked, &s);
    changed = sc_terms_with_parents(declared, changed, &n);   /* a new partition's parent */
    build_subset(&s, keep, declared, changed, n);
    free(changed);
    scratch_load(db, dialect, io, declared, keep, d);
    views_pass(db, dialect, live, declared, io, keep, d);
    const sc_model *r;
    if (!keep->norm) {
        if (!sc_diags_failed(d))   /* no diff follows an error */
            sc_warn(d, "expressions (defaults, checks, predicates) were compared as text");
        r = with_views(declared, keep);
    } else {
        sc_diff_adopt_hints(keep->norm, declared);
        r = splice_tables(declared, &s, keep);
    }
    subset_free(&s);
    return r;
}

const sc_model *sc_server_terms(sc_db *db, sc_dialect dialect, const sc_model *live,
                                const sc_model *declared, const sc_inspect_opts *io,
                                const sc_diff_opts *o, sc_terms *keep, sc_diags *d)
{
    struct sc_ahead_job *job = keep->ahead_job;   /* the load's (terms.h) */
    memset(keep, 0, sizeof *keep);
    keep->ahead_job = job;
    const sc_model *r = server_terms(db, dialect, live, declared, io, o, keep, d);
    sc_terms_settle(keep);   /* nothing reads the declared model on another thread from here */
    return r;
}
