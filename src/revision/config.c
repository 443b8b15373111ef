/* config.c - schemac.ini (libinih), file names from file_template, slugs. */
#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "db/db.h"
#include "model/strbuf.h"
#include "parser/parser.h"
#include "revision/config.h"

static char *xstrdup(const char *s)
{
    if (!s)
        return NULL;
    char *r = strdup(s);
    if (!r)
        abort();
    return r;
}

static void set_str(char **dst, const char *v)
{
    free(*dst);
    *dst = xstrdup(v);
}

void sc_config_init(sc_config *c)
{
    memset(c, 0, sizeof *c);
    c->dir = xstrdup(".");
    c->script_location = xstrdup("migrations");
    c->file_template = xstrdup(SC_DEFAULT_FILE_TEMPLATE);
    c->version_table = xstrdup(SC_DEFAULT_VERSION_TABLE);
    c->compare_type = true;
    c->compare_server_default = true;
    c->transaction_per_migration = true;
    c->truncate_slug_length = 40;
}

void sc_config_free(sc_config *c)
{
    free((char *)c->src.text);
    free((char *)c->src.path);
    free(c->dir);
    free(c->script_location);
    free(c->schema);
    free(c->url);
    free(c->file_template);
    free(c->timezone);
    free(c->version_table);
    free(c->version_table_schema);
    free(c->include_schemas);
    free(c->url_unset_env);
    memset(c, 0, sizeof *c);
}

void sc_config_set_url(sc_config *c, const char *url)
{
    if (url)
        set_str(&c->url, url);
}

/* ---- parsing ---------------------------------------------------------- */

/* inih (the system's libinih, built with INI_MAX_LINE 200 on the stack) reads
 * lines through a reader callback: read_line() below hands it one line of
 * the file at a time, which gives the handler its line number, and hands a
 * line too long for inih's buffer with its value replaced by a short
 * placeholder (LONG_MARK and an index into long_vals): lines of any length
 * work, as a real URL with sslrootcert, options and application_name needs. */
#define LONG_MARK '\x01'

typedef struct parse_state {
    sc_config *c;
    sc_diags *d;
    const char *text;     /* the file as read (values come from here) */
    size_t len;
    size_t pos;           /* where the reader goes on */
    int line;             /* 1-based number of the line the reader gave last */
    size_t *mline;        /* offset of each line's start in c->src.text (masked) */
    size_t nlines;
    char **long_vals;     /* values of lines too long for inih */
    int *long_line;       /* the line each of them is on */
    size_t nlong;
    unsigned seen;        /* bit per key, to report duplicates */
    int key_line[16];     /* line of each key, for checks after the file is read */
    int failed;
} parse_state;

static const char *const keys[] = {
    "script_location", "schema", "url", "file_template", "timezone", "version_table",
    "version_table_schema", "compare_type", "compare_server_default",
    "transaction_per_migration", "dialect", "truncate_slug_length", "include_schemas",
    "connect_timeout",
    "compare_privileges",   /* privileges and ownership */
    NULL,
};
enum { K_FILE_TEMPLATE = 3, K_TIMEZONE = 4, K_VERSION_TABLE = 5 };

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

/* The value of a long line, as inih would give it: after the first '=' or
 * ':', trimmed, without an inline "; comment" (a ';' after a blank). */
static char *long_value(const char *v, size_t n)
{
    char *r = strndup(v, n);
    if (!r)
        abort();
    for (char *p = r; *p; p++)
        if (*p == ';' && p > r && (p[-1] == ' ' || p[-1] == '\t')) {
            *p = '\0';
            break;
        }
    char *t = trim(r);
    memmove(r, t, strlen(t) + 1);
    return r;
}

static char *read_line(char *str, int num, void *stream)
{
    parse_state *ps = stream;
    if (ps->pos >= ps->len)
        return NULL;
    const char *l = ps->text + ps->pos;
    const char *nl = memchr(l, '\n', ps->len - ps->pos);
    size_t n = nl ? (size_t)(nl - l) + 1 : ps->len - ps->pos;   /* with its '\n' */
    ps->pos += n;
    ps->line++;
    if (n < (size_t)num) {
        memcpy(str, l, n);
        str[n] = '\0';
        return str;
    }
    /* too long for inih: keep the key, stand in for the value */
    size_t body = n - (nl ? 1 : 0);
    size_t sep = strcspn(l, "=:");
    if (l[0] == ';' || l[0] == '#') {
        snprintf(str, (size_t)num, ";\n");
    } else if (sep < body && sep + 24 < (size_t)num) {
        ps->long_vals = realloc(ps->long_vals, (ps->nlong + 1) * sizeof *ps->long_vals);
        if (!ps->long_vals)
            abort();
        ps->long_line = realloc(ps->long_line, (ps->nlong + 1) * sizeof *ps->long_line);
        if (!ps->long_line)
            abort();
        ps->long_line[ps->nlong] = ps->line;
        ps->long_vals[ps->nlong] = long_value(l + sep + 1, body - sep - 1);
        snprintf(str, (size_t)num, "%.*s %c%zu\n", (int)(sep + 1), l, LONG_MARK, ps->nlong);
        ps->nlong++;
    } else {
        /* neither a key = value nor a comment: inih reports it as it is */
        snprintf(str, (size_t)num, "%.*s\n", num / 2, l);
    }
    return str;
}

/* The location of the current line's first non-blank byte in the masked
 * text (len: up to the end of the key). */
static sc_loc line_loc(parse_state *ps, int line, size_t len)
{
    if (line < 1 || (size_t)line > ps->nlines)
        return (sc_loc){&ps->c->src, 0, 0};
    const char *t = ps->c->src.text;
    size_t off = ps->mline[line - 1];
    while (t[off] == ' ' || t[off] == '\t')
        off++;
    return (sc_loc){&ps->c->src, (uint32_t)off, (uint32_t)len};
}

static int parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1", NULL};
    static const char *const no[] = {"false", "no", "off", "0", NULL};
    for (int i = 0; yes[i]; i++)
        if (!strcasecmp(v, yes[i])) {
            *out = true;
            return 0;
        }
    for (int i = 0; no[i]; i++)
        if (!strcasecmp(v, no[i])) {
            *out = false;
            return 0;
        }
    return -1;
}

/* ${NAME} in a value is the environment variable NAME, so that no password
 * needs to live in the file (url = ${DATABASE_URL}). Returns a heap string,
 * or NULL with *unset naming the first variable that is not set (heap). */
static char *expand_env(const char *v, char **unset)
{
    sc_strbuf b = SC_STRBUF_INIT;
    *unset = NULL;
    for (const char *p = v; *p;) {
        size_t nl = 0;
        if (p[0] == '$' && p[1] == '{' && (isalpha((unsigned char)p[2]) || p[2] == '_')) {
            nl = 1;
            while (isalnum((unsigned char)p[2 + nl]) || p[2 + nl] == '_')
                nl++;
            if (p[2 + nl] != '}')
                nl = 0;
        }
        if (!nl) {
            sc_sb_putc(&b, *p++);
            continue;
        }
        char *name = strndup(p + 2, nl);
        if (!name)
            abort();
        const char *e = getenv(name);
        if (!e || !e[0]) {
            *unset = name;
            sc_sb_free(&b);
            return NULL;
        }
        free(name);
        sc_sb_puts(&b, e);
        p += nl + 3;
    }
    return sc_sb_take(&b);
}

static bool key_error(parse_state *ps, const char *section, const char *name, int k, sc_loc loc)
{
    if (strcmp(section, "schemac") != 0) {
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                                  section[0] ? "key \"%s\" in unknown section [%s]"
                                             : "key \"%s\" outside of the [schemac] section%s",
                                  name, section);
        sc_diag_hint(dg, "schemac reads only the [schemac] section");
        return true;
    }
    if (k < 0) {
        const char *best = NULL;
        size_t bd = 4;
        for (int i = 0; keys[i]; i++) {
            size_t dd = sc_levenshtein(name, keys[i]);
            if (dd < bd) {
                bd = dd;
                best = keys[i];
            }
        }
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                                  "unknown configuration key \"%s\"", name);
        if (best)
            sc_diag_hint(dg, "did you mean \"%s\"?", best);
        return true;
    }
    if (ps->seen & (1u << k)) {
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc, "duplicate configuration key \"%s\"", name);
        return true;
    }
    return false;
}

static void set_value(parse_state *ps, const char *name, const char *v, sc_loc loc)
{
    sc_config *c = ps->c;
    if (!strcmp(name, "script_location")) {
        set_str(&c->script_location, v);
    } else if (!strcmp(name, "schema")) {
        set_str(&c->schema, v[0] ? v : NULL);
    } else if (!strcmp(name, "url")) {
        set_str(&c->url, v[0] ? v : NULL);
    } else if (!strcmp(name, "file_template")) {
        set_str(&c->file_template, v);
    } else if (!strcmp(name, "timezone")) {
        set_str(&c->timezone, v[0] ? v : NULL);
    } else if (!strcmp(name, "version_table")) {
        set_str(&c->version_table, v);
    } else if (!strcmp(name, "version_table_schema")) {
        set_str(&c->version_table_schema, v[0] ? v : NULL);
    } else if (!strcmp(name, "include_schemas")) {
        /* "declared" is the default: the absence of a value says it */
        set_str(&c->include_schemas, v[0] && strcmp(v, "declared") != 0 ? v : NULL);
    } else if (!strcmp(name, "dialect")) {
        if (!v[0]) {
            c->has_dialect = false;
        } else if (sc_dialect_from_name(v, &c->dialect) != 0) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "unknown dialect \"%s\" (postgresql or sqlite)", v);
            ps->failed = 1;
        } else {
            c->has_dialect = true;
        }
    } else if (!strcmp(name, "connect_timeout")) {
        char *end;
        long n = strtol(v, &end, 10);
        if (!v[0] || *end || n < 1 || n > 3600) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "connect_timeout must be a number of seconds from 1 to 3600, not \"%s\"", v);
            ps->failed = 1;
        } else {
            c->connect_timeout = (int)n;
        }
    } else if (!strcmp(name, "truncate_slug_length")) {
        char *end;
        long n = strtol(v, &end, 10);
        if (!v[0] || *end || n < 1 || n > 200) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "truncate_slug_length must be a number from 1 to 200, not \"%s\"", v);
            ps->failed = 1;
        } else {
            c->truncate_slug_length = (int)n;
        }
    } else {
        bool *b = !strcmp(name, "compare_type") ? &c->compare_type
                  : !strcmp(name, "compare_server_default") ? &c->compare_server_default
                  : !strcmp(name, "compare_privileges") ? &c->compare_privileges
                  : &c->transaction_per_migration;
        if (parse_bool(v, b) != 0) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "%s must be true or false, not \"%s\"", name, v);
            ps->failed = 1;
        }
    }
}

static int on_key(void *user, const char *section, const char *name, const char *value)
{
    parse_state *ps = user;
    /* the line the reader gave last is this key's (inih calls the handler
     * before it reads on) */
    sc_loc loc = line_loc(ps, ps->line, strlen(name));
    const char *lt = ps->c->src.text + ps->mline[ps->line - 1];
    bool continued = lt[0] == ' ' || lt[0] == '\t';
    if (continued && strncmp(loc.off + ps->c->src.text, name, strlen(name)) != 0) {
        /* an indented line that inih read as a continuation */
        loc.len = 0;
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                                  "an indented line continues the value of \"%s\"", name);
        sc_diag_hint(dg, "values are one line; remove the indentation if this is a key of its own");
        ps->failed = 1;
        return 1;
    }
    int k = -1;
    for (int i = 0; keys[i]; i++)
        if (!strcmp(keys[i], name))
            k = i;
    if (key_error(ps, section, name, k, loc)) {
        ps->failed = 1;
        return 1;
    }
    ps->seen |= 1u << k;
    ps->key_line[k] = ps->line;
    const char *v = value ? value : "";
    if (v[0] == LONG_MARK) {
        /* only the placeholder read_line() wrote for this very line: the
         * same byte in the file itself is just a byte (found by fuzz_config) */
        char *end;
        unsigned long at = strtoul(v + 1, &end, 10);
        if (end != v + 1 && !*end && at < ps->nlong && ps->long_line[at] == ps->line)
            v = ps->long_vals[at];
    }
    char *unset = NULL;
    char *ev = expand_env(v, &unset);
    if (!ev && !strcmp(name, "url")) {
        /* needed only by the commands that connect: they say so */
        set_str(&ps->c->url_unset_env, unset);
    } else if (!ev) {
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                    "%s refers to the environment variable %s, which is not set", name, unset);
        ps->failed = 1;
    } else {
        set_value(ps, name, ev, loc);
    }
    free(ev);
    free(unset);
    return 1;
}

static char *join_dir(const char *dir, const char *p)
{
    if (!p)
        return NULL;
    if (p[0] == '/' || !strcmp(dir, "."))
        return xstrdup(p);
    size_t n = strlen(dir) + strlen(p) + 2;
    char *r = malloc(n);
    if (!r)
        abort();
    snprintf(r, n, "%s/%s", dir, p);
    return r;
}

/* A line with its passwords masked: the value as a whole (a URL, or a
 * conninfo string with a quoted password), then each blank-separated word
 * (a password=... or a URL on a line that is no key = value). */
static void mask_line(sc_strbuf *b, const char *line)
{
    size_t sep = strcspn(line, "=:");
    char *m = sc_url_mask(line[sep] ? line + sep + 1 : line);
    sc_strbuf w = SC_STRBUF_INIT;
    if (line[sep])
        sc_sb_putn(&w, line, sep + 1);
    sc_sb_puts(&w, m);
    free(m);
    const char *p = sc_sb_cstr(&w);
    while (*p) {
        size_t blank = strspn(p, " \t");
        sc_sb_putn(b, p, blank);
        p += blank;
        size_t n = strcspn(p, " \t");
        char *word = strndup(p, n);
        if (!word)
            abort();
        char *mw = sc_url_mask(word);
        sc_sb_puts(b, mw);
        free(mw);
        free(word);
        p += n;
    }
    sc_sb_free(&w);
}

/* The text that diagnostics echo: each line with the password of a URL in
 * its value masked (a duplicate url, a bad line must not show it). Fills
 * ps->mline with each line's start in it. */
static char *masked_text(parse_state *ps, size_t *mlen)
{
    sc_strbuf b = SC_STRBUF_INIT;
    size_t cap = 16;
    ps->mline = malloc(cap * sizeof *ps->mline);
    if (!ps->mline)
        abort();
    for (size_t p = 0; p < ps->len || (p == 0 && ps->len == 0);) {
        const char *l = ps->text + p;
        const char *nl = memchr(l, '\n', ps->len - p);
        size_t n = nl ? (size_t)(nl - l) : ps->len - p;
        if (ps->nlines == cap) {
            cap *= 2;
            ps->mline = realloc(ps->mline, cap * sizeof *ps->mline);
            if (!ps->mline)
                abort();
        }
        ps->mline[ps->nlines++] = b.len;
        char *line = strndup(l, n);
        if (!line)
            abort();
        mask_line(&b, line);
        free(line);
        p += n;
        if (nl) {
            sc_sb_putc(&b, '\n');
            p++;
        }
        if (ps->len == 0)
            break;
    }
    *mlen = b.len;
    return sc_sb_take(&b);
}

/* Values that are used later (a revision's file name, its date) are
 * checked now, located on their line, rather than when first used. */
static void check_values(parse_state *ps)
{
    sc_config *c = ps->c;
    sc_diags scratch;
    sc_diags_init(&scratch);
    struct tm tm;
    long off;
    bool tz_ok = true;
    if (c->timezone && sc_config_time(c, 0, &tm, &off, &scratch) != 0) {
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, line_loc(ps, ps->key_line[K_TIMEZONE], 8), "%s",
                    scratch.items[0].msg);
        ps->failed = 1;
        tz_ok = false;
    }
    sc_diags_free(&scratch);
    sc_diags_init(&scratch);
    char *name = tz_ok ? sc_config_filename(c, "0123456789ab", "message", 0, &scratch) : NULL;
    if (tz_ok && !name) {
        int line = ps->key_line[K_FILE_TEMPLATE];
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT,
                    line ? line_loc(ps, line, 13) : (sc_loc){0}, "%s", scratch.items[0].msg);
        ps->failed = 1;
    }
    free(name);
    sc_diags_free(&scratch);
    if (!c->version_table[0]) {
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, line_loc(ps, ps->key_line[K_VERSION_TABLE], 13),
                    "version_table must not be empty");
        ps->failed = 1;
    }
}

static void parse_state_free(parse_state *ps)
{
    for (size_t i = 0; i < ps->nlong; i++)
        free(ps->long_vals[i]);
    free(ps->long_vals);
    free(ps->long_line);
    free(ps->mline);
}

int sc_config_load(sc_config *c, const char *path, sc_diags *d)
{
    sc_config_init(c);
    size_t len;
    char *text = sc_read_file(path, &len, d);
    if (!text)
        return -1;
    c->src.path = xstrdup(path);
    const char *slash = strrchr(path, '/');
    if (slash) {
        free(c->dir);
        c->dir = strndup(path, slash == path ? 1 : (size_t)(slash - path));
    }
    parse_state ps = {.c = c, .d = d, .text = text, .len = len};
    size_t mlen;
    c->src.text = masked_text(&ps, &mlen);
    c->src.len = mlen;
    int line = ini_parse_stream(read_line, &ps, on_key, &ps);
    if (line > 0 && !ps.failed) {
        /* a syntax error (a line that is neither [section], key = value nor a comment) */
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, line_loc(&ps, line, 1),
                    "expected \"[section]\" or \"key = value\"");
        ps.failed = 1;
    } else if (line < 0) {
        sc_error(d, SC_ERR_IO, "%s: cannot parse", path);
        ps.failed = 1;
    }
    if (!ps.failed)
        check_values(&ps);
    parse_state_free(&ps);
    free(text);
    if (ps.failed)
        return -1;
    char *sl = join_dir(c->dir, c->script_location);
    free(c->script_location);
    c->script_location = sl;
    char *sch = join_dir(c->dir, c->schema);
    free(c->schema);
    c->schema = sch;
    return 0;
}

/* ---- slugs, times, file names ----------------------------------------- */

static int is_word(unsigned char ch) { return isalnum(ch) || ch == '_'; }

char *sc_slugify(const char *message, int max_len)
{
    sc_strbuf b = SC_STRBUF_INIT;
    const unsigned char *p = (const unsigned char *)(message ? message : "");
    while (*p) {
        if (!is_word(*p)) {
            p++;
            continue;
        }
        if (b.len)
            sc_sb_putc(&b, '_');
        while (is_word(*p))
            sc_sb_putc(&b, (char)tolower(*p++));
    }
    char *s = sc_sb_take(&b);
    if (max_len > 0 && strlen(s) > (size_t)max_len) {
        /* Alembic: slug[:n].rsplit("_", 1)[0] + "_" */
        s[max_len] = '\0';
        char *u = strrchr(s, '_');
        if (u)
            u[1] = '\0';
        else
            strcat(s, "_");   /* fits: s was longer than max_len */
    }
    return s;
}

int sc_config_time(const sc_config *c, time_t now, struct tm *out, long *offset_sec, sc_diags *d)
{
    const char *tz = c->timezone;
    if (!tz || !tz[0]) {
        localtime_r(&now, out);
    } else if (!strcasecmp(tz, "UTC") || !strcasecmp(tz, "GMT") || !strcmp(tz, "Etc/UTC")) {
        gmtime_r(&now, out);
    } else {
        char zf[512];
        struct stat st;
        snprintf(zf, sizeof zf, "/usr/share/zoneinfo/%s", tz);
        if (strstr(tz, "..") || tz[0] == '/' || stat(zf, &st) != 0 || !S_ISREG(st.st_mode)) {
            sc_error(d, SC_ERR_INPUT, "unknown timezone \"%s\" (no %s)", tz, zf);
            return -1;
        }
        /* localtime_r follows TZ: switch it for this one conversion. */
        char *old = getenv("TZ") ? xstrdup(getenv("TZ")) : NULL;
        setenv("TZ", tz, 1);
        tzset();
        localtime_r(&now, out);
        if (old)
            setenv("TZ", old, 1);
        else
            unsetenv("TZ");
        tzset();
        free(old);
    }
    *offset_sec = out->tm_gmtoff;
    return 0;
}

char *sc_config_filename(const sc_config *c, const char *rev, const char *message,
                         time_t now, sc_diags *d)
{
    struct tm tm;
    long off;
    if (sc_config_time(c, now, &tm, &off, d) != 0)
        return NULL;
    char *slug = sc_slugify(message, c->truncate_slug_length);
    sc_strbuf b = SC_STRBUF_INIT;
    const char *t = c->file_template;
    const char *err = NULL;
    while (*t && !err) {
        if (*t != '%') {
            sc_sb_putc(&b, *t++);
            continue;
        }
        t++;
        if (*t == '%' && t[1] != '(') {   /* "%%" not followed by a token: a literal % */
            sc_sb_putc(&b, '%');
            t++;
            continue;
        }
        if (*t == '%')                    /* "%%(" is the ini escape of "%(" */
            t++;
        if (*t != '(') {
            err = "expected \"%(name)\"";
            break;
        }
        const char *ns = ++t;
        while (*t && *t != ')')
            t++;
        if (!*t) {
            err = "unterminated \"%(\"";
            break;
        }
        char name[32];
        size_t nl = (size_t)(t - ns);
        if (nl >= sizeof name) {
            err = "unknown token";
            break;
        }
        memcpy(name, ns, nl);
        name[nl] = '\0';
        t++;
        /* flags, width, precision, conversion */
        char spec[32] = "%";
        size_t sl = 1;
        while (*t && strchr("-0 +#", *t) && sl < 8)
            spec[sl++] = *t++;
        while (isdigit((unsigned char)*t) && sl < 16)
            spec[sl++] = *t++;
        if (*t == '.') {
            spec[sl++] = *t++;
            while (isdigit((unsigned char)*t) && sl < 24)
                spec[sl++] = *t++;
        }
        char conv = *t ? *t++ : '\0';
        if (conv != 's' && conv != 'd' && conv != 'i') {
            err = "expected a conversion \"s\" or \"d\" after the token";
            break;
        }
        long num = 0;
        const char *str = NULL;
        if (!strcmp(name, "rev")) str = rev;
        else if (!strcmp(name, "slug")) str = slug;
        else if (!strcmp(name, "epoch")) num = (long)now;
        else if (!strcmp(name, "year")) num = tm.tm_year + 1900;
        else if (!strcmp(name, "month")) num = tm.tm_mon + 1;
        else if (!strcmp(name, "day")) num = tm.tm_mday;
        else if (!strcmp(name, "hour")) num = tm.tm_hour;
        else if (!strcmp(name, "minute")) num = tm.tm_min;
        else if (!strcmp(name, "second")) num = tm.tm_sec;
        else {
            sc_error(d, SC_ERR_INPUT,
                     "file_template: unknown token \"%%(%s)\" (rev, slug, epoch, year, month, day, hour, minute, second)",
                     name);
            sc_sb_free(&b);
            free(slug);
            return NULL;
        }
        if (str && conv != 's') {
            err = "rev and slug take the conversion \"s\"";
            break;
        }
        if (str) {
            spec[sl++] = 's';
            spec[sl] = '\0';
            sc_sb_printf(&b, spec, str);
        } else if (conv == 's') {
            spec[sl++] = 'l';
            spec[sl++] = 'd';
            spec[sl] = '\0';
            sc_sb_printf(&b, spec, num);
        } else {
            spec[sl++] = 'l';
            spec[sl++] = 'd';
            spec[sl] = '\0';
            sc_sb_printf(&b, spec, num);
        }
    }
    free(slug);
    if (err) {
        sc_error(d, SC_ERR_INPUT, "file_template \"%s\": %s", c->file_template, err);
        sc_sb_free(&b);
        return NULL;
    }
    if (strchr(sc_sb_cstr(&b), '/') || !b.len) {
        sc_error(d, SC_ERR_INPUT, "file_template \"%s\" gives the file name \"%s\", which is empty or names a folder",
                 c->file_template, sc_sb_cstr(&b));
        sc_sb_free(&b);
        return NULL;
    }
    sc_sb_puts(&b, ".sql");
    return sc_sb_take(&b);
}
