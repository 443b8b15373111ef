/* revfile.h - revision files: plain SQL with a comment header.
 *
 *   -- Revision ID: 3f2a9c1b7d4e
 *   -- Revises: 1a2b3c4d5e6f          (empty for the first; "a, b" for a merge)
 *   -- Create Date: 2026-11-22 17:36:12+00:00
 *   -- Message: add users table
 *   -- Dialect: postgresql
 *
 *   -- migrate:up
 *   CREATE TABLE ...;
 *
 *   -- migrate:down
 *   DROP TABLE ...;
 *
 * Before "-- migrate:up" only comment lines and blank lines may appear; other
 * comment lines are free text. Files are read back exactly as written (hand
 * edits are normal) and never rewritten. */
#ifndef SC_REV_REVFILE_H
#define SC_REV_REVFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/diag.h"

#define SC_REV_ID_LEN 12

typedef struct sc_rev {
    char id[SC_REV_ID_LEN + 1];
    char **parents;           /* heap ids, as written under "Revises:" */
    size_t nparents;
    char *message, *create_date, *dialect;   /* heap, "" when absent */
    sc_src *src;              /* path and text (heap; the struct too, so that the
                                 locations pointing here survive moves of the rev) */
    size_t up_off, up_len;    /* the up section's SQL (after its marker line) */
    size_t down_off, down_len;
    size_t revises_off, revises_len;   /* the "Revises:" line, for errors */
    /* filled by the graph */
    int *pidx;                /* parents' indices */
    int *cidx;                /* children's indices */
    size_t nchildren;
} sc_rev;

/* true for exactly 12 lowercase hex digits. */
bool sc_rev_id_valid(const char *s);
/* A fresh random id (12 hex digits from /dev/urandom) into out[13]. */
void sc_rev_id_new(char out[SC_REV_ID_LEN + 1]);

/* Parses a revision file. Takes ownership of path copy and text (heap, NUL-
 * terminated). Returns 0, or -1 with SC_ERR_INPUT errors located in the
 * file; r must be freed with sc_rev_free either way. */
int sc_rev_parse(sc_rev *r, const char *path, char *text, size_t len, sc_diags *d);
/* Reads and parses a file. */
int sc_rev_load(sc_rev *r, const char *path, sc_diags *d);
void sc_rev_free(sc_rev *r);

/* The whole text of a new revision file. up/down may be NULL or "". Heap. */
char *sc_rev_render(const char *id, const char *const *parents, size_t nparents,
                    const char *create_date, const char *message, const char *dialect,
                    const char *up, const char *down);

/* Writes a new file atomically (temp file + link): never replaces an
 * existing file. Returns 0, or -1 with an SC_ERR_IO error. */
int sc_rev_write_new(const char *path, const char *text, sc_diags *d);

#endif
