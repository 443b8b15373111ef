/* fuzz_pipeline.c - libFuzzer target: two DSL texts -> parse -> diff ->
 * emit, for both dialects. The input is split in two at the first line
 * "====" (the seed corpus pairs from.sch and to.sch that way).
 *
 * Beyond crashes it checks what must hold whatever the input: a model
 * compared with itself gives an empty plan. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff.h"
#include "emit/emit.h"
#include "emit/migration.h"
#include "fuzz_util.h"
#include "parser/parser.h"

/* The diagnostics point into the model's copy of the text: formatted
 * before the model goes. */
static sc_model *load(const char *path, const char *text, size_t len)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_model *m = sc_model_new();
    bool ok = sc_parse_text(m, path, text, len, &d) == 0 && sc_model_finish(m, &d) == 0;
    fuzz_format_diags(&d);
    sc_diags_free(&d);
    if (!ok) {
        sc_model_free(m);
        m = NULL;
    }
    return m;
}

static void diff_emit(const sc_model *a, const sc_model *b, sc_dialect dia, bool same)
{
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, dia);
    sc_plan *p = sc_diff(a, b, &o, &d);
    if (p) {
        if (same && sc_plan_count(p) != 0)
            abort();
        free(sc_emit_plan(p, dia, false, &d));
        free(sc_emit_plan(p, dia, true, &d));
        free(sc_emit_plan_json(p));
        free(sc_plan_summary(p));
        sc_plan_free(p);
    }
    fuzz_format_diags(&d);
    sc_diags_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *sep = NULL;
    for (size_t i = 0; i + 5 <= size; i++)
        if ((i == 0 || text[i - 1] == '\n') && !memcmp(text + i, "====\n", 5)) {
            sep = text + i;
            break;
        }
    size_t alen = sep ? (size_t)(sep - text) : size;
    const char *btext = sep ? sep + 5 : "";
    size_t blen = sep ? size - alen - 5 : 0;

    sc_model *a = load("from.sch", text, alen);
    sc_model *b = load("to.sch", btext, blen);
    static const sc_dialect dialects[] = {SC_DIALECT_POSTGRESQL, SC_DIALECT_SQLITE};
    for (size_t i = 0; i < 2; i++) {
        if (a && b)
            diff_emit(a, b, dialects[i], false);
        if (a)
            diff_emit(a, a, dialects[i], true);
    }
    sc_model_free(a);
    sc_model_free(b);
    return 0;
}
