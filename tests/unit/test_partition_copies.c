/* test_partition_copies.c - the names PostgreSQL gives a partition's copies
 * of its ancestors' keys, foreign keys and indexes (parts4, issue 12):
 * expression index columns named as FigureIndexColname does, a copy whose
 * name another partition's copy has numbered, partitions in the order of
 * their bounds, a foreign key renamed on a partition that has a constraint
 * of its name (and `compile` adding that key after the partitions), and a
 * table gaining an INHERITS parent that gets a `with options` column
 * through the parent's ADD COLUMN. (On a real server with the referee:
 * tests/cases/pg_partition_attach_copy_clash, _two_cut_alike,
 * _expr_index, pg_partition_fk_copy_name, pg_inherits_gain_parent_options.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diff/diff_int.h"
#include "emit/emit.h"
#include "diff_fixture.h"

static void test_index_colnames(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    assert_string_equal(sc_pg_index_colname(a, "lower(email)"), "lower");
    assert_string_equal(sc_pg_index_colname(a, "public.f(x)"), "f");
    assert_string_equal(sc_pg_index_colname(a, "a + b"), "expr");
    assert_string_equal(sc_pg_index_colname(a, "email::varchar(80)"), "email");
    assert_string_equal(sc_pg_index_colname(a, "(a + b)::text"), "text");
    assert_string_equal(sc_pg_index_colname(a, "coalesce(nick, email)"), "coalesce");
    assert_string_equal(sc_pg_index_colname(a, "CASE WHEN a > 0 THEN 1 END"), "case");
    assert_string_equal(sc_pg_index_colname(a, "nullif(a, 0)"), "nullif");
    assert_string_equal(sc_pg_index_colname(a, "greatest(a, b)"), "greatest");
    assert_string_equal(sc_pg_index_colname(a, "t.col"), "col");
    assert_string_equal(sc_pg_index_colname(a, "email COLLATE \"C\""), "email");
    assert_string_equal(sc_pg_index_colname(a, "a IS NULL"), "expr");
    assert_string_equal(sc_pg_index_colname(a, "not sql at all ("), "expr");
    sc_arena_free(a);
}

static const char *exprs_from =
    "table p partition by range (id) {\n"
    "  id int not null\n  email text\n  nick text\n"
    "  index p_l2 (lower(email), lower(nick))\n"
    "  index p_sum ((id + 1))\n"
    "}\n"
    "table p_1 { id int not null\n email text\n nick text }\n";

static void test_expression_copies(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f, exprs_from,
            "table p partition by range (id) {\n"
            "  id int not null\n  email text\n  nick text\n"
            "  index p_l2 (lower(email), lower(nick))\n"
            "  index p_sum ((id + 1))\n"
            "}\n"
            "table p_1 partition of p for values from (0) to (10)\n");
    assert_contains(f.up, "CREATE INDEX p_1_lower_lower1_idx ON p_1");
    assert_contains(f.up, "CREATE INDEX p_1_expr_idx ON p_1");
    assert_contains(f.down, "DROP INDEX p_1_lower_lower1_idx;");
    done(&f);
}

/* m_1's copy of m_x_y is m_1_x_y_idx, the name m_1_x's copy of m_y would
 * have; and of two partitions attached in one plan whose copies' names are
 * cut alike, the one with the lower bound (9 before 10: numbers compared as
 * numbers) gets the plain name. */
static void test_clash_and_bound_order(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table m partition by list (id) {\n  id int not null\n  y int\n  x_y int\n"
            "  index m_x_y (x_y)\n  index m_y (y)\n}\n"
            "table m_1 partition of m for values in (1)\n"
            "table m_1_x { id int not null\n y int\n x_y int }\n"
            "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_a { id int not null\n y int\n x_y int }\n"
            "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_b { id int not null\n y int\n x_y int }\n",
            "table m partition by list (id) {\n  id int not null\n  y int\n  x_y int\n"
            "  index m_x_y (x_y)\n  index m_y (y)\n}\n"
            "table m_1 partition of m for values in (1)\n"
            "table m_1_x partition of m for values in (2)\n"
            "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_a partition of m for values in (10, 11)\n"
            "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_b partition of m for values in (12, 9)\n");
    assert_contains(f.up, "CREATE INDEX m_1_x_y_idx1 ON m_1_x (y);");
    assert_contains(f.up, "CREATE INDEX m_1_x_x_y_idx ON m_1_x (x_y);");
    assert_contains(f.up, "CREATE INDEX partition_with_a_name_long_enough_to_be_cut_in_its_copy_x_y_idx ON "
                          "partition_with_a_name_long_enough_to_be_cut_in_its_copy_b (x_y);");
    assert_contains(f.up, "CREATE INDEX partition_with_a_name_long_enough_to_be_cut_in_its_cop_x_y_idx1 ON "
                          "partition_with_a_name_long_enough_to_be_cut_in_its_copy_a (x_y);");
    done(&f);
}

static const char *fk_to =
    "table customers { id int primary key }\n"
    "table m partition by range (id) {\n  id int not null\n  customer_id int\n"
    "  foreign key m_customer (customer_id) references customers (id)\n}\n"
    "table m_1 partition of m for values from (0) to (10)\n"
    "table m_2 partition of m for values from (10) to (20) { check m_customer (customer_id > 0) }\n";

static void test_fk_copy_renamed(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table customers { id int primary key }\n"
            "table m partition by range (id) {\n  id int not null\n  customer_id int\n"
            "  foreign key m_customer (customer_id) references customers (id)\n}\n"
            "table m_1 partition of m for values from (0) to (10)\n"
            "table m_2 { id int not null\n customer_id int\n check m_customer (customer_id > 0) }\n",
            fk_to);
    assert_contains(f.up, "ADD CONSTRAINT m_2_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);");
    assert_contains(f.down, "ALTER TABLE m_2 DROP CONSTRAINT m_2_customer_id_fkey;");
    done(&f);

    /* compile: the key is added to m once m_2 has its check (CREATE TABLE
     * m_2 PARTITION OF m would copy it under its own name first) */
    sc_model *m = dsl(fk_to);
    sc_diags d;
    sc_diags_init(&d);
    char *sql = sc_emit_ddl(m, SC_DIALECT_POSTGRESQL, &d);
    assert_non_null(sql);
    long fk = pos(sql, "ADD CONSTRAINT m_customer FOREIGN KEY");
    assert_true(fk > 0);
    assert_true(pos(sql, "CREATE TABLE m_2 PARTITION OF m") < fk);
    assert_true(pos(sql, "CONSTRAINT m_customer FOREIGN KEY") < 0 || pos(sql, "CONSTRAINT m_customer FOREIGN KEY") > fk);
    free(sql);
    sc_diags_free(&d);
    sc_model_free(m);
}

/* The INHERIT before the new parent's ADD COLUMN (which gives the child
 * the column as the parent's alone), the child's own default after it; a
 * column the table has already is moved through a helper parent (parts5). */
static void test_gain_parent_options(void **state)
{
    (void)state;
    fixture f;
    diff_pg(&f,
            "table v { id int not null }\n"
            "table t { id int not null\n own text }\n",
            "table v { id int not null\n color text default 'red'\n own text }\n"
            "table t inherits (v) { id int not null\n color with options default 'blue'\n own with options }\n");
    long inherit = pos(f.up, "ALTER TABLE t INHERIT v;");
    long add = pos(f.up, "ALTER TABLE v ADD COLUMN color text DEFAULT 'red';");
    long def = pos(f.up, "ALTER TABLE t ALTER COLUMN color SET DEFAULT 'blue';");
    assert_true(inherit >= 0 && add > inherit && def > add);
    assert_true(pos(f.up, "ALTER TABLE t ADD COLUMN color") < 0);
    /* parts5: the column t has already is moved through a helper parent,
     * after the parent's ADD COLUMN and before the INHERIT */
    long moved = pos(f.up, "ALTER TABLE t_schemac_parent ADD COLUMN own text;");
    long addown = pos(f.up, "ALTER TABLE v ADD COLUMN own text;");
    assert_true(addown >= 0 && moved > addown && inherit > moved);
    assert_true(pos(f.up, "DROP TABLE t_schemac_parent;") > inherit);
    assert_true(pos(f.up, "NOTE: public.t") < 0);
    assert_true(pos(f.up, "color declared `with options`") < 0);
    /* backwards: the parent's DROP COLUMN takes the child's with it, then NO INHERIT */
    long drop = pos(f.down, "ALTER TABLE v DROP COLUMN color;");
    assert_true(drop >= 0 && pos(f.down, "ALTER TABLE t NO INHERIT v;") > drop);
    done(&f);
}

/* parts6: text bounds in their collation's order. With the server's order
 * (sc_model.text_order: 'a' before 'B', as ICU has it) the partition from
 * 'a' gets the plain name; without it, by bytes ('B' first), and a warning
 * says the names may differ. (On a real server: partitions_pg.sh.) */
static const char *coll_from =
    "table m partition by range (k) {\n  k text not null collate \"und-x-icu\"\n  xyz int\n  index m_x (xyz)\n}\n"
    "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_a { k text not null collate \"und-x-icu\"\n xyz int }\n"
    "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_b { k text not null collate \"und-x-icu\"\n xyz int }\n";
static const char *coll_to =
    "table m partition by range (k) {\n  k text not null collate \"und-x-icu\"\n  xyz int\n  index m_x (xyz)\n}\n"
    "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_a partition of m for values from ('B') to ('c')\n"
    "table partition_with_a_name_long_enough_to_be_cut_in_its_copy_b partition of m for values from ('a') to ('B')\n";

static char *coll_up(bool ordered, bool *warned)
{
    sc_model *from = dsl(coll_from), *to = dsl(coll_to);
    if (ordered) {
        to->text_order = sc_strmap_new();
        sc_strmap_put(to->text_order, "und-x-icu\x1f" "a", (void *)(uintptr_t)1);
        sc_strmap_put(to->text_order, "und-x-icu\x1f" "B", (void *)(uintptr_t)2);
    }
    sc_diags d;
    sc_diags_init(&d);
    sc_diff_opts o;
    sc_diff_opts_init(&o, SC_DIALECT_POSTGRESQL);
    sc_plan *p = sc_diff(from, to, &o, &d);
    assert_non_null(p);
    char *up = sc_emit_plan(p, SC_DIALECT_POSTGRESQL, false, &d);
    *warned = false;
    for (size_t i = 0; i < d.n; i++)
        *warned |= strstr(d.items[i].msg, "ordered by the bytes of their text bounds") != NULL;
    sc_plan_free(p);
    sc_diags_free(&d);
    sc_model_free(from);
    sc_model_free(to);
    return up;
}

static void test_collation_bound_order(void **state)
{
    (void)state;
    bool warned;
    char *up = coll_up(true, &warned);
    assert_false(warned);
    assert_contains(up, "CREATE INDEX partition_with_a_name_long_enough_to_be_cut_in_its_copy_xyz_idx ON "
                        "partition_with_a_name_long_enough_to_be_cut_in_its_copy_b (xyz);");
    free(up);
    up = coll_up(false, &warned);
    assert_true(warned);
    assert_contains(up, "CREATE INDEX partition_with_a_name_long_enough_to_be_cut_in_its_copy_xyz_idx ON "
                        "partition_with_a_name_long_enough_to_be_cut_in_its_copy_a (xyz);");
    free(up);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_colnames),        cmocka_unit_test(test_expression_copies),
        cmocka_unit_test(test_clash_and_bound_order), cmocka_unit_test(test_fk_copy_renamed),
        cmocka_unit_test(test_gain_parent_options),   cmocka_unit_test(test_collation_bound_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
