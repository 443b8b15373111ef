/* pipeline.c - the passes after loading: the dialect, the server's terms,
 * the diff, the text (see pipeline.h). */
#include <stdlib.h>
#include <string.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "diff/plan.h"
#include "emit/migration.h"
#include "pipeline/bound_order.h"
#include "pipeline/load.h"
#include "pipeline/pipeline.h"

static void init_side(sc_pipeline_side *s, const char *text, sc_db *db)
{
    memset(s, 0, sizeof *s);
    s->db = db;
    if (db)
        sc_source_copy(&s->src, sc_db_source(db));
    else
        sc_source_classify(&s->src, text);
}

void sc_pipeline_init(sc_pipeline *p, const sc_pipeline_opts *o)
{
    memset(p, 0, sizeof *p);
    p->o = *o;
    init_side(&p->from, o->from, o->from_db);
    init_side(&p->to, o->to, o->to_db);
    p->dialect = o->diff.dialect;
    /* what the databases hold and the model does not, named once whatever
     * the number of databases and rounds */
    p->io.not_compared = sc_not_compared_new();
    p->io.privileges = o->diff.privileges;   /* privileges and ownership */
}

int sc_pipeline_databases(const sc_pipeline *p)
{
    return sc_source_is_database(&p->from.src) + sc_source_is_database(&p->to.src);
}

/* --dialect, else the database's; two databases must be of one kind. */
static int pick_dialect(sc_pipeline *p, sc_diags *d)
{
    sc_db *a = p->from.db, *b = p->to.db;
    if (p->o.has_dialect) {
        p->dialect = p->o.diff.dialect;
        return 0;
    }
    if (!a && !b) {
        sc_error(d, SC_ERR_USAGE, "a dialect is needed when both sides are files (--dialect)");
        return -1;
    }
    if (a && b && sc_db_dialect(a) != sc_db_dialect(b)) {
        sc_error(d, SC_ERR_USAGE, "the two databases are of different kinds (%s, %s)",
                 sc_dialect_name(sc_db_dialect(a)), sc_dialect_name(sc_db_dialect(b)));
        return -1;
    }
    p->dialect = sc_db_dialect(a ? a : b);
    return 0;
}

/* The declared side on the server's terms when the other is a database:
 * *mf or *mt replaced by the re-read model. Without a database, a note that
 * expressions and views were compared as text. */
static void server_terms_pass(sc_pipeline *p, const sc_diff_opts *opts, const sc_model **mf,
                              const sc_model **mt, sc_diags *d)
{
    bool a = p->from.db != NULL, b = p->to.db != NULL;
    if (a == b) {
        if (a)
            return;   /* two databases: both spelled by their servers already */
        sc_diag_add(d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                    "no database at hand: expressions were compared as text");
        if (p->from.m->views.n || p->to.m->views.n)
            sc_diag_add(d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                        "no database at hand: views were compared as text, and what they read was taken from "
                        "their parse trees (libpg_query), not from a catalog");
        return;
    }
    sc_pipeline_side *db = a ? &p->from : &p->to, *decl = a ? &p->to : &p->from;
    const sc_model *terms = NULL;
    if (p->dialect == SC_DIALECT_SQLITE || sc_db_dialect(db->db) == SC_DIALECT_POSTGRESQL)
        terms = sc_server_terms(db->db, p->dialect, db->m, decl->m, &p->io, opts, &p->terms, d);
    /* privileges and ownership: the declared ones, whatever model the
     * server's terms made (it is one of p->terms', ours to write) */
    sc_terms_settle(&p->terms);   /* the views spelled ahead read decl->m on a thread until then */
    if (terms && terms != decl->m)
        ((sc_model *)terms)->privs = decl->m->privs;
    if (!terms)
        sc_warn(d, "expressions (defaults, checks, predicates) were compared as text");
    else if (a)
        *mt = terms;
    else
        *mf = terms;
}

/* memory (issue 10): what loading freed (the catalog's rows, the parse
 * trees of views, scratch maps) lies between the models' blocks, where the
 * heap cannot shrink; its whole pages go back to the system before the
 * next pass allocates, so that they are not counted twice at the peak. */
static void give_back_freed(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

/* funcdeps2: the diff; when its `from` side is a declared schema, the other
 * a PostgreSQL database, and the plan re-creates a function whose users
 * were found from the text, the declared side's list is read from a
 * scratch load (sc_pg_declared_fn_users: the server is the parser) and
 * the diff run again with it. The first run's messages are kept only when
 * it stands. */
static sc_plan *diff_with_declared_users(sc_pipeline *p, const sc_diff_opts *opts, const sc_model *mf,
                                         const sc_model *mt, sc_diags *d)
{
    if (p->from.db || !p->to.db || p->dialect != SC_DIALECT_POSTGRESQL ||
        sc_db_dialect(p->to.db) != SC_DIALECT_POSTGRESQL || mf->fn_users_known)
        return sc_diff(mf, mt, opts, d);
    sc_diags first;
    sc_diags_init(&first);
    sc_plan *plan = sc_diff(mf, mt, opts, &first);
    /* mf is p->from.m or a model of p->terms made of it: the pipeline's own */
    if (plan && plan->fn_users_guessed && sc_pg_declared_fn_users(p->to.db, p->from.m, (sc_model *)mf, d) == 0) {
        sc_plan_free(plan);
        sc_diags_free(&first);
        return sc_diff(mf, mt, opts, d);
    }
    for (size_t i = 0; i < first.n; i++)
        sc_diag_add(d, first.items[i].sev, first.items[i].kind, first.items[i].loc, "%s", first.items[i].msg);
    sc_diags_free(&first);
    return plan;
}

int sc_pipeline_run(sc_pipeline *p, sc_diags *d)
{
    if (sc_pipeline_load(p, d) != 0 || sc_diags_failed(d) || pick_dialect(p, d) != 0)
        return -1;
    sc_diff_opts opts = p->o.diff;
    opts.dialect = p->dialect;
    sc_not_compared_warn(p->io.not_compared, d);
    /* privileges and ownership: the roles they name exist on the server */
    if (opts.privileges && p->dialect == SC_DIALECT_POSTGRESQL && (p->from.db != NULL) != (p->to.db != NULL) &&
        sc_inspect_check_roles(p->from.db ? p->from.db : p->to.db, p->from.db ? p->to.m : p->from.m, d) != 0)
        return -1;
    const sc_model *mf = p->from.m, *mt = p->to.m;
    give_back_freed();
    server_terms_pass(p, &opts, &mf, &mt, d);
    give_back_freed();
    /* parts6: partitions by text bounds in their collation's order; both
     * models are the pipeline's own (loaded, or made by p->terms) */
    sc_db *server = p->from.db ? p->from.db : p->to.db;
    if (server && p->dialect == SC_DIALECT_POSTGRESQL) {
        sc_bound_order(server, (sc_model *)mf, d);
        sc_bound_order(server, (sc_model *)mt, d);
    }
    p->plan = diff_with_declared_users(p, &opts, mf, mt, d);
    if (!p->plan)
        return -1;
    /* the spliced model: its re-read columns, constraints and indexes are
     * the norm's objects, its views the re-read views' copies */
    if (p->terms.spliced && p->dialect == SC_DIALECT_POSTGRESQL)
        sc_plan_show_declared(p->plan, p->terms.spliced, p->from.db ? p->to.m : p->from.m);
    return 0;
}

char *sc_pipeline_emit(const sc_pipeline *p, sc_pipeline_format f, bool down, sc_diags *d)
{
    switch (f) {
    case SC_EMIT_JSON:
        return sc_emit_plan_json(p->plan);
    case SC_EMIT_REVISION:
        return sc_emit_plan(p->plan, p->dialect, down, d);
    case SC_EMIT_SCRIPT:
        break;
    }
    return sc_emit_plan_script(p->plan, p->dialect, down, d);
}

static void free_side(sc_pipeline_side *s)
{
    sc_model_free(s->m);
    if (s->own_db)
        sc_db_close(s->db);
    sc_source_free(&s->src);
}

void sc_pipeline_free(sc_pipeline *p)
{
    sc_plan_free(p->plan);
    sc_terms_free(&p->terms);
    free_side(&p->from);
    free_side(&p->to);
    sc_model_free(p->parts[0]);
    sc_model_free(p->parts[1]);
    sc_scope_free(&p->scope);
    sc_not_compared_free(p->io.not_compared);
    free(p->schemas);
    free(p->planned);
    memset(p, 0, sizeof *p);
}
