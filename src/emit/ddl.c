/* ddl.c - the whole model as CREATE statements, in an order the database
 * accepts: schemas, enum types, sequences, tables (referenced tables
 * first; foreign keys that close a cycle are added afterwards with ALTER
 * TABLE), sequence ownership, indexes (then the foreign keys that stand
 * on a unique index alone), comments, then views (each after
 * the views it reads, with its indexes and comments). The per-object text comes
 * from the builders of ddl.h, so that diff output reads the same. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "emit/ddl.h"
#include "emit/ddl_ext.h"
#include "model/fk_key.h"
#include "model/refuse.h"
#include "emit/emit.h"
#include "model/strbuf.h"
#include "model/strmap.h"

enum { NEW = 0, VISITING, PLACED, CREATED };

typedef struct order_ctx {
    const sc_model *m;
    sc_strmap *slot;            /* "schema.table" -> index + 1 in m->tables */
    unsigned char *state;       /* one per table, in m->tables order */
    size_t *pos;                /* creation position, per m->tables index */
    const sc_table **order;     /* tables in creation order */
    size_t n;
    const sc_ddl_bodies *bodies;   /* funcdeps2: SQL-standard bodies its expressions call */
    const unsigned char *kinds;    /* fns6: sc_ddl_rowtype_kinds */
} order_ctx;

static char *table_key(const sc_table *t)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "%s.%s", t->schema ? t->schema : SC_DEFAULT_SCHEMA, t->name);
    return sc_sb_take(&b);
}

/* m->tables index of t (t is a table of the model). */
static size_t slot_of(order_ctx *o, const sc_table *t)
{
    char *k = table_key(t);
    size_t i = (size_t)(uintptr_t)sc_strmap_get(o->slot, k) - 1;
    free(k);
    return i;
}

static unsigned char *state_of(order_ctx *o, const sc_table *t)
{
    return &o->state[slot_of(o, t)];
}

static const sc_table *fk_target(const sc_model *m, const sc_constraint *fk)
{
    return sc_model_table(m, fk->ref_schema ? fk->ref_schema : SC_DEFAULT_SCHEMA,
                          fk->ref_table ? fk->ref_table : "");
}

/* Depth-first: a table is placed after every table it references, unless
 * that one is already being visited (a cycle: its FK waits for ALTER). The
 * visit order follows the sorted model, so the result is deterministic. */
static void visit(order_ctx *o, const sc_table *t);

static void visit_parent(const char *schema, const char *name, void *arg)
{
    order_ctx *o = arg;
    const sc_table *p = sc_model_table(o->m, schema, name);
    if (p && *state_of(o, p) == NEW)
        visit(o, p);
}

typedef struct body_read_ctx {
    order_ctx *o;
    const sc_table *t;
} body_read_ctx;

/* A name a body reads: the table of that name in t's schema or public,
 * first (unless it is being visited: a cycle, which the server reports). */
static void visit_read(const char *name, void *arg)
{
    body_read_ctx *r = arg;
    const sc_table *p = sc_model_table(r->o->m, r->t->schema ? r->t->schema : SC_DEFAULT_SCHEMA, name);
    if (!p)
        p = sc_model_table(r->o->m, SC_DEFAULT_SCHEMA, name);
    if (p && p != r->t && *state_of(r->o, p) == NEW)
        visit(r->o, p);
}

static void visit(order_ctx *o, const sc_table *t)
{
    unsigned char *st = state_of(o, t);
    *st = VISITING;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (c->kind != SC_CON_FOREIGN_KEY)
            continue;
        const sc_table *r = fk_target(o->m, c);
        if (!r || r == t)
            continue;
        if (*state_of(o, r) == NEW)
            visit(o, r);
    }
    /* partitioning and inheritance: the parents first (issue 12 items 4-5) */
    sc_table_each_parent(t, visit_parent, o);
    /* funcdeps2: the tables read by the SQL-standard bodies its defaults,
     * generated columns and checks call (written just before it) */
    if (o->bodies && o->bodies->n) {
        body_read_ctx r = {o, t};
        for (size_t i = 0; i < t->columns.n; i++) {
            const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
            sc_ddl_bodies_each_read(o->bodies, c->default_expr, visit_read, &r);
            sc_ddl_bodies_each_read(o->bodies, c->generated, visit_read, &r);
        }
        for (size_t i = 0; i < t->constraints.n; i++)
            sc_ddl_bodies_each_read(o->bodies, ((const sc_constraint *)t->constraints.items[i])->check_expr,
                                    visit_read, &r);
    }
    *st = PLACED;
    o->order[o->n++] = t;
}

/* fkidx5: a FK whose referenced columns only a unique index of the target
 * covers (no primary key or unique constraint): PostgreSQL refuses it
 * until that index exists, so it is added after the indexes. */
static bool fk_on_index(const sc_model *m, const sc_constraint *fk)
{
    return fk->kind == SC_CON_FOREIGN_KEY && sc_fk_unique_index(fk_target(m, fk), &fk->ref_columns);
}

typedef struct fk_ctx {
    order_ctx *o;
    const sc_table *t;
} fk_ctx;

/* Inline when the referenced table already exists (or is this one, or is
 * not part of the model at all). */
static bool fk_inline(const sc_constraint *fk, void *ctx)
{
    fk_ctx *f = ctx;
    if (fk->kind == SC_CON_CHECK)   /* fns5: after the functions over a table's row type (fns7: a view's) */
        return !sc_ddl_rowtype_call_kind(f->o->m, f->o->kinds, fk->check_expr);
    if (fk->kind != SC_CON_FOREIGN_KEY)
        return true;   /* a partition's other constraints (parts5) */
    if (sc_partition_fk_late(f->o->m, f->t, fk))
        return false;   /* parts4: after the partitions, see below */
    if (fk_on_index(f->o->m, fk))
        return false;   /* fkidx5: after the indexes, see below */
    const sc_table *r = fk_target(f->o->m, fk);
    if (!r || r == f->t)
        return true;
    return *state_of(f->o, r) == CREATED;
}

static bool fk_all(const sc_constraint *fk, void *ctx)
{
    (void)fk; (void)ctx;
    return true;
}

/* privs3: how many partitioned tables are above t (0: not a partition) */
static int partition_depth(const sc_model *m, const sc_table *t)
{
    int n = 0;
    while (t && t->parent_name && n < 64) {
        t = sc_model_table(m, t->parent_schema, t->parent_name);
        n++;
    }
    return n;
}

static void sep(sc_strbuf *b)
{
    sc_sb_putc(b, '\n');
}

static void comments(sc_strbuf *b, const sc_model *m, sc_dialect dialect)
{
    if (dialect == SC_DIALECT_SQLITE)
        return;
    for (size_t i = 0; i < m->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(m->enums, i, sc_enum);
        if (e->comment) {
            sep(b);
            sc_ddl_comment_enum(b, e, e->comment, dialect);
        }
    }
    /* domains, composite and range types */
    for (size_t i = 0; i < m->utypes.n; i++) {
        const sc_utype *u = SC_VEC_AT(m->utypes, i, sc_utype);
        if (u->comment) {
            sep(b);
            sc_ddl_comment_utype(b, u, u->comment);
        }
    }
    /* One block per table: its own comment, its columns', its indexes'. */
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        bool any = false;
        if (t->comment) {
            sep(b);
            any = true;
            sc_ddl_comment_table(b, t, t->comment, dialect);
        }
        for (size_t j = 0; j < t->columns.n; j++) {
            const sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            if (!sc_column_comment(c))
                continue;
            if (!any)
                sep(b);
            any = true;
            sc_ddl_comment_column(b, t, c, sc_column_comment(c), dialect);
        }
        for (size_t j = 0; j < t->indexes.n; j++) {
            const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
            if (!sc_index_comment(ix))
                continue;
            if (!any)
                sep(b);
            any = true;
            sc_ddl_comment_index(b, t, ix, sc_index_comment(ix), dialect);
        }
        for (size_t j = 0; j < t->constraints.n; j++) {   /* issue 12 */
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (!sc_constraint_comment(k))
                continue;
            if (!any)
                sep(b);
            any = true;
            sc_ddl_comment_constraint(b, t, k, sc_constraint_comment(k), dialect);
        }
    }
    for (size_t i = 0; i < m->sequences.n; i++) {   /* issue 12 */
        const sc_sequence *s = SC_VEC_AT(m->sequences, i, sc_sequence);
        if (s->comment) {
            sep(b);
            sc_ddl_comment_sequence(b, s, s->comment, dialect);
        }
    }
}

/* Row level security and policies last: a policy's expressions may read
 * any table or view. */
static int row_security(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_ddl_bodies *bodies, sc_diags *d)
{
    int rc = 0;
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (!t->rls_enabled && !t->rls_forced && !t->policies.n)
            continue;
        sep(b);
        /* FORCE without ENABLE is a state of its own (relforcerowsecurity
         * alone); SQLite refuses either */
        if (t->rls_enabled || dialect == SC_DIALECT_SQLITE)
            rc |= sc_ddl_table_rls(b, t, t->rls_enabled, t->rls_forced, dialect, d);
        if (t->rls_forced && dialect == SC_DIALECT_POSTGRESQL)
            sc_ddl_table_rls_force(b, t, true);
        for (size_t j = 0; j < t->policies.n; j++) {
            const sc_policy *p = SC_VEC_AT(t->policies, j, sc_policy);
            sc_ddl_bodies_called(b, bodies, p->using_expr, d);   /* funcdeps2 */
            sc_ddl_bodies_called(b, bodies, p->check_expr, d);
            rc |= sc_ddl_create_policy(b, t, p, dialect, d);
            if (p->comment && dialect == SC_DIALECT_POSTGRESQL)
                sc_ddl_comment_policy(b, t, p, p->comment);
        }
    }
    return rc;
}

/* ---- views: after every table, each after the views it reads ------------------ */

typedef struct view_order {
    const sc_model *m;
    sc_strmap *slot;            /* "schema.view" -> index + 1 in m->views */
    unsigned char *state;
    const sc_view **order;
    size_t n;
    sc_diags *d;
    int rc;
    sc_ddl_bodies *bodies;   /* funcdeps2: SQL-standard bodies the views call */
    sc_ddl_rowfns *rowfns;   /* fns6: functions over a view's row type the views call */
    sc_ddl_late *late;       /* fns7: the tables' parts written after the views */
} view_order;

static void visit_view(view_order *o, size_t i);

typedef struct view_read_ctx {
    view_order *o;
    const sc_view *v;
} view_read_ctx;

/* funcdeps2: a name read by a body the view calls: the view of that name
 * (in the view's schema or public) first, unless that is a cycle. */
static void visit_view_read(const char *name, void *arg)
{
    view_read_ctx *r = arg;
    const char *schemas[2] = {r->v->schema, SC_DEFAULT_SCHEMA};
    for (int k = 0; k < 2; k++) {
        sc_strbuf kb = SC_STRBUF_INIT;
        sc_sb_printf(&kb, "%s.%s", schemas[k], name);
        size_t w = (size_t)(uintptr_t)sc_strmap_get(r->o->slot, sc_sb_cstr(&kb));
        sc_sb_free(&kb);
        if (w && r->o->state[w - 1] == NEW)
            visit_view(r->o, w - 1);
        if (w)
            return;
    }
}

/* fns6: the views named by the signatures of the functions over a view's
 * row type that a body the view calls calls: first. */
static void visit_body_rowfns(const char *text, void *arg)
{
    view_read_ctx *r = arg;
    sc_ddl_rowfns_each_view_called(r->o->rowfns, text, visit_view_read, r);
}

/* fns7: a name a body reads or calls: the view of that name, and the
 * views named by the signature of the function over a row type of that
 * name, first. */
static void visit_name_rowfns(const char *name, void *arg)
{
    view_read_ctx *r = arg;
    visit_view_read(name, arg);
    sc_ddl_rowfns_each_view(r->o->rowfns, NULL, name, visit_view_read, r);
}

/* fns7: a table the view reads whose parts of kind 2 (a generated column
 * that calls a function over a view's row type) are written just before
 * the view: the views named by those functions first. */
static const sc_table *late_table(const view_order *o, const sc_ref *r)
{
    if ((r->kind != SC_REF_RELATION && r->kind != SC_REF_COLUMN) || !o->late)
        return NULL;
    const sc_table *t = sc_model_table(o->m, r->schema, r->name);
    return t && sc_ddl_table_has_late(o->m, o->late->kinds, t) ? t : NULL;
}

static void visit_late_parts(view_order *o, const sc_view *v, const sc_table *t)
{
    view_read_ctx rc = {o, v};
    for (size_t i = 0; i < t->columns.n; i++) {
        const sc_column *c = SC_VEC_AT(t->columns, i, sc_column);
        const char *expr = c->generated ? c->generated : c->default_expr;
        if (sc_ddl_rowtype_call_kind(o->m, o->late->kinds, expr) != 2)
            continue;
        sc_ddl_rowfns_each_view_called(o->rowfns, expr, visit_view_read, &rc);
        if (o->bodies)
            sc_ddl_bodies_each_read(o->bodies, expr, visit_name_rowfns, &rc);
    }
}

static void visit_view(view_order *o, size_t i)
{
    const sc_view *v = SC_VEC_AT(o->m->views, i, sc_view);
    o->state[i] = VISITING;
    for (size_t j = 0; j < v->refs.n; j++) {
        const sc_ref *r = SC_VEC_AT(v->refs, j, sc_ref);
        const sc_table *lt = late_table(o, r);
        if (lt)
            visit_late_parts(o, v, lt);
        if (r->kind == SC_REF_FUNCTION && o->bodies && o->bodies->n) {
            view_read_ctx rc = {o, v};
            sc_ddl_bodies_each_read_named(o->bodies, r->schema, r->name, visit_view_read, &rc);
            sc_ddl_bodies_each_text_named(o->bodies, r->schema, r->name, visit_body_rowfns, &rc);
        }
        if (r->kind == SC_REF_FUNCTION) {   /* fns6: the views its row types are first */
            view_read_ctx rc = {o, v};
            sc_ddl_rowfns_each_view(o->rowfns, r->schema, r->name, visit_view_read, &rc);
        }
        if (r->kind != SC_REF_RELATION)
            continue;
        sc_strbuf kb = SC_STRBUF_INIT;
        sc_sb_printf(&kb, "%s.%s", r->schema, r->name);
        size_t w = (size_t)(uintptr_t)sc_strmap_get(o->slot, sc_sb_cstr(&kb));
        sc_sb_free(&kb);
        if (!w || w - 1 == i)
            continue;
        if (o->state[w - 1] == VISITING) {
            /* SQL cannot say this; a model from JSON or a catalog might */
            const sc_view *u = SC_VEC_AT(o->m->views, w - 1, sc_view);
            sc_diag_add(o->d, SC_SEV_ERROR, SC_ERR_INPUT, v->loc,
                        "views \"%s\" and \"%s\" read each other (a cycle): neither can be created first",
                        v->name, u->name);
            o->rc = -1;
            continue;
        }
        if (o->state[w - 1] == NEW)
            visit_view(o, w - 1);
    }
    o->state[i] = PLACED;
    o->order[o->n++] = v;
}

static int create_views(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_ddl_bodies *bodies,
                        sc_ddl_rowfns *rowfns, sc_ddl_late *late, sc_diags *d)
{
    if (!m->views.n)
        return 0;
    view_order o = {.m = m, .slot = sc_strmap_new(), .d = d, .bodies = bodies, .rowfns = rowfns, .late = late};
    o.state = calloc(m->views.n, 1);
    o.order = calloc(m->views.n, sizeof *o.order);
    if (!o.state || !o.order)
        abort();
    for (size_t i = 0; i < m->views.n; i++) {
        const sc_view *v = SC_VEC_AT(m->views, i, sc_view);
        sc_strbuf kb = SC_STRBUF_INIT;
        sc_sb_printf(&kb, "%s.%s", v->schema, v->name);
        sc_strmap_put(o.slot, sc_sb_cstr(&kb), (void *)(uintptr_t)(i + 1));
        sc_sb_free(&kb);
    }
    for (size_t i = 0; i < m->views.n; i++)
        if (o.state[i] == NEW)
            visit_view(&o, i);
    int rc = o.rc;
    if (late) {   /* fns7: the views not written yet, by name */
        late->pending = sc_strmap_new();
        for (size_t i = 0; i < m->views.n; i++) {
            const char *name = SC_VEC_AT(m->views, i, sc_view)->name;
            uintptr_t n = (uintptr_t)sc_strmap_get(late->pending, name);
            sc_strmap_put(late->pending, name, (void *)(n + 1));
        }
    }
    for (size_t i = 0; i < o.n; i++) {
        for (size_t j = 0; j < o.order[i]->refs.n; j++) {   /* funcdeps2: the bodies it calls first */
            const sc_ref *r = SC_VEC_AT(o.order[i]->refs, j, sc_ref);
            if (r->kind == SC_REF_FUNCTION) {
                sc_ddl_rowfns_named(b, rowfns, r->schema, r->name, d);   /* fns6 */
                sc_ddl_bodies_named(b, bodies, r->schema, r->name, d);
            }
            const sc_table *lt = late_table(&o, r);
            /* fns7: its generated columns the view may read, once the
             * views their functions need are */
            if (lt && sc_ddl_table_late_ready(m, late, lt))
                rc |= sc_ddl_table_late(b, m, late, lt, 2, d);
        }
        if (late) {
            const char *name = o.order[i]->name;
            uintptr_t n = (uintptr_t)sc_strmap_get(late->pending, name);
            sc_strmap_put(late->pending, name, (void *)(n ? n - 1 : 0));   /* 0 (NULL): none left */
        }
        sep(b);
        if (sc_ddl_create_view(b, o.order[i], false, dialect, d) != 0) {
            rc = -1;
            continue;
        }
        rc |= sc_ddl_view_extras(b, o.order[i], dialect, d);
    }
    if (late) {
        sc_strmap_free(late->pending);
        late->pending = NULL;
    }
    sc_strmap_free(o.slot);
    free(o.state);
    free(o.order);
    return rc;
}
/* t's CLUSTER ON or REPLICA IDENTITY names an index written after the
 * views (fns7: sc_ddl_index_late), so they come after it. */
static bool index_props_late(const sc_model *m, const unsigned char *kinds, const sc_table *t)
{
    const char *names[2] = {sc_table_replica_identity(t) == 'i' ? sc_table_replica_index(t) : NULL,
                            sc_table_cluster_index(t)};
    for (int k = 0; k < 2; k++) {
        const sc_index *ix = names[k] ? sc_table_index_named(t, names[k]) : NULL;
        if (ix && sc_ddl_index_late(m, kinds, ix))
            return true;
    }
    return false;
}


char *sc_emit_ddl(const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    sc_strbuf b = SC_STRBUF_INIT;
    size_t errors_before = d->nerrors;
    int rc = 0;
    sc_sb_printf(&b, "-- Schema DDL for %s, generated by schemac.\n",
                 dialect == SC_DIALECT_SQLITE ? "SQLite" : "PostgreSQL");

    if (dialect == SC_DIALECT_POSTGRESQL && sc_model_schema_comment(m, SC_DEFAULT_SCHEMA)) {
        sep(&b);   /* public is there already: only its comment */
        sc_ddl_comment_schema(&b, SC_DEFAULT_SCHEMA, sc_model_schema_comment(m, SC_DEFAULT_SCHEMA));
    }
    for (size_t i = 0; i < m->schemas.n; i++) {
        const char *s = SC_VEC_AT(m->schemas, i, const char);
        if (!strcmp(s, SC_DEFAULT_SCHEMA))
            continue;
        if (dialect == SC_DIALECT_POSTGRESQL)
            sep(&b);
        rc |= sc_ddl_create_schema(&b, s, sc_model_schema_loc(m, s), dialect, d);
        if (dialect == SC_DIALECT_POSTGRESQL && sc_model_schema_comment(m, s))
            sc_ddl_comment_schema(&b, s, sc_model_schema_comment(m, s));
    }
    /* extensions and collations: refused by SQLite, first for PostgreSQL */
    if (sc_dialect_refuse(m, dialect, d))
        rc = -1;
    rc |= sc_ddl_ext_objects(&b, m, dialect, d);
    for (size_t i = 0; i < m->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(m->enums, i, sc_enum);
        if (dialect == SC_DIALECT_POSTGRESQL)
            sep(&b);
        rc |= sc_ddl_create_enum(&b, e, dialect, d);
    }
    for (size_t i = 0; i < m->sequences.n; i++) {
        sep(&b);
        rc |= sc_ddl_create_sequence(&b, SC_VEC_AT(m->sequences, i, sc_sequence), dialect, d);
    }
    /* domains, composite and range types: each after the types it uses;
     * SQLite refuses them (and the columns of them) */
    if (dialect == SC_DIALECT_SQLITE) {
        rc |= sc_ddl_refuse_utypes(m, dialect, d);
    } else {
        const sc_utype **ut = sc_utypes_ordered(m);
        sc_arena *early = sc_arena_new();   /* funcdeps: domains that call functions, in part */
        for (size_t i = 0; i < m->utypes.n; i++) {
            sep(&b);
            rc |= sc_ddl_create_utype(&b, sc_ddl_domain_early(early, m, ut[i]), dialect, d);
        }
        sc_arena_free(early);
        free((void *)ut);
    }

    sc_ddl_bodies bodies;   /* funcdeps2: SQL-standard bodies, placed where they are called */
    sc_ddl_bodies_init(&bodies, m, dialect);
    rc |= sc_ddl_functions(&b, m, dialect, d);   /* functions and procedures */
    if (dialect == SC_DIALECT_POSTGRESQL)
        sc_ddl_domains_late(&b, m, &bodies, false);   /* funcdeps: what of a domain calls them */

    /* Tables in dependency order. */
    sc_arena *early_a = sc_arena_new();   /* fns6: tables without their late columns */
    unsigned char *kinds = sc_ddl_rowtype_kinds(m);   /* fns6: of the functions over a row type */
    order_ctx o = {.m = m, .slot = sc_strmap_new(), .bodies = &bodies, .kinds = kinds};
    o.state = calloc(m->tables.n + 1, 1);
    o.order = calloc(m->tables.n + 1, sizeof *o.order);
    o.pos = calloc(m->tables.n + 1, sizeof *o.pos);
    if (!o.state || !o.order || !o.pos)
        abort();
    for (size_t i = 0; i < m->tables.n; i++) {
        char *k = table_key(SC_VEC_AT(m->tables, i, sc_table));
        sc_strmap_put(o.slot, k, (void *)(uintptr_t)(i + 1));
        free(k);
    }
    for (size_t i = 0; i < m->tables.n; i++)
        if (o.state[i] == NEW)
            visit(&o, SC_VEC_AT(m->tables, i, sc_table));
    for (size_t i = 0; i < o.n; i++) {
        const sc_table *t = o.order[i];
        fk_ctx f = {&o, t};
        for (size_t j = 0; bodies.n && j < t->columns.n; j++) {   /* funcdeps2: the bodies it calls */
            const sc_column *c = SC_VEC_AT(t->columns, j, sc_column);
            /* fns7: not one that calls a function over a view's row type:
             * after the views, with what of the table calls it */
            if (sc_ddl_rowtype_call_kind(m, kinds, c->generated ? c->generated : c->default_expr) == 2)
                continue;
            sc_ddl_bodies_called(&b, &bodies, c->default_expr, d);
            sc_ddl_bodies_called(&b, &bodies, c->generated, d);
        }
        for (size_t j = 0; bodies.n && j < t->constraints.n; j++) {
            const char *ck = ((const sc_constraint *)t->constraints.items[j])->check_expr;
            if (sc_ddl_rowtype_call_kind(m, kinds, ck) != 2)
                sc_ddl_bodies_called(&b, &bodies, ck, d);
        }
        sep(&b);
        /* SQLite checks foreign keys only when rows are written, so every FK
         * can stay inline whatever the order. */
        /* fns6: without what calls a function over a row type */
        const sc_table *early = dialect == SC_DIALECT_POSTGRESQL ? sc_ddl_table_early(early_a, m, kinds, t, d) : t;
        rc |= sc_ddl_create_table(&b, m, early, dialect,
                                  dialect == SC_DIALECT_SQLITE ? fk_all : fk_inline, &f, d);
        size_t si = slot_of(&o, t);
        o.state[si] = CREATED;
        o.pos[si] = i;
    }

    /* types4: functions over a table's row type, now that the tables exist */
    sc_ddl_rowfns rowfns;
    sc_ddl_rowfns_init(&rowfns, m, kinds, false, dialect);
    rc |= sc_ddl_rowfns_rest(&b, &rowfns, d);
    sc_ddl_rowfns_free(&rowfns);
    sc_ddl_late lparts = {.kinds = kinds};
    for (size_t i = 0; dialect == SC_DIALECT_POSTGRESQL && i < o.n; i++)
        rc |= sc_ddl_table_late(&b, m, &lparts, o.order[i], 1, d);   /* fns6: what calls them */

    /* Sequences owned by columns, now that the columns exist. */
    for (size_t i = 0; i < m->sequences.n; i++) {
        const sc_sequence *s = SC_VEC_AT(m->sequences, i, sc_sequence);
        if (s->owned_by_table && s->owned_by_column &&
            sc_model_table(m, s->schema, s->owned_by_table)) {
            sep(&b);
            sc_ddl_sequence_owned_by(&b, s);
        }
    }

    /* Foreign keys that closed a cycle, and NOT VALID constraints: every
     * table exists now. In creation order, so that the output follows the
     * tables above. */
    if (dialect == SC_DIALECT_POSTGRESQL) {
        for (size_t i = 0; i < o.n; i++) {
            const sc_table *t = o.order[i];
            for (size_t j = 0; j < t->constraints.n; j++) {
                const sc_constraint *c = SC_VEC_AT(t->constraints, j, sc_constraint);
                if (fk_on_index(m, c))
                    continue;   /* fkidx5: after the indexes, below */
                int ck = c->kind == SC_CON_CHECK ? sc_ddl_rowtype_call_kind(m, kinds, c->check_expr) : 0;
                if (ck == 2)
                    continue;   /* fns7: after the views (sc_ddl_table_late) */
                if (c->not_valid || ck == 1) {
                    /* left out of CREATE TABLE, which would mark it valid; fns5: or
                     * which comes before the function over a table's row type it calls */
                    sep(&b);
                    rc |= sc_ddl_add_constraint(&b, t, c, dialect, d);
                    continue;
                }
                if (c->kind != SC_CON_FOREIGN_KEY)
                    continue;
                const sc_table *r = fk_target(m, c);
                /* parts4: a partitioned table's FK whose name a partition's
                 * own constraint has, added once the partitions exist
                 * (PostgreSQL then names that partition's copy
                 * part_cols_fkey; CREATE TABLE ... PARTITION OF would fail) */
                bool late = sc_partition_fk_late(m, t, c);
                if (!late && (!r || r == t))
                    continue;
                /* Inline iff the target was created before t. */
                if (!late && o.pos[slot_of(&o, r)] < i)
                    continue;
                sep(&b);
                rc |= sc_ddl_add_constraint(&b, t, c, dialect, d);
            }
        }
    }

    /* privs3: a partition's own indexes before its ancestors' (deepest
     * partitions first): an ancestor's CREATE INDEX makes a copy on each
     * partition under a name PostgreSQL chooses free (part_col_idx, else
     * part_col_idx1), so that an own index that has that name keeps it, as
     * the diff foresees (diff_partition_names.c) */
    int maxdepth = 0;
    for (size_t i = 0; i < o.n; i++) {
        int dp = partition_depth(m, o.order[i]);
        maxdepth = dp > maxdepth ? dp : maxdepth;
    }
    for (int depth = maxdepth; depth >= 0; depth--) {
        for (size_t i = 0; i < o.n; i++) {
            const sc_table *t = o.order[i];
            if (partition_depth(m, t) != depth)
                continue;
            for (size_t j = 0; j < t->indexes.n; j++) {
                const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
                if (dialect == SC_DIALECT_POSTGRESQL && sc_ddl_index_late(m, kinds, ix))
                    continue;   /* fns7: after the views (sc_ddl_table_late) */
                sc_ddl_bodies_called(&b, &bodies, ix->where, d);   /* funcdeps2: the bodies it calls */
                for (size_t k = 0; k < ix->nelems; k++)
                    sc_ddl_bodies_called(&b, &bodies, ix->elems[k].expr, d);
                sep(&b);
                rc |= sc_ddl_create_index(&b, t, ix, dialect, d);
            }
        }
    }
    /* fkidx5: the FKs onto a unique index alone, now that it exists */
    for (size_t i = 0; dialect == SC_DIALECT_POSTGRESQL && i < o.n; i++) {
        const sc_table *t = o.order[i];
        for (size_t j = 0; j < t->constraints.n; j++) {
            const sc_constraint *c = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (!fk_on_index(m, c))
                continue;
            sep(&b);
            rc |= sc_ddl_add_constraint(&b, t, c, dialect, d);
        }
    }
    /* tblprops6: REPLICA IDENTITY and CLUSTER ON name an index: now that all
     * exist, but those written after the views (below) */
    for (size_t i = 0; dialect == SC_DIALECT_POSTGRESQL && i < o.n; i++) {
        const sc_table *t = o.order[i];
        if ((sc_table_replica_identity(t) == 'd' && !sc_table_cluster_index(t)) || index_props_late(m, kinds, t))
            continue;
        sep(&b);
        sc_ddl_table_index_props(&b, t);
    }
    comments(&b, m, dialect);
    /* types4: over a view's row type, after the views (fns6: or before the
     * first view that calls it) */
    sc_ddl_rowfns_init(&rowfns, m, kinds, true, dialect);
    bodies.rowfns = &rowfns;
    lparts = (sc_ddl_late){kinds, &rowfns, &bodies, sc_strmap_new(), NULL};
    rc |= create_views(&b, m, dialect, &bodies, &rowfns, dialect == SC_DIALECT_POSTGRESQL ? &lparts : NULL, d);
    rc |= sc_ddl_rowfns_rest(&b, &rowfns, d);
    bodies.rowfns = NULL;
    lparts.rowfns = NULL;
    sc_ddl_rowfns_free(&rowfns);
    for (size_t i = 0; dialect == SC_DIALECT_POSTGRESQL && i < o.n; i++)
        rc |= sc_ddl_table_late(&b, m, &lparts, o.order[i], 2, d);   /* fns6: what calls them */
    for (size_t i = 0; dialect == SC_DIALECT_POSTGRESQL && i < o.n; i++) {
        if (!index_props_late(m, kinds, o.order[i]))
            continue;
        sep(&b);
        sc_ddl_table_index_props(&b, o.order[i]);   /* now that its late index exists */
    }
    sc_strmap_free(lparts.done);
    rc |= row_security(&b, m, dialect, &bodies, d);
    sc_ddl_bodies_rest(&b, &bodies, d);   /* funcdeps2: those nothing above called */
    if (dialect == SC_DIALECT_POSTGRESQL)
        sc_ddl_domains_late(&b, m, &bodies, true);   /* what of a domain calls a body */
    rc |= bodies.rc;
    sc_ddl_bodies_free(&bodies);
    rc |= sc_ddl_triggers(&b, m, dialect, d);   /* triggers */
    rc |= sc_ddl_privileges(&b, m, dialect);   /* privileges and ownership */

    sc_strmap_free(o.slot);
    free(o.state);
    free(o.pos);
    free(o.order);
    sc_arena_free(early_a);
    free(kinds);
    if (rc != 0 || d->nerrors > errors_before) {
        sc_sb_free(&b);
        return NULL;
    }
    return sc_sb_take(&b);
}
