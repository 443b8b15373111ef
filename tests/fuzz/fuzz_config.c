/* fuzz_config.c - libFuzzer target: the schemac.ini reader. sc_config_load
 * reads a path, so the input goes through one temporary file per process. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz_util.h"
#include "revision/config.h"

static char path[64];

static void remove_file(void)
{
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/schemac-fuzz-%ld.ini", (long)getpid());
        atexit(remove_file);
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    sc_diags d;
    sc_diags_init(&d);
    sc_config c;
    if (sc_config_load(&c, path, &d) == 0) {
        char *name = sc_config_filename(&c, "0123456789ab", "fuzz message", 1700000000, &d);
        free(name);
    }
    fuzz_format_diags(&d);
    sc_config_free(&c);
    sc_diags_free(&d);
    return 0;
}
