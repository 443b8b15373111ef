/* pipeline.h - one comparison from end to end, the only place that
 * assembles it: both sides loaded (a .sch file or folder, a JSON model, or
 * a database read through its catalog), the declared side put on the
 * server's terms when the other is a database (terms.h), the diff, and the
 * script. `schemac diff --from/--to` and the revision workflow's `diff -m`
 * and `check` all run it.
 *
 * Library code: it never prints nor exits; every message goes to the
 * caller's sc_diags. The pipeline owns the connections it opens and every
 * model it makes (the plan points into them): sc_pipeline_free() releases
 * them all.
 *
 *   sc_pipeline p;
 *   sc_pipeline_init(&p, &opts);          classifies both sources, once
 *   if (sc_pipeline_run(&p, d) == 0)      load -> server's terms -> diff
 *       text = sc_pipeline_emit(&p, SC_EMIT_SCRIPT, false, d);
 *   sc_pipeline_free(&p);
 */
#ifndef SC_PIPELINE_H
#define SC_PIPELINE_H

#include <stdbool.h>

#include "db/db.h"
#include "db/source.h"
#include "diff/diff.h"
#include "inspect/inspect.h"
#include "model/diag.h"
#include "model/model.h"
#include "pipeline/scope.h"
#include "pipeline/terms.h"

typedef struct sc_pipeline_opts {
    const char *from, *to;   /* each a .sch file, a folder, a .json model or a database URL */
    /* A side's database already open (borrowed; its source is the side's
     * then, and `from`/`to` may be NULL); NULL: opened from the URL. */
    sc_db *from_db, *to_db;
    int db_flags;            /* sc_db_open's flags for the databases it opens (SC_DB_READONLY) */
    int connect_timeout;     /* seconds; 0: the default (db.h) */
    bool has_dialect;        /* diff.dialect was chosen (--dialect); else the database's */
    /* PostgreSQL schemas: NULL compares public and those the declared side
     * uses (two databases: every user schema of both); "all" every user
     * schema; else a comma list. */
    const char *schemas;
    const char *version_table;   /* NULL: schemac_version (never compared) */
    sc_diff_opts diff;           /* its dialect is replaced by the run's unless has_dialect */
} sc_pipeline_opts;

typedef struct sc_pipeline_side {
    sc_source src;
    sc_db *db;        /* the database, when the side is one */
    bool own_db;      /* opened by the pipeline (closed by sc_pipeline_free) */
    sc_model *m;      /* as loaded */
} sc_pipeline_side;

typedef struct sc_pipeline {
    sc_pipeline_opts o;
    sc_pipeline_side from, to;
    sc_dialect dialect;      /* after sc_pipeline_run: the dialect compared in */
    sc_plan *plan;           /* after sc_pipeline_run: from -> to */
    /* what the plan and the models point into */
    sc_inspect_opts io;
    const char **schemas;    /* the schemas compared (io.schemas), heap */
    const char **planned;    /* the schemas the declared side uses (io.planned), heap */
    sc_scope_keep scope;
    sc_model *parts[2];      /* a database read in two rounds: its two parts */
    sc_terms terms;
} sc_pipeline;

/* Classifies o->from and o->to (sc_source_classify); o must outlive p. */
void sc_pipeline_init(sc_pipeline *p, const sc_pipeline_opts *o);
/* How many of the two sides are databases (known after sc_pipeline_init). */
int sc_pipeline_databases(const sc_pipeline *p);
/* Loads both sides, puts the declared side on the server's terms when the
 * other is a database (else compares text, with a note or a warning), and
 * diffs them into p->plan. Returns 0, or -1 with errors in d. */
int sc_pipeline_run(sc_pipeline *p, sc_diags *d);

typedef enum sc_pipeline_format {
    SC_EMIT_SCRIPT,     /* a script for psql / sqlite3 (sc_emit_plan_script) */
    SC_EMIT_REVISION,   /* a revision file's up or down part (sc_emit_plan) */
    SC_EMIT_JSON,       /* the operations as JSON (sc_emit_plan_json) */
} sc_pipeline_format;
/* The plan's text (down: DST back to SRC; not for JSON). Heap, or NULL with
 * errors in d. */
char *sc_pipeline_emit(const sc_pipeline *p, sc_pipeline_format f, bool down, sc_diags *d);
void sc_pipeline_free(sc_pipeline *p);

#endif
