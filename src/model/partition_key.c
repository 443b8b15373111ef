/* partition_key.c - the elements of a partition key (parts7, issue 12):
 * what each one is (a column or an expression), its COLLATE and its
 * operator class, which decide how PostgreSQL orders the partitions'
 * bounds (diff_partition_bounds.c). */
#include <stdbool.h>
#include <string.h>

#include "model/model.h"
#include "model/partition_key.h"
#include "model/sqltok.h"

typedef struct span {
    const char *text;
    const sc_tok *t;
    size_t i, end;   /* tokens [i, end) of the element, spaces included */
} span;

static size_t skip_space(const span *s, size_t i)
{
    while (i < s->end && sc_tok_is_space(&s->t[i]))
        i++;
    return i;
}

/* Past the parenthesized group that opens at token i. */
static size_t past_group(const span *s, size_t i)
{
    int depth = 0;
    for (; i < s->end; i++) {
        if (sc_tok_op_is(s->text, &s->t[i], "("))
            depth++;
        else if (sc_tok_op_is(s->text, &s->t[i], ")") && --depth == 0)
            return i + 1;
    }
    return i;
}

static bool is_name(const sc_tok *t)
{
    return t->kind == SC_TOK_IDENT || t->kind == SC_TOK_QUOTED_IDENT || t->kind == SC_TOK_KEYWORD;
}

/* Past a dotted name (any_name) from token i; *parts its names' count. */
static size_t past_name(const span *s, size_t i, size_t *parts)
{
    *parts = 0;
    while (i < s->end && is_name(&s->t[i])) {
        ++*parts;
        size_t j = skip_space(s, i + 1);
        if (j < s->end && sc_tok_op_is(s->text, &s->t[j], "."))
            i = skip_space(s, j + 1);
        else
            return i + 1;
    }
    return i;
}

static const char *tok_name(sc_arena *a, const span *s, size_t i)
{
    size_t cap = s->t[i].len + 1;
    char *buf = sc_arena_alloc(a, cap);
    sc_tok_name(s->text, &s->t[i], buf, cap);
    return buf;
}

static const char *text_of(sc_arena *a, const span *s, size_t from, size_t to)
{
    while (to > from && sc_tok_is_space(&s->t[to - 1]))
        to--;
    if (to <= from)
        return NULL;
    size_t off = s->t[from].off, end = s->t[to - 1].off + s->t[to - 1].len;
    return sc_arena_printf(a, "%.*s", (int)(end - off), s->text + off);
}

static void read_elem(sc_arena *a, const span *s, sc_pkey_elem *e)
{
    memset(e, 0, sizeof *e);
    size_t i = skip_space(s, s->i), parts = 0, head_end;
    if (i >= s->end)
        return;
    if (sc_tok_op_is(s->text, &s->t[i], "("))
        head_end = past_group(s, i);
    else {
        head_end = past_name(s, i, &parts);
        size_t j = skip_space(s, head_end);
        if (j < s->end && sc_tok_op_is(s->text, &s->t[j], "("))
            head_end = past_group(s, j);   /* a function call */
        else if (parts == 1)
            e->column = tok_name(a, s, i);
    }
    size_t k = skip_space(s, head_end), expr_end = head_end;
    if (k < s->end && sc_tok_word_is(s->text, &s->t[k], "collate")) {
        size_t c0 = skip_space(s, k + 1), cn = 0;
        expr_end = past_name(s, c0, &cn);
        if (cn == 1)
            e->collation = tok_name(a, s, c0);
        else if (cn == 2) {
            size_t c1 = skip_space(s, skip_space(s, c0 + 1) + 1);
            e->collation = sc_collation_ref(a, tok_name(a, s, c0), tok_name(a, s, c1));
        }
        k = skip_space(s, expr_end);
    }
    e->expr = text_of(a, s, i, expr_end);
    e->opclass = text_of(a, s, k, s->end);
}

size_t sc_partition_key_elems(sc_arena *a, const char *key, sc_pkey_elem *out)
{
    sc_toks t;
    sc_tok_err err;
    if (!key || sc_sql_tokenize(key, strlen(key), SC_DIALECT_POSTGRESQL, &t, &err) != 0)
        return 0;
    size_t n = 0, open = 0;
    while (open < t.n && !sc_tok_op_is(key, &t.items[open], "("))
        open++;
    int depth = 0;
    size_t start = open + 1;
    for (size_t i = open + 1; i < t.n && n < SC_PKEY_MAX; i++) {
        bool comma = depth == 0 && sc_tok_op_is(key, &t.items[i], ",");
        bool close = depth == 0 && sc_tok_op_is(key, &t.items[i], ")");
        if (comma || close) {
            span s = {key, t.items, start, i};
            read_elem(a, &s, &out[n]);
            n += out[n].expr != NULL;
            start = i + 1;
            if (close)
                break;
            continue;
        }
        depth += sc_tok_op_is(key, &t.items[i], "(") ? 1 : sc_tok_op_is(key, &t.items[i], ")") ? -1 : 0;
    }
    sc_toks_free(&t);
    return n;
}

bool sc_pkey_opclass_bytes(const char *opclass)
{
    static const char *const bytes[] = {"text_pattern_ops", "varchar_pattern_ops", "bpchar_pattern_ops"};
    if (!opclass)
        return false;
    const char *dot = strrchr(opclass, '.');
    const char *name = dot ? dot + 1 : opclass;
    for (size_t i = 0; i < sizeof bytes / sizeof *bytes; i++)
        if (!strcmp(name, bytes[i]))
            return true;
    return false;
}
