/* ahead.c - the declared side's load and its views spelled ahead, on one
 * thread, with two points the pipeline waits for apart (ahead.h). */
#include <pthread.h>
#include <stdlib.h>

#include "pipeline/ahead.h"
#include "pipeline/load.h"

struct sc_ahead_job {
    sc_pipeline *p;
    sc_pipeline_side *s;
    const sc_source *ahead_on;   /* the PostgreSQL database to spell the views on, or NULL */
    sc_diags d;                  /* the load's messages */
    int rc;                      /* the load's */
    sc_model *views;             /* sc_pg_views_ahead's model, until taken */
    bool threaded, joined;
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool loaded;                 /* under mu: rc and d are final */
};

/* The declared views spelled by the server on a connection of their own
 * while the catalog is read (sc_pg_views_ahead): the server's terms then
 * keep that spelling for each view whose reads prove the same as live.
 * Anything that fails here only costs that: no message, since the server's
 * terms do it all again the usual way and say what they must. */
static sc_model *views_ahead(const sc_pipeline *p, const sc_source *src, const sc_model *declared)
{
    if (!declared->views.n)
        return NULL;
    sc_db *db = NULL;
    sc_diags quiet;
    sc_diags_init(&quiet);
    sc_model *m = NULL;
    if (sc_db_open_source(src, p->o.db_flags, p->o.connect_timeout, &db, &quiet) == 0) {
        sc_inspect_opts io = {.version_table = p->o.version_table};
        m = sc_pg_views_ahead(db, declared, &io);
        sc_db_close(db);
    }
    sc_diags_free(&quiet);
    return m;
}

static void *run(void *arg)
{
    sc_ahead_job *j = arg;
    int rc = sc_pipeline_load_side(j->p, j->s, NULL, &j->d);
    bool spell = rc == 0 && j->ahead_on && !sc_diags_failed(&j->d);
    pthread_mutex_lock(&j->mu);
    j->rc = rc;
    j->loaded = true;
    pthread_cond_broadcast(&j->cv);
    pthread_mutex_unlock(&j->mu);
    /* from here the load's results are the pipeline's: only read */
    if (spell)
        j->views = views_ahead(j->p, j->ahead_on, j->s->m);
    return NULL;
}

sc_ahead_job *sc_ahead_start(sc_pipeline *p, sc_pipeline_side *s, const sc_source *ahead_on)
{
    sc_ahead_job *j = calloc(1, sizeof *j);
    if (!j)
        abort();
    j->p = p;
    j->s = s;
    j->ahead_on = ahead_on;
    sc_diags_init(&j->d);
    pthread_mutex_init(&j->mu, NULL);
    pthread_cond_init(&j->cv, NULL);
    j->threaded = pthread_create(&j->th, NULL, run, j) == 0;
    if (!j->threaded) {
        run(j);
        j->joined = true;
    }
    return j;
}

int sc_ahead_loaded(sc_ahead_job *j, sc_diags *d)
{
    pthread_mutex_lock(&j->mu);
    while (!j->loaded)
        pthread_cond_wait(&j->cv, &j->mu);
    pthread_mutex_unlock(&j->mu);
    sc_diags_move(d, &j->d);
    return j->rc;
}

static void join(sc_ahead_job *j)
{
    if (!j->joined)
        pthread_join(j->th, NULL);
    j->joined = true;
}

sc_model *sc_ahead_views(sc_ahead_job *j)
{
    join(j);
    sc_model *m = j->views;
    j->views = NULL;
    return m;
}

void sc_ahead_free(sc_ahead_job *j)
{
    if (!j)
        return;
    join(j);
    sc_model_free(j->views);
    sc_diags_free(&j->d);
    pthread_mutex_destroy(&j->mu);
    pthread_cond_destroy(&j->cv);
    free(j);
}
