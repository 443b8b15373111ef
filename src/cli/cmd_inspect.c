/* cmd_inspect.c - `schemac inspect [URL] [--schema a,b] [--format sch|json|sql] [-o FILE]`:
 * a live database read into the DSL, JSON or CREATE statements. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "db/db.h"
#include "diff/diff.h"
#include "emit/emit.h"
#include "inspect/inspect.h"
#include "pipeline/bound_order.h"

static const char help[] =
    "usage: schemac inspect [URL] [--schema a,b] [--format sch|json|sql] [-o FILE]\n"
    "                       [--with-privileges]\n"
    "\n"
    "Reads a live database's schema. URL is postgresql://..., a libpq conninfo\n"
    "string, sqlite:///relative.db or sqlite:////absolute.db; it defaults to\n"
    "$DATABASE_URL, then to the PGHOST/PGPORT/PGUSER/PGDATABASE variables (as psql).\n"
    "\n"
    "  --schema a,b         PostgreSQL schemas to read (default: every schema but\n"
    "                       PostgreSQL's own and those of extensions, as pg_dump)\n"
    "  --format FORMAT      sch (the DSL, default), json, or sql (CREATE statements)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  --with-privileges    PostgreSQL: read privileges (GRANT), owners and default\n"
    "                       privileges too (else named as not compared)\n";

/* "a,b" -> {"a", "b"} (pointers into the copy s). */
static size_t split_schemas(char *s, const char ***out)
{
    size_t cap = 1;
    for (char *p = s; *p; p++)
        if (*p == ',')
            cap++;
    const char **v = calloc(cap, sizeof *v);
    if (!v)
        abort();
    size_t n = 0;
    for (char *tok = strtok(s, ","); tok; tok = strtok(NULL, ",")) {
        while (*tok == ' ')
            tok++;
        size_t len = strlen(tok);
        while (len && tok[len - 1] == ' ')
            tok[--len] = '\0';
        if (*tok)
            v[n++] = tok;
    }
    *out = v;
    return n;
}

static const struct option longopts[] = {
    {"schema", required_argument, NULL, 's'},
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"with-privileges", no_argument, NULL, 'P'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

typedef struct inspect_args {
    const char *url, *format, *out, *schemas;
    bool help;
    bool privileges;   /* --with-privileges */
} inspect_args;

/* The command line into *a; SC_EXIT_OK, or a usage error's exit code. */
static int parse_args(int argc, char **argv, inspect_args *a)
{
    *a = (inspect_args){.format = "sch"};
    opterr = 0;
    optind = 0;
    int c;
    /* "-o" is the one short option with a value ("--schema" and "--format"
     * have no short form: 's' and 'f' only tag them) */
    while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': a->help = true; return SC_EXIT_OK;
        case 's': a->schemas = cli_schema_join(a->schemas, optarg); break;
        case 'f': a->format = optarg; break;
        case 'o': a->out = optarg; break;
        case 'P': a->privileges = true; break;
        case ':': return cli_usage_error("inspect", "%s needs a value", argv[optind - 1]);
        default:
            return cli_usage_error("inspect", "unknown option %s (see schemac inspect --help)",
                                   cli_bad_option(argv, optind));
        }
    }
    for (int i = optind; i < argc; i++) {
        if (a->url)
            return cli_usage_error("inspect", "one database URL only (got a second: %s)", argv[i]);
        a->url = argv[i];
    }
    if (strcmp(a->format, "sch") && strcmp(a->format, "json") && strcmp(a->format, "sql"))
        return cli_usage_error("inspect", "--format must be sch, json or sql (got %s)", a->format);
    if (!a->url && !(a->url = sc_url_from_env()))
        return cli_usage_error("inspect", "no database URL: give one, or set DATABASE_URL or "
                                          "PGHOST/PGPORT/PGUSER/PGDATABASE");
    return SC_EXIT_OK;
}

/* The database read in opts' schemas; without --schema, PostgreSQL's every
 * user schema: what a view reads elsewhere comes along, so that the output
 * compiles to the same database. */
static sc_model *read_database(sc_db *db, bool listed, sc_inspect_opts *opts, char ***all, sc_diags *d)
{
    if (!listed && sc_db_dialect(db) == SC_DIALECT_POSTGRESQL) {
        *all = sc_inspect_schema_names(db, &opts->nschemas, d);
        if (!*all)
            return NULL;
        opts->schemas = opts->nschemas ? (const char *const *)*all : NULL;   /* none: the default */
    }
    return sc_inspect(db, opts, d);
}

static char *render(const sc_model *m, const char *format, sc_dialect dialect, sc_diags *d)
{
    if (!strcmp(format, "json"))
        return sc_emit_json(m);
    if (!strcmp(format, "sql"))
        return sc_emit_ddl(m, dialect, d);
    return sc_emit_dsl(m);
}

int cmd_inspect(int argc, char **argv)
{
    inspect_args a;
    int rc = parse_args(argc, argv, &a);
    if (rc != SC_EXIT_OK || a.help) {
        if (a.help)
            fputs(help, stdout);
        return rc;
    }
    char *schema_copy = a.schemas ? strdup(a.schemas) : NULL;
    const char **names = NULL;
    sc_inspect_opts opts = {0};
    opts.privileges = a.privileges;
    if (schema_copy) {
        opts.nschemas = split_schemas(schema_copy, &names);
        opts.schemas = names;
        if (!opts.nschemas) {
            free(names);
            free(schema_copy);
            return cli_usage_error("inspect", "--schema needs at least one schema name");
        }
    }
    sc_diags d;
    sc_diags_init(&d);
    sc_db *db = NULL;
    sc_model *m = NULL;
    char *text = NULL;
    char **all = NULL;
    if (sc_db_open(a.url, SC_DB_READONLY, &db, &d) == 0)
        m = read_database(db, schema_copy != NULL, &opts, &all, &d);
    if (m && sc_db_dialect(db) == SC_DIALECT_POSTGRESQL) {
        sc_bound_order(db, m, &d);   /* parts6: text bounds in their collation's order */
        sc_partition_say_attached(m);   /* parts6: custom names of attached indexes */
    }
    cli_out out;
    if (m && !strcmp(a.format, "json")) {
        /* memory (issue 10): written as it is made, never held whole */
        if (cli_out_open(&out, a.out, 0666, &d) == 0) {
            sc_emit_json_to(m, cli_out_write, &out);
            cli_out_close(&out, &d);
        }
    } else if (m) {
        text = render(m, a.format, sc_db_dialect(db), &d);
    }
    if (text)
        cli_write_output(a.out, text, &d);
    rc = cli_report(&d);
    free(text);
    sc_model_free(m);
    sc_db_close(db);
    sc_diags_free(&d);
    free(names);
    free(all);
    free(schema_copy);
    return rc;
}
