/* json_names.c - enum <-> word tables of the JSON model format. */
#include <string.h>

#include "emit/json_names.h"

static const char *const con_kinds[] = {"primary key", "unique", "check", "foreign key",
                                        /* issue 12 */ "exclude"};
static const char *const fk_actions[] = {"no action", "restrict", "cascade", "set null", "set default"};

const char *sc_json_con_kind(sc_con_kind k)
{
    return con_kinds[k];
}

int sc_json_con_kind_parse(const char *s, sc_con_kind *out)
{
    for (int i = 0; i < (int)(sizeof con_kinds / sizeof con_kinds[0]); i++)
        if (!strcmp(s, con_kinds[i])) {
            *out = (sc_con_kind)i;
            return 0;
        }
    return -1;
}

const char *sc_json_fk_action(sc_fk_action a)
{
    return fk_actions[a];
}

int sc_json_fk_action_parse(const char *s, sc_fk_action *out)
{
    for (int i = 0; i < 5; i++)
        if (!strcmp(s, fk_actions[i])) {
            *out = (sc_fk_action)i;
            return 0;
        }
    return -1;
}

const char *sc_json_identity(sc_identity i)
{
    return i == SC_IDENTITY_ALWAYS ? "always" : i == SC_IDENTITY_BY_DEFAULT ? "by default" : NULL;
}

int sc_json_identity_parse(const char *s, sc_identity *out)
{
    if (!strcmp(s, "always"))
        *out = SC_IDENTITY_ALWAYS;
    else if (!strcmp(s, "by default"))
        *out = SC_IDENTITY_BY_DEFAULT;
    else
        return -1;
    return 0;
}

const char *sc_json_nulls(sc_nulls n)
{
    return n == SC_NULLS_FIRST ? "first" : n == SC_NULLS_LAST ? "last" : NULL;
}

int sc_json_nulls_parse(const char *s, sc_nulls *out)
{
    if (!strcmp(s, "first"))
        *out = SC_NULLS_FIRST;
    else if (!strcmp(s, "last"))
        *out = SC_NULLS_LAST;
    else
        return -1;
    return 0;
}

const char *sc_json_check_option(sc_check_option c)
{
    return c == SC_CHECK_OPTION_LOCAL ? "local" : c == SC_CHECK_OPTION_CASCADED ? "cascaded" : NULL;
}

int sc_json_check_option_parse(const char *s, sc_check_option *out)
{
    if (!strcmp(s, "local"))
        *out = SC_CHECK_OPTION_LOCAL;
    else if (!strcmp(s, "cascaded"))
        *out = SC_CHECK_OPTION_CASCADED;
    else
        return -1;
    return 0;
}

static const char *const ref_kinds[] = {"relation", "column", "type", "function"};

const char *sc_json_ref_kind(sc_ref_kind k)
{
    return ref_kinds[k];
}

int sc_json_ref_kind_parse(const char *s, sc_ref_kind *out)
{
    for (int i = 0; i < 4; i++)
        if (!strcmp(s, ref_kinds[i])) {
            *out = (sc_ref_kind)i;
            return 0;
        }
    return -1;
}

static const char *const policy_cmds[] = {"all", "select", "insert", "update", "delete"};

const char *sc_json_policy_cmd(sc_policy_cmd c)
{
    return policy_cmds[c];
}

int sc_json_policy_cmd_parse(const char *s, sc_policy_cmd *out)
{
    for (int i = 0; i < 5; i++)
        if (!strcmp(s, policy_cmds[i])) {
            *out = (sc_policy_cmd)i;
            return 0;
        }
    return -1;
}
