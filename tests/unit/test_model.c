/* test_model.c - the model's containers: arena, maps, names, quoting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/model.h"
#include "model/strbuf.h"

static void test_add_and_find(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    sc_table *t = sc_model_add_table(m, NULL, "users");
    assert_non_null(t);
    assert_string_equal(t->schema, "public");
    assert_null(sc_model_add_table(m, "public", "users"));   /* duplicate */
    assert_ptr_equal(sc_model_table(m, "public", "users"), t);
    assert_null(sc_model_table(m, "app", "users"));
    sc_column *c = sc_table_add_column(m, t, "email");
    assert_non_null(c);
    assert_null(sc_table_add_column(m, t, "email"));
    assert_ptr_equal(sc_table_column(t, "email"), c);
    assert_null(sc_table_column(t, "emial"));
    sc_model_free(m);
}

/* Columns are found by a linear search in narrow tables and through a map
 * once a table has more than 16: the same answers either way, across the
 * switch, and for a table shared into another model. */
static void test_wide_table(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    sc_table *t = sc_model_add_table(m, NULL, "wide");
    sc_column *cols[40];
    char name[32];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "c%d", i);
        cols[i] = sc_table_add_column(m, t, name);
        assert_non_null(cols[i]);
        assert_null(sc_table_add_column(m, t, name));   /* duplicate, before and after the map */
        for (int j = 0; j <= i; j++) {
            snprintf(name, sizeof name, "c%d", j);
            assert_ptr_equal(sc_table_column(t, name), cols[j]);
        }
        assert_null(sc_table_column(t, "c40"));
    }
    assert_int_equal(t->columns.n, 40);
    sc_model *m2 = sc_model_new();
    sc_table *s = sc_model_share_table(m2, t, NULL, NULL);
    for (int j = 0; j < 40; j++) {
        snprintf(name, sizeof name, "c%d", j);
        assert_ptr_equal(sc_table_column(s, name), cols[j]);
    }
    assert_null(sc_table_column(s, "c40"));
    sc_model_free(m2);
    sc_model_free(m);
}

/* Strings are packed without alignment, objects stay aligned and zeroed. */
static void test_arena_strings(void **state)
{
    (void)state;
    sc_arena *a = sc_arena_new();
    const char *s1 = sc_arena_strdup(a, "a");
    const char *s2 = sc_arena_printf(a, "%s-%d", "b", 2);
    const char *s3 = sc_arena_strndup(a, "xyz", 2);
    unsigned char *o = sc_arena_alloc(a, 24);
    assert_string_equal(s1, "a");
    assert_string_equal(s2, "b-2");
    assert_string_equal(s3, "xy");
    assert_int_equal((uintptr_t)o % 8, 0);
    for (int i = 0; i < 24; i++)
        assert_int_equal(o[i], 0);
    for (int i = 0; i < 100000; i++) {   /* across many chunks */
        char buf[32];
        snprintf(buf, sizeof buf, "s%d", i);
        assert_string_equal(sc_arena_strdup(a, buf), buf);
    }
    assert_null(sc_arena_strdup(a, NULL));
    sc_arena_free(a);
}

static void test_many_tables(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    char name[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "t%04d", 4999 - i);
        assert_non_null(sc_model_add_table(m, "s", name));
    }
    sc_model_sort(m);
    assert_string_equal(SC_VEC_AT(m->tables, 0, sc_table)->name, "t0000");
    assert_string_equal(SC_VEC_AT(m->tables, 4999, sc_table)->name, "t4999");
    assert_non_null(sc_model_table(m, "s", "t1234"));
    sc_model_free(m);
}

static void test_ident_quoting(void **state)
{
    (void)state;
    const char *cases[][2] = {
        {"users", "users"},
        {"order", "\"order\""},        /* reserved */
        {"user", "\"user\""},
        {"Users", "\"Users\""},        /* upper case */
        {"a b", "\"a b\""},
        {"say\"hi", "\"say\"\"hi\""},  /* embedded quote doubled */
        {"1abc", "\"1abc\""},
        {"name", "name"},              /* unreserved keyword */
        {"_x9", "_x9"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_ident(&b, cases[i][0]);
        assert_string_equal(sc_sb_cstr(&b), cases[i][1]);
        sc_sb_free(&b);
    }
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, "public", "t");
    sc_sb_puts(&b, " ");
    sc_sb_qualified(&b, "App", "select");
    sc_sb_puts(&b, " ");
    sc_sb_literal(&b, "it's");
    assert_string_equal(sc_sb_cstr(&b), "t \"App\".\"select\" 'it''s'");
    sc_sb_free(&b);
}

static void test_diag_format(void **state)
{
    (void)state;
    const char *text = "table users {\n  index ix_users_email (emial)\n}\n";
    sc_src src = {"broken.sch", text, strlen(text)};
    sc_diags d;
    sc_diags_init(&d);
    sc_loc loc = {&src, (uint32_t)(strstr(text, "emial") - text), 5};
    sc_diag *dg = sc_diag_add(&d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                              "unknown column \"%s\" in index \"%s\"", "emial", "ix_users_email");
    sc_diag_hint(dg, "did you mean \"%s\"?", "email");
    char *s = sc_diag_format(dg);
    assert_string_equal(s,
        "broken.sch:2:25: error: unknown column \"emial\" in index \"ix_users_email\"\n"
        "    2 |   index ix_users_email (emial)\n"
        "      |                         ^~~~~\n"
        "      hint: did you mean \"email\"?\n");
    free(s);
    assert_true(sc_diags_failed(&d));
    assert_int_equal(d.first_kind, SC_ERR_INPUT);
    sc_diags_free(&d);
    assert_int_equal(sc_levenshtein("emial", "email"), 2);
    assert_int_equal(sc_levenshtein("", "abc"), 3);
}

static char *format_at(const char *text, const char *at, uint32_t len, const char *msg)
{
    sc_src src = {"x.sch", text, strlen(text) + (at && !*at ? 1 : 0)};
    sc_diags d;
    sc_diags_init(&d);
    sc_loc loc = {&src, (uint32_t)(at - text), len};
    sc_diag_add(&d, SC_SEV_ERROR, SC_ERR_INPUT, loc, "%s", msg);
    char *s = sc_diag_format(&d.items[0]);
    sc_diags_free(&d);
    return s;
}

/* Control bytes, DEL, C1 controls and bytes that are not UTF-8 never reach
 * the terminal raw; the caret stays under the escaped byte; UTF-8 text
 * passes as it is. */
static void test_diag_format_escapes(void **state)
{
    (void)state;
    const char *text = "caf\xc3\xa9 \x1b[2J x\x7f\xc2\x9b\xff y\n";
    char *s = format_at(text, strchr(text, 'x'), 1, "bell \a here\nsecond line");
    assert_string_equal(s,
        "x.sch:1:12: error: bell \\x07 here\nsecond line\n"
        "    1 | caf\xc3\xa9 \\x1b[2J x\\x7f\\xc2\\x9b\\xff y\n"
        "      |              ^\n");
    free(s);
    /* a span over escaped bytes: one tilde per column shown */
    s = format_at(text, strchr(text, '\x1b'), 4, "m");
    assert_string_equal(s,
        "x.sch:1:7: error: m\n"
        "    1 | caf\xc3\xa9 \\x1b[2J x\\x7f\\xc2\\x9b\\xff y\n"
        "      |      ^~~~~~~\n");
    free(s);
    /* a NUL in the text (the source length counts it) */
    const char nul[] = "id int \0 x";
    sc_src src = {"x.sch", nul, sizeof nul - 1};
    sc_diag dg = {SC_SEV_ERROR, SC_ERR_INPUT, {&src, 7, 1}, (char *)"m", NULL};
    s = sc_diag_format(&dg);
    assert_string_equal(s, "x.sch:1:8: error: m\n    1 | id int \\x00 x\n      |        ^~~~\n");
    free(s);
}

/* A long line is cut around the caret, with "..." where text was left
 * out, and never inside a UTF-8 character. */
static void test_diag_format_long_line(void **state)
{
    (void)state;
    char text[1200];
    memset(text, '(', 1000);
    memcpy(text + 500, "BAD", 3);
    memcpy(text + 439, "\xc3\xa9", 2);   /* é right where the window would start */
    strcpy(text + 1000, ")\n");
    char *s = format_at(text, text + 500, 3, "nested too deeply");
    const char *line = strchr(s, '\n') + 1;
    const char *caret = strchr(line, '\n') + 1;
    size_t shown = (size_t)(caret - line) - 1;
    assert_true(shown < 170);
    assert_memory_equal(line, "    1 | ...", 11);
    assert_non_null(strstr(line, "BAD"));
    assert_memory_equal(line + shown - 3, "...", 3);   /* cut at the end too */
    /* the caret sits under BAD */
    size_t col_bad = (size_t)(strstr(line, "BAD") - line);
    assert_int_equal(strchr(caret, '^') - caret, col_bad);
    assert_memory_equal(strchr(caret, '^'), "^~~\n", 4);
    /* no half character: every byte >= 0x80 of the echo belongs to the é */
    for (const char *p = line; p < caret; p++)
        if ((unsigned char)*p >= 0x80)
            assert_memory_equal(p, "\xc3\xa9", 2), p++;
    free(s);
    /* a caret near the start: no leading "..." */
    s = format_at(text, text + 3, 1, "m");
    assert_memory_equal(strchr(s, '\n') + 1, "    1 | ((((", 11);
    free(s);
}

static const char *to_scratch(const char *schema, void *arg)
{
    (void)arg;
    return !strcmp(schema, "public") ? "s_pub" : !strcmp(schema, "app") ? "s_app" : schema;
}

/* sc_model_reschema: every schema reference moves, the source stays as it
 * was, and what names no schema is shared. */
static void test_reschema(void **state)
{
    (void)state;
    sc_model *m = sc_model_new();
    sc_model_add_schema(m, "app");
    sc_enum *e = sc_model_add_enum(m, "app", "mood");
    e->comment = "feelings";
    sc_sequence *q = sc_model_add_sequence(m, "public", "seq");
    q->start = 7;
    sc_table *owners = sc_model_add_table(m, "app", "owners");
    sc_table_add_column(m, owners, "id")->type.name = "integer";
    sc_table *pets = sc_model_add_table(m, "public", "pets");
    sc_column *plain = sc_table_add_column(m, pets, "id");
    plain->type.name = "integer";
    sc_column *mood = sc_table_add_column(m, pets, "m");
    mood->type.name = "mood";
    mood->type.schema = "app";
    sc_constraint *fk = sc_table_add_constraint(m, pets, SC_CON_FOREIGN_KEY);
    fk->name = "fk";
    fk->ref_schema = "app";
    fk->ref_table = "owners";
    sc_constraint *fk2 = sc_table_add_constraint(m, pets, SC_CON_FOREIGN_KEY);
    fk2->name = "fk_self";
    fk2->ref_table = "pets";   /* NULL schema: public */

    sc_model *r = sc_model_reschema(m, to_scratch, NULL);
    assert_null(sc_model_table(r, "app", "owners"));
    assert_non_null(sc_model_table(r, "s_app", "owners"));
    const sc_table *rp = sc_model_table(r, "s_pub", "pets");
    assert_non_null(rp);
    assert_non_null(sc_model_enum(r, "s_app", "mood"));
    assert_string_equal(sc_model_enum(r, "s_app", "mood")->comment, "feelings");
    assert_int_equal(sc_model_sequence(r, "s_pub", "seq")->start, 7);
    assert_ptr_equal(sc_table_column(rp, "id"), plain);               /* shared */
    assert_string_equal(sc_table_column(rp, "m")->type.schema, "s_app");  /* copied */
    assert_string_equal(SC_VEC_AT(rp->constraints, 0, sc_constraint)->ref_schema, "s_app");
    assert_string_equal(SC_VEC_AT(rp->constraints, 1, sc_constraint)->ref_schema, "s_pub");
    /* public moved: the new model has it as a schema of its own */
    bool has_pub = false;
    for (size_t i = 0; i < r->schemas.n; i++)
        has_pub = has_pub || !strcmp(SC_VEC_AT(r->schemas, i, const char), "s_pub");
    assert_true(has_pub);
    /* the source is untouched */
    assert_string_equal(mood->type.schema, "app");
    assert_string_equal(fk->ref_schema, "app");
    assert_null(fk2->ref_schema);
    sc_model_free(r);
    sc_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_and_find),
        cmocka_unit_test(test_many_tables),
        cmocka_unit_test(test_wide_table),
        cmocka_unit_test(test_arena_strings),
        cmocka_unit_test(test_ident_quoting),
        cmocka_unit_test(test_diag_format),
        cmocka_unit_test(test_diag_format_escapes),
        cmocka_unit_test(test_diag_format_long_line),
        cmocka_unit_test(test_reschema),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
