/* fuzz_json.c - libFuzzer target: the JSON model loader (sc_load_json),
 * then the loaded model written back as JSON, DSL and DDL, the first two
 * loading back to the same model (fuzz_round_trips). */
#include <stdint.h>
#include <stdlib.h>

#include "emit/emit.h"
#include "fuzz_util.h"
#include "parser/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_load_json("fuzz.json", (const char *)data, size, &d);
    if (m) {
        fuzz_round_trips(m);
        sc_model_free(m);
    }
    fuzz_format_diags(&d);
    sc_diags_free(&d);
    return 0;
}
