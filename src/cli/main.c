/* main.c - `schemac COMMAND ...`: dispatch to the command's file. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/cli.h"

#ifndef SCHEMAC_VERSION
#define SCHEMAC_VERSION "0.1.0"
#endif

static const char usage[] =
    "usage: schemac COMMAND [options]\n"
    "\n"
    "Schema files and databases:\n"
    "  compile PATH            compile .sch file(s) to SQL DDL or JSON\n"
    "  inspect [URL]           read a live database into the schema DSL/JSON/SQL\n"
    "  diff --from SRC --to DST  SQL (or JSON) that takes SRC to DST\n"
    "\n"
    "Revisions (configured by schemac.ini):\n"
    "  init DIR                write schemac.ini and DIR/versions/\n"
    "  diff -m MSG             autogenerate a revision from schema vs database\n"
    "  revision -m MSG         an empty revision for hand-written SQL\n"
    "  upgrade TARGET          apply revisions (--sql: print them instead)\n"
    "  downgrade TARGET        revert revisions (--sql: print them instead)\n"
    "  current, history, show, heads, branches, merge, stamp, check\n"
    "\n"
    "Run `schemac COMMAND --help` for a command's options.\n";

/* `diff -m MSG` is the revision workflow's autogenerate; any other diff
 * compares two sources (--from/--to), the main form, whose help comes
 * first. */
static int diff_dispatch(int argc, char **argv)
{
    bool message = false, help = false;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            break;
        if (!strncmp(argv[i], "-m", 2) || !strcmp(argv[i], "--message") || !strncmp(argv[i], "--message=", 10))
            message = true;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
            help = true;
    }
    if (help) {
        cmd_diff(2, (char *[]){"diff", "--help", NULL});
        fputs("\nThe revision workflow's autogenerate (configured by schemac.ini):\n\n", stdout);
        return cli_workflow_help("diff", stdout);
    }
    if (argc == 2) {
        fputs("schemac diff: what to compare?\n"
              "  schemac diff --from SRC --to DST   the SQL that takes SRC to DST (.sch files or\n"
              "                                     folders, .json models, database URLs)\n"
              "  schemac diff -m MSG                a revision file: schemac.ini's schema against\n"
              "                                     its database (alembic revision --autogenerate)\n"
              "See `schemac diff --help`.\n", stderr);
        return SC_EXIT_USAGE;
    }
    return message ? cmd_workflow(argc - 1, argv + 1) : cmd_diff(argc - 1, argv + 1);
}

static int dispatch(int argc, char **argv);

/* newuser4: Alembic's global `-c FILE` before the command (`alembic -c
 * alembic.ini upgrade head`; also `--config FILE`, `--config=FILE`,
 * `-cFILE`): the number of words it takes (0: none), its value in *path. */
static int leading_config(int argc, char **argv, const char **path)
{
    const char *a = argv[1];
    if (!strcmp(a, "-c") || !strcmp(a, "--config")) {
        *path = argc > 2 ? argv[2] : NULL;
        return 2;
    }
    if (!strncmp(a, "--config=", 9)) {
        *path = a + 9;
        return 1;
    }
    if (a[0] == '-' && a[1] == 'c' && a[2]) {
        *path = a + 2;
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* One malloc arena for both threads: `diff` parses the declared side on
     * a second thread, whose arena would otherwise keep the parse's freed
     * scratch memory (naming and validation maps, ~7 MB at 5,000 tables)
     * resident while the main thread grows its own for the catalog. */
    mallopt(M_ARENA_MAX, 1);
#endif
    const char *path = NULL;
    int used = argc >= 2 ? leading_config(argc, argv, &path) : 0;
    if (!used)
        return dispatch(argc, argv);
    if (!path || argc <= 1 + used) {
        fprintf(stderr, "schemac: %s\n  hint: e.g. `schemac -c schemac.ini upgrade head` or `schemac upgrade head -c schemac.ini`\n",
                path ? "a command is needed after -c FILE" : "-c needs a value");
        return SC_EXIT_USAGE;
    }
    /* the command's own `-c FILE`: argv[0], the command and its words, -c, FILE */
    char **moved = malloc(((size_t)argc + 2) * sizeof *moved);
    if (!moved)
        abort();
    int n = 0;
    moved[n++] = argv[0];
    for (int i = 1 + used; i < argc; i++)
        moved[n++] = argv[i];
    moved[n++] = "-c";
    moved[n++] = (char *)path;
    moved[n] = NULL;
    int rc = dispatch(n, moved);
    free(moved);
    return rc;
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? SC_EXIT_USAGE : SC_EXIT_OK;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
        printf("schemac %s\n", SCHEMAC_VERSION);
        return SC_EXIT_OK;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "compile"))
        return cmd_compile(argc - 1, argv + 1);
    if (!strcmp(cmd, "inspect"))
        return cmd_inspect(argc - 1, argv + 1);
    if (!strcmp(cmd, "diff"))
        return diff_dispatch(argc, argv);
    static const char *const workflow[] = {
        "init", "revision", "upgrade", "downgrade", "current", "history",
        "heads", "branches", "merge", "stamp", "check", "show", NULL,
    };
    for (int i = 0; workflow[i]; i++)
        if (!strcmp(cmd, workflow[i]))
            return cmd_workflow(argc - 1, argv + 1);
    const char *hint = cli_alembic_hint(cmd, NULL);
    if (hint) {
        fprintf(stderr, "schemac: unknown command \"%s\"\n  hint: %s\n", cmd, hint);
        return SC_EXIT_USAGE;
    }
    fprintf(stderr, "schemac: unknown command \"%s\"\n\n%s", cmd, usage);
    return SC_EXIT_USAGE;
}
