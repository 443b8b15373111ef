/* types.c - the one place where SQL type text becomes a canonical sc_type.
 *
 * Every source (the DSL, PostgreSQL's format_type(), SQLite's declared
 * types, JSON) goes through sc_type_parse(), so that comparing two columns'
 * types is comparing canonical names: int4/int/integer all become "integer",
 * timestamptz becomes "timestamp with time zone", and so on. The spelling is
 * PostgreSQL's format_type() one. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/strbuf.h"

/* Alias -> canonical name. Multi-word aliases are matched after the words
 * have been joined with single spaces and lower-cased. */
static const char *const aliases[][2] = {
    {"int", "integer"}, {"int4", "integer"}, {"integer", "integer"},
    {"int8", "bigint"}, {"bigint", "bigint"},
    {"int2", "smallint"}, {"smallint", "smallint"},
    {"varchar", "character varying"}, {"character varying", "character varying"},
    {"char varying", "character varying"},
    {"char", "character"}, {"character", "character"}, {"bpchar", "character"},
    {"bool", "boolean"}, {"boolean", "boolean"},
    {"float8", "double precision"}, {"double precision", "double precision"},
    {"float", "double precision"},
    {"float4", "real"}, {"real", "real"},
    {"decimal", "numeric"}, {"numeric", "numeric"}, {"dec", "numeric"},
    {"timestamptz", "timestamp with time zone"},
    {"timestamp with time zone", "timestamp with time zone"},
    {"timestamp", "timestamp without time zone"},
    {"timestamp without time zone", "timestamp without time zone"},
    {"timetz", "time with time zone"}, {"time with time zone", "time with time zone"},
    {"time", "time without time zone"}, {"time without time zone", "time without time zone"},
    {"varbit", "bit varying"}, {"bit varying", "bit varying"}, {"bit", "bit"},
    {"text", "text"}, {"bytea", "bytea"}, {"json", "json"}, {"jsonb", "jsonb"},
    {"uuid", "uuid"}, {"date", "date"}, {"interval", "interval"}, {"inet", "inet"},
    {"cidr", "cidr"}, {"macaddr", "macaddr"}, {"macaddr8", "macaddr8"},
    {"money", "money"}, {"xml", "xml"}, {"tsvector", "tsvector"},
    {"tsquery", "tsquery"}, {"oid", "oid"}, {"name", "name"},
    {"point", "point"}, {"line", "line"}, {"lseg", "lseg"}, {"box", "box"},
    {"path", "path"}, {"polygon", "polygon"}, {"circle", "circle"},
    {"int4range", "int4range"}, {"int8range", "int8range"}, {"numrange", "numrange"},
    {"tsrange", "tsrange"}, {"tstzrange", "tstzrange"}, {"daterange", "daterange"},
    {"regclass", "regclass"}, {"pg_lsn", "pg_lsn"}, {"txid_snapshot", "txid_snapshot"},
    /* SQLite's: a STRICT table's column that takes any value (no PostgreSQL
     * column can be "any"; the PostgreSQL DDL refuses it), and BLOB, the
     * binary type every tool maps to bytea */
    {"any", "any"}, {"blob", "bytea"},
};

static const char *canonical_name(const char *words)
{
    /* called for every column of every model: the first byte decides for
     * all but a few entries without a call */
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (aliases[i][0][0] == words[0] && !strcmp(aliases[i][0], words))
            return aliases[i][1];
    return NULL;
}

static bool is_word_start(int c)
{
    return isalpha(c) || c == '_' || (c & 0x80);
}

static bool is_word_char(int c)
{
    return isalnum(c) || c == '_' || c == '$' || (c & 0x80);
}

static const char *skip_ws(const char *p)
{
    while (*p && isspace((unsigned char)*p))
        p++;
    return p;
}

/* Reads one name: "quoted" (kept verbatim, "" undoubled) or bare (lower-cased).
 * Returns the position after it, or NULL on a malformed name.
 * A hand scanner on purpose, not sqltok: sc_type_parse reads type text of
 * every source and dialect (the DSL, format_type(), SQLite's declared types,
 * JSON) without knowing which, and sqltok needs the dialect (PostgreSQL's
 * scanner would refuse SQLite's [name] and `name`, SQLite's rules fold no
 * case); a type name holds no string, comment or dollar quote to get wrong. */
static const char *read_name(const char *p, sc_strbuf *out, bool *quoted)
{
    *quoted = false;
    if (*p == '"') {
        *quoted = true;
        p++;
        for (;;) {
            if (!*p)
                return NULL;
            if (*p == '"') {
                if (p[1] != '"')
                    break;
                p++;
            }
            sc_sb_putc(out, *p++);
        }
        return out->len ? p + 1 : NULL;
    }
    if (!is_word_start((unsigned char)*p))
        return NULL;
    while (is_word_char((unsigned char)*p))
        sc_sb_putc(out, (char)tolower((unsigned char)*p++));
    return p;
}

/* The modifiers inside "( ... )" with blanks removed: "10, 2" -> "10,2". */
static const char *read_mods(const char *p, sc_strbuf *mods)
{
    int depth = 0;
    for (; *p; p++) {
        if (*p == '(') {
            if (depth++ > 0)
                sc_sb_putc(mods, *p);
        } else if (*p == ')') {
            if (--depth == 0)
                return p + 1;
            sc_sb_putc(mods, *p);
        } else if (!isspace((unsigned char)*p)) {
            sc_sb_putc(mods, *p);
        }
    }
    return NULL;
}

int sc_type_parse(sc_arena *a, const char *text, sc_type *out, const char **err)
{
    memset(out, 0, sizeof *out);
    *err = NULL;
    sc_strbuf words = SC_STRBUF_INIT, mods = SC_STRBUF_INIT;
    const char *schema = NULL;
    bool any_quoted = false, have_mods = false;
    int nwords = 0;
    const char *p = skip_ws(text);

    /* [schema.]name words... [(mods)] words... [[n]]... */
    while (*p && *p != '[' && *p != '(') {
        sc_strbuf w = SC_STRBUF_INIT;
        bool q;
        p = read_name(p, &w, &q);
        if (!p) {
            sc_sb_free(&w);
            *err = "malformed type name";
            goto fail;
        }
        any_quoted |= q;
        if (*p == '.' && nwords == 0 && !schema) {
            schema = sc_arena_strdup(a, sc_sb_cstr(&w));
            sc_sb_free(&w);
            p++;
            continue;
        }
        if (!strcmp(sc_sb_cstr(&w), "array") && !q && nwords > 0) {
            /* "integer ARRAY" is "integer[]" */
            sc_sb_free(&w);
            out->array_dims++;
            p = skip_ws(p);
            if (*p == '[') {   /* integer ARRAY[3] */
                while (*p && *p != ']')
                    p++;
                if (*p)
                    p++;
            }
            continue;
        }
        if (nwords++)
            sc_sb_putc(&words, ' ');
        sc_sb_puts(&words, sc_sb_cstr(&w));
        sc_sb_free(&w);
        p = skip_ws(p);
        if (*p == '(') {
            if (have_mods) {
                *err = "type modifiers given twice";
                goto fail;
            }
            p = read_mods(p, &mods);
            if (!p) {
                *err = "unbalanced parentheses in type";
                goto fail;
            }
            if (!mods.len) {
                *err = "empty type modifiers";
                goto fail;
            }
            have_mods = true;
            p = skip_ws(p);
        }
    }
    if (nwords == 0) {
        *err = "missing type name";
        goto fail;
    }
    if (*p == '(') {
        *err = "unexpected '(' in type";
        goto fail;
    }
    while (*p == '[') {
        while (*p && *p != ']')
            p++;
        if (!*p) {
            *err = "unterminated '[' in type";
            goto fail;
        }
        out->array_dims++;
        p = skip_ws(p + 1);
    }
    if (*p) {
        *err = "unexpected text after type";
        goto fail;
    }

    const char *w = sc_sb_cstr(&words);
    if (schema && !strcmp(schema, "pg_catalog") && !any_quoted && canonical_name(w))
        schema = NULL;   /* pg_catalog.int4 is int4 */
    const char *canon = (schema || any_quoted) ? NULL : canonical_name(w);
    if (!canon && !schema && !any_quoted && !strncmp(w, "interval ", 9))
        canon = w;   /* interval day to second: PostgreSQL's own spelling */
    out->schema = schema;
    /* A built-in name is the table's static string: one copy per column of
     * every model would be 2 MB at 60,000 columns. */
    out->name = canon && canon != w ? canon : sc_arena_strdup(a, w);
    if (have_mods)
        out->mods = sc_arena_strdup(a, sc_sb_cstr(&mods));
    if (canon && !strcmp(w, "float") && out->mods) {
        /* float(p): 1..24 is real, 25..53 double precision; p is not kept */
        out->name = atoi(out->mods) <= 24 ? "real" : "double precision";
        out->mods = NULL;
    }
    if (canon && !strcmp(canon, "character") && !out->mods && strcmp(w, "bpchar") != 0)
        out->mods = "1";   /* char means char(1) */
    if (canon && !strcmp(canon, "bit") && !out->mods)
        out->mods = "1";   /* bit means bit(1) */
    if (!canon && nwords > 1 && !schema && !any_quoted) {
        *err = "unknown multi-word type";
        goto fail;
    }
    sc_sb_free(&words);
    sc_sb_free(&mods);
    return 0;
fail:
    sc_sb_free(&words);
    sc_sb_free(&mods);
    memset(out, 0, sizeof *out);
    return -1;
}

/* Types whose modifiers go after the first word: timestamp(3) with time zone. */
static size_t mods_split(const char *name)
{
    if (!strncmp(name, "timestamp ", 10))
        return 9;
    if (!strncmp(name, "time ", 5))
        return 4;
    if (!strncmp(name, "interval ", 9))
        return strlen(name);
    return strlen(name);
}

const char *sc_type_format(sc_arena *a, const sc_type *t)
{
    sc_strbuf b = SC_STRBUF_INIT;
    bool builtin = !t->is_user && !t->schema && canonical_name(t->name) != NULL;
    if (builtin || (!t->is_user && !t->schema && !strncmp(t->name, "interval ", 9))) {
        size_t k = mods_split(t->name);
        sc_sb_putn(&b, t->name, k);
        if (t->mods)
            sc_sb_printf(&b, "(%s)", t->mods);
        sc_sb_puts(&b, t->name + k);
    } else {
        sc_sb_qualified(&b, t->schema, t->name);
        if (t->mods)
            sc_sb_printf(&b, "(%s)", t->mods);
    }
    for (int i = 0; i < t->array_dims; i++)
        sc_sb_puts(&b, "[]");
    const char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

bool sc_type_is_builtin(const sc_type *t)
{
    if (t->is_user || t->schema)
        return false;
    return canonical_name(t->name) != NULL || !strncmp(t->name, "interval ", 9);
}

static bool str_eq(const char *x, const char *y)
{
    if (!x || !y)
        return x == y;
    return strcmp(x, y) == 0;
}

/* PostgreSQL does not enforce array dimensions: int[] and int[][] are one type. */
/* A declared type text as SQLite compares it: lower case, blanks folded to
 * one, none at the ends or next to ( ) , (heap string in b). */
static void declared_norm(sc_strbuf *b, const char *s)
{
    bool blank = false;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            blank = true;
            continue;
        }
        bool punct = *s == '(' || *s == ')' || *s == ',';
        char prev = b->len ? b->s[b->len - 1] : '(';
        if (blank && !punct && prev != '(' && prev != ',')
            sc_sb_putc(b, ' ');
        blank = false;
        sc_sb_putc(b, (char)tolower((unsigned char)*s));
    }
}

bool sc_type_declared_same(const char *x, const char *y)
{
    if (!x || !y)
        return x == y;
    sc_strbuf a = SC_STRBUF_INIT, b = SC_STRBUF_INIT;
    declared_norm(&a, x);
    declared_norm(&b, y);
    bool same = !strcmp(sc_sb_cstr(&a), sc_sb_cstr(&b));
    sc_sb_free(&a);
    sc_sb_free(&b);
    return same;
}

bool sc_type_declared_in_dsl(const sc_type *t)
{
    const char *s = t->declared;
    if (!s || !(isalpha((unsigned char)*s) || *s == '_') || t->array_dims || t->schema)
        return false;
    while (isalnum((unsigned char)*s) || *s == '_')
        s++;
    if (*s == '(') {
        s++;
        do {
            if (!isdigit((unsigned char)*s))
                return false;
            while (isdigit((unsigned char)*s))
                s++;
        } while (*s == ',' && *++s);
        if (*s++ != ')')
            return false;
    }
    if (*s)
        return false;
    sc_arena *a = sc_arena_new();
    sc_type p;
    const char *err;
    bool same = sc_type_parse(a, t->declared, &p, &err) == 0 && t->name && !strcmp(p.name, t->name) &&
                str_eq(p.mods, t->mods) && !p.array_dims;
    sc_arena_free(a);
    return same;
}

bool sc_type_equal(const sc_type *x, const sc_type *y)
{
    if (x->declared && y->declared)
        return sc_type_declared_same(x->declared, y->declared);
    const char *sx = x->schema ? x->schema : SC_DEFAULT_SCHEMA;
    const char *sy = y->schema ? y->schema : SC_DEFAULT_SCHEMA;
    return strcmp(sx, sy) == 0 && strcmp(x->name, y->name) == 0 && str_eq(x->mods, y->mods) &&
           (x->array_dims > 0) == (y->array_dims > 0);
}
