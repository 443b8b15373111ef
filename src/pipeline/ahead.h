/* ahead.h - the declared side loaded on a thread of its own while the
 * catalog is read, and then its views spelled ahead on a connection of
 * their own (ahead.c). Internal to the pipeline.
 *
 * The load and the views end at different times, and are waited for apart:
 * the catalog's reader needs the declared model as soon as the catalog is
 * read, the server's terms need the views only when they come to views, and
 * in between they load the tables that differ into scratch schemas while
 * the views are still being read back (issue 10's time).
 *
 * While the thread runs, it reads the declared model: nothing may write to
 * it (nor allocate in its arena) until sc_ahead_views or sc_ahead_free has
 * returned. */
#ifndef SC_PIPELINE_AHEAD_H
#define SC_PIPELINE_AHEAD_H

#include "pipeline/pipeline.h"

typedef struct sc_ahead_job sc_ahead_job;

/* Starts loading s into s->m (sc_pipeline_load_side) and then, when
 * ahead_on is not NULL and the load succeeded, spelling its views on that
 * database (sc_pg_views_ahead). Runs it all now when no thread can be
 * made. Never NULL. */
sc_ahead_job *sc_ahead_start(sc_pipeline *p, sc_pipeline_side *s, const sc_source *ahead_on);
/* Waits for the load (not the views): its messages moved to d; 0, or -1
 * when it failed. */
int sc_ahead_loaded(sc_ahead_job *j, sc_diags *d);
/* Waits for the views: their model (the caller's then), or NULL when
 * there were none to spell or spelling them failed (that only costs the
 * time: the server's terms re-read them). */
sc_model *sc_ahead_views(sc_ahead_job *j);
/* Waits for the thread to end; frees the views' model unless taken. NULL
 * is a no-op. */
void sc_ahead_free(sc_ahead_job *j);

#endif
