/* url.c - classifying database URLs and masking the passwords in them.
 *
 * Masking is textual on purpose: whatever a user typed is echoed back with
 * the secret replaced, even when the URL is malformed and libpq rejects it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/db_internal.h"
#include "model/strbuf.h"

static bool has_prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

bool sc_url_is_pg_uri(const char *s)
{
    return has_prefix(s, "postgresql://") || has_prefix(s, "postgres://");
}

bool sc_url_is_sqlite(const char *s)
{
    return has_prefix(s, "sqlite://");
}

/* A libpq conninfo string starts with `keyword =` (spaces allowed). */
bool sc_url_is_conninfo(const char *s)
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

const char *sc_url_from_env(void)
{
    const char *u = getenv("DATABASE_URL");
    if (u && u[0])
        return u;
    /* psql's variables: an empty URI leaves every parameter to libpq, which
     * reads them (and .pgpass, PGSERVICE's service file). */
    static const char *const vars[] = {"PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE",
                                       "PGSERVICE", NULL};
    for (int i = 0; vars[i]; i++)
        if (getenv(vars[i]) && getenv(vars[i])[0])
            return "postgresql://";
    return NULL;
}

bool sc_url_is_database(const char *s)
{
    return s && (sc_url_is_pg_uri(s) || sc_url_is_sqlite(s) || sc_url_is_conninfo(s));
}

/* Conninfo: `password = value` or `password = 'quoted \' value'`. */
static void mask_conninfo(sc_strbuf *b, const char *s)
{
    const char *p = s;
    while (*p) {
        if (isspace((unsigned char)*p)) {
            sc_sb_putc(b, *p++);
            continue;
        }
        const char *kw = p;
        while (*p && *p != '=' && !isspace((unsigned char)*p))
            p++;
        size_t kwlen = (size_t)(p - kw);
        sc_sb_putn(b, kw, kwlen);
        while (isspace((unsigned char)*p))
            sc_sb_putc(b, *p++);
        if (*p != '=')
            continue;
        sc_sb_putc(b, *p++);
        while (isspace((unsigned char)*p))
            sc_sb_putc(b, *p++);
        const char *v = p;
        if (*p == '\'') {
            p++;
            while (*p && *p != '\'') {
                if (*p == '\\' && p[1])
                    p++;
                p++;
            }
            if (*p == '\'')
                p++;
        } else {
            while (*p && !isspace((unsigned char)*p)) {
                if (*p == '\\' && p[1])
                    p++;
                p++;
            }
        }
        if (kwlen == 8 && !strncmp(kw, "password", 8))
            sc_sb_puts(b, "***");
        else
            sc_sb_putn(b, v, (size_t)(p - v));
    }
}

/* URI query string: every `password=...` parameter up to '&' or '#'. */
static void mask_query(sc_strbuf *b, const char *q)
{
    const char *p = q;
    while (*p) {
        const char *start = p;
        while (*p && *p != '&' && *p != '#')
            p++;
        if (p - start > 9 && !strncmp(start, "password=", 9)) {
            sc_sb_puts(b, "password=***");
        } else {
            sc_sb_putn(b, start, (size_t)(p - start));
        }
        if (*p == '#') {
            sc_sb_puts(b, p);
            return;
        }
        if (*p)
            sc_sb_putc(b, *p++);
    }
}

static void mask_uri(sc_strbuf *b, const char *s)
{
    const char *auth = strstr(s, "://") + 3;
    sc_sb_putn(b, s, (size_t)(auth - s));
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
            sc_sb_putn(b, auth, (size_t)(colon - auth));
            sc_sb_puts(b, ":***");
        } else {
            sc_sb_putn(b, auth, (size_t)(at - auth));
        }
        rest = at;
    }
    const char *q = strchr(rest, '?');
    if (!q) {
        sc_sb_puts(b, rest);
        return;
    }
    sc_sb_putn(b, rest, (size_t)(q + 1 - rest));
    mask_query(b, q + 1);
}

char *sc_url_mask(const char *url)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (!url)
        return strdup("");
    if (strstr(url, "://"))
        mask_uri(&b, url);
    else if (sc_url_is_conninfo(url))
        mask_conninfo(&b, url);
    else
        sc_sb_puts(&b, url);
    return sc_sb_take(&b);
}

/* The password strings a URL holds (raw text as typed, and percent-decoded),
 * so that messages from libpq can be scrubbed of them. */
static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static void push_secret(char **out, size_t *n, size_t max, const char *s, size_t len)
{
    if (len < 1 || *n >= max)
        return;
    char *raw = strndup(s, len);
    if (!raw)
        abort();
    out[(*n)++] = raw;
    if (*n >= max || !memchr(raw, '%', len))
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
        out[(*n)++] = dec;
    else
        free(dec);
}

size_t sc_url_secrets(const char *url, char **out, size_t max)
{
    size_t n = 0;
    if (!url)
        return 0;
    if (strstr(url, "://")) {
        const char *auth = strstr(url, "://") + 3;
        size_t alen = strcspn(auth, "/?#");
        const char *at = NULL;
        for (const char *p = auth; p < auth + alen; p++)
            if (*p == '@')
                at = p;
        if (at) {
            const char *colon = memchr(auth, ':', (size_t)(at - auth));
            if (colon)
                push_secret(out, &n, max, colon + 1, (size_t)(at - colon - 1));
        }
        for (const char *p = strstr(url, "password="); p; p = strstr(p + 1, "password=")) {
            if (p[-1] != '?' && p[-1] != '&')
                continue;
            const char *v = p + 9;
            push_secret(out, &n, max, v, strcspn(v, "&#"));
        }
        return n;
    }
    /* conninfo: find `password` keywords and their values. */
    const char *p = url;
    while ((p = strstr(p, "password")) != NULL) {
        bool at_word = p == url || isspace((unsigned char)p[-1]);
        const char *v = p + 8;
        p = v;
        if (!at_word)
            continue;
        while (isspace((unsigned char)*v))
            v++;
        if (*v != '=')
            continue;
        v++;
        while (isspace((unsigned char)*v))
            v++;
        if (*v == '\'') {
            const char *e = v + 1;
            while (*e && *e != '\'') {
                if (*e == '\\' && e[1])
                    e++;
                e++;
            }
            push_secret(out, &n, max, v + 1, (size_t)(e - v - 1));
        } else {
            push_secret(out, &n, max, v, strcspn(v, " \t\n"));
        }
    }
    return n;
}

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

/* Masks the URL's passwords where they stand in msg: every echo of the whole
 * URL (replaced by its masked form), and a password standing as a token of
 * its own in a quoted fragment (libpq quotes the faulty piece of a URL it
 * rejects: "p%zz"). The same letters elsewhere are not the password: with
 * the password "connect", "could not connect: connection refused" stays
 * readable. */
char *sc_url_scrub(const char *url, const char *msg)
{
    char *cur = strdup(msg ? msg : "");
    if (!cur)
        abort();
    if (url && *url) {
        char *masked = sc_url_mask(url);
        cur = replace_all(cur, url, masked, false);
        free(masked);
    }
    char *secrets[8];
    size_t ns = sc_url_secrets(url, secrets, 8);
    for (size_t i = 0; i < ns; i++) {
        cur = replace_all(cur, secrets[i], "***", true);
        free(secrets[i]);
    }
    return cur;
}
