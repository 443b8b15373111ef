/* build_view.c - views and materialized views from what the grammar saw.
 *
 * What SQL itself refuses in one CREATE VIEW (an option a materialized view
 * does not take, `with no data` on a plain view, an index on a plain view,
 * an option written twice) is reported here, where it is written, and left
 * out of the model; what needs the whole model (names taken by tables,
 * unknown columns of indexes and comments) is validation's (validate.c),
 * which checks JSON input the same way. */
#include <stdlib.h>
#include <string.h>

#include "model/sqllines.h"
#include "parser/pstate.h"

static const char *const view_opt_names[] = {"security_barrier", "security_invoker"};

static const char *kind_word(const sc_view *v)
{
    return v->materialized ? "materialized view" : "view";
}

void sc_pb_view_begin(sc_pstate *ps, bool materialized, const sc_qn *qn)
{
    const char *schema = sc_pb_schema_of(ps, qn);
    sc_view *v = sc_model_add_view(ps->m, schema, qn->name);
    if (!v) {
        const sc_view *first = sc_model_view(ps->m, schema, qn->name);
        sc_pb_error(ps, qn->span, "duplicate view \"%s\"", qn->name);
        sc_pb_note_first(ps, first->loc);
        /* Parse on into a stand-in so that later errors still show. */
        v = sc_arena_alloc(ps->m->arena, sizeof *v);
        v->schema = schema;
        v->name = qn->name;
    }
    if (strcmp(schema, SC_DEFAULT_SCHEMA) != 0)
        sc_model_add_schema(ps->m, schema);
    v->materialized = materialized;
    v->loc = sc_pb_loc(ps, qn->span);
    v->block_schema = ps->block;
    ps->view = v;
    ps->table = NULL;
    memset(ps->view_opt, 0, sizeof ps->view_opt);
    memset(&ps->view_check, 0, sizeof ps->view_check);
    memset(&ps->view_data, 0, sizeof ps->view_data);
}

void sc_pb_view_end(sc_pstate *ps)
{
    ps->view = NULL;
}

void sc_pb_view_columns(sc_pstate *ps, sc_namelist *cols)
{
    sc_view *v = ps->view;
    v->column_list = sc_pb_take_names(ps, cols, &v->column_list_locs);
}

void sc_pb_view_option(sc_pstate *ps, const char *name, sc_span s)
{
    sc_view *v = ps->view;
    size_t k = 0;
    while (k < 2 && strcmp(name, view_opt_names[k]) != 0)
        k++;
    if (k == 2) {
        sc_diag *dg = sc_pb_error(ps, s, "unknown view option \"%s\"", name);
        sc_diag_hint(dg, "a view takes security_barrier and security_invoker");
        return;
    }
    if (v->materialized) {
        sc_pb_error(ps, s, "%s is not an option of a materialized view (\"%s\")", name, v->name);
        return;
    }
    if (ps->view_opt[k].end) {
        sc_pb_error(ps, s, "view option %s given twice in view \"%s\"", name, v->name);
        return;
    }
    ps->view_opt[k] = s;
    if (k == 0)
        v->security_barrier = true;
    else
        v->security_invoker = true;
}

static bool blank(char c)
{
    return c == ' ' || c == '\t';
}

/* A query written from the line after its "(" is indented as a block:
 *     view v as (
 *       select ...
 *         from ...
 *     )
 * The block's indentation (that of its least indented line) is not part of
 * the query: taken off every line, outside strings, so that what the DSL
 * writer indents reads back as it was. */
static const char *dedent(sc_pstate *ps, sc_span open, const char *q)
{
    const char *t = ps->src->text;
    uint32_t i = open.end;
    while (i < ps->src->len && blank(t[i]))
        i++;
    if (i >= ps->src->len || (t[i] != '\n' && t[i] != '\r'))
        return q;   /* the query starts on the "(" line: verbatim */
    while (i < ps->src->len && (blank(t[i]) || t[i] == '\n' || t[i] == '\r'))
        i++;
    uint32_t line = i;
    while (line > open.end && t[line - 1] != '\n')
        line--;
    size_t min = i - line;   /* the first line's indentation */
    size_t n = strlen(q), nl;
    size_t *lines = sc_sql_line_starts(q, n, &nl);
    for (size_t l = 1; l < nl; l++) {
        size_t p = lines[l], k = 0;
        while (p + k < n && blank(q[p + k]))
            k++;
        if (p + k < n && q[p + k] != '\n' && q[p + k] != '\r' && k < min)
            min = k;
    }
    if (!min) {
        free(lines);
        return q;
    }
    char *r = sc_arena_alloc(ps->m->arena, n + 1);
    size_t w = 0, from = 0;
    for (size_t l = 1;; l++) {
        size_t p = l < nl ? lines[l] : n;
        memcpy(r + w, q + from, p - from);
        w += p - from;
        if (p >= n)
            break;
        size_t k = 0;
        while (k < min && p + k < n && blank(q[p + k]))
            k++;
        from = p + k;
    }
    free(lines);
    r[w] = '\0';
    return r;
}

void sc_pb_view_query(sc_pstate *ps, sc_span open, sc_span close)
{
    sc_view *v = ps->view;
    v->query = dedent(ps, open, sc_pb_inner(ps, open, close));
    sc_span inner = {open.end, close.start};
    v->query_loc = sc_pb_loc(ps, inner);
    v->query_loc.len = close.start - open.end;   /* may be 0: an empty query */
    if (!v->query[0]) {
        sc_span both = {open.start, close.end};
        sc_pb_error(ps, both, "the query of %s \"%s\" is empty", kind_word(v), v->name);
    }
}

void sc_pb_view_check(sc_pstate *ps, sc_check_option opt, sc_span s)
{
    sc_view *v = ps->view;
    if (v->materialized) {
        sc_diag *dg = sc_pb_error(ps, s, "a materialized view has no check option (\"%s\")", v->name);
        sc_diag_hint(dg, "WITH CHECK OPTION is for views that rows are written through");
        return;
    }
    if (ps->view_check.end) {
        sc_pb_error(ps, s, "check option given twice in view \"%s\"", v->name);
        return;
    }
    ps->view_check = s;
    v->check_option = opt;
}

void sc_pb_view_data(sc_pstate *ps, bool no_data, sc_span s)
{
    sc_view *v = ps->view;
    if (!v->materialized) {
        sc_diag *dg = sc_pb_error(ps, s, "with %sdata is for materialized views; \"%s\" is a view",
                                  no_data ? "no " : "", v->name);
        sc_diag_hint(dg, "write `materialized view %s`, or leave the clause out", v->name);
        return;
    }
    if (ps->view_data.end) {
        sc_pb_error(ps, s, "with [no] data given twice in materialized view \"%s\"", v->name);
        return;
    }
    ps->view_data = s;
    v->with_no_data = no_data;
}

void sc_pb_view_comment(sc_pstate *ps, const char *comment)
{
    ps->view->comment = comment;
}

void sc_pb_view_renamed(sc_pstate *ps, const char *old)
{
    ps->view->renamed_from = old;
}

void sc_pb_view_column(sc_pstate *ps, const char *name, sc_span s, const char *comment)
{
    sc_view *v = ps->view;
    sc_view_column *c = sc_view_add_column(ps->m, v, name);
    if (!c) {
        sc_pb_error(ps, s, "column \"%s\" of %s \"%s\" is described twice", name, kind_word(v), v->name);
        sc_pb_note_first(ps, sc_view_column_named(v, name)->loc);
        return;
    }
    c->comment = comment;
    c->loc = sc_pb_loc(ps, s);
}

void sc_pb_view_index(sc_pstate *ps, sc_index *ix)
{
    sc_view *v = ps->view;
    if (!v->materialized) {
        sc_span s = {ix->loc.off, ix->loc.off + ix->loc.len};
        sc_diag *dg = sc_pb_error(ps, s, "index on view \"%s\": only a materialized view has indexes",
                                  v->name);
        sc_diag_hint(dg, "write `materialized view %s`, or index the tables it reads", v->name);
        return;
    }
    sc_vec_push(ps->m->arena, &v->indexes, ix);
}
