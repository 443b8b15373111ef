/* cmd_diff.c - `schemac diff --from SRC --to DST`: the SQL (or JSON) that
 * takes SRC to DST. Each side is a .sch file, a folder of .sch files, a
 * JSON model or a database URL. The options are read here; the work is the
 * library's pipeline (src/pipeline/pipeline.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "pipeline/pipeline.h"

static const char help[] =
    "usage: schemac diff --from SRC --to DST [--sql] [--down] [--json] [--dialect D]\n"
    "                    [--no-compare-type] [--no-compare-server-default]\n"
    "                    [--concurrently] [--schema a,b | --all-schemas]\n"
    "                    [--with-privileges]\n"
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
    "  --with-privileges            PostgreSQL: compare privileges (GRANT), owners and\n"
    "                               default privileges too (roles must exist)\n"
    "\n"
    "Data-loss hazards are marked in the SQL and listed on standard error.\n";

enum {
    OPT_FROM = 256, OPT_TO, OPT_DIALECT, OPT_SCHEMA, OPT_SQL, OPT_DOWN, OPT_JSON, OPT_NO_TYPE,
    OPT_NO_DEFAULT, OPT_CONCURRENTLY, OPT_ALL_SCHEMAS,
    OPT_WITH_PRIVILEGES,   /* privileges and ownership */
};

static const struct option longopts[] = {
    {"from", required_argument, NULL, OPT_FROM},
    {"to", required_argument, NULL, OPT_TO},
    {"dialect", required_argument, NULL, OPT_DIALECT},
    {"schema", required_argument, NULL, OPT_SCHEMA},
    {"sql", no_argument, NULL, OPT_SQL},
    {"down", no_argument, NULL, OPT_DOWN},
    {"json", no_argument, NULL, OPT_JSON},
    {"no-compare-type", no_argument, NULL, OPT_NO_TYPE},
    {"no-compare-server-default", no_argument, NULL, OPT_NO_DEFAULT},
    {"concurrently", no_argument, NULL, OPT_CONCURRENTLY},
    {"all-schemas", no_argument, NULL, OPT_ALL_SCHEMAS},
    {"with-privileges", no_argument, NULL, OPT_WITH_PRIVILEGES},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

typedef struct diff_args {
    const char *dialect_name;
    bool down, json, all_schemas, help;
    sc_pipeline_opts po;
} diff_args;

/* The command line into *a; SC_EXIT_OK, or a usage error's exit code. */
static int parse_args(int argc, char **argv, diff_args *a)
{
    memset(a, 0, sizeof *a);
    sc_diff_opts_init(&a->po.diff, SC_DIALECT_POSTGRESQL);
    a->po.db_flags = SC_DB_READONLY;
    opterr = 0;
    optind = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': a->help = true; return SC_EXIT_OK;
        case OPT_FROM: a->po.from = optarg; break;
        case OPT_TO: a->po.to = optarg; break;
        case OPT_DIALECT: a->dialect_name = optarg; break;
        case OPT_SCHEMA: a->po.schemas = cli_schema_join(a->po.schemas, optarg); break;
        case OPT_SQL: break;
        case OPT_DOWN: a->down = true; break;
        case OPT_JSON: a->json = true; break;
        case OPT_NO_TYPE: a->po.diff.compare_type = false; break;
        case OPT_NO_DEFAULT: a->po.diff.compare_server_default = false; break;
        case OPT_CONCURRENTLY: a->po.diff.concurrently = true; break;
        case OPT_ALL_SCHEMAS: a->all_schemas = true; break;
        case OPT_WITH_PRIVILEGES: a->po.diff.privileges = true; break;
        case ':': return cli_usage_error("diff", "%s needs a value", argv[optind - 1]);
        default:
            return cli_usage_error("diff", "unknown argument %s (see schemac diff --help)",
                                   cli_bad_option(argv, optind));
        }
    }
    if (optind < argc)
        return cli_usage_error("diff", "unknown argument %s (see schemac diff --help)", argv[optind]);
    return SC_EXIT_OK;
}

/* What the options say together; SC_EXIT_OK or a usage error. */
static int check_args(diff_args *a)
{
    if (!a->po.from || !a->po.to)
        return cli_usage_error("diff", "needs --from SRC and --to DST (or -m MSG for a revision; "
                                       "see schemac diff --help)");
    if (a->all_schemas && a->po.schemas)
        return cli_usage_error("diff", "--all-schemas and --schema exclude each other");
    if (a->all_schemas)
        a->po.schemas = "all";
    if (a->dialect_name && sc_dialect_from_name(a->dialect_name, &a->po.diff.dialect) != 0)
        return cli_usage_error("diff", "unknown dialect \"%s\" (postgresql or sqlite)", a->dialect_name);
    a->po.has_dialect = a->dialect_name != NULL;
    return SC_EXIT_OK;
}

/* Each hazard of the plan on stderr, one line each. */
static void print_hazards(const sc_plan *plan)
{
    if (!sc_plan_hazards(plan))
        return;
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

int cmd_diff(int argc, char **argv)
{
    diff_args a;
    int rc = parse_args(argc, argv, &a);
    if (rc != SC_EXIT_OK || a.help) {
        if (a.help)
            fputs(help, stdout);
        return rc;
    }
    if ((rc = check_args(&a)) != SC_EXIT_OK)
        return rc;
    sc_pipeline p;
    sc_pipeline_init(&p, &a.po);   /* classifies both sides */
    if (!a.dialect_name && sc_pipeline_databases(&p) == 0) {
        sc_pipeline_free(&p);
        return cli_usage_error("diff", "--dialect is required when both sides are files");
    }
    sc_diags d;
    sc_diags_init(&d);
    char *text = NULL;
    if (sc_pipeline_run(&p, &d) == 0)
        text = sc_pipeline_emit(&p, a.json ? SC_EMIT_JSON : SC_EMIT_SCRIPT, a.down, &d);
    if (text && *text)
        cli_write_output(NULL, text, &d);
    if (text)
        print_hazards(p.plan);
    rc = cli_report(&d);
    free(text);
    sc_pipeline_free(&p);
    sc_diags_free(&d);
    return rc;
}
