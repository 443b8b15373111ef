/* main.c - `schemac COMMAND ...`: dispatch to the command's file. */
#include <stdio.h>
#include <string.h>

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

int main(int argc, char **argv)
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
    if (!strcmp(cmd, "diff")) {
        /* `diff --from/--to` compares two sources; anything else is the
         * revision workflow's autogenerate (`diff -m MSG`). */
        for (int i = 2; i < argc; i++)
            if (!strcmp(argv[i], "--from") || !strncmp(argv[i], "--from=", 7) ||
                !strcmp(argv[i], "--to") || !strncmp(argv[i], "--to=", 5))
                return cmd_diff(argc - 1, argv + 1);
        return cmd_workflow(argc - 1, argv + 1);
    }
    static const char *const workflow[] = {
        "init", "revision", "upgrade", "downgrade", "current", "history",
        "heads", "branches", "merge", "stamp", "check", "show", NULL,
    };
    for (int i = 0; workflow[i]; i++)
        if (!strcmp(cmd, workflow[i]))
            return cmd_workflow(argc - 1, argv + 1);
    fprintf(stderr, "schemac: unknown command \"%s\"\n\n%s", cmd, usage);
    return SC_EXIT_USAGE;
}
