/* test_sqltok.c - the SQL tokenizer: every token kind in both dialects,
 * dollar quotes, E'' strings, unterminated input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/sqltok.h"

static const char kind_letter[] = {
    [SC_TOK_SPACE] = '_',  [SC_TOK_COMMENT] = 'C', [SC_TOK_IDENT] = 'I',         [SC_TOK_QUOTED_IDENT] = 'Q',
    [SC_TOK_KEYWORD] = 'K', [SC_TOK_STRING] = 'S', [SC_TOK_DOLLAR_STRING] = 'D', [SC_TOK_NUMBER] = 'N',
    [SC_TOK_PARAM] = 'P',  [SC_TOK_PUNCT] = '.',   [SC_TOK_OPERATOR] = 'O',
};

/* "K:default _ .:( D:$$ABC$$ .:)" - each token as kind:text, blanks as _ */
static char *show(const char *text, sc_dialect d)
{
    sc_toks t;
    sc_tok_err err;
    size_t len = strlen(text);
    char *out = calloc(1, 4 * len + 256);
    if (sc_sql_tokenize(text, len, d, &t, &err) != 0) {
        sprintf(out, "error at %zu", err.off);
        assert_int_equal(t.n, 0);
        return out;
    }
    size_t end = 0;
    for (size_t i = 0; i < t.n; i++) {
        const sc_tok *k = &t.items[i];
        assert_int_equal(k->off, end);   /* no gaps, no overlaps */
        assert_true(k->len > 0);
        end = k->off + k->len;
        if (i)
            strcat(out, " ");
        size_t o = strlen(out);
        out[o++] = kind_letter[k->kind];
        if (k->kind != SC_TOK_SPACE) {
            out[o++] = ':';
            memcpy(out + o, text + k->off, k->len);
        }
    }
    assert_int_equal(end, len);
    sc_toks_free(&t);
    return out;
}

static void expect(const char *text, sc_dialect d, const char *want)
{
    char *got = show(text, d);
    assert_string_equal(got, want);
    free(got);
}

#define PG SC_DIALECT_POSTGRESQL
#define LITE SC_DIALECT_SQLITE

static void test_pg_kinds(void **state)
{
    (void)state;
    expect("default ($$ABC$$)", PG, "K:default _ .:( D:$$ABC$$ .:)");
    expect("a$b$ + $1 >= 1.5e3", PG, "I:a$b$ _ O:+ _ P:$1 _ O:>= _ N:1.5e3");
    expect("\"Q\"\"x\" -- note\nx::int", PG, "Q:\"Q\"\"x\" _ C:-- note _ I:x O::: K:int");
    expect("B'01' X'1f' 'it''s' N'x'", PG, "S:B'01' _ S:X'1f' _ S:'it''s' _ K:N S:'x'");
    expect("U&\"d!0061\" UESCAPE '!'", PG, "Q:U&\"d!0061\" _ K:UESCAPE _ S:'!'");
    expect("a[1], b.c;", PG, "I:a .:[ N:1 .:] .:, _ I:b .:. I:c .:;");
    expect("  x  ", PG, "_ I:x _");
    expect("", PG, "");
}

static void test_pg_keywords(void **state)
{
    (void)state;
    sc_toks t;
    sc_tok_err err;
    const char *s = "select abort int CROSS email";
    assert_int_equal(sc_sql_tokenize(s, strlen(s), PG, &t, &err), 0);
    assert_int_equal(t.n, 9);
    assert_int_equal(t.items[0].kw, SC_PGKW_RESERVED);
    assert_int_equal(t.items[2].kw, SC_PGKW_UNRESERVED);
    assert_int_equal(t.items[4].kw, SC_PGKW_COL_NAME);
    assert_int_equal(t.items[6].kw, SC_PGKW_TYPE_FUNC_NAME);
    assert_int_equal(t.items[8].kind, SC_TOK_IDENT);
    assert_true(sc_tok_word_is(s, &t.items[6], "cross"));
    assert_false(sc_tok_word_is(s, &t.items[6], "cros"));
    sc_toks_free(&t);
}

static void test_pg_dollar_quotes(void **state)
{
    (void)state;
    /* a tag inside another's body does not end it; tags are case-sensitive */
    expect("$a$ $b$ x $b$ $A$ $a$||$$", PG, "error at 23");
}

static void test_pg_dollar_nested(void **state)
{
    (void)state;
    expect("$a$ $b$ x $b$ $A$ $a$ || $$)$$", PG, "D:$a$ $b$ x $b$ $A$ $a$ _ O:|| _ D:$$)$$");
    sc_toks t;
    sc_tok_err err;
    const char *s = "$fn$body$fn$";
    assert_int_equal(sc_sql_tokenize(s, strlen(s), PG, &t, &err), 0);
    assert_int_equal(sc_tok_dollar_open(s, &t.items[0]), 4);
    sc_toks_free(&t);
}

static void test_pg_escape_strings(void **state)
{
    (void)state;
    expect("E'a\\'b' || e'\\\\'", PG, "S:E'a\\'b' _ O:|| _ S:e'\\\\'");
    sc_toks t;
    sc_tok_err err;
    const char *s = "E'x' 'y'";
    assert_int_equal(sc_sql_tokenize(s, strlen(s), PG, &t, &err), 0);
    assert_true(sc_tok_is_escape_string(s, &t.items[0]));
    assert_false(sc_tok_is_escape_string(s, &t.items[2]));
    sc_toks_free(&t);
}

static void test_pg_unterminated(void **state)
{
    (void)state;
    const char *bad[] = {"'abc", "x + $$abc", "\"abc", "/* open", "E'a\\'", "$q$ x $Q$", "1 + 'x' || 'y"};
    size_t at[] = {0, 4, 0, 0, 0, 0, 11};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sc_toks t;
        sc_tok_err err;
        assert_int_equal(sc_sql_tokenize(bad[i], strlen(bad[i]), PG, &t, &err), -1);
        assert_int_equal(err.off, at[i]);
        assert_true(err.msg[0] != '\0');
        assert_null(t.items);
    }
    /* a NUL inside the given length */
    sc_toks t;
    sc_tok_err err;
    assert_int_equal(sc_sql_tokenize("a\0b", 3, PG, &t, &err), -1);
    assert_int_equal(err.off, 1);
    /* not NUL-terminated: only len bytes are read */
    char buf[3] = {'a', '+', 'b'};
    assert_int_equal(sc_sql_tokenize(buf, 3, PG, &t, &err), 0);
    assert_int_equal(t.n, 3);
    sc_toks_free(&t);
}

static void test_sqlite_kinds(void **state)
{
    (void)state;
    expect("[a b] `c` \"d\"\"e\" x'0A' 'it''s'", LITE, "Q:[a b] _ Q:`c` _ Q:\"d\"\"e\" _ S:x'0A' _ S:'it''s'");
    expect("a->>'$.x' || ?1 :n @m $p", LITE, "I:a O:->> S:'$.x' _ O:|| _ P:?1 _ P::n _ P:@m _ P:$p");
    expect("x==1.5e-3 /* c */ -- d", LITE, "I:x O:== N:1.5e-3 _ C:/* c */ _ C:-- d");
    expect("select 0x1F, 1abc", LITE, "I:select _ N:0x1F .:, _ N:1abc");
    expect("a /* open", LITE, "I:a _ C:/* open");
    expect("'abc", LITE, "error at 0");
    expect("x [abc", LITE, "error at 2");
    expect("`abc", LITE, "error at 0");
}

static void test_cursor_offset(void **state)
{
    (void)state;
    const char *s = "\xc3\xa9t\xc3\xa9 x";   /* "été x": the 5th character is x */
    assert_int_equal(sc_sql_cursor_offset(s, strlen(s), 5), 6);
    assert_int_equal(sc_sql_cursor_offset(s, strlen(s), 1), 0);
    assert_int_equal(sc_sql_cursor_offset(s, strlen(s), 99), strlen(s));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pg_kinds),          cmocka_unit_test(test_pg_keywords),
        cmocka_unit_test(test_pg_dollar_quotes),  cmocka_unit_test(test_pg_dollar_nested),
        cmocka_unit_test(test_pg_escape_strings), cmocka_unit_test(test_pg_unterminated),
        cmocka_unit_test(test_sqlite_kinds),      cmocka_unit_test(test_cursor_offset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
