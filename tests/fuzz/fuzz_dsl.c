/* fuzz_dsl.c - libFuzzer target: DSL text -> parse -> finish (naming,
 * validation, sort) -> every diagnostic formatted; and for a text that
 * loads, the DSL and JSON round trips (fuzz_round_trips). */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_util.h"
#include "parser/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_model_new();
    bool ok = sc_parse_text(m, "fuzz.sch", (const char *)data, size, &d) == 0 &&
              sc_model_finish(m, &d) == 0;
    fuzz_format_diags(&d);
    if (ok)
        fuzz_round_trips(m);
    sc_model_free(m);
    sc_diags_free(&d);
    return 0;
}
