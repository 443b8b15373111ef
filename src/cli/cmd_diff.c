/* cmd_diff.c - `schemac diff --from SRC --to DST`: the SQL (or JSON) that
 * takes SRC to DST. Each side is a .sch file, a folder of .sch files, a
 * JSON model or a database URL. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "db/db.h"
#include "diff/diff.h"
#include "emit/migration.h"
#include "inspect/inspect.h"
#include "model/strmap.h"
#include "parser/parser.h"

static const char help[] =
    "usage: schemac diff --from SRC --to DST [--sql] [--down] [--json] [--dialect D]\n"
    "                    [--no-compare-type] [--no-compare-server-default]\n"
    "                    [--concurrently] [--schema a,b | --all-schemas]\n"
    "\n"
    "Prints the SQL that takes SRC to DST (nothing when they match). SRC and DST\n"
    "are each a .sch file, a folder of .sch files, a .json model or a database\n"
    "URL (postgresql://..., sqlite:///file.db).\n"
    "\n"
    "  --sql                        the up script (the default)\n"
    "  --down                       the down script (DST back to SRC)\n"
    "  --json                       the operations as JSON\n"
    "  --dialect D                  postgresql or sqlite (default: the database's;\n"
    "                               required when both sides are files)\n"
    "  --no-compare-type            ignore column type changes\n"
    "  --no-compare-server-default  ignore server default changes\n"
    "  --concurrently               PostgreSQL: CREATE/DROP INDEX CONCURRENTLY\n"
    "  --schema a,b                 PostgreSQL schemas to compare (default: public and\n"
    "                               the schemas the declared side has objects in;\n"
    "                               two databases: every schema of both but the\n"
    "                               system's and extensions')\n"
    "  --all-schemas                PostgreSQL: every schema of the database but the\n"
    "                               system's and extensions' (a schema the declared\n"
    "                               side no longer mentions is dropped)\n"
    "\n"
    "Data-loss hazards are marked in the SQL and listed on standard error.\n";

typedef struct side {
    const char *spec;
    bool is_db;
    sc_db *db;
    sc_model *m;
} side;

static const char *opt_value(int argc, char **argv, int *i, const char *name, bool *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = true;
        return NULL;
    }
    return argv[++*i];
}

static size_t split_schemas(char *s, const char ***out)
{
    size_t cap = 1;
    for (char *p = s; *p; p++)
        cap += *p == ',';
    const char **v = calloc(cap, sizeof *v);
    if (!v)
        abort();
    size_t n = 0;
    for (char *tok = strtok(s, ","); tok; tok = strtok(NULL, ","))
        if (*tok)
            v[n++] = tok;
    *out = v;
    return n;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

static int load_side(side *s, const sc_inspect_opts *io, sc_diags *d)
{
    if (s->is_db) {
        if (!s->db && sc_db_open(s->spec, SC_DB_READONLY, &s->db, d) != 0)
            return -1;
        s->m = sc_inspect(s->db, io, d);
    } else if (ends_with(s->spec, ".json")) {
        size_t len = 0;
        char *text = sc_read_file(s->spec, &len, d);
        if (!text)
            return -1;
        s->m = sc_load_json(s->spec, text, len, d);
        free(text);
    } else {
        s->m = sc_load_schema(s->spec, d);
    }
    return s->m ? 0 : -1;
}

typedef struct parse_job {
    side *s;
    sc_diags d;
    int rc;
} parse_job;

static void *parse_in_thread(void *arg)
{
    parse_job *j = arg;
    j->rc = load_side(j->s, NULL, &j->d);
    return NULL;
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
        sc_model_share_table(m, SC_VEC_AT(x->tables, i, sc_table), NULL, NULL);
    for (size_t i = 0; i < y->tables.n; i++)
        sc_model_share_table(m, SC_VEC_AT(y->tables, i, sc_table), NULL, NULL);
    for (size_t i = 0; i < x->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(x->views, i, sc_view));
    for (size_t i = 0; i < y->views.n; i++)
        sc_model_share_view(m, SC_VEC_AT(y->views, i, sc_view));
    sc_model_sort(m);
    return m;
}

/* The declared side is parsed on a second thread while the database's
 * public schema is read: the two take about as long, and one waits on the
 * server. The schemas the declared side uses besides public are read in a
 * second round, merged in (`extra` keeps the parts alive). */
static int load_overlapped(side *db, side *decl, sc_inspect_opts *io, const char ***used,
                           sc_model *extra[2], sc_diags *d)
{
    parse_job job = {.s = decl};
    sc_diags_init(&job.d);
    pthread_t th;
    bool threaded = pthread_create(&th, NULL, parse_in_thread, &job) == 0;
    if (!threaded)
        parse_in_thread(&job);
    static const char *const pub[] = {SC_DEFAULT_SCHEMA};
    sc_inspect_opts first = *io;
    first.schemas = pub;
    first.nschemas = 1;
    sc_diags dd;
    sc_diags_init(&dd);
    int rc = load_side(db, &first, &dd);
    if (threaded)
        pthread_join(th, NULL);
    /* the declared side's messages first, as when it was read first */
    sc_diags_move(d, &job.d);
    sc_diags_move(d, &dd);
    if (job.rc != 0 || rc != 0)
        return -1;
    io->nschemas = cli_declared_schemas(decl->m, used);
    io->schemas = *used;
    if (io->nschemas == 1)
        return 0;
    sc_inspect_opts second = *io;
    second.schemas = *used + 1;   /* declared_schemas puts public first */
    second.nschemas = io->nschemas - 1;
    extra[0] = db->m;
    extra[1] = sc_inspect(db->db, &second, d);
    if (!extra[1]) {
        db->m = NULL;
        return -1;
    }
    db->m = merged(extra[0], extra[1]);
    return 0;
}

/* --all-schemas: every user schema of the database side(s), and every
 * schema a declared side uses, so that a schema the declared side no longer
 * mentions at all is seen (and dropped). */
static int all_schemas_scope(side *a, side *b, sc_inspect_opts *io, const char ***used,
                             cli_scope_keep *keep, sc_diags *d)
{
    side *sides[2] = {a, b};
    sc_db *dbs[2];
    const sc_model *decl[2];
    size_t ndb = 0, ndecl = 0;
    for (int i = 0; i < 2; i++) {
        side *s = sides[i];
        if (!s->is_db) {
            decl[ndecl++] = s->m;
            continue;
        }
        if (sc_db_open(s->spec, SC_DB_READONLY, &s->db, d) != 0)
            return -1;
        dbs[ndb++] = s->db;
    }
    *used = cli_schema_scope(dbs, ndb, decl, ndecl, "all", &io->nschemas, keep, d);
    io->schemas = *used;
    return *used ? 0 : -1;
}

int cmd_diff(int argc, char **argv)
{
    const char *from = NULL, *to = NULL, *dialect_name = NULL, *schemas = NULL;
    bool down = false, json = false, all_schemas = false;
    sc_diff_opts opts;
    sc_diff_opts_init(&opts, SC_DIALECT_POSTGRESQL);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        bool missing = false;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(help, stdout);
            return SC_EXIT_OK;
        }
        if ((v = opt_value(argc, argv, &i, "--from", &missing)))
            from = v;
        else if ((v = opt_value(argc, argv, &i, "--to", &missing)))
            to = v;
        else if ((v = opt_value(argc, argv, &i, "--dialect", &missing)))
            dialect_name = v;
        else if ((v = opt_value(argc, argv, &i, "--schema", &missing)))
            schemas = v;
        else if (missing)
            return cli_usage_error("diff", "%s needs a value", a);
        else if (!strcmp(a, "--sql"))
            ;
        else if (!strcmp(a, "--down"))
            down = true;
        else if (!strcmp(a, "--json"))
            json = true;
        else if (!strcmp(a, "--no-compare-type"))
            opts.compare_type = false;
        else if (!strcmp(a, "--no-compare-server-default"))
            opts.compare_server_default = false;
        else if (!strcmp(a, "--concurrently"))
            opts.concurrently = true;
        else if (!strcmp(a, "--all-schemas"))
            all_schemas = true;
        else
            return cli_usage_error("diff", "unknown argument %s (see schemac diff --help)", a);
    }
    if (!from || !to)
        return cli_usage_error("diff", "needs --from SRC and --to DST (or -m MSG for a revision; "
                                       "see schemac diff --help)");
    if (all_schemas && schemas)
        return cli_usage_error("diff", "--all-schemas and --schema exclude each other");
    sc_dialect dialect = SC_DIALECT_POSTGRESQL;
    if (dialect_name && sc_dialect_from_name(dialect_name, &dialect) != 0)
        return cli_usage_error("diff", "unknown dialect \"%s\" (postgresql or sqlite)", dialect_name);
    if (!dialect_name && !sc_url_is_database(from) && !sc_url_is_database(to))
        return cli_usage_error("diff", "--dialect is required when both sides are files");

    sc_diags d;
    sc_diags_init(&d);
    char *schema_copy = schemas ? strdup(schemas) : NULL;
    const char **names = NULL;
    sc_inspect_opts io = {0};
    /* what the databases hold and the model does not, named once whatever
     * the number of databases and rounds */
    io.not_compared = sc_not_compared_new();
    if (schema_copy) {
        io.nschemas = split_schemas(schema_copy, &names);
        io.schemas = names;
    }
    side a = {from, false, NULL, NULL}, b = {to, false, NULL, NULL};
    sc_model *extra[2] = {NULL, NULL};   /* the live model's parts when read in two rounds */
    cli_scope_keep scope = {0};          /* --all-schemas: the databases' schema names */
    cli_terms keep = {0};
    sc_plan *plan = NULL;
    char *text = NULL;
    const char **used = NULL;   /* schemas read by default */
    int rc = SC_EXIT_OK;

    a.is_db = sc_url_is_database(a.spec);
    b.is_db = sc_url_is_database(b.spec);
    /* two databases: every user schema of both (as migra and Atlas do);
     * --schema narrows it */
    if (a.is_db && b.is_db && !schema_copy)
        all_schemas = true;
    if (all_schemas && a.is_db && b.is_db) {
        /* each database read in its own schemas: one that the other lacks
         * is absent from that model either way, without a warning that it
         * does not exist there */
        sc_inspect_opts ia = io, ib = io;
        if (all_schemas_scope(&a, &b, &io, &used, &scope, &d) != 0)
            goto out;
        ia.schemas = (const char *const *)scope.listed[0];
        ia.nschemas = scope.nlisted[0];
        ib.schemas = (const char *const *)scope.listed[1];
        ib.nschemas = scope.nlisted[1];
        if (load_side(&a, ia.nschemas ? &ia : &io, &d) != 0 || load_side(&b, ib.nschemas ? &ib : &io, &d) != 0)
            goto out;
    } else if (all_schemas) {
        if ((!a.is_db && load_side(&a, &io, &d) != 0) || (!b.is_db && load_side(&b, &io, &d) != 0) ||
            all_schemas_scope(&a, &b, &io, &used, &scope, &d) != 0 ||
            (a.is_db && load_side(&a, &io, &d) != 0) || (b.is_db && load_side(&b, &io, &d) != 0))
            goto out;
    } else if (!schema_copy && a.is_db != b.is_db) {
        /* without --schema, a database is read in the schemas the declared
         * side uses (public and its own) */
        if (load_overlapped(a.is_db ? &a : &b, a.is_db ? &b : &a, &io, &used, extra, &d) != 0)
            goto out;
    } else if ((!a.is_db && load_side(&a, &io, &d) != 0) || (!b.is_db && load_side(&b, &io, &d) != 0) ||
               (a.is_db && load_side(&a, &io, &d) != 0) || (b.is_db && load_side(&b, &io, &d) != 0)) {
        goto out;
    }
    if (!dialect_name) {
        side *s = a.is_db ? &a : &b;
        dialect = sc_db_dialect(s->db);
        if (a.is_db && b.is_db && sc_db_dialect(a.db) != sc_db_dialect(b.db)) {
            sc_error(&d, SC_ERR_USAGE, "the two databases are of different kinds (%s, %s)",
                     sc_dialect_name(sc_db_dialect(a.db)), sc_dialect_name(sc_db_dialect(b.db)));
            goto out;
        }
    }
    opts.dialect = dialect;
    sc_not_compared_warn(io.not_compared, &d);
    const sc_model *mf = a.m, *mt = b.m;
    if (a.is_db != b.is_db) {
        side *db = a.is_db ? &a : &b, *decl = a.is_db ? &b : &a;
        const sc_model *terms = NULL;
        if (dialect == SC_DIALECT_SQLITE || sc_db_dialect(db->db) == SC_DIALECT_POSTGRESQL)
            terms = cli_server_terms(db->db, dialect, db->m, decl->m, &io, &opts, &keep, &d);
        if (terms) {
            if (decl == &a)
                mf = terms;
            else
                mt = terms;
        } else {
            sc_warn(&d, "expressions (defaults, checks, predicates) were compared as text");
        }
    } else if (!a.is_db && !b.is_db) {
        sc_diag_add(&d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                    "no database at hand: expressions were compared as text");
        if (a.m->views.n || b.m->views.n)
            sc_diag_add(&d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                        "no database at hand: views were compared as text, and what they read was taken from "
                        "their parse trees (libpg_query), not from a catalog");
    }
    plan = sc_diff(mf, mt, &opts, &d);
    if (!plan)
        goto out;
    /* the spliced model: its re-read columns, constraints and indexes are
     * the norm's objects, its views the re-read views' copies */
    if (keep.spliced && dialect == SC_DIALECT_POSTGRESQL)
        sc_plan_show_declared(plan, keep.spliced, a.is_db ? b.m : a.m);
    if (json)
        text = sc_emit_plan_json(plan);
    else
        text = sc_emit_plan_script(plan, dialect, down, &d);
    if (!text)
        goto out;
    if (*text)
        cli_write_output(NULL, text, &d);
    if (sc_plan_hazards(plan)) {
        char *sum = sc_plan_summary(plan);
        for (char *line = strtok(sum, "\n"); line; line = strtok(NULL, "\n")) {
            char *h = strstr(line, "[HAZARD: ");
            if (h) {
                size_t n = strlen(h + 9);
                fprintf(stderr, "schemac diff: hazard: %.*s\n", (int)(n ? n - 1 : 0), h + 9);
            }
        }
        free(sum);
    }
out:
    rc = cli_report(&d);
    sc_not_compared_free(io.not_compared);
    free(text);
    sc_plan_free(plan);
    cli_terms_free(&keep);
    sc_model_free(a.m);
    sc_model_free(b.m);
    sc_model_free(extra[0]);
    sc_model_free(extra[1]);
    cli_scope_free(&scope);
    sc_db_close(a.db);
    sc_db_close(b.db);
    sc_diags_free(&d);
    free(names);
    free(used);
    free(schema_copy);
    return rc;
}
