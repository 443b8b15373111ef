/* build_partition.c - `partition by`, `partition of` and `inherits` clauses
 * of a table (issue 12 items 4-5). Parents named without a schema are
 * resolved by validation (the block's schema, then public), as foreign keys'
 * targets are. */
#include <string.h>

#include "parser/pstate.h"

void sc_pb_partition_by(sc_pstate *ps, const char *strategy, const char *key, sc_span s)
{
    sc_table *t = ps->table;
    if (!t)
        return;
    static const char *const kinds[] = {"range", "list", "hash"};
    const char *up = NULL;
    for (size_t i = 0; i < 3; i++)
        if (!strcmp(strategy, kinds[i]))
            up = i == 0 ? "RANGE" : i == 1 ? "LIST" : "HASH";
    if (!up) {
        sc_pb_error(ps, s, "unknown partitioning strategy \"%s\" (range, list or hash)", strategy);
        return;
    }
    if (t->partition_key) {
        sc_pb_error(ps, s, "`partition by` given twice in table \"%s\"", t->name);
        return;
    }
    size_t n = strlen(up) + strlen(key) + 4;
    char *k = sc_arena_alloc(ps->m->arena, n);
    strcpy(k, up);
    strcat(k, " (");
    strcat(k, key);
    strcat(k, ")");
    t->partition_key = k;
    if (!t->partition_loc.src)
        t->partition_loc = sc_pb_loc(ps, s);
}

void sc_pb_partition_of(sc_pstate *ps, const sc_qn *parent, const char *bound, sc_span s)
{
    sc_table *t = ps->table;
    if (!t)
        return;
    if (t->parent_name) {
        sc_pb_error(ps, s, "`partition of` given twice in table \"%s\"", t->name);
        return;
    }
    t->parent_schema = parent->schema;   /* NULL: resolved by validation */
    t->parent_name = parent->name;
    t->partition_bound = bound;
    t->partition_loc = sc_pb_loc(ps, s);
}

void sc_pb_inherits(sc_pstate *ps, const sc_qn *parent)
{
    sc_table *t = ps->table;
    if (!t)
        return;
    sc_table_add_inherits(ps->m, t, parent->schema, parent->name);
    /* unqualified: validation resolves it (sc_table_add_inherits wrote public) */
    if (!parent->schema)
        t->inherits_schemas.items[t->inherits_schemas.n - 1] = NULL;
    if (!t->partition_loc.src)
        t->partition_loc = sc_pb_loc(ps, parent->span);
}

const char *sc_pb_bound(sc_pstate *ps, const char *kind, const char *a, const char *b)
{
    size_t n = strlen(kind) + strlen(a) + (b ? strlen(b) : 0) + 32;
    char *r = sc_arena_alloc(ps->m->arena, n);
    strcpy(r, "FOR VALUES ");
    strcat(r, kind);
    strcat(r, " (");
    strcat(r, a);
    strcat(r, ")");
    if (b) {
        strcat(r, " TO (");
        strcat(r, b);
        strcat(r, ")");
    }
    return r;
}

/* privs3: `c with options [not null] [default V]`, a parent's column with
 * options of its own (sc_column_more.with_options); its type is the parent
 * column's, set by validation (src/model/inherit_options.c), "text"
 * meanwhile. */
void sc_pb_column_with_options(sc_pstate *ps, const char *name, sc_span name_span, const char *word,
                               sc_span word_span)
{
    sc_table *t = ps->table;
    if (strcmp(word, "options"))
        sc_pb_error(ps, word_span, "expected `options` after `with` in column \"%s\" (`%s with options ...`: "
                    "a parent's column with a default or NOT NULL of its own)", name, name);
    sc_column *c = sc_table_add_column_kept(ps->m, t, name);   /* the scanner's string */
    if (!c) {
        sc_pb_error(ps, name_span, "duplicate column \"%s\" in table \"%s\"", name, t->name);
        c = sc_arena_alloc(ps->m->arena, sizeof *c);
        memset(c, 0, sizeof *c);
        c->name = name;
    }
    c->loc = sc_pb_loc(ps, name_span);
    c->type.name = "text";
    sc_column_set_with_options(ps->m->arena, c, true);
    ps->col = c;
}
