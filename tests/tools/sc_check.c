/* sc_check.c - loads a .sch file or folder with sc_load_schema() and prints
 * every diagnostic with sc_diag_format() to stderr, so that the DSL's error
 * messages can be tested without the CLI (tests/integration/errors.sh).
 *
 *   sc_check PATH [--dsl]     exit 0 ok, 3 input error, 7 I/O error
 * With --dsl the loaded model is written back with sc_emit_dsl() to stdout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/emit.h"
#include "model/sqltok.h"
#include "parser/parser.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: sc_check PATH [--dsl]\n");
        return 2;
    }
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_schema(argv[1], &d);
    for (size_t i = 0; i < d.n; i++) {
        char *s = sc_diag_format(&d.items[i]);
        fputs(s, stderr);
        free(s);
    }
    int rc = 0;
    if (!m)
        rc = d.first_kind == SC_ERR_IO ? 7 : 3;
    else if (argc > 2 && !strcmp(argv[2], "--dsl")) {
        char *s = sc_emit_dsl(m);
        fputs(s, stdout);
        free(s);
    }
    sc_model_free(m);
    sc_diags_free(&d);
    sc_sql_thread_exit();   /* libpg_query's memory: valgrind counts reachable blocks here */
    return rc;
}
