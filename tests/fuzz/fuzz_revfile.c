/* fuzz_revfile.c - libFuzzer target: a revision file's header and sections
 * (sc_rev_parse), then its up and down sections split into statements. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "db/sqlsplit.h"
#include "fuzz_util.h"
#include "revision/revfile.h"

static void split(const char *text, size_t off, size_t len)
{
    sc_stmts st = {0};
    size_t err_off;
    const char *err;
    sc_sql_split(text + off, len, off, &st, &err_off, &err);
    sc_stmts_free(&st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);   /* sc_rev_parse takes a heap copy */
    if (!text)
        abort();
    memcpy(text, data, size);
    text[size] = '\0';
    sc_diags d;
    sc_diags_init(&d);
    sc_rev r;
    memset(&r, 0, sizeof r);
    if (sc_rev_parse(&r, "fuzz.sql", text, size, &d) == 0) {
        if (r.up_off + r.up_len > size || r.down_off + r.down_len > size)
            abort();
        split(r.src->text, r.up_off, r.up_len);
        split(r.src->text, r.down_off, r.down_len);
    }
    fuzz_format_diags(&d);
    sc_rev_free(&r);
    sc_diags_free(&d);
    return 0;
}
