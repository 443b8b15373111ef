/* test_enum_add_down.c - an enum that only gains values (ADD VALUE up, a
 * rebuild down): when the down script is the diff the other way round
 * (reverse.c) the up plan carries no views for it; when the plan renames,
 * the down script is the inverse, and everything that reads the enum goes
 * around the rebuild: views (diff_view.c's enum_readers, in creation order)
 * and checks (the mechanism of any rebuilt enum). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff_fixture.h"
#include "diff/plan.h"

/* v_moods reads people.mood; v_count reads v_moods (written first, so
 * that creation order is not model order). */
#define READERS                                                                        \
    "view v_count as (select mood, count(*) as n from v_moods group by mood)\n"       \
    "view v_moods as (select id, mood from people)\n"

static const sc_op *enum_op(const sc_plan *p)
{
    for (size_t i = 0; i < p->nup; i++)
        if (p->up[i]->kind == SC_OP_ALTER_ENUM)
            return p->up[i];
    fail_msg("no ALTER_ENUM op");
    return NULL;
}

static void test_reverse_plan_needs_no_readers(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "enum mood { 'sad', 'ok' }\n"
            "table people { id integer primary key\n mood mood\n check ck_mood (mood <> 'sad'::mood) }\n" READERS,
            "enum mood { 'sad', 'ok', 'happy' }\n"
            "table people { id integer primary key\n mood mood\n check ck_mood (mood <> 'sad'::mood) }\n" READERS);
    assert_non_null(f.plan->reverse);
    assert_int_equal(enum_op(f.plan)->nreaders, 0);
    assert_contains(f.up, "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';");
    assert_null(strstr(f.up, "DROP CONSTRAINT"));   /* no rename: the up script adds the value alone */
    assert_before(f.down, "DROP VIEW v_count;", "ALTER TYPE mood RENAME TO mood_old;");
    done(&f);
}

static void test_rename_takes_dependents_around(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "enum mood { 'sad', 'ok' }\n"
            "table people { id integer primary key\n mood mood\n nick text\n"
            " check ck_mood (mood <> 'sad'::mood) }\n" READERS,
            "enum mood { 'sad', 'ok', 'happy' }\n"
            "table people { id integer primary key\n mood mood\n alias text renamed from nick\n"
            " check ck_mood (mood <> 'sad'::mood) }\n" READERS);
    assert_null(f.plan->reverse);
    const sc_op *e = enum_op(f.plan);
    assert_int_equal(e->nreaders, 2);
    assert_string_equal(e->readers[0]->name, "v_moods");   /* creation order */
    assert_string_equal(e->readers[1]->name, "v_count");
    /* views: around the rebuild in the down script only */
    assert_null(strstr(f.up, "DROP VIEW"));
    assert_before(f.down, "DROP VIEW v_count;", "DROP VIEW v_moods;");
    assert_before(f.down, "DROP VIEW v_moods;", "ALTER TYPE mood RENAME TO mood_old;");
    assert_before(f.down, "DROP TYPE mood_old;", "CREATE VIEW v_moods AS");
    assert_before(f.down, "CREATE VIEW v_moods AS", "CREATE VIEW v_count AS");
    /* the check: around ADD VALUE up, so around the rebuild down */
    assert_before(f.up, "DROP CONSTRAINT ck_mood;", "ADD VALUE IF NOT EXISTS 'happy'");
    assert_before(f.up, "ADD VALUE IF NOT EXISTS 'happy'", "ADD CONSTRAINT ck_mood");
    assert_before(f.down, "DROP CONSTRAINT ck_mood;", "ALTER TYPE mood RENAME TO mood_old;");
    assert_before(f.down, "DROP TYPE mood_old;", "ADD CONSTRAINT ck_mood");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reverse_plan_needs_no_readers),
        cmocka_unit_test(test_rename_takes_dependents_around),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
