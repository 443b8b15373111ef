/* sqlite_types.c - a column's type as SQLite is given it: the text it is
 * declared with (read from SQLite, or the DSL's), mapped where SQLite needs
 * it (docs/sqlite.md, Types). The SQLite DDL writes it, and a SQLite diff
 * compares it, so that what is compared is what SQLite stores. */
#include <string.h>
#include <strings.h>

#include "model/model.h"
#include "model/strbuf.h"

static bool word_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

/* The type text a column is declared with: read from SQLite, or the DSL's
 * source text; NULL when neither is known (JSON, PostgreSQL). */
const char *sc_sqlite_declared_text(const sc_column *c, size_t *n, bool *from_dsl)
{
    *from_dsl = false;
    if (c->type.declared) {
        *n = strlen(c->type.declared);
        return c->type.declared;
    }
    if (c->type_loc.src && c->type_loc.len && c->type_loc.off + c->type_loc.len <= c->type_loc.src->len) {
        *n = c->type_loc.len;
        *from_dsl = true;
        return c->type_loc.src->text + c->type_loc.off;
    }
    return NULL;
}

/* Declared types are written as the user wrote them (SQLite keeps the text
 * and derives the affinity from it): read from SQLite, exactly; from the
 * DSL, the type's source text, except where SQLite cannot take it or the
 * name is PostgreSQL's only and would change the affinity the user expects:
 *  - bytea (PostgreSQL's binary type) is written BLOB: "bytea" would get
 *    NUMERIC affinity and turn blobs of digits into numbers;
 *  - serial types, arrays and a size before WITH/WITHOUT TIME ZONE keep
 *    the model's handling (errors, or "timestamp with time zone(3)");
 *  - an identity column is INTEGER (the rowid alias), a STRICT table's
 *    column one of STRICT's names: the declared text only if it is one. */
bool sc_sqlite_declared_type(sc_strbuf *b, const sc_table *t, const sc_column *c)
{
    size_t n;
    bool from_dsl;
    const char *s = sc_sqlite_declared_text(c, &n, &from_dsl);
    if (!s)
        return false;
    if (t && t->sqlite_strict) {
        static const char *const strict[] = {"INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY"};
        for (size_t i = 0; i < sizeof strict / sizeof strict[0]; i++)
            if (word_is(s, n, strict[i]) && (c->identity == SC_IDENTITY_NONE || word_is(s, n, "INTEGER"))) {
                sc_sb_putn(b, s, n);
                return true;
            }
        return false;
    }
    if (c->identity != SC_IDENTITY_NONE) {
        if (!word_is(s, n, "INTEGER"))
            return false;
        sc_sb_putn(b, s, n);
        return true;
    }
    if (from_dsl) {
        static const char *const serials[] = {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"};
        for (size_t i = 0; i < sizeof serials / sizeof serials[0]; i++)
            if (word_is(s, n, serials[i]))
                return false;
        const char *close = memchr(s, ')', n);
        if (memchr(s, '[', n) || (close && close != s + n - 1))
            return false;
        if (word_is(s, n, "bytea")) {
            sc_sb_puts(b, "BLOB");
            return true;
        }
    }
    sc_sb_putn(b, s, n);
    return true;
}

