/* cmd_workflow.c - the revision commands: options, configuration, dispatch.
 * The commands themselves are in cmd_revision.c (init, revision, merge,
 * diff -m, check), cmd_migrate.c (upgrade, downgrade, stamp, current) and
 * cmd_history.c (history, heads, branches). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/workflow.h"
#include "revision/sums.h"

typedef struct command {
    const char *name;
    const char *options;   /* the options it takes, space separated */
    int min_args, max_args;
    const char *usage;
    const char *help;      /* every option it takes, one a line (--help) */
} command;

#define OPT_C   "  -c, --config FILE  schemac.ini to read (default: $SCHEMAC_CONFIG, ./schemac.ini)\n"
#define OPT_URL "  --url URL          the database (overrides url and DATABASE_URL)\n"
#define OPT_DIA "  --dialect D        postgresql or sqlite (default: dialect, or the url's)\n"
#define OPT_STRICT \
    "  --strict           an applied revision file edited since is an error (exit 3),\n" \
    "                     not a warning\n"
#define OPT_PRIV \
    "  --with-privileges  compare privileges, owners and default privileges too\n" \
    "                     (as compare_privileges = true)\n"
#define OPT_REVID "  --rev-id ID        the new revision's id (12 hex digits; default: random)\n"

static const command commands[] = {
    {"init", "--dialect --url --schema", 1, 1,
     "init DIR [--dialect D] [--url URL] [--schema PATH]   write schemac.ini and DIR/versions/",
     "  DIR                the folder of the revisions (script_location)\n"
     "  --dialect D        postgresql or sqlite (written as dialect)\n"
     "  --url URL          written as url (a password: the file is made 0600;\n"
     "                     url = ${DATABASE_URL} keeps it out of the file)\n"
     "  --schema PATH      the declared schema, a .sch file or a folder (default: schemas/)\n"
     OPT_C},
    {"revision", "-m --rev-id --head --splice", 0, 0,
     "revision -m MSG [--rev-id ID] [--head REV [--splice]]   an empty revision for hand-written SQL",
     "  -m, --message MSG  the revision's message (required)\n" OPT_REVID
     "  --head REV         the parent (default: the single head)\n"
     "  --splice           with --head: allow a parent that is not a head (a new branch)\n" OPT_C},
    {"diff", "-m --rev-id --head --allow-empty --url --with-privileges", 0, 0,
     "diff -m MSG [--rev-id ID] [--head REV] [--allow-empty] [--url URL]   autogenerate a revision (schema vs database)",
     "  -m, --message MSG  the revision's message (required)\n" OPT_REVID
     "  --head REV         the parent (default: the single head)\n"
     "  --allow-empty      write the revision even when there is nothing to do\n" OPT_URL OPT_PRIV OPT_C},
    {"check", "--url --strict --with-privileges", 0, 0,
     "check [--url URL] [--strict]   exit 1 with a summary when the database and the schema differ",
     OPT_URL OPT_STRICT OPT_PRIV OPT_C},
    {"merge", "-m --rev-id", 1, 64, "merge -m MSG REV REV... | merge heads   a revision joining several heads",
     "  REV REV...         the revisions to join (prefixes), or \"heads\" for all heads\n"
     "  -m, --message MSG  the revision's message (required)\n" OPT_REVID OPT_C},
    {"upgrade", "--sql --url --dialect --strict", 1, 1,
     "upgrade TARGET [--sql]   TARGET: head, heads, REV (a prefix), +N; --sql: [FROM:]TO",
     "  TARGET             head, heads, a revision (a prefix of its id), +N\n"
     "  --sql              print the script instead of running it (TARGET may be FROM:TO)\n"
     OPT_URL "  --dialect D        with --sql: postgresql or sqlite (default: dialect, or the url's)\n"
     OPT_STRICT OPT_C},
    {"downgrade", "--sql --url --dialect", 1, 1,
     "downgrade TARGET [--sql]   TARGET: base, REV, -N; --sql: FROM:TO",
     "  TARGET             base, a revision (a prefix), -N\n"
     "  --sql              print the script instead of running it (TARGET is FROM:TO)\n"
     OPT_URL "  --dialect D        with --sql: postgresql or sqlite (default: dialect, or the url's)\n" OPT_C},
    {"stamp", "--sql --url --dialect --purge", 1, 1,
     "stamp TARGET [--sql]   record TARGET (head, heads, base, REV) without running anything",
     "  TARGET             head, heads, base, a revision (a prefix)\n"
     "  --sql              print the statements instead of running them\n"
     OPT_URL OPT_DIA
     "  --purge            accepted for Alembic's sake: stamp always replaces what is recorded\n" OPT_C},
    {"current", "--url --verbose --strict", 0, 0, "current [--verbose] [--strict]   the database's revision(s)",
     OPT_URL "  -v, --verbose      each revision's path, message, date and checksum\n" OPT_STRICT OPT_C},
    {"history", "--verbose --indicate-current --url -r", 0, 0,
     "history [-r START:END] [--verbose] [--indicate-current]   the revisions, newest first",
     "  -r, --rev-range START:END  a range, as Alembic's (base, heads, current, REV, -N, +N)\n"
     "  -v, --verbose      each revision's header, path and checksum (with a database:\n"
     "                     whether the file was edited since it was applied)\n"
     "  -i, --indicate-current  mark the database's revision(s) (connects)\n" OPT_URL OPT_C},
    {"show", "--url", 1, 1, "show REV   a revision's header and path (REV: a prefix, head, heads, base, current)",
     "  REV                a prefix, head, heads, base, or current (the database's)\n" OPT_URL OPT_C},
    {"heads", "--verbose", 0, 0, "heads [--verbose]   the revisions without children",
     "  -v, --verbose      each head's header and path\n" OPT_C},
    {"branches", "--verbose", 0, 0, "branches [--verbose]   the branch points",
     "  -v, --verbose      each branch point's header and path\n" OPT_C},
    {NULL, NULL, 0, 0, NULL, NULL},
};

static bool takes(const command *cm, const char *opt)
{
    size_t n = strlen(opt);
    for (const char *p = cm->options; (p = strstr(p, opt)); p += n)
        if ((p == cm->options || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return true;
    return false;
}

/* ---- shared helpers ------------------------------------------------------ */

int wf_load_config(wf_ctx *c)
{
    if (c->cfg_loaded)
        return 0;
    const char *path = c->config_path ? c->config_path : getenv("SCHEMAC_CONFIG");
    if (!path || !path[0])
        path = "schemac.ini";
    struct stat st;
    if (stat(path, &st) != 0) {
        sc_config_init(&c->cfg);
        c->cfg_loaded = true;
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){0},
                                  "no configuration file %s", path);
        sc_diag_hint(dg, "run `schemac init migrations` to start, or point to one with -c FILE");
        return -1;
    }
    c->cfg_loaded = true;
    if (sc_config_load(&c->cfg, path, &c->d) != 0)
        return -1;
    /* DATABASE_URL overrides the file; PG* variables serve when neither
     * names a database */
    const char *env = sc_url_from_env();
    const char *dburl = getenv("DATABASE_URL");
    if (env && (!c->cfg.url || (dburl && dburl[0])))
        sc_config_set_url(&c->cfg, env);
    sc_config_set_url(&c->cfg, c->url_flag);
    sc_source_classify(&c->url, c->cfg.url);
    size_t n = strlen(c->cfg.script_location) + 10;
    c->versions_dir = malloc(n);
    if (!c->versions_dir)
        abort();
    snprintf(c->versions_dir, n, "%s/versions", c->cfg.script_location);
    c->vt.name = c->cfg.version_table;
    c->vt.schema = c->cfg.version_table_schema;
    return 0;
}

int wf_load_graph(wf_ctx *c)
{
    if (wf_load_config(c) != 0)
        return -1;
    return sc_graph_load(&c->g, c->versions_dir, &c->d);
}

int wf_dialect(wf_ctx *c, sc_dialect *out)
{
    const char *name = c->dialect_flag;
    if (name) {
        if (sc_dialect_from_name(name, out) == 0)
            return 0;
        sc_error(&c->d, SC_ERR_USAGE, "unknown dialect \"%s\" (postgresql or sqlite)", name);
        return -1;
    }
    if (c->cfg.has_dialect) {
        *out = c->cfg.dialect;
        return 0;
    }
    if (c->url.kind != SC_SOURCE_NONE) {
        *out = sc_source_dialect(&c->url);
        return 0;
    }
    sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0}, "which dialect?");
    sc_diag_hint(dg, "set dialect or url in schemac.ini, DATABASE_URL, or pass --dialect");
    return -1;
}

int wf_open(wf_ctx *c, int flags, sc_db **db, sc_rconn *rc)
{
    *db = NULL;
    if (c->url.kind == SC_SOURCE_NONE) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0}, "no database URL");
        if (c->cfg.url_unset_env)
            sc_diag_hint(dg, "schemac.ini's url refers to ${%s}, which is not set", c->cfg.url_unset_env);
        else
            sc_diag_hint(dg, "set url in schemac.ini, DATABASE_URL or PGHOST/PGDATABASE..., or pass --url");
        return -1;
    }
    if (sc_db_open_source(&c->url, flags, c->cfg.connect_timeout, db, &c->d) != 0)
        return -1;
    rc->dialect = sc_db_dialect(*db);
    rc->pg = sc_db_pg(*db);
    rc->lite = sc_db_sqlite(*db);
    if (rc->lite && c->vt.schema) {
        sc_error(&c->d, SC_ERR_UNSUPPORTED, "version_table_schema is not supported on SQLite");
        return -1;
    }
    return 0;
}

int wf_verify_sums(wf_ctx *c, sc_rconn *conn)
{
    int n = sc_sums_verify(conn, &c->g, &c->vt, c->strict, &c->d);
    if (n < 0)
        return -1;
    if (n > 0 && c->strict) {
        sc_diag *dg = sc_diag_add(&c->d, SC_SEV_NOTE, SC_ERR_NONE, (sc_loc){0},
                                  "--strict: %d applied revision file%s edited", n, n == 1 ? "" : "s");
        sc_diag_hint(dg, "without --strict this is a warning");
        return -1;
    }
    return 0;
}

time_t wf_now(void)
{
    const char *s = getenv("SCHEMAC_NOW");
    if (!s || !s[0])
        return time(NULL);
    char *end;
    long long v = strtoll(s, &end, 10);
    if (!*end)
        return (time_t)v;
    struct tm tm = {0};
    if (sscanf(s, "%d-%d-%d %d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
               &tm.tm_sec) >= 3) {
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        return timegm(&tm);
    }
    return time(NULL);
}

/* ---- dispatch ------------------------------------------------------------ */

static int usage(const command *cm, FILE *f)
{
    fprintf(f, "usage: schemac %s\n\n%s", cm->usage, cm->help);
    return f == stdout ? SC_EXIT_OK : SC_EXIT_USAGE;
}

int cli_workflow_help(const char *name, FILE *f)
{
    for (int i = 0; commands[i].name; i++)
        if (!strcmp(commands[i].name, name))
            return usage(&commands[i], f);
    return SC_EXIT_USAGE;
}

enum {
    K_URL = 256, K_REV_ID, K_HEAD, K_DIALECT, K_SCHEMA, K_SPLICE, K_SQL, K_ALLOW_EMPTY,
    K_PURGE, K_STRICT,
    K_WITH_PRIVILEGES,   /* privileges and ownership */
};

/* Every option of every workflow command; which command takes which is the
 * `options` column of commands[] (by the names canon() gives). */
static const struct option longopts[] = {
    {"config", required_argument, NULL, 'c'},
    {"message", required_argument, NULL, 'm'},
    {"rev-range", required_argument, NULL, 'r'},
    {"verbose", no_argument, NULL, 'v'},
    {"indicate-current", no_argument, NULL, 'i'},
    {"url", required_argument, NULL, K_URL},
    {"rev-id", required_argument, NULL, K_REV_ID},
    {"head", required_argument, NULL, K_HEAD},
    {"dialect", required_argument, NULL, K_DIALECT},
    {"schema", required_argument, NULL, K_SCHEMA},
    {"splice", no_argument, NULL, K_SPLICE},
    {"sql", no_argument, NULL, K_SQL},
    {"allow-empty", no_argument, NULL, K_ALLOW_EMPTY},
    {"purge", no_argument, NULL, K_PURGE},
    {"strict", no_argument, NULL, K_STRICT},
    {"with-privileges", no_argument, NULL, K_WITH_PRIVILEGES},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

/* An option's name in commands[].options: "-m", "-r" (and "-c") by their
 * short form, the others by their long one. */
static const char *canon(int code)
{
    switch (code) {
    case 'c': return "-c";
    case 'm': return "-m";
    case 'r': return "-r";
    case 'h': return "--help";
    default: break;
    }
    for (const struct option *o = longopts; o->name; o++)
        if (o->val == code) {
            static char buf[32];
            snprintf(buf, sizeof buf, "--%s", o->name);
            return buf;
        }
    return NULL;
}

/* The option as typed, without its value: "--message", "-m". */
static const char *typed(char **argv, int word, int code, char buf[64])
{
    const char *w = argv[word];
    if (w[0] == '-' && w[1] == '-') {
        snprintf(buf, 64, "%.*s", (int)strcspn(w, "="), w);
        return buf;
    }
    snprintf(buf, 64, "-%c", code > 0 && code < 256 ? code : '?');
    return buf;
}

static int unknown_option(const command *cm, const char *name)
{
    const char *hint = cli_alembic_hint(cm->name, name);
    if (hint)
        return cli_usage_error(cm->name, "unknown option %s\n  hint: %s", name, hint);
    return cli_usage_error(cm->name, "unknown option %s (see `schemac %s --help`)", name, cm->name);
}

static void set_option(wf_ctx *c, int code, const char *val)
{
    switch (code) {
    case 'c': c->config_path = val; break;
    case 'm': c->message = val; break;
    case 'r': c->rev_range = val; break;
    case 'v': c->verbose = true; break;
    case 'i': c->indicate_current = true; break;
    case K_URL: c->url_flag = val; break;
    case K_REV_ID: c->rev_id = val; break;
    case K_HEAD: c->head = val; break;
    case K_DIALECT: c->dialect_flag = val; break;
    case K_SCHEMA: c->schema_flag = val; break;
    case K_SPLICE: c->splice = true; break;
    case K_SQL: c->sql = true; break;
    case K_ALLOW_EMPTY: c->allow_empty = true; break;
    case K_PURGE: c->purge = true; break;
    case K_STRICT: c->strict = true; break;
    case K_WITH_PRIVILEGES: c->with_privileges = true; break;
    default: break;
    }
}

/* "-1", "-3:current": a relative target, not an option. */
static bool negative_number(const char *a)
{
    return a[0] == '-' && a[1] >= '0' && a[1] <= '9';
}

/* The command line into *c (options in order, positionals in c->args).
 * Returns -1 when all went well, else the exit code to return (--help's 0,
 * or a usage error's). */
static int parse_args(const command *cm, int argc, char **argv, wf_ctx *c)
{
    opterr = 0;
    optind = 0;
    /* '-': positionals come back in order (code 1), so that optind always
     * names the word an option came from */
    int code, word;
    bool mid_group = false;
    for (;;) {
        word = optind ? optind : 1;   /* 0 before the first call: argv[1] comes first */
        if (!mid_group && word < argc && negative_number(argv[word])) {
            c->args[c->nargs++] = argv[word];
            optind = word + 1;
            continue;
        }
        if ((code = getopt_long(argc, argv, "-:c:m:r:vih", longopts, NULL)) == -1)
            break;
        mid_group = optind == word;   /* inside -vi: the next letter is of the same word */
        if (code == 1) {
            c->args[c->nargs++] = optarg;
            continue;
        }
        char buf[64];
        if (code == 'h')
            return usage(cm, stdout);
        if (code == '?' && !canon(optopt))   /* no option of any command */
            return unknown_option(cm, typed(argv, word, optopt, buf));
        int opt = code == '?' || code == ':' ? optopt : code;
        const char *name = typed(argv, word, opt, buf);
        if (strcmp(canon(opt), "-c") != 0 && !takes(cm, canon(opt)))
            return unknown_option(cm, name);
        if (code == ':')
            return cli_usage_error(cm->name, "%s needs a value", name);
        if (code == '?')
            return cli_usage_error(cm->name, "%s takes no value", name);
        set_option(c, code, optarg);
    }
    while (optind < argc)   /* after "--" */
        c->args[c->nargs++] = argv[optind++];
    return -1;
}

int cmd_workflow(int argc, char **argv)
{
    const command *cm = NULL;
    for (int i = 0; commands[i].name; i++)
        if (!strcmp(commands[i].name, argv[0]))
            cm = &commands[i];
    if (!cm)
        return cli_usage_error(argv[0], "unknown command");
    wf_ctx c;
    memset(&c, 0, sizeof c);
    c.cmd = cm->name;
    sc_diags_init(&c.d);
    sc_graph_init(&c.g);
    c.args = calloc((size_t)argc + 1, sizeof *c.args);
    if (!c.args)
        abort();
    int rc = parse_args(cm, argc, argv, &c);
    if (rc >= 0)
        goto out;
    if (c.nargs < cm->min_args || c.nargs > cm->max_args) {
        if (!strcmp(cm->name, "merge") && c.nargs == 0)
            rc = cli_usage_error(cm->name, "which revisions? (`schemac merge heads -m MSG` joins all heads)");
        else
            rc = cli_usage_error(cm->name, "expected %s", cm->usage);
        goto out;
    }
    if ((!strcmp(cm->name, "revision") || !strcmp(cm->name, "diff")) && !c.message) {
        rc = cli_usage_error(cm->name, "-m MSG is required (the revision's message)");
        goto out;
    }
    if (c.rev_id && !sc_rev_id_valid(c.rev_id)) {
        rc = cli_usage_error(cm->name, "--rev-id %s: a revision id is 12 lowercase hex digits", c.rev_id);
        goto out;
    }
    if (!strcmp(cm->name, "init")) rc = wf_init(&c);
    else if (!strcmp(cm->name, "revision")) rc = wf_revision(&c);
    else if (!strcmp(cm->name, "merge")) rc = wf_merge(&c);
    else if (!strcmp(cm->name, "diff")) rc = wf_autogenerate(&c, false);
    else if (!strcmp(cm->name, "check")) rc = wf_autogenerate(&c, true);
    else if (!strcmp(cm->name, "upgrade")) rc = wf_upgrade(&c, false);
    else if (!strcmp(cm->name, "downgrade")) rc = wf_upgrade(&c, true);
    else if (!strcmp(cm->name, "stamp")) rc = wf_stamp(&c);
    else if (!strcmp(cm->name, "current")) rc = wf_current(&c);
    else if (!strcmp(cm->name, "history")) rc = wf_history(&c);
    else if (!strcmp(cm->name, "heads")) rc = wf_heads(&c);
    else if (!strcmp(cm->name, "branches")) rc = wf_branches(&c);
    else if (!strcmp(cm->name, "show")) rc = wf_show(&c);
    /* Commands return an exit code (>= 0), or -1 when the diagnostics say why. */
    if (rc < 0 || c.d.n) {
        int e = cli_report(&c.d);
        if (rc < 0)
            rc = e != SC_EXIT_OK ? e : SC_EXIT_INPUT;
    }
out:
    sc_graph_free(&c.g);
    if (c.cfg_loaded)
        sc_config_free(&c.cfg);
    sc_source_free(&c.url);
    free(c.versions_dir);
    free(c.args);
    sc_diags_free(&c.d);
    return rc;
}
