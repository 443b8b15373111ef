/* load.c - the pipeline's first pass: both sides loaded, each database read
 * in the schemas the comparison covers (scope.h).
 *
 * Four ways, by scope:
 *  - a declared side against one database, default scope: the declared side
 *    is parsed on a second thread while the database's public schema is
 *    read (the two take about as long, and one waits on the server), and
 *    the thread then goes on to spell its views ahead (ahead.h); the other
 *    schemas the declared side uses are read in a second round and merged
 *    in;
 *  - "all": every user schema of the database(s), and every schema a
 *    declared side uses (a schema it no longer mentions is then dropped);
 *    two databases are each read in their own schemas;
 *  - a list: exactly those schemas, on every side;
 *  - two files: no database, nothing to scope. */
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "pipeline/ahead.h"
#include "pipeline/load.h"

static int open_side(sc_pipeline *p, sc_pipeline_side *s, sc_diags *d)
{
    if (s->db)
        return 0;
    if (sc_db_open_source(&s->src, p->o.db_flags, p->o.connect_timeout, &s->db, d) != 0)
        return -1;
    s->own_db = true;
    return 0;
}

/* One side into s->m: a database through its catalog (read in io), a JSON
 * model, or .sch file(s). */
int sc_pipeline_load_side(sc_pipeline *p, sc_pipeline_side *s, const sc_inspect_opts *io, sc_diags *d)
{
    if (sc_source_is_database(&s->src)) {
        if (open_side(p, s, d) != 0)
            return -1;
        s->m = sc_inspect(s->db, io, d);
    } else if (s->src.kind == SC_SOURCE_JSON) {
        size_t len = 0;
        char *text = sc_read_file(s->src.text, &len, d);
        if (!text)
            return -1;
        s->m = sc_load_json(s->src.text, text, len, d);
        free(text);
    } else {
        s->m = sc_load_schema(s->src.text, d);
    }
    return s->m ? 0 : -1;
}

static bool is_db(const sc_pipeline_side *s)
{
    return sc_source_is_database(&s->src);
}

/* Whether the declared views may be spelled ahead on db's server: a
 * PostgreSQL database compared in PostgreSQL's terms, and, when the
 * connection is the caller's, one outside a transaction (another
 * connection sees what it sees). */
static bool ahead_possible(const sc_pipeline *p, const sc_pipeline_side *db)
{
    if (sc_source_dialect(&db->src) != SC_DIALECT_POSTGRESQL)
        return false;
    if (p->o.has_dialect && p->o.diff.dialect != SC_DIALECT_POSTGRESQL)
        return false;
    return !db->db || sc_db_idle(db->db);
}

/* One model made of two (the other schemas read in a second round). */
static sc_model *merged(const sc_model *x, const sc_model *y)
{
    sc_model *m = sc_model_new();
    sc_model_share_types(m, x, NULL);
    sc_model_share_types(m, y, NULL);
    sc_model_share_routines(m, x, NULL, NULL);   /* functions, triggers */
    sc_model_share_routines(m, y, NULL, NULL);
    for (size_t i = 0; i < x->tables.n; i++)
        sc_model_link_table(m, SC_VEC_AT(x->tables, i, sc_table));
    for (size_t i = 0; i < y->tables.n; i++)
        sc_model_link_table(m, SC_VEC_AT(y->tables, i, sc_table));
    for (size_t i = 0; i < x->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(x->views, i, sc_view));
    for (size_t i = 0; i < y->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(y->views, i, sc_view));
    sc_privs_share(m, x);   /* privileges and ownership */
    sc_privs_share(m, y);
    /* funcdeps: what calls each function; each round read the users of its
     * own schemas' functions, so the two lists are one without overlap */
    if (x->fn_users_known && y->fn_users_known) {
        for (size_t i = 0; i < x->fn_users.n; i++)
            sc_vec_push(m->arena, &m->fn_users, x->fn_users.items[i]);
        for (size_t i = 0; i < y->fn_users.n; i++)
            sc_vec_push(m->arena, &m->fn_users, y->fn_users.items[i]);
        m->fn_users_known = true;
    }
    sc_model_sort(m);
    return m;
}

/* The schemas decl uses: the database's inspector does not warn that one
 * of them does not exist there, since the plan creates it. */
static void plan_schemas(sc_pipeline *p, const sc_model *decl)
{
    free(p->planned);
    p->io.nplanned = sc_declared_schemas(decl, &p->planned);
    p->io.planned = p->planned;
}

/* The schemas the declared side uses besides public, read in a second
 * round and merged into db's model (p->parts keeps both parts alive). */
static int second_round(sc_pipeline *p, sc_pipeline_side *db, const sc_model *decl, sc_diags *d)
{
    p->io.nschemas = sc_declared_schemas(decl, &p->schemas);
    p->io.schemas = p->schemas;
    if (p->io.nschemas == 1)
        return 0;
    plan_schemas(p, decl);
    sc_inspect_opts second = p->io;
    second.schemas = p->schemas + 1;   /* sc_declared_schemas puts public first */
    second.nschemas = p->io.nschemas - 1;
    p->parts[0] = db->m;
    db->m = NULL;
    p->parts[1] = sc_inspect(db->db, &second, d);
    if (!p->parts[1])
        return -1;
    db->m = merged(p->parts[0], p->parts[1]);
    return 0;
}

static int load_overlapped(sc_pipeline *p, sc_pipeline_side *db, sc_pipeline_side *decl, sc_diags *d)
{
    /* the views spelled ahead are waited for by the server's terms
     * (terms.h), which free the job */
    sc_ahead_job *job = p->terms.ahead_job = sc_ahead_start(p, decl, ahead_possible(p, db) ? &db->src : NULL);
    static const char *const pub[] = {SC_DEFAULT_SCHEMA};
    sc_inspect_opts first = p->io;
    first.schemas = pub;
    first.nschemas = 1;
    sc_diags dd;
    sc_diags_init(&dd);
    int rc = sc_pipeline_load_side(p, db, &first, &dd);
    /* the declared side's messages first, as when it was read first */
    int decl_rc = sc_ahead_loaded(job, d);
    sc_diags_move(d, &dd);
    if (decl_rc != 0 || rc != 0)
        return -1;
    return second_round(p, db, decl->m, d);
}

/* "all": every user schema of the database side(s) and of the declared
 * one(s); two databases are each read in their own (a schema one lacks is
 * absent from its model either way, without a warning that it does not
 * exist there). */
static int load_all(sc_pipeline *p, sc_diags *d)
{
    sc_pipeline_side *sides[2] = {&p->from, &p->to};
    sc_db *dbs[2];
    const sc_model *decl[2];
    size_t ndb = 0, ndecl = 0;
    for (int i = 0; i < 2; i++) {
        if (!is_db(sides[i])) {
            if (sc_pipeline_load_side(p, sides[i], &p->io, d) != 0)
                return -1;
            decl[ndecl++] = sides[i]->m;
        } else {
            if (open_side(p, sides[i], d) != 0)
                return -1;
            dbs[ndb++] = sides[i]->db;
        }
    }
    p->schemas = sc_schema_scope(dbs, ndb, decl, ndecl, "all", &p->io.nschemas, &p->scope, d);
    if (!p->schemas)
        return -1;
    p->io.schemas = p->schemas;
    if (ndecl == 1)
        plan_schemas(p, decl[0]);
    for (int i = 0, k = 0; i < 2; i++) {
        if (!is_db(sides[i]))
            continue;
        sc_inspect_opts own = p->io;
        if (ndb == 2 && p->scope.nlisted[k]) {
            own.schemas = (const char *const *)p->scope.listed[k];
            own.nschemas = p->scope.nlisted[k];
        }
        k++;
        if (sc_pipeline_load_side(p, sides[i], &own, d) != 0)
            return -1;
    }
    return 0;
}

/* A list of schemas, or two files: the declared sides first (their errors
 * before any connection), then the databases. */
static int load_in_order(sc_pipeline *p, sc_diags *d)
{
    if (p->o.schemas) {
        p->schemas = sc_schema_scope(NULL, 0, NULL, 0, p->o.schemas, &p->io.nschemas, &p->scope, d);
        p->io.schemas = p->schemas;
    }
    sc_pipeline_side *order[4] = {&p->from, &p->to, &p->from, &p->to};
    for (int i = 0; i < 4; i++) {
        if (i == 2 && is_db(&p->from) != is_db(&p->to))   /* one declared side, loaded */
            plan_schemas(p, is_db(&p->from) ? p->to.m : p->from.m);
        if (is_db(order[i]) == (i >= 2) && sc_pipeline_load_side(p, order[i], &p->io, d) != 0)
            return -1;
    }
    return 0;
}

int sc_pipeline_load(sc_pipeline *p, sc_diags *d)
{
    p->io.version_table = p->o.version_table;
    bool a = is_db(&p->from), b = is_db(&p->to);
    const char *scope = p->o.schemas;
    if (!scope && a && b)
        scope = "all";   /* two databases: every user schema of both, as migra and Atlas do */
    if (scope && !strcmp(scope, "all"))
        return load_all(p, d);
    if (!scope && a != b)
        return load_overlapped(p, a ? &p->from : &p->to, a ? &p->to : &p->from, d);
    return load_in_order(p, d);
}
