/* test_view_shape.c - what in a view's query another column of a table it
 * reads could change (view_shape.c): `*`, NATURAL JOIN and whole-row
 * references make it wide; every name the query writes is recorded,
 * case-folded, constants are not; a query that does not parse is wide. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "inspect/pg_internal.h"

static bool wide(const char *q)
{
    sc_view_shape s;
    sc_view_shape_of(q, &s);
    bool w = s.wide;
    sc_view_shape_free(&s);
    return w;
}

static void test_wide(void **state)
{
    (void)state;
    assert_true(wide("select * from t"));
    assert_true(wide("select c.*, 1 from t c"));
    assert_true(wide("select a.id from a natural join b"));
    assert_true(wide("select c from t c"));                       /* a whole row */
    assert_true(wide("select row_to_json(c) from t c"));
    assert_true(wide("select code(t) from t"));                   /* c.code, functionally */
    assert_true(wide("select from where"));                       /* does not parse */
    assert_true(wide(NULL));
    /* not wide: a product, count(*), a join on a condition, USING */
    assert_false(wide("select c.amount * 2 as doubled from t c"));
    assert_false(wide("select status, count(*) from t group by status"));
    assert_false(wide("select a.id from a join b on b.id = a.id"));
    assert_false(wide("select id from a join b using (id)"));
}

static void test_names(void **state)
{
    (void)state;
    sc_view_shape s;
    sc_view_shape_of("select n.id from n where exists (select 1 from c where c.id = n.id and Note = 'x')"
                     " and \"Mixed\" > 0 order by \"DoneAt\"",
                     &s);
    assert_false(s.wide);
    assert_true(sc_view_shape_names(&s, "note"));
    assert_true(sc_view_shape_names(&s, "Note"));     /* case-folded both ways */
    assert_true(sc_view_shape_names(&s, "mixed"));
    assert_true(sc_view_shape_names(&s, "DoneAt"));
    assert_true(sc_view_shape_names(&s, "n"));
    assert_true(sc_view_shape_names(&s, "c"));
    assert_true(sc_view_shape_names(&s, "id"));
    assert_false(sc_view_shape_names(&s, "x"));       /* a constant */
    assert_false(sc_view_shape_names(&s, "code"));
    sc_view_shape_free(&s);

    sc_view_shape_of("select t.id as total from app.orders t group by total", &s);
    assert_false(s.wide);
    assert_true(sc_view_shape_names(&s, "total"));   /* an output name GROUP BY may mean */
    assert_true(sc_view_shape_names(&s, "orders"));
    assert_false(sc_view_shape_names(&s, "amount"));
    sc_view_shape_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wide),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
