/* dsl_partition.c - partitioning and inheritance in a DSL table header
 * (issue 12 items 4-5). The key and bound are the model's SQL text
 * ("RANGE (d)", "FOR VALUES FROM ('a') TO ('b')"): the DSL writes the same
 * with its keywords in lower case; inside parentheses and quotes the text
 * is kept as it is, as the parser takes it. */
#include <ctype.h>
#include <string.h>

#include "emit/dsl_partition.h"
#include "model/sqltok.h"

/* s with its words outside parentheses in lower case, read with
 * PostgreSQL's tokens (strings and quoted names are never words). Text
 * that does not tokenize is written as it is. */
static void lower_outside(sc_strbuf *b, const char *s)
{
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(s, strlen(s), SC_DIALECT_POSTGRESQL, &t, &err) != 0) {
        sc_sb_puts(b, s);
        return;
    }
    int depth = 0;
    for (size_t i = 0; i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        if (sc_tok_op_is(s, k, "("))
            depth++;
        else if (sc_tok_op_is(s, k, ")"))
            depth--;
        bool word = k->kind == SC_TOK_IDENT || k->kind == SC_TOK_KEYWORD;
        for (size_t j = 0; j < k->len; j++)
            sc_sb_putc(b, word && !depth ? (char)tolower((unsigned char)s[k->off + j]) : s[k->off + j]);
    }
    sc_toks_free(&t);
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
