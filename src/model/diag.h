/* diag.h - errors and warnings, with the place in the source they point at.
 *
 * Library code never prints and never exits: it appends diagnostics here and
 * returns a failure; src/cli decides how to show them. Locations are byte
 * offsets into a source text (as jq and PostgreSQL keep them) and are turned
 * into line:col only when a diagnostic is formatted. */
#ifndef SC_DIAG_H
#define SC_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One loaded source text (a .sch file, a revision file, ...). */
typedef struct sc_src {
    const char *path;   /* as the user named it */
    const char *text;   /* NUL-terminated */
    size_t len;
} sc_src;

/* A span of a source; src == NULL means "no location" (e.g. from a catalog). */
typedef struct sc_loc {
    const sc_src *src;
    uint32_t off, len;
} sc_loc;

typedef enum { SC_SEV_ERROR, SC_SEV_WARNING, SC_SEV_NOTE } sc_severity;

/* What kind of failure, so that the CLI can map it to a documented exit code. */
typedef enum {
    SC_ERR_NONE = 0,
    SC_ERR_INPUT,      /* bad DSL, JSON, revision file, config: exit 3 */
    SC_ERR_DB,         /* connection/authentication/catalog: exit 4 */
    SC_ERR_MIGRATION,  /* a statement failed while applying: exit 5 */
    SC_ERR_UNSUPPORTED,/* the dialect cannot express it: exit 6 */
    SC_ERR_IO,         /* a file could not be read or written: exit 7 */
    SC_ERR_USAGE,      /* bad command line: exit 2 */
} sc_errkind;

typedef struct sc_diag {
    sc_severity sev;
    sc_errkind kind;
    sc_loc loc;
    char *msg;    /* heap */
    char *hint;   /* heap, may be NULL */
} sc_diag;

typedef struct sc_diags {
    sc_diag *items;
    size_t n, cap;
    size_t nerrors;
    sc_errkind first_kind;   /* kind of the first error, for the exit code */
    struct sc_kept_src *kept;   /* sources copied by sc_diags_keep_src() */
} sc_diags;

void sc_diags_init(sc_diags *d);
void sc_diags_free(sc_diags *d);

sc_diag *sc_diag_add(sc_diags *d, sc_severity sev, sc_errkind kind, sc_loc loc,
                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Convenience: an error / a warning without a location. */
void sc_error(sc_diags *d, sc_errkind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void sc_warn(sc_diags *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sc_diag_hint(sc_diag *dg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

bool sc_diags_failed(const sc_diags *d);

/* Appends every diagnostic of src to dst, in order, and leaves src empty
 * (freed; init it again to reuse it). For work done on another thread. */
void sc_diags_move(sc_diags *dst, sc_diags *src);

/* Diagnostics point into their source texts. When the owner of a source
 * goes away before the diagnostics are shown (a loader frees the model it
 * failed to build), it repoints them at a copy kept by d until
 * sc_diags_free(): every diagnostic located in `src` then uses the copy. */
void sc_diags_keep_src(sc_diags *d, const sc_src *src);

/* 1-based line and column (in bytes) of an offset. */
void sc_loc_linecol(const sc_src *src, uint32_t off, int *line, int *col);

/* Renders one diagnostic as
 *   file:12:17: error: message
 *      12 |   index ix (emial)
 *         |             ^~~~~
 *         hint: did you mean "email"?
 * Returns a heap string (caller frees), ending in a newline. */
char *sc_diag_format(const sc_diag *dg);

/* Edit distance, for "did you mean" hints. */
size_t sc_levenshtein(const char *a, const char *b);

#endif
