/* test_naming.c - the naming convention for unnamed constraints and
 * indexes: SQLAlchemy's patterns, 63-byte cut with a hash suffix, and
 * collisions resolved deterministically by sc_model_finish. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "parser/parser.h"

static void test_patterns(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    sc_arena *a = m->arena;
    sc_table *t = sc_model_add_table(m, NULL, "users");
    sc_table_add_column(m, t, "email");
    sc_table_add_column(m, t, "age");
    const char *cols[] = {"email", "age"};
    sc_names n = {cols, 2};
    assert_string_equal(sc_name_pk(a, t), "pk_users");
    assert_string_equal(sc_name_unique(a, t, &n), "uq_users_email");
    assert_string_equal(sc_name_check(a, t, "age >= 18", 1), "ck_users_age");
    assert_string_equal(sc_name_check(a, t, "lower('age') = \"email\"", 1), "ck_users_email");
    assert_string_equal(sc_name_check(a, t, "now() > '2000-01-01'", 3), "ck_users_3");
    sc_constraint fk = {0};
    fk.columns = n;
    fk.ref_table = "orgs";
    assert_string_equal(sc_name_fk(a, t, &fk), "fk_users_email_orgs");
    sc_index_elem e = {0};
    e.expr = "lower(email)";
    sc_index ix = {0};
    ix.elems = &e;
    ix.nelems = 1;
    assert_string_equal(sc_name_index(a, t, &ix), "ix_users_email");
    e.expr = "now()";
    assert_string_equal(sc_name_index(a, t, &ix), "ix_users_expr");
    e.expr = NULL;
    e.column = "age";
    assert_string_equal(sc_name_index(a, t, &ix), "ix_users_age");
    sc_model_free(m);
}

static void test_truncate(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    char name[100];
    memset(name, 'x', 63);
    name[63] = '\0';
    assert_string_equal(sc_name_truncate(a, name), name);   /* 63 bytes fit */
    name[63] = 'y';
    name[64] = '\0';
    const char *t1 = sc_name_truncate(a, name);
    assert_int_equal(strlen(t1), 63);
    assert_memory_equal(t1, name, 54);
    assert_int_equal(t1[54], '_');
    name[64] = 'z';
    name[65] = '\0';
    const char *t2 = sc_name_truncate(a, name);
    assert_int_equal(strlen(t2), 63);
    assert_string_not_equal(t1, t2);                         /* different names stay distinct */
    assert_string_equal(t2, sc_name_truncate(a, name));      /* deterministic */
    /* never cut inside a UTF-8 character: "é" is 2 bytes at offsets 53-54 */
    memset(name, 'a', 53);
    memcpy(name + 53, "\xc3\xa9", 2);
    memset(name + 55, 'b', 20);
    name[75] = '\0';
    const char *t3 = sc_name_truncate(a, name);
    assert_int_equal(t3[53], '_');
    assert_int_equal(strlen(t3), 62);
    sc_arena_free(a);
}

static void test_finish_names(void **state)
{
    (void)state;
    const char *text =
        "table orders {\n"
        "  id integer primary key\n"
        "  code text unique\n"
        "  total integer check (total > 0)\n"
        "  check (total < 1000)\n"
        "  check (now() > '2000-01-01')\n"
        "  index (code)\n"
        "  index (code desc)\n"
        "  index ix_orders_total (total)\n"
        "  index (total)\n"
        "}\n";
    sc_model *m = sc_model_new();
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_parse_text(m, "n.sch", text, strlen(text), &d), 0);
    assert_int_equal(sc_model_finish(m, &d), 0);
    sc_table *t = sc_model_table(m, "public", "orders");
    const char *want_con[] = {"pk_orders", "uq_orders_code", "ck_orders_3", "ck_orders_total", "ck_orders_total_2"};
    assert_int_equal(t->constraints.n, 5);
    for (size_t i = 0; i < 5; i++) {
        sc_constraint *c = SC_VEC_AT(t->constraints, i, sc_constraint);
        assert_string_equal(c->name, want_con[i]);
        assert_false(c->name_explicit);
    }
    const char *want_ix[] = {"ix_orders_code", "ix_orders_code_2", "ix_orders_total", "ix_orders_total_2"};
    assert_int_equal(t->indexes.n, 4);
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(SC_VEC_AT(t->indexes, i, sc_index)->name, want_ix[i]);
    assert_true(SC_VEC_AT(t->indexes, 2, sc_index)->name_explicit);
    assert_false(SC_VEC_AT(t->indexes, 3, sc_index)->name_explicit);
    sc_diags_free(&d);
    sc_model_free(m);
}

static void test_long_table_names(void **state)
{
    (void)state;
    const char *text =
        "table a_rather_long_table_name_that_fills_most_of_the_limit_x {\n"
        "  a_long_column_name integer unique\n"
        "}\n";
    sc_model *m = sc_model_new();
    sc_diags d;
    sc_diags_init(&d);
    assert_int_equal(sc_parse_text(m, "n.sch", text, strlen(text), &d), 0);
    assert_int_equal(sc_model_finish(m, &d), 0);
    sc_table *t = SC_VEC_AT(m->tables, 0, sc_table);
    sc_constraint *c = SC_VEC_AT(t->constraints, 0, sc_constraint);
    assert_int_equal(strlen(c->name), 63);
    assert_memory_equal(c->name, "uq_a_rather_long_table_name_that_fills_most_of_the_lim_", 55);
    sc_diags_free(&d);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_patterns),
        cmocka_unit_test(test_truncate),
        cmocka_unit_test(test_finish_names),
        cmocka_unit_test(test_long_table_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
