/* replay_main.c - a plain main() for a fuzz target: runs it once on each
 * file named on the command line, as libFuzzer does when given files, so
 * that the inputs kept in tests/fuzz/regress/ are replayed by every build
 * (plain and ASan), not only by the clang one. Exit 0 when every input
 * came back (a crash or a sanitizer report ends the process). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_util.h"

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 2;
        }
        size_t cap = 4096, n = 0;
        uint8_t *buf = malloc(cap);
        size_t got;
        while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
            n += got;
            if (n == cap)
                buf = realloc(buf, cap *= 2);
        }
        fclose(f);
        if (!buf)
            abort();
        /* an exact-size copy, so that ASan sees a read past the end */
        uint8_t *data = malloc(n ? n : 1);
        if (!data)
            abort();
        for (size_t k = 0; k < n; k++)
            data[k] = buf[k];
        free(buf);
        LLVMFuzzerTestOneInput(data, n);
        free(data);
    }
    return 0;
}
