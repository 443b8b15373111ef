/* util.c - reporting diagnostics, exit codes, writing output files. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

int cli_exit_code(sc_errkind kind)
{
    switch (kind) {
    case SC_ERR_NONE: return SC_EXIT_OK;
    case SC_ERR_INPUT: return SC_EXIT_INPUT;
    case SC_ERR_DB: return SC_EXIT_DB;
    case SC_ERR_MIGRATION: return SC_EXIT_MIGRATION;
    case SC_ERR_UNSUPPORTED: return SC_EXIT_UNSUPPORTED;
    case SC_ERR_IO: return SC_EXIT_IO;
    case SC_ERR_USAGE: return SC_EXIT_USAGE;
    }
    return SC_EXIT_INPUT;
}

/* As compilers do (gcc's -fmax-errors), stop after this many: past it the
 * list only buries the first error, which is usually the cause. */
#define CLI_MAX_DIAGS 50

int cli_report(const sc_diags *d)
{
    size_t shown = d->n < CLI_MAX_DIAGS ? d->n : CLI_MAX_DIAGS;
    for (size_t i = 0; i < shown; i++) {
        char *s = sc_diag_format(&d->items[i]);
        fputs(s, stderr);
        free(s);
    }
    if (d->n > shown)
        fprintf(stderr, "... and %zu more diagnostics (%zu errors in all)\n", d->n - shown, d->nerrors);
    return d->nerrors ? cli_exit_code(d->first_kind) : SC_EXIT_OK;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "schemac %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return SC_EXIT_USAGE;
}

int cli_write_output(const char *path, const char *text, sc_diags *d)
{
    return cli_write_output_mode(path, text, 0666, d);
}

int cli_write_output_mode(const char *path, const char *text, int mode, sc_diags *d)
{
    size_t len = strlen(text);
    if (!path || !strcmp(path, "-")) {
        if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
            sc_error(d, SC_ERR_IO, "cannot write to standard output: %s", strerror(errno));
            return -1;
        }
        return 0;
    }
    /* A device or a pipe (-o /dev/null, -o /dev/stderr) is written to as
     * it is: renaming a file over it would replace it (for root, /dev/null
     * itself). */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        FILE *f = fopen(path, "wb");
        int ok = f && fwrite(text, 1, len, f) == len;
        if (f)
            ok = (fclose(f) == 0) && ok;
        if (!ok) {
            sc_error(d, SC_ERR_IO, "cannot write %s: %s", path, strerror(errno));
            return -1;
        }
        return 0;
    }
    /* Write beside the target and rename: a failure never leaves a
     * half-written file behind. */
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        abort();
    snprintf(tmp, n, "%s.tmp%ld", path, (long)getpid());
    /* the mode is set when the file is created: a private file is never
     * readable by others, not even for a moment */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, (mode_t)mode);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        sc_error(d, SC_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    int ok = fwrite(text, 1, len, f) == len;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        sc_error(d, SC_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        remove(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

int cli_out_open(cli_out *o, const char *path, int mode, sc_diags *d)
{
    memset(o, 0, sizeof *o);
    if (!path || !strcmp(path, "-")) {
        o->f = stdout;
        return 0;
    }
    o->path = path;
    /* a device or a pipe is written to as it is (cli_write_output_mode) */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        o->f = fopen(path, "wb");
    } else {
        size_t n = strlen(path) + 16;
        o->tmp = malloc(n);
        if (!o->tmp)
            abort();
        snprintf(o->tmp, n, "%s.tmp%ld", path, (long)getpid());
        int fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC, (mode_t)mode);
        o->f = fd >= 0 ? fdopen(fd, "wb") : NULL;
        if (!o->f && fd >= 0)
            close(fd);
    }
    if (!o->f) {
        sc_error(d, SC_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    return 0;
}

int cli_out_write(const char *s, size_t n, void *arg)
{
    cli_out *o = arg;
    if (!o->err && fwrite(s, 1, n, o->f) != n)
        o->err = errno ? errno : EIO;
    return o->err ? -1 : 0;
}

int cli_out_close(cli_out *o, sc_diags *d)
{
    int rc = 0;
    if (!o->path) {
        if (o->err || fflush(stdout) != 0) {
            sc_error(d, SC_ERR_IO, "cannot write to standard output: %s", strerror(o->err ? o->err : errno));
            rc = -1;
        }
    } else {
        bool ok = fclose(o->f) == 0 && !o->err;
        if (ok && o->tmp && rename(o->tmp, o->path) != 0)
            ok = false;
        if (!ok) {
            sc_error(d, SC_ERR_IO, "cannot write %s: %s", o->path, strerror(o->err ? o->err : errno));
            if (o->tmp)
                remove(o->tmp);
            rc = -1;
        }
    }
    free(o->tmp);
    memset(o, 0, sizeof *o);
    return rc;
}

const char *cli_bad_option(char **argv, int optind_now)
{
    static char shortopt[3];
    const char *word = argv[optind_now - 1];
    /* a short option: optopt names it (argv may group several: -vx) */
    if (optopt > 0 && optopt < 256 && !(word[0] == '-' && word[1] == '-')) {
        shortopt[0] = '-';
        shortopt[1] = (char)optopt;
        shortopt[2] = '\0';
        return shortopt;
    }
    return word;
}

const char *cli_schema_join(const char *prev, const char *more)
{
    static char *joined;   /* the last list made: reachable until exit */
    if (!prev)
        return more;
    size_t n = strlen(prev) + strlen(more) + 2;
    char *j = malloc(n);
    if (!j)
        abort();
    snprintf(j, n, "%s,%s", prev, more);
    free(joined);   /* after the copy: prev may be it */
    joined = j;
    return j;
}
