/* cmd_compile.c - placeholder until the command lands (owned by its issue). */
#include <stdio.h>

#include "cli/cli.h"

int cmd_compile(int argc, char **argv)
{
    (void)argc;
    fprintf(stderr, "schemac %s: not available in this build yet\n", argv[0]);
    return SC_EXIT_USAGE;
}
