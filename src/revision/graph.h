/* graph.h - the revisions of a versions folder as a graph: base, heads,
 * branch points, merge points, prefix lookup, and the steps that take a
 * database from one set of heads to a target.
 *
 * A database's state is the set of heads recorded in its version table; a
 * revision is applied when it is one of them or an ancestor of one. Every
 * set below is a bool array indexed like g->revs. */
#ifndef SC_REV_GRAPH_H
#define SC_REV_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "model/diag.h"
#include "model/strmap.h"
#include "revision/revfile.h"

typedef struct sc_graph {
    sc_rev *revs;
    size_t n, cap;
    sc_strmap *by_id;     /* id -> index + 1 */
    int *order;           /* topological: parents first; ties by create date, id */
    int *pos;             /* pos[i]: place of revision i in order */
    bool built;
} sc_graph;

void sc_graph_init(sc_graph *g);
void sc_graph_free(sc_graph *g);
/* Adds a parsed revision (moved into the graph; *r is zeroed). */
void sc_graph_add(sc_graph *g, sc_rev *r);
/* Reads every *.sql file of dir (sorted by name). Files that fail to parse
 * are reported and skipped; then builds. Returns 0, or -1 with errors; g
 * must be freed either way (error locations point into its files). */
int sc_graph_load(sc_graph *g, const char *dir, sc_diags *d);
/* Links parents and children and orders the graph: duplicate ids, missing
 * parents and cycles are SC_ERR_INPUT errors naming the files. */
int sc_graph_build(sc_graph *g, sc_diags *d);

int sc_graph_find(const sc_graph *g, const char *id);   /* exact id: index or -1 */
/* A unique prefix of an id -> index; -1 with an error listing the
 * candidates (ambiguous) or saying that none matches. */
int sc_graph_lookup(const sc_graph *g, const char *prefix, sc_diags *d);

/* Heads (no children), in order; returns the count; out holds g->n. */
size_t sc_graph_heads(const sc_graph *g, int *out);
/* Marks rev and all its ancestors of the given revisions in set (not cleared first). */
void sc_graph_ancestors(const sc_graph *g, const int *revs, size_t n, bool *set);

/* Heads recorded in a database as ids -> indices; unknown ids are an error
 * ("the database is at revision X, which is not in the versions folder"). */
int sc_graph_resolve_heads(const sc_graph *g, char *const *ids, size_t n, int *out, sc_diags *d);

/* Targets. `goal` (upgrade): the set the database should have applied.
 * Accepts head, heads, base, a revision prefix, +N. */
int sc_graph_upgrade_goal(const sc_graph *g, const int *heads, size_t nheads,
                          const char *target, bool *goal, sc_diags *d);
/* `revert` (downgrade): the set to take away. Accepts base, -N, a revision prefix. */
int sc_graph_downgrade_set(const sc_graph *g, const int *heads, size_t nheads,
                           const char *target, bool *revert, sc_diags *d);

/* `history -r START:END` (Alembic's syntax; see range.c): set[i] is true for
 * the revisions shown. current: the database's heads (for "current"; may be
 * empty). Errors (a bad range, an unknown or ambiguous revision) are
 * SC_ERR_USAGE. */
int sc_graph_range(const sc_graph *g, const char *range, const int *current, size_t ncurrent,
                   bool *set, sc_diags *d);

/* The next revision to apply (upgrade: first in order in goal and not
 * applied) or to revert (downgrade: last in order in revert and applied);
 * -1 when done. */
int sc_graph_next(const sc_graph *g, const int *heads, size_t nheads, const bool *set, bool down);
/* Updates heads (capacity g->n) for applying (down=false) or reverting r;
 * removed/added receive the version rows to delete and insert. */
void sc_graph_step(const sc_graph *g, int *heads, size_t *nheads, int r, bool down,
                   int *removed, size_t *nremoved, int *added, size_t *nadded);

#endif
