/* column.c - the rarely set fields of a column (sc_column_more) and where
 * its type is written.
 *
 * A model holds a column struct per column of every table: 60,000 at 5,000
 * tables, on each side of a diff. Collations, comments, rename hints and
 * identity options are rare, so they live in a struct of their own that
 * most columns do not have; the type's location, which every DSL column has,
 * is two bytes relative to the name's. */
#include <string.h>

#include "model/model.h"

/* A copy of c's sc_column_more (zeroed when it has none) that c now
 * points at: the old one may be shared with a copy of c. */
static sc_column_more *edit(sc_arena *a, sc_column *c)
{
    sc_column_more *m = sc_arena_alloc(a, sizeof *m);
    if (c->more)
        *m = *c->more;
    c->more = m;
    return m;
}

void sc_column_set_collation(sc_arena *a, sc_column *c, const char *collation)
{
    if (collation || sc_column_collation(c))
        edit(a, c)->collation = collation;
}

void sc_column_set_comment(sc_arena *a, sc_column *c, const char *comment)
{
    if (comment || sc_column_comment(c))
        edit(a, c)->comment = comment;
}

void sc_column_set_renamed_from(sc_arena *a, sc_column *c, const char *renamed_from)
{
    if (renamed_from || sc_column_renamed_from(c))
        edit(a, c)->renamed_from = renamed_from;
}

void sc_column_set_identity_opts(sc_arena *a, sc_column *c, const sc_identity_opts *o)
{
    if (o || sc_column_identity_opts(c))
        edit(a, c)->identity_opts = o;
}

void sc_column_set_with_options(sc_arena *a, sc_column *c, bool with_options)
{
    if (with_options || sc_column_with_options(c))
        edit(a, c)->with_options = with_options;
}

void sc_column_set_statistics(sc_arena *a, sc_column *c, int statistics)
{
    if (statistics < 0 && sc_column_statistics(c) < 0)
        return;
    sc_column_more *m = edit(a, c);
    m->has_statistics = statistics >= 0;
    m->statistics = (short)(statistics < 0 ? 0 : statistics);
}

void sc_column_set_options(sc_arena *a, sc_column *c, sc_names options)
{
    if (options.n || sc_column_options(c)->n)
        edit(a, c)->options = options;
}

static bool is_number(const char *v)
{
    if (*v == '-')
        v++;
    size_t digits = strspn(v, "0123456789");
    v += digits;
    if (*v == '.') {
        size_t frac = strspn(v + 1, "0123456789");
        if (!digits && !frac)
            return false;
        v += 1 + frac;
    } else if (!digits) {
        return false;
    }
    if (*v == 'e') {
        v += 1 + (v[1] == '+' || v[1] == '-');
        size_t exp = strspn(v, "0123456789");
        if (!exp)
            return false;
        v += exp;
    }
    return !*v;
}

const char *sc_column_options_problem(const sc_names *o, size_t *bad)
{
    for (size_t i = 0; i < o->n; i++) {
        const char *it = o->items[i];
        size_t kl = strcspn(it, "=");
        *bad = i;
        if (!((kl == 10 && !strncmp(it, "n_distinct", kl)) || (kl == 20 && !strncmp(it, "n_distinct_inherited", kl))))
            return "unknown column option: a column takes n_distinct and n_distinct_inherited";
        if (!it[kl] || !is_number(it + kl + 1))
            return "a column option's value is a number";
        for (size_t j = 0; j < i; j++)
            if (!strncmp(o->items[j], it, kl + 1))
                return "column option given twice";
    }
    return NULL;
}

void sc_column_set_type_loc(sc_arena *a, sc_column *c, sc_loc t)
{
    size_t name_end = (size_t)c->loc.off + c->loc.len;
    if (t.src && t.src == c->loc.src && t.off >= name_end && t.off - name_end <= 255 && t.len >= 1 &&
        t.len <= 255) {
        c->type_gap = (unsigned char)(t.off - name_end);
        c->type_len = (unsigned char)t.len;
        if (c->more && c->more->type_loc.src)
            edit(a, c)->type_loc = (sc_loc){0};
        return;
    }
    c->type_gap = c->type_len = 0;
    if (t.src || (c->more && c->more->type_loc.src))
        edit(a, c)->type_loc = t;
}

sc_loc sc_column_type_loc(const sc_column *c)
{
    if (c->type_len)
        return (sc_loc){c->loc.src, c->loc.off + c->loc.len + c->type_gap, c->type_len};
    return c->more ? c->more->type_loc : (sc_loc){0};
}
