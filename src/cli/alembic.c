/* alembic.c - Alembic's spellings where schemac's differ: a user who types
 * what works with alembic gets told what schemac calls it, instead of a bare
 * "unknown". */
#include <stddef.h>
#include <string.h>

#include "cli/cli.h"

typedef struct alembic_hint {
    const char *cmd;   /* the command */
    const char *opt;   /* its option; NULL: the command itself */
    const char *hint;
} alembic_hint;

static const alembic_hint hints[] = {
    {"revision", "--autogenerate", "schemac autogenerates with `schemac diff -m MSG` "
                                   "(alembic revision --autogenerate -m MSG)"},
    {"revision", "--sql", "a revision file is SQL already; `schemac upgrade --sql` prints the script"},
    {"revision", "--depends-on", "schemac has no dependencies between branches: `schemac merge` joins heads"},
    {"revision", "--branch-label", "schemac has no branch labels: name a revision by a prefix of its id"},
    {"revision", "--version-path", "revisions live in <script_location>/versions/ (schemac.ini)"},
    {"upgrade", "--tag", "schemac has no --tag"},
    {"upgrade", "-x", "schemac has no -x arguments: revisions are plain SQL"},
    {"downgrade", "-x", "schemac has no -x arguments: revisions are plain SQL"},
    {"current", "--check-heads", "`schemac check` fails when the database is not at the head(s)"},
    {"init", "--template", "schemac has one layout: schemac.ini and DIR/versions/*.sql"},
    {"init", "-t", "schemac has one layout: schemac.ini and DIR/versions/*.sql"},
    {"edit", NULL, "open the file in your editor: `schemac show REV` prints its path"},
    {"ensure_version", NULL, "`schemac upgrade` and `schemac stamp` create the version table"},
    {"list_templates", NULL, "schemac has no templates: `schemac init DIR` writes schemac.ini and DIR/versions/"},
    {"autogenerate", NULL, "`schemac diff -m MSG` autogenerates a revision"},
    {"makemigrations", NULL, "`schemac diff -m MSG` autogenerates a revision"},
    {"migrate", NULL, "`schemac upgrade head` applies the revisions"},
    {NULL, NULL, NULL},
};

const char *cli_alembic_hint(const char *cmd, const char *opt)
{
    for (const alembic_hint *h = hints; h->cmd; h++) {
        if (strcmp(h->cmd, cmd) != 0)
            continue;
        if (!opt && !h->opt)
            return h->hint;
        if (opt && h->opt && !strcmp(h->opt, opt))
            return h->hint;
    }
    return NULL;
}
