/* diff_fixture.h - two DSL texts diffed, the plan emitted both ways, and
 * assertions on the SQL, for the diff unit tests (include after <cmocka.h>). */
#ifndef SC_TEST_DIFF_FIXTURE_H
#define SC_TEST_DIFF_FIXTURE_H

#include "diff/diff.h"
#include "dsl_fixture.h"
#include "emit/migration.h"

#define DIFF_FIX_UNUSED __attribute__((unused))

typedef struct fixture {
    sc_model *from, *to;
    sc_plan *plan;
    sc_diags d;
    char *up, *down, *summary;
} fixture;

static DIFF_FIX_UNUSED void diff_as(fixture *f, const char *from, const char *to, sc_dialect dia)
{
    f->from = dsl(from);
    f->to = dsl(to);
    sc_diags_init(&f->d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, dia);
    f->plan = sc_diff(f->from, f->to, &o, &f->d);
    assert_non_null(f->plan);
    f->up = sc_emit_plan(f->plan, dia, false, &f->d);
    f->down = sc_emit_plan(f->plan, dia, true, &f->d);
    f->summary = sc_plan_summary(f->plan);
    assert_non_null(f->up);
    assert_non_null(f->down);
}

static DIFF_FIX_UNUSED void diff_pg(fixture *f, const char *from, const char *to)
{
    diff_as(f, from, to, SC_DIALECT_POSTGRESQL);
}

static DIFF_FIX_UNUSED void done(fixture *f)
{
    free(f->up);
    free(f->down);
    free(f->summary);
    sc_plan_free(f->plan);
    sc_model_free(f->from);
    sc_model_free(f->to);
    sc_diags_free(&f->d);
}

static DIFF_FIX_UNUSED long pos(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    return p ? (long)(p - hay) : -1;
}

static DIFF_FIX_UNUSED void assert_contains(const char *hay, const char *needle)
{
    if (pos(hay, needle) < 0)
        fail_msg("expected to find\n  %s\nin\n%s", needle, hay);
}

static DIFF_FIX_UNUSED void assert_before(const char *hay, const char *a, const char *b)
{
    long pa = pos(hay, a), pb = pos(hay, b);
    if (pa < 0 || pb < 0 || pa >= pb)
        fail_msg("expected\n  %s\nbefore\n  %s\nin\n%s", a, b, hay);
}

/* The PostgreSQL migration (down: its inverse) from one DSL text to
 * another, a heap string. With nerrors the emitter's errors are counted
 * there and the SQL may be NULL; without, it must be there. */
static DIFF_FIX_UNUSED char *plan_sql(const char *from, const char *to, bool down, size_t *nerrors)
{
    sc_model *a = dsl(from), *b = dsl(to);
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(a, b, &o, &d);
    assert_non_null(p);
    char *sql = sc_emit_plan(p, SC_DIALECT_POSTGRESQL, down, &d);
    if (nerrors)
        *nerrors = d.nerrors;
    else
        assert_non_null(sql);
    sc_plan_free(p);
    sc_diags_free(&d);
    sc_model_free(a);
    sc_model_free(b);
    return sql;
}

#endif
