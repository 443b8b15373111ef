/* terms.h - the declared model on the database's own terms (server_terms.c).
 *
 * The tables whose declaration differs from `live` in a way the server's
 * spelling could settle are loaded into scratch schemas or an in-memory
 * database (sc_normalize_pg / sc_normalize_sqlite) and read back; the rest
 * stay as declared; with io->schemas, only those schemas of the declared
 * side take part. Returns the model to diff `live` against (`declared`
 * itself when nothing differs or the scratch load fails, with warnings in
 * d), or NULL when even the text diff fails. The models it makes are kept
 * in *keep: sc_terms_free() after the diff (the plan points into them). */
#ifndef SC_PIPELINE_TERMS_H
#define SC_PIPELINE_TERMS_H

#include "db/db.h"
#include "diff/diff.h"
#include "inspect/inspect.h"
#include "model/diag.h"
#include "model/model.h"

typedef struct sc_terms {
    sc_model *filtered, *sub, *norm, *spliced;
    sc_model *views;   /* declared views re-read (sc_normalize_pg_views), or NULL */
    sc_model *routines;   /* declared functions and triggers re-read (sc_normalize_pg_routines), or NULL */
    /* Views spelled ahead of the catalog (sc_pg_views_ahead): the job that
     * spells them, set by the load before sc_server_terms, which waits for
     * it only when it comes to the views (ahead.h), and keeps the model in
     * `ahead`; and the two models `views` is joined from when some views
     * took that spelling and others were re-read (views then shares
     * theirs). */
    struct sc_ahead_job *ahead_job;
    sc_model *ahead;
    sc_model *views_parts[2];
} sc_terms;

const sc_model *sc_server_terms(sc_db *db, sc_dialect dialect, const sc_model *live, const sc_model *declared,
                                const sc_inspect_opts *io, const sc_diff_opts *o, sc_terms *keep, sc_diags *d);
/* Waits for t->ahead_job (ahead.h), if any, and keeps its model in
 * t->ahead; returns t->ahead. */
const sc_model *sc_terms_settle(sc_terms *t);
void sc_terms_free(sc_terms *t);   /* and t->ahead_job: waits for it */
/* changed (a malloc'd array of n tables of declared) with the tables their
 * partitions and children need loaded first: their parents, transitively
 * (terms_partition.c, issue 12 items 4-5). Takes changed; *n updated. */
const sc_table **sc_terms_with_parents(const sc_model *declared, const sc_table **changed, size_t *n);

#endif
