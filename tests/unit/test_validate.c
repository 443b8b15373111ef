/* test_validate.c - semantic checks: each error's message, location and
 * hint, and what validation fills in (user types, FK targets). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "parser/parser.h"

typedef struct res {
    sc_model *m;
    sc_diags d;
    int rc;
} res;

static res run(const char *text)
{
    res r;
    r.m = sc_model_new();
    sc_diags_init(&r.d);
    r.rc = sc_parse_text(r.m, "v.sch", text, strlen(text), &r.d);
    if (r.rc == 0)
        r.rc = sc_model_finish(r.m, &r.d);
    return r;
}

static void done(res *r)
{
    sc_diags_free(&r->d);
    sc_model_free(r->m);
}

/* The error count, and the message / line:col / hint of error i. */
static void expect(const res *r, size_t i, const char *msg, int line, int col, const char *hint)
{
    if (i >= r->d.n)
        fail_msg("no diagnostic %zu (have %zu)", i, r->d.n);
    const sc_diag *dg = &r->d.items[i];
    assert_string_equal(dg->msg, msg);
    int l, c;
    sc_loc_linecol(dg->loc.src, dg->loc.off, &l, &c);
    assert_int_equal(l, line);
    assert_int_equal(c, col);
    if (hint)
        assert_string_equal(dg->hint, hint);
    else
        assert_null(dg->hint);
}

static void test_ok_fills_in(void **state)
{
    (void)state;
    res r = run("enum app.mood { 'a' }\n"
                "table app.t { id int primary key\n m mood }\n"
                "table u { tid int references app.t }\n");
    assert_int_equal(r.rc, -1);   /* mood is not visible from app.t outside a block */
    expect(&r, 0, "unknown type \"mood\"", 3, 4, "did you mean \"app.mood\"?");
    done(&r);

    r = run("schema app { enum mood { 'a' }\n table t { id int primary key\n m mood } }\n"
            "table u { tid int references app.t }\n");
    assert_int_equal(r.rc, 0);
    sc_table *t = sc_model_table(r.m, "app", "t");
    assert_true(sc_table_column(t, "m")->type.is_user);
    assert_string_equal(sc_table_column(t, "m")->type.schema, "app");
    sc_constraint *fk = SC_VEC_AT(sc_model_table(r.m, "public", "u")->constraints, 0, sc_constraint);
    assert_int_equal(fk->ref_columns.n, 1);
    assert_string_equal(fk->ref_columns.items[0], "id");
    done(&r);
}

static void test_columns(void **state)
{
    (void)state;
    res r = run("table users {\n"
                "  id bigint\n"
                "  email text\n"
                "  primary key (idd)\n"
                "  unique (emial, id)\n"
                "  index (zzz)\n"
                "  index ix_x (email) include (emali)\n"
                "}\n");
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.d.nerrors, 4);
    expect(&r, 0, "unknown column \"idd\" in primary key of table \"users\"", 4, 16, "did you mean \"id\"?");
    expect(&r, 1, "unknown column \"emial\" in unique constraint \"uq_users_emial\"", 5, 11, "did you mean \"email\"?");
    expect(&r, 2, "unknown column \"zzz\" in index \"ix_users_zzz\"", 6, 10, NULL);
    expect(&r, 3, "unknown column \"emali\" in include list of index \"ix_x\"", 7, 31, "did you mean \"email\"?");
    done(&r);
}

static void test_foreign_keys(void **state)
{
    (void)state;
    res r = run("table a { x int\n y int\n primary key (x, y) }\n"
                "table b {\n"
                "  ax int references a\n"
                "  bx int references aa (x)\n"
                "  cx int references a (z)\n"
                "  foreign key f (ax, bx) references a (x)\n"
                "}\n");
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.d.nerrors, 4);
    expect(&r, 0, "foreign key \"fk_b_ax_a\" has 1 column but references 2", 5, 21, NULL);
    expect(&r, 1, "unknown table \"aa\" referenced by foreign key \"fk_b_bx_aa\"", 6, 21, "did you mean \"a\"?");
    expect(&r, 2, "unknown column \"z\" in table \"a\" referenced by foreign key \"fk_b_cx_a\"", 7, 24, "did you mean \"x\"?");
    expect(&r, 3, "foreign key \"f\" has 2 columns but references 1", 8, 37, NULL);
    done(&r);

    r = run("table a { x int primary key\n y int\n z int\n unique (z, y)\n w int\n"
            " unique index (w) where (w > 0) }\n"
            "table b { p int references a (y)\n q int references a (w)\n r int\n s int\n"
            " foreign key (r, s) references a (y, z) }\n");
    assert_int_equal(r.d.nerrors, 2);
    expect(&r, 0, "foreign key \"fk_b_p_a\" references columns of table \"a\" that are not its primary key or unique",
           7, 28, "PostgreSQL needs a primary key, unique constraint or unique index on exactly the referenced columns");
    expect(&r, 1, "foreign key \"fk_b_q_a\" references columns of table \"a\" that are not its primary key or unique",
           8, 19, "PostgreSQL needs a primary key, unique constraint or unique index on exactly the referenced columns");
    done(&r);
}

static void test_duplicates_and_limits(void **state)
{
    (void)state;
    res r = run("enum e { 'a', 'b', 'a' }\n"
                "table t {\n"
                "  id int primary key\n"
                "  x int primary key\n"
                "  unique k (x)\n"
                "  check k (x > 0)\n"
                "  index t (x)\n"
                "}\n"
                "enum u { 'x' }\n"
                "table u { a_name_that_is_too_long_for_postgresql_to_keep_as_it_is_now_xyz1 int }\n");
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.d.nerrors, 6);
    expect(&r, 0, "duplicate label 'a' in enum \"e\"", 1, 20, NULL);
    expect(&r, 1, "table name \"u\" is already used by an enum (a table is a type too)", 10, 7, NULL);
    expect(&r, 2, "table \"t\" has more than one primary key", 4, 9, NULL);
    expect(&r, 3, "duplicate constraint name \"k\" in table \"t\"", 6, 3, NULL);
    expect(&r, 4, "index name \"t\" is already used in schema \"public\"", 7, 3, NULL);
    expect(&r, 5, "column name \"a_name_that_is_too_long_for_postgresql_to_keep_as_it_is_now_xyz1\" is 64 bytes long; PostgreSQL keeps at most 63", 10, 11, NULL);
    done(&r);
}

static void test_types_and_identity(void **state)
{
    (void)state;
    res r = run("enum status { 'a' }\n"
                "table t {\n"
                "  a statuss\n"
                "  b text identity\n"
                "  c int identity default 1\n"
                "  d int generated always as (1) stored default 2\n"
                "  e intt\n"
                "}\n");
    assert_int_equal(r.rc, -1);
    expect(&r, 0, "unknown type \"statuss\"", 3, 5, "did you mean \"status\"?");
    expect(&r, 1, "identity column \"b\" must be smallint, integer or bigint, not text", 4, 5, NULL);
    expect(&r, 2, "column \"c\" has both a default and identity", 5, 3, NULL);
    expect(&r, 3, "column \"d\" has both a default and a generation expression", 6, 3, NULL);
    expect(&r, 4, "unknown type \"intt\"", 7, 5, "did you mean \"int\"?");
    done(&r);
}

static void test_formatted(void **state)
{
    (void)state;
    res r = run("table users {\n  email text\n  index ix_users_email (emial)\n}\n");
    char *s = sc_diag_format(&r.d.items[0]);
    assert_string_equal(s,
        "v.sch:3:25: error: unknown column \"emial\" in index \"ix_users_email\"\n"
        "    3 |   index ix_users_email (emial)\n"
        "      |                         ^~~~~\n"
        "      hint: did you mean \"email\"?\n");
    free(s);
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ok_fills_in),
        cmocka_unit_test(test_columns),
        cmocka_unit_test(test_foreign_keys),
        cmocka_unit_test(test_duplicates_and_limits),
        cmocka_unit_test(test_types_and_identity),
        cmocka_unit_test(test_formatted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
