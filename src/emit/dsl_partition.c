/* dsl_partition.c - partitioning and inheritance in a DSL table header
 * (issue 12 items 4-5). The key and bound are the model's SQL text
 * ("RANGE (d)", "FOR VALUES FROM ('a') TO ('b')"): the DSL writes the same
 * with its keywords in lower case; inside parentheses and quotes the text
 * is kept as it is, as the parser takes it. */
#include <ctype.h>

#include "emit/dsl_partition.h"

static void lower_outside(sc_strbuf *b, const char *s)
{
    int depth = 0;
    char quote = 0;
    for (const char *p = s; *p; p++) {
        char ch = *p;
        if (quote) {
            if (ch == quote)
                quote = 0;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '(') {
            depth++;
        } else if (ch == ')') {
            depth--;
        } else if (!depth) {
            ch = (char)tolower((unsigned char)ch);
        }
        sc_sb_putc(b, ch);
    }
}

void sc_dsl_partition_clauses(sc_strbuf *b, const sc_table *t,
                              void (*qualified)(sc_strbuf *b, const char *schema, const char *name))
{
    if (t->parent_name) {
        sc_sb_puts(b, " partition of ");
        qualified(b, t->parent_schema, t->parent_name);
        sc_sb_putc(b, ' ');
        lower_outside(b, t->partition_bound ? t->partition_bound : "DEFAULT");
    }
    for (size_t i = 0; i < t->inherits.n; i++) {
        sc_sb_puts(b, i ? ", " : " inherits (");
        qualified(b, t->inherits_schemas.items[i], t->inherits.items[i]);
    }
    if (t->inherits.n)
        sc_sb_putc(b, ')');
    if (t->partition_key) {
        sc_sb_puts(b, " partition by ");
        lower_outside(b, t->partition_key);
    }
}
