/* fuzz_sqlsplit.c - libFuzzer target: the SQL statement splitter. The
 * statements must lie inside the text, in order, without overlapping. */
#include <stdint.h>
#include <stdlib.h>

#include "db/sqlsplit.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sc_stmts st = {0};
    size_t err_off = 0;
    const char *err = NULL;
    int rc = sc_sql_split((const char *)data, size, 0, &st, &err_off, &err);
    size_t prev_end = 0;
    for (size_t i = 0; i < st.n; i++) {
        if (st.items[i].off < prev_end || st.items[i].len == 0 ||
            st.items[i].off + st.items[i].len > size)
            abort();
        prev_end = st.items[i].off + st.items[i].len;
    }
    if (rc != 0 && (!err || err_off > size))
        abort();
    sc_stmts_free(&st);
    return 0;
}
