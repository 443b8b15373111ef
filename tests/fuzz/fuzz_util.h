/* fuzz_util.h - helpers shared by the libFuzzer targets (tests/fuzz/). */
#ifndef SC_FUZZ_UTIL_H
#define SC_FUZZ_UTIL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Formats every diagnostic (the caret line reads the source around the
 * location: a wrong offset shows up here under ASan), and checks that no
 * control byte reaches the terminal raw. */
static inline void fuzz_format_diags(const sc_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        char *s = sc_diag_format(&d->items[i]);
        for (const unsigned char *p = (const unsigned char *)s; *p; p++)
            if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
                abort();
        free(s);
    }
}

#endif
