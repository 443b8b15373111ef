/* ident.c - quoting identifiers and literals the way PostgreSQL's
 * quote_ident() does: only where needed, and always correctly. */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/strbuf.h"

/* PostgreSQL 15's keywords that are not "unreserved" (pg_get_keywords()
 * where catcode <> 'U'): as identifiers these must be quoted. Sorted, for
 * bsearch. SQLite accepts every one of them quoted, too. */
static const char *const keywords[] = {
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
};

static int kwcmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool sc_ident_needs_quotes(const char *name)
{
    if (!name[0])
        return true;
    if (!((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_'))
        return true;
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return true;   /* '$' is legal in PostgreSQL but not in SQLite: quote it */
    }
    return bsearch(&name, keywords, sizeof keywords / sizeof keywords[0],
                   sizeof keywords[0], kwcmp) != NULL;
}

void sc_sb_quoted_ident(sc_strbuf *b, const char *name)
{
    sc_sb_putc(b, '"');
    for (const char *p = name; *p; p++) {
        if (*p == '"')
            sc_sb_putc(b, '"');
        sc_sb_putc(b, *p);
    }
    sc_sb_putc(b, '"');
}

void sc_sb_ident(sc_strbuf *b, const char *name)
{
    if (sc_ident_needs_quotes(name))
        sc_sb_quoted_ident(b, name);
    else
        sc_sb_puts(b, name);
}

void sc_sb_qualified(sc_strbuf *b, const char *schema, const char *name)
{
    if (schema && strcmp(schema, SC_DEFAULT_SCHEMA) != 0) {
        sc_sb_ident(b, schema);
        sc_sb_putc(b, '.');
    }
    sc_sb_ident(b, name);
}

void sc_sb_literal(sc_strbuf *b, const char *s)
{
    sc_sb_putc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '\'')
            sc_sb_putc(b, '\'');
        sc_sb_putc(b, *p);
    }
    sc_sb_putc(b, '\'');
}
