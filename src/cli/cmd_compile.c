/* cmd_compile.c - `schemac compile PATH... [--dialect D] [--json] [-o FILE]`:
 * .sch files (or a model in JSON) -> CREATE statements or the model as JSON.
 * Nothing is written when there is any error: -o FILE is replaced
 * atomically, or left alone. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "db/source.h"
#include "emit/emit.h"
#include "model/strbuf.h"
#include "parser/parser.h"

static const char help[] =
    "usage: schemac compile PATH... [--dialect postgresql|sqlite] [--json] [-o FILE]\n"
    "\n"
    "Compiles schema files to SQL DDL (CREATE statements in dependency order) or\n"
    "to the model as JSON. PATH is a .sch file, a folder (its *.sch files, sorted\n"
    "by name, not recursive), \"-\" for standard input, or one .json model\n"
    "(docs/json.md). Several PATHs form one schema.\n"
    "\n"
    "  --dialect D   postgresql (default) or sqlite (see docs/sqlite.md)\n"
    "  --json        write the model as JSON instead of SQL\n"
    "  -o, --output FILE  write to FILE (atomically; untouched on errors) instead\n"
    "                of standard output\n"
    "\n"
    "Exit status: 0 ok, 2 usage, 3 input errors, 6 the dialect cannot express\n"
    "the schema, 7 I/O errors.\n";

static bool is_json(const char *path)
{
    sc_source s;
    sc_source_classify(&s, path);
    bool r = s.kind == SC_SOURCE_JSON;
    sc_source_free(&s);
    return r;
}

/* All of standard input (heap, NUL-terminated). */
static char *read_stdin(size_t *len, sc_diags *d)
{
    sc_strbuf b = SC_STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
        sc_sb_putn(&b, buf, n);
    if (ferror(stdin)) {
        sc_error(d, SC_ERR_IO, "cannot read standard input");
        sc_sb_free(&b);
        return NULL;
    }
    *len = b.len;
    return sc_sb_take(&b);
}

/* One model from every PATH. */
static sc_model *load_inputs(char **paths, int npaths, sc_diags *d)
{
    for (int i = 0; i < npaths; i++) {
        if (is_json(paths[i])) {
            if (npaths != 1) {
                sc_error(d, SC_ERR_USAGE, "a .json model is a whole schema: give it alone");
                return NULL;
            }
            size_t len = 0;
            char *text = sc_read_file(paths[i], &len, d);
            if (!text)
                return NULL;
            sc_model *m = sc_load_json(paths[i], text, len, d);
            free(text);
            return m;
        }
    }
    if (npaths == 1 && strcmp(paths[0], "-") != 0)
        return sc_load_schema(paths[0], d);

    sc_model *m = sc_model_new();
    int rc = 0;
    for (int i = 0; i < npaths; i++) {
        if (!strcmp(paths[i], "-")) {
            size_t len = 0;
            char *text = read_stdin(&len, d);
            if (!text || sc_parse_text(m, "<stdin>", text, len, d) != 0)
                rc = -1;
            free(text);
        } else {
            rc |= sc_parse_path(m, paths[i], d);
        }
    }
    if (rc != 0 || sc_model_finish(m, d) != 0) {
        /* The diagnostics point into the model's source texts: keep copies
         * of them before the model goes. */
        for (size_t i = 0; i < m->srcs.n; i++)
            sc_diags_keep_src(d, SC_VEC_AT(m->srcs, i, sc_src));
        sc_model_free(m);
        return NULL;
    }
    return m;
}

static const struct option longopts[] = {
    {"dialect", required_argument, NULL, 'd'},
    {"json", no_argument, NULL, 'j'},
    {"output", required_argument, NULL, 'o'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

int cmd_compile(int argc, char **argv)
{
    const char *dialect_name = "postgresql", *out = NULL;
    bool json = false;
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    int npaths = 0;
    if (!paths)
        abort();
    int rc = SC_EXIT_OK;
    opterr = 0;
    optind = 0;
    int c;
    while (rc == SC_EXIT_OK && (c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(help, stdout);
            free(paths);
            return SC_EXIT_OK;
        case 'j': json = true; break;
        case 'd': dialect_name = optarg; break;
        case 'o': out = optarg; break;
        case ':': rc = cli_usage_error("compile", "%s needs a value", argv[optind - 1]); break;
        default:
            rc = cli_usage_error("compile", "unknown option %s (see schemac compile --help)",
                                 cli_bad_option(argv, optind));
        }
    }
    for (int i = optind; rc == SC_EXIT_OK && i < argc; i++)
        paths[npaths++] = argv[i];
    sc_dialect dialect = SC_DIALECT_POSTGRESQL;
    if (rc == SC_EXIT_OK && sc_dialect_from_name(dialect_name, &dialect) != 0)
        rc = cli_usage_error("compile", "unknown dialect \"%s\" (postgresql or sqlite)", dialect_name);
    if (rc == SC_EXIT_OK && npaths == 0)
        rc = cli_usage_error("compile", "no PATH given (see schemac compile --help)");
    if (rc != SC_EXIT_OK) {
        free(paths);
        return rc;
    }

    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = load_inputs(paths, npaths, &d);
    char *text = NULL;
    if (m)
        text = json ? sc_emit_json(m) : sc_emit_ddl(m, dialect, &d);
    /* Warnings do not stop the output; errors do, whatever produced them. */
    if (text && !sc_diags_failed(&d))
        cli_write_output(out, text, &d);
    rc = cli_report(&d);
    free(text);
    sc_model_free(m);
    sc_diags_free(&d);
    free(paths);
    return rc;
}
