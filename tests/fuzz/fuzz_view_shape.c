/* fuzz_view_shape.c - libFuzzer target: what in a view's query another
 * column could change (view_shape.c), over any text: PostgreSQL's parser
 * and the walk of its JSON tree. A text that does not parse must be wide;
 * whatever it records must be found again under its case-folded name. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "inspect/pg_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *q = malloc(size + 1);
    if (!q)
        abort();
    memcpy(q, data, size);
    q[size] = '\0';
    sc_view_shape s;
    sc_view_shape_of(q, &s);
    if (!s.names)
        abort();
    sc_view_shape_names(&s, "id");
    sc_view_shape_names(&s, q);   /* any name: folded and cut as it was put */
    sc_view_shape_free(&s);
    free(q);
    return 0;
}
