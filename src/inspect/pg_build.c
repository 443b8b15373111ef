/* pg_build.c - the PostgreSQL inspector's query results -> model objects:
 * schemas, enums, tables, columns, constraints and sequences. Indexes are
 * in pg_build_index.c, views in pg_build_view.c, the warnings about what the
 * model cannot hold in pg_unmodelled.c.
 * Column positions follow pg_sql.c. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"

static bool is_true(const char *v)
{
    return v && v[0] == 't';
}

/* A schema the declared side uses, which the plan creates when missing. */
static bool planned(const pg_ctx *c, const char *name)
{
    for (size_t i = 0; i < c->nplanned; i++)
        if (!strcmp(c->planned[i], name))
            return true;
    return false;
}

void pg_build_schemas(pg_ctx *c, const PGresult *r, const char *const *want, size_t nwant)
{
    int n = PQntuples(r);
    for (size_t w = 0; w < nwant; w++) {
        int found = -1;
        for (int i = 0; i < n && found < 0; i++)
            if (!strcmp(PQgetvalue(r, i, 1), want[w]))
                found = i;
        if (found < 0) {
            if (!planned(c, want[w]))
                sc_warn(c->d, "schema %s does not exist in the database", want[w]);
        } else {
            /* public is implicit in the model, but its comment is read */
            if (strcmp(want[w], SC_DEFAULT_SCHEMA) != 0)
                sc_model_add_schema(c->m, want[w]);
            else   /* a scratch load's stand-in for public has no comment: the declared one is the truth */
                c->public_read = c->copy_names;
            pg_oidmap_put(&c->nsps, pg_oid(PQgetvalue(r, found, 0)), (void *)sc_arena_strdup(c->tmp, want[w]));
        }
    }
}

void pg_build_enums(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        sc_enum *e = sc_model_add_enum(c->m, PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        if (!e)
            continue;
        e->labels.n = pg_parse_text_array(c->m->arena, pg_val(r, i, 3), &e->labels.items);
        pg_oidmap_put(&c->enums, pg_oid(PQgetvalue(r, i, 0)), e);
    }
}

void pg_build_tables(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        const char *name = PQgetvalue(r, i, 2);
        /* schemac's own bookkeeping is not part of anyone's schema. */
        if (sc_inspect_is_bookkeeping(name, c->version_table))
            continue;
        sc_table *t = sc_model_add_table(c->m, PQgetvalue(r, i, 1), name);
        if (!t)
            continue;
        t->rls_enabled = PQgetvalue(r, i, 4)[0] == 't';
        t->rls_forced = PQgetvalue(r, i, 5)[0] == 't';
        t->unlogged = PQgetvalue(r, i, 6)[0] == 'u';
        sc_names o;
        o.n = pg_parse_text_array(c->m->arena, pg_val(r, i, 7), &o.items);
        sc_table_set_options(c->m->arena, t, o);
        /* tblprops6: USING INDEX whose index is gone behaves as NOTHING */
        char ri = PQgetvalue(r, i, 16)[0];
        const char *rix = pg_val(r, i, 17);
        sc_table_set_replica_identity(c->m->arena, t, ri == 'i' && !rix ? 'n' : ri,
                                      rix ? sc_arena_strdup(c->m->arena, rix) : NULL, (sc_loc){0});
        pg_build_partitioning(c, t, r, i);   /* partitioning and inheritance (issue 12 items 4-5) */
        pg_rel *rel = sc_arena_alloc(c->tmp, sizeof *rel);
        rel->t = t;
        pg_oidmap_put(&c->rels, pg_oid(PQgetvalue(r, i, 0)), rel);
    }
}

/* `what` names the column in a warning; when NULL, schema.rel.name do
 * (formatted only if there is a warning: once per column it cost 2 MB). */
static void read_type(pg_ctx *c, const PGresult *r, int i, sc_type *out, const char *what,
                      const char *schema, const char *rel, const char *name)
{
    sc_arena *a = c->m->arena;
    const char *typetext = PQgetvalue(r, i, 3);
    const char *err = NULL;
    if (sc_type_parse(a, typetext, out, &err) != 0) {
        if (what)
            sc_warn(c->d, "column %s: type %s: %s", what, typetext, err ? err : "cannot be read");
        else
            sc_warn(c->d, "column %s.%s.%s: type %s: %s", schema, rel, name, typetext,
                    err ? err : "cannot be read");
        memset(out, 0, sizeof *out);
        out->name = sc_arena_strdup(a, typetext);
    }
    /* Enums (and arrays of them) are the model's user types: name them by
     * the catalog, not by how format_type qualified them. */
    const char *typtype = PQgetvalue(r, i, 9);
    /* so are domains, composite and range types: a column of a domain is
     * of the domain, not of its base type */
    bool utype = (typtype[0] == 'd' || typtype[0] == 'c' || typtype[0] == 'r') &&
                 strcmp(PQgetvalue(r, i, 10), "pg_catalog") != 0;   /* tstzrange is built in */
    if (typtype[0] == 'e' || utype) {
        out->is_user = true;
        /* the enum's own strings when it was read, not a copy per column */
        const sc_enum *e = sc_model_enum(c->m, PQgetvalue(r, i, 10), PQgetvalue(r, i, 11));
        out->schema = e ? e->schema : sc_arena_strdup(a, PQgetvalue(r, i, 10));
        out->name = e ? e->name : sc_arena_strdup(a, PQgetvalue(r, i, 11));
        out->mods = NULL;
    }
}

void pg_read_type(pg_ctx *c, const PGresult *r, int i, sc_type *out, const char *what)
{
    read_type(c, r, i, out, what, NULL, NULL, NULL);
}

/* A view's output column: its name and type (a view has no defaults,
 * constraints or identity the model holds). */
static void build_view_column(pg_ctx *c, pg_rel *rel, const PGresult *r, int i)
{
    const char *name = PQgetvalue(r, i, 2);
    sc_view_column *col = sc_view_add_column(c->m, rel->v, name);
    if (!col)
        return;
    int attnum = atoi(PQgetvalue(r, i, 1));
    if (attnum > 0 && attnum < rel->natt) {
        rel->att[attnum] = col->name;
        rel->attcoll[attnum] = pg_oid(PQgetvalue(r, i, 12));
    }
    read_type(c, r, i, &col->type, NULL, rel->v->schema, rel->v->name, name);
}

static void build_column(pg_ctx *c, pg_rel *rel, const PGresult *r, int i)
{
    if (rel->v) {
        build_view_column(c, rel, r, i);
        return;
    }
    sc_arena *a = c->m->arena;
    const char *name = PQgetvalue(r, i, 2);
    /* one copy of each name (id, created_at ... in every table) */
    if (!c->colnames)
        c->colnames = sc_strmap_new();
    const char *kept = sc_strmap_get(c->colnames, name);
    if (!kept) {
        kept = sc_arena_strdup(a, name);
        sc_strmap_put(c->colnames, name, (void *)kept);
    }
    /* inherited from a parent (issue 12 items 4-5): named for keys and
     * indexes, but the parent's column */
    /* partmig: a partition's inherited column with options of its own is
     * read as its column (the DSL's `partition of` may declare it) */
    if (PQgetvalue(r, i, 15)[0] == 'f' && !(PQnfields(r) > 16 && PQgetvalue(r, i, 16)[0] == 't')) {
        int an = atoi(PQgetvalue(r, i, 1));
        if (an > 0 && an < rel->natt) {
            rel->att[an] = kept;
            rel->attcoll[an] = pg_oid(PQgetvalue(r, i, 12));
        }
        return;
    }
    sc_column *col = sc_table_add_column_kept(c->m, rel->t, kept);
    if (!col)
        return;
    /* privs3: an INHERITS child's inherited column with options of its own
     * (a partition's columns are all its parent's without saying so) */
    sc_column_set_with_options(c->m->arena, col, PQgetvalue(r, i, 15)[0] == 'f' && !rel->t->parent_name);
    int attnum = atoi(PQgetvalue(r, i, 1));
    if (attnum > 0 && attnum < rel->natt) {
        rel->att[attnum] = col->name;
        rel->attcoll[attnum] = pg_oid(PQgetvalue(r, i, 12));
    }

    const char *typetext = PQgetvalue(r, i, 3);
    read_type(c, r, i, &col->type, NULL, rel->t->schema, rel->t->name, name);
    col->not_null = is_true(PQgetvalue(r, i, 4));
    const char *ident = PQgetvalue(r, i, 6);
    col->identity = ident[0] == 'a' ? SC_IDENTITY_ALWAYS
                  : ident[0] == 'd' ? SC_IDENTITY_BY_DEFAULT : SC_IDENTITY_NONE;
    const char *expr = pg_val(r, i, 5);
    if (PQgetvalue(r, i, 7)[0] == 's')
        col->generated = pg_strip_parens(a, expr);
    else if (expr)
        col->default_expr = pg_strip_parens(a, pg_strip_literal_cast(c->row, expr, &col->type, typetext));
    sc_column_set_collation(a, col, sc_collation_ref_canon(a, pg_val(r, i, 8)));   /* funcdeps */
    col->storage = pg_val(r, i, 13) ? pg_val(r, i, 13)[0] : 0;
    col->compression = PQgetvalue(r, i, 14)[0];
    if (PQnfields(r) > 17 && pg_val(r, i, 17))   /* tblprops6 */
        sc_column_set_statistics(a, col, atoi(pg_val(r, i, 17)));
    if (PQnfields(r) > 18 && pg_val(r, i, 18)) {   /* attopts7 */
        sc_names o;
        o.n = pg_parse_text_array(a, pg_val(r, i, 18), &o.items);
        sc_column_set_options(a, col, o);
    }
}

/* The relation's attnum -> name arrays hold attnum: rows come one at a
 * time (pg_run.c), so the arrays grow as the attnums do. */
static void att_reserve(pg_ctx *c, pg_rel *rel, int attnum)
{
    if (attnum < rel->attcap)
        return;
    int cap = rel->attcap ? rel->attcap : 16;
    while (cap <= attnum)
        cap *= 2;
    const char **att = sc_arena_alloc(c->tmp, (size_t)cap * sizeof *att);
    uint32_t *attcoll = sc_arena_alloc(c->tmp, (size_t)cap * sizeof *attcoll);
    if (rel->natt) {
        memcpy(att, rel->att, (size_t)rel->natt * sizeof *att);
        memcpy(attcoll, rel->attcoll, (size_t)rel->natt * sizeof *attcoll);
    }
    rel->att = att;
    rel->attcoll = attcoll;
    rel->attcap = cap;
}

/* One row; rows come grouped by relation, by attnum. */
static void build_column_row(pg_ctx *c, const PGresult *r, int i)
{
    pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 0)));
    if (!rel)
        return;
    int attnum = atoi(PQgetvalue(r, i, 1));
    if (attnum > 0) {   /* always: the query reads no system columns */
        att_reserve(c, rel, attnum);
        if (attnum >= rel->natt)
            rel->natt = attnum + 1;
    }
    build_column(c, rel, r, i);
}

void pg_build_columns(pg_ctx *c, const PGresult *r)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        build_column_row(c, r, i);
        sc_arena_reset(c->row);
    }
}

static sc_fk_action fk_action(const char *v)
{
    switch (v ? v[0] : 'a') {
    case 'r': return SC_FK_RESTRICT;
    case 'c': return SC_FK_CASCADE;
    case 'n': return SC_FK_SET_NULL;
    case 'd': return SC_FK_SET_DEFAULT;
    default: return SC_FK_NO_ACTION;
    }
}

/* conkey "{2,1}" -> column names in key order. */
static bool key_names(pg_ctx *c, const pg_rel *rel, const char *conkey, sc_names *out)
{
    long *nums;
    size_t n = pg_parse_int_list(c->row, conkey, &nums);
    out->items = sc_arena_alloc(c->m->arena, (n ? n : 1) * sizeof *out->items);
    out->n = n;
    for (size_t k = 0; k < n; k++) {
        if (nums[k] <= 0 || nums[k] >= rel->natt || !rel->att[nums[k]])
            return false;
        out->items[k] = rel->att[nums[k]];
    }
    return true;
}

void pg_build_constraints(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        pg_rel *rel = pg_oidmap_get(&c->rels, pg_oid(PQgetvalue(r, i, 0)));
        if (!rel || !rel->t)
            continue;
        char ct = PQgetvalue(r, i, 2)[0];
        sc_con_kind kind = ct == 'p' ? SC_CON_PRIMARY_KEY : ct == 'u' ? SC_CON_UNIQUE
                         : ct == 'f' ? SC_CON_FOREIGN_KEY : SC_CON_CHECK;
        sc_constraint *k = sc_table_add_constraint(c->m, rel->t, kind);
        k->name = sc_arena_strdup(a, PQgetvalue(r, i, 1));
        k->name_explicit = true;   /* a name in a database is real */
        if (kind != SC_CON_CHECK && !key_names(c, rel, pg_val(r, i, 3), &k->columns))
            sc_warn(c->d, "constraint %s on %s.%s names a column that could not be read",
                    k->name, rel->t->schema, rel->t->name);
        if (kind == SC_CON_CHECK)
            k->check_expr = pg_strip_check(a, pg_val(r, i, 11));
        if (kind == SC_CON_FOREIGN_KEY) {
            k->ref_schema = sc_arena_strdup(a, pg_val(r, i, 4));
            k->ref_table = sc_arena_strdup(a, pg_val(r, i, 5));
            pg_rel *target = pg_oidmap_get(&c->rels, pg_oid(pg_val(r, i, 12)));
            if (pg_val(r, i, 6))
                k->ref_columns.n = pg_parse_text_array(a, pg_val(r, i, 6), &k->ref_columns.items);
            else if (!target || !target->att || !key_names(c, target, pg_val(r, i, 13), &k->ref_columns))
                sc_warn(c->d, "foreign key %s on %s.%s references a column that could not be read",
                        k->name, rel->t->schema, rel->t->name);
            /* fkidx5: the key it stands on, as the catalog records it */
            sc_constraint_set_ref_index(a, k, sc_arena_strdup(a, pg_val(r, i, 21)));
            k->on_delete = fk_action(pg_val(r, i, 7));
            k->on_update = fk_action(pg_val(r, i, 8));
        }
        k->deferrable = is_true(PQgetvalue(r, i, 9));
        k->initially_deferred = is_true(PQgetvalue(r, i, 10));
        k->not_valid = !is_true(PQgetvalue(r, i, 14));
        k->match_full = kind == SC_CON_FOREIGN_KEY && PQgetvalue(r, i, 15)[0] == 'f';
        k->no_inherit = kind == SC_CON_CHECK && is_true(PQgetvalue(r, i, 16));
        k->nulls_not_distinct = kind == SC_CON_UNIQUE && is_true(PQgetvalue(r, i, 17));
        pg_oidmap_put(&c->cons, pg_oid(PQgetvalue(r, i, 18)), k);
        if (kind == SC_CON_PRIMARY_KEY || kind == SC_CON_UNIQUE) {   /* issue 12: its index */
            sc_names o;
            o.n = pg_parse_text_array(a, pg_val(r, i, 19), &o.items);
            sc_constraint_set_index_options(a, k, o);
            sc_constraint_set_index_tablespace(a, k, sc_arena_strdup(a, pg_val(r, i, 20)));
            sc_constraint_set_clustered(a, k, is_true(PQgetvalue(r, i, 22)));   /* tblprops6 */
        }
        sc_arena_reset(c->row);
    }
}

void pg_build_public_comment(pg_ctx *c)
{
    /* public without its stock comment, as pg_dump writes it: `IS ''` */
    if (c->public_read && !c->public_commented)
        sc_model_set_schema_comment(c->m, SC_DEFAULT_SCHEMA, "");
}

void pg_build_comments(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        uint32_t oid = pg_oid(PQgetvalue(r, i, 0));
        int sub = atoi(PQgetvalue(r, i, 2));
        const char *text = PQgetvalue(r, i, 3);
        if (PQgetvalue(r, i, 1)[0] == 's') {   /* a schema's (issue 12) */
            const char *nsp = pg_oidmap_get(&c->nsps, oid);
            /* initdb gives public this comment, and pg_dump leaves it out:
             * it is the comment public has when none is declared */
            bool pub = nsp && !strcmp(nsp, SC_DEFAULT_SCHEMA);
            c->public_commented |= pub;
            if (nsp && !(pub && !strcmp(text, SC_PUBLIC_STOCK_COMMENT)))
                sc_model_set_schema_comment(c->m, nsp, text);
            continue;
        }
        if (PQgetvalue(r, i, 1)[0] == 'k') {   /* a constraint's (issue 12) */
            sc_constraint *k = sub ? NULL : pg_oidmap_get(&c->cons, oid);
            if (k)
                sc_constraint_set_comment(a, k, sc_arena_strdup(a, text));
            continue;
        }
        if (PQgetvalue(r, i, 1)[0] == 't') {
            sc_enum *e = sub ? NULL : pg_oidmap_get(&c->enums, oid);
            if (e)
                e->comment = sc_arena_strdup(a, text);
            continue;
        }
        pg_rel *rel = pg_oidmap_get(&c->rels, oid);
        if (rel && sub == 0) {
            if (rel->v)
                rel->v->comment = sc_arena_strdup(a, text);
            else
                rel->t->comment = sc_arena_strdup(a, text);
        } else if (rel && sub > 0 && sub < rel->natt && rel->att[sub]) {
            if (rel->v) {
                sc_view_column *vc = sc_view_column_named(rel->v, rel->att[sub]);
                if (vc)
                    vc->comment = sc_arena_strdup(a, text);
            } else {
                sc_column *col = sc_table_column(rel->t, rel->att[sub]);
                if (col)
                    sc_column_set_comment(a, col, sc_arena_strdup(a, text));
            }
        } else if (!rel && sub == 0) {
            pg_idx *ix = pg_oidmap_get(&c->indexes, oid);
            sc_sequence *s = ix ? NULL : pg_oidmap_get(&c->seqs, oid);
            if (ix)
                sc_index_set_comment(a, ix->ix, sc_arena_strdup(a, text));
            else if (s)   /* issue 12 */
                s->comment = sc_arena_strdup(a, text);
        }
    }
}

static long long type_max(const char *type)
{
    if (!strcmp(type, "smallint"))
        return 32767;
    if (!strcmp(type, "integer"))
        return 2147483647;
    return 9223372036854775807LL;
}

static void identity_options(pg_ctx *c, const PGresult *r, int i)
{
    pg_rel *owner = pg_oidmap_get(&c->rels, pg_oid(pg_val(r, i, 11)));
    if (!owner || !owner->t)
        return;
    long long start = strtoll(PQgetvalue(r, i, 4), NULL, 10);
    long long inc = strtoll(PQgetvalue(r, i, 5), NULL, 10);
    long long min = strtoll(PQgetvalue(r, i, 6), NULL, 10);
    long long max = strtoll(PQgetvalue(r, i, 7), NULL, 10);
    long long cache = strtoll(PQgetvalue(r, i, 8), NULL, 10);
    sc_column *col = pg_val(r, i, 12) ? sc_table_column(owner->t, pg_val(r, i, 12)) : NULL;
    if (!col)
        return;
    sc_identity_given g = {{start, inc, min, max, cache, is_true(PQgetvalue(r, i, 9))}, true, true, true, true, true};
    sc_column_set_identity_opts(c->m->arena, col, sc_identity_resolve(c->m->arena, &col->type, &g));
}

void pg_build_sequences(pg_ctx *c, const PGresult *r)
{
    sc_arena *a = c->m->arena;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        const char *deptype = pg_val(r, i, 10);
        /* Identity sequences are part of their column; the model holds no
         * options for them, so say when some were set. */
        if (deptype && deptype[0] == 'i') {
            identity_options(c, r, i);
            continue;
        }
        pg_rel *owner = NULL;
        if (deptype) {
            owner = pg_oidmap_get(&c->rels, pg_oid(pg_val(r, i, 11)));
            if (!owner || !owner->t)   /* belongs to a table we skip (version table, ...) */
                continue;
        }
        sc_sequence *s = sc_model_add_sequence(c->m, PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        if (!s)
            continue;
        s->type = sc_arena_strdup(a, PQgetvalue(r, i, 3));
        s->start = strtoll(PQgetvalue(r, i, 4), NULL, 10);
        s->increment = strtoll(PQgetvalue(r, i, 5), NULL, 10);
        s->min_value = strtoll(PQgetvalue(r, i, 6), NULL, 10);
        s->max_value = strtoll(PQgetvalue(r, i, 7), NULL, 10);
        s->cache = strtoll(PQgetvalue(r, i, 8), NULL, 10);
        s->cycle = is_true(PQgetvalue(r, i, 9));
        pg_oidmap_put(&c->seqs, pg_oid(PQgetvalue(r, i, 0)), s);
        /* Bounds count as given only when they are not the type's defaults
         * for the direction of the sequence. */
        long long tmax = type_max(s->type), tmin = -tmax - 1;
        long long dmin = s->increment > 0 ? 1 : tmin;
        long long dmax = s->increment > 0 ? tmax : -1;
        s->has_min = s->min_value != dmin;
        s->has_max = s->max_value != dmax;
        if (owner) {
            s->owned_by_table = owner->t->name;
            s->owned_by_column = sc_arena_strdup(a, pg_val(r, i, 12));
        }
    }
}
