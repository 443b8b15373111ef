/* fuzz_sqltok.c - libFuzzer target: the SQL tokenizer, in both dialects.
 * The tokens must cover the text exactly, in order, without gaps or empty
 * tokens; an error must point inside the text. The first byte picks the
 * dialect. parts7: the same text read as a partition key's elements
 * (model/partition_key.c): each one's expression and operator class
 * non-empty where set. */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_util.h"
#include "model/partition_key.h"
#include "model/sqltok.h"
#include <string.h>

static void check_key(const char *text, size_t len)
{
    if (memchr(text, 0, len))
        return;
    char *key = malloc(len + 1);
    if (!key)
        abort();
    memcpy(key, text, len);
    key[len] = 0;
    sc_arena *a = sc_arena_new();
    sc_pkey_elem e[SC_PKEY_MAX];
    size_t n = sc_partition_key_elems(a, key, e);
    for (size_t i = 0; i < n; i++)
        if (!e[i].expr || !e[i].expr[0] || (e[i].opclass && !e[i].opclass[0]))
            abort();
    sc_arena_free(a);
    free(key);
}

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
    check_key((const char *)data + 1, size - 1);
    return 0;
}
