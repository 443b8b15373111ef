/* load.c - reading .sch files and folders into one finished model. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/strbuf.h"
#include "parser/parser.h"

/* A regular file read in one exact allocation (no doubling: the text of a
 * large schema stays alive with its model). NULL when its size is not
 * known up front or it changed while read: then it is read in chunks. */
static char *read_sized(FILE *f, size_t *len)
{
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
        return NULL;
    size_t size = (size_t)st.st_size;
    char *text = malloc(size + 1);
    if (!text)
        abort();
    size_t n = fread(text, 1, size, f);
    int more = fgetc(f);
    if (n != size || more != EOF || ferror(f)) {
        free(text);
        rewind(f);
        return NULL;
    }
    text[size] = '\0';
    *len = size;
    return text;
}

char *sc_read_file(const char *path, size_t *len, sc_diags *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        sc_error(d, SC_ERR_IO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    char *sized = read_sized(f, len);
    if (sized) {
        fclose(f);
        return sized;
    }
    sc_strbuf b = SC_STRBUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sc_sb_putn(&b, chunk, n);
    if (ferror(f)) {
        sc_error(d, SC_ERR_IO, "%s: %s", path, strerror(errno));
        fclose(f);
        sc_sb_free(&b);
        return NULL;
    }
    fclose(f);
    *len = b.len;
    return sc_sb_take(&b);
}

/* memory (issue 10): a large regular file is mapped rather than read, so
 * that its pages can go back to the page cache once it is parsed
 * (model/srcmap.c). NULL when it is small, not a regular file, or its size
 * a multiple of the page size (no zero fill after it to end the text): it
 * is read then. */
#define SC_MAP_MIN ((off_t)256 * 1024)
static const char *map_sized(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;   /* sc_read_file says why */
    struct stat st;
    void *p = MAP_FAILED;
    long page = sysconf(_SC_PAGESIZE);
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= SC_MAP_MIN && page > 0 &&
        (size_t)st.st_size % (size_t)page != 0)
        p = mmap(NULL, (size_t)st.st_size + 1, PROT_READ, MAP_PRIVATE, fileno(f), 0);
    fclose(f);
    if (p == MAP_FAILED)
        return NULL;
    *len = (size_t)st.st_size;
    return p;
}

static int parse_file(sc_model *m, const char *path, sc_diags *d)
{
    size_t len;
    const char *mapped = map_sized(path, &len);
    if (mapped)
        return sc_parse_text_mapped(m, path, mapped, len, d);
    char *text = sc_read_file(path, &len, d);
    if (!text)
        return -1;
    return sc_parse_text_owned(m, path, text, len, d);
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_sch_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && !strcmp(name + n - 4, ".sch") && name[0] != '.';
}

/* Every *.sch of a folder, sorted by name so that the result does not
 * depend on the order the file system lists them in. */
static int parse_dir(sc_model *m, const char *path, sc_diags *d)
{
    DIR *dir = opendir(path);
    if (!dir) {
        sc_error(d, SC_ERR_IO, "%s: %s", path, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (!has_sch_suffix(e->d_name))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = realloc(names, cap * sizeof *names);
            if (!names)
                abort();
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    if (n)
        qsort(names, n, sizeof *names, cmp_cstr);
    int rc = 0;
    if (n == 0) {
        sc_error(d, SC_ERR_INPUT, "%s: no .sch files in this folder", path);
        rc = -1;
    }
    size_t plen = strlen(path);
    bool slash = plen > 0 && path[plen - 1] == '/';
    for (size_t i = 0; i < n; i++) {
        char *full = malloc(plen + strlen(names[i]) + 2);
        if (!full)
            abort();
        sprintf(full, "%s%s%s", path, slash ? "" : "/", names[i]);
        if (parse_file(m, full, d) != 0)
            rc = -1;
        free(full);
        free(names[i]);
    }
    free(names);
    return rc;
}

int sc_parse_path(sc_model *m, const char *path, sc_diags *d)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        sc_error(d, SC_ERR_IO, "%s: %s", path, strerror(errno));
        return -1;
    }
    return S_ISDIR(st.st_mode) ? parse_dir(m, path, d) : parse_file(m, path, d);
}

sc_model *sc_load_schema(const char *path, sc_diags *d)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        sc_error(d, SC_ERR_IO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    sc_model *m = sc_model_new();
    int rc = sc_parse_path(m, path, d);
    /* memory (issue 10): parsed; naming and validation read the text only
     * where a view's query or a diagnostic is */
    sc_model_page_out_srcs(m);
    /* Syntax errors leave a partial model: checking it would only add noise. */
    if (rc != 0 || sc_model_finish(m, d) != 0) {
        for (size_t i = 0; i < m->srcs.n; i++)
            sc_diags_keep_src(d, SC_VEC_AT(m->srcs, i, sc_src));
        sc_model_free(m);
        return NULL;
    }
    sc_model_page_out_srcs(m);   /* memory (issue 10): parsed and checked */
    return m;
}
