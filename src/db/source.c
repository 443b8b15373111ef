/* source.c - classifying a source once: its kind, its masked spelling, its
 * passwords and SQLite's path, all from one reading of the text.
 *
 * Masking is textual on purpose: whatever a user typed is echoed back with
 * the secret replaced, even when the URL is malformed and libpq rejects it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "db/source.h"
#include "model/strbuf.h"

static bool has_prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

/* A libpq conninfo string starts with `keyword =` (spaces allowed). */
static bool looks_conninfo(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    if (!isalpha((unsigned char)*s))
        return false;
    while (isalnum((unsigned char)*s) || *s == '_')
        s++;
    while (isspace((unsigned char)*s))
        s++;
    return *s == '=';
}

/* ---- passwords ------------------------------------------------------------ */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* The password p[0..len) as typed, and percent-decoded when it holds a '%'
 * (libpq echoes either). */
static void add_secret(sc_source *s, const char *p, size_t len)
{
    if (len < 1 || s->nsecrets >= SC_SOURCE_MAX_SECRETS)
        return;
    char *raw = strndup(p, len);
    if (!raw)
        abort();
    s->secrets[s->nsecrets++] = raw;
    if (s->nsecrets >= SC_SOURCE_MAX_SECRETS || !memchr(raw, '%', len))
        return;
    char *dec = malloc(len + 1);
    if (!dec)
        abort();
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        if (raw[i] == '%' && i + 2 < len + 1 && hexval(raw[i + 1]) >= 0 && hexval(raw[i + 2]) >= 0) {
            dec[j++] = (char)(hexval(raw[i + 1]) * 16 + hexval(raw[i + 2]));
            i += 2;
        } else {
            dec[j++] = raw[i];
        }
    }
    dec[j] = '\0';
    if (j)
        s->secrets[s->nsecrets++] = dec;
    else
        free(dec);
}

/* ---- URIs ----------------------------------------------------------------- */

/* Query string: every `password=...` parameter up to '&' or '#'. */
static void read_query(sc_source *s, sc_strbuf *m, const char *q)
{
    const char *p = q;
    while (*p) {
        const char *start = p;
        while (*p && *p != '&' && *p != '#')
            p++;
        if (p - start > 9 && !strncmp(start, "password=", 9)) {
            sc_sb_puts(m, "password=***");
            add_secret(s, start + 9, (size_t)(p - start - 9));
        } else {
            sc_sb_putn(m, start, (size_t)(p - start));
        }
        if (*p == '#') {
            sc_sb_puts(m, p);
            return;
        }
        if (*p)
            sc_sb_putc(m, *p++);
    }
}

static void read_uri(sc_source *s, sc_strbuf *m)
{
    const char *t = s->text;
    const char *auth = strstr(t, "://") + 3;
    sc_sb_putn(m, t, (size_t)(auth - t));
    /* The authority ends at the path or the query; the userinfo at its last
     * '@' (a password may contain a literal '@' that libpq accepts). */
    size_t alen = strcspn(auth, "/?#");
    const char *at = NULL;
    for (const char *p = auth; p < auth + alen; p++)
        if (*p == '@')
            at = p;
    const char *rest = auth;
    if (at) {
        const char *colon = memchr(auth, ':', (size_t)(at - auth));
        if (colon) {
            sc_sb_putn(m, auth, (size_t)(colon - auth));
            sc_sb_puts(m, ":***");
            add_secret(s, colon + 1, (size_t)(at - colon - 1));
            /* libpq ends the userinfo at the first '@' and takes the rest
             * for the host, which its messages then show: each piece
             * between the '@'s is a secret too */
            for (const char *piece = colon + 1; piece < at;) {
                const char *end = memchr(piece, '@', (size_t)(at - piece));
                if (!end)
                    end = at;
                if (end < at || piece > colon + 1)
                    add_secret(s, piece, (size_t)(end - piece));
                piece = end + 1;
            }
        } else {
            sc_sb_putn(m, auth, (size_t)(at - auth));
        }
        rest = at;
    }
    const char *q = strchr(rest, '?');
    if (!q) {
        sc_sb_puts(m, rest);
        return;
    }
    sc_sb_putn(m, rest, (size_t)(q + 1 - rest));
    read_query(s, m, q + 1);
}

/* ---- conninfo ------------------------------------------------------------- */

/* One value at p: 'quoted \' value' or a bare word (backslash escapes);
 * returns its end. *inner and *ilen: the value without its quotes. */
static const char *conninfo_value(const char *p, const char **inner, size_t *ilen)
{
    if (*p == '\'') {
        const char *v = ++p;
        while (*p && *p != '\'') {
            if (*p == '\\' && p[1])
                p++;
            p++;
        }
        *inner = v;
        *ilen = (size_t)(p - v);
        return *p == '\'' ? p + 1 : p;
    }
    const char *v = p;
    while (*p && !isspace((unsigned char)*p)) {
        if (*p == '\\' && p[1])
            p++;
        p++;
    }
    *inner = v;
    *ilen = (size_t)(p - v);
    return p;
}

/* `password = value` or `password = 'quoted \' value'`, among others. */
static void read_conninfo(sc_source *s, sc_strbuf *m)
{
    const char *p = s->text;
    while (*p) {
        if (isspace((unsigned char)*p)) {
            sc_sb_putc(m, *p++);
            continue;
        }
        const char *kw = p;
        while (*p && *p != '=' && !isspace((unsigned char)*p))
            p++;
        size_t kwlen = (size_t)(p - kw);
        sc_sb_putn(m, kw, kwlen);
        while (isspace((unsigned char)*p))
            sc_sb_putc(m, *p++);
        if (*p != '=')
            continue;
        sc_sb_putc(m, *p++);
        while (isspace((unsigned char)*p))
            sc_sb_putc(m, *p++);
        const char *v = p, *inner;
        size_t ilen;
        p = conninfo_value(p, &inner, &ilen);
        if (kwlen == 8 && !strncmp(kw, "password", 8)) {
            sc_sb_puts(m, "***");
            add_secret(s, inner, ilen);
            /* newuser4: a quoted value that goes on after its closing quote
             * (SQL's '' for a quote, `'it''s secret'`, where libpq wants
             * \') is malformed for libpq, but the rest is the password as
             * written: it is masked too, never shown as the next words */
            if (*p && !isspace((unsigned char)*p)) {
                while (*p && !isspace((unsigned char)*p)) {
                    p = conninfo_value(p, &inner, &ilen);
                    add_secret(s, inner, ilen);
                }
                add_secret(s, v, (size_t)(p - v));
            }
        } else {
            sc_sb_putn(m, v, (size_t)(p - v));
        }
    }
}

/* ---- classification ------------------------------------------------------- */

static sc_source_kind kind_of(const char *t)
{
    if (!t || !*t)
        return SC_SOURCE_NONE;
    if (has_prefix(t, "postgresql://") || has_prefix(t, "postgres://"))
        return SC_SOURCE_PG_URI;
    if (has_prefix(t, "sqlite://"))
        return SC_SOURCE_SQLITE;
    if (looks_conninfo(t))
        return SC_SOURCE_PG_CONNINFO;
    if (strstr(t, "://"))
        return SC_SOURCE_OTHER_URL;
    return ends_with(t, ".json") ? SC_SOURCE_JSON : SC_SOURCE_SCH;
}

/* sqlite:///relative.db -> "relative.db"; sqlite:////abs.db -> "/abs.db";
 * sqlite://host/x names no file. */
static const char *sqlite_path(const char *url)
{
    const char *p = url + strlen("sqlite://");
    if (*p != '/' || !p[1])
        return NULL;
    return p + 1;
}

void sc_source_classify_text(sc_source *s, const char *text)
{
    memset(s, 0, sizeof *s);
    s->kind = kind_of(text);
    s->text = strdup(text ? text : "");
    if (!s->text)
        abort();
    sc_strbuf m = SC_STRBUF_INIT;
    switch (s->kind) {
    case SC_SOURCE_PG_URI:
    case SC_SOURCE_SQLITE:
    case SC_SOURCE_OTHER_URL:
        read_uri(s, &m);
        break;
    case SC_SOURCE_PG_CONNINFO:
        read_conninfo(s, &m);
        break;
    default:
        sc_sb_puts(&m, s->text);
        break;
    }
    s->masked = sc_sb_take(&m);
    if (s->kind == SC_SOURCE_SQLITE)
        s->sqlite_path = sqlite_path(s->text);
}

void sc_source_classify(sc_source *s, const char *text)
{
    sc_source_classify_text(s, text);
    struct stat st;
    if ((s->kind == SC_SOURCE_SCH || s->kind == SC_SOURCE_JSON) && stat(s->text, &st) == 0 &&
        S_ISDIR(st.st_mode))
        s->kind = SC_SOURCE_FOLDER;
}

void sc_source_copy(sc_source *dst, const sc_source *src)
{
    *dst = *src;
    dst->text = strdup(src->text);
    dst->masked = strdup(src->masked);
    if (!dst->text || !dst->masked)
        abort();
    if (src->sqlite_path)
        dst->sqlite_path = dst->text + (src->sqlite_path - src->text);
    for (size_t i = 0; i < src->nsecrets; i++)
        if (!(dst->secrets[i] = strdup(src->secrets[i])))
            abort();
}

void sc_source_free(sc_source *s)
{
    if (!s)
        return;
    free(s->text);
    free(s->masked);
    for (size_t i = 0; i < s->nsecrets; i++)
        free(s->secrets[i]);
    memset(s, 0, sizeof *s);
}

bool sc_source_is_database(const sc_source *s)
{
    return s->kind == SC_SOURCE_SQLITE || s->kind == SC_SOURCE_PG_URI || s->kind == SC_SOURCE_PG_CONNINFO;
}

sc_dialect sc_source_dialect(const sc_source *s)
{
    return s->kind == SC_SOURCE_SQLITE ? SC_DIALECT_SQLITE : SC_DIALECT_POSTGRESQL;
}

const char *sc_source_kind_name(sc_source_kind k)
{
    switch (k) {
    case SC_SOURCE_NONE: return "nothing";
    case SC_SOURCE_SCH: return "a .sch file";
    case SC_SOURCE_FOLDER: return "a folder of .sch files";
    case SC_SOURCE_JSON: return "a JSON model";
    case SC_SOURCE_SQLITE: return "a SQLite URL";
    case SC_SOURCE_PG_URI: return "a PostgreSQL URI";
    case SC_SOURCE_PG_CONNINFO: return "a PostgreSQL conninfo string";
    case SC_SOURCE_OTHER_URL: return "a URL of an unknown scheme";
    }
    return "?";
}

/* ---- scrubbing messages --------------------------------------------------- */

/* A byte that can continue a word: a password found next to one is a piece
 * of a longer word of the message ("e-x-pired" for the password "x"), not
 * the password. */
static bool word_byte(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || (unsigned char)ch >= 0x80;
}

/* Whether offset `at` of s lies inside a "double-quoted" fragment: libpq
 * quotes the pieces of a connection string it echoes. */
static bool in_quotes(const char *s, const char *at)
{
    bool in = false;
    for (const char *p = s; p < at; p++)
        if (*p == '"')
            in = !in;
    return in;
}

/* cur with every verbatim echo of `what` replaced by `with` (token_only: only
 * where it stands as a token of its own inside a quoted fragment): heap. */
static char *replace_all(char *cur, const char *what, const char *with, bool token_only)
{
    size_t wl = strlen(what);
    if (!wl)
        return cur;
    sc_strbuf b = SC_STRBUF_INIT;
    const char *p = cur, *hit;
    while ((hit = strstr(p, what)) != NULL) {
        bool alone = (hit == cur || !word_byte(hit[-1])) && !word_byte(hit[wl]) && in_quotes(cur, hit);
        sc_sb_putn(&b, p, (size_t)(hit - p));
        sc_sb_puts(&b, !token_only || alone ? with : what);
        p = hit + wl;
    }
    sc_sb_puts(&b, p);
    free(cur);
    return sc_sb_take(&b);
}

char *sc_source_scrub(const sc_source *s, const char *msg)
{
    char *cur = strdup(msg ? msg : "");
    if (!cur)
        abort();
    if (s->text && *s->text)
        cur = replace_all(cur, s->text, s->masked, false);
    for (size_t i = 0; i < s->nsecrets; i++)
        cur = replace_all(cur, s->secrets[i], "***", true);
    return cur;
}
