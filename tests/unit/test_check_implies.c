/* test_check_implies.c - sc_check_implies: a check that only relaxes
 * another is recognised, and anything it cannot read is "not implied" (the
 * hazard stays). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "diff/plan.h"

static void test_relaxed(void **state)
{
    (void)state;
    assert_true(sc_check_implies("(VALUE > 0)", "(VALUE >= 0)"));
    assert_true(sc_check_implies("VALUE > 5", "VALUE > 0"));
    assert_true(sc_check_implies("(VALUE >= 1) AND (VALUE <= 10)", "VALUE <= 10"));
    assert_true(sc_check_implies("VALUE = 3", "VALUE <> 4"));
    assert_true(sc_check_implies("0 < VALUE", "VALUE >= 0"));
    assert_true(sc_check_implies("(VALUE > (0)::numeric)", "(VALUE >= (0)::numeric)"));
    assert_true(sc_check_implies("(length(VALUE) > 0)", "length(VALUE) > 0"));
    assert_true(sc_check_implies("VALUE > -2", "VALUE > -3"));
}

static void test_not_relaxed(void **state)
{
    (void)state;
    assert_false(sc_check_implies("(VALUE >= 0)", "(VALUE > 0)"));
    assert_false(sc_check_implies("VALUE < 1000", "VALUE > 0"));
    assert_false(sc_check_implies("VALUE <= 10", "(VALUE >= 1) AND (VALUE <= 10)"));
    /* NOT binds looser than >: no bound of "not value" */
    assert_false(sc_check_implies("NOT VALUE > 0", "NOT VALUE >= 0"));
    /* BETWEEN's AND is no conjunction */
    assert_false(sc_check_implies("VALUE BETWEEN 1 AND 10", "VALUE BETWEEN 1 AND 20"));
    assert_false(sc_check_implies("VALUE > 0 OR VALUE < -5", "VALUE > 0"));
    assert_false(sc_check_implies("(VALUE > 0", "VALUE > 0"));
    assert_false(sc_check_implies(NULL, "VALUE > 0"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relaxed),
        cmocka_unit_test(test_not_relaxed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
