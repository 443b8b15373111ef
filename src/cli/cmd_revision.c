/* cmd_revision.c - commands that write revision files: init, revision,
 * merge, and autogenerate (diff -m) with its read-only twin check. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/workflow.h"
#include "diff/diff.h"
#include "emit/migration.h"
#include "inspect/inspect.h"
#include "model/strbuf.h"
#include "parser/parser.h"
#include "pipeline/pipeline.h"

/* ---- init ------------------------------------------------------------------ */

/* The schemac.ini that init writes: every setting, commented. */
static void ini_text(sc_strbuf *b, const wf_ctx *c, const char *dir)
{
    sc_sb_printf(b,
                 "# schemac.ini - configuration of the revision workflow (see docs/workflow.md).\n"
                 "# Relative paths are relative to this file's folder.\n"
                 "[schemac]\n"
                 "# revisions live in <script_location>/versions/*.sql\n"
                 "script_location = %s\n"
                 "# the declared schema: a .sch file or a folder of them\n"
                 "schema = %s\n"
                 "# the database (DATABASE_URL, then --url, override it), e.g.\n"
                 "#   postgresql://user@localhost/app   sqlite:///app.db   ${DATABASE_URL}\n"
                 "# (${NAME} is an environment variable: no password needs to live here)\n"
                 "url = %s\n"
                 "# postgresql or sqlite; empty: taken from the url\n"
                 "dialect = %s\n"
                 "# revision file names; tokens rev, slug, epoch, year, month, day, hour, minute, second\n"
                 "file_template = %s\n"
                 "# timezone of create dates and file names, e.g. UTC; empty: local time\n"
                 "timezone =\n"
                 "# one row per head, as alembic_version\n"
                 "version_table = schemac_version\n"
                 "version_table_schema =\n"
                 "# PostgreSQL schemas that diff -m and check compare: declared (public and those the\n"
                 "# schema uses), all (every schema of the database: one no longer declared is dropped),\n"
                 "# or a list: public, app\n"
                 "include_schemas = declared\n"
                 "compare_type = true\n"
                 "compare_server_default = true\n"
                 "# true: each revision in its own transaction; false: one for the whole run\n"
                 "transaction_per_migration = true\n",
                 dir, c->schema_flag ? c->schema_flag : "schemas/", c->url_flag ? c->url_flag : "",
                 c->dialect_flag ? c->dialect_flag : "", SC_DEFAULT_FILE_TEMPLATE);
}

int wf_init(wf_ctx *c)
{
    const char *dir = c->args[0];
    const char *ini = c->config_path ? c->config_path : "schemac.ini";
    struct stat st;
    if (stat(ini, &st) == 0) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_IO, (sc_loc){0}, "%s exists already", ini);
        sc_diag_hint(dg, "init never overwrites a configuration; edit it, or pass -c OTHER.ini");
        return -1;
    }
    char *versions = malloc(strlen(dir) + 10);
    if (!versions)
        abort();
    sprintf(versions, "%s/versions", dir);
    if (stat(dir, &st) == 0 && stat(versions, &st) == 0) {
        sc_error(&c->d, SC_ERR_IO, "%s exists already", versions);
        free(versions);
        return -1;
    }
    if ((mkdir(dir, 0755) != 0 && errno != EEXIST) || mkdir(versions, 0755) != 0) {
        sc_error(&c->d, SC_ERR_IO, "cannot create %s: %s", versions, strerror(errno));
        free(versions);
        return -1;
    }
    sc_strbuf b = SC_STRBUF_INIT;
    ini_text(&b, c, dir);
    int rc = 0;
    if (c->dialect_flag) {
        sc_dialect dd;
        if (sc_dialect_from_name(c->dialect_flag, &dd) != 0) {
            sc_error(&c->d, SC_ERR_USAGE, "unknown dialect \"%s\" (postgresql or sqlite)", c->dialect_flag);
            rc = -1;
        }
    }
    /* a URL with a password: the file is for its owner's eyes only */
    char *masked = c->url_flag ? sc_url_mask(c->url_flag) : NULL;
    bool secret = masked && strcmp(masked, c->url_flag) != 0;
    free(masked);
    if (rc == 0 && cli_write_output_mode(ini, sc_sb_cstr(&b), secret ? 0600 : 0666, &c->d) != 0)
        rc = -1;
    if (rc == 0 && secret)
        fprintf(stderr, "note: %s holds a password: written readable by you only (mode 0600); "
                        "url = ${DATABASE_URL} keeps it out of the file\n", ini);
    if (rc == 0)
        printf("Creating directory %s ... done\nCreating directory %s ... done\nGenerating %s ... done\n"
               "Please edit the url and schema settings in %s before proceeding.\n",
               dir, versions, ini, ini);
    sc_sb_free(&b);
    free(versions);
    return rc;
}

/* ---- writing revisions ---------------------------------------------------------- */

int wf_new_parents(wf_ctx *c, int *parents, size_t *n)
{
    *n = 0;
    if (c->head && !strcmp(c->head, "base"))
        return 0;   /* a new root: a second branch from nothing */
    if (c->head) {
        int r = sc_graph_lookup(&c->g, c->head, &c->d);
        if (r < 0)
            return -1;
        if (c->g.revs[r].nchildren && !c->splice) {
            sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                      "revision %s is not a head", c->g.revs[r].id);
            sc_diag_hint(dg, "pass --splice to start a branch from it");
            return -1;
        }
        parents[(*n)++] = r;
        return 0;
    }
    size_t nh = sc_graph_heads(&c->g, parents);
    if (nh > 1) {
        sc_strbuf b = SC_STRBUF_INIT;
        for (size_t i = 0; i < nh; i++)
            sc_sb_printf(&b, "%s%s", i ? ", " : "", c->g.revs[parents[i]].id);
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                  "multiple heads are present (%s)", sc_sb_cstr(&b));
        sc_diag_hint(dg, "name the head to build on with --head REV, or join them first with "
                         "`schemac merge heads -m MSG`");
        sc_sb_free(&b);
        return -1;
    }
    *n = nh;
    return 0;
}

int wf_write_revision(wf_ctx *c, const char *const *parents, size_t nparents, const char *message,
                      const char *up, const char *down)
{
    char id[SC_REV_ID_LEN + 1];
    if (c->rev_id)
        snprintf(id, sizeof id, "%s", c->rev_id);
    else
        do
            sc_rev_id_new(id);
        while (sc_graph_find(&c->g, id) >= 0);
    if (sc_graph_find(&c->g, id) >= 0) {
        sc_error(&c->d, SC_ERR_USAGE, "revision %s exists already (%s)", id,
                 c->g.revs[sc_graph_find(&c->g, id)].src->path);
        return -1;
    }
    time_t now = wf_now();
    struct tm tm;
    long off;
    if (sc_config_time(&c->cfg, now, &tm, &off, &c->d) != 0)
        return -1;
    char date[64];
    strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
    long ao = off < 0 ? -off : off;
    snprintf(date + strlen(date), sizeof date - strlen(date), "%c%02ld:%02ld", off < 0 ? '-' : '+', ao / 3600,
             (ao / 60) % 60);
    char *name = sc_config_filename(&c->cfg, id, message, now, &c->d);
    if (!name)
        return -1;
    /* the header's dialect is informative: empty when it is not known */
    const char *dname = "";
    if (c->cfg.has_dialect)
        dname = sc_dialect_name(c->cfg.dialect);
    else if (c->url.kind != SC_SOURCE_NONE)
        dname = sc_dialect_name(sc_source_dialect(&c->url));
    char *text = sc_rev_render(id, parents, nparents, date, message, dname, up, down);
    size_t pl = strlen(c->versions_dir) + strlen(name) + 2;
    char *path = malloc(pl);
    if (!path)
        abort();
    snprintf(path, pl, "%s/%s", c->versions_dir, name);
    printf("Generating %s ... ", path);
    fflush(stdout);
    int rc = sc_rev_write_new(path, text, &c->d);
    printf("%s\n", rc == 0 ? "done" : "FAILED");
    free(path);
    free(text);
    free(name);
    return rc;
}

int wf_revision(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    int *par = calloc(c->g.n + 1, sizeof *par);
    const char **ids = calloc(c->g.n + 1, sizeof *ids);
    if (!par || !ids)
        abort();
    size_t np;
    int rc = wf_new_parents(c, par, &np);
    for (size_t i = 0; i < np; i++)
        ids[i] = c->g.revs[par[i]].id;
    if (rc == 0)
        rc = wf_write_revision(c, ids, np, c->message, NULL, NULL);
    free(par);
    free(ids);
    return rc;
}

int wf_merge(wf_ctx *c)
{
    if (wf_load_graph(c) != 0)
        return -1;
    int *par = calloc(c->g.n + (size_t)c->nargs + 1, sizeof *par);
    const char **ids = calloc(c->g.n + (size_t)c->nargs + 1, sizeof *ids);
    if (!par || !ids)
        abort();
    size_t np = 0;
    int rc = 0;
    if (c->nargs == 1 && !strcmp(c->args[0], "heads")) {
        np = sc_graph_heads(&c->g, par);
    } else {
        for (int i = 0; i < c->nargs && rc == 0; i++) {
            int r = sc_graph_lookup(&c->g, c->args[i], &c->d);
            if (r < 0) {
                rc = -1;
                break;
            }
            for (size_t k = 0; k < np; k++)
                if (par[k] == r) {
                    sc_error(&c->d, SC_ERR_USAGE, "revision %s is named twice", c->g.revs[r].id);
                    rc = -1;
                }
            par[np++] = r;
        }
    }
    if (rc == 0 && np < 2) {
        sc_error(&c->d, SC_ERR_USAGE, "a merge joins at least two revisions (there %s %zu)",
                 np == 1 ? "is" : "are", np);
        rc = -1;
    }
    /* a merge of a revision with its own ancestor would be no merge at all */
    for (size_t i = 0; rc == 0 && i < np; i++) {
        bool *anc = calloc(c->g.n, sizeof *anc);
        if (!anc)
            abort();
        for (size_t k = 0; k < np; k++)
            if (k != i)
                sc_graph_ancestors(&c->g, &par[k], 1, anc);
        if (anc[par[i]]) {
            sc_error(&c->d, SC_ERR_USAGE, "revision %s is an ancestor of another revision of the merge",
                     c->g.revs[par[i]].id);
            rc = -1;
        }
        free(anc);
    }
    for (size_t i = 0; i < np; i++)
        ids[i] = c->g.revs[par[i]].id;
    if (rc == 0)
        rc = wf_write_revision(c, ids, np, c->message ? c->message : "merge", NULL, NULL);
    free(par);
    free(ids);
    return rc;
}

/* ---- autogenerate ----------------------------------------------------------------- */

/* The database must be at head: what it lacks would show up as a diff. */
static int at_head(wf_ctx *c, sc_rconn *rc, int *parents, size_t *np)
{
    int *cur;
    size_t ncur;
    if (sc_current_heads(rc, &c->g, &c->vt, &cur, &ncur, &c->d) != 0) {
        free(cur);
        return -1;
    }
    int *heads = calloc(c->g.n + 1, sizeof *heads);
    if (!heads)
        abort();
    size_t nh = sc_graph_heads(&c->g, heads);
    bool same = nh == ncur;
    for (size_t i = 0; i < nh && same; i++) {
        bool found = false;
        for (size_t k = 0; k < ncur; k++)
            found |= cur[k] == heads[i];
        same = found;
    }
    int r = 0;
    if (!same) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                  "Target database is not up to date");
        sc_diag_hint(dg, "run `schemac upgrade heads` first, so that the new revision holds only "
                         "what the schema adds");
        r = -1;
    } else if (parents && wf_new_parents(c, parents, np) != 0) {
        r = -1;
    }
    free(cur);
    free(heads);
    return r;
}

/* "3 functions, 1 trigger" from the inspector's SC_NOT_COMPARED warnings
 * (the part before each list of names); NULL when there are none. Heap. */
static char *not_compared_summary(const sc_diags *d)
{
    size_t plen = strlen(SC_NOT_COMPARED);
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < d->n; i++) {
        const char *m = d->items[i].msg;
        if (d->items[i].sev != SC_SEV_WARNING || strncmp(m, SC_NOT_COMPARED, plen) != 0)
            continue;
        m += plen;
        const char *paren = strstr(m, " (");
        sc_sb_printf(&b, "%s%.*s", b.len ? ", " : "", (int)(paren ? (size_t)(paren - m) : strlen(m)), m);
    }
    if (!b.len) {
        sc_sb_free(&b);
        return NULL;
    }
    return sc_sb_take(&b);
}

/* check: the verdict, never "up to date" without what that leaves out. */
static int report_check(wf_ctx *c, const sc_plan *plan)
{
    if (!sc_plan_count(plan)) {
        char *left = not_compared_summary(&c->d);
        if (left)
            printf("No new upgrade operations detected in what was compared; not compared: %s"
                   " (named in the warnings).\n", left);
        else
            printf("No new upgrade operations detected.\n");
        free(left);
        return SC_EXIT_OK;
    }
    char *sum = sc_plan_summary(plan);
    printf("New upgrade operations detected:\n%s", sum);
    if (sum[0] && sum[strlen(sum) - 1] != '\n')
        putchar('\n');
    free(sum);
    return SC_EXIT_DIFFERS;
}

/* diff -m: the plan as a new revision file on parents par[0..np). */
static int write_autogenerated(wf_ctx *c, const sc_pipeline *p, const int *par, size_t np)
{
    size_t nops = sc_plan_count(p->plan);
    if (!nops && !c->allow_empty) {
        printf("No changes in schema detected: no revision written (--allow-empty writes one anyway).\n");
        return SC_EXIT_OK;
    }
    char *up = sc_pipeline_emit(p, SC_EMIT_REVISION, false, &c->d);
    char *down = up ? sc_pipeline_emit(p, SC_EMIT_REVISION, true, &c->d) : NULL;
    int rc = -1;
    if (up && down) {
        if (nops) {
            /* what was detected, one line each, as Alembic logs it */
            char *sum = sc_plan_summary(p->plan);
            for (char *s = sum, *e; *s; s = *e ? e + 1 : e) {
                e = strchr(s, '\n');
                if (!e)
                    e = s + strlen(s);
                fprintf(stderr, "Detected %.*s\n", (int)(e - s), s);
            }
            free(sum);
        }
        const char **ids = calloc(np + 1, sizeof *ids);
        if (!ids)
            abort();
        for (size_t i = 0; i < np; i++)
            ids[i] = c->g.revs[par[i]].id;
        rc = wf_write_revision(c, ids, np, c->message, up, down);
        free(ids);
    }
    free(up);
    free(down);
    return rc;
}

int wf_autogenerate(wf_ctx *c, bool check_only)
{
    if (wf_load_graph(c) != 0)
        return -1;
    if (!c->cfg.schema) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){0},
                                  "no schema configured");
        sc_diag_hint(dg, "set schema = <file.sch or folder> in schemac.ini");
        return -1;
    }
    int *par = calloc(c->g.n + 1, sizeof *par);
    if (!par)
        abort();
    size_t np = 0;
    sc_db *db = NULL;
    sc_rconn conn;
    sc_pipeline p;
    bool ran = false;
    int rc = -1;
    if (wf_open(c, check_only ? SC_DB_READONLY : SC_DB_CREATE, &db, &conn) != 0 ||
        at_head(c, &conn, check_only ? NULL : par, &np) != 0 || (check_only && wf_verify_sums(c, &conn) != 0))
        goto out;
    /* the database (open, at head) against the declared schema, compared on
     * the server's own terms: the library's one pipeline */
    sc_pipeline_opts po = {.to = c->cfg.schema, .from_db = db, .schemas = c->cfg.include_schemas,
                           .version_table = c->cfg.version_table};
    sc_diff_opts_init(&po.diff, conn.dialect);
    po.diff.compare_type = c->cfg.compare_type;
    po.diff.compare_server_default = c->cfg.compare_server_default;
    po.diff.privileges = c->cfg.compare_privileges || c->with_privileges;   /* privileges and ownership */
    sc_pipeline_init(&p, &po);
    ran = true;
    if (sc_pipeline_run(&p, &c->d) != 0)
        goto out;
    rc = check_only ? report_check(c, p.plan) : write_autogenerated(c, &p, par, np);
out:
    if (ran)
        sc_pipeline_free(&p);
    if (db)
        sc_db_close(db);
    free(par);
    return rc;
}
