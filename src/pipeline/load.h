/* load.h - the passes of the pipeline, between its files (not a public API). */
#ifndef SC_PIPELINE_LOAD_H
#define SC_PIPELINE_LOAD_H

#include "pipeline/pipeline.h"

/* Both sides into p->from.m and p->to.m (load.c), in the schemas the
 * comparison covers (p->io). Returns 0 or -1. */
int sc_pipeline_load(sc_pipeline *p, sc_diags *d);
/* One side into s->m: a database through its catalog (read in io; the
 * connection opened when the side has none), a JSON model, or .sch
 * file(s). Returns 0 or -1. */
int sc_pipeline_load_side(sc_pipeline *p, sc_pipeline_side *s, const sc_inspect_opts *io, sc_diags *d);

#endif
