/* sums.h - checksums of applied revision files, as Atlas keeps atlas.sum.
 *
 * Each revision that upgrade applies (or stamp records) gets the SHA-256 of
 * its file, as it was then, in a table beside the version table:
 *
 *   CREATE TABLE IF NOT EXISTS schemac_version_checksums (
 *       version_num VARCHAR(32) NOT NULL,
 *       checksum VARCHAR(64) NOT NULL,
 *       CONSTRAINT schemac_version_checksums_pkc PRIMARY KEY (version_num)
 *   );
 *
 * (<version_table>_checksums, in version_table_schema.) The version table
 * itself keeps its shape and its meaning, one row per head as
 * alembic_version: whatever reads it still works. A database stamped before
 * checksums existed has no such table: its revisions are "not recorded"
 * (never an error), and the table appears with the next upgrade or stamp.
 * A file edited after it was applied is a warning, or an error in strict
 * mode: the database ran what the file said then, not what it says now. */
#ifndef SC_REV_SUMS_H
#define SC_REV_SUMS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/diag.h"
#include "model/strbuf.h"
#include "revision/conn.h"
#include "revision/graph.h"
#include "revision/sha256.h"
#include "revision/version.h"

/* The SHA-256 of a revision's file, as read (hex). */
void sc_rev_checksum(const sc_rev *r, char out[SC_SHA256_HEX]);

void sc_sums_create_sql(sc_strbuf *b, const sc_vtable *vt);
void sc_sums_drop_sql(sc_strbuf *b, const sc_vtable *vt);
/* The statements that record r as applied (down == false) or forget it. */
void sc_sums_step_sql(sc_strbuf *b, const sc_vtable *vt, const sc_rev *r, bool down);
/* Forgets every row (stamp records the new state from scratch). */
void sc_sums_clear_sql(sc_strbuf *b, const sc_vtable *vt);

/* stamp: forget every row, then record the files of heads[0..n) and of
 * their ancestors as they are now. */
void sc_stamp_sums_sql(sc_strbuf *b, const sc_graph *g, const sc_vtable *vt, const int *heads, size_t n);

/* The recorded checksum of each revision of g: recorded[i] is a heap hex
 * string or NULL (not recorded; also when the table does not exist).
 * Rows naming revisions that are not in the folder are ignored (current
 * reports those). Returns 0, or -1 with an SC_ERR_DB error. */
int sc_sums_read(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, char ***recorded, sc_diags *d);
void sc_sums_free(const sc_graph *g, char **recorded);

/* Compares the recorded checksums with the files: one diagnostic per file
 * edited since it was applied (a warning; an SC_ERR_INPUT error when
 * strict), located at the file. Returns how many, or -1 when the table
 * cannot be read. */
int sc_sums_verify(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, bool strict, sc_diags *d);

#endif
