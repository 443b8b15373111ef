/* fuzz_dsl.c - libFuzzer target: DSL text -> parse -> finish (naming,
 * validation, sort) -> every diagnostic formatted. */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_util.h"
#include "parser/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_model_new();
    if (sc_parse_text(m, "fuzz.sch", (const char *)data, size, &d) == 0)
        sc_model_finish(m, &d);
    fuzz_format_diags(&d);
    sc_model_free(m);
    sc_diags_free(&d);
    return 0;
}
