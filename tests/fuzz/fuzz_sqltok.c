/* fuzz_sqltok.c - libFuzzer target: the SQL tokenizer, in both dialects.
 * The tokens must cover the text exactly, in order, without gaps or empty
 * tokens; an error must point inside the text. The first byte picks the
 * dialect. */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_util.h"
#include "model/sqltok.h"

static void check(const char *text, size_t len, sc_dialect d)
{
    sc_toks t;
    sc_tok_err err;
    if (sc_sql_tokenize(text, len, d, &t, &err) != 0) {
        if (t.items || t.n || err.off > len || !err.msg[0])
            abort();
        return;
    }
    size_t end = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (t.items[i].off != end || t.items[i].len == 0)
            abort();
        end += t.items[i].len;
        if (t.items[i].kind == SC_TOK_DOLLAR_STRING && !sc_tok_dollar_open(text, &t.items[i]))
            abort();
    }
    if (end != len)
        abort();
    sc_toks_free(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    sc_dialect d = data[0] & 1 ? SC_DIALECT_SQLITE : SC_DIALECT_POSTGRESQL;
    check((const char *)data + 1, size - 1, d);
    return 0;
}
