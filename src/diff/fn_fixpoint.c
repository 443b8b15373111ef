/* fn_fixpoint.c - fns7 (issue 11): the views' and the functions'
 * dependents, found in turn until neither adds one.
 *
 * Each side's search adds work for the other: a view re-created (it reads
 * a retyped column, or its own definition changes) takes the functions
 * over its row type around it (routine_rowtypes.c), and the SQL-standard
 * bodies that call them (routine_deps.c); a view that calls one of those
 * is re-created in turn (view_deps.c), and the functions over its row type
 * with it, and so on; a stored generated column that calls such a function
 * is dropped and added again (gen_readd_late.c), and the views that read
 * it re-created. One round each way left the last of a chain in place, and
 * DROP VIEW / DROP FUNCTION failed on it.
 *
 * A worklist, not a loop over everything: each round reads only the ops
 * and the functions the last one added (the views' search keeps its state
 * between runs: sc_vdeps), so a schema of thousands of tables costs one
 * pass over them however long the chain (what every round reads, the
 * generated columns and whether a view's refs are unknown, is listed once). */
#include "diff/diff_int.h"
#include "diff/routine_deps.h"

/* The kept objects that call r's functions from `first` on: one round's
 * functions as an rdeps of their own, so that an object that called an
 * earlier round's function is not taken twice. */
static void round_users(rdeps *r, size_t first, const sc_vec *gen)
{
    sc_dctx *c = r->c;
    if (first == r->fns.n)
        return;
    rdeps sub = {c, {0}, sc_strmap_new()};
    for (size_t i = first; i < r->fns.n; i++) {
        fnchange *fc = r->fns.items[i];
        sc_vec_push(c->tmp, &sub.fns, fc);
        sc_strmap_put(sub.by_key, sc_function_key(c->tmp, fc->f->schema, fc->f->name, fc->f->args), fc);
    }
    sc_rd_gen_late(&sub, gen);
    sc_rd_users(&sub);
    sc_strmap_free(sub.by_key);
}

void sc_dependents_fixpoint(sc_dctx *c)
{
    sc_vdeps *vd = sc_vdeps_new(c);
    if (c->o->dialect != SC_DIALECT_POSTGRESQL) {
        sc_vdeps_run(vd);
        sc_vdeps_free(vd);
        return;
    }
    /* fns6: the views re-created for what they read, ahead of the
     * functions over their row types */
    if (sc_fn_over_view_rowtype(c))
        sc_vdeps_run(vd);
    rdeps r = {c, {0}, NULL};
    sc_rd_collect_drops(&r);
    size_t scanned = 0, done = 0;
    sc_vec gen = {0};   /* the kept tables' stored generated columns */
    sc_rd_gen_columns(c, &gen);
    for (bool first = true;; first = false) {
        size_t end = c->ops.n;
        sc_rd_read_columns(&r, scanned, end);   /* SQL-standard bodies over a retyped column */
        if (first)
            sc_rd_typed_signatures(&r);   /* funcdeps2: signatures that name a rebuilt type */
        sc_rd_rowtype_views(&r, scanned, end);   /* fns5: over a re-created view's row type */
        scanned = end;
        sc_rd_calling_bodies(&r, done);
        round_users(&r, done, &gen);
        done = r.fns.n;
        sc_vdeps_run(vd);
        if (c->ops.n == scanned)
            break;
    }
    sc_strmap_free(r.by_key);
    sc_vdeps_free(vd);
    sc_rd_edges(c);
}
