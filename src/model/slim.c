/* slim.c - the rarely set fields of constraints, indexes and index
 * elements (sc_constraint_more, sc_index_more, sc_index_elem_more).
 *
 * A model of 5,000 tables holds about 20,000 constraints, 15,000 indexes
 * and 15,000 index elements, on each side of a diff. Comments, a key's
 * index options and tablespace, exclusion constraints, storage parameters,
 * collations and operator classes are rare, so they live in structs of
 * their own that most objects do not have (as column.c does for columns).
 * A setter copies the side struct before changing it: objects copied
 * between models (a struct assignment) share theirs. */
#include "model/model.h"

const sc_names sc_no_names = {NULL, 0};

/* ---- constraints ---- */

static sc_constraint_more *con_edit(sc_arena *a, sc_constraint *k)
{
    sc_constraint_more *m = sc_arena_alloc(a, sizeof *m);
    if (k->more)
        *m = *k->more;
    k->more = m;
    return m;
}

void sc_constraint_set_comment(sc_arena *a, sc_constraint *k, const char *comment)
{
    if (comment || sc_constraint_comment(k))
        con_edit(a, k)->comment = comment;
}

void sc_constraint_set_index_options(sc_arena *a, sc_constraint *k, sc_names options)
{
    if (options.n || sc_constraint_index_options(k)->n)
        con_edit(a, k)->index_options = options;
}

void sc_constraint_set_index_tablespace(sc_arena *a, sc_constraint *k, const char *tablespace)
{
    if (tablespace || sc_constraint_index_tablespace(k))
        con_edit(a, k)->index_tablespace = tablespace;
}

void sc_constraint_set_exclusion(sc_arena *a, sc_constraint *k, const sc_index *exclusion)
{
    if (exclusion || sc_constraint_exclusion(k))
        con_edit(a, k)->exclusion = exclusion;
}

void sc_constraint_set_ref_index(sc_arena *a, sc_constraint *k, const char *ref_index)
{
    if (ref_index || sc_constraint_ref_index(k))
        con_edit(a, k)->ref_index = ref_index;
}

void sc_constraint_set_clustered(sc_arena *a, sc_constraint *k, bool clustered)
{
    if (clustered || sc_constraint_clustered(k))
        con_edit(a, k)->clustered = clustered;
}

/* ---- index elements ---- */

static sc_index_elem_more *elem_edit(sc_arena *a, sc_index_elem *e)
{
    sc_index_elem_more *m = sc_arena_alloc(a, sizeof *m);
    if (e->more)
        *m = *e->more;
    e->more = m;
    return m;
}

void sc_index_elem_set_collation(sc_arena *a, sc_index_elem *e, const char *collation)
{
    if (collation || sc_index_elem_collation(e))
        elem_edit(a, e)->collation = collation;
}

void sc_index_elem_set_opclass(sc_arena *a, sc_index_elem *e, const char *opclass)
{
    if (opclass || sc_index_elem_opclass(e))
        elem_edit(a, e)->opclass = opclass;
}

void sc_index_elem_set_opclass_params(sc_arena *a, sc_index_elem *e, sc_names params)
{
    if (params.n || sc_index_elem_opclass_params(e)->n)
        elem_edit(a, e)->opclass_params = params;
}

void sc_index_elem_set_op(sc_arena *a, sc_index_elem *e, const char *op)
{
    if (op || sc_index_elem_op(e))
        elem_edit(a, e)->op = op;
}

/* ---- indexes ---- */

static sc_index_more *index_edit(sc_arena *a, sc_index *ix)
{
    sc_index_more *m = sc_arena_alloc(a, sizeof *m);
    if (ix->more)
        *m = *ix->more;
    ix->more = m;
    return m;
}

void sc_index_set_comment(sc_arena *a, sc_index *ix, const char *comment)
{
    if (comment || sc_index_comment(ix))
        index_edit(a, ix)->comment = comment;
}

void sc_index_set_options(sc_arena *a, sc_index *ix, sc_names options)
{
    if (options.n || sc_index_options(ix)->n)
        index_edit(a, ix)->options = options;
}

void sc_index_set_tablespace(sc_arena *a, sc_index *ix, const char *tablespace)
{
    if (tablespace || sc_index_tablespace(ix))
        index_edit(a, ix)->tablespace = tablespace;
}

void sc_index_set_sqlite_sql(sc_arena *a, sc_index *ix, const char *sqlite_sql)
{
    if (sqlite_sql || sc_index_sqlite_sql(ix))
        index_edit(a, ix)->sqlite_sql = sqlite_sql;
}

void sc_index_set_include_locs(sc_arena *a, sc_index *ix, sc_loc *include_locs)
{
    if (include_locs || sc_index_include_locs(ix))
        index_edit(a, ix)->include_locs = include_locs;
}

void sc_index_set_clustered(sc_arena *a, sc_index *ix, bool clustered)
{
    if (clustered || sc_index_clustered(ix))
        index_edit(a, ix)->clustered = clustered;
}

/* ---- tables ---- */

static sc_table_more *table_edit(sc_arena *a, sc_table *t)
{
    sc_table_more *m = sc_arena_alloc(a, sizeof *m);
    if (t->more)
        *m = *t->more;
    t->more = m;
    return m;
}

void sc_table_set_sqlite_sql(sc_arena *a, sc_table *t, const char *sqlite_sql)
{
    if (sqlite_sql || sc_table_sqlite_sql(t))
        table_edit(a, t)->sqlite_sql = sqlite_sql;
}

void sc_table_set_copies(sc_arena *a, sc_table *t, sc_names copies)
{
    sc_table_more *m = table_edit(a, t);
    m->copies = copies;
    m->copies_read = true;
}

void sc_table_set_options(sc_arena *a, sc_table *t, sc_names options)
{
    if (options.n || sc_table_options(t)->n)
        table_edit(a, t)->options = options;
}

void sc_table_set_replica_identity(sc_arena *a, sc_table *t, char kind, const char *index, sc_loc loc)
{
    if (kind == 'd')
        kind = 0;
    if (kind || sc_table_replica_identity(t) != 'd' || sc_table_replica_index(t)) {
        sc_table_more *m = table_edit(a, t);
        m->replica_identity = kind;
        m->replica_index = kind == 'i' ? index : NULL;
        m->replica_loc = loc;
    }
}

const char *sc_table_cluster_index(const sc_table *t)
{
    for (size_t i = 0; i < t->indexes.n; i++) {
        const sc_index *ix = SC_VEC_AT(t->indexes, i, sc_index);
        if (sc_index_clustered(ix))
            return ix->name;
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (sc_constraint_clustered(k))
            return k->name;
    }
    return NULL;
}
