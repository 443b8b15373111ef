/* stmt_object.c - the declared object a DDL statement of ours writes:
 * `CREATE TABLE s.t`, `CREATE INDEX ix ON s.t`, `ALTER TABLE s.t ...`,
 * for an error of a scratch load (PostgreSQL's or SQLite's) that names the
 * object and points at its declaration. The statements are the emitter's,
 * so their heads are few and regular; anything else names nothing. */
#include <string.h>

#include "inspect/stmt_object.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

typedef struct words {
    const char *s;
    sc_toks t;
    size_t i;   /* the next token that is not a blank */
} words;

static const sc_tok *next(words *w)
{
    while (w->i < w->t.n && sc_tok_is_space(&w->t.items[w->i]))
        w->i++;
    return w->i < w->t.n ? &w->t.items[w->i++] : NULL;
}

static bool next_is(words *w, const char *word)
{
    size_t at = w->i;
    const sc_tok *k = next(w);
    if (k && sc_tok_word_is(w->s, k, word))
        return true;
    w->i = at;
    return false;
}

/* [schema.]name at the cursor */
static bool qualified(words *w, char *schema, char *name, size_t cap)
{
    const sc_tok *k = next(w);
    if (!k || !sc_tok_name(w->s, k, name, cap))
        return false;
    size_t at = w->i;
    const sc_tok *dot = next(w);
    if (dot && sc_tok_op_is(w->s, dot, ".")) {
        strcpy(schema, name);
        k = next(w);
        return k && sc_tok_name(w->s, k, name, cap);
    }
    w->i = at;
    strcpy(schema, SC_DEFAULT_SCHEMA);
    return true;
}

static const char *const kinds[] = {"table", "view", "index", "sequence", "type", "domain", "function",
                                    "procedure", "trigger", "policy", "schema", "extension", "collation"};

/* what follows CREATE [OR REPLACE] [UNIQUE|MATERIALIZED|UNLOGGED|...]: the kind word */
static const char *kind_word(words *w)
{
    for (int guard = 0; guard < 6; guard++) {
        const sc_tok *k = next(w);
        if (!k)
            return NULL;
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
            if (sc_tok_word_is(w->s, k, kinds[i]))
                return kinds[i];
    }
    return NULL;
}

/* index: the index's name (its declaration is the place), else NULL */
static sc_loc loc_of(const sc_model *m, const char *kind, const char *schema, const char *name, const char *index)
{
    const sc_table *t = sc_model_table(m, schema, name);
    const sc_index *ix = t && index ? sc_table_index_named(t, index) : NULL;
    if (ix && ix->loc.src)
        return ix->loc;
    if (t && (!strcmp(kind, "table") || !strcmp(kind, "index") || !strcmp(kind, "trigger") ||
              !strcmp(kind, "policy")))
        return t->loc;
    const sc_view *v = sc_model_view(m, schema, name);
    if (v)
        return v->loc;
    const sc_utype *u = sc_model_utype(m, schema, name);
    if (u)
        return u->loc;
    const sc_enum *e = sc_model_enum(m, schema, name);
    if (e)
        return e->loc;
    const sc_sequence *q = sc_model_sequence(m, schema, name);
    return q ? q->loc : t ? t->loc : (sc_loc){0};
}

char *sc_stmt_object(const sc_model *declared, const char *stmt, sc_loc *loc)
{
    *loc = (sc_loc){0};
    words w = {stmt, {0}, 0};
    sc_tok_err err;
    if (!stmt || sc_sql_tokenize(stmt, strlen(stmt), SC_DIALECT_POSTGRESQL, &w.t, &err) != 0)
        return NULL;
    char schema[256], name[256], index[256] = "";
    const char *kind = NULL;
    bool ok = false;
    if (next_is(&w, "create") || next_is(&w, "alter") || next_is(&w, "comment")) {
        next_is(&w, "on");
        kind = kind_word(&w);
        if (kind) {
            if (next_is(&w, "if") && next_is(&w, "not"))
                next_is(&w, "exists");
            next_is(&w, "only");
            next_is(&w, "concurrently");
            ok = qualified(&w, schema, name, sizeof name);
            /* an index, a trigger or a policy: the table it is on */
            if (ok && !strcmp(kind, "index"))
                strcpy(index, name);
            if (ok && (!strcmp(kind, "index") || !strcmp(kind, "trigger") || !strcmp(kind, "policy")))
                for (const sc_tok *k; (k = next(&w));)
                    if (sc_tok_word_is(stmt, k, "on")) {
                        ok = qualified(&w, schema, name, sizeof name);
                        break;
                    }
        }
    }
    sc_toks_free(&w.t);
    if (!ok)
        return NULL;
    *loc = loc_of(declared, kind, schema, name, index[0] ? index : NULL);
    sc_strbuf b = SC_STRBUF_INIT;
    if (index[0]) {
        sc_sb_puts(&b, "index ");
        sc_sb_ident(&b, index);
        sc_sb_puts(&b, " of ");
    }
    sc_sb_printf(&b, "%s ", !strcmp(kind, "index") || !strcmp(kind, "trigger") || !strcmp(kind, "policy")
                                ? "table" : kind);
    sc_sb_qualified(&b, schema, name);
    return sc_sb_take(&b);
}

/* One statement on one line, at most about 300 bytes of it. */
char *sc_stmt_one_line(const char *stmt)
{
    sc_strbuf b = SC_STRBUF_INIT;
    bool blank = false;
    for (const char *p = stmt; *p && b.len < 300; p++) {
        bool sp = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (!sp && blank && b.len)
            sc_sb_putc(&b, ' ');
        if (!sp)
            sc_sb_putc(&b, *p);
        blank = sp;
    }
    if (b.len >= 300)
        sc_sb_puts(&b, " ...");
    return sc_sb_take(&b);
}
